"""What kind of document this is: a force's response, an ICO decision, a WhatDoTheyKnow thread, or other.

"other" covers what is not a UK police FOI notice: a US public-records request, a news article about
FOI responses, random text. Markers are declared in vocab/phrases.yml (doctype).
"""

import re

from .phrases import line_pattern, pattern, search_group
from .source import doc_type_from_heading, doc_type_from_url, on_force_site
from .text import Doc

HEAD = 4000
DECISION_TOP = 600  # "Decision notice" stands in a decision's heading
BODY = 30000
GUIDANCE_ALONE = 4  # sentences explaining the Act that make a page guidance whatever answer-like words it has


def _count(doc: Doc, name: str, end: int, limit: int = 5) -> int:
    count = 0
    for _ in search_group(doc, "doctype/" + name, ("doctype", name), 0, end):
        count += 1
        if count >= limit:
            break
    return count


# "Decision notice" opening a line at the top: a decision's own heading (a story says "in a decision notice
# published on 4 May")
DECISION_HEADING = re.compile(r"^\W*(?:freedom\s+of\s+information\s+act\s+2000\s+\(section\s+50\)\s+)?decision\s+notice\b", re.M)
TRIBUNAL_HEAD = 1500  # a tribunal's decision names its appeal and parties at the top


def is_tribunal(doc: Doc, papers: bool = True) -> bool:
    """A tribunal's decision on an appeal: "First-tier Tribunal" with an appeal reference or parties at
    its head (a force's letter citing "an Information Tribunal case (EA/2010/0006)" further down is not one);
    with `papers`, also a party's own papers in an appeal ("Grounds of Appeal")."""
    head_end = min(doc.length, HEAD)
    head = doc.lower[:head_end]
    if not ("tribunal" in head or "appeal" in head):
        return False
    top = min(doc.length, TRIBUNAL_HEAD)
    return bool(_count(doc, "tribunal", top, 1) or (papers and _count(doc, "appeal_papers", top, 1)))


def _headline(doc: Doc) -> bool:
    """Whether the page's first line is a headline telling what a body did with a request (phrases.yml
    doctype/headline): "Loamshire Police and Crime Commissioner refuses drone oversight FOI request"."""
    first = next((line for line in doc.scan[:400].splitlines() if line.strip()), "")
    return bool(pattern("doctype", "headline").search(first))


def other_body_voice(doc: Doc) -> int:
    """How many sentences (up to 3) speak as a body that is not the police ("The council operates...")."""
    return _count(doc, "other_body", doc.length, 3)


def non_police_answerer(doc: Doc) -> bool:
    """Whether a sentence speaks as a body known to answer about policing without being a police body
    (the Ministry of Justice, the DVLA): one such sentence decides."""
    return bool(_count(doc, "non_police_answerer", doc.length, 1))


def unlisted_answerer(doc: Doc) -> bool:
    """Whether a sentence speaks as a police body the vocabulary does not list (the Police Federation): its
    answer is a police body's, but no listed force gave it."""
    return bool(_count(doc, "unlisted_answerer", doc.length, 1))


def classify(doc: Doc, source_url: str | None = None) -> str:
    """The text decides where it is decisive; the page's address (parse.source) settles the rest.

    A WhatDoTheyKnow request page cut before its status line reads like a letter to a force, and a
    disclosure-log page holding only the request never says "Freedom of Information": their addresses
    say what they are.
    """
    by_url = doc_type_from_url(source_url)
    if by_url == "other":
        return "other"
    if by_url is None:
        # a GOV.UK publication headed "FOI release": the Home Office's or a Commissioner's answer
        by_url = doc_type_from_heading(source_url, doc.scan)
    head_end = min(doc.length, HEAD)
    top = doc.lower[:DECISION_TOP]
    head = doc.lower[:head_end]
    own_words = bool(DECISION_HEADING.search(top)) or "complainant:" in head or "public authority:" in head
    reported = _count(doc, "reported", head_end, 2) if by_url != "ico_decision" and not own_words else 0
    if reported >= 2 or (reported and not _count(doc, "response", head_end, 1)):
        # a news story or a blog post about a decision tells what the Commissioner decided (a decision's
        # own head names "Public Authority:" and "Complainant:"; a force's letter quoting "the ICO has said"
        # still addresses its requester, unless the page reports the Commissioner twice: a story's own
        # "request for information" is not a reply's)
        return "other"
    if not own_words and by_url is None and source_url and not on_force_site(source_url) and _count(doc, "article_marks", head_end, 1):
        # a blog post about a decision ("Posted on August 12th, 2009"), which speaks of the decision notice
        # without being one: the decision's own head is not on it
        return "other"
    if "decision notice" in top and ("public authority" in top or "commissioner" in head) and _count(doc, "ico", head_end, 1) and not is_tribunal(doc):
        # an ICO decision notice whose request quotes a WhatDoTheyKnow link is still the decision
        return "ico_decision"
    ico_hits = _count(doc, "ico", head_end, 2)
    if by_url == "ico_decision" and ico_hits:
        # a decision page mentions the tribunal an appeal would go to, and a request made "via the
        # whatdotheyknow website"
        return "ico_decision"
    if source_url and by_url is None and not on_force_site(source_url) and _count(doc, "requester_narrative", head_end, 2) >= 2:
        # a requester's own account of their request and its answer, on a site of their own
        return "other"
    if source_url and by_url is None and not on_force_site(source_url) and (_count(doc, "article_marks", head_end, 1) or _headline(doc)):
        # a blog post or an article about a request ("by the author of this article", "Posted on ..."), even
        # when it quotes the answer
        return "other"
    if _rights_leaflet(doc) and not _count(doc, "police_answer", min(doc.length, BODY), 1):
        # a force's standard sheet on how to ask for a review, attached beside its letter: it answers nothing
        return "other"
    # (a page on another site that tells of a WhatDoTheyKnow request, a blog post, is not the thread)
    if _count(doc, "wdtk", head_end, 1) and (not source_url or "whatdotheyknow" in source_url):
        return "force_response" if by_url == "force_response" and "whatdotheyknow" in (source_url or "") else "wdtk_thread"
    if by_url != "force_response" and is_tribunal(doc):
        return "other"
    if ico_hits and ("public authority" in head or ico_hits >= 2 or "commissioner" in head or "complainant" in head):
        return "ico_decision"
    if by_url == "wdtk_thread":
        return by_url
    end = min(doc.length, BODY)
    foreign = _count(doc, "foreign", end)
    # Only whether response markers outnumber foreign ones matters: count no further than that.
    response = _count(doc, "response", end, min(5, foreign + 1))
    if foreign and foreign >= response and by_url != "force_response":
        # (a page from a police body's FOI log or a GOV.UK FOI release is an answer, whatever it says
        # about publication)
        return "other"
    guidance = _count(doc, "guidance", head_end, GUIDANCE_ALONE)
    if guidance >= 2 and not _count(doc, "request_shape", end, 1) and _explains_the_act(doc, end, guidance):
        return "other"
    if response and _count(doc, "foi", end, 1):
        return "force_response"
    if by_url in ("force_response", "ico_decision"):
        return by_url
    # A log page that never names the Act: a request or response heading, and an answer only a police
    # FOI reply gives (an NCND, an exemption relied on, "I have today decided to disclose").
    if (response or _count(doc, "request_shape", end, 1)) and _count(doc, "police_answer", end, 1):
        return "force_response"
    if on_force_site(source_url) and _headed_request_and_answer(doc, end):
        # a police force's own page laid out "Question" / "Answer" that never names the Act
        return "force_response"
    return "other"


# A letter's greeting line, "Dear Ms Carter" (Welsh "Annwyl"): the text is a letter to its requester
SALUTATION = re.compile(r"^\W*(?:dear|annwyl)\b", re.I | re.M)


def _explains_the_act(doc: Doc, end: int, guidance: int) -> bool:
    """Whether a page with `guidance` sentences explaining the Act (two or more) and no request answers nothing:
    - its answer-like words are no more than those sentences ("Any person can make a request...", "the right to
      be told whether..."), on a force's own site too, and either it gives no police answer or it has
      GUIDANCE_ALONE such sentences (which outweigh "we give a 'Neither Confirm Nor Deny' answer to requests for
      your own data");
    - or it gives no police answer and is no letter or log entry: a page on how to ask ("Making an FOI request",
      "How your request will be handled") speaks of "your request" and "our response" in the future tense."""
    answers = bool(_count(doc, "police_answer", end, 1))
    if (guidance >= GUIDANCE_ALONE or not answers) and _count(doc, "response", end, guidance + 1) <= guidance:
        return True
    return not answers and not _letter_or_log(doc, end)


def _letter_or_log(doc: Doc, end: int) -> bool:
    """Whether the text greets its requester ("Dear ...") or lays out a request and an answer under headings."""
    return bool(SALUTATION.search(doc.scan, 0, end)) or _headed_request_and_answer(doc, end)


def _rights_leaflet(doc: Doc, lines: int = 10) -> bool:
    """Whether the page opens (below WhatDoTheyKnow's attachment line, and the office's address block if the
    sheet prints one) with the heading of a force's sheet on reviews and appeals ("Requesting an internal
    review", "Your Right to Appeal"), and greets no one."""
    heading, banner = line_pattern("rights_leaflet_heading"), pattern("attachment_banner")
    opening = [line for start, _, line in doc.content_lines if start < HEAD and not banner.match(line)][:lines]
    return any(heading.match(line) for line in opening) and "dear " not in doc.lower[:HEAD]


def _headed_request_and_answer(doc: Doc, end: int) -> bool:
    """Whether the text has a request heading line ("Question", "Request") and a response heading line
    ("Answer", "Response") below it."""
    request, response = line_pattern("request_headings"), line_pattern("response_headings")
    asked = False
    for s, e, _ in doc.lines(0, end):
        line = doc.scan[s:e].strip().rstrip(":").strip()
        if not line or len(line) > 40:
            continue
        if not asked and request.match(line):
            asked = True
        elif asked and response.match(line):
            return True
    return False
