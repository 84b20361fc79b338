"""ICO decision notices: the case, the police body complained about, the dates and the findings.

Two eras share one reading. Older notices (FS50... references) open with "Summary" and end with
"The Decision" and "Steps Required"; newer ones (IC-...) open with "Decision (including any steps
ordered)". Both name the body on a "Public Authority:" line and quote the request after "requested
information in the following terms:". The outcome comes from the decision summary (the opening
paragraphs): "was entitled to rely on" (authority won), "is not engaged" / "was not entitled"
(complainant won), or both (partly).
"""

import bisect
import re
from dataclasses import dataclass, field

from .dates import dates_in, find_dates
from .phrases import pattern
from .sections import FINDING_ITEM, find_citations
from .split import Layout
from .text import Doc, collapse

# "Public Authority: Chief Constable of Kent Police" (the value may also sit on the next line)
# "Public Authority: Chief Constable of Kent Police"; a Scottish decision's "Authority: Chief Constable of ..."
PUBLIC_AUTHORITY = re.compile(r"^\W*(?:public\s+)?authority\s*:\s*(?:address\s*:\s*)?(?P<value>[^\n]*)$", re.I | re.M)
# A Scottish Commissioner decision's title: "Decision 071/2013 Mr A Smith and the Chief Constable of the Police
# Service of Scotland" names the authority the decision is issued against (a successor body included); the
# Commissioner's own pages put a colon after the number ("Decision 200/2016: Mr A Smith and the Scottish Police Authority")
SCOTTISH_TITLE = re.compile(r"^[^\S\n]*Decision[^\S\n]+\d{1,3}/\d{4}:?[^\S\n]+(?P<parties>\S[^\n]{5,200}?)\s*$", re.I | re.M)
ADDRESS = re.compile(r"\s+address\s*:.*$", re.I)
# Where the decision summary ends.
SUMMARY_END = re.compile(
    r"^\W*(?:\d+\.\s+)?(?:request and response|background|the request|the commissioner's role|scope of the case|"
    r"reasons for decision|the investigation|analysis|chronology)\W*$",
    re.I | re.M,
)
# The lead-in to the quoted request: "requested information in the following terms:"
REQUEST_LEAD_IN = re.compile(
    r"(?:in\s+the\s+following\s+terms|requested\s+the\s+following(?:\s+information)?|and\s+requested|made\s+the\s+following\s+request|request(?:ed)?\s+(?:was\s+)?as\s+follows)\s*:?\s*$",
    re.I,
)
# An ICO paragraph number opening a line: "5. Kent Police responded on 2 July 2024"
PARAGRAPH = re.compile(r"^\W*(\d{1,3})\.\s+\S")
# A section heading in the reasons: "Section 24 - national security", "Section 31(3) - law enforcement"
SECTION_HEADING = re.compile(r"^[ \t]*section\s+(\d{1,3})(?:\s*\([^)\n]*\))*[ \t]*(?:[-:][ \t]*[A-Za-z][^\n]{0,60})?$", re.I | re.M)
# Questions and conditions rather than findings: "whether Kent Police was entitled to...", "the
# confirmation or denial must be provided if the public interest in the maintenance...".
HYPOTHETICAL_ENGAGED = re.compile(r"\b(?:if|whether)\b[^.]{0,80}\b(?:entitled|engaged)\b", re.I)
HYPOTHETICAL_PI = re.compile(r"\b(?:if|whether|in order for)\b[^.]{0,80}\bpublic interest\b|\bquestion\b", re.I)
# The title of a decision summary page: "# West Yorkshire Police", "# City of London Police (Decision notice)"
SUMMARY_PAGE = re.compile(r"\bdecision\(s\)\s+foi\s+\d+|^\W*foi\s+\d+\s*:\s*(?:not\s+)?upheld\b", re.I | re.M)
SUMMARY_TITLE_SUFFIX = re.compile(r"\s*\((?:decision notice|decision)\)\s*$|\s*\[\d{4}\].*$", re.I)
# A finding about every exemption at once: "neither exemption is engaged", "both exemptions are engaged"
ALL_EXEMPTIONS = re.compile(r"\b(?:neither|both|none\s+of\s+the|all\s+(?:of\s+)?the|each\s+of\s+the)\s+(?:exemptions?|sections)\b", re.I)


@dataclass
class IcoResult:
    layout: Layout
    public_authority: str | None = None
    summary: tuple[int, int] = (0, 0)
    outcome: str | None = None
    outcome_evidence: str | None = None
    steps_required: bool | None = None
    request_date: str | None = None
    response_date: str | None = None
    internal_review_date: str | None = None
    findings: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def _absolute(ident: str) -> bool:
    from .exemptions import known

    row = known().get(ident)
    return bool(row and row.get("exemption_type") == "absolute")


def _titled_party(doc: Doc) -> str | None:
    """The authority a Scottish decision's title names after the applicant ("... and the Chief Constable of
    Strathclyde Police"), tried from the last " and " back so that an applicant's own "and" does not split it."""
    from .authority import lookup

    for m in SCOTTISH_TITLE.finditer(doc.plain[:3000]):
        parties = collapse(m.group("parties"))
        several = pattern("several_chief_officers").search(parties)
        if several:
            # a decision on requests to several forces ("... and the Chief Constables of Fife, Grampian and Tayside
            # Police"): no one of them is the authority, so none is named
            return several.group(0)
        cuts = [c.end() for c in re.finditer(r"\s+and\s+", parties)]
        for cut in reversed(cuts):
            if lookup(parties[cut:]):
                return re.sub(r"^the\s+", "", parties[cut:], flags=re.I)
        if cuts and pattern("unlisted_police_body").search(parties[cuts[-1] :]):
            # a police body the vocabulary does not list ("... and the Northern Joint Police Board"): named as
            # written, so that no force the decision's account mentions stands in for it
            return re.sub(r"^the\s+", "", parties[cuts[-1] :], flags=re.I)
    return None


def public_authority(doc: Doc) -> str | None:
    for m in PUBLIC_AUTHORITY.finditer(doc.plain[:20000]):
        value = ADDRESS.sub("", m.group("value")).strip(" .,")
        if not value:
            # "Public Authority:" alone, the name on the next non-empty line
            rest = doc.plain[m.end() : m.end() + 300].strip().split("\n", 1)[0]
            value = ADDRESS.sub("", rest).strip(" .,")
        if value:
            return collapse(value)
    titled = _titled_party(doc)
    if titled:
        return titled
    if SUMMARY_PAGE.search(doc.scan[:5000]) and doc.headings:
        # the last title form is the page's own heading ("City of London Police (Decision notice)")
        for _, heading in doc.headings[:3]:
            name = SUMMARY_TITLE_SUFFIX.sub("", collapse(heading)).strip()
            if name and len(name) <= 80:
                return name
    return None


def _summary_span(doc: Doc) -> tuple[int, int]:
    start_m = re.search(r"^\W*(?:decision \(including any steps ordered\)|summary)\W*$", doc.scan, re.I | re.M)
    start = start_m.end() if start_m else 0
    end_m = SUMMARY_END.search(doc.scan, start)
    end = end_m.start() if end_m else min(doc.length, start + 3000)
    return start, end


def _request_span(doc: Doc) -> tuple[int, int] | None:
    lines = [(s, e, doc.scan[s:e].strip()) for s, e, _ in doc.lines() if doc.scan[s:e].strip()]
    for index, (s, e, text) in enumerate(lines):
        if not REQUEST_LEAD_IN.search(text) or index + 1 >= len(lines):
            continue
        if REQUEST_LEAD_IN.search(lines[index + 1][2]):
            continue  # "...and requested" / "information in the following terms:": the lead-in wraps
        m = PARAGRAPH.match(text)
        if not m:
            # the lead-in may wrap over lines: find the paragraph number above it
            for back in range(index - 1, max(-1, index - 6), -1):
                m = PARAGRAPH.match(lines[back][2])
                if m:
                    break
        number = int(m.group(1)) if m else None
        start = lines[index + 1][0]
        for s2, e2, text2 in lines[index + 1 :]:
            p = PARAGRAPH.match(text2)
            if p and (number is None or int(p.group(1)) == number + 1):
                return start, s2
            if SUMMARY_END.match(text2):
                return start, s2
        return start, doc.length
    return None


def _first_sentence(doc: Doc, regex, span, skip=None) -> tuple[int, str] | None:
    for m in regex.finditer(doc.scan, *span):
        s, e = doc.sentence_span(m.start())
        sentence = " ".join(doc.scan[s:e].split())
        if skip is not None and skip(sentence):
            continue
        return s, " ".join(doc.plain[s:e].split())
    return None


def _procedural_only(doc: Doc, span) -> str | None:
    """The findings line when every exemption it names was not upheld and only procedural sections were:
    the authority kept what it withheld (its breaches of procedure are noted, not steps)."""
    # (a summary's findings line, item by item: "Decision(s) FOI 1: Upheld, FOI 10: Upheld, FOI 35: Not upheld")
    items = [(re.match(r"\d+", m.group("section")).group(), (m.group("kind") or "").strip().lower(), m) for m in FINDING_ITEM.finditer(doc.scan, *span)]
    is_procedural = pattern("ico", "procedural_sections").match  # (phrases.yml: 1, 10, 11, 17)
    substantive = [kind for number, kind, _ in items if not is_procedural(number)]
    procedural = [kind for number, kind, _ in items if is_procedural(number)]
    if substantive and procedural and all(kind == "not" for kind in substantive):
        s, e = doc.sentence_span(items[0][2].start())
        return " ".join(doc.plain[s:e].split())
    return None


def _classify(doc: Doc, span) -> tuple[str | None, str | None]:
    won = pattern("ico", "authority_won")
    lost = pattern("ico", "complainant_won")
    procedural = _procedural_only(doc, span)
    if procedural:
        return "ico_upheld_authority", procedural
    partly = _first_sentence(doc, pattern("ico", "partly"), span)
    if partly:
        return "ico_partly", partly[1]
    c = _first_sentence(doc, lost, span, skip=_narrated_failure)
    a = _first_sentence(doc, won, span, skip=lambda sentence: bool(lost.search(sentence)))
    if a and c:
        return "ico_partly", c[1]
    if c and _both_ways(c[1], won, lost):
        return "ico_partly", c[1]
    if c:
        return "ico_upheld_complainant", c[1]
    if a:
        return "ico_upheld_authority", a[1]
    return None, None


def _narrated_failure(sentence: str) -> bool:
    """A summary's account of what happened before the appeal ("The Police failed to respond but, following
    a review, advised..."), not a finding: the Commissioner's findings name the finder or the breach."""
    return bool(pattern("ico", "narrated_failure").search(sentence)) and not pattern("ico", "finding").search(sentence)


def _both_ways(sentence: str, won: re.Pattern, lost: re.Pattern) -> bool:
    """One sentence deciding each way in contrasted clauses: "...correctly withheld the locations under
    section 31(1)(a), but that section 43(2) is not engaged"."""
    clauses = CONTRAST.split(sentence)
    concession = CONCESSION.match(sentence)
    if concession:
        # "While the Commissioner found that ... correctly withheld some information, he found ..."
        clauses = [concession.group(1)] + CONTRAST.split(sentence[concession.end() :])
    return len(clauses) > 1 and any(won.search(c) and not lost.search(c) for c in clauses) and any(lost.search(c) for c in clauses)


# A sentence opening with a concession: its first clause decides one way, the rest the other.
# ("The Commissioner found that although the Police had correctly withheld some of the information, it had
# incorrectly withheld other information": the concession may follow the finder's words)
CONCESSION = re.compile(r"^\W*(?:[^,]{0,80}?\bthat,?\s+)?(?:while|whilst|although|though)\s+([^,]+),\s*", re.I)


PARTIAL_BEFORE = re.compile(r"\b(?:partially|partly)\s+$", re.I)


def _late_only(doc: Doc, span) -> bool:
    """Whether the summary's only finding against the authority is lateness: a time-limit breach named,
    and nothing withheld wrongly, no disclosure or fresh answer ordered."""
    text = doc.scan[span[0] : span[1]]
    lost = pattern("ico", "complainant_won")
    late_pattern = pattern("ico", "late")
    late = late_pattern.search(text)
    # (the summary's "partially failed to deal with the request" is what is being weighed, not a finding of its own)
    others = [
        m for m in lost.finditer(text)
        if not late_pattern.search(text, max(0, m.start() - 120), m.end() + 120) and not PARTIAL_BEFORE.search(text, max(0, m.start() - 14), m.start())
    ]
    return bool(late) and not others


def _steps(doc: Doc) -> bool | None:
    text = doc.scan
    none_m = pattern("ico", "steps_none").search(text)
    req_m = pattern("ico", "steps_required").search(text)
    if none_m and not req_m:
        return False
    if req_m and not none_m:
        return True
    if none_m and req_m:
        return req_m.start() < none_m.start()
    return None


def _event_dates(doc: Doc, result: IcoResult):
    """Request, response and internal review dates from the sentences that narrate them."""
    request_re = pattern("ico", "request_date")
    response_re = pattern("ico", "response_date")
    review_re = pattern("ico", "review_date")
    review_request_re = pattern("ico", "review_request")
    seen = set()
    for dm in find_dates(doc.scan, doc.lower):
        s, e = doc.sentence_span(dm.start())
        if (s, e) in seen:
            continue
        seen.add((s, e))
        sentence = " ".join(doc.scan[s:e].split())
        found = list(dates_in(sentence))
        if not found:
            continue
        if re.search(r"\bcommissioner\b", sentence, re.I) and not review_re.search(sentence):
            continue
        first = found[0][1]
        review = review_re.search(sentence)
        if review and result.internal_review_date is None:
            # "The complainant requested an internal review on 6 April. The MPS provided the outcome of
            # its review on 19 May" - the review's date is the one after the review wording.
            after = [iso for m, iso in found if m.start() >= review.start()]
            result.internal_review_date = after[0] if after else found[-1][1]
            continue
        if review_request_re.search(sentence) or re.search(r"\binternal review\b", sentence, re.I):
            continue
        if request_re.search(sentence) and result.request_date is None:
            result.request_date = first
        elif response_re.search(sentence) and result.response_date is None and result.request_date is not None:
            result.response_date = first


def _heading_ids(heading: str, section_ids: list[str]) -> list[str]:
    """The exemptions a section heading is about: "Section 31(1)(a) - prevention or detection of crime"
    heads the reasons for s31(1)(a) only, "Section 31 - law enforcement" for every s31 id."""
    cited = [ident for cite in find_citations(heading) for ident in cite.ids]
    narrowed = [i for i in section_ids if any(i == c or i.startswith(c + "(") for c in cited)]
    return narrowed or section_ids


# Where one sentence turns from one finding to another: ", but", "; ", ", whereas", ", however,"
# (".However," run together: a page that lost the space between two sentences)
# (", although she was satisfied that ...": a finding the other way after the first)
CONTRAST = re.compile(r",?\s+but\s+(?:that\s+)?|;\s+|,\s+whereas\s+|,\s+however,?\s+|\.\s*however,?\s+|,\s+(?:although|though|while|whilst)\s+", re.I)


def _note_clause(clause: str, ids: list[str], plain: str, note):
    if HYPOTHETICAL_ENGAGED.search(clause):
        pass
    elif pattern("ico", "not_engaged").search(clause):
        for ident in ids:
            note(ident, "engaged", False, plain)
    elif pattern("ico", "engaged").search(clause):
        for ident in ids:
            note(ident, "engaged", True, plain)
    if HYPOTHETICAL_PI.search(clause):
        return
    if pattern("ico", "pi_disclose").search(clause):
        for ident in ids:
            note(ident, "public_interest", "disclose", plain)
    elif pattern("ico", "pi_maintain").search(clause):
        for ident in ids:
            note(ident, "public_interest", "maintain", plain)


def _findings(doc: Doc, exemption_ids: list[str], summary) -> list[dict]:
    if not exemption_ids:
        return []
    engaged_re = pattern("ico", "engaged")
    not_engaged_re = pattern("ico", "not_engaged")
    maintain_re = pattern("ico", "pi_maintain")
    disclose_re = pattern("ico", "pi_disclose")
    by_section: dict[int, list[str]] = {}
    for ident in exemption_ids:
        by_section.setdefault(int(re.match(r"s(\d+)", ident).group(1)), []).append(ident)
    findings: dict[str, dict] = {}

    def ids_for(sentence: str, current: list[str]) -> list[str]:
        ids = []
        for cite in find_citations(sentence):
            for ident in cite.ids:
                if ident in exemption_ids:
                    ids.append(ident)
                else:
                    number = int(re.match(r"s(\d+)", ident).group(1))
                    candidates = by_section.get(number, [])
                    ids.extend(c for c in candidates if c.startswith(ident) or ident.startswith(c))
        return list(dict.fromkeys(ids)) or current

    def note(ident, key, value, sentence):
        entry = findings.setdefault(ident, {"exemption_id": ident, "engaged": None, "public_interest": None, "sentence": sentence})
        if entry[key] is None:
            entry[key] = value

    headings = [(m.start(), _heading_ids(m.group(), by_section.get(int(m.group(1)), []))) for m in SECTION_HEADING.finditer(doc.scan)]
    heading_starts = [h[0] for h in headings]
    cue = re.compile("|".join(p.pattern for p in (engaged_re, not_engaged_re, maintain_re, disclose_re)), re.I | re.M)
    spans = []
    for m in cue.finditer(doc.scan):
        span = doc.sentence_span(m.start())
        if not spans or spans[-1] != span:
            spans.append(span)
    for s, e in dict.fromkeys(spans):
        index = bisect.bisect_right(heading_starts, s) - 1
        current = headings[index][1] if index >= 0 else []
        sentence = " ".join(doc.scan[s:e].split())
        plain = " ".join(doc.plain[s:e].split())
        if re.search(r"\b(?:has not|not gone on to|did not|need not|not deemed it necessary to)\s+(?:\w+\s+){0,5}consider", sentence, re.I):
            continue
        ids = ids_for(sentence, current)
        if not ids and ALL_EXEMPTIONS.search(sentence):
            ids = list(exemption_ids)  # "neither exemption is engaged", "both exemptions are engaged"
        if not ids:
            continue
        # "... correctly withheld the locations under section 31(1)(a), but that section 43(2) is not
        # engaged": each contrasted clause speaks for the sections it cites (or those before it).
        clauses = CONTRAST.split(sentence) if len(ids) > 1 else [sentence]
        for clause in clauses:
            if len(clauses) > 1:
                ids = ids_for(clause, ids)
            _note_clause(clause, ids, plain, note)
    result = [f for f in findings.values() if f["engaged"] is not None or f["public_interest"] is not None]
    for f in result:
        if f["public_interest"] is not None and f["engaged"] is None:
            f["engaged"] = True
        if _absolute(f["exemption_id"]):
            f["public_interest"] = None  # an absolute exemption has no public interest test
    order = {ident: i for i, ident in enumerate(exemption_ids)}
    return sorted(result, key=lambda f: order.get(f["exemption_id"], 10**6))


def read_ico(doc: Doc) -> IcoResult:
    layout = Layout(request=_request_span(doc))
    layout.response = (layout.request[1], doc.length) if layout.request else (0, doc.length)
    result = IcoResult(layout=layout)
    result.public_authority = public_authority(doc)
    result.summary = _summary_span(doc)
    result.outcome, result.outcome_evidence = _classify(doc, result.summary)
    if result.outcome is None:
        result.outcome, result.outcome_evidence = _classify(doc, (0, doc.length))
    result.steps_required = _steps(doc)
    if result.outcome == "ico_partly" and result.steps_required is False and _late_only(doc, result.summary):
        # "partially failed to deal with the request" only by answering late, with no step ordered: the
        # authority's answer stands (README "Fields": a procedural breach counts as a mix only with a step)
        result.outcome = "ico_upheld_authority"
    if result.outcome == "ico_upheld_authority" and result.steps_required:
        # the force won on the exemption but must still do something (a fresh notice for some items,
        # advice and assistance): a mixed decision
        result.outcome = "ico_partly"
    _event_dates(doc, result)
    return result


def add_findings(doc: Doc, result: IcoResult, exemption_ids: list[str]):
    result.findings = _findings(doc, exemption_ids, result.summary)
