"""parse_notice: the cleaned text of one notice -> the record described in FIELDS.md.

Each step is a small module with pure functions; this module only runs them in order and keeps the
promise that parsing never raises: whatever goes wrong in a step becomes a warning and that step's
fields stay empty.
"""

import re
from functools import lru_cache

from . import authority as authority_mod
from .answers import answer_blocks, classify as classify_answer, combine, is_answer_label
from .dates import response_date
from .doctype import SALUTATION, classify, is_tribunal, non_police_answerer, other_body_voice, unlisted_answerer
from .exemptions import find_exemptions
from .ico import add_findings, read_ico
from .outcome import SIGNALS, Signals, answer_given, answered, confirms_held, decide, figures_table, held_and_answered, labelled_outcome, ncnd_on_the_rest, read_signals, wdtk_status, wdtk_unanswered
from .passages import part_text, passages
from .phrases import each, pattern, searcher
from .questions import find_questions
from .references import authority_from_reference, find_reference
from .source import authority_from_url, is_tribunal_url, on_department_site, on_force_site, on_shared_government_log, published_from_url
from .split import ATTACHMENT_COUNT, RESPONSE_LABEL, SIGN_OFF, side_by_side, Layout, find_title, reply_header_date, split, without
from .scope import ncnd_scope, technology_roles
from .technologies import find_technologies, technology_mentions
from .text import Doc, collapse, ends_sentence

__all__ = ["parse_notice", "empty_record"]

# Only this much of a notice is read. The longest real responses and decision notices run to a few
# hundred thousand characters; a 5 MB text is several notices run together, or noise, and reading its
# start keeps the build's time per file bounded.
MAX_CHARS = 600_000


def empty_record() -> dict:
    return {
        "doc_type": "other",
        "authority": None,
        "authority_id": None,
        "reference": None,
        "date": None,
        "ncnd": None,
        "outcome": None,
        "exemptions": [],
        "exemption_details": [],
        "technologies": [],
        "technology_details": [],
        "questions": [],
        "title": None,
        "request_text": None,
        "response_text": None,
        "evidence": {"ncnd": None, "outcome": None, "authority": None, "date": None, "ncnd_scope": None},
        "warnings": [],
        "ico": None,
        "passages": [],
        "published": None,
        "ncnd_scope": None,
        "question_answers": [],
    }


@lru_cache(maxsize=None)
def _chrome() -> re.Pattern | None:
    """Lines of page chrome (vocab/chrome.yml) blanked before scanning, in case cleaning left any."""
    try:
        from ..ingest import chrome_rules

        lines = [rule["pattern"] for rule in chrome_rules()["lines"]]
    except Exception:
        lines = []
    lines += [e["pattern"] for e in _extra_chrome()]
    if not lines:
        return None
    return re.compile(r"^[ \t]*(?:%s)[ \t]*$" % "|".join(f"(?:{p})" for p in lines), re.I | re.M)


@lru_cache(maxsize=None)
def _heading_lines(group: str) -> re.Pattern:
    """A whole heading line of any vocab/phrases.yml `group` pattern, with its markdown marks and a colon."""
    from .phrases import entries

    alternatives = "|".join(f"(?:{e['pattern']})" for e in entries(group))
    return re.compile(r"^[ \t#*>-]*(?:%s)[ \t]*:?[ \t]*$" % alternatives, re.I | re.M)


def _sidebar() -> re.Pattern:
    """Headings of page sidebars (sidebar_headings), blanked with the block under them."""
    return _heading_lines("sidebar_headings")


def _trailer() -> re.Pattern:
    """Headings of a document-sharing site's list of other uploads (trailer_headings): the list runs to the end
    of the page, so the heading and everything after it are blanked."""
    return _heading_lines("trailer_headings")


def _extra_chrome() -> list[dict]:
    from .phrases import entries

    try:
        return entries("chrome")
    except KeyError:
        return []


def parse_notice(text, source_url: str | None = None) -> dict:
    """The record of one notice. `source_url` (its provenance) is evidence only where the text is silent."""
    record = empty_record()
    record["published"] = published_from_url(source_url)
    warnings = record["warnings"]
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(f"text longer than {MAX_CHARS} characters: only the start was read")
    try:
        doc = Doc(text, _chrome(), _sidebar(), _trailer())
    except Exception as e:  # pragma: no cover - Doc only uses regexes and slicing
        warnings.append(f"could not read text: {type(e).__name__}: {e}")
        return record
    if not doc.scan.strip():
        warnings.append("empty notice")
        return record
    _fill(record, doc, source_url)
    return record


def _refusal_scoped_to(record: dict, signals, cut_short: bool = False) -> str | None:
    """What a refusal or "not held" is said of, when it is said of one question or part, or of some numbered
    questions, and nothing else is answered ("one question or part only (...)", "some questions only (not
    questions 1 and 4)"); None when it is said of the whole request. Every refusal or not-held sentence must
    be scoped (or be a bare citation of a section): "To answer the rest of your request would exceed the cost
    limit" beside "With regards to Q2, this is not held" refuses the rest."""
    answers = record["question_answers"]
    said = [collapse(signals.found[k]) for k in ("refused", "not_held") if k in signals]
    if not answers:
        if set(signals.found) - {"refused", "not_held", "part_held"}:
            return None
        sentences = [sentence for sentence in [collapse(record["evidence"]["outcome"] or ""), *said] if sentence]
        one_question = pattern("one_question_refused")
        scoped = next(filter(None, (one_question.search(sentence) for sentence in sentences)), None)
        # (a sentence that only cites a section, "Section 40 (1) Personal data of the Applicant", says what was
        # relied on, not of what)
        cited_only = pattern("provision_only").match
        if not scoped or any(not one_question.search(sentence) and not cited_only(sentence) for sentence in sentences):
            return None
        number = re.search(r"\d+", scoped.group(0))
        # (a question named 2 or later, a request of several questions, or "this part of your request": the
        # others stand apart; so do they when the page shows no request and still numbers the answer, "Q1 response:")
        if number is None or int(number.group(0)) >= 2 or len(record["questions"]) >= 2 or not record["questions"]:
            return f'one question or part only ("{scoped.group(0).strip()}")'
        return None
    if set(signals.found) - {"refused", "not_held", "part_held", "refused_whole"}:
        return None
    # (a refusal said outside the answer blocks, "Your request would exceed the cost limit", is the whole request's)
    in_blocks = {collapse(a["sentence"] or "") for a in answers}
    if any(sentence not in in_blocks and not pattern("provision_only").match(sentence) for sentence in said):
        return None
    # (the last block, when the page stops inside it before its answer, "Response 2 and 3:" / "In relati", answers
    # nothing: its questions are left out too; "Q2. See Q1." earlier on is an answer by pointer)
    cut_block = answers[-1] if cut_short and len(answers) >= 2 and set(answers[-1]["kinds"]) == {"no_answer"} else None
    shown = [a for a in answers if a is not cut_block]
    cut = cut_block["numbers"] if cut_block else []
    left_out = sorted(set(_questions_left_out(shown) + _questions_after(shown, record["questions"]) + cut), key=lambda n: (len(n), n)) if shown else []
    if left_out and all(set(a["kinds"]) <= {"refused", "not_held", "cost"} for a in shown):
        which = f"questions {', '.join(left_out[:-1])} and {left_out[-1]}" if len(left_out) > 1 else f"question {left_out[0]}"
        return f"some questions only (not {which})"
    return None




def _one_answer_label(doc, spans, leads: bool = False) -> str | None:
    """The label of the response's only labelled answer (split.RESPONSE_LABEL: "Q1 response:") when the response
    opens with it, else None. With `leads`, a lead-in naming the part ("Regarding point 2 of your request -")
    counts as a label too (an NCND under it is said of that part; a refusal may be said of the whole first)."""
    lines = [line for start, end in spans for _, _, line in _content_in(doc, start, end)]
    label = lambda line: RESPONSE_LABEL.match(line) or _QUESTION_HEADING.match(line) or (leads and pattern("part_lead").match(line))
    labels = [m for line in lines if (m := label(line))]
    # (under at most a line or two of opening: "Please find the Loamshire Police response set out below.")
    if len(labels) == 1 and any(label(line) for line in lines[:3]):
        return labels[0].group(0).strip(" :-")
    return None


# A question's number alone on its line, heading its answer: "Question 1", "Q2"
_QUESTION_HEADING = re.compile(r"^\W*q(?:uestion)?\s*(?P<num>\d{1,2}[a-z]?)\W*$", re.I)


# What may follow a refusal notice's opening before the page stops, with no decision in it yet
NOTICE_TAIL_CHARS = 300


def _notice_begun_after(doc, spans, evidence: str | None) -> str | None:
    """The opening of a refusal notice (phrases.yml `notice_opening`) that comes after the answer given and is
    followed by at most NOTICE_TAIL_CHARS before the page ends; None otherwise."""
    if not evidence or not spans:
        return None
    words = evidence.split()[:6]
    found_in = (re.search(r"\s+".join(map(re.escape, words)), text) for text in (doc.plain, doc.scan)) if words else ()
    given = next(filter(None, found_in), None)
    if not given:
        return None
    opening = None
    for m in pattern("notice_opening").finditer(doc.scan, given.end()):
        opening = m
    if opening is None or len(doc.scan[opening.end() :].strip()) > NOTICE_TAIL_CHARS or not any(s <= opening.start() < e for s, e in spans):
        return None
    return doc.sentence_at(opening.start())


def _questions_after(answers, questions) -> list[str]:
    """The request's questions numbered above the highest one the answer blocks name ("Response 1 & 2" over
    a request of four: 3 and 4); [] when a block or a question is not numbered by plain figures."""
    named = {n for a in answers for n in a["numbers"]}
    asked = [q.get("number") or "" for q in questions]
    if not named or not asked or not all(n.isdigit() for n in [*named, *asked]):
        return []
    highest = max(int(n) for n in named)
    return [n for n in asked if int(n) > highest]


def _questions_left_out(answers) -> list[str]:
    """The question numbers below the highest one answered that no answer block names ("Questions 2, 3, 5 & 6"
    leaves out 1 and 4); [] when any block is not numbered by plain figures."""
    named = {n for a in answers for n in a["numbers"]}
    if not named or not all(n.isdigit() for n in named):
        return []
    numbers = {int(n) for n in named}
    return [str(n) for n in range(1, max(numbers)) if n not in numbers]


# How much of the force's answer must be shown, with no NCND wording, for ncnd to read as false when no
# outcome is read (shorter stretches are often a preamble cut before the NCND)
ANSWER_WITHOUT_NCND = 600
# ...and, in a letter whose request was not found apart from its answer ("Dear ..." then the two run together),
# how much of the letter from its answer on: more, since some of it may be the request
LETTER_WITHOUT_NCND = 1500


def _answers_at_length(doc, spans, least: int = ANSWER_WITHOUT_NCND) -> bool:
    """Whether the response shows `least` characters or more in the force's voice (phrases.yml
    `force_words`) and no NCND wording anywhere from the response on (`ncnd_wording`)."""
    text = "\n".join(doc.scan[start:end] for start, end in spans)
    if len(text.strip()) < least or not pattern("force_words").search(text):
        return False
    return not pattern("ncnd_wording").search(doc.scan, spans[0][0])


def _attached_response_only(doc, spans) -> str | None:
    """The response's words when they are only the line that sends the answer ("Please find attached our
    response."; phrases.yml `attached_response_only`), else None."""
    cover = " ".join(" ".join(doc.scan[start:end] for start, end in spans).split())
    return cover if cover and pattern("attached_response_only").fullmatch(cover) else None


# The question numbers opening the line of an NCND: "1-3. We can neither confirm nor deny...", "Q2 & 4 -"
_NUMBERS_OPENING = re.compile(r"^\W*(?:q(?:uestions?)?\s*)?(\d{1,2}(?:\s*(?:-|–|to|&|and|,)\s*(?:q\s*)?\d{1,2})*)\s*[.):–-]\s", re.I)


def _numbers_heading_ncnd(doc, ncnd_sentence: str | None) -> list[dict]:
    """[{"numbers": [...]}] for the question numbers that open the line where the NCND sentence stands, else []."""
    flat = " ".join((ncnd_sentence or "").split())
    pos = doc.scan.find(flat[:60]) if flat else -1
    if pos < 0:
        return []
    line_start = doc.scan.rfind("\n", 0, pos) + 1
    m = _NUMBERS_OPENING.match(doc.scan[line_start : pos + 1])
    if not m:
        return []
    from .answers import numbers_of

    return [{"numbers": numbers_of(m.group(1)), "kinds": ["ncnd"]}]


def _ncnd_said_of_part(record: dict, doc, spans) -> str | None:
    """What part of the request an NCND is said of, when the answer to the rest is not shown (for the warning:
    "of the other parts of the request and their answer is not shown"); None when it may be the whole answer."""
    sentence = record["evidence"]["ncnd"]
    if _said_of(sentence, "other_parts"):
        # "Regarding the other elements of your request, the MPS can neither confirm nor deny...", with the
        # answer on the first elements not shown
        return "of the other parts of the request and their answer is not shown"
    answers = record["question_answers"]
    if _said_of(sentence, "any_other") and not answers and not _answer_labelled(doc, spans):
        # "Loamshire Police can neither confirm nor deny that it holds any other information relevant to this
        # request" right under the request, with no answer and no answer label in sight: what it adds to (a
        # table the page lost) is not shown
        return "of any other information and the answer it adds to is not shown"
    if not ends_sentence(doc.scan.rstrip()) and all(set(a["kinds"]) <= {"ncnd", "no_answer"} for a in answers) and (
        later := _questions_after(answers or _numbers_heading_ncnd(doc, sentence), record["questions"])
    ):
        # "1-3. We can neither confirm nor deny that information at these points is held" over a request of six
        # questions, and the page stops before the answers to 4 to 6
        return f"of some questions only and the page stops before the answers to {', '.join(later)}"
    if len(record["questions"]) >= 2 and (label := _one_answer_label(doc, spans, leads=True)):
        # "Q1 response: ... unable to confirm whether or not any information is held" over a request of two
        # questions, and the page stops before the next answer
        return f'under "{label}" and the other questions\' answers are not shown'
    return None


def _said_of(ncnd_sentence: str | None, flag: str) -> bool:
    """Whether an NCND sentence matches a phrases.yml `ncnd_rest` entry marked with `flag` ("other_parts": said of
    "the other elements of your request"; "any_other": said of "any other information")."""
    flat = " ".join((ncnd_sentence or "").split())
    return any(entry.get(flag) and regex.search(flat) for regex, entry in each("ncnd_rest"))


def _answer_labelled(doc, spans) -> bool:
    """Whether a line of the response is an answer's label ("Response 1 & 3:", "Q2 response:")."""
    return any(RESPONSE_LABEL.match(line) or is_answer_label(line) for start, end in spans for _, _, line in _content_in(doc, start, end))


def _step(warnings: list, name: str, fn, default):
    try:
        return fn()
    except Exception as e:
        warnings.append(f"{name} step failed: {type(e).__name__}: {e}")
        return default


def _fill(record: dict, doc: Doc, source_url: str | None = None):
    warnings = record["warnings"]
    doc_type = _step(warnings, "doc_type", lambda: classify(doc, source_url), "other")
    record["doc_type"] = doc_type

    mentions = _step(warnings, "technologies", lambda: technology_mentions(doc), [])
    technologies = _step(warnings, "technologies", lambda: find_technologies(doc, mentions), [])
    record["technologies"] = [t.id for t in technologies]
    record["technology_details"] = [
        {"id": t.id, "term": t.term, "sentence": t.sentence, "role": None, "stance": None, "ncnd_covers": False, "stance_sentence": None}
        for t in technologies
    ]

    ico_result = None
    if doc_type == "ico_decision":
        ico_result = _step(warnings, "ico", lambda: read_ico(doc), None)
        layout = ico_result.layout if ico_result else Layout()
        layout.title = None
    else:
        layout = _step(warnings, "split", lambda: split(doc, doc_type), Layout())
    record["title"] = layout.title

    items = _step(warnings, "passages", lambda: passages(doc, layout), [])
    record["passages"] = items
    record["request_text"] = part_text(items, "request")
    record["response_text"] = part_text(items, "response")

    if doc_type == "other":
        _fill_other(record, doc, tribunal_url=is_tribunal_url(source_url))
        return

    reference, ref_warnings = _step(warnings, "reference", lambda: find_reference(doc, doc_type, layout.request[1] if layout.request else None, layout.response[0] if layout.response and layout.request and layout.response[0] > layout.request[0] else None), (None, []))
    record["reference"] = reference
    warnings.extend(ref_warnings)

    public_authority = ico_result.public_authority if ico_result else None
    found, auth_warnings = _step(
        warnings,
        "authority",
        lambda: authority_mod.find_authority(
            doc,
            doc_type,
            layout.in_request,
            public_authority,
            authority_from_reference(reference),
            authority_from_url(source_url),
            addressed_to=_thread_addressee(layout) if doc_type == "wdtk_thread" else None,
            sole_police_body=doc_type == "force_response" and on_shared_government_log(source_url),
        ),
        (authority_mod.Authority(), []),
    )
    warnings.extend(auth_warnings)
    if doc_type == "wdtk_thread" and found.id and layout.addressee and _thread_addressee(layout) is None and _NAMED_BODY.search(layout.addressee):
        # "Dear Greater Manchester Combined Authority,": the site sent the request to that body, which is not a
        # police body we list; a force the request names is only what it is about
        warnings.append(f"the request is addressed to {layout.addressee.strip()}, not a listed police body: {found.name} is only mentioned")
        found = authority_mod.Authority()
    if doc_type in ("force_response", "wdtk_thread", "ico_decision") and found.id and unlisted_answerer(doc):
        # "The Police Federation of England and Wales can confirm...": a police body we do not list answered;
        # a force its answer names is only what it is about
        warnings.append(f"answered by a police body that is not listed (the Police Federation): {found.name} is only mentioned")
        found = authority_mod.Authority()
    if doc_type in ("force_response", "wdtk_thread") and (_answered_by_another_body(doc, found) or _thread_to_another_body(doc_type, layout)):
        for key in ("reference", "authority", "authority_id"):
            record[key] = None
        record["doc_type"] = "other"
        warnings.append(f"answered by a body that is not the police{': ' + found.name + ' is only mentioned' if found.name else ''}")
        _fill_other(record, doc, with_authority=False)
        return
    if doc_type == "force_response" and authority_mod.is_force(found.id) and on_department_site(source_url):
        # a GOV.UK release ("Funding for Northumbria Police") is the Home Office's or a commissioner's
        # answer: the force it names is what was asked about
        warnings.append(f"a government department's release: {found.name} is what the request is about, not who answered")
        found = authority_mod.Authority()
    record["authority"], record["authority_id"] = found.name, found.id
    record["evidence"]["authority"] = f"source URL: {source_url}" if found.evidence == "source URL" else found.evidence

    # In a thread, a date alone on its line is a message's date (often the requester's): only labelled
    # dates, then the header of the authority's substantive reply.
    thread = doc_type == "wdtk_thread"
    # (in a thread, the requester's own letter, its head included, comes before the end of the request)
    before_reply = (lambda pos: pos < layout.request[1]) if thread and layout.request else None
    date, date_evidence = _step(warnings, "date", lambda: response_date(doc, standalone=not thread, skip=before_reply), (None, None))
    if date is None and thread:
        date, date_evidence = _step(warnings, "date", lambda: reply_header_date(doc, layout), (None, None))
    record["date"] = date
    record["evidence"]["date"] = date_evidence
    if date is None:
        warnings.append("no date found")

    exemptions, ex_warnings = _step(
        warnings, "exemptions", lambda: find_exemptions(doc, layout, found.id, doc_type), ([], [])
    )
    warnings.extend(ex_warnings)
    record["exemptions"] = [x.id for x in exemptions]
    record["exemption_details"] = [{"id": x.id, "role": x.role, "sentence": x.sentence} for x in exemptions]

    record["questions"] = _step(warnings, "questions", lambda: find_questions(doc, layout, doc_type != "ico_decision"), [])

    if doc_type == "ico_decision" and ico_result is not None:
        _fill_ico(record, doc, layout, ico_result, exemptions, found)
    else:
        _fill_response(record, doc, layout, exemptions, doc_type, mentions, on_own_log=doc_type == "force_response" and on_force_site(source_url))


# "2017 – 7", "2019/20: £12,400" (not "2016 – no information held", nor a year range alone, "2019-2020")
# ("2015 - 3 officers in total": the figure may name what it counts, in a few words)
_YEAR_FIGURE_GIVEN = re.compile(
    r"^\W*(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*(?:[–=:]|\s-)\s*£?\s?(?!(?:19|20)\d\d\b)\d[\d,.]*%?(?:\s+[a-z]+){0,4}\s*\.?$", re.I
)


def _content_in(doc, start: int, end: int):
    """(start, end, stripped text) of each non-blank line in [start, end)."""
    return [(s, e, doc.scan[s:e].strip()) for s, e, _ in doc.lines(start, end) if doc.scan[s:e].strip()]


# A covering line that only sends attachments: "Please find attached L", "Please see attached letter."
_BARE_ATTACHMENT = re.compile(r"^\W*(?:[Pp]lease\s+)?(?:[Ff]ind|[Ss]ee)\s+attached(?:\s+(?:our|the|a|my))?(?:\s+(?:letter|response|reply|correspondence|documents?|files?)|\s+[A-Z][a-z]{0,2})?\s*\.?$")


def _thread_addressee(layout) -> str | None:
    """The body a WhatDoTheyKnow request is addressed to ("Dear Hertfordshire Constabulary,"): the
    site sends each request to one authority, so its name there says who answers."""
    if not layout.addressee:
        return None
    # ("Dear Cambridgeshire Police and Crime Commissioner," is the force's commissioner, another body)
    return authority_mod.lookup(layout.addressee) or next(
        (found[2] for found in authority_mod.matcher().find(layout.addressee) if not pattern("commissioner_after").match(layout.addressee, found[1])), None
    )


def _thread_to_another_body(doc_type: str, layout) -> bool:
    """A WhatDoTheyKnow request sent to a body that is plainly not the police ("Dear Transport for London,"):
    the site sends a request to one authority, and that body answers it, whatever force the request names."""
    return doc_type == "wdtk_thread" and bool(layout.addressee) and _thread_addressee(layout) is None and bool(
        pattern("non_police_addressee").search(layout.addressee.strip().rstrip(",").strip())
    )


def _answered_by_another_body(doc, found) -> bool:
    """Who answered decides: a council speaking ("The council operates..."), with the police only
    mentioned, is not a police FOI response. A listed public body that answers about policing (the
    Home Office on PND searches, the NCA) is: its notice reads like a force's and is kept as one."""
    return non_police_answerer(doc) or (not (found.id and found.responder) and other_body_voice(doc) >= 2)


def _tribunal_party(doc) -> tuple[str, str] | None:
    """(name, id) of the one police body a tribunal decision names as a party by its chief officer's title,
    when the text names it no other way ("The Chief Constable of Loamshire", without "Police")."""
    found = {}
    for m in pattern("tribunal_party").finditer(doc.plain[:6000]):
        name = collapse(m.group(1))
        ident = authority_mod.lookup(name)
        if ident and authority_mod.is_police_body(ident):
            found.setdefault(ident, name)
    return next(((name, ident) for ident, name in found.items()), None) if len(found) == 1 else None


def _fill_other(record, doc, with_authority=True, tribunal_url=False):
    """An `other` document: a tribunal's decision still names the police body its appeal concerns."""
    warnings = record["warnings"]
    if with_authority and (tribunal_url or _step(warnings, "tribunal", lambda: is_tribunal(doc, papers=False), False)):
        found, found_warnings = _step(warnings, "authority", lambda: authority_mod.find_authority(doc, "ico_decision", sole_police_body=True), (authority_mod.Authority(), []))
        if authority_mod.is_police_body(found.id):
            record["authority"], record["authority_id"] = found.name, found.id
            record["evidence"]["authority"] = found.evidence
            warnings.extend(w for w in found_warnings if w.startswith("authority named once"))
        else:
            party = _tribunal_party(doc)
            if party:
                record["authority"], record["authority_id"] = party[0], party[1]
                record["evidence"]["authority"] = party[0]
        warnings.append("a tribunal's decision on an appeal: not a UK police FOI response, WhatDoTheyKnow thread or ICO decision notice")
        return
    warnings.append("not a UK police FOI response, WhatDoTheyKnow thread or ICO decision notice")


def _statute_quotes(doc) -> list[tuple[int, int]]:
    """The Act's own words quoted in a letter: the paragraphs under "Section 8 of the Act provides:" that
    open with a bracketed number or letter ("(1) In this Act...", "(a) is in writing,") or run on in lower
    case. Their numbered lines are the statute's, not answers to the request's questions."""
    spans = []
    intro = pattern("statute_quote_intro")
    for found in intro.finditer(doc.scan):
        line_end = doc.scan.find("\n", found.end())
        line_end = doc.length if line_end < 0 else line_end
        end = pos = line_end
        for paragraph in re.finditer(r"\S[\s\S]*?(?=\n[ \t]*\n|\Z)", doc.scan[line_end:]):
            first = paragraph.group(0).lstrip()[:1]
            if first != "(" and not first.islower():
                break
            end = line_end + paragraph.end()
        if end > pos:
            # (its last line's break too: a span starting on that break would read the line back in)
            spans.append((pos, end + 1 if doc.scan[end : end + 1] == "\n" else end))
    return spans


def _fill_response(record, doc, layout, exemptions, doc_type, mentions=(), on_own_log: bool = False):
    warnings = record["warnings"]
    core = layout.response_core()
    # (a span of nothing but a line break, left between two set-aside parts, would read the whole line
    # around it; nor are the Act's own words quoted in the letter its answer)
    statute = _step(warnings, "statute quotes", lambda: _statute_quotes(doc), [])
    spans = [(start, end) for start, end in layout.response_spans([*doc.quoted, *statute]) if doc.scan[start:end].strip()]
    if not spans and layout.request and layout.request[1] - layout.request[0] < 20 and doc_type == "force_response":
        # a letter a PDF ran into one line: its request cue found, nothing after it on a line of its
        # own; the line holds the request and the answer both
        spans = [(0, doc.length)]
    signals = _step(warnings, "outcome", lambda: read_signals(doc, spans, exemptions), Signals())
    cut = _cut_at_page_end(doc, spans, "cut_ncnd", 80)
    if cut and "ncnd" not in signals:
        # the page stops inside the words "Cleveland Police can neith": what follows them can only be "neither
        # confirm nor deny"
        signals.add("ncnd", cut)
    if "refused" in signals and "ncnd" not in signals and pattern("cost_ncnd").search(" ".join(signals.found["refused"].split())):
        # "the cost of determining whether any information ... is or isn't held is above the amount to which we are
        # legally required to respond" with its section cut off: the cost of confirming or denying, s12(2)
        signals.add("ncnd", signals.found["refused"])
    cut = _cut_at_page_end(doc, spans, "cut_disclosure", 60)
    if cut and "disclosed" not in signals:
        # "I am able to disclose the located info" and the page stops: what was located is given
        signals.add("disclosed", cut)
    cut = _cut_at_page_end(doc, spans, "cut_withholding", 60)
    if cut and "refused" not in signals:
        # "3. This information will not be" and the page stops: what follows can only withhold it
        signals.add("refused", cut)
    cut = _cut_at_page_end(doc, spans, "cut_cost_refusal", 160)
    if cut and not signals.found:
        # the page stops inside West Midlands Police's stock opening of a cost refusal: "Our data are not
        # organised in such a way as to allow us to provide this in[formation within the appropriate (cost) limit]"
        signals.add("refused", cut)
    if spans and not any(k in signals for k in ("disclosed", "partially_disclosed")):
        # (answer blocks inside what was set aside, such as an acknowledgement's numbered notes, are not answers)
        blocks = [a for a in layout.answers if any(start <= a[1] < end for start, end in spans)]
        answer = _step(warnings, "answers", lambda: answered(doc, spans, record["questions"], blocks), None)
        if answer:
            signals.add("disclosed", answer)
    if spans and not any(k in signals for k in ("disclosed", "partially_disclosed")):
        # (beside a "not held", a table of two rows of figures or more: the counts given, another part not held)
        rows = 2 if "not_held" in signals else 1
        answer = _step(warnings, "tables", lambda: figures_table(doc, spans, rows), None)
        if not answer and "ncnd" in signals and "not_held" not in signals:
            answer = _step(warnings, "ncnd rest", lambda: ncnd_on_the_rest(doc, spans), None)
        if answer:
            signals.add("disclosed", answer)
    held_only = False  # "disclosed" read only from a sentence that the information is held, with text after it
    if spans and not any(k in signals for k in SIGNALS if k != "part_held"):
        given = _step(warnings, "held", lambda: held_and_answered(doc, spans), None)
        if given:
            signals.add("disclosed", given)
            held_only = True
    if spans and not any(k in signals for k in ("disclosed", "partially_disclosed", "refused_whole")):
        # (not beside the whole request refused in so many words: "we can advise that 194,104 records have been
        # created since 2021" then illustrates the cost of searching them)
        given = _step(warnings, "answer given", lambda: answer_given(doc, spans), None)
        # (beside a "not held", only a figure given counts: "412,318 searches were made in 2023. The
        # force does not hold a breakdown by force")
        if given and ("not_held" not in signals or _COUNT_GIVEN.search(given)):
            signals.add("disclosed", given)
    if spans and not any(k in signals for k in ("disclosed", "partially_disclosed")):
        # a year and its figure on a line of its own ("2017 – 7"): a figure given, whatever else is said
        given = next((line for start, end in spans for _, _, line in _content_in(doc, start, end) if _YEAR_FIGURE_GIVEN.match(line)), None)
        # ("Serious Assault = 3": two or more such lines make a small table of figures given)
        label_figure = pattern("label_equals_figure")
        counted = [line for start, end in spans for _, _, line in _content_in(doc, start, end) if label_figure.match(line)]
        if given or len(counted) >= 2:
            signals.add("disclosed", given or counted[0])
    if layout.request and not any(k in signals for k in ("disclosed", "partially_disclosed")):
        # a log that writes each figure beside its question, inside the request ("- how many police staff are
        # suspended - 3"), or on a line under it ("65 complaint reviews met the criteria."): figures given
        beside = pattern("figure_beside_question")
        figures = [line for _, _, line in _content_in(doc, *layout.request) if beside.match(line)]
        if len(figures) >= 2:
            signals.add("disclosed", figures[0])
    if "ncnd" not in signals:
        # An NCND provision cited in a response that says the information is held and withholds it
        # ("does hold some of the information... we are withholding that information... Section
        # 40(5)") is used to withhold, not to neither confirm nor deny.
        # (Unless the page argues what confirming or denying would itself reveal, "By confirming or denying that
        # the Force holds any information about covert recording devices would show offenders where they are
        # used": the provision then neither confirms nor denies on that subject.)
        withholds_what_it_holds = (
            "refused" in signals
            and not pattern("ncnd_harm_argument").search(doc.scan)
            and _step(warnings, "held", lambda: confirms_held(doc, spans), False)
        )
        for x in exemptions:
            if x.role == "ncnd":
                if withholds_what_it_holds:
                    x.role = "withholding"
                    for detail in record["exemption_details"]:
                        if detail["id"] == x.id:
                            detail["role"] = "withholding"
                    continue
                signals.add("ncnd", x.sentence)
                break
    if ("ncnd" not in signals or "partially_disclosed" not in signals) and (layout.request_parts or layout.request):
        # A log that summarises its answer above the questions ("In relation to request number 2, the
        # force is providing an NCND response"): that summary is the authority's own words.
        head = (0, layout.request_parts[0][0] if layout.request_parts else layout.request[0])
        summary = _step(warnings, "summary", lambda: read_signals(doc, [head], []), Signals())
        if "partially_disclosed" in summary and "partially_disclosed" not in signals and layout.request_parts:
            # ("I have today decided to disclose some of the requested information." above questions taken
            # one by one with their answers: the answers shown are not all that was asked)
            signals.add("partially_disclosed", summary.found["partially_disclosed"])
        if "ncnd" in summary and "ncnd" not in signals:
            signals.add("ncnd", summary.found["ncnd"])
            # ...and the same summary says what else was done ("does hold some information ... and
            # this is being provided to you"; "request number 8 is exempt")
            for name in ("disclosed", "partially_disclosed", "refused", "not_held"):
                if name in summary:
                    signals.add(name, summary.found[name])
    stated_summary = _step(warnings, "summary", lambda: _log_summary(doc, layout), None)
    if stated_summary is not None:
        # A publication library's own summary of the response ("Issued 3 September 2025, this FOI
        # response explains the first part of the request exceeds the cost of compliance... Information
        # regarding private session transparency is provided."): the authority's words on what it did.
        summary_text = doc.scan[stated_summary[0] : stated_summary[1]]
        for regex, entry in each("log_summary_signals"):
            if regex.search(summary_text):
                signals.add(entry["signal"], " ".join(doc.plain[stated_summary[0] : stated_summary[1]].split()))
    outcome, evidence = decide(signals, withholding_cited=any(x.role == "withholding" for x in exemptions))
    cost = next((x.sentence for x in exemptions if x.id in ("s12", "s12(1)")), None)
    if outcome == "not_held" and cost is None and "refused" in signals:
        # the cost limit stated without its section ("It is estimated that it would cost more than £450
        # to comply with your request")
        regex, text = searcher(doc, "answer_cost")
        cost = next((doc.sentence_at(m.start()) for start, end in spans for m in [regex.search(text, start, end)] if m), None)
    if outcome == "not_held" and cost is not None:
        # "Section 12 applies... the finance department does not hold the hours worked": with the cost
        # limit cited for the request, what is not held where explains the cost of finding it elsewhere
        outcome, evidence = "refused", cost
    # (a section the opening cites is all the response gave: the opening's own words say what was done with it)
    only_cited = (
        outcome == "refused" and layout.request is not None and set(signals.found) <= {"refused", "part_held"}
        and any(x.sentence == evidence and x.position < layout.request[0] for x in exemptions)
    )
    if (outcome is None or only_cited) and doc_type == "force_response" and layout.request and layout.request[0] > 0 and not _requester_opens(doc, layout.request[0]):
        # A letter that gives its answer before quoting the request ("Your request has now been
        # considered and I am not obliged to supply the information. You wrote: ..."): that opening
        # is the answer when nothing after the request gives one.
        head = _step(warnings, "summary", lambda: read_signals(doc, [(0, layout.request[0])], []), Signals())
        head_outcome, head_evidence = decide(head)
        if head_outcome is not None:
            for name, sentence in head.found.items():
                signals.add(name, sentence)
            outcome, evidence = head_outcome, head_evidence
    record["question_answers"] = _step(warnings, "answers", lambda: _question_answers(doc, spans, record["questions"], layout), [])
    by_question = _by_question(record["question_answers"], "ncnd" in signals, record["questions"], signals)
    if by_question[0] and "partially_disclosed" not in signals:
        # Answers read one by one outweigh the notice's general wording.
        outcome, evidence = by_question[:2]
        if "ncnd" in by_question[2] and "ncnd" not in signals:
            signals.add("ncnd", next(a["sentence"] for a in record["question_answers"] if "ncnd" in a["kinds"]))
        if outcome == "disclosed" and any(k in signals for k in ("refused", "not_held", "ncnd", "part_held")):
            # every answer block gives something, but the notice also withholds, lacks or neither
            # confirms nor denies something ("withheld - Section 41"): not all was given
            outcome, evidence = "partially_disclosed", evidence
        elif outcome == "ncnd" and "disclosed" in signals:
            # the blocks read as NCND only, but the notice gave something too (a table of figures for
            # question 1, then "neither confirm nor deny that they hold any other information")
            outcome, evidence = "partially_disclosed", signals.found["disclosed"]
    vexatious = next((x for x in exemptions if x.id.startswith("s14") and x.role == "withholding"), None)
    # (a letter's stock "refusal notice to those aspects of your request" says nothing of a part given)
    partial_given = "partially_disclosed" in signals and not _REFUSAL_NOTICE.search(signals.found["partially_disclosed"])
    if vexatious is not None and outcome in ("disclosed", "partially_disclosed") and not partial_given:
        # s14 refuses a request as a whole (vexatious or repeated): numbered lines beside it restate the
        # request or quote guidance, they are not answers
        outcome, evidence = "refused", vexatious.sentence
    stated, stated_line = _step(warnings, "outcome label", lambda: labelled_outcome(doc), (None, None))
    # A log's "Refusal" field is said of NCND answers too: it only fills a gap, unless it names its own
    # partial NCND ("Full Refusal Section 17 with Partial NCND": withheld, and NCND on the rest).
    partial_ncnd_label = bool(stated_line) and bool(pattern("outcome_label_partial_ncnd").search(stated_line))
    if partial_ncnd_label and "ncnd" not in signals:
        signals.add("ncnd", stated_line)
    if stated and (stated != "refused" or outcome is None or partial_ncnd_label):
        # The log's own outcome field says what the force decided, in its words.
        outcome, evidence = stated, stated_line
    from_status = False
    stopped_before_answer = False  # a thread showing the authority's words but no answer yet
    if outcome in ("disclosed", "partially_disclosed") and doc_type == "wdtk_thread" and evidence and _BARE_ATTACHMENT.match(" ".join(evidence.split())):
        # "Please find attached L…": a reply that only sends a letter says nothing of what the letter gives;
        # the thread's status tells of it (rule 5), as for any covering note
        outcome, evidence = None, None
        for name, sentence in list(signals.found.items()):
            if _BARE_ATTACHMENT.match(" ".join(sentence.split())):
                del signals.found[name]  # (nor is it a disclosure to weigh against that status)
    if outcome is not None and doc_type == "wdtk_thread" and evidence and any(regex.search(evidence) for regex, _ in each("wdtk_status")):
        # the site's status line read as the authority's words ("The request was refused by..."): it is
        # the requester's label, weighed below against what the authority's own messages show
        outcome, evidence = None, None
        for name, sentence in list(signals.found.items()):
            if any(regex.search(sentence) for regex, _ in each("wdtk_status")):
                del signals.found[name]
    if outcome is None and doc_type == "wdtk_thread":
        # WhatDoTheyKnow's status ("refused", "successful") is the requester's label for the thread:
        # it stands in only when the page shows no message from the authority at all. A page that
        # shows the authority's acknowledgement and stops there has the authority's own words, and
        # they give no outcome yet: the status is then only reported (README "Fields", rule 5).
        status, status_evidence = _step(warnings, "status", lambda: wdtk_status(doc), (None, None))
        if status and _authority_message_visible(doc, layout):
            stopped_before_answer = True
            warnings.append(
                f"the page stops before the authority's answer; the requester marked the thread {status.replace('_', ' ')} "
                f"({status_evidence}), which is not taken as the outcome"
            )
        elif status:
            if status_evidence:
                signals.found.setdefault(status, status_evidence)
            outcome, evidence = decide(signals, status)
            from_status = outcome is not None
    interleaved = outcome == "disclosed" and held_only and not stated and _step(warnings, "columns", lambda: side_by_side(doc), False)
    if interleaved:
        # the request and the answer side by side, their lines interleaved: a sentence read from it may
        # join half of each ("determining if the / I would like to request ... / information is held")
        warnings.append(f"the request and the response stand side by side and the text interleaves their lines: outcome not read (it read as {outcome.replace('_', ' ')})")
        outcome, evidence = None, None
    unanswered = _step(warnings, "status", lambda: wdtk_unanswered(doc), None) if doc_type == "wdtk_thread" else None
    if unanswered:
        # "Response to this request is long overdue": the authority has not answered, so what reads as an
        # answer is the requester's own text (numbered points, a refusal quoted from an earlier request)
        if outcome is not None or "ncnd" in signals or exemptions:
            warnings.append(f"the thread says the authority has not answered yet ({unanswered}): nothing on the page is taken as its answer")
        outcome, evidence, exemptions = None, None, []
        signals.found.clear()
        record["exemptions"], record["exemption_details"] = [], []
        record["question_answers"] = []  # (nor are the requester's numbered points answers to anything)
    cover = _attached_response_only(doc, spans) if outcome is None and on_own_log and not signals.found and not exemptions else None
    if cover:
        # a force's own log whose answer is only "Please find attached our response.": on its log the force
        # writes a refusal, an NCND or a "not held" out in full, so what it attaches is the answer given
        warnings.append("the answer is the attached response, which is not shown: read as disclosed (the page says nothing withheld)")
        outcome, evidence = "disclosed", cover
    notice = _notice_begun_after(doc, spans, evidence) if outcome == "disclosed" and not from_status else None
    if notice:
        # figures given, then "Where exemptions are relied upon, Section 17 ... requires that I provide the
        # applicant with a notice" and the page stops: a refusal notice has begun for another part
        warnings.append(f"after what was given the page opens a refusal notice and stops ({notice}): read as a partial disclosure")
        outcome = "partially_disclosed"
    record["outcome"] = outcome
    record["evidence"]["outcome"] = evidence
    if "ncnd" in signals:
        record["ncnd"] = True
        record["evidence"]["ncnd"] = signals.found["ncnd"]
    elif outcome is not None and not from_status and not exemptions and pattern("relies_on_what_follows").search(doc.scan):
        # "...for anything else we would rely on the following:" and no provision found after it (the page
        # stops first): they may be NCND ones, so whether the rest was neither confirmed nor denied is not known
        warnings.append("the page stops where the provisions relied on for the rest would be listed: ncnd not known")
    elif outcome is not None and not from_status:
        # The requester's status word says nothing of NCND: with no reply visible, ncnd stays unknown.
        record["ncnd"] = False
    elif outcome is None and spans and not held_only and _step(warnings, "held", lambda: confirms_held(doc, spans), False):
        # "I can confirm the information requested is held by Durham Constabulary", and the page stops
        # before the answer: holding it is confirmed, which is the opposite of neither confirming nor denying
        record["ncnd"] = False
    elif outcome is None and doc_type == "force_response" and layout.request and layout.response and spans and not exemptions and _answers_at_length(doc, spans):
        # a long stretch of the force's own answer, with no word of neither confirming nor denying anywhere
        # after the request: what is shown answers plainly, whatever the outcome the page stops before
        warnings.append(f"ncnd read as false: {ANSWER_WITHOUT_NCND} characters or more of the answer show no neither-confirm-nor-deny wording")
        record["ncnd"] = False
    elif (
        outcome is None
        and doc_type == "force_response"
        and not layout.request
        and layout.response
        and spans
        and not exemptions
        and SALUTATION.search(doc.scan)
        and _answers_at_length(doc, spans, LETTER_WITHOUT_NCND)
    ):
        # a letter ("Dear ...") whose request runs into its answer: a long stretch in the force's voice from
        # the answer on, with no word of neither confirming nor denying, answers plainly
        warnings.append(f"ncnd read as false: a letter shows {LETTER_WITHOUT_NCND} characters or more of its answer with no neither-confirm-nor-deny wording")
        record["ncnd"] = False
    if record["outcome"] == "refused" and not record["question_answers"] and not (set(signals.found) - {"refused", "part_held"}):
        _hold_for_extension(record, doc, spans)
        outcome = record["outcome"]
    if outcome == "refused" and not record["question_answers"] and set(signals.found) == {"refused"} and not exemptions:
        explaining = _explaining_when_cut(doc, signals.found["refused"])
        if explaining:
            # "...is not centrally recorded and is therefore not held in a readily retrievable format. There is no
            # flag for..." and the page stops: the cost refusal (or the figures found anyway) would come next
            warnings.append(f"the page stops while explaining why the information is hard to find ({explaining}): outcome not read")
            outcome = record["outcome"] = record["evidence"]["outcome"] = None
    scoped_to = _refusal_scoped_to(record, signals, cut_short=not ends_sentence(doc.scan.rstrip())) if outcome in ("refused", "not_held") else None
    if scoped_to:
        # "the information requested at Q2 is not held in a readily retrievable format", "Questions 2, 3, 5 & 6"
        # over a cost refusal, "this part of your request", and no other answer in sight: the rest of the
        # request may have been answered, so the whole is not known
        warnings.append(f"the refusal is said of {scoped_to} and no other answer is shown: outcome not read")
        outcome = record["outcome"] = record["evidence"]["outcome"] = None
        if "ncnd" not in signals:
            record["ncnd"] = False  # (what is shown answers without neither confirming nor denying)
    elif outcome in ("refused", "not_held") and not record["question_answers"] and len(record["questions"]) >= 2 and not (
        set(signals.found) - {"refused", "not_held", "part_held"}
    ) and (label := _one_answer_label(doc, spans)):
        # "Question 1" / "Your request has been considered and I am not obliged to supply the information." over a
        # request of three questions, and the page stops before "Question 2": the refusal is the first question's
        warnings.append(f'the refusal is said under "{label}" and the other questions\' answers are not shown: outcome not read')
        outcome = record["outcome"] = record["evidence"]["outcome"] = None
        if "ncnd" not in signals:
            record["ncnd"] = False
    scope, scope_evidence = _step(
        warnings, "ncnd scope", lambda: ncnd_scope(record["ncnd"], outcome, exemptions, signals, record["question_answers"], doc.scan), (None, None)
    )
    record["ncnd_scope"], record["evidence"]["ncnd_scope"] = scope, scope_evidence
    partly = _ncnd_said_of_part(record, doc, spans) if outcome == "ncnd" else None
    if partly:
        # the NCND covers only part of the request and the rest of the answer is not shown: the NCND is partial,
        # and what the rest got is not known
        warnings.append(f"the NCND is said {partly}: outcome not read")
        outcome = record["outcome"] = record["evidence"]["outcome"] = None
        if scope != "cost":  # (a cost NCND said of one part stays `cost`: what it covers is the cost of confirming)
            record["ncnd_scope"], record["evidence"]["ncnd_scope"] = "partial", record["evidence"]["ncnd"]
    if scope == "cost" and outcome in ("refused", "ncnd") and _step(warnings, "held", lambda: confirms_held(doc, [(0, doc.length)]), False):
        # "We can confirm that the PSNI does hold the information you have requested however ... the
        # cost of complying would exceed the appropriate limit under Section 12(2)": holding it is
        # confirmed, so the cost refuses it and nothing is neither confirmed nor denied
        record["ncnd"], scope = False, None
        record["ncnd_scope"] = record["evidence"]["ncnd_scope"] = None
        for detail in record["exemption_details"]:
            if detail["role"] == "ncnd":
                detail["role"] = "withholding"
        if outcome == "ncnd":
            outcome = record["outcome"] = "refused"
            record["evidence"]["outcome"] = scope_evidence
    other_refusal = any(x.role == "withholding" and not x.id.startswith("s12") for x in exemptions)
    if scope == "cost" and outcome == "refused" and not other_refusal:
        # s12(2): the cost of finding out whether the information is held is itself the answer, and
        # neither confirms nor denies (README "Fields"); beside another refusal (s21: "available on
        # the following website") the notice refuses, with the NCND on cost for the rest
        outcome = record["outcome"] = "ncnd"
        record["evidence"]["outcome"] = scope_evidence
    roles = _step(
        warnings,
        "technology roles",
        lambda: technology_roles(doc, mentions, layout, spans, outcome, scope),
        {},
    )
    for detail in record["technology_details"]:
        detail.update(roles.get(detail["id"]) or {})
    if outcome is None and record["ncnd"] is None and record["date"] and (stopped_before_answer or doc_type == "wdtk_thread") and _acknowledges_only(doc, layout, record["evidence"]["date"], stopped_before_answer):
        # a thread cut at the acknowledgement: the date it shows is the receipt's, not the answer's
        warnings.append(f"the date shown ({record['date']}) is the acknowledgement's, not the answer's: not taken")
        record["date"] = record["evidence"]["date"] = None
    if outcome is None and not interleaved:
        if layout.request and (not core or len(doc.scan[core[0] : core[1]].strip()) < 2000):
            warnings.append("text appears truncated before the response")
        else:
            warnings.append("no outcome found")


def _log_summary(doc, layout) -> tuple[int, int] | None:
    """The span of a log page's summary paragraph above its request and response ("Issued 17 July 2023,
    this FOI response provides..."), when it has one."""
    starts = [span[0] for span in (layout.request, layout.response) if span]
    end = min(starts) if starts else doc.length
    for s, e, _ in doc.lines(0, end):
        if pattern("log_summary").match(doc.scan[s:e]):
            return s, e
    return None


def _requester_opens(doc, end: int) -> bool:
    """Whether the text before the request's list is the requester's own opening ("We write to you under
    s. 1(1) Freedom of Information Act 2000 to request the following information."), not an answer."""
    return any(pattern("request_openers").match(doc.scan[s:e]) for s, e, _ in doc.lines(0, end))


_REFUSAL_NOTICE = re.compile(r"\brefusal\s+notice\b", re.I)
# A figure given as a count: "1,204", "12 officers were", "...on 31/12/09 was 27."
# ("a) 0" under "1. How many scooters have been seized?": the lettered answer line is the count itself)
_COUNT_GIVEN = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\s+(?:[a-z]+\s+){0,3}?(?:were|was)\b|\b(?:was|were)\s+\d[\d,]*\s*\.?\s*$|^\W*[a-h]\)\s*\d[\d,]*\s*\.?\s*$")


# Words that name a public body in a thread's salutation or message header ("Hampshire Constabulary", "FOI
# Requests, Home Office", "Heddlu Dyfed-Powys", "West Midlands Casualty Reduction Scheme")
_BODY_WORDS = r"(?:Police|Constabulary|Commissioner|Service|Authority|Office|Agency|Scheme|Partnership|Heddlu)"
# A body named by its own name in a salutation ("Greater Manchester Combined Authority"), not a generic one
# ("police force FOI officer")
_NAMED_BODY = re.compile(r"\b(?!(?:" + _BODY_WORDS + r"|FOI|Freedom|Information|Officer|Team|Sir|Madam)\b)[A-Z][a-z]+\b.*\b" + _BODY_WORDS + r"\b")
# A message the requester writes to the authority in a thread: from its salutation to the body ("Dear
# Hampshire Constabulary,") to its sign-off, or to the end of the page when it is cut
_REQUESTER_MESSAGE = re.compile(
    r"^[ \t]*Dear\s+(?:the\s+)?[^\n]{0,80}?\b" + _BODY_WORDS + r"\b[^\n]{0,40},?[ \t]*$"
    r"[\s\S]*?(?:^[ \t]*Yours\s+(?:faithfully|sincerely)[^\n]*$|\Z)",
    re.M | re.I,
)


# A salutation line and the name it addresses: "Dear Ms Okafor", "Dear Loamshire Constabulary,"
_SALUTATION = re.compile(r"^[ \t]*Dear\s+(?P<name>[^\n,]{2,120}?)[ \t]*,?[ \t]*$", re.M | re.I)
# a salutation to a person by title, as an authority writes to the requester ("Dear Mr / Ms Okafor")
_TO_A_PERSON = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", re.I)


# a thread's message header naming the sender, then the letter's salutation: "Loamshire Police (LP)\n\nDear Ms Okafor"
# (the site's count of the message's attachments may stand between: "Loamshire Police Authority\n\n2 Attachments")
_AUTHORITY_HEADED_LETTER = re.compile(
    r"^[ \t]*[^\n]{0,80}\b" + _BODY_WORDS + r"\b[^\n]{0,20}\n(?:[ \t]*\n){0,2}"
    r"(?:[ \t]*" + ATTACHMENT_COUNT + r"[ \t]*\n(?:[ \t]*\n){0,2})?"
    r"(?P<salutation>[ \t]*Dear\s+[^\n]{2,80})$",
    re.M | re.I,
)


def _signed(doc, start: int = 0) -> tuple[str, int] | None:
    """(name, where its line ends) of the first message signed off after `start` (split.SIGN_OFF: "Yours
    faithfully," / "Rhian Evans"): in a thread, the request's sign-off and the requester's name."""
    lines = [(s, e, text.strip()) for s, e, text in doc.lines(start) if text.strip()]
    for index, (_, _, text) in enumerate(lines[:-1]):
        if SIGN_OFF.match(text) and len(lines[index + 1][2]) <= 80:
            return lines[index + 1][2], lines[index + 1][1]
    return None


def _requester_name(doc, layout) -> str | None:
    """The name the request is signed with, in lower case: the authority's reply addresses it."""
    signed = _signed(doc, layout.request[0] if layout.request else 0)
    return collapse(signed[0]).lower() if signed else None


# a reference line under a salutation, "FREEDOM OF INFORMATION REQUEST REF 19/07/1036": a heading, not prose
_REFERENCE_LINE = re.compile(r"\bref(?:erence)?\b[^\n]*\d", re.I)
_PROSE = re.compile(r"\b[A-Za-z]+\s+[a-z]+\s+[a-z]+")


def _addresses_requester(text: str, requester: str | None, letter_follows: bool = True) -> bool:
    """Whether the text holds a salutation to the requester ("Dear Ms Swain", "Dear Independent Police
    Support Group") and, when `letter_follows`, a line of the letter's own prose under it ("I write in
    connection with your request..."): the authority's words start there, even when the page is cut a
    line later. A reference heading or "Please find attached" alone under it only sends a letter."""
    for found in _SALUTATION.finditer(text):
        name = " ".join(found.group("name").split())
        # (by title, by the whole name signed, or by a part of it: "Dear Nick" to "Nick Panchaud")
        named = requester and (name.lower() == requester or (name and set(name.lower().split()) <= set(requester.split())))
        if not (_TO_A_PERSON.match(name) or named):
            continue
        if not letter_follows:
            return True
        lines = [ln.strip() for ln in text[found.end() : found.end() + 400].splitlines() if ln.strip()][:3]
        prose = [ln for ln in lines if _PROSE.search(ln) and not _REFERENCE_LINE.search(ln) and not ln.isupper()]
        if prose and not _BARE_ATTACHMENT.match(prose[0]) and not pattern("cover_note").search(prose[0]):
            return True
    return False


def _letter_cut_at_its_heading(text: str, requester: str | None) -> bool:
    """Whether the text ends inside the heading of a letter to the requester written into the message
    ("Dear Mr Card" / "Freedom of Information Request Refere"): the authority's own letter had begun, and
    the page stops before it says anything. A message that sends attachments ("2 Attachments") may only
    cover a letter sent with it, so it is not one."""
    if re.search(ATTACHMENT_COUNT, text, re.I):
        return False
    found = next((m for m in _SALUTATION.finditer(text) if _addresses_requester(m.group(0), requester, letter_follows=False)), None)
    if found is None:
        return False
    after = [ln.strip() for ln in text[found.end() :].splitlines() if ln.strip()]
    return 0 < len(after) <= 2 and not any(_PROSE.search(ln) and not ln.istitle() and not ln.isupper() for ln in after)


def _authority_message_visible(doc, layout) -> bool:
    """Whether a thread shows a message from the authority after the request (an acknowledgement, a
    holding reply, a letter cut after its salutation to the requester) in a line of its own ("Thank you
    for contacting the Freedom of Information Team at..."): the requester's signature lines or the
    authority's name as a message header are not one."""
    requester = _requester_name(doc, layout)
    core = layout.response_core()
    if not layout.request:
        # no request found ("Please detail by year..." under no salutation): the thread's first sign-off
        # still ends the requester's message, and what follows it is the authority's
        signed = _signed(doc)
        if not signed:
            return False
        core = (signed[1], doc.length)
    elif not core:
        # no response found: a letter to the requester under the authority's message header is still the
        # authority's ("Loamshire Police (LP)" / "Dear Ms Okafor" / "Freedom of Information Request Reference...")
        return any(
            _addresses_requester(doc.scan[found.start("salutation") : found.end() + 400], requester)
            for found in _AUTHORITY_HEADED_LETTER.finditer(doc.scan)
        )
    # (a requester's annotation after the request is not the authority's message)
    annotation = pattern("wdtk_annotation")
    requester_notes = pattern("requester_notes")
    notes = [
        (s, e)
        for s, e in layout.set_aside
        if annotation.match(doc.scan[s:e].lstrip()) or requester_notes.match(doc.scan[s:e].lstrip().split("\n", 1)[0])
    ]
    text = "".join(doc.scan[a:b] for a, b in without(core, notes))
    # (the requester's own later messages, "Dear Hampshire Constabulary, ... I am writing to request an
    # internal review ... Yours faithfully", are not the authority's)
    # (but a salutation naming the requester, "Dear Independent Police Support Group", opens the authority's)
    text = _REQUESTER_MESSAGE.sub(lambda m: m.group(0) if _addresses_requester(m.group(0).split("\n", 1)[0], requester, letter_follows=False) else "", text)
    # (each line once: a thread repeats the authority's signature under every attachment it sends)
    visible = sum(len(line) for line in {ln.strip() for ln in text.splitlines()} if len(line) >= 40)
    flat = " ".join(text.split())
    if pattern("holding_note").search(flat) or pattern("time_extension").search(flat) or pattern("acknowledgement").search(flat):
        # "Please find attached FOI request extension letter.", "We will endeavour to respond to your FoI
        # request within...": words of its own that answer nothing yet
        return True
    if visible < 400 and pattern("cover_note").search(flat):
        return False  # a covering note for an attached letter ("I am writing in response to your request"): the status tells of the letter
    # (a letter to the requester counts even where an annotation's span ran on over it: the site's header
    # for the authority's next message, "Rogers, Claire,", is not always one a thread layout knows)
    letter = doc.scan[core[0] : core[1]]
    return visible >= 60 or _addresses_requester(letter, requester) or _letter_cut_at_its_heading(letter, requester)


def _acknowledges_only(doc, layout, date_evidence: str | None, stopped_before_answer: bool = False) -> bool:
    """Whether the date was read from the authority's acknowledgement ("Your request has been
    logged...") or a letter that only says the answer will be late, not from the head of its reply letter:
    the message it stands in (the thread's first reply) acknowledges and restates nothing, or, where the
    page is known to stop before any answer, acknowledges whatever it restates ("I note you seek...")."""
    core = layout.response_core()
    if not core or not date_evidence:
        return False
    words = date_evidence.split()
    found = re.search(r"\s+".join(map(re.escape, words)), doc.plain[core[0] : core[1]]) if words else None
    if not found:
        return False  # the date stands outside the first reply: a later letter's
    text = " ".join(doc.scan[core[0] : core[1]].split())
    # (a reply letter restates the request: "Specifically you asked:", "I note you seek access to...")
    restates = any(pattern("request_cues").search(line.strip()) for line in doc.scan[core[0] : core[1]].splitlines())
    if not restates:
        return bool(pattern("acknowledgement").search(text) or pattern("holding_note").search(text))
    # (an acknowledgement may restate the request too, "I note you seek access to..."; where the page is
    # known to stop before any answer, the letter under the date says whether it only acknowledges)
    start = core[0] + found.start()
    letter = " ".join(doc.scan[start : min(core[1], start + 1500)].split())
    return stopped_before_answer and bool(pattern("acknowledgement").search(letter) or pattern("holding_note").search(letter))


def _cut_at_page_end(doc, spans, group: str, reach: int) -> str | None:
    """The sentence in which the page stops inside one of a phrases.yml `group`'s wordings (within `reach`
    characters of the end, in the response), else None."""
    cut = pattern(group).search(doc.scan, max(0, doc.length - reach))
    if cut and any(start <= cut.start() < end for start, end in spans):
        return doc.sentence_at(cut.start())
    return None


def _explaining_when_cut(doc, sentence: str) -> str | None:
    """The words of a refusal sentence that only explain why the information is hard to retrieve, when
    nothing from that sentence to the page's end names the cost limit it would lead to and the page stops
    mid-sentence; else None."""
    found = pattern("retrieval_explanation").search(sentence)
    words = sentence.split()
    at = re.search(r"\s+".join(map(re.escape, words[:8])), doc.scan) if words else None
    if not found or at is None:
        return None
    rest = doc.scan[at.start() :]
    if pattern("cost_conclusion").search(rest) or ends_sentence(rest.rstrip()):
        return None
    return found.group()


def _hold_for_extension(record: dict, doc, spans) -> None:
    """A letter that only takes more time to weigh the public interest ("we need further time... the
    following exemption may apply") refuses nothing yet: no outcome, no NCND answer, and the sections it
    names are not relied on. Its later answer, when the page holds one, gives the outcome instead."""
    extension = pattern("time_extension")
    if not any(extension.search(doc.scan, start, end) for start, end in spans):
        return
    record["outcome"] = record["ncnd"] = record["ncnd_scope"] = None
    record["evidence"]["outcome"] = record["evidence"]["ncnd_scope"] = None
    record["exemptions"], record["exemption_details"] = [], []
    record["warnings"].append("a time extension, not the answer: the sections it names may apply, none is relied on yet")


def _question_answers(doc, spans, questions, layout) -> list[dict]:
    """One entry per answer block: the question numbers it answers, what it does, and its sentence."""
    numbers = [q["number"] for q in questions if q.get("number")]
    texts = [q["text"] for q in questions]
    blocks = answer_blocks(doc, spans, numbers, layout.answers, layout.in_request, texts) if spans else []
    out = []
    for block in blocks:
        classify_answer(doc, block)
        out.append({"numbers": block.numbers, "kinds": block.kinds, "sentence": block.sentence})
    return out


# What the notice's general wording adds when the answer blocks leave some questions out
SIGNAL_KINDS = {"disclosed": "answered", "partially_disclosed": "answered", "not_held": "not_held", "refused": "refused", "ncnd": "ncnd"}


def _by_question(answers: list[dict], ncnd_in_notice: bool, questions=(), signals=None) -> tuple[str | None, str | None, list[str]]:
    """(outcome, evidence, kinds) decided over the answers, when at least two questions were answered
    one by one; an NCND elsewhere in the notice (on "any other information") counts as one more answer.
    When the blocks miss some of the request's numbered questions, what the notice says elsewhere
    counts too: the missing answers are somewhere in it."""
    if len(answers) < 2 and not (answers and len(answers[0]["numbers"]) >= 2):
        return None, None, []
    kinds_per_answer = [a["kinds"] for a in answers]
    covered = {n.lower() for a in answers for n in a["numbers"]}
    numbered = [q["number"] for q in questions if q.get("number")]
    missing = [n for n in numbered if not any(n.lower().endswith(c) for c in covered)]
    if missing and signals is not None:
        extra = sorted({SIGNAL_KINDS[k] for k in signals.found if k in SIGNAL_KINDS})
        kinds_per_answer.append(extra or ["no_answer"])
    outcome, kinds = combine(kinds_per_answer, ncnd_in_notice)
    if outcome is None:
        return None, None, []
    wanted = {"disclosed": "answered", "partially_disclosed": "answered", "not_held": "not_held", "refused": "refused", "ncnd": "ncnd"}[outcome]
    evidence = next((a["sentence"] for a in answers if wanted in a["kinds"] and a["sentence"]), None)
    return outcome, evidence or next((a["sentence"] for a in answers if a["sentence"]), None), kinds


def _fill_ico(record, doc, layout, result, exemptions, found):
    warnings = record["warnings"]
    _step(warnings, "ico findings", lambda: add_findings(doc, result, [x.id for x in exemptions]), None)
    regex, text = searcher(doc, "ncnd")
    ncnd_m = regex.search(text)
    # an NCND on cost grounds told in the decision's words: "to confirm or deny that it was held would
    # take longer than 18 hours"
    cost_regex, cost_text = searcher(doc, "cost_ncnd")
    cost_m = cost_regex.search(cost_text)
    record["ncnd"] = bool(ncnd_m or cost_m)
    record["evidence"]["ncnd"] = doc.sentence_at((ncnd_m or cost_m).start()) if record["ncnd"] else None
    record["outcome"] = result.outcome
    record["evidence"]["outcome"] = result.outcome_evidence
    if record["ncnd"]:
        # The case is about an NCND answer: its scope is the cost limit's (s12(2)) or the request's.
        cost = any(x.id == "s12(2)" for x in exemptions) or cost_m is not None
        record["ncnd_scope"] = "cost" if cost else "full"
        record["evidence"]["ncnd_scope"] = record["evidence"]["ncnd"]
        for detail in record["technology_details"]:
            detail.update({"role": "request_subject", "stance": "ncnd", "ncnd_covers": True})
    if result.outcome is None:
        warnings.append("no ICO decision found")
    record["ico"] = {
        "case_reference": record["reference"],
        "decision_date": record["date"],
        "public_authority": found.as_written or result.public_authority,
        "authority_id": found.id,
        "request_date": result.request_date,
        "response_date": result.response_date,
        "internal_review_date": result.internal_review_date,
        "steps_required": result.steps_required,
        "findings": result.findings,
    }
    warnings.extend(result.warnings)
