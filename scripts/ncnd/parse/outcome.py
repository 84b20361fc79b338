"""Whether the authority neither confirmed nor denied, and what it did confirm.

The response is read sentence by sentence for signals (vocab/phrases.yml): NCND wording,
disclosure ("I have today decided to disclose..."), partial disclosure, not held, refusal (an
exemption applied to withhold, the cost limit) and withdrawal. Hypothetical or general sentences
("If we do not hear from you... withdrawn") are skipped. Outcome then describes what was confirmed;
NCND is its own flag:
  disclosed some + NCND on the rest  -> partially_disclosed, ncnd true
  not held + NCND on the rest        -> not_held, ncnd true
  only NCND                          -> ncnd
  held but withheld                  -> refused
"""

import re
from dataclasses import dataclass, field

from .answers import BARE_NOTHING, CITATIONS, EMPTY_ANSWER_TAIL, FIGURE_OR_YES_NO, LINK_ITEM, S17_ITEM
from .phrases import each, finder, pattern, search_group
from .split import outcome_line, spaced_row
from .text import Doc, ends_sentence

# "I can confirm that it is not held": the confirmation is not what makes it general
_I_CAN_CONFIRM = re.compile(r"\bI can confirm\b")
# "...the figures you asked for in your request": a disclosure sentence about the request, not the answer
# ("...relates to your request and this is being provided to you" is about the answer, though; "please
# find below answers to your questions" opens not-held answers as often as given ones)
_YOUR_REQUEST = re.compile(r"(?<!response to )(?<!scope of )(?<!receipt of )(?<!relating to )(?<!relevant to )(?<!in relation to )(?<!date of )\byour (?:request|questions?)\b(?![^.]{0,40}\b(?:is|are) being provided\b)", re.I)
# "Q1a" -> "1a"
_NUMBER_KEY = re.compile(r"(\d{1,2}[a-z]?|[a-z])$", re.I)
# "Answer 2: " opening an answer block
_ANSWER_LABEL = re.compile(r"^\W*(?:answer|response|reply)\s+\d{1,2}[a-z]?\s*:?\s*", re.I)
_NOT = re.compile(r"\bnot\b")

SIGNALS = ("ncnd", "disclosed", "partially_disclosed", "not_held", "refused", "withdrawn", "refused_whole", "part_held")
# Sentences about NCND in general rather than this response's answer.
NOT_AN_ANSWER = re.compile(r"\b(?:previous\s+request\s+in\s+which\s+we|whether or not|(?:whether|if) (?:any )?(?:the )?(?:requested )?information (?:exists|is held|was held)|confirm(?:ing)? or deny(?:ing)?|neither|inference|indication|any of sections|if\b|confirming\s+(?:that\s+)?[^.]{0,60}?\bnot\s+held\s+(?:may|would|could|might|will)\b)", re.I)


@dataclass
class Signals:
    found: dict = field(default_factory=dict)  # signal -> first evidence sentence

    def add(self, name: str, sentence: str):
        self.found.setdefault(name, sentence)

    def __contains__(self, name):
        return name in self.found


def read_signals(doc: Doc, spans, exemptions) -> Signals:
    """The first qualifying sentence for each signal within the spans (the response's own content)."""
    signals = Signals()
    hypothetical = finder(doc, "hypothetical")
    told_of_first, request_sent = pattern("told_of_first_response").search, pattern("request_sent").search
    exemptions_follow = pattern("exemptions_follow").search
    for name in SIGNALS:
        for start, end in spans:
            if name in signals:
                break
            for s, e, m in search_group(doc, name, (name,), start, end):
                flat = " ".join(doc.scan[s:e].split())
                if hypothetical(flat, flat.lower()):
                    continue
                if name != "partially_disclosed" and _cut_at_the_phrase(doc, e, m) and not pattern("decided_to_give").search(flat) and not (name == "refused" and _SAID_WITHHELD.search(m.group())):
                    continue  # "I can confirm that" and the page stops: what is confirmed is not shown
                    # (but "I have today decided to disclose some of th" has said it: part was given; and
                    # "I have today decided to release the lo" has said that what was located is given; and
                    # "Disclosure of the below documents has been refused" has said that they are withheld)
                if told_of_first(flat):
                    continue  # a review telling what the first response said, not what the review decides
                if name in ("not_held", "refused", "refused_whole") and NOT_AN_ANSWER.search(_I_CAN_CONFIRM.sub("", flat)):
                    continue
                # (near the disclosure wording: a run-on PDF "sentence" may hold the request too)
                if name == "disclosed" and _YOUR_REQUEST.search(doc.scan, max(s, m.start() - 120), min(e, m.end() + 120)) and not any(
                    entry.get("beside_request") and regex.search(flat) for regex, entry in each("disclosed")
                ):
                    continue
                if name == "disclosed" and request_sent(flat):
                    continue  # the requester sending a request: "Please find attached a Freedom of Information request for..."
                if name == "disclosed" and exemptions_follow(flat):
                    continue  # what follows is the exemptions: "The exemptions that apply to the information requested are as follows:"
                if name == "disclosed" and pattern("bare_see_below").match(flat) and pattern("test_lead_in").search(doc.scan, max(0, s - 200), s):
                    continue  # "I am required to complete a Prejudice Test... Please see below.": the test follows, not the information
                signals.add(name, " ".join(doc.plain[s:e].split()))
                break
    for exemption in exemptions:
        # (a section named only in a log's outcome field, "Refusal Sections 24 and 31", says what was
        # cited, not that anything held was withheld: NCND answers are filed as refusals too)
        flat = " ".join(exemption.sentence.split())
        # (nor is a section named in a review's question, "whether ... was correctly applied")
        if exemption.role == "withholding" and not outcome_line(flat) and not pattern("review_question").search(flat):
            signals.add("refused", exemption.sentence)
    return signals



_CONFIRMS = re.compile(r"\bconfirm\s+that$", re.I)
# A withholding stated in full, whatever the cut words after it would have said: "...has been refused"
_SAID_WITHHELD = re.compile(r"\bbeen\s+(?:refused|withheld)$", re.I)


def _cut_at_the_phrase(doc: Doc, sentence_end: int, match: re.Match) -> bool:
    """Whether the page stops right after the signal's words, mid-sentence ("...searches were conducted. I can
    confirm that"): the words that would say what was confirmed, given or refused are cut off."""
    if doc.scan[sentence_end:].strip():
        return False
    tail = doc.scan[match.end() : sentence_end]
    unfinished = not ends_sentence(doc.scan[:sentence_end].rstrip())
    if unfinished and _CONFIRMS.search(match.group()) and len(tail) < 60:
        return True  # "I can confirm that the information you have reques": what is confirmed is cut off
    return len(tail.strip()) <= 3 and unfinished


def _generic_refusal(sentence: str, withholding_cited: bool) -> bool:
    """Whether a refusal sentence is only a letter's stock opening, which an NCND answer uses too."""
    return any(regex.search(sentence) and not (entry.get("unless_withholding_cited") and withholding_cited) for regex, entry in each("generic_refusal"))


def decide(signals: Signals, status: str | None = None, withholding_cited: bool = False) -> tuple[str | None, str | None]:
    """(outcome, evidence) from the signals, and a WhatDoTheyKnow status line if there is one
    (withholding_cited: whether an exemption is cited to withhold, not only to neither confirm nor deny)."""
    found = dict(signals.found)
    if "refused_whole" in found:
        found.setdefault("refused", found["refused_whole"])
    ncnd = "ncnd" in found
    disclosed = "disclosed" in found or status == "disclosed"
    if status == "withdrawn" or ("withdrawn" in found and not (disclosed or "refused" in found or ncnd)):
        return "withdrawn", found.get("withdrawn")
    if "refused_whole" in found and not disclosed and "partially_disclosed" not in found:
        return "refused", found["refused_whole"]
    if "partially_disclosed" in found or status == "partially_disclosed":
        return "partially_disclosed", found.get("partially_disclosed") or found.get("disclosed")
    if disclosed and ("refused" in found or "not_held" in found or ncnd or "part_held" in found):
        return "partially_disclosed", found.get("disclosed") or found.get("refused")
    if disclosed:
        return "disclosed", found.get("disclosed")
    if "not_held" in found or status == "not_held":
        return "not_held", found.get("not_held")
    if ncnd and "refused" in found and _generic_refusal(found["refused"], withholding_cited):
        # "I am not obliged to supply the information... this letter represents a Refusal Notice" opens
        # an NCND answer too: with nothing withheld in words of its own, the NCND is the answer
        return "ncnd", found["ncnd"]
    if "refused" in found or (status == "refused" and not ncnd):
        return "refused", found.get("refused")
    if ncnd:
        return "ncnd", found.get("ncnd")
    return None, None


LABEL_LINES = 60


def labelled_outcome(doc: Doc) -> tuple[str | None, str | None]:
    """The outcome a disclosure log states in its own field ("Decision: Disclosed", "Part Disclosure"),
    read from the head of the page, with its line."""
    for s, e, _ in doc.lines(0, doc.line_span(min(LABEL_LINES, len(doc.line_starts) - 1))[1]):
        line = doc.scan[s:e].strip()
        if not line or len(line) > 120:
            continue
        for regex, entry in each("outcome_labels"):
            if regex.match(line):
                return entry["outcome"], " ".join(doc.plain[s:e].split())
    return None, None


def wdtk_status(doc: Doc) -> tuple[str | None, str | None]:
    head = doc.scan[:3000]
    for regex, entry in each("wdtk_status"):
        m = regex.search(head)
        if m:
            return entry["outcome"], doc.sentence_at(m.start())
    return None, None


def wdtk_unanswered(doc: Doc) -> str | None:
    """The thread's status line when it says the authority has not answered yet ("Response to this
    request is long overdue"): whatever the page shows then is the request and the requester's own words."""
    head = doc.scan[:3000]
    for regex, _entry in each("wdtk_unanswered"):
        m = regex.search(head)
        if m:
            line_end = head.find("\n", m.end())
            return " ".join(head[m.start() : line_end if line_end >= 0 else len(head)].split())[:200]
    return None


# An answer line: "A1. Lancashire Constabulary currently has...", "1. 1,210 PNC audits...", "a) Devon and
# Cornwall Police uses...", "Q1 Yes.", "Q1 and Q1a. Yes.", "In response to question 2, in 2024 officers
# carried out 1,964 searches.", "Question 1: 1,140 body worn video cameras are on issue."
# (a lone letter needs its mark: a line of wrapped prose can start "a crime or require police assistance...")
ANSWER_LINE = re.compile(
    r"^\W*(?:(?:A|Q|answer|response|question)\s?|in\s+(?:response|relation|answer|reply)\s+to\s+(?:question|part|q)\s*)?"
    r"(?:(?P<number>\d{1,2}[a-z]?)(?:\s+and\s+\S+)?\s*[.):,-]?|(?P<letter>[a-z])(?:\s+and\s+\S+)?\s*[.):,-])\s+(?P<body>\S.{10,})$",
    re.I,
)


WDTK_ATTACHMENTS = re.compile(r"attachments?\W*$", re.I)


def _key(number: str | None) -> str | None:
    if not number:
        return None
    m = _NUMBER_KEY.search(number.strip())
    return m.group(1).lower() if m else None


# An answer that withholds, says the information is not held, or neither confirms nor denies.
NOT_A_DISCLOSURE = re.compile(
    r"\b(?:exempt|section\s+\d|neither|withheld|redacted|not held|(?:does|do|did) not hold|holds? no|no (?:recorded |relevant )?(?:information|data|records?)"
    r"|not recorded|(?:does|do)\s+not\s+(?:separately\s+|centrally\s+|routinely\s+)?record|unable to|not able to|cannot (?:provide|disclose)|will not b|refus|exceed|not obliged|published|available (?:on|at|via)"
    r"|\bno\b[^.]{0,60}\b(?:has|have)\s+been\s+(?:recorded|found|located|held)|^\W*(?:q|question|a|answer)?\s*\d{0,2}[a-z]?\W*see\s+(?:q|question|answer)\s*\d)",
    re.I,
)


_CONDITION = re.compile(r"^\W*(?:if|where|when|should)\b", re.I)


def answered(doc: Doc, spans, questions, answers=()) -> str | None:
    """The first answer that gives what a numbered question asked, when the response answers them
    one by one: a line "1. There are 104 cameras." or the block under "Answer 1"."""
    from .questions import asks

    for number, s, e in answers:
        text = " ".join(doc.scan[s:e].split())
        body = EMPTY_ANSWER_TAIL.sub("", _ANSWER_LABEL.sub("", text))
        if len(body) < 10 or BARE_NOTHING.match(text) or NOT_A_DISCLOSURE.search(body) or pattern("no_answer_yet").search(body) or body.rstrip(" )]").endswith(("?", ",")) or asks(body) or _CONDITION.match(body) or S17_ITEM.match(body):
            continue  # a question, a condition ("If the force does operate them,") or no answer
        return " ".join(doc.plain[s:e].split())
    keys = {_key(q.get("number")) for q in questions} - {None}
    if not keys:
        return None
    asked = {" ".join(q.get("text", "").split()).lower()[:60] for q in questions}
    for span in spans:
        reasons = False  # under "the following points have been considered:", numbered lines give reasons
        for s, e, line in doc.lines(*span):
            text = doc.scan[s:e].strip()
            reasons = reasons or bool(pattern("reasons_lead_in").search(text))
            if reasons:
                continue
            m = ANSWER_LINE.match(text)
            if not m or (m.group("number") or m.group("letter")).lower() not in keys or text.endswith(("?", ",")):
                continue  # (a line ending in a comma runs on: a quoted provision, not an answer)
            body = " ".join(m.group("body").split())
            if WDTK_ATTACHMENTS.match(body) or LINK_ITEM.match(body) or S17_ITEM.match(body) or pattern("no_answer_yet").search(body):
                continue  # "2 Attachments": WhatDoTheyKnow's count of a reply's files
            if asks(body) or body.lower()[:60] in asked:
                continue  # the question itself, not its answer
            if NOT_A_DISCLOSURE.search(text) or pattern("provision_only").match(body):
                continue  # (nor the provision a question is refused under: "Question 2 - S24(2) National Security")
            if _explains_cost(doc, e + 1, span[1], keys):
                continue  # "In relation to question 1 of your request, visits are made by many teams..." / "...would exceed the 18 hours"
            return " ".join(doc.plain[s:e].split())
    return None


# How far below an answer's first line its paragraph is read for a cost refusal
ANSWER_PARAGRAPH_CHARS = 800


def _explains_cost(doc: Doc, start: int, end: int, keys) -> bool:
    """Whether the lines under an answer's first line, up to the next numbered answer or a blank line, say
    that finding it would exceed the cost limit: the question is refused, not answered."""
    paragraph = []
    for s, e, line in doc.lines(start, min(end, start + ANSWER_PARAGRAPH_CHARS)):
        text = doc.scan[s:e].strip()
        m = ANSWER_LINE.match(text)
        if not text or (m and (m.group("number") or m.group("letter")).lower() in keys):
            break
        paragraph.append(text)
    return bool(re.search(r"\bexceed", " ".join(paragraph), re.I))


# What must follow a confirmation that information is held for it to count as given: the answers
# themselves ("The force owns six drones."), a complete sentence, not a text cut off after the
# confirmation or the Act's boilerplate ("Section 1 of the Freedom of Information Act 2000 places...").
ANSWERS_AFTER_HELD = 20
COMPLETE_ANSWER = re.compile(r"[.!?|]")
BOILERPLATE_NEXT = re.compile(r"^\W*section\s+1\s+of\s+the\s+freedom\s+of\s+information", re.I)


def _held_claim(doc: Doc, spans) -> tuple[int, int, int] | None:
    """(span index, sentence start, end) of the first sentence saying, in so many words, that the
    authority holds what was asked for (not a hypothetical, a general statement or a negation)."""
    hypothetical = finder(doc, "hypothetical")
    for index, (start, end) in enumerate(spans):
        for s, e, m in search_group(doc, "held", ("held",), start, end):
            flat = " ".join(doc.scan[s:e].split())
            if not (hypothetical(flat, flat.lower()) or NOT_AN_ANSWER.search(flat) or _NOT.search(flat)):
                return index, s, e
    return None


def confirms_held(doc: Doc, spans) -> bool:
    return _held_claim(doc, spans) is not None


def held_and_answered(doc: Doc, spans) -> str | None:
    """The sentence confirming the information is held, when answers follow it and the response
    withholds nothing: "I can confirm that Gwent Police holds information relevant to your request." /
    "There were 371 occasions recorded..." is a disclosure."""
    claim = _held_claim(doc, spans)
    if claim is None:
        return None
    index, s, e = claim
    after = " ".join((doc.scan[e : spans[index][1]] + " " + " ".join(doc.scan[a:b] for a, b in spans[index + 1 :])).split())
    if len(after) >= ANSWERS_AFTER_HELD and COMPLETE_ANSWER.search(after) and not BOILERPLATE_NEXT.match(after):
        return " ".join(doc.plain[s:e].split())
    return None


# A table row of figures: "| 2023 | 566 | 566 | 0 | 138 |" (a Markdown table with counts per year).
# A table row, with or without its leading bar: "| 2016 | 14 |", "2016 | 14 |"
FIGURES_ROW = re.compile(r"^\s*(?:\|(?:[^|\n]*\|){2,}|[^|\n]+\|(?:[^|\n]*\|)+)\s*$")
_FIGURE_CELL = re.compile(r"^[\d,.%£]+$")


def _figure_cells(row: str) -> int:
    return sum(1 for cell in row.strip().strip("|").split("|") if _FIGURE_CELL.match(cell.strip()))


# A table copied cell by cell, one cell a line ("Jan |" / "7 |"): a count alone in its cell, not a year
# ("7 |", "£1,204 |", a time "00:12:40 |"; not a year heading a row, "2021 |")
_LONE_FIGURE_CELL = re.compile(r"^\s*(?!(?:19|20)\d\d\s*\|)[\d,.:%£]+\s*\|\s*$")
# how many such cells make a table of figures rather than a stray number
LONE_FIGURE_CELLS = 4
# ...and a copy that lost the column rules too ("05/07/2023" / "12" / "09:58" / "12:27"): a date, a time or a
# count alone on each line, so many of them in a row
_BARE_FIGURE_CELL = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?|£?\d[\d,]*(?:\.\d+)?%?)\s*$")
BARE_FIGURE_CELLS = 8


def figures_table(doc: Doc, spans, rows: int = 1) -> str | None:
    """The first row of a table of figures in the response (of `rows` such rows or more): a table of counts
    is an answer given. A table whose copy puts each cell on a line of its own counts by its cells, and one
    whose columns ran together by its rows of counts."""
    for start, end in spans:
        found, lone, bare = [], [], []
        for s, e, line in doc.lines(start, end):
            text = doc.scan[s:e]
            if text.strip():
                bare = bare + [" ".join(doc.plain[s:e].split())] if _BARE_FIGURE_CELL.match(text) else []
                if len(bare) >= BARE_FIGURE_CELLS * rows:
                    return bare[0]
            # (a row with its column rules, "2023 | 14 | 22 |", or one whose columns ran together, "Deaths 1 0 2 0")
            if ("|" in text and FIGURES_ROW.match(text) and _figure_cells(text) >= 2) or spaced_row(text):
                found.append(" ".join(doc.plain[s:e].split()))
                if len(found) >= rows:
                    return found[0]
            elif _LONE_FIGURE_CELL.match(text):
                lone.append(" ".join(doc.plain[s:e].split()))
                if len(lone) >= LONE_FIGURE_CELLS * rows:
                    return lone[0]
    return None


# What must come before an NCND on "any other information" for it to point back at an answer: a
# sentence of the answer ("During the pilot, 212 searches were carried out."), not a bare NCND line.
ANSWER_BEFORE_REST = 60
# a response heading, which is not an answer
_HEADING = re.compile(r"^\W*(?:response|answer|reply|our response)\W*", re.I)


def ncnd_on_the_rest(doc: Doc, spans) -> str | None:
    """An NCND on "any other information" after answers above it: the sentence, which says the
    rest was answered."""
    before = ""
    for start, end in spans:
        for s, e, m in search_group(doc, "ncnd_rest", ("ncnd_rest",), start, end):
            before += doc.scan[start:s]
            # (the Act's two duties recited before the NCND, "Section 1 of the Freedom of Information Act 2000
            # places two duties...", answer nothing)
            before_answer = pattern("act_duties").sub(" ", " ".join(before.split()))
            flat = " ".join(before_answer.split())
            # (a short answer counts when it gives a figure or a yes/no: "The force owns 4 drones.")
            if COMPLETE_ANSWER.search(before_answer) and (len(flat) >= ANSWER_BEFORE_REST or (len(flat) >= 12 and FIGURE_OR_YES_NO.search(CITATIONS.sub(" ", _HEADING.sub("", flat))))):
                return " ".join(doc.plain[s:e].split())
            return None
        before += doc.scan[start:end] + " "
    return None


def answer_given(doc: Doc, spans) -> str | None:
    """The first sentence that confirms or denies a fact asked about ("North Yorkshire Police has not
    used facial recognition in an overt capacity", "Drones - Yes"): an answer given."""
    hypothetical = finder(doc, "hypothetical")
    for start, end in spans:
        for s, e, m in search_group(doc, "answer_given", ("answer_given",), start, end):
            flat = " ".join(doc.scan[s:e].split())
            if hypothetical(flat, flat.lower()) or NOT_AN_ANSWER.search(flat):
                continue
            return " ".join(doc.plain[s:e].split())
    return None
