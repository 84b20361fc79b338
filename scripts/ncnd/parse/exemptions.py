"""Which sections the authority relied on, as opposed to sections a notice merely mentions.

Relied on: an exemption (FOIA ss.21-44) or refusal ground (s12 cost, s14 vexatious) cited in the
response. Not relied on: procedural sections (s1(1)(a) duty to confirm or deny, s16 advice, s17
refusal notice, s50 complaints), citations in the request ("If the request would fall foul of
section 12"), hypotheticals and advice ("generally considered exempt under Section 31"), and sections
of other Acts ("section 29(6) of PoFA 2012").

Police Scotland answers under FOISA, whose numbers differ (s35 law enforcement, s31 national security,
s38 personal data). Their ids keep the FOISA number as written ("s35(1)(a)") with a warning, and are
not trimmed to FOIA's vocabulary; FOISA s18 (refusal to confirm or deny) is the NCND mechanism, not an
exemption, like FOIA s1(1)(a).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import vocab
from .phrases import finder, has_anchor, pattern, searcher
from .sections import FINDING_ITEM, bare_list_citations, find_citations, named_exemption_citations, sort_key, trim_to_known
from .text import Doc

# "s31(1)(a)" -> "31"; -> "s31"
_SECTION_NUMBER = re.compile(r"s(\d+)")
_SECTION = re.compile(r"s\d+[A-Z]?")

FOIA_ELIGIBLE = {12, 14, *range(21, 45)}
FOISA_ELIGIBLE = {12, 14, *range(25, 42)}
FOISA_TITLES = {
    "25": "information otherwise accessible", "26": "prohibitions on disclosure", "27": "future publication",
    "28": "relations within the UK", "29": "formulation of Scottish Administration policy", "30": "effective conduct of public affairs",
    "31": "national security and defence", "32": "international relations", "33": "commercial interests", "34": "investigations",
    "35": "law enforcement", "36": "confidentiality", "37": "court records", "38": "personal information",
    "39": "health, safety and the environment", "40": "audit functions", "41": "communications with Her Majesty",
    "12": "excessive cost", "14": "vexatious or repeated requests",
}  # fmt: skip
LEAD_IN_LINES = 3


@dataclass
class Exemption:
    id: str
    role: str
    sentence: str
    position: int
    positions: list[int] = field(default_factory=list)


def _number(ident: str) -> str:
    return _SECTION_NUMBER.match(ident).group(1)


@lru_cache(maxsize=None)
def known() -> dict[str, dict]:
    try:
        return vocab.by_id(vocab.exemptions())
    except (OSError, KeyError):
        return {}


FOISA_WORDS = ("freedom of information (scotland)", "foisa", "scottish information commissioner")


def is_foisa(doc: Doc, authority_id: str | None) -> bool:
    head = doc.lower[:20000]
    return authority_id == "police-scotland" or any(word in head for word in FOISA_WORDS)


def _is_other_statute(doc: Doc, end: int, start: int | None = None) -> bool:
    regex, text = searcher(doc, "other_statutes")
    if regex.match(text, end, min(doc.length, end + 100)):
        return True
    if start is not None:
        # "Town Police Clauses Act 1847 Section 21": another Act named just before the section
        before = doc.scan[max(0, start - 80) : start]
        m = ACT_BEFORE.search(before)
        return bool(m) and not FOI_ACT.search(before[: m.end()])
    return False


# An Act and its year just before a citation ("... Act 1847 Section 21")
ACT_BEFORE = re.compile(r"\bAct\s+\d{4}\s*[,:(]?\s*$", re.I)
FOI_ACT = re.compile(r"freedom\s+of\s+information(?:\s+\(scotland\))?\s+act\s+\d{4}\s*[,:(]?\s*$", re.I)


def _in_ncnd_context(doc: Doc, pos: int, cache: dict) -> bool:
    """Whether the lead-in of a citation speaks of neither confirming nor denying. Each part of it (the
    sentence, a line above) is checked once per notice, since citations in a list share their lines."""
    ncnd = finder(doc, "ncnd")
    for part in _lead_in_parts(doc, pos):
        found = cache.get(part)
        if found is None:
            lowered = part.lower()
            found = cache[part] = has_anchor(lowered, "ncnd") and ncnd(part, lowered)
        if found:
            return True
    return False


def _said_withheld(doc: Doc, pos: int, cache: dict) -> bool:
    """Whether the lead-in of a citation says information is withheld ("Some data has been withheld as it is
    exempt from disclosure"). Each part is checked once per notice, as in _in_ncnd_context."""
    withheld, stock = pattern("refused"), pattern("generic_refusal")
    for part in _lead_in_parts(doc, pos):
        found = cache.get(part)
        if found is None:
            # (a letter's stock lead-in to the provisions below, "This information is exempt by virtue of:", says
            # nothing of its own: with NCND provisions under it, they neither confirm nor deny)
            found = cache[part] = bool(withheld.search(part)) and not stock.search(part)
        if found:
            return True
    return False


def _lead_in_parts(doc: Doc, pos: int) -> list[str]:
    """The sentence of a citation plus the lines that introduce a list it stands in."""
    parts = [doc.scan_sentence_at(pos)]
    index = doc.line_index(pos)
    taken = 0
    while index > 0 and taken < LEAD_IN_LINES:
        index -= 1
        s, e = doc.line_span(index)
        line = doc.scan[s:e].strip()
        if not line:
            continue
        parts.append(line)
        taken += 1
        if len(line) > 300:
            break
    return parts


# A table of exemptions whose header names a section column: "| Question | Section of the Act | Exemption |"
_SECTION_HEADER = re.compile(r"^[ \t]*\|[^\n]*\bsection\b[^\n]*\|[ \t]*$", re.I | re.M)
# A cell holding a bare subsection under that header: "| 2 | 43(2) | Commercial interests |"
_SECTION_CELL = re.compile(r"\d{1,2}(?:\s*\(\d{1,2}[A-Z]?\))+(?:\s*\([a-z]\))*")


def _table_sections(doc: Doc, layout):
    """(id, position) of each section written alone in the section column of an exemptions table in
    the response: the cells say "43(2)" with no "Section" before them."""
    if "|" not in doc.scan or (doc.folds and "section" not in doc.lower):
        return  # no table, or none whose header can name a section column
    for header in _SECTION_HEADER.finditer(doc.scan):
        cells = header.group().strip().strip("|").split("|")
        column = next(i for i, c in enumerate(cells) if re.search(r"\bsection\b", c, re.I))
        position = header.end()
        for line in doc.scan[header.end() :].split("\n")[1:]:
            line_start = position + 1
            position = line_start + len(line)
            if not line.strip():
                continue
            if not line.lstrip().startswith("|"):
                break
            row = line.strip().strip("|").split("|")
            if column >= len(row) or not _SECTION_CELL.fullmatch(row[column].strip()):
                continue
            cell_at = line_start + line.index(row[column])
            if layout.in_request(cell_at):
                continue
            for cite in find_citations("section " + row[column].strip()):
                for ident in cite.ids:
                    yield ident, cell_at


@lru_cache(maxsize=None)
def _section_titles(foisa: bool) -> dict[str, str]:
    """Section number -> its title, from the vocabulary (or FOISA's)."""
    if foisa:
        return dict(FOISA_TITLES)
    titles: dict[str, str] = {}
    for ident, row in known().items():
        titles.setdefault(_number(ident), row.get("title") or "")
    return titles


# "Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); 18(1) (...);
# 34(1)(a)(i) (Investigations ...)": a decision's list of the provisions it applies, items split by ";".
# A page whose text broke the list over lines, blank ones between ("...; 2(1)(b)\n\n(Effect of exemptions); 33(1)(b)
# (Commercial interests...)"), runs on while each line opens with "(", a digit or a lower-case word.
PROVISIONS = re.compile(
    r"(?:\((?:FOISA|FOIA)\)|\bFOISA|\bFOIA|Freedom\s+of\s+Information\s+(?:\(Scotland\)\s+)?Act\s+\d{4})\s*:?\s+sections?\s*:?\s*"
    r"(?P<items>[^\n]+(?:\n[ \t]*(?:\n[ \t]*)?(?=[(\d]|(?-i:[a-z]))[^\n]+)*)",
    re.I,
)
_ITEM_TITLE = re.compile(r"\s?\((?=[A-Z]|[a-z]+\s)[^()]*\)")
# what joins one item to the next after a title: " and ", ", ", "sections"; "and35(1)(a)" where a page lost the space
_ITEM_JOIN = re.compile(r"^[\s,;]*(?:and(?:\s+|(?=\d))|&\s+)?(?:sections?\s+)?", re.I)


def _provisions_list(doc: Doc, eligible) -> list[tuple[str, str, int]] | None:
    """(id, line, position) of each eligible section in a decision's list of relevant provisions (an
    empty list when it lists only procedural sections, such as FOISA s18), or None without a list."""
    m = PROVISIONS.search(doc.scan)
    if not m:
        return None
    out = []
    line = " ".join(doc.plain[m.start() : m.end()].split())
    # Each item ends at its title: "17(1) (Notice that information not held) and 34(1)(a)(i) and (b)
    # (Investigations...)" holds 17(1), then 34(1)(a)(i) and 34(1)(b)
    heads = [_ITEM_JOIN.sub("", head) for item in m.group("items").split(";") for head in _ITEM_TITLE.split(item)]
    for head in heads:
        head = head[1:] if head[:1] in "sS" and head[1:2].isdigit() else head  # "s30(b)(i)"
        if not head or not head[0].isdigit():
            continue
        for cite in find_citations("section " + head.strip()):
            for ident in cite.ids:
                if int(_number(ident)) in eligible and ident not in [o[0] for o in out]:
                    out.append((ident, line, m.start("items")))
    return out




def _list_cut_after_number(doc: Doc) -> bool:
    """Whether the page stops inside the list of provisions, right after an item's bare number ("...; 38")."""
    m = PROVISIONS.search(doc.scan)
    return bool(m) and not doc.scan[m.end() :].strip() and re.search(r"\d\s*$", m.group("items")) is not None


def _role(ident: str, table: dict, foisa: bool) -> str:
    row = table.get(ident) if not foisa else None
    return "ncnd" if row and row.get("ncnd_provision") else "withholding"


def _and_parents(ident: str) -> list[str]:
    """"s38(2A)(a)" -> ["s38(2A)(a)", "s38(2A)", "s38"]"""
    out = [ident]
    while out[-1].endswith(")") and "(" in out[-1]:
        out.append(out[-1][: out[-1].rindex("(")])
    return out


def find_exemptions(doc: Doc, layout, authority_id: str | None, doc_type: str):
    """(list of Exemption sorted as the contract wants, warnings)."""
    warnings: list[str] = []
    table = known()
    foisa = is_foisa(doc, authority_id)
    eligible = FOISA_ELIGIBLE if foisa else FOIA_ELIGIBLE
    mention = finder(doc, "mention")
    not_relied = finder(doc, "not_relied") if doc_type != "ico_decision" else None
    found: dict[str, Exemption] = {}
    unknown: set[str] = set()
    ncnd_parts: dict[str, bool] = {}  # lead-in part -> whether it holds NCND wording
    withheld_parts: dict[str, bool] = {}  # lead-in part -> whether it says information is withheld
    page_ncnd = None  # whether the page says anywhere that it neither confirms nor denies (read once, when needed)
    mentioned: dict[tuple[int, int], bool] = {}  # sentence span -> whether its citations are only mentioned
    citations = find_citations(doc.scan, lower=doc.lower if doc.folds else None)
    citations += bare_list_citations(doc.scan, _section_titles(foisa))
    if "exemption " in doc.lower:
        citations += named_exemption_citations(doc.scan, _section_titles(foisa))
    for cite in citations:
        if layout.in_request(cite.start) or layout.is_set_aside(cite.start):
            continue
        if doc_type != "ico_decision" and doc.is_quoted(cite.start):
            continue  # the requester's words quoted in a reply
        if _is_other_statute(doc, cite.end, cite.start):
            continue
        if pattern("by_virtue_of").search(doc.scan, max(0, cite.start - 30), cite.start):
            continue  # "Section 30(3) (by virtue of Section 30(2))": the NCND provision is s30(3), 30(2) says why
        ids = [i for i in cite.ids if int(_SECTION_NUMBER.match(i).group(1)) in eligible]
        if not ids:
            continue
        span = doc.sentence_span(cite.start)
        excluded = mentioned.get(span)
        if excluded is None:
            sentence = " ".join(doc.scan[span[0] : span[1]].split())
            lowered = sentence.lower()
            excluded = mentioned[span] = bool(
                (has_anchor(lowered, "mention") and mention(sentence, lowered))
                or (not_relied is not None and not_relied(sentence, lowered))
            )
        if excluded:
            continue
        in_ncnd_context = None
        for ident in ids:
            if foisa:
                final = ident
            else:
                final = trim_to_known(ident, set(table)) if table else ident
                if final is None:
                    final = ident
                    unknown.add(ident)
            if in_ncnd_context is None:
                in_ncnd_context = _in_ncnd_context(doc, cite.start, ncnd_parts)
            row = table.get(final) if not foisa else None
            role = "ncnd" if (row and row.get("ncnd_provision")) or in_ncnd_context else "withholding"
            if role == "ncnd" and not in_ncnd_context and _said_withheld(doc, cite.start, withheld_parts):
                # "Some data has been withheld as it is exempt ... by virtue of the following exemptions:" /
                # "Section 42(2) - Legal Professional Privilege", on a page that never neither confirms nor
                # denies: the confirm-or-deny subsection is cited for what is withheld
                if page_ncnd is None:
                    # (or argues what confirming or denying that it holds anything on the subject would reveal:
                    # "By confirming or denying that the Force holds any information about covert recording
                    # devices would show offenders where they are used")
                    page_ncnd = bool(finder(doc, "ncnd")(doc.scan, doc.lower)) or bool(pattern("ncnd_harm_argument").search(doc.scan))
                if not page_ncnd:
                    role = "withholding"
            if final in found:
                found[final].positions.append(cite.start)
                if role == "ncnd":
                    found[final].role = "ncnd"
                continue
            found[final] = Exemption(final, role, doc.evidence_at(cite.start), cite.start, [cite.start])
    for ident, position in _table_sections(doc, layout):
        final = ident if foisa else (trim_to_known(ident, set(table)) if table else ident) or ident
        if final in found or int(_number(final)) not in eligible:
            continue
        row = table.get(final) if not foisa else None
        role = "ncnd" if row and row.get("ncnd_provision") else "withholding"
        found[final] = Exemption(final, role, doc.evidence_at(position), position, [position])
    if doc_type == "ico_decision":
        provisions = _provisions_list(doc, eligible)
        if provisions is not None:
            # A decision's list of the provisions it applies names the sections it ruled on; sections
            # the authority cited that the decision did not reach are not in it.
            cited = dict(found)
            found = {}
            cut = _list_cut_after_number(doc)
            for index, (ident, sentence, position) in enumerate(provisions):
                # (a list the page cuts right after a bare number, "...; 38": the subsections of it the
                # decision cites elsewhere are the ones it ruled on)
                last = index == len(provisions) - 1
                deeper = [other for other in cited if other.startswith(ident + "(")] if cut and last and "(" not in ident else []
                for name in deeper or [ident]:
                    found[name] = cited.get(name) or Exemption(name, _role(name, table, foisa), sentence, position, [position])
    if doc_type == "ico_decision":
        # A law report's findings line names each section the decision ruled on ("Section of Act/EIR &
        # Finding: FOI 31 - Complaint Not upheld"; "FOI 23: Complaint not upheld"), also when its summary
        # cites none
        for m in FINDING_ITEM.finditer(doc.scan):
            if m.group("act").upper() != "FOI":
                continue  # (an EIR regulation is not a FOIA section)
            ident = "s" + re.sub(r"\s+", "", m.group("section"))
            if int(_number(ident)) in eligible and not any(_number(other) == _number(ident) for other in found):
                found[ident] = Exemption(ident, _role(ident, table, foisa), doc.evidence_at(m.start()), m.start(), [m.start()])
    # A bare "Section 24" only stands for itself when no subsection of it was cited.
    ids = list(found)
    for ident in ids:
        if any(other != ident and other.startswith(ident + "(") for other in ids):
            found.pop(ident, None)
    # s40(3)/(3A)/(3B)/(4A) are conditions of s40(2), not exemptions of their own; so are FOISA's
    # 38(2A)/(5) to 38(1)(b).
    conditions = {row["id"]: row for row in vocab.foisa_exemptions()} if foisa else table
    for ident in list(found):
        # ("38(2A)(a)" is a part of the condition 38(2A))
        row = next((conditions[i] for i in _and_parents(ident) if i in conditions), None)
        if row and "condition" in (row.get("title") or "").lower():
            section = _SECTION.match(ident).group()
            if any(o != ident and _SECTION.match(o).group() == section for o in found):
                found.pop(ident)
    result = sorted(found.values(), key=lambda x: sort_key(x.id))
    for ident in sorted(unknown, key=sort_key):
        if ident in found:
            warnings.append(f"section not in exemption vocabulary: {ident}")
    if foisa and result:
        described = ", ".join(f"{x.id} ({FOISA_TITLES.get(_number(x.id), 'FOISA')})" for x in result)
        warnings.append(f"FOISA sections (Freedom of Information (Scotland) Act 2002 numbering): {described}")
    return result, warnings
