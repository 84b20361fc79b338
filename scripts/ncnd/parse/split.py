"""Where the request ends and the response begins, and the notice's own title.

Layouts differ only in their signposts, which vocab/phrases.yml declares: headings ("Request:",
"You asked:", "Cais / Request", "Answers 1 - 3"), lead-in lines after which the request follows
("I note you seek access to the following information:", "Dear Essex Police,") and first lines of
a response ("I have today decided to...", "Police Scotland can neither confirm nor deny...").
A WhatDoTheyKnow thread is split at the requester's sign-off; an ICO notice at the quoted request.
"""

import re
from dataclasses import dataclass

from .phrases import line_pattern, pattern
from .text import Doc, collapse

# "Yours faithfully," ends a request on WhatDoTheyKnow.
SIGN_OFF = re.compile(r"^\W*yours\s+(?:faithfully|sincerely)\b", re.I)
# "Freedom of Information request - Agreements with Ring"
TITLE_LINE = re.compile(
    r"^\W*(?:freedom\s+of\s+information|foi)(?:\s+act)?(?:\s+2000)?\s+(?:request|requests|enquiry)\s*[-:]\s*(.{3,150}?)\W*$", re.I
)
# "Subject: Covert Communications Data Capture equipment", "Title: Palantir contract"
LABELLED_TITLE = re.compile(r"^\W*(?:subject|title|re)\s*:\s*(.{3,150}?)\s*$", re.I)
# "FOI 512-24 Facewatch" -> "Facewatch"
TITLE_PREFIX = re.compile(r"^(?:FOI|Freedom of Information)(?:\s+(?:request|reference|ref|no))?\.?\s*[A-Z]{0,4}[\d][\w./-]*\s*[-:]?\s*", re.I)
# "Ring doorbell partnership - a Freedom of Information request to Essex Police - WhatDoTheyKnow"
WDTK_TITLE_SUFFIX = re.compile(r"\s+-\s+a\s+freedom\s+of\s+information\s+request\s+to\s+.*$", re.I)
GENERIC_TITLE = re.compile(
    r"^(?:freedom of information.*|foi|request|requests|response|decision notice|decision|disclosure|"
    r"request for information|disclosure log.*|freedom of information request|about our responses|"
    r"things to do with this request|similar requests|reasons for decision)\W*$",
    re.I,
)
HEADER_LINES = 40
# A line that asks for something: "Please provide the following information...", "How many...?"
ASKS = re.compile(
    r"\?\s*$|^\W*(?:\d{1,2}[.)]\s*)?(?:please|could you|can you|would you|I would like|I am writing|I write to request|under the freedom|how many|what|which|does|do|has|have|is|are)\b"
    r"|\bplease\s+(?:provide|supply|send|disclose|tell|advise|confirm|share)\b",
    re.I,
)
NUMBERED_HEADING = re.compile(r"^\W*(?:request|question)\s+\d", re.I)


@dataclass
class Layout:
    request: tuple[int, int] | None = None
    response: tuple[int, int] | None = None
    response_core_end: int | None = None
    title: str | None = None

    def in_request(self, pos: int) -> bool:
        return bool(self.request and self.request[0] <= pos < self.request[1])

    def response_core(self) -> tuple[int, int] | None:
        if not self.response:
            return None
        end = self.response_core_end if self.response_core_end is not None else self.response[1]
        return self.response[0], end


def _content_lines(doc: Doc, start: int = 0, end: int | None = None):
    for s, e, _ in doc.lines(start, end):
        text = doc.scan[s:e].strip()
        if text:
            yield s, e, text


def find_title(doc: Doc, doc_type: str) -> str | None:
    if doc_type == "ico_decision":
        return None
    for index, (s, e, text) in enumerate(_content_lines(doc)):
        if index >= HEADER_LINES:
            break
        m = TITLE_LINE.match(text) or LABELLED_TITLE.match(text)
        if m and not GENERIC_TITLE.match(m.group(1)):
            return collapse(m.group(1))
    for level, heading in doc.headings[:6]:
        if level > 2:
            continue
        heading = WDTK_TITLE_SUFFIX.sub("", collapse(heading))
        title = TITLE_PREFIX.sub("", heading).strip(" -:")
        if title and not GENERIC_TITLE.match(title) and len(title) <= 200:
            return title
    return None


def _response_end(doc: Doc, start: int, end: int) -> int | None:
    end_re = pattern("response_end")
    seen_content = False
    for s, e, text in _content_lines(doc, start, end):
        if seen_content and end_re.search(text):
            return s
        seen_content = True
    return None


def split_force_response(doc: Doc) -> Layout:
    request_heading = line_pattern("request_headings")
    response_heading = line_pattern("response_headings")
    request_cue = pattern("request_cues")
    response_cue = pattern("response_cues")
    lines = list(_content_lines(doc))
    request_start = None
    request_index = None
    for index, (s, e, text) in enumerate(lines):
        if request_heading.match(text) or request_cue.search(text):
            request_index = index
            # "Request 1" opens the first question: keep it in the request.
            numbered = NUMBERED_HEADING.match(text)
            request_start = s if numbered else (lines[index + 1][0] if index + 1 < len(lines) else e)
            break
    response_start = None
    first = request_index + 1 if request_index is not None else 0
    for index in range(first, len(lines)):
        s, e, text = lines[index]
        if response_heading.match(text):
            response_start = lines[index + 1][0] if index + 1 < len(lines) else e
            # The heading itself is part of neither; keep it with the response for passages.
            response_start = s
            break
        if response_cue.search(text) and (request_index is None or index > request_index):
            if request_index is None and index == 0:
                response_start = s
                break
            response_start = s
            break
    if request_start is None and response_start is not None:
        # No signpost for the request: it is whatever comes before the response, if it asks anything.
        before = [ln for ln in lines if ln[0] < response_start]
        body = [ln for ln in before if ASKS.search(ln[2])]
        if body:
            request_start = body[0][0]
    layout = Layout()
    if request_start is not None:
        request_end = response_start if response_start is not None and response_start > request_start else doc.length
        layout.request = (request_start, request_end)
    if response_start is not None:
        layout.response = (response_start, doc.length)
    elif request_start is None:
        start = lines[0][0] if lines else 0
        layout.response = (start, doc.length)
    if layout.response:
        layout.response_core_end = _response_end(doc, *layout.response)
    return layout


def split_wdtk(doc: Doc) -> Layout:
    """The first "Dear <authority>," starts the request; "Yours faithfully," and the name end it."""
    request_cue = pattern("request_cues")
    lines = list(_content_lines(doc))
    layout = Layout()
    start_index = next((i for i, ln in enumerate(lines) if re.match(r"^\W*dear\b", ln[2], re.I)), None)
    if start_index is None:
        start_index = next((i for i, ln in enumerate(lines) if request_cue.search(ln[2])), None)
    if start_index is None or start_index + 1 >= len(lines):
        return split_force_response(doc)
    end_index = next((i for i in range(start_index + 1, len(lines)) if SIGN_OFF.match(lines[i][2])), None)
    request_start = lines[start_index + 1][0]
    if end_index is None:
        layout.request = (request_start, doc.length)
        return layout
    layout.request = (request_start, lines[end_index][0])
    # The requester's name follows the sign-off; the authority's messages follow that.
    response_index = end_index + 2
    if response_index < len(lines):
        layout.response = (lines[response_index][0], doc.length)
        layout.response_core_end = _thread_end(doc, lines, response_index)
    return layout


def _thread_end(doc: Doc, lines, start_index: int) -> int | None:
    end_re = re.compile(r"^\W*(?:things to do with this request|similar requests|add an annotation|follow)\W*$", re.I)
    for s, e, text in lines[start_index:]:
        if end_re.match(text):
            return s
    return None


def split(doc: Doc, doc_type: str) -> Layout:
    if doc_type == "wdtk_thread":
        layout = split_wdtk(doc)
    else:
        layout = split_force_response(doc)
    layout.title = find_title(doc, doc_type)
    return layout
