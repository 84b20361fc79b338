"""The answer to each question, and the outcome they add up to.

Many responses answer question by question ("Response 1:", "Q1 & 2.", "2&3.", "Questions 1, 2, 3, 4 & 6").
Each answer block is read on its own for what it does: gives information (`answered`), says it is not
held, neither confirms nor denies, refuses (an exemption withholding it, the cost limit, published
elsewhere), or shows nothing (`no_answer`: cut off or empty). The outcome of the whole notice is then a
decision over the blocks, following README "Fields":

  all answered                            -> disclosed
  answered + anything else                -> partially_disclosed
  not held (+ NCND, withheld or cost)     -> not_held
  refused                                 -> refused
  only NCND                               -> ncnd

A block can hold more than one kind ("Q1 & 2. We have not used it overtly; we neither confirm nor deny
any further information"): answered + NCND.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .phrases import FLAGS, entries, finder, pattern
from .questions import LETTER_LABEL
from .text import Doc

KINDS = ("answered", "not_held", "ncnd", "refused", "cost", "no_answer")  # what an answer block can do
WORD_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
                "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
_NUMBER = re.compile(r"\d{1,2}[a-z]?", re.I)
_RANGE = re.compile(r"(\d{1,2})\s*(?:-|to)\s*(\d{1,2})", re.I)
# Content that is an answer in itself: a figure, a yes or no, a name: "272 Officers have completed...",
# "Yes", "Drones and ancillaries - £66,048.00"
FIGURE_OR_YES_NO = re.compile(r"\d|\b(?:yes|no|none|nil|zero)\b", re.I)
# Numbers that are not answers: the Act's sections and years ("Section 17 of the Freedom of Information Act 2000")
CITATIONS = re.compile(r"\b(?:section|s\.?)\s*\d+[\w()]*|\b(?:act|regulations)\s+\d{4}\b|\b\d{4}\s+(?:act|regulations)\b", re.I)
# An answer's label with no number, under the question it answers: "Answer: - No information held"
_UNNUMBERED_ANSWER = re.compile(r"^\W*(?:answer|response|reply)\s*(?::\s*-?|-)\s*", re.I)
# (and a form's own empty answer line, "Response: [Yes/No]", which a requester sends for the force to fill in)
BARE_NOTHING = re.compile(
    r"^\W*(?:n/?a|not applicable|see above|as above|see (?:q|question|answer(?: to question)?)\s*\d{1,2}[a-z]?|(?:response|answer)\s*:?\s*(?:\[[^\]\n]{0,40}\])?)\W*$",
    re.I,
)
# A form's empty answer line left at the end of a block: "...or letters?) Response:" / "Response: [Yes/No]"
EMPTY_ANSWER_TAIL = re.compile(r"\s*(?:response|answer)\s*:\s*(?:\[[^\]\n]{0,40}\])?\s*$", re.I)
# "See Q1." pointing to another answer, before what this one adds
_SEE_OTHER = re.compile(r"^\W*(?:see|please see|as per)\s+(?:(?:the\s+)?(?:answer|response)\s+to\s+)?(?:q|question)\s*\d{1,2}[a-z]?\W*", re.I)
# The s17 notice duties recited as a numbered list (vocab/phrases.yml act_duty_items)
S17_ITEM = pattern("act_duty_items")
LINK_ITEM = re.compile(r"\s*(?:mailto:|https?://|www\.|\[email address\])", re.I)


@dataclass
class Answer:
    numbers: list[str]
    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    sentence: str | None = None  # the sentence that decided the first kind


@lru_cache(maxsize=None)
def _labels() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e["pattern"], FLAGS) for e in entries("answer_labels"))


def is_answer_label(line: str) -> bool:
    """Whether a line opens with an answer's label ("Response 1 & 3:", "Q2.", "Answer 4")."""
    return any(label.match(line) for label in _labels())


def numbers_of(text: str) -> list[str]:
    """"1, 2, 3, 4 & 6" -> ["1", "2", "3", "4", "6"]; "1 - 5" -> ["1", ..., "5"]; "one" -> ["1"]."""
    text = text.lower()
    for word, digit in WORD_NUMBERS.items():
        text = re.sub(rf"\b{word}\b", digit, text)
    out = []
    for m in _RANGE.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if low < high <= low + 20:
            out += [str(n) for n in range(low, high + 1)]
    text = _RANGE.sub(" ", text)
    out += [n for n in _NUMBER.findall(text)]
    seen, ordered = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            ordered.append(n)
    return sorted(ordered, key=lambda n: (int(re.match(r"\d+", n).group()), n))


def answer_blocks(doc: Doc, spans, question_numbers: list[str], layout_answers=(), in_request=None, question_texts=()) -> list[Answer]:
    """The answer blocks of a response, in order. Blocks come from the layout's interleaved answers
    when it has them, else from answer labels at the start of lines; label numbers must be numbers of
    the request's questions (when they are numbered), so that a numbered list of reasons is not read
    as answers."""
    if len(layout_answers) >= 2:
        # (an answer block with nothing in it is a heading the layout misread, not an answer)
        return [Answer(numbers_of(number or ""), s, e) for number, s, e in layout_answers if doc.scan[s:e].strip()]
    from .questions import question_answer_pairs

    pairs = question_answer_pairs(doc)
    if pairs:
        # "Q." / "A." pairs: the answers in the questions' order, numbered by position
        return [Answer([str(i)], s, e) for i, (_, s, e) in enumerate(pairs, 1)]
    # ("Q1" asked, "Q1." or "1." answered)
    wanted = {re.sub(r"^q(?:uestion)?\s*", "", n.lower()) for n in question_numbers}
    lettered = bool(wanted) and all(len(n) == 1 and n.isalpha() for n in wanted)
    starts = []
    restated, restated_at = None, 0  # the numbers of a question the response has just restated, and where
    for span_start, span_end in spans:
        for s, e, _ in doc.lines(span_start, span_end):
            if in_request and in_request(s):
                continue
            line = doc.scan[s:e]
            if not line.strip():
                continue
            if restated is not None:
                # "2. Please can you provide...?" restated, and under it "Answer: - No information held...":
                # the answer to the question restated above it (the answer before it ends at the restated line)
                m = _UNNUMBERED_ANSWER.match(line)
                if m:
                    starts.append((restated_at, restated, s + m.end()))
                restated = None
                if m:
                    continue
            if lettered:
                # a request lettered "A", "B", "C" is answered under the same letters, each alone on its line
                m = LETTER_LABEL.match(line)
                letters = re.findall(r"\b[A-Za-z]\b", m.group(1)) if m else []
                if letters and all(letter.lower() in wanted for letter in letters):
                    # ("C and D" heads one answer to both)
                    starts.append((s, [letter.upper() for letter in letters], s + m.end()))
                continue
            for label in _labels():
                m = label.match(line)
                if not m:
                    continue
                numbers = numbers_of(m.group(1))
                if _restates_question(line[m.end() :], question_texts):
                    if numbers and (not wanted or set(numbers) <= wanted):
                        restated, restated_at = numbers, s
                    break
                if LINK_ITEM.match(line[m.end() :]):
                    break  # (or a numbered link: WhatDoTheyKnow's "Visible links / 1. mailto:...")
                if numbers and (not wanted or set(numbers) <= wanted | {n.rstrip("abcdefgh") for n in wanted}):
                    starts.append((s, numbers, s + m.end()))
                break
    # the Act's notice duty recited as a list ("1. states that fact, 2. specifies the exemption in
    # question...") is not a list of answers
    starts = [st for st in starts if not S17_ITEM.match(doc.scan[st[2] : st[2] + 80])]
    if len(starts) < 2 and not (starts and len(starts[0][1]) >= 2):
        return []
    # a numbered list of the reasons for a refusal ("In arriving at this conclusion the following points have
    # been considered:") is not a list of answers
    above = [line.strip() for line in doc.scan[max(0, starts[0][0] - 300) : starts[0][0]].splitlines() if line.strip()]
    if above and pattern("reasons_lead_in").search(above[-1]):
        return []
    blocks = []
    span_end = max(e for _, e in spans)
    for index, (s, numbers, body_start) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else span_end
        blocks.append(Answer(numbers, body_start, end))
    # A numbered list of questions (a request the layout did not set apart, cut before its answer)
    # is not a list of answers.
    if sum(_asks(doc.scan[b.start : b.end]) for b in blocks) * 2 >= len(blocks):
        return []
    return blocks


def _asks(text: str) -> bool:
    from .questions import asks

    first = " ".join(text.split())[:300]
    return asks(first.split(". ")[0])


def _restates_question(rest: str, question_texts) -> bool:
    """A response that repeats the question before its answer: "Q4. What are the reasons...?" is not an answer."""
    rest = " ".join(rest.split()).lower()
    if not rest:
        return False
    if rest.endswith("?"):
        return True
    return any(q and rest[:60] == " ".join(q.split()).lower()[:60] for q in question_texts)


def _provision_kind(flat: str) -> str | None:
    """An answer block that only names a provision (phrases.yml provision_only: "S24(2) National Security"):
    "ncnd" when it neither confirms nor denies, "refused" for another; None for any other block."""
    if not pattern("provision_only").match(flat):
        return None
    from .exemptions import known
    from .sections import find_citations

    ids = [ident for cite in find_citations(flat) for ident in cite.ids]
    table = known()
    if not any(i in table for i in ids):
        return None  # "Section 1 of the Freedom of In", cut inside the Act's duties: no exemption named
    return "ncnd" if ids and all((table.get(i) or {}).get("ncnd_provision") in (True, "true") for i in ids) else "refused"


def classify(doc: Doc, answer: Answer) -> Answer:
    """What one answer block does, with the sentence that shows it."""
    text = doc.scan[answer.start : answer.end]
    flat = _SEE_OTHER.sub("", " ".join(text.split()))
    kinds, sentence, said = [], None, {}

    def add(kind, evidence):
        nonlocal sentence
        if kind not in kinds:
            kinds.append(kind)
            said[kind] = evidence
            sentence = sentence or evidence

    provision = _provision_kind(flat)
    if provision:
        answer.kinds, answer.sentence = [provision], flat
        return answer
    hypothetical = finder(doc, "hypothetical")
    for kind, group in (("ncnd", "ncnd"), ("not_held", "not_held"), ("refused", "refused")):
        for m in pattern(group).finditer(flat):
            around = doc_sentence(flat, m.start())
            if hypothetical(around, around.lower()):
                continue
            if kind == "refused" and pattern("answer_cost").search(around):
                kind = "cost"
            add(kind, around)
            break
    if "refused" not in kinds and "cost" not in kinds:
        cost, refused = pattern("answer_cost").search(flat), pattern("answer_refused").search(flat)
        if cost or refused:
            add("cost" if cost else "refused", doc_sentence(flat, (cost or refused).start()))
    if "cost" in kinds and "not_held" in kinds:
        kinds.remove("not_held")  # "not recorded against single events" explains why finding it would cost too much
        sentence = said[kinds[0]]
    if _gives_something(flat, kinds):
        kinds.insert(0, "answered")
        sentence = sentence or flat[:300]
    if not kinds:
        kinds.append("no_answer")
    answer.kinds, answer.sentence = kinds, sentence
    return answer




# words that turn a statement into a refusal or a lack: a statement cut off after them gives nothing
_NEGATED = re.compile(r"\b(?:not|cannot|unable|neither|exempt|withh\w*)\b", re.I)


def _gives_something(flat: str, kinds: list[str]) -> bool:
    """Whether a block gives information: a figure, a yes or no, or a statement, beyond what says it
    is not held, withheld or neither confirmed nor denied."""
    flat = " ".join(pattern("act_duties").sub(" ", flat).split())
    if not flat or BARE_NOTHING.match(flat):
        return False
    if EMPTY_ANSWER_TAIL.sub("", flat).rstrip(" )]").endswith("?"):
        return False  # the request's own words under a question ("(E.g., do you hire interpreters?)"), not an answer
    if not kinds:
        # Something given: a figure or a yes/no, or a statement that is neither a condition ("If the
        # force does...") nor a fragment cut off mid-word.
        if FIGURE_OR_YES_NO.search(CITATIONS.sub(" ", flat)):
            return True
        complete = len(flat) >= 8 and flat.rstrip()[-1:] in ".!"
        if not complete and (_NEGATED.search(flat) or re.match(r"^\W*section\s+\d", flat, re.I)):
            # cut off before it says what: "The information requested at this point will not b", "Section 1 of
            # the Freedom of In" (the Act's duties, before the exemption they lead to)
            return False
        return (len(flat) >= 20 or complete) and not re.match(r"^\W*(?:if|in\s+relation\s+to|in\s+respect\s+of|is\s+not)\b", flat, re.I)
    # A block that refuses or is not held may still start with an answer ("Yes. The rest is exempt"), or
    # give one before it ("An authorising officer approves the watchlist. The data is not held.").
    sentences = re.split(r"(?<=[.!?])\s+", flat)
    first = sentences[0]
    if re.match(r"^\W*(?:yes|no)\b", first, re.I) and not re.match(r"^\W*no\s+(?:information|data|records?)\b", first, re.I) and not pattern("not_held").search(first):
        return True
    before = []
    for sentence in sentences:
        if any(pattern(group).search(sentence) for group in ("ncnd", "not_held", "refused", "answer_cost", "answer_refused")):
            break  # only what comes before the sentence that withholds or lacks (the reasons follow it)
        before.append(sentence)
    return any(_STATEMENT.match(sentence) and not _NOT_A_STATEMENT.search(sentence) for sentence in before)


# A sentence that states a fact in its own right: a capital, at least five words, a full stop; not one that
# asks, refers to the request or the Act, or says what is held or withheld
_STATEMENT = re.compile(r"^[A-Z][^?]{25,300}\.$")
_NOT_A_STATEMENT = re.compile(
    r"\b(?:request|requested|search|searches|section|act|exempt|exemption|held|hold|holds|information|please|thank|"
    r"confirm|deny|disclos\w*|provide|provided|apolog\w*|enquir\w*|recorded|record|records|cost|limit|not|no|"
    r"what|how|whether|which|who|why|when|could|would)\b",
    re.I,
)


def doc_sentence(flat: str, pos: int) -> str:
    start = max(flat.rfind(". ", 0, pos) + 2, 0) if flat.rfind(". ", 0, pos) != -1 else 0
    end = flat.find(". ", pos)
    return flat[start : (end + 1 if end != -1 else len(flat))][:400]


def combine(kinds_per_answer, ncnd_on_the_rest: bool = False) -> tuple[str | None, list[str]]:
    """(outcome, kinds seen) over the answers' kinds, per the precedence above; None when no answer
    shows anything."""
    kinds = {k for answer_kinds in kinds_per_answer for k in answer_kinds if k != "no_answer"}
    if ncnd_on_the_rest:
        kinds.add("ncnd")
    if not kinds:
        return None, []
    refused = kinds & {"refused", "cost"}
    if "answered" in kinds:
        outcome = "partially_disclosed" if kinds - {"answered"} else "disclosed"
    elif "not_held" in kinds:
        outcome = "not_held"
    elif refused:
        outcome = "refused"
    else:
        outcome = "ncnd"
    return outcome, sorted(kinds)


# The one word for what an answer did, when it did several: an answer given first, then not held...
ANSWER_ORDER = ("answered", "not_held", "ncnd", "cost", "refused", "no_answer")


def answers_by_question(questions: list[dict], answers: list[dict]) -> list[dict | None]:
    """For each question, {"answer", "kinds", "sentence"} from the answer block that names its number;
    "no_answer" for a question no block answers; None throughout when the notice was not answered
    question by question."""
    if not answers:
        return [None] * len(questions)
    by_number = {}
    for answer in answers:
        for number in answer["numbers"]:
            by_number.setdefault(number.lower(), answer)
    out = []
    by_position = all(not q.get("number") for q in questions) and len(answers) == len(questions)
    for position, question in enumerate(questions, 1):
        if by_position:
            question = dict(question, number=str(position))
        number = (question.get("number") or "").strip()
        m = re.search(r"(\d{1,2}[a-z]?)$", number, re.I) or re.fullmatch(r"\W*([a-z])\W*", number, re.I)
        answer = by_number.get(m.group(1).lower()) if m else None
        if answer is None and m and m.group(1)[-1:].isalpha():
            answer = by_number.get(m.group(1)[:-1].lower())
        if answer is None:
            out.append({"answer": "no_answer", "kinds": ["no_answer"], "sentence": None})
            continue
        main = next(k for k in ANSWER_ORDER if k in answer["kinds"])
        out.append({"answer": main, "kinds": answer["kinds"], "sentence": answer["sentence"]})
    return out
