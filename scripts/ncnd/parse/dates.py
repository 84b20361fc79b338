"""Dates as UK notices write them, and the date of the response itself.

"17 December 2019", "1st October 2019", "March 04, 2025", "06/02/26" (day first: 2026-02-06),
"2024-11-18", "Dated the 23rd day of May 2011". Only a labelled date ("Date:", "Date Responded",
"Responded to:") or a date standing on its own line in the letter head is taken for the response:
dates inside sentences are usually when something else happened.
"""

import datetime
import re

from .phrases import pattern
from .text import Doc, collapse

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"

DATE = re.compile(
    r"(?<![\w/.-])(?:"
    # "17 December 2019", "1st October 2019", "23rd day of May 2011", "17-Dec-2019"
    r"(?P<d1>\d{1,2})" + _ORDINAL + r"(?:\s+day\s+of)?[\s-]+" + _MONTH.format(name="m1") + r",?[\s-]+(?P<y1>\d{4})"
    # "March 04, 2025", "December 17th 2019"
    r"|" + _MONTH.format(name="m2") + r"\s+(?P<d2>\d{1,2})" + _ORDINAL + r",?\s+(?P<y2>\d{4})"
    # "06/02/26", "17/12/2019", "17.12.2019"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4}|\d{2})"
    # "2024-11-18"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r")(?![\w/]|\.\d)",
    re.I,
)

EARLIEST_YEAR, LATEST_YEAR = 1990, 2045
HEADER_LINES = 40


def to_iso(m: re.Match) -> str | None:
    """The ISO form of one DATE match, or None when it is not a real calendar date."""
    g = m.groupdict()
    try:
        if g["d1"]:
            day, month, year = int(g["d1"]), MONTHS[g["m1"][:3].lower()], int(g["y1"])
        elif g["d2"]:
            day, month, year = int(g["d2"]), MONTHS[g["m2"][:3].lower()], int(g["y2"])
        elif g["d3"]:
            day, month, year = int(g["d3"]), int(g["m3"]), int(g["y3"])
            if len(g["y3"]) == 2:
                year += 2000 if year < 70 else 1900
        else:
            day, month, year = int(g["d4"]), int(g["m4"]), int(g["y4"])
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return None
        return datetime.date(year, month, day).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


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


def response_date(doc: Doc, body_start: int | None = None) -> tuple[str | None, str | None]:
    """(ISO date, evidence line) of the response or decision, or (None, None)."""
    label = pattern("date_labels")
    other = pattern("other_date_labels")
    standalone = None
    for m in DATE.finditer(doc.scan):
        iso = to_iso(m)
        if not iso:
            continue
        index = doc.line_index(m.start())
        start, end = doc.line_span(index)
        before = doc.scan[start : m.start()]
        if other.search(before):
            continue
        if label.search(before):
            return iso, collapse(doc.plain[start:end])
        after = doc.scan[m.end() : end]
        if standalone is None and index < HEADER_LINES and (body_start is None or start < body_start):
            # A date alone on its line ("17 December 2019") or leading a metadata line
            # ("March 04, 2025 | Organisational Information").
            if not (before + after).strip(" |,.-:") or (not before.strip() and "|" in after):
                standalone = (iso, collapse(doc.plain[start:end]))
    return standalone if standalone else (None, None)
