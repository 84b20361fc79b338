"""Dates as UK notices write them, and the date of the response itself.

"17 December 2019", "1st October 2019", "March 04, 2025", "06/02/26" (day first: 2026-02-06),
"2024-11-18", "Dated the 23rd day of May 2011". Only a labelled date ("Date:", "Date Responded",
"Responded to:") or a date standing on its own line in the letter head is taken for the response:
dates inside sentences are usually when something else happened.
"""

import datetime
import re

from .phrases import each, entries, finder, pattern
from .text import FOLD_EXCEPTIONS, Doc, collapse

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names of other languages (vocab/phrases.yml month_names): Welsh "3 Mehefin 2025"
OTHER_MONTHS = {e["pattern"].lower(): int(e["month"]) for e in entries("month_names")}
_ENGLISH_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
# Day first: English and other languages' names; month first ("March 04, 2025") is English only, so
# the scan does not try every month name at every word.
_MONTH = r"(?P<{name}>" + _ENGLISH_MONTHS + "".join("|" + re.escape(name) for name in sorted(OTHER_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_FIRST = r"(?P<{name}>" + _ENGLISH_MONTHS + r")\.?"
# "1st", "23rd"; Welsh "1af", "2il", "3ydd", "5ed", "10fed", "11eg"
_ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|fed|ed|eg)?"

DATE = re.compile(
    r"(?<![\w/.-])(?:"
    # "17 December 2019", "1st October 2019", "23rd day of May 2011", "17-Dec-2019"
    # ("12thMarch 2013": a page that lost the space after the ordinal)
    r"(?P<d1>\d{1,2})" + _ORDINAL + r"(?:\s+day\s+of)?(?:[\s-]+|(?<=st|nd|rd|th))" + _MONTH.format(name="m1") + r",?[\s-]+(?P<y1>\d{4})"
    # "March 04, 2025", "December 17th 2019" (not over a line break unless after a comma: in a table of
    # monthly counts, "December 12" / "2020: 6" are a month's figure and the next year's heading)
    r"|" + _MONTH_FIRST.format(name="m2") + r"\s+(?P<d2>\d{1,2})" + _ORDINAL + r"(?:,\s+|[^\S\n]+)(?P<y2>\d{4})"
    # "06/02/26", "17/12/2019", "17.12.2019", "12.02.2020", "15-07-2024" (one separator throughout;
    # with dashes only a four-digit year: "12-03-24" may be a reference)
    r"|(?P<d3>\d{1,2})(?P<s3>[/.-])(?P<m3>\d{1,2})(?P=s3)(?P<y3>\d{4}|\d{2})"
    # "05 /04 /2012": slashes a form's text spaced out (a four-digit year only)
    r"|(?P<d5>\d{1,2})[^\S\n]/[^\S\n]?(?P<m5>\d{1,2})[^\S\n]/[^\S\n]?(?P<y5>\d{4})"
    # "2024-11-18"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r")(?![\w/]|\.\d)",
    re.I,
)

# Where a DATE match can begin: the first digit of a run ("17 December 2019", "2024-11-18"), or an
# English month name ("March 04, 2025"). DATE has no literal to skip ahead to, so searching for it
# tries every character; trying it only at these places finds the same matches in a fifth of the time.
# The first digit of a run: "2019" in "December 2019" (the digit is taken first, so that the scan
# skips to digits rather than trying the pattern at every character)
_DIGIT_RUN_START = re.compile(r"\d(?<!\d\d)")
# ASCII bytes: digits become "0", everything else " "
_DIGIT_MARKS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_MONTH_PREFIXES = tuple(sorted({name[:3] for name in MONTHS}))

EARLIEST_YEAR, LATEST_YEAR = 1990, 2045
# What may follow a letter-head date on its line: "| Organisational Information", ", Police and criminal justice"
# (also a log's title line that gives its reference after a colon: "08 April 2014: 761.2013-14 – Mobile safety vans")
METADATA_AFTER = re.compile(r"\s*(?:[|,]\s*[^.!?\n]{0,160}|[–—]\s*[^!?\n]{0,200}|:\s*\d[\w./-]{1,20}\s+[–—-]\s+[^!?\n]{0,200})|\s+-\s+[^!?\n]{0,200}")
# The next sentence run onto a date's line when a page lost its line break: "26 July 2017.Request"
GLUED_SENTENCE = re.compile(r"\.(?=[A-Z][a-z])")
# A weekday before a letter-head date: "Tuesday 4th March 2025"
# ("Date: Mon, 28 Sep 2015 09:57:45 +0100": an email's header abbreviates it)
# (in Welsh: "Dydd Mercher, 30 Hydref 2013")
_WEEKDAYS = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul))"
WEEKDAY_AT_END = re.compile(r"\b" + _WEEKDAYS + r",?\s*$", re.I)
WEEKDAY_BEFORE = re.compile(r"\s*" + _WEEKDAYS + r",?\s*", re.I)
HEADER_LINES = 40
# Once a labelled date is found, others are weighed against it only within this many lines after it
# (a disclosure log's "Dated:", "Date of request:" and "Date of response:" stand together).
LABEL_BLOCK_LINES = 15
TOP_RANK = 3


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return OTHER_MONTHS.get(name) or MONTHS[name[:3]]


def to_iso(m: re.Match) -> str | None:
    """The ISO form of one DATE match, or None when it is not a real calendar date."""
    g = m.groupdict()
    try:
        if g["d1"]:
            day, month, year = int(g["d1"]), month_number(g["m1"]), int(g["y1"])
        elif g["d2"]:
            day, month, year = int(g["d2"]), month_number(g["m2"]), int(g["y2"])
        elif g["d3"]:
            day, month, year = int(g["d3"]), int(g["m3"]), int(g["y3"])
            if len(g["y3"]) == 2:
                if g["s3"] == "-":
                    return None
                year += 2000 if year < 70 else 1900
        elif g["d5"]:
            day, month, year = int(g["d5"]), int(g["m5"]), int(g["y5"])
        else:
            day, month, year = int(g["d4"]), int(g["m4"]), int(g["y4"])
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return None
        return datetime.date(year, month, day).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def find_dates(text: str, lower: str | None = None):
    """DATE.finditer(text), trying DATE only where a date can begin. `lower` is text.lower() when
    the caller has it."""
    if lower is None or len(lower) != len(text):
        lower = text.lower()
    if len(lower) != len(text) or any(char in text for char in FOLD_EXCEPTIONS):
        yield from DATE.finditer(text)
        return
    starts = _digit_run_starts(text)
    for prefix in _MONTH_PREFIXES:
        pos = lower.find(prefix)
        while pos != -1:
            starts.append(pos)
            pos = lower.find(prefix, pos + 1)
    starts.sort()
    last_end = 0
    match = DATE.match
    for start in starts:
        if start < last_end:
            continue
        m = match(text, start)
        if m:
            last_end = m.end()
            yield m


def _digit_run_starts(text: str) -> list[int]:
    """Where each run of digits begins. In ASCII text, found with bytes.find on a copy marking the
    digits, which costs a tenth of any regular expression's scan."""
    if not text.isascii():
        return [m.start() for m in _DIGIT_RUN_START.finditer(text)]
    marks = text.encode("ascii").translate(_DIGIT_MARKS)
    starts = [0] if marks[:1] == b"0" else []
    pos = marks.find(b" 0")
    while pos != -1:
        starts.append(pos + 1)
        pos = marks.find(b" 0", pos + 2)
    return starts


def parse_date(text: str) -> str | None:
    """The first real date in a piece of text, as ISO."""
    for m in DATE.finditer(text or ""):
        iso = to_iso(m)
        if iso:
            return iso
    return None


def dates_in(text: str):
    for m in DATE.finditer(text):
        iso = to_iso(m)
        if iso:
            yield m, iso


def _label_rank(text: str, labelled=None) -> int | None:
    """The rank of the response-date label that `text` ends with, or None. `labelled` is a
    phrases.finder test of date_labels when the caller has one (text then comes from a notice)."""
    if not (labelled(text, text.lower()) if labelled else pattern("date_labels").search(text)):
        return None
    for regex, entry in each("date_labels"):
        if regex.search(text):
            return int(entry.get("rank", 1))
    return None


RESPONSE_WORD = re.compile(r"respon|repl|decision|sent|ymateb", re.I)


def _column_heading(doc: Doc, index: int, pos: int) -> str | None:
    """The heading of the table column that offset `pos` on line `index` stands in: the cell in the
    same place on the table's first row ("| Date received | Date responded |" above "| 01/02/2024 |
    27/02/2024 |"). None when the first row holds dates itself (a table without headings)."""
    start, _ = doc.line_span(index)
    column = doc.scan[start:pos].count("|") - 1
    if column < 0:
        return None
    top = None
    for above in range(index - 1, max(-1, index - 30), -1):
        text = doc.scan[slice(*doc.line_span(above))].strip()
        if not text:
            continue  # (the separator row "|---|---|" is left out of the text)
        if not text.startswith("|"):
            break
        top = text
    if top is None or DATE.search(top):
        return None
    cells = [c.strip(" *") for c in top.strip("|").split("|")]
    return cells[column] if column < len(cells) and cells[column] else None


def _line_above(doc: Doc, index: int) -> str:
    """The nearest non-empty line above line `index` (a label may stand on its own above its value)."""
    for above in range(index - 1, max(-1, index - 3), -1):
        text = doc.scan[slice(*doc.line_span(above))].strip()
        if text:
            return text
    return ""


def response_date(doc: Doc, body_start: int | None = None, standalone: bool = True, skip=None) -> tuple[str | None, str | None]:
    """(ISO date, evidence line) of the response or decision, or (None, None).

    A labelled date wins over one standing alone, and a label of higher rank over a lower one:
    "Date of response: 05/05/16" over "Dated: 09 Jun 2016" (when the page was published). `skip(pos)`
    says which dates are not the authority's (a requester's own letter head inside a request).
    """
    other, labelled = finder(doc, "other_date_labels"), finder(doc, "date_labels")
    best = None  # (rank, iso, evidence)
    best_index = 0
    loose = None  # the first date standing alone in the head
    loose_index, ambiguous = 0, False
    later = None  # the later of two bare dates under a log's outcome line
    for m in find_dates(doc.scan, doc.lower):
        iso = to_iso(m)
        if not iso or (skip is not None and skip(m.start())):
            continue
        index = doc.line_index(m.start())
        if best is not None and (best[0] == TOP_RANK or index > best_index + LABEL_BLOCK_LINES):
            break  # labels stand together in the head of a notice: later dates are not weighed
        start, end = doc.line_span(index)
        before = doc.scan[start : m.start()]
        after = doc.scan[m.end() : end]
        alone = not (before + after).strip(" |,.-:") or (
            not after.strip(" |,.") and WEEKDAY_BEFORE.fullmatch(before) is not None
        )
        # a date that ends its sentence, the next glued on by a page's lost line break: "26 July
        # 2017.Request", under "...and published on" (GOV.JE's FOI pages) - alone only under a label
        glued_below_label = not before.strip() and GLUED_SENTENCE.match(after) is not None
        above = None
        header = _column_heading(doc, index, m.start()) if before.lstrip().startswith("|") else None
        if header is not None:
            # a table of dates: the column's heading is the label ("| Date received | Date responded |")
            if other(" " + header + " ", " " + header.lower() + " "):
                continue
            # (only a heading that names the response: a "Date" column lists the data's own dates)
            rank = _label_rank(" " + header + " ", labelled) if RESPONSE_WORD.search(header) else None
            if rank is not None and (best is None or rank > best[0]):
                best_index, best = index, (rank, iso, f"{header}: {collapse(doc.plain[m.start():m.end()])}")
            if rank is not None:
                continue
        if alone or glued_below_label:
            # "Response date:" / "07/10/24" on the next line
            above = _line_above(doc, index)
            if other(above + " ", above.lower() + " "):
                continue
            rank = _label_rank(" " + above + " ", labelled)
            if rank is None and glued_below_label:
                continue
        else:
            before = WEEKDAY_AT_END.sub("", before)  # "Date Added: Monday, February 7, 2022"
            if other(before, before.lower()):
                continue
            rank = _label_rank(before, labelled)
        if rank is not None:
            if best is None or rank > best[0]:
                best_index = index
                evidence = collapse(doc.plain[start:end])
                best = (rank, iso, f"{collapse(above)} {evidence}" if above else evidence)
            continue
        if index < HEADER_LINES and (body_start is None or start < body_start):
            # A date alone on its line ("17 December 2019") or leading a metadata line
            # ("March 04, 2025 | Organisational Information", "12 March 2024, Police and criminal justice").
            # (not a period: "14/11/2022 - 05/09/2023", "3rd June 2023 - 2nd June 2024 |")
            if (alone or (not before.strip() and METADATA_AFTER.fullmatch(after))) and not _period_start(after):
                if loose is None:
                    loose, loose_index = (iso, collapse(doc.plain[start:end])), index
                elif iso != loose[0] and index - loose_index <= 4:
                    # two bare dates side by side (a table whose labels were stripped: received,
                    # responded): which is the response's cannot be told...
                    ambiguous = True
                    if _under_outcome_line(doc, loose_index) and iso > loose[0] and later is None:
                        # ...unless they stand under a log's outcome line ("Full Disclosure" / "12 April
                        # 2024" / "29 April 2024"): the fields of a request received and answered, and
                        # an answer never comes before its request, so the later date is the response's
                        later = (iso, f"{loose[1]} → {collapse(doc.plain[start:end])} (the later of the received and responded dates under the log's outcome line)")
    if best is not None:
        return best[1], best[2]
    if standalone and ambiguous and later is not None:
        return later
    return loose if standalone and loose and not ambiguous else (None, None)


def _period_start(after: str) -> bool:
    """Whether the text after a date on its line opens with another date: the date starts a period."""
    m = re.match(r"\s*(?:[-–—]|to|until)\s*", after)
    return bool(m) and any(found.start() == 0 for found in find_dates(after[m.end() :], after[m.end() :].lower()))


def _under_outcome_line(doc: Doc, index: int) -> bool:
    """Whether the nearest non-empty line above line `index` (past "N/A" fields) is a log's outcome line."""
    from .split import outcome_line

    while index > 0:
        index -= 1
        text = doc.scan[slice(*doc.line_span(index))].strip()
        if not text or text.upper() == "N/A":
            continue
        return outcome_line(text)
    return False
