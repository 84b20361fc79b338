"""The notice as the extractors see it: plain text, a scanning copy, lines, sentences.

Cleaned notices are Markdown or plain text from web pages, PDFs and e-mail threads. Extractors match
against ``scan`` (markup gone, URLs and page chrome blanked, quotes and dashes normalised) and quote
``plain`` (the same text with URLs kept) as evidence. Both have the same length, so one offset serves
both.
"""

import bisect
import re
from functools import cached_property
from itertools import accumulate

from .matcher import FOLD_EXCEPTIONS

# Whitespace that a wrapped line puts inside a phrase, each made a space (Doc.lower_one_line)
_WRAPS_TO_SPACES = str.maketrans("\n\r\t\f\v", "     ")

# One character for one: offsets survive the translation from plain to scan.
_CHAR_MAP = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043"), "-"),
    **dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v"), " "),
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), " "),
    **dict.fromkeys(range(0, 9), " "),
    **dict.fromkeys(range(14, 32), " "),
}
# Line breaks of every kind become "\n" (also one for one) before anything else.
_LINE_BREAKS = {ord("\r"): "\n", ord("\f"): "\n", ord("\x0b"): "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n"}

# "[www.northants.police.uk](http://www.northants.police.uk)" -> "www.northants.police.uk"
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
# "<https://www.mi5.gov.uk/threat-levels>" -> "https://www.mi5.gov.uk/threat-levels"
_MD_AUTOLINK = re.compile(r"<((?:https?://|www\.|mailto:)[^>\s]{1,500})>")
# "**Request:**", "__Response__"
_MD_EMPHASIS = re.compile(r"\*\*|__")
# "#### Balance Test"
_MD_LINE_PREFIX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
# "> 1. The number of drones owned by the force", "> > quoted twice": quoted lines of an e-mail reply
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?", re.M)
# Where a quoted line began, until Doc records it (a private-use character no notice contains).
_QUOTE_MARK = "\ue000"
# A whole page laid out in one table row (old sites put the page in a layout table, which Markdown
# conversion flattens into one very long row): "| **FOI Ref:** | 2020-0214 | | **Request:** Please ..."
_LAYOUT_ROW = re.compile(r"^\|.{400,}$", re.M)
# The rule of a nested table inside that row: "| --- | --- |"
_LAYOUT_RULE = re.compile(r"(?:\|\s*)?:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*\s*(?:\|)?")
# "**Request:**" inside such a row: a field label, which starts a new line
_BOLD_LABEL = re.compile(r"\s*(\*\*[A-Z][\w ()/'-]{0,40}:\s*\*\*)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+)$", re.M)
# Markdown italics: "*1. How many fixed ANPR cameras...?*" -> "1. How many fixed ANPR cameras...?"
# (a bullet "* item" has a space after its star, and is left alone)
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(?![\w*])")
# markdownify escapes: "1\. Any training manuals" -> "1. Any training manuals"
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# A table rule line: "|------|---------|"
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.M)
# A word hyphenated across a PDF line break: "de-\n ployments" -> "deployments"
_HYPHEN_BREAK = re.compile(r"([a-z])-\n[ \t]*([a-z])")
# Runs of spaces (one ordinary space is left alone: most of the text, and the fastest to skip)
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u3000]{2,}|[\t\u00a0\u2002-\u200a\u202f\u3000]")
_TRAILING = re.compile(r" +\n")
_LEADING = re.compile(r"\n +")
_ODD_SPACE = re.compile(r"[\t\u00a0\u2002-\u200a\u202f\u3000]")
# The same characters, each looked for with `in` (a tenth of a regex scan's time)
_ODD_SPACE_CHARS = "\t\u00a0" + "".join(map(chr, range(0x2002, 0x200B))) + "\u202f\u3000"
_HAS_LINE_BREAK = re.compile(r"[\r\f\x0b\u2028\u2029\x85]")

# Web addresses and site paths: "https://www.mi5.gov.uk/threat-levels", "www.northants.police.uk",
# "/foi-ai/cleveland-police/disclosure/" (each alternative opens with a literal, so the scan is fast)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+")
_PATH = re.compile(r"/[\w-]+(?:/[\w.%-]+)+/?")
# "foi@gwent.police.uk": found from the "@", which is rare, rather than from every word
_EMAIL_AT = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_USER = re.compile(r"[\w.+-]{1,64}$")
_TRANSLATE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")

# A sentence ends at ".", "!" or "?" followed by space and something that can begin a sentence.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9\"'(\[•-])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|no|nos|mr|mrs|ms|dr|st|s|ss|sec|para|paras|vs|cf|inc|ltd|co|approx)|\b[A-Z])\.$", re.I)
_TERMINAL = re.compile(r"[.!?:;][\"')\]]*$")
_LIST_START = re.compile(r"^(?:[-•*·▪◦]\s|\(?\d{1,2}[.)]|\(?[a-z][.)]\s|Q\d|Request\s+\d|Question\s+\d|Response\s+\d|Sections?\s+\d|S\d)", re.I)

# A line cannot end a sentence on these words: the next line carries on, even when it opens like a
# list item ("...the force would need to consider whether" / "Section 31 (Law Enforcement) applied").
_DANGLING = re.compile(r"\b(?:whether|of|the|and|or|to|in|a|an|for|by|with|that|which|under|on|at|from|is|are|was|were|be)$")
_BULLET = re.compile(r"^[-•*·▪◦]\s")


MAX_SENTENCE = 1200
# How far a paragraph is followed up and down from a position, in lines.
SEGMENT_LINES = 25


def to_plain(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Markdown to plain text; also the (level, text) of each Markdown heading, in order.

    Each rewrite runs only when its trigger characters occur: most notices need few of them, and a
    pass over the text costs as much as the rest of the parse.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = translate_present(text, _LINE_BREAKS)
    if "|" in text and _LAYOUT_ROW.search(text):
        text = _LAYOUT_ROW.sub(_unfold_layout_row, text)
    headings = []
    if "#" in text:
        headings = [(len(m.group(1)), _clean_heading(m.group(2))) for m in line_start_matches(_MD_HEADING, text)]
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "<" in text:
        text = _MD_AUTOLINK.sub(r"\1", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "**" in text:
        text = text.replace("**", "")
    if "*" in text:
        text = _MD_ITALIC.sub(r"\1", text)
    if "__" in text:
        text = text.replace("__", "")
    if "#" in text:
        text = replace_matches(text, line_start_matches(_MD_LINE_PREFIX, text), _nothing)
    if ">" in text:
        text = replace_matches(text, line_start_matches(_MD_QUOTE, text), _quote_mark)
    if "---" in text:
        text = replace_matches(text, line_start_matches(_MD_TABLE_RULE, text), _nothing)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub(r"\1\2", text)
    if "  " in text or any(char in text for char in _ODD_SPACE_CHARS):
        text = _SPACES.sub(" ", text)
    if " \n" in text:
        text = _TRAILING.sub("\n", text)
    if "\n " in text:
        text = _LEADING.sub("\n", text)
    return text.strip(" "), headings


def translate_present(text: str, table: dict[int, str], finder: re.Pattern | None = None) -> str:
    """text.translate(table) for a table of one character for one, replacing only the characters
    present: those `finder` (a class of the table's keys) finds, or for a small table without one,
    each key looked for with `in`. str.translate looks up every character of a non-ASCII text in
    the dict, which costs a millisecond on a notice with one curly quote."""
    present = set(finder.findall(text)) if finder is not None else [chr(key) for key in table if chr(key) in text]
    for char in present:
        text = text.replace(char, table[ord(char)])
    return text


def _unfold_layout_row(match: re.Match) -> str:
    """One line per cell and per bold field label of a page flattened into a table row."""
    row = _LAYOUT_RULE.sub("|", match.group())
    row = _BOLD_LABEL.sub(r"\n\1", row)
    lines = (cell.strip() for part in row.split("\n") for cell in part.split("|"))
    return "\n".join(line for line in lines if line)


def _unquote(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without quote marks, and the (start, end) of each quoted line."""
    parts = text.split(_QUOTE_MARK)
    spans = []
    pos = len(parts[0])
    for part in parts[1:]:
        end = part.find("\n")
        spans.append((pos, pos + (len(part) if end == -1 else end)))
        pos += len(part)
    return "".join(parts), spans


def _clean_heading(heading: str) -> str:
    heading = _MD_LINK.sub(r"\1", heading)
    heading = _MD_EMPHASIS.sub("", heading)
    return _SPACES.sub(" ", heading).strip(" #")


def _nothing(match: re.Match) -> str:
    return ""


def _quote_mark(match: re.Match) -> str:
    return _QUOTE_MARK


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def replace_matches(text: str, matches, replace) -> str:
    """regex.sub(replace, text), given the regex's matches in order and `replace` a function of a
    match."""
    parts, last = [], 0
    for m in matches:
        parts.append(text[last : m.start()])
        parts.append(replace(m))
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def line_start_matches(regex: re.Pattern, text: str):
    """regex.finditer(text) for a regex that opens with "^" under re.M and never matches empty
    text (a whole-line pattern such as "^[ \t]*(?:Footer:.*)[ \t]*$"): it can only match where a
    line begins, so it is tried at each line start instead of at every character."""
    match, find = regex.match, text.find
    pos = last_end = 0
    while True:
        if pos >= last_end:
            m = match(text, pos)
            if m:
                yield m
                last_end = m.end()
        newline = find("\n", pos)
        if newline == -1:
            return
        pos = newline + 1


def _blank_path(match: re.Match) -> str:
    """A site path ("/foi-ai/kent/") but not a reference ("FOI/2023/1456") or a date ("17/05/2024")."""
    before = match.string[match.start() - 1 : match.start()]
    if before and (before.isalnum() or before in "._"):
        return match.group()
    if not _TWO_LETTERS.search(match.group()):
        return match.group()
    return " " * (match.end() - match.start())


def _blank_emails(text: str) -> str:
    parts, last = [], 0
    for m in _EMAIL_AT.finditer(text):
        user = _EMAIL_USER.search(text, max(0, m.start() - 64), m.start())
        start = user.start() if user else m.start()
        parts.append(text[last:start])
        parts.append(" " * (m.end() - start))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_NOT_NEWLINE = re.compile(r"[^\n]")

# A list item of a sidebar: "- Use of Drones at Public Events", "* Follow"
_SIDEBAR_ITEM = re.compile(r"^\s*(?:[-*•·▪◦]|\d{1,2}\.)\s")


def _blank_sidebars(scan: str, heading: re.Pattern) -> str:
    """Blank each sidebar: its heading ("Related links", "Things to do with this request") and the
    block under it, that is the lines up to the first blank line, and after it any run of list items.

    Sidebars name other requests and pages ("Use of Drones at Public Events"), which are not what this
    notice is about.
    """
    matches = list(line_start_matches(heading, scan))
    if not matches:
        return scan
    spans = []
    for m in matches:
        spans.append((m.start(), m.end()))
        pos = scan.find("\n", m.end())
        seen_content = after_blank = False
        while pos != -1:
            start = pos + 1
            pos = scan.find("\n", start)
            line = scan[start : len(scan) if pos == -1 else pos]
            if not line.strip():
                after_blank = after_blank or seen_content
                continue
            if (after_blank and not _SIDEBAR_ITEM.match(line)) or heading.match(line):
                break
            seen_content = True
            spans.append((start, start + len(line)))
    parts, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts.append(scan[last:start])
        parts.append(_NOT_NEWLINE.sub(" ", scan[start:end]))
        last = end
    parts.append(scan[last:])
    return "".join(parts)


def ends_sentence(line: str) -> bool:
    """_TERMINAL.search(line) for a stripped line, without scanning it: closing quotes and brackets
    after ".", "!", "?", ":" or ";" ("...in 2024?", "...the following exemptions:")."""
    return line.rstrip("\"')]")[-1:] in _TERMINAL_CHARS


_TERMINAL_CHARS = (".", "!", "?", ":", ";")
# Longer than any _DANGLING word ("whether"): only a line's tail is searched for it.
_DANGLING_TAIL = 10


def _line_joins(a: str, b: str, doc: "Doc") -> bool:
    """Whether stripped line b carries on the sentence of stripped line a."""
    if not a or not b or ends_sentence(a):
        return False
    if _LIST_START.match(b):
        # "...would need to consider whether" + "Section 31 (Law Enforcement) applied"
        return bool(_DANGLING.search(a, max(0, len(a) - _DANGLING_TAIL))) and not _BULLET.match(b)
    if b[:1].islower():
        return True
    width = doc.wrap_width
    return width is not None and len(a) >= max(45, 0.6 * width)


def collapse(text: str) -> str:
    return " ".join(text.split())


class Doc:
    """One notice's text with line and sentence lookups. Built once, shared by every extractor."""

    def __init__(self, text: str, chrome: re.Pattern | None = None, sidebar: re.Pattern | None = None, trailer: re.Pattern | None = None):
        self.raw = text or ""
        self.plain, self.headings = to_plain(self.raw)
        # Quoted lines ("> ...") of an e-mail reply: the requester's words, repeated.
        self.quoted: list[tuple[int, int]] = []
        if _QUOTE_MARK in self.plain:
            self.plain, self.quoted = _unquote(self.plain)
        scan = translate_present(self.plain, _CHAR_MAP, _TRANSLATE)
        if "http" in scan or "www." in scan:
            scan = _URL.sub(_blank, scan)
        if "/" in scan:
            scan = _PATH.sub(_blank_path, scan)
        if "@" in scan:
            scan = _blank_emails(scan)
        if chrome is not None:
            scan = replace_matches(scan, line_start_matches(chrome, scan), _blank)
        if sidebar is not None:
            scan = _blank_sidebars(scan, sidebar)
        if trailer is not None and (m := next(line_start_matches(trailer, scan), None)) is not None:
            # a document site's "Similar documents" and the uploads it lists, to the end of the page
            scan = scan[: m.start()] + _NOT_NEWLINE.sub(" ", scan[m.start() :])
        self.scan = scan
        self.length = len(self.plain)

    @cached_property
    def anchor_cache(self) -> dict:
        """Anchor word positions per phrase group (phrases.anchor_hits)."""
        return {}

    def is_quoted(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    @cached_property
    def folds(self) -> bool:
        """Whether case-insensitive matching on scan equals matching lower-case patterns on lower:
        not when scan holds a letter that re.I folds to an ASCII letter but str.lower() does not
        ("ſ", the Kelvin sign, dotted and dotless I)."""
        return len(self.lower) == len(self.scan) and not any(char in self.scan for char in FOLD_EXCEPTIONS)

    @cached_property
    def lower(self) -> str:
        """scan in lower case, offset for offset (non-ASCII letters whose lower case is longer stay as they are)."""
        lowered = self.scan.lower()
        if len(lowered) != len(self.scan):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.scan)
        return lowered

    @cached_property
    def lower_one_line(self) -> str:
        """lower with each line break (and tab) made a space, offset for offset: a phrase a PDF wrapped over two
        lines ("not a valid" / "request") reads as one."""
        return self.lower.translate(_WRAPS_TO_SPACES)

    @cached_property
    def tokens(self) -> list[tuple[int, int]]:
        from .matcher import tokens

        return tokens(self.scan)

    @cached_property
    def token_words(self) -> set[str]:
        """The lower-case tokens of scan, as a set: which terms' first words occur at all."""
        from .matcher import token_set

        return token_set(self.scan)

    @cached_property
    def line_texts(self) -> list[str]:
        """The lines of plain, without their newlines."""
        return self.plain.split("\n")

    @cached_property
    def line_starts(self) -> list[int]:
        return list(accumulate((len(line) + 1 for line in self.line_texts[:-1]), initial=0))

    def line_index(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def line_span(self, index: int) -> tuple[int, int]:
        starts = self.line_starts
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < len(starts) else self.length
        return start, end

    def line(self, index: int) -> str:
        if index >= 0:
            return self.line_texts[index]
        start, end = self.line_span(index)
        return self.plain[start:end]

    def line_at(self, pos: int) -> str:
        return self.line(self.line_index(pos))

    def lines(self, start: int = 0, end: int | None = None):
        """(start, end, text) of each line overlapping [start, end)."""
        end = self.length if end is None else end
        index = self.line_index(start)
        starts, texts = self.line_starts, self.line_texts
        count = len(starts)
        if index < 0:
            s, e = self.line_span(index)
            yield s, e, self.plain[s:e]
            index += 1
        while index < count:
            s = starts[index]
            if s >= end and s > start:
                break
            text = texts[index]
            yield s, s + len(text), text
            index += 1

    @cached_property
    def content_lines(self) -> list[tuple[int, int, str]]:
        """(start, end, stripped scan text) of each line of the notice that is not blank."""
        scan, out = self.scan, []
        for s, e, _ in self.lines():
            text = scan[s:e].strip()
            if text:
                out.append((s, e, text))
        return out

    def _joins(self, upper: int, lower: int) -> bool:
        """Whether line `lower` carries on the sentence of line `upper` (a hard-wrapped paragraph)."""
        if lower == upper + 1 and upper >= 0:
            return self.next_line_joins[upper]
        return self._joins_uncached(upper, lower)

    @cached_property
    def next_line_joins(self) -> list[bool]:
        """For each line, whether the next one carries on its sentence: decided for all lines at once,
        since splitting the notice into passages asks about every pair anyway."""
        stripped = [line.strip() for line in self.line_texts]
        return [_line_joins(a, b, self) for a, b in zip(stripped, stripped[1:])]

    def _joins_uncached(self, upper: int, lower: int) -> bool:
        return _line_joins(self.line(upper).strip(), self.line(lower).strip(), self)

    @cached_property
    def wrap_width(self) -> int | None:
        """The width a hard-wrapped text (a PDF letter) is wrapped at, or None when lines are paragraphs."""
        lengths = sorted(len(line) for line in self.plain[:200000].split("\n") if len(line.strip()) > 20)
        if len(lengths) < 5:
            return None
        width = lengths[int(len(lengths) * 0.8)]
        return width if width <= 110 else None

    @cached_property
    def paragraph_ends(self) -> tuple[list[int], list[int]]:
        """For each line, the first and the last line of the run of joined lines it stands in."""
        joins = self.next_line_joins
        count = len(self.line_texts)
        first = [0] * count
        for index in range(1, count):
            first[index] = first[index - 1] if joins[index - 1] else index
        last = [count - 1] * count
        for index in range(count - 2, -1, -1):
            last[index] = last[index + 1] if joins[index] else index
        return first, last

    def segment_span(self, pos: int) -> tuple[int, int]:
        """The paragraph around pos, following hard-wrapped lines up and down (at most 25 lines)."""
        index = self.line_index(min(max(pos, 0), max(self.length - 1, 0)))
        run_first, run_last = self.paragraph_ends
        first = max(run_first[index], index - SEGMENT_LINES)
        last = min(run_last[index], index + SEGMENT_LINES)
        starts = self.line_starts
        return starts[first], starts[last] + len(self.line_texts[last])

    def sentence_span(self, pos: int) -> tuple[int, int]:
        cache = self._sentence_cache
        if pos in cache:
            return cache[pos]
        span = cache[pos] = self._sentence_span(pos)
        return span

    @cached_property
    def _sentence_cache(self) -> dict:
        return {}

    @cached_property
    def _sentence_ends(self) -> dict:
        return {}

    def _ends_in(self, seg_start: int, seg_end: int) -> tuple[list[int], list[int]]:
        """(starts, ends) of the sentence breaks in one segment, relative to it; split once per segment."""
        key = (seg_start, seg_end)
        found = self._sentence_ends.get(key)
        if found is None:
            segment = self.plain[seg_start:seg_end]
            starts, ends = [], []
            for m in _SENTENCE_END.finditer(segment):
                if _ABBREVIATION.search(segment[max(0, m.start() - 6) : m.start() + 1]):
                    continue
                starts.append(m.start())
                ends.append(m.end())
            found = self._sentence_ends[key] = (starts, ends)
        return found

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        seg_start, seg_end = self.segment_span(pos)
        starts, ends = self._ends_in(seg_start, seg_end)
        rel = pos - seg_start
        # the last break ending at or before pos, and the first beginning at or after it
        before = bisect.bisect_right(ends, rel)
        start = ends[before - 1] if before else 0
        after = bisect.bisect_left(starts, rel)
        end = starts[after] + 1 if after < len(starts) else seg_end - seg_start
        if end - start > MAX_SENTENCE:
            start = max(start, rel - MAX_SENTENCE // 2)
            end = min(end, start + MAX_SENTENCE)
        return seg_start + start, seg_start + end

    def sentence_at(self, pos: int) -> str:
        start, end = self.sentence_span(pos)
        return collapse(self.plain[start:end])

    def scan_sentence_at(self, pos: int) -> str:
        start, end = self.sentence_span(pos)
        return collapse(self.scan[start:end])

    def evidence_at(self, pos: int) -> str:
        """The line for a short line (a heading, a list item), else the sentence."""
        line = self.line_at(pos).strip()
        if 0 < len(line) <= 160 and not self._joins_any(pos):
            return collapse(line)
        return self.sentence_at(pos)

    def _joins_any(self, pos: int) -> bool:
        index = self.line_index(pos)
        count = len(self.line_starts)
        return (index > 0 and self._joins(index - 1, index)) or (index + 1 < count and self._joins(index, index + 1))

    def sentences(self, start: int = 0, end: int | None = None):
        """(start, end) of each sentence between start and end, in order."""
        end = self.length if end is None else end
        pos = start
        while pos < end:
            while pos < end and self.plain[pos] in " \n":
                pos += 1
            if pos >= end:
                break
            s, e = self.sentence_span(pos)
            e = max(e, pos + 1)
            yield max(s, start), min(e, end)
            pos = e
