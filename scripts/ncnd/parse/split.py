"""Where the request ends and the response begins, and the notice's own title.

Layouts differ only in their signposts, which vocab/phrases.yml declares: headings ("Request:",
"You asked:", "Cais / Request", "Answers 1 - 3"), lead-in lines after which the request follows
("I note you seek access to the following information:", "Dear Essex Police,") and first lines of
a response ("I have today decided to...", "Police Scotland can neither confirm nor deny...").
A WhatDoTheyKnow thread is split at the requester's sign-off; an ICO notice at the quoted request.
"""

import bisect
import re
from dataclasses import dataclass, field

from .phrases import each, finder, line_matcher, pattern
from .questions import ITEM, ITEM_HEADING, LETTER_LABEL, LONE_LETTER_HEADING, asks, letters_as_headings
from .text import Doc, collapse

# "Yours faithfully," ends a request on WhatDoTheyKnow.
# A request's sign-off: "Yours faithfully,", or a short "Regards," / "Many thanks" on a line of its own
SIGN_OFF = re.compile(
    r"^\W*(?:yours\s+(?:faithfully|sincerely|truly)\b|(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks)\W*$|thank\s+you\W*$)", re.I
)
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
    r"\?\s*$|^\W*(?:\d{1,2}[.)]\s*|[a-z]\)\s*)?(?:please|could you|can you|would you|I would like|I am writing|I write to request|under the freedom|how many|what|which|does|do|has|have|is|are)\b"
    r"|\bplease\s+(?:provide|supply|send|disclose|tell|advise|confirm|share)\b"
    # (after a lead-in: "For each year since 2013, I would like to know how much the office spent on:")
    r"|\bI\s+would\s+like\s+to\s+(?:know|request|receive|obtain|ask\s+for)\b",
    re.I,
)
NUMBERED_HEADING = re.compile(r"^\W*(?:request|question)\s+(\d{1,2})", re.I)
# "Answer 2", "Response 3:", "Answers 2 & 3" alone on a line: the answer to that question follows. A bare
# "Answer" (PSNI's logs: "Request 1" / the question / "Answer" / the answer) answers the question above it.
# ("Response Q5", "Response Question 1 & 2", "Response 1a and 1b" too)
ANSWER_HEADING = re.compile(
    r"^\W*(?:(?:answers?|response|reply)\s+(?:to\s+)?(?:q(?:uestion)?s?\s*)?(?P<num>\d{1,2}[a-z]?)(?:\s*(?:,|&|and|-|to)\s*\d{1,2}[a-z]?)*|answers?)\s*:?\s*$",
    re.I,
)
# "Request: Please provide any emails..." - the request on the line that labels it
INLINE_REQUEST = re.compile(r"^\W*(?:request|your request|information requested|request details)\s*[:-]\s*(?P<text>\S.{20,})$", re.I)
# A lead-in that announces each question followed by its answer
INTERLEAVE_CUE = re.compile(
    r"\b(?:together|along)\s+with\s+(?:the|our)\s+(?:response|answer)s?\b|\brequest\s+and\s+(?:our\s+)?(?:response|answer)s?\b|\bquestions?\s+and\s+(?:our\s+)?answers?\b",
    re.I,
)
# A question that has ended ("...in 2024?", "...Cleveland Police?"), not one that announces parts ("...years:")
QUESTION_ENDED = re.compile(r"[.?][\"')\]]*$")
# A request's line that asks politely anywhere in it: "Q1: For each year since 2015, please could you provide..."
_PLEASE = re.compile(r"\bplease\b|\bcould\s+you\b", re.I)
# A line that ends a sentence: "...in 2024?", "...the following exemptions:"
TERMINAL_LINE = re.compile(r"[.?!:;][\"')\]]*$")
# An internal review ("FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW"), and the heading under
# which it retells the original response ("The original response", "Original decision")
REVIEW = re.compile(r"\binternal review\b")
ORIGINAL_RESPONSE_HEADING = re.compile(r"^\W*(?:the\s+)?original\s+(?:response|decision|reply)\W*$", re.I)


@dataclass
class Layout:
    request: tuple[int, int] | None = None
    response: tuple[int, int] | None = None
    response_core_end: int | None = None
    title: str | None = None
    # Questions interleaved with their answers ("Request 1" / "Answer 1" / "Request 2"...): the
    # question spans, and (number, start, end) of each answer.
    request_parts: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    # Spans within the response that are not its answer: acknowledgements in a thread, the original
    # response as an internal review that overturns it retells it.
    set_aside: list = field(default_factory=list)
    # The response's opening when it stands above the quoted request ("We can confirm that the
    # information is held. We are able to disclose it as follows. You asked: ..."), when the answers follow the questions
    response_head: tuple[int, int] | None = None
    # A thread's salutation, as written: the body the request was sent to ("Dear Kent Police,")
    addressee: str | None = None

    def in_request(self, pos: int) -> bool:
        if self.request_parts:
            return any(s <= pos < e for s, e in self.request_parts)
        return bool(self.request and self.request[0] <= pos < self.request[1])

    def is_set_aside(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.set_aside)

    def response_core(self) -> tuple[int, int] | None:
        if not self.response:
            return None
        end = self.response_core_end if self.response_core_end is not None else self.response[1]
        return self.response[0], end

    def response_spans(self, also_exclude=()) -> list[tuple[int, int]]:
        """The response's own content: its core without questions, set-aside spans and `also_exclude`."""
        core = self.response_core()
        if not core:
            return []
        spans = without(core, [*self.request_parts, *self.set_aside, *also_exclude])
        if self.response_head and self.response_head[1] <= core[0]:
            spans.insert(0, self.response_head)
        return spans


def without(span: tuple[int, int], holes) -> list[tuple[int, int]]:
    """The parts of `span` outside every one of `holes`."""
    spans, start = [], span[0]
    for s, e in sorted(holes):
        if e <= start or s >= span[1]:
            continue
        if s > start:
            spans.append((start, s))
        start = max(start, e)
    if start < span[1]:
        spans.append((start, span[1]))
    return spans


def _content_lines(doc: Doc, start: int = 0, end: int | None = None):
    """(start, end, stripped scan text) of each non-blank line overlapping [start, end)."""
    lines = doc.content_lines
    if start == 0 and end is None:
        return lines
    if start < 0:
        return [(s, e, text) for s, e, _ in doc.lines(start, end) for text in [doc.scan[s:e].strip()] if text]
    end = doc.length if end is None else end
    first = bisect.bisect_left(lines, (doc.line_starts[doc.line_index(start)],))
    return _until(lines, first, start, end)


def _until(lines, first: int, start: int, end: int):
    """lines[first:] up to the first that begins at or after `end` (and after `start`)."""
    for index in range(first, len(lines)):
        line = lines[index]
        if line[0] >= end and line[0] > start:
            return
        yield line


def find_title(doc: Doc, doc_type: str) -> str | None:
    if doc_type == "ico_decision":
        return None
    for index, (s, e, text) in enumerate(_content_lines(doc)):
        if index >= HEADER_LINES:
            break
        if ":" not in text and "-" not in text:
            continue  # both title patterns hold a ":" or "-" after their label
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
    ends = finder(doc, "response_end")
    seen_content = False
    for s, e, text in _content_lines(doc, start, end):
        if seen_content and ends(text, text.lower()):
            return s
        seen_content = True
    return None


# A field of a letter's head: "Our reference: FOI 2025/031", "Date: 14 March 2025"
_LABEL_LINE = re.compile(r"^\W*(?:our\s+|your\s+)?(?:ref(?:erence)?(?:\s+(?:no|number))?|date(?:\s+of\s+response)?|received|responded)\s*[.:]\s*\S[^\n]{0,40}$", re.I)


def _gives_notes(lines) -> bool:
    """Whether lines say what the answer gave (phrases.yml `disclosed`: "The data provided is based on...")."""
    disclosed = pattern("disclosed")
    return any(disclosed.search(text) for _, _, text in lines)


def _item_number(text: str) -> str | None:
    """A numbered item's number without its "Q": "1) A copy of..." and "Q1. Please find..." are both "1"."""
    m = ITEM.match(text.strip())
    number = m and (m.group("q") or m.group("num"))
    return re.sub(r"^q(?:uestion)?\s?", "", number.lower()) if number else None


def _list_restart(lines, start: int) -> int | None:
    """The start of the line where a numbered list after `start` begins again at its first number."""
    first = None
    previous = None
    for s, e, text in lines:
        if s < start:
            continue
        number = _item_number(text)
        if not number:
            continue
        if first is None:
            first = number
        elif number == first and previous != first:
            return s
        previous = number
    return None


# A row of a table whose copy lost its column rules: a label, then three counts or more ("Deaths 1 0 1 0 0 0");
# a row of years alone ("Year 2015 2016 2017") is a header
# (nor is a list of sections cited, "Sections 24 31 40", or of questions, "Questions 2 3 5")
_SPACED_ROW = re.compile(r"^\s*(?!(?:sections?|s|articles?|regulations?|questions?|q|points?|parts?)\b)[A-Za-z][A-Za-z' ()-]{1,40}?((?:[ \t]+\d[\d,]*){3,})[ \t]*$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


# One cell of a table flattened one cell a line ("Emergency |", "1st Offence"), and one that holds a figure,
# a time or a date ("00:12:40 |", "1,204 |", "£310 |", "05/07/2023")
_CELL_LINE = re.compile(r"^[^|?\n]{1,25}\|?\s*$")
# (a year alone on its line, "2018", lists the years a request asks for: not a figure; "2018 |" heads a table's row)
_FIGURE_CELL = re.compile(r"^\W{0,2}(?!(?:19|20)\d\d\s*$)(?:£\s?)?\d[\d,.:/]*%?\s*\|?\s*$")
# How many figure cells in a row make a table, and how many heading cells above them may open it
FIGURE_CELLS = 3
HEADING_CELLS = 8


def _figure_cells_from(lines, request_start: int, response_start: int | None) -> int | None:
    """Where a flattened table of figures starts below the request (the first of FIGURE_CELLS figure cells in
    a row, and the run of cells above it), or None."""
    for i in range(len(lines) - FIGURE_CELLS + 1):
        s = lines[i][0]
        if s <= request_start or (response_start is not None and s >= response_start):
            continue
        if all(_FIGURE_CELL.match(lines[j][2]) for j in range(i, i + FIGURE_CELLS)):
            j = i
            while j - 1 >= 0 and i - j < HEADING_CELLS and lines[j - 1][0] > request_start and _CELL_LINE.match(lines[j - 1][2]):
                j -= 1
            return lines[j][0]
    return None


def spaced_row(text: str) -> bool:
    """Whether a line is a row of counts under its label, the columns run together with spaces."""
    m = _SPACED_ROW.match(text)
    return bool(m) and not all(_YEAR.match(cell) for cell in m.group(1).split())


def _answer_follows(lines, index: int) -> bool:
    """Whether the line after a "Question 1" heading answers rather than asks: a search reported, a yes or
    no, a table (phrases.yml `answer_openers`)."""
    if not lines[index][2].lower().lstrip(" \t-•*").startswith("question"):
        return False  # ("Request 1" heads the request itself on PSNI's pages)
    following = lines[index + 1][2] if index + 1 < len(lines) else ""
    if pattern("answer_openers").match(following):
        return True
    if following.rstrip().endswith("?") or asks(following):
        return False
    # "Questions 1, 2, 3, 4 & 6" / "As this is available in the public domain, ... the following exemption
    # applies:": a line that gives an answer's own words (and asks nothing) answers
    if ANSWER_WORDS.search(following):
        return True
    if ASKS.search(following):
        return False
    # the request's own list above ("1. I would like to request the total number...") and then "Question 1:" /
    # "I have interpreted 'deployed' to mean...": the questions are taken again one by one, with answers
    return bool(pattern("force_voice").match(following)) and any(_item_number(text) == "1" for _, _, text in lines[:index])


def _after_list(lines, start: int, min_items: int = 2) -> int | None:
    """The start of the first line after a numbered list (`min_items` items or more) that speaks as the force."""
    items = 0
    previous = ""
    first = last = None
    for s, e, text in lines:
        if s < start:
            continue
        if ITEM.match(text.strip()):
            number = _item_number(text)
            restarted = items >= 2 and number and number == first and last != first
            if restarted and ANSWER_WORDS.search(text) and not text.rstrip().endswith("?") and not asks(text):
                return s  # "1) A copy of the policy..." ... "4) ..." / "Q1. Please find enclosed...": answered in turn
            first = first or number
            last = number or last
            items += 1
            previous = text
            continue
        if items >= min_items and pattern("force_voice").match(text):
            return s
        if items and previous.rstrip().endswith("?") and pattern("figure_answer").match(text):
            return s  # "Q1. How much cash was seized?" / "2013-14 to date = £2,348,169.38"
        previous = text
    return None


def _lead_in_over_list(lines, index: int) -> bool:
    """Whether the opening line ends by announcing what follows (":") and the next line is the first item of
    a numbered list that asks ("1) The number of reported crimes...")."""
    if not lines[index][2].rstrip().endswith(":") or index + 1 >= len(lines):
        return False
    item = ITEM.match(lines[index + 1][2].strip())
    return bool(item) and _item_number(lines[index + 1][2]) in ("1", "a") and (ASKS.search(lines[index + 1][2]) is not None or asks(item.group("text")) or len(item.group("text")) > 20)


def _answered_in_turn(lines, first: int) -> bool:
    """Whether the numbered questions from lines[first] each have a line under them that answers rather
    than asks, for two questions or more, numbered 1, 2, ... in order."""
    pairs, expected, index = 0, 1, first
    while index + 1 < len(lines):
        item = ITEM.match(lines[index][2].strip())
        if not item or item.group("num") != str(expected) or not (ASKS.search(lines[index][2]) or asks(item.group("text"))):
            break
        answer = lines[index + 1][2]
        if ITEM.match(answer.strip()) or ASKS.search(answer) or asks(answer):
            break
        pairs, expected = pairs + 1, expected + 1
        index += 2
        while index < len(lines) and not ITEM.match(lines[index][2].strip()) and not ASKS.search(lines[index][2]):
            index += 1  # an answer of more than one line
    return pairs >= 2


def _first_item_above(lines, index: int, reach: int = 10) -> int | None:
    """When the line at index is a numbered item after the first ("2. ..."), the index of that list's item
    "1." within reach above it; else None."""
    m = ITEM.match(lines[index][2].strip())
    if not m or not m.group("num") or m.group("num") in ("1", "1a"):
        return None
    for i in range(index - 1, max(-1, index - reach - 1), -1):
        above = ITEM.match(lines[i][2].strip())
        if above and above.group("num") == "1":
            return i
    return None


def side_by_side(doc: Doc) -> bool:
    """Whether a "Request" heading stands directly above a "Response" heading: a letter set out in two
    columns, which its text copy interleaves line by line, so that no sentence of it reads whole."""
    request_heading = line_matcher(doc, "request_headings")
    response_heading = line_matcher(doc, "response_headings")
    lines = doc.content_lines
    for (_, _, above), (_, _, below) in zip(lines, lines[1:]):
        if len(above) <= 20 and len(below) <= 20 and request_heading(above, above.lower()) and response_heading(below, below.lower()):
            return True
    return False


def outcome_line(text: str) -> bool:
    """A log's outcome field on its own line ("Part Disclosure", "Refusal Sections 24 and 31")."""
    return len(text) <= 120 and any(regex.match(text) for regex, _ in each("outcome_labels"))


def _answers(text: str) -> bool:
    """Whether a line reads as the force answering: its own voice, answer words, or a log's outcome line."""
    if pattern("force_voice").match(text) or ANSWER_WORDS.search(text) or pattern("force_words").search(text):
        return True
    return outcome_line(text)


# How far down a page the requester's opening line may stand when nothing else marks the request (below
# the site's title and notices)
REQUEST_OPENER_LINES = 12


def split_force_response(doc: Doc, requester_opening: bool = True) -> Layout:
    """The request and the response of a force's letter or log page (requester_opening: whether a page with
    no signposts may be read as a request alone, from the requester's opening line)."""
    request_heading = line_matcher(doc, "request_headings")
    response_heading = line_matcher(doc, "response_headings")
    request_cue = finder(doc, "request_cues")
    response_cue = finder(doc, "response_cues")
    answers_provided = finder(doc, "answers_provided")
    lines = list(_content_lines(doc))
    request_start = None
    request_index = None
    answers_from = None  # where "Question 1" heads an answer, not a question
    for index, (s, e, text) in enumerate(lines):
        inline = _inline_request(text)
        if inline is not None:
            request_index, request_start = index, s + inline
            break
        lowered = text.lower()
        # (a sentence that opens the response, "I can provide the attached information ... as follows:",
        # introduces answers, not the request, also when it wraps onto the cue's line)
        opened = text if index == 0 or TERMINAL_LINE.search(lines[index - 1][2]) else lines[index - 1][2] + " " + text
        if GLUED_REQUEST_HEADING.search(text) and index + 1 < len(lines):
            # GOV.JE's "...published on" / "23 May 2016.Request": the heading run onto the date's line
            request_index, request_start = index, lines[index + 1][0]
            break
        if request_heading(text, lowered) and _later_numbered_heading(text):
            continue  # "Question 5" alone on a line: an answer's heading (a request's list opens at 1)
        if NUMBERED_HEADING.match(text) and request_heading(text, lowered) and _answer_follows(lines, index):
            answers_from = s  # "Question 1" / "A search has been conducted... 78 records.": the answers begin
            break
        if (
            NUMBERED_HEADING.match(text) and request_heading(text, lowered) and index >= 2
            and answers_provided(lines[index - 1][2], lines[index - 1][2].lower())
            and any(ASKS.search(before) for _, _, before in lines[: index - 1])
        ):
            # the request's lines / "...our analysts, who have provided the following information in relation
            # to your request." / "Question 1" / a table: the answers begin at the line that opens them
            answers_from = lines[index - 1][0]
            break
        if response_heading(text, lowered) and any(ASKS.search(before) for _, _, before in lines[:index]):
            break  # "Response" under questions with no heading of their own: a cue below it is the answer's
        if pattern("response_cover").match(text) and any(ASKS.search(before) or _PLEASE.search(before) or ITEM.match(before.strip()) for _, _, before in lines[:index]):
            # "Please find enclosed our response." under the questions (asked, or a numbered list of what is
            # wanted: "1. All reports on the review system"): a "Question 1:" or "Request 1" below it heads an answer
            break
        if request_heading(text, lowered) or (request_cue(text, lowered) and not response_cue(opened, opened.lower())):
            request_index = index
            # "Request 1" opens the first question: keep it in the request.
            numbered = NUMBERED_HEADING.match(text)
            request_start = s if numbered else (lines[index + 1][0] if index + 1 < len(lines) else e)
            cue_below = next((i for i in range(index + 1, min(index + 4, len(lines))) if request_cue(lines[i][2], lines[i][2].lower())), None)
            labels_between = cue_below is not None and cue_below > index + 1 and all(_LABEL_LINE.match(lines[i][2]) for i in range(index + 1, cue_below))
            if not numbered and labels_between and cue_below + 1 < len(lines):
                # "Freedom of Information Request" / "Our reference: ..." / "Date: ..." / "You asked:": the
                # request begins under the cue, not under the page's heading
                request_index, request_start = cue_below, lines[cue_below + 1][0]
            first_item = _first_item_above(lines, index)
            if first_item is not None:
                # "2. For each case, please provide the following information:" is itself an item of a list
                # that began above: the request begins at its first item
                request_index, request_start = first_item, lines[first_item][0]
            break
        if index + 1 < len(lines) and not TERMINAL_LINE.search(text):
            # a cue wrapped onto the next line: "Below is your" / "request and our response."
            wrapped = text + " " + lines[index + 1][2]
            if request_cue(wrapped, wrapped.lower()) and not response_cue(wrapped, wrapped.lower()):
                request_index = index + 1
                request_start = lines[index + 2][0] if index + 2 < len(lines) else lines[index + 1][1]
                break
    response_start = answers_from
    # (when "Question 1" already began the answers there is no response to look for)
    first = len(lines) if answers_from is not None else request_index + 1 if request_index is not None else 0
    in_turn = False
    for index in range(first, len(lines)):
        s, e, text = lines[index]
        lowered = text.lower()
        if pattern("field_name_headings").match(lowered.strip(" :")) and _in_field_list(lines, index) and not request_heading(lines[index - 1][2], lines[index - 1][2].lower()):
            continue  # "Outcome" among the request's column names ("Location" / "Outcome" / "Context"), not a heading
        if response_heading(text, lowered):
            response_start = lines[index + 1][0] if index + 1 < len(lines) else e
            # The heading itself is part of neither; keep it with the response for passages.
            response_start = s
            if request_start is None:
                restated = _request_under_response_heading(lines, index, response_cue)
                if restated is not None:
                    # "RESPONSE" / the request restated / "Section 1 of the Act places two duties...": the
                    # letter repeats the request under its heading, and the answer starts at the cue
                    request_start, response_start = restated
            break
        if request_index is not None and index > request_index and outcome_line(text):
            # a log's decision line under the request ("Part Disclosure with Section 12(1) Exemptions"):
            # the response starts there
            response_start = s
            break
        if response_cue(text, lowered) and (request_index is None or index > request_index):
            if request_index is None and index == 0:
                response_start = s
                break
            response_start = s
            break
    if request_start is None and response_start is None:
        # No signpost at all: a log page that opens with the requester's own words ("Under the Freedom of
        # Information Act 2000, please provide the following information...") shows the request; what
        # follows it is the request too, when nothing below speaks as the force or answers (the page was cut
        # before the answer).
        # A numbered list of questions at the head ("1. How many firearms certificates...") is the request
        # too when a paragraph in the force's voice follows the list ("Under section 21 of the Act, we are
        # not required..."): that paragraph begins the response.
        opener, listed, lead_in = None, False, False
        for i, (_, _, text) in enumerate(lines[:REQUEST_OPENER_LINES] if requester_opening else ()):
            item = ITEM.match(text.strip())
            if item:
                # ("1. Date of first deployment + percentage of officers equipped": an item that names
                # what it wants asks for it too)
                opener, listed = (i, True) if ASKS.search(text) or asks(item.group("text")) else (None, False)
                break  # (a list above an opening line: "Please send me the data..." closes a request)
            if pattern("request_openers").search(text):
                opener = i
                # ("...I would like to request the following data:" / "1) The number of..." / "2) ...": a
                # lead-in over a numbered list is read like the list)
                listed = lead_in = _lead_in_over_list(lines, i)
                break
        if opener is not None and listed and _answered_in_turn(lines, opener):
            # "1. How many dogs...?" / "The force keeps 12." / "2. How much...?" / "£48,500.": a letter
            # (or a copy of one) that answers each numbered question under it, with no headings at all
            request_index, request_start = opener, lines[opener][0]
            in_turn = True
        elif opener is not None and listed and ((after := _after_list(lines, lines[opener][0])) is not None or not lead_in):
            if after is not None:
                request_index, request_start, response_start = opener, lines[opener][0], after
        elif opener is not None and (
            any(outcome_line(text) for _, _, text in lines[opener + 1 :]) or not any(_answers(text) for _, _, text in lines[opener + 1 :])
        ):
            # (a log's decision line below the opening, "Part Disclosure with Section 23(5)...", ends the
            # request: the response starts there, as found below)
            request_index, request_start = opener, lines[opener][0]
    if request_start is not None and response_start is None:
        # No signpost for the response: where the request's numbered list starts again ("Q1." after
        # "Q3."), the questions are restated one by one with their answers.
        response_start = _list_restart(lines, request_start)
    if request_start is None and response_start is not None:
        # No signpost for the request: it is whatever comes before the response, if it asks anything.
        before = [ln for ln in lines if ln[0] < response_start]
        body = [ln for ln in before if ASKS.search(ln[2]) or (ITEM.match(ln[2].strip()) and _PLEASE.search(ln[2]))]
        # ("1. The number of wildlife crime incidents for 2014 to 2018." names what it wants: a list opening at
        # 1 with such an item is the request's; "Q4 - how many staff were trained" under "Clarification:" is not)
        named = next((ln for ln in before if (item := ITEM.match(ln[2].strip())) and asks(item.group("text"))), None)
        if named is not None and _item_number(named[2]) == "1" and (not body or named[0] < body[0][0]):
            body.insert(0, named)
        if not body:
            # ("1. Costs to the force of policing football matches, by season." / "2. Costs recovered...": a list
            # numbered from 1 and 2 above the answer names what it wants, though no item asks in so many words)
            numbered = [ln for ln in before if ITEM.match(ln[2].strip()) and _item_number(ln[2]) in ("1", "2")]
            if len(numbered) >= 2 and _item_number(numbered[0][2]) == "1" and _item_number(numbered[1][2]) == "2":
                body = numbered
        if body:
            request_start = body[0][0]
            first = before.index(body[0])
            if first and (ITEM_HEADING.match(before[first - 1][2].strip()) or LONE_LETTER_HEADING.match(before[first - 1][2].strip())):
                request_start = before[first - 1][0]  # "A" or "Question 1" alone above the first question
        elif before and _gives_notes(before):
            # nothing above the cue asks, and it says what was given ("Notes:" / "The data provided is based on..."):
            # the page shows no request, and the answer begins at its first line
            response_start = before[0][0]
    if request_start is not None:
        # ...or the first paragraph after the request's numbered list that speaks as the force ("Our
        # data are not organised in such a way...", "The force does not hold..."), when it comes
        # before any signpost found
        # (under the request's own cue or heading, "You have requested the following information:", one item is a list)
        after = _after_list(lines, request_start, min_items=1 if request_index is not None else 2)
        if after is not None and (response_start is None or request_start < after < response_start):
            response_start = after
        # ...or two lines of a year and its figure ("2017 – 7" / "2018 – 19"), which answer and never ask
        year_figure = pattern("year_figure")
        figures = next(
            (
                lines[i][0]
                for i in range(len(lines) - 1)
                if request_start < lines[i][0] and (response_start is None or lines[i][0] < response_start)
                and year_figure.match(lines[i][2]) and year_figure.match(lines[i + 1][2])
            ),
            None,
        )
        if figures is not None:
            response_start = figures
        # ...or a table flattened one cell a line whose cells hold figures ("Row Labels |" / "Emergency |" /
        # "2021 |" / "00:12:40 |" / "01:51:02 |", or "Date" / "Total" / "05/07/2023" / "12" / "09:58"): the
        # table starts with the run of heading cells above its figures
        table = _figure_cells_from(lines, request_start, response_start)
        if table is not None:
            response_start = table
        # ...or a log's decision line under the request ("Refusal Sections 24 and 31"), however the
        # request was found: the fields below it are the response's
        decided = next((s for s, _, text in lines if request_start < s and (response_start is None or s < response_start) and outcome_line(text)), None)
        if decided is not None:
            response_start = decided
    layout = Layout()
    if request_start is not None:
        if response_start is not None and response_start <= request_start:
            # "Request:" with nothing under it, then "Response 1:": the page left the request out
            request_end = request_start
        else:
            request_end = response_start if response_start is not None else doc.length
            # (a log's field line between the request and its answer, "Responded: 19 March 2025", is neither's)
            inside = [ln for ln in lines if request_start <= ln[0] < request_end]
            while len(inside) > 1 and _LABEL_LINE.match(inside[-1][2]):
                request_end = inside.pop()[0]
        layout.request = (request_start, request_end)
    if response_start is not None:
        layout.response = (response_start, doc.length)
    elif request_start is None:
        start = lines[0][0] if lines else 0
        layout.response = (start, doc.length)
    if layout.response:
        layout.response_core_end = _response_end(doc, *layout.response)
    if request_start is not None:
        # the lead-in may be wrapped over the lines before the cue: "Below is your / request and our response."
        lead_in = " ".join(text for _, _, text in lines[max(0, request_index - 2) : request_index + 1]) if request_index is not None else ""
        announced = INTERLEAVE_CUE.search(lead_in)
        opening = next((s for s, _, text in lines[: request_index or 0] if response_cue(text, text.lower())), None)
        _interleave(doc, layout, lines, request_start, response_start, bool(announced) or in_turn, opening is not None)
        if announced and response_start is None and not layout.request_parts:
            _interleave_unnumbered(doc, layout, lines, request_start)
        elif not announced and not layout.request_parts and not layout.answers:
            # questions and answers in turn with no word that they are: only when the pattern is plain
            _interleave_unnumbered(doc, layout, lines, request_start, end=response_start, strict=True)
        if opening is not None and layout.request_parts:
            layout.response_head = (opening, layout.request_parts[0][0])
        if not layout.answers and response_start is not None:
            _restated_in_response(doc, layout, lines)
    _set_aside_overturned_response(doc, layout, lines)
    return layout


def _restated_in_response(doc: Doc, layout: Layout, lines):
    """Questions that the response repeats, word for word, each over its answer ("Question" / the questions /
    "Answer" / "What services do you offer?" / what is offered / "Who provides them?" / ...): the lines under
    each repeated question, up to the next, answer it."""
    if not layout.request or not layout.response:
        return
    asked = {collapse(text).lower() for s, e, text in lines if layout.request[0] <= s < layout.request[1] and text.rstrip().endswith("?")}
    if len(asked) < 2:
        return
    repeated = [(s, e) for s, e, text in lines if s >= layout.response[0] and collapse(text).lower() in asked]
    if len(repeated) < 2:
        return
    answers = []
    for index, (s, e) in enumerate(repeated):
        end = repeated[index + 1][0] if index + 1 < len(repeated) else (layout.response_core_end or doc.length)
        if doc.scan[e:end].strip():
            answers.append((None, e, end))
    if len(answers) >= 2:
        layout.answers = answers


def _interleave_unnumbered(doc: Doc, layout: Layout, lines, request_start: int, end: int | None = None, strict: bool = False):
    """Unnumbered questions, each followed by its answer, on a page that says so ("Below is your request
    and our response."): a line that asks (or speaks as the requester) is the request's; a line in the
    force's voice, or the first that does not ask after a question mark, starts an answer.

    `strict`: the page does not say so, and the pattern itself must (three questions or more, each ending
    in a question mark and followed by its answer), read up to `end` (the response's own heading)."""
    force_voice = pattern("force_voice")
    segments = []  # [kind, start, end]
    previous = ""
    lettered = letters_as_headings(text for s, e, text in lines if s >= request_start)
    for s, e, text in lines:
        if s < request_start:
            continue
        if end is not None and s >= end:
            break
        if ITEM_HEADING.match(text) or _numbered_question(text):
            return  # numbered questions ("Request 1"): the numbered layout's, not this one
        if lettered and LETTER_LABEL.match(text.strip()):
            return  # lettered questions, "A" / "Who makes...?" / "B" (GOV.JE): the lettered layout's
        asking = text.rstrip().endswith("?") or asks(text) or pattern("requester_voice").search(text)
        # (a line that gives, in the words of a disclosure, answers too: "The below table contains the volume of
        # applications received per year.")
        answering = not asking and (
            force_voice.match(text) or previous.rstrip().endswith("?") or pattern("answer_openers").match(text) or pattern("disclosed").search(text)
        )
        kind = "answer" if answering or (segments and segments[-1][0] == "answer" and not asking) else "question"
        if segments and segments[-1][0] == kind:
            segments[-1][2] = e
        else:
            segments.append([kind, s, e])
        previous = text
    kinds = [seg[0] for seg in segments]
    # (at least one answer that stands between questions or after the last one, and a question first)
    if "answer" not in kinds or kinds[0] != "question":
        return
    if strict:
        asked = [seg for seg in segments if seg[0] == "question" and doc.scan[seg[1] : seg[2]].rstrip().endswith("?")]
        if len(asked) < 3 or kinds.count("answer") < 3 or len(asked) < kinds.count("question") - 1:
            return
    layout.request_parts = [(seg[1], seg[2]) for seg in segments if seg[0] == "question"]
    layout.request = (layout.request_parts[0][0], layout.request_parts[-1][1])
    answers = [seg for seg in segments if seg[0] == "answer"]
    layout.answers = [(None, seg[1], seg[2]) for seg in answers]
    layout.response = (answers[0][1], doc.length)
    layout.response_core_end = _response_end(doc, *layout.response)


# A "Request" heading run onto the end of a date's line: "23 May 2016.Request"
GLUED_REQUEST_HEADING = re.compile(r"\b(?:19|20)\d\d\.Request\s*$")


# A line of a list of field names: short, no sentence punctuation ("LSOA.code", "Arrest made (Y/N)")
_FIELD_LINE = re.compile(r"^[^.?!:;]{1,40}$|^[\w]+\.[\w]+$")


def _in_field_list(lines, index: int) -> bool:
    """Whether the line stands between two lines of a list of field names (a request's columns)."""
    if index == 0 or index + 1 >= len(lines):
        return False
    return all(_FIELD_LINE.match(lines[i][2].strip()) for i in (index - 1, index + 1))


def _inline_request(text: str) -> int | None:
    """Where the request begins on a line that labels it: "Request: Please provide..." -> after "Request: "."""
    m = INLINE_REQUEST.match(text)
    return m.start("text") if m else None


def _later_numbered_heading(text: str) -> bool:
    """"Question 5" or "Request 3" heading a line: a numbered heading past the first."""
    m = NUMBERED_HEADING.match(text)
    return bool(m) and int(m.group(1)) > 1


def _request_under_response_heading(lines, heading_index: int, response_cue):
    """(request start, response start) when the lines right under a response heading ask for something and a
    response cue follows them within a few lines; else None."""
    following = lines[heading_index + 1 : heading_index + 8]
    for offset, (s, e, text) in enumerate(following):
        if response_cue(text, text.lower()):
            asked = following[:offset]
            if asked and any(ASKS.search(t) for _, _, t in asked):
                return asked[0][0], s
            return None
    return None


def _numbered_question(text: str):
    """(number, numbering style) for a line opening a numbered item ("2. Please provide..."), else None."""
    m = ITEM.match(text)
    if not m or pattern("act_duty_items").match(m.group("text")):
        return None  # (the Act's "(a) states that fact, (b) specifies the exemption" is no question)
    number = m.group("q") or m.group("num") or m.group("paren") or m.group("letter")
    if not number:
        return None
    return number, _style(number)


def _style(number: str) -> str:
    """How items are numbered: "Q1" (q), "1" (digit), "a" (letter)."""
    if number[:1].upper() == "Q":
        return "q"
    return "digit" if number[:1].isdigit() else "letter"


def _sequence_key(number: str) -> tuple:
    digits = re.search(r"\d+", number)
    if digits:
        return (0, int(digits.group()), number.lower())
    return (1, ord(number[-1].lower()), number.lower())


def _asks_item(text: str) -> bool:
    """Whether a lettered line asks something ("b) How many were bought?"), its letter set aside."""
    rest = re.sub(r"^\W*\(?[a-z]{1,3}[.)]\s*", "", text)
    return "?" in rest or asks(rest)


# A question's number taken again with the word for its answer: "Q1 response:", "Q2a answer -"
RESPONSE_LABEL = re.compile(r"^\W*(?:q(?:uestion)?\s*)?(?P<num>\d{1,2}[a-z]?)\s+(?:response|answer|reply)\b", re.I)
# A figure or a yes/no as the whole of an answer: "52", "Yes", "None", "£1,200"
SHORT_ANSWER = re.compile(r"^(?:£\s?)?\d[\d,.]*(?:\s+\w+)?\.?$|^(?:yes|no|none|nil|zero)\b", re.I)
# The number label opening a numbered line: "Q1 – ", "2. ", "(3) "
_LABEL = re.compile(r"^\W*(?:q(?:uestion)?\s*)?\(?\d{1,2}[a-z]?\)?\s*[.):–-]?\s*", re.I)


def _interleave(doc: Doc, layout: Layout, lines, request_start: int, response_start: int | None, announced: bool = False, opened_before: bool = False):
    """Questions interleaved with their answers: "Request 1" / "Answer 1" / "Request 2" / "Answer 2",
    or "1. How many...?" / "Police Scotland carried out..." / "2. Please provide..." / "I can confirm...".

    It is only this layout when the question numbers keep rising past the start of the response (a
    response that restates every question from 1 again is the ordinary layout), at least one answer
    stands between two questions, and either the answers have headings ("Answer 2"), a question comes
    after the response has begun, or the lead-in said so ("replicated below together with the response").
    """
    end = layout.response_core()[1] if layout.response_core() else doc.length
    segments = []  # [kind, start, end, number]
    mode = None
    pending = None
    previous_text = ""
    style = None  # numbered questions keep the style of the first: "a)" under "1." is part of its text
    for s, e, text in lines:
        if s < request_start:
            continue
        if s >= end:
            break
        heading = ITEM_HEADING.match(text)
        # ("Q1 response: There are three areas." heads its answer, though it opens like question 1)
        answer_heading = ANSWER_HEADING.match(text) or RESPONSE_LABEL.match(text)
        item = _numbered_question(text)
        if heading:
            mode, pending = "question", heading.group("num")
            segments.append(["question", s, e, pending])
            previous_text = text
            continue
        if answer_heading:
            mode = "answer"
            number = answer_heading.group("num") or next((seg[3] for seg in reversed(segments) if seg[0] == "question"), None)
            segments.append(["answer", s, e, number])
            previous_text = text
            continue
        if item and style is None:
            style = item[1]
        # "a) Police officer FTE is a total of 1514 officers." after a finished question: a lettered line
        # that states rather than asks answers it (lettered parts of a question ask, or name periods)
        states = (
            item is not None and item[1] == "letter" and item[1] != style and QUESTION_ENDED.search(previous_text)
            and not _asks_item(text)
        )
        if item and item[1] == style:
            mode = "question"
            segments.append(["question", s, e, item[0]])
        elif mode == "question" and segments and not states and (
            pending is not None or (not TERMINAL_LINE.search(previous_text) or text[:1].islower())
            # ("- For example, in 2023, 15 claims were lodged": the requester's example, under the question it shapes)
            or pattern("example_openers").match(text)
            # ("Q1. How much was spent on restraints?" / "Could I possibly receive these figures by year, please.")
            or pattern("question_follow_up").match(text)
            # ("1) The guidance says each force must have a strategy:" / "Please provide a copy of yours.": the
            # question's own ask, on a line of its own)
            or (previous_text.rstrip().endswith(":") and pattern("request_openers").match(text))
        ):
            segments[-1][2] = e  # the question carries on: its text after a heading, or a wrapped line
        elif mode is not None:
            number = segments[-1][3] if segments else None
            if mode == "answer" and segments and segments[-1][0] == "answer":
                segments[-1][2] = e
            else:
                segments.append(["answer", s, e, number])
            mode = "answer"
            pending = None
        previous_text = text
        if segments and segments[-1][0] == "answer":
            pending = None
    questions = [seg for seg in segments if seg[0] == "question"]
    # A page that opened its response before quoting the request ("We are able to disclose the located
    # information to you as follows. You asked: 1. ...? <its answer>") may be cut after one question.
    single = opened_before and len(questions) == 1 and any(seg[0] == "answer" and seg[1] > questions[0][1] for seg in segments)
    if len(questions) < 2 and not single:
        return
    keys = [_sequence_key(q[3]) for q in questions]
    restart = next((i + 1 for i, (a, b) in enumerate(zip(keys, keys[1:])) if b <= a), None)
    if restart is not None:
        # The response restates the questions from the first, each followed by its answer: the
        # request stays as it was, the answers are read one by one.
        restated_from = questions[restart][1]
        if response_start is not None and restated_from < response_start:
            return  # a list inside the request numbered again ("1. i) 2014" under each question), not restated questions
        layout.answers = []
        for seg in segments:
            if seg[1] < restated_from:
                continue
            if seg[0] == "answer":
                layout.answers.append((seg[3], seg[1], seg[2]))
                continue
            # "Q1 – 52": a restated label with its answer on the same line, not the question again
            body = _LABEL.sub("", doc.scan[seg[1] : seg[2]], count=1).strip(" \t–—-:.")
            if body and len(body) <= 40 and SHORT_ANSWER.match(body):
                layout.answers.append((seg[3], seg[1], seg[2]))
        return
    kinds = [seg[0] for seg in segments]
    first_answer = kinds.index("answer") if "answer" in kinds else len(kinds)
    if "question" not in kinds[first_answer:] and not single:
        return
    answer_headings = any(
        seg[0] == "answer" and (ANSWER_HEADING.match(head) or RESPONSE_LABEL.match(head))
        for seg in segments
        for head in [doc.scan[seg[1] : seg[2]].split("\n", 1)[0].strip()]
    )
    after_response = response_start is not None and any(q[1] >= response_start for q in questions)
    # "1. How many officers...?" / "See attached excel spreadsheet." / "2. Of those...?" / "See attached...":
    # two answers or more, each opening as only an answer does
    answer_texts = [doc.scan[seg[1] : seg[2]].strip() for seg in segments if seg[0] == "answer"]
    plain_answers = len(answer_texts) >= 2 and all(pattern("force_voice").match(t) or pattern("answer_openers").match(t) for t in answer_texts)
    if not (answer_headings or after_response or announced or single or plain_answers):
        return
    if after_response and not answer_headings:
        # "Q1 - The Constabulary does not receive any revenue.": numbered lines after the response has
        # begun that ask nothing are its answers, labelled by question, not questions
        later = [doc.scan[q[1] : q[2]] for q in questions if q[1] >= response_start]
        if not any("?" in text or asks(_LABEL.sub("", text, count=1)) or _PLEASE.search(text) for text in later):
            return
    layout.request_parts = [(q[1], q[2]) for q in questions]
    layout.answers = [(seg[3], seg[1], seg[2]) for seg in segments if seg[0] == "answer"]
    first = min(a[1] for a in layout.answers)
    if response_start is not None and request_start < response_start <= questions[0][1]:
        # The request and the start of the response come first (a preamble, an NCND on the rest),
        # then each question with its answer.
        layout.request_parts.insert(0, (request_start, response_start))
        first = min(first, response_start)
    layout.request = (layout.request_parts[0][0], layout.request_parts[-1][1])
    layout.response = (first, doc.length)
    if layout.response_core_end is not None and layout.response_core_end <= first:
        layout.response_core_end = None


def _set_aside_overturned_response(doc: Doc, layout: Layout, lines):
    """An internal review retells the original response; unless the review upholds it, what that
    response relied on is no longer the position (the position after the review counts)."""
    head = doc.lower[:3000]
    if not layout.response or "internal review" not in head or not REVIEW.search(head):
        return
    retold = None
    for index, (s, e, text) in enumerate(lines):
        if s < layout.response[0] and not ORIGINAL_RESPONSE_HEADING.match(text):
            continue
        if ORIGINAL_RESPONSE_HEADING.match(text):
            end = doc.length
            for s2, e2, text2 in lines[index + 1 :]:
                if _is_heading(text2):
                    end = s2
                    break
            retold = (s, end)
            break
    if retold is None:
        return
    verdict = pattern("review_upheld").search(doc.scan, retold[1])
    if verdict and not pattern("review_overturned").search(doc.scan, retold[1]):
        return
    layout.set_aside.append(retold)


def _is_heading(text: str) -> bool:
    """A short line without closing punctuation: "Your grounds for review", "Review findings"."""
    return len(text) <= 60 and not TERMINAL_LINE.search(text) and text[:1].isupper() and len(text.split()) <= 8


# The line that opens each message of a thread: "Marcus Feld 4 November 2025",
# "FOI Unit, Greater Manchester Police 5 November 2025"
# (a name, or a team and the body: capitalised words, no figures, so that a request line ending in a
# date, "figures for the period 1 April 2023 to 31 March 2024", is not taken for one)
MESSAGE_HEADER = re.compile(
    r"^\W*(?P<who>[A-Z][\w'&-]*(?:,?\s+(?:[A-Z][\w'&-]*|of|and|the|for|&|de|van|von|le|la|da)){0,10}?)"
    r"\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$"
)
# "1 Attachment", "2 Attachments": the site's count above a message's files, where the authority's message starts
ATTACHMENT_COUNT = r"\d{1,2}\s+attachments?"
WDTK_ATTACHMENT_COUNT = re.compile(rf"^\W*{ATTACHMENT_COUNT}\W*$", re.I)
# "8 April 2011" alone on its line: a message's date in the older layout
STANDALONE_DATE = re.compile(r"^\W*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$")
# "Marcus Feld made this Freedom of Information request to Greater Manchester Police"
MADE_THIS = re.compile(r"^\W*(?P<who>.{2,80}?)\s+made\s+this\s+(?:freedom\s+of\s+information\s+|rhyddid\s+gwybodaeth\s+)?request\s+to\b", re.I)
# ...and the body it was made to, where the line names it: "...made this Freedom of Information request to
# Information Commissioner's Office This request has been closed to new correspondence."
MADE_TO = re.compile(
    r"\bmade\s+this\s+(?:freedom\s+of\s+information\s+|rhyddid\s+gwybodaeth\s+)?request\s+to\s+(?P<to>[^\n]{2,100}?)"
    r"(?:\s+this\s+request\b|\s+(?:the\s+request|response\s+to\s+this)\b|[.]?[ \t]*$)",
    re.I | re.M,
)
# "Dear Greater Manchester Police,"; "Dear The Association of Chief Police Officers of England, Wales and
# Northern Ireland,"
DEAR = re.compile(r"^\W*dear\s+(?P<to>[^,\n]{2,80}|[^\n.?!]{2,100}(?=,\s*$)),?\s*$", re.I)
# ...and the request run on after it: "Dear Home Office, in respect of Section 136 of the Act:"
DEAR_INLINE = re.compile(r"^\W*dear\s+(?!sirs?\b|madam\b|foi\b|freedom\b|all\b|team\b)(?P<to>[A-Z][^,\n]{1,60}),\s+(?=\S)", re.I)


# ...or a greeting that names no one: "Hello," / "Good morning," (the request follows on the next lines)
GREETING = re.compile(r"^\W*(?:hello|hi|good\s+(?:morning|afternoon|day))\s*[,!]?\s*$", re.I)


def _salutation(text: str) -> tuple[str, int | None] | None:
    """(addressee, where the request starts on this line or None) of a "Dear ..." line (or a bare "Hello,",
    whose addressee is ""), or None."""
    m = DEAR.match(text)
    if m:
        return m.group("to").strip(), None
    m = DEAR_INLINE.match(text)
    if m:
        return m.group("to").strip(), m.end()
    return ("", None) if GREETING.match(text) else None


# The page below a thread: "Things to do with this request", "Follow", "Link to this", "Report"
THREAD_END = re.compile(r"^\W*(?:things to do with this request|similar requests|add an annotation|follow|follow this request|link to this|report)\W*$", re.I)


def split_wdtk(doc: Doc) -> Layout:
    """The requester's first message is the request; the authority's messages up to the requester's
    next message (an internal review request, a follow-up) are the response.

    The request opens with "Dear <authority>," and ends at "Yours faithfully," or at the next message
    header ("FOI Unit, Greater Manchester Police 5 November 2025"). Acknowledgements ("has been logged
    under reference...", "This is an automated reply") are set aside; the sidebars below the thread
    ("Things to do with this request") end it.
    """
    request_cue = pattern("request_cues")
    lines = list(_content_lines(doc))
    layout = Layout()
    requester = next((m.group("who").strip() for _, _, text in lines[:15] for m in [MADE_THIS.match(text)] if m), None)
    start_index = next((i for i, ln in enumerate(lines) if _salutation(ln[2])), None)
    salutation = (_salutation(lines[start_index][2])[0] or None) if start_index is not None else None
    if salutation is None:
        # a request without "Dear ..." (or with a bare "Hello,"): the site's own line names the body it was sent to
        made_to = next((m.group("to").strip() for _, _, text in lines[:15] for m in [MADE_TO.search(text)] if m), None)
        salutation = made_to
    first_sign_off = next((i for i, ln in enumerate(lines) if SIGN_OFF.match(ln[2])), None)
    if start_index is not None and first_sign_off is not None and first_sign_off < start_index:
        # The salutation stands after the request's own sign-off: cleaning moved the line, repeated in
        # a quoted reply, to the end of the text. The request then starts below the site's status line.
        status = pattern("doctype", "wdtk")
        start_index = next((i for i in range(first_sign_off - 1, -1, -1) if status.search(lines[i][2]) or MADE_THIS.match(lines[i][2])), None)
    if start_index is None:
        start_index = next((i for i, ln in enumerate(lines) if request_cue.search(ln[2])), None)
    if start_index is None and first_sign_off is None:
        status = pattern("doctype", "wdtk")
        top = next((i for i, ln in enumerate(lines[:15]) if status.search(ln[2]) or MADE_THIS.match(ln[2])), None)
        if top is not None and top + 1 < len(lines):
            # no salutation and no sign-off anywhere: the page stops inside the requester's first message,
            # which begins under the site's status line ("The request was partially successful." / "Kent Police" /
            # "I am in possession of a document which states: ...")
            layout.addressee = salutation
            layout.request = (lines[top + 1][0], doc.length)
            return layout
    if start_index is None or start_index + 1 >= len(lines):
        layout = split_force_response(doc, requester_opening=False)
        layout.addressee = salutation
        return layout
    layout.addressee = salutation
    # (the line the request starts under: the salutation's, or the status line when cleaning moved it)
    found = _salutation(lines[start_index][2])
    addressee = found[0].lower() if found else None
    request_start = lines[start_index][0] + found[1] if found and found[1] is not None else lines[start_index + 1][0]
    end_index = None
    response_index = None
    for i in range(start_index + 1, len(lines)):
        text = lines[i][2]
        if SIGN_OFF.match(text):
            end_index = i
            # The requester's name follows the sign-off; the authority's messages follow that.
            response_index = i + 2 if i + 1 < len(lines) and len(lines[i + 1][2]) <= 60 else i + 1
            break
        if MESSAGE_HEADER.match(text) or THREAD_END.match(text) or _sender_line(lines, i, addressee):
            # (the authority's name alone above its salutation, "Cambridgeshire Constabulary" / "Dear Richard":
            # a request signed off with "--" and a name ends there)
            end_index = response_index = i
            break
    if end_index is None:
        layout.request = (request_start, doc.length)
        return layout
    layout.request = (request_start, lines[end_index][0])
    while response_index < len(lines) and addressee and (chaser := DEAR.match(lines[response_index][2])) and chaser.group("to").strip().lower() == addressee:
        # the requester wrote again before any reply ("Dear Sir or Madam," / "I write in respect of my
        # correspondence of 30th November..."): the authority's messages follow that message's sign-off
        off = next((j for j in range(response_index + 1, len(lines)) if SIGN_OFF.match(lines[j][2])), None)
        if off is None:
            break
        response_index = off + 2 if off + 1 < len(lines) and len(lines[off + 1][2]) <= 60 else off + 1
    if response_index >= len(lines):
        return layout
    layout.response = (lines[response_index][0], doc.length)
    layout.response_core_end = _thread_end(lines, response_index, requester, addressee)
    core_end = layout.response_core_end if layout.response_core_end is not None else doc.length
    # What follows (the requester's next message, the sidebars) is not the authority's answer.
    layout.set_aside.append((core_end, doc.length))
    # A requester's annotation ("Sam Lee left an annotation (3 May 2024)"; on the Welsh pages "Gadawodd
    # Sam Lee anodiad ()") is the requester's word, not the authority's, up to the next message.
    annotation = pattern("wdtk_annotation")
    for i in range(response_index, len(lines)):
        if lines[i][0] >= core_end:
            break
        if annotation.match(lines[i][2]):
            end = next((lines[j][0] for j in range(i + 1, len(lines)) if MESSAGE_HEADER.match(lines[j][2]) or _sender_line(lines, j, addressee)), core_end)
            layout.set_aside.append((lines[i][0], min(end, core_end)))
    # Notes the requester adds under their name ("Notes:", "P.S.", "Background information") are theirs too,
    # up to the authority's first message.
    if response_index < len(lines) and pattern("requester_notes").match(lines[response_index][2]):
        end = next(
            (
                lines[j][0]
                for j in range(response_index + 1, len(lines))
                if MESSAGE_HEADER.match(lines[j][2]) or _sender_line(lines, j, addressee) or DEAR.match(lines[j][2]) or WDTK_ATTACHMENT_COUNT.match(lines[j][2])
            ),
            core_end,
        )
        layout.set_aside.append((lines[response_index][0], min(end, core_end)))
    # A reply that restates the request ("I note you seek access to the following information: ...")
    # quotes the requester's words: they are set aside up to where the answer begins.
    response_cue, response_heading = finder(doc, "response_cues"), line_matcher(doc, "response_headings")
    for i in range(response_index, len(lines)):
        if lines[i][0] >= core_end:
            break
        # (a wrapped email breaks the cue over two lines: "I note you seek / access to the following information:")
        joined = lines[i][2] + (" " + lines[i + 1][2] if i + 1 < len(lines) else "")
        m = request_cue.search(joined)
        if m and m.start() < len(lines[i][2]):
            if m.end() > len(lines[i][2]):
                i += 1
            answer = next(
                (lines[j][0] for j in range(i + 1, len(lines)) if lines[j][0] < core_end and (response_cue(lines[j][2], lines[j][2].lower()) or response_heading(lines[j][2], lines[j][2].lower()))),
                core_end,
            )
            if i + 1 < len(lines) and lines[i + 1][0] < answer:
                layout.set_aside.append((lines[i + 1][0], answer))
            break
    ack = pattern("acknowledgement")
    for s, e in _paragraphs(doc, layout.response[0], core_end):
        if e - s <= ACK_MAX_CHARS and ack.search(doc.scan, s, e) and not ANSWER_WORDS.search(doc.scan, s, e):
            layout.set_aside.append((s, e))
    return layout


# An acknowledgement is a short paragraph that answers nothing; "Your request has been received and
# considered. The figures are attached." is the reply itself.
ACK_MAX_CHARS = 400
ANSWER_WORDS = re.compile(r"neither|not held|does not hold|exempt|attached|enclosed|below|withheld|refus", re.I)


def _paragraphs(doc: Doc, start: int, end: int):
    """(start, end) of each run of non-empty lines in [start, end)."""
    para = None
    for s, e, _ in doc.lines(start, end):
        if doc.scan[s:e].strip():
            para = (para[0], e) if para else (s, e)
        elif para:
            yield para
            para = None
    if para:
        yield para


def _sender_line(lines, index: int, addressee: str | None) -> bool:
    """A message header that lost its date: the authority's name alone on its line, then the
    salutation of its letter ("Metropolitan Police Service (MPS)" / "Dear Mr Taylor")."""
    if not addressee or lines[index][2].strip().rstrip(",").lower() != addressee:
        return False
    return index + 1 < len(lines) and _salutation(lines[index + 1][2]) is not None


# "Link to this" / "Report" under each message in the older thread layout, not only below the thread
LINK_BETWEEN = re.compile(r"^\W*(?:link\s+to\s+this|report)\W*$", re.I)


def _message_follows(lines, index: int) -> bool:
    """Whether a message starts within the next few lines: a sender, then its date or salutation."""
    for _, _, text in lines[index : index + 4]:
        if MESSAGE_HEADER.match(text) or STANDALONE_DATE.match(text) or DEAR.match(text):
            return True
    return False


def _thread_end(lines, start_index: int, requester: str | None, addressee: str | None) -> int | None:
    """Where the authority's messages end: the requester's next message, or the sidebars."""
    for i, (s, e, text) in enumerate(lines[start_index:], start_index):
        if THREAD_END.match(text):
            if LINK_BETWEEN.match(text) and _message_follows(lines, i + 1):
                continue  # the older layout's "Link to this" under each message, another message below it
            return s
        header = MESSAGE_HEADER.match(text)
        if header and requester and header.group("who").strip().lower() == requester.lower():
            return s
        dear = DEAR.match(text)
        if dear and addressee and dear.group("to").strip().lower() == addressee:
            return s
    return None


# A message whose own paragraphs (acknowledgements set aside) run to this many characters answers something.
SUBSTANTIVE_CHARS = 120


def _acknowledges_only(doc: Doc, start: int, end: int) -> bool:
    """A message that acknowledges the request (it may restate it at length) and answers nothing: no
    NCND, not-held or disclosure wording anywhere in it."""
    text = doc.scan[start:end]
    if not pattern("acknowledgement").search(text):
        return False
    return not any(pattern(group).search(text) for group in ("ncnd", "not_held", "disclosed", "partially_disclosed"))


def reply_header_date(doc: Doc, layout: Layout) -> tuple[str | None, str | None]:
    """The date in the header of the authority's substantive message ("North Yorkshire Police 14 March
    2024"), for a reply that carries no date line of its own; an acknowledgement's header does not count."""
    from .dates import parse_date

    if not layout.response:
        return None, None
    start, end = layout.response[0], layout.response_core_end or doc.length
    lines = list(_content_lines(doc, start, end))
    headers = [(s, e, text) for s, e, text in lines if MESSAGE_HEADER.match(text)]
    # The older layout: "From: Thames Valley Police" (dropped as page furniture) over the date alone
    headers += [(s, e, text) for s, e, text in lines if STANDALONE_DATE.match(text)]
    headers.sort()
    for index, (s, e, text) in enumerate(headers):
        body_end = headers[index + 1][0] if index + 1 < len(headers) else end
        substantive = sum(
            b - a for a, b in _paragraphs(doc, e + 1, body_end) if not any(x <= a < y for x, y in layout.set_aside)
        )
        if substantive >= SUBSTANTIVE_CHARS and not _acknowledges_only(doc, e + 1, body_end):
            iso = parse_date(text)
            if iso:
                return iso, collapse(doc.plain[s:e])
    return None, None


def split(doc: Doc, doc_type: str) -> Layout:
    if doc_type == "wdtk_thread":
        layout = split_wdtk(doc)
    else:
        layout = split_force_response(doc)
    layout.title = find_title(doc, doc_type)
    return layout
