"""Request and case references as written: "01.FOI.19.012185", "IC-320081-J7L0", "667 - 24".

A reference is taken from a labelled line ("Enquiry Reference: 667 - 24", "Our Ref: FOI 2024/01234")
or from a shape that only references have (the Met's "01.FOI.19.012185", the ICO's "IC-80804-J7C6"
and "FS50123456"). Spacing is normalised; the ICO's case numbers, which broken PDF text spaces out
("IC -80804 -J7C6"), are put back together.
"""

import itertools
import re
from functools import lru_cache

from .phrases import anchors, each, pattern, searcher
from .text import Doc

# "IC-320081-J7L0", "IC -80804 -J7C6", "ic-287114-q2w8" (in a link)
ICO_CASE = re.compile(r"\bIC\s*-\s*(\d{4,7})\s*-\s*([A-Z0-9]{4})\b", re.I)
# "FS50345678", "FS 50123456", "FER0449366"
ICO_OLD_CASE = re.compile(r"\b(FS|FER)\s?(\d{7,8})\b", re.I)  # "fs50612487" in a law report's citation
# A law report's neutral citation of an ICO decision: "[2021] UKICO IC-47737", "[2022] UKICO ic-87061"
UKICO_CITATION = re.compile(r"\[\d{4}\]\s+UKICO\s+((?:IC|FS|FER)\s?-?\s?\d{4,8}(?:-[A-Z0-9]{4})?)\b", re.I)
# Scottish Information Commissioner decisions: "Decision 063/2019"
SIC_DECISION = re.compile(r"\bDecision\s+(\d{3}/\d{4})\b")
# A disclosure-log title ending with its reference: "Drones (3300/18)", "Facial Recognition (13457_18)",
# "Use of artificial intelligence tools (2024/01567)", "ANPR camera sites - 412/16", and a page title
# with the site's name after it: "Ring Video Doorbells (2231_24) - West Midlands Police Freedom of Information"
# "Drones (1603A/23)" (a letter after the number: the same request answered in parts).
# "Body Worn Video Cameras (986.2016-17)" (a number and its financial year); "Body Worn Video ( 502A/22)".
TITLE_REFERENCE = re.compile(
    r"(?:\([ \t]?([A-Z]{0,4}\d{2,6}[A-Z]?(?:[_/.-]\d{2,6}){1,2})[ \t]?\)(?:\s+[-|]\s+[^()\d\n]{3,80})?|\s[-:]\s+([A-Z]{0,4}\d{2,6}[A-Z]?[_/-]\d{2,6}))[ \t]*$", re.M
)
TITLE_LINES = 25

# The value after a reference label: "01.FOI.19.012185", "IM-FOI-2024-1187", "FOI/15233", "667 - 24",
# "44 -26", "89- 26", "FOI 2024/11827", "DC/FOI 782/17", "14022_21", "FOI 000219/24", "MDP FOI 2025/0214",
# "2021 - 249 / WE4333", "2024-373/ WE09531", "FOI_1339_SAHAKIA".
VALUE = re.compile(
    r"(?:[A-Z]{1,6}(?:[/-][A-Z]{1,6})*(?:[ \t][A-Z]{2,6})?[ \t/._-]{0,2})?"
    r"\d(?:[\w./]|-(?=\w))*"
    r"(?:[ \t]?-[ \t]?\d[\w./-]*)?"
    # a second number after a slash, the office's own case number: "2021 - 249 / WE4333"
    r"(?:(?<=/)[ \t][A-Z]{1,4}\d{3,6}\b|[ \t]?/[ \t]?[A-Z]{1,4}\d{3,6}\b)?"
)
TRAILING = re.compile(r"[.,;:/)-]+$")
GLUED_WORD = re.compile(r"(?<=\d)[A-Z][a-z]{2,}\w*$")


# A case system's name as a label of its own, after the reference label: "Our Ref: eCase: FOI2017/07922"
# (not "Date:", "Tel:" or "Email:", whose values are no reference)
_SUB_LABEL = re.compile(r"(?!(?:date|tel|fax|e-?mail|phone)\b)[A-Za-z]{2,10}:[ \t]*", re.I)


# The shortest reference written: "FOI 12" stands, a lone "2" from a page cut mid-line does not
MIN_REFERENCE = 3


def normalise_reference(ref: str) -> str:
    ref = " ".join(ref.split())
    m = ICO_CASE.fullmatch(ref)
    if m:
        return f"IC-{m.group(1)}-{m.group(2).upper()}"
    m = ICO_OLD_CASE.fullmatch(ref)
    if m:
        return m.group(1) + m.group(2)
    return TRAILING.sub("", ref)


def ico_reference(text: str) -> str | None:
    for regex in (ICO_CASE, ICO_OLD_CASE):
        m = regex.search(text)
        if m:
            return normalise_reference(m.group())
    m = SIC_DECISION.search(text)
    return m.group(1) if m else None


def _labelled_lines(doc: Doc, label, start: int, end: int, text: str | None = None):
    """Label matches, tried only on lines holding an anchor word ("ref", "number"...), in `text`
    (doc.scan, or doc.lower for a folded label pattern: use the matches' offsets)."""
    lower = doc.lower
    lines = set()
    for word in anchors("reference_labels"):
        pos = lower.find(word, start, end)
        while pos != -1:
            lines.add(doc.line_index(pos))
            pos = lower.find(word, pos + 1, end)
    for index in sorted(lines):
        s, e = doc.line_span(index)
        for m in label.finditer(doc.scan if text is None else text, s, e):
            yield s, e, m


def _next_line(doc: Doc, end: int) -> tuple[int | None, int]:
    """(start, end) of the stripped text of the next non-empty line after offset `end`, within two lines."""
    index = doc.line_index(end)
    for following in range(index + 1, min(index + 3, len(doc.line_starts))):
        s, e = doc.line_span(following)
        text = doc.scan[s:e]
        if text.strip(" |\t"):
            s += len(text) - len(text.lstrip(" |\t"))
            e -= len(text) - len(text.rstrip(" |\t"))
            return s, e
    return None, end


def _leading_value(text: str, start: int, end: int):
    """A reference opening a wrapped sentence's next line: "...logged under reference" /
    "FOI-1177-202324. We aim to respond within 20 working days." Only a shaped value (letters or
    separators with its digits), followed by the end of the sentence or clause."""
    value = VALUE.match(text, start, end)
    if not value or not re.search(r"[A-Za-z/_.-]", value.group().rstrip(".,;")):
        return None
    rest = text[value.end() : end]
    return value if not rest.strip() or re.match(r"[.,;]?\s", rest) or rest in ".,;" else None


def labelled_reference(doc: Doc, start: int = 0, end: int | None = None, requester_labels: bool = False) -> str | None:
    """The first labelled reference; `requester_labels`: skip "My reference" (a thread's requester writes it;
    in a force's letter head the officer does, and it is the force's).

    A letter head's "Our ref: GSA/4/12" above "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 4/12" is the
    request's number behind the office's own prefix: the request's number is the reference."""
    values = _labelled_values(doc, start, end, requester_labels)
    first = next(values, None)
    if first is None:
        return None
    for later in itertools.islice(values, 3):
        if len(later) < len(first) and first.endswith(later) and re.match(r"[A-Za-z]", first) and re.match(r"\d", later) and "/" in later:
            return later
    return first


def _labelled_values(doc: Doc, start: int, end: int | None, requester_labels: bool):
    label, labels_in = searcher(doc, "reference_labels")
    text = doc.scan
    end = doc.length if end is None else end
    for line_start, line_end, m in _labelled_lines(doc, label, start, end, labels_in):
        if requester_labels and pattern("requester_reference_label").search(text, max(line_start, m.start() - 3), m.end()):
            continue
        if pattern("earlier_request_reference").search(text, max(line_start, m.start() - 80), m.start()):
            continue  # the requester citing an earlier request: "...your response to my FOI request (Reference: 0956.2024-25)"
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        value_start = m.end()
        if not text[value_start:line_end].strip(" |\t"):
            # "Request No:" alone, its value on the next line ("2024/01567")
            value_start, line_end = _next_line(doc, line_end)
            if value_start is None:
                continue
            value = VALUE.fullmatch(text, value_start, line_end) or _leading_value(text, value_start, line_end)
        else:
            # (a value in square brackets: "Request Number: [FOI/14344]")
            while value_start < line_end and text[value_start] in " |\t[":
                value_start += 1
            # (a case system's own label before the value: "Our Ref: eCase: FOI2017/07922 RFI: 226/17")
            sub_label = _SUB_LABEL.match(text, value_start, line_end)
            if sub_label and VALUE.match(text, sub_label.end(), line_end):
                value_start = sub_label.end()
            value = VALUE.match(text, value_start, line_end)
        if not value:
            continue
        value_start, value_end = value.start(), _joined_end(text, value, line_end)
        # "2011-302Following receipt...": a PDF's lost space glues the next word on
        candidate = GLUED_WORD.sub("", text[value_start:value_end].strip())
        if not re.search(r"\d", candidate) or len(candidate) > 40 or len(candidate) < MIN_REFERENCE:
            continue  # ("Enquiry Ref: 2Summary..." cut mid-reference: one digit is no reference)
        # A bare year or a date is not a reference: "Reference: 2019"
        if re.fullmatch(r"199\d|20[0-4]\d", candidate):
            continue
        # as written: the page's own dashes ("2021 – 249"), which the scan text folds to "-"
        written = doc.plain[value_start:value_end]
        if len(written) == value_end - value_start:
            candidate = GLUED_WORD.sub("", written.strip())
        yield normalise_reference(candidate)


# Two requests answered in one letter, or one decision on two cases, each number under one label:
# "FOI Ref: 19/11/1609 & 19/11/1675", "Case No: 200502285 and 200600618"
_JOINED = re.compile(r"[ \t]*(?:&|and)[ \t]*")


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "A", value))


def _joined_end(text: str, value: re.Match, line_end: int) -> int:
    """Where the value ends, taking in a second one joined to it by "&" or "and" when both have the same shape:
    the page names both requests (or cases), and the reference is written as it stands."""
    joined = _JOINED.match(text, value.end(), line_end)
    second = VALUE.match(text, joined.end(), line_end) if joined else None
    if not second or _shape(second.group().rstrip(".,;")) != _shape(value.group().rstrip(".,;")):
        return value.end()
    return second.end()


def find_reference(doc: Doc, doc_type: str, reply_start: int | None = None, response_start: int | None = None) -> tuple[str | None, list[str]]:
    """The request's reference (reply_start: where a thread's replies begin, whose own reference comes
    before one the requester quotes from an earlier request; response_start: where the answer begins,
    after which a title-shaped line is a link to another request, "FOI 0720-2024/25- Palantir | North
    Yorkshire Police", not this page's title)."""
    if doc_type == "ico_decision":
        # The ICO's case number; a Scottish decision's "Case Ref: 202401494" before its decision number.
        # Nothing else: "FOI 14" in a decision's findings line is a section, not a reference.
        ref = ICO_CASE.search(doc.scan) or ICO_OLD_CASE.search(doc.scan)
        cited = UKICO_CITATION.search(doc.scan) if ref is None else None
        if cited:
            ref = cited.group(1).upper().replace(" ", "")
        else:
            ref = normalise_reference(ref.group()) if ref else labelled_reference(doc) or ico_reference(doc.plain)
        return (ref, []) if ref else (None, ["no case reference found"])
    ref = labelled_reference(doc, reply_start, requester_labels=True) if doc_type == "wdtk_thread" and reply_start else None
    ref = ref or labelled_reference(doc, requester_labels=doc_type == "wdtk_thread")
    if ref:
        return ref, []
    # a shape only one force writes (phrases.yml `reference_formats`: the Met's "01.FOI.19.012185", Police
    # Scotland's "IM-FOI-2017-0148"), wherever it stands: also in a letter head flattened with its labels
    # before their values ("Our Ref: Date: IM-FOI-2017-0148 20 April 2017")
    m = next((found for regex in _shapes_anywhere() for found in [regex.search(doc.scan)] if found), None)
    if m:
        return m.group(), []
    head_end = doc.line_span(min(TITLE_LINES, len(doc.line_starts) - 1))[1]
    if response_start:
        head_end = min(head_end, response_start)
    m = TITLE_REFERENCE.search(doc.scan, 0, head_end)
    if m:
        return m.group(1) or m.group(2), []
    title_ref = pattern("title_reference")
    for m in title_ref.finditer(doc.scan, 0, head_end):
        value = next(g for g in m.groups() if g)
        return normalise_reference(value), []
    if doc_type == "ico_decision":
        return None, ["no case reference found"]
    return None, []


@lru_cache(maxsize=None)
def _shapes_anywhere() -> tuple[re.Pattern, ...]:
    """The `reference_formats` shapes, unanchored, to find in running text."""
    return tuple(re.compile(r"\b" + regex.pattern.strip("^$") + r"\b") for regex, _ in each("reference_formats"))


def authority_from_reference(reference: str | None) -> str | None:
    """The force whose own reference format this is ("01.FOI.19.012185" is the Met's), or None."""
    if not reference:
        return None
    for regex, entry in each("reference_formats"):
        if regex.match(reference):
            return entry["authority"]
    return None
