"""Clean: normalise text and remove what is not the notice (web chrome, repeated page furniture).

Repeated furniture (a letter's footer printed on every page) splits sentences in half; removing it
rejoins them. One copy of the furniture is kept at the end, so nothing it said (a reference printed
on every page of an ICO notice, a force's web address) is lost to the parser.
"""

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .ingest import chrome_rules

# Zero-width characters and soft hyphens that PDFs and web pages scatter through words.
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Two or more spaces (ideographic ones too): "Dear  Sir" -> "Dear Sir"
SPACE_RUN = re.compile(r"[ \u3000]{2,}")
# "In an emergency call **999**  " -> "in an emergency call 999"
MARKUP = re.compile(r"[*_`>#\[\]]|\(https?://[^)]*\)")
# A paragraph ending mid-sentence: "This would be to the detriment of" (no closing punctuation)
OPEN_END = re.compile(r"[\w,;–—-]$")
# Without removed furniture, only a clear mid-sentence cut (a PDF page break): "the public interest in"
PAGE_BREAK_END = re.compile(r"[a-z,]$")
# A sentence cannot end on these words: "... Inspectorate of" / "... and the"
DANGLING_WORD = re.compile(r"\b(?:of|the|and|or|to|in|a|an|for|by|with|that|which|on|at|from|as|is|are|be|was|were)$")
# ...whose next paragraph carries on in lower case: "providing an efficient policing service"
CONTINUES = re.compile(r"^[a-z(]")


@lru_cache(maxsize=None)
def chrome_line_pattern():
    patterns = [rule["pattern"] for rule in chrome_rules()["lines"]]
    return re.compile(r"^(?:%s)$" % "|".join(f"(?:{p})" for p in patterns), re.I)


def normalise(text: str) -> str:
    """NFKC (ligatures, full-width forms, non-breaking spaces), one newline style, no trailing spaces."""
    text = drop_invisible(unicodedata.normalize("NFKC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if "  " in text or "\u3000" in text:
        text = SPACE_RUN.sub(" ", text)  # runs never span a newline: the same as line by line
    return "\n".join([line.rstrip() for line in text.split("\n")])


def drop_invisible(text: str) -> str:
    """Without INVISIBLE_CHARS, by str.replace of the few characters present: translate walks a
    non-ASCII text character by character through a dict (0.4 ms for a 3,000-character notice)."""
    for char in INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    return text


def furniture_key(line: str) -> str:
    return " ".join(MARKUP.sub("", line).split()).lower()


# MARKUP within one line: a link does not run past the line's end
LINE_MARKUP = re.compile(r"[*_`>#\[\]]|\(https?://[^)\n]*\)")


def furniture_keys(lines: list[str]) -> list[str]:
    """furniture_key of each line, with the markup of all lines removed in one pass."""
    return [" ".join(line.split()).lower() for line in LINE_MARKUP.sub("", "\n".join(lines)).split("\n")]


# Lines a reply restates from the request, never a page's furniture: a question ("Were drones ever
# deployed?"), a numbered or lettered item ("1) Were drones deployed", "a. the number of officers") and the
# salutation ("dear essex police,"); also the sign-off that closes each message of a thread ("yours
# faithfully,"), which marks where a requester's message ends. (Keys are lower-cased.)
RESTATED = re.compile(
    r"^(?:.*\?|\W{0,2}(?:q?\d{1,2}[a-z]?|[a-z])[.):]\s+\S.*|dear\s.*|(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards|regards|many\s+thanks)\W*)$"
)
# A whole sentence of six words or more ("could you provide your fleet list, up to date for october 2013."): seen
# twice, it is a request and its restatement in the reply, not a two-page letter's footer (a footer seen on
# three pages or more still is one)
SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S+[.:;]$")


def furniture_lines(keys: list[str], lines: list[str]) -> set[str]:
    """Keys of short lines repeated often enough, or in repeated blocks, to be page furniture.

    Quoted lines ("> 1. How many drones...", a reply quoting the request) and the request's questions a reply
    restates repeat on purpose: never furniture.
    """
    rules = chrome_rules()["furniture"]
    quoted = {k for k, line in zip(keys, lines) if line.lstrip().startswith(">") or RESTATED.match(k)}
    counts = Counter(k for k in keys if k and len(k) <= rules["max_line_chars"] and k not in quoted)
    furniture = {k for k, n in counts.items() if n >= rules["min_repeats"]}
    # Lines repeated only twice count when they recur together, in the same order (a two-page letter's footer).
    lines_in_order = [k for k in keys if k]
    pairs = Counter(zip(lines_in_order, lines_in_order[1:]))
    for (first, second), n in pairs.items():
        if n >= 2 and first != second and first in counts and second in counts and not (SENTENCE.match(first) or SENTENCE.match(second)):
            furniture.update((first, second))
    return furniture


def strip_chrome(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines that are not web chrome, and their furniture keys."""
    chrome = chrome_line_pattern()
    kept, keys = [], []
    for line, key in zip(lines, furniture_keys(lines)):
        if key and chrome.match(key):
            continue
        kept.append(line)
        keys.append(key)
    return kept, keys


def _ends_with(regex: re.Pattern, text: str) -> bool:
    """regex.search(text) for a regex anchored at the end ("...$") whose matches are at most
    END_WIDTH long: only the tail is searched, not the whole paragraph."""
    return regex.search(text, max(0, len(text) - END_WIDTH)) is not None


# Longer than any match of OPEN_END, PAGE_BREAK_END and DANGLING_WORD ("which" and a final newline).
END_WIDTH = 12


def continues(previous: str, para: str, after_cut: bool) -> bool:
    """Is `para` the rest of the sentence that `previous` leaves open?"""
    if not _ends_with(OPEN_END, previous):
        return False
    if after_cut and _ends_with(DANGLING_WORD, previous):
        return True  # "Her Majesty's Inspectorate of" + "Constabulary, the Independent ..."
    if not CONTINUES.match(para):
        return False
    # at least 8 words: split no further than the ninth
    return after_cut or (_ends_with(PAGE_BREAK_END, previous) and len(previous.split(None, 8)) >= 8)


def rejoin(paragraphs: list[tuple[str, bool]]) -> list[str]:
    """Join a paragraph cut by removed furniture or a page break to its continuation."""
    out = []
    for para, after_cut in paragraphs:
        if out and continues(out[-1], para, after_cut):
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return out


def clean(text: str) -> str:
    lines, keys = strip_chrome(normalise(text).split("\n"))
    furniture = furniture_lines(keys, lines)
    kept_furniture, seen = [], set()
    paragraphs, current, cut = [], [], False
    for line, key in zip(lines, keys):
        if key and key in furniture:
            if key not in seen:
                seen.add(key)
                kept_furniture.append(line.strip())
            if current:
                paragraphs.append(("\n".join(current), cut))
                current = []
            cut = True
            continue
        if not line.strip():
            if current:
                paragraphs.append(("\n".join(current), cut))
                current, cut = [], False
            continue
        current.append(line)
    if current:
        paragraphs.append(("\n".join(current), cut))
    body = "\n\n".join(rejoin(paragraphs))
    if kept_furniture:
        body += "\n\n" + "\n".join(kept_furniture)
    return body.strip() + "\n" if body.strip() else ""
