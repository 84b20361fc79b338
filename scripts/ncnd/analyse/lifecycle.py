"""Lifecycle links: the stages of one case (response, internal review, ICO decision, tribunal).

A later stage usually quotes the earlier one's reference ("IC-320081-J7L0", "FS50123456",
"EA/2023/0171", the force's "01.FOI.19.012185"); when it does not, the same authority answering
the same request (one request family) before the later stage's date is the next best evidence.
Decision notices also cite other cases as precedent, so a quoted reference only links notices of
the same authority, and only from an earlier stage to a later one.
"""

import re
from dataclasses import dataclass

from .corpus import Notice

STAGES = {"force_response": 0, "internal_review": 1, "ico_decision": 2, "tribunal": 3}

# ICO case references: "IC-320081-J7L0", "IC -80804 -J7C6" (broken PDF spacing), "FS50123456", "FER0123456"
ICO_REFERENCE = re.compile(r"\bIC\s*-\s*\d{4,7}\s*-\s*[A-Z0-9]{4}\b|\bFS\s?50\d{6}\b|\bFER\s?0\d{6}\b")
# Tribunal appeal numbers: "EA/2023/0171", "EA-2023-0171"
TRIBUNAL_REFERENCE = re.compile(r"\bEA\s*[/-]\s*(?:19|20)\d{2}\s*[/-]\s*\d{3,4}\b")
# Tokens that may be a force's own reference: "01.FOI.19.012185", "FOI-2022-14653", "CS/6827/2023", "000123/19"
# "FOI 2024/11827" is tried with and without its short word in front, as forces write it both ways
# (a lookahead requires a digit, so ordinary words are never looked up)
REFERENCE_TOKEN = re.compile(r"\b(?:([A-Za-z]{2,6}) )?((?=[A-Za-z./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{4,}[A-Za-z0-9])\b")
HAS_DIGIT = re.compile(r"\d")
# A force's internal review, not its standard "you may ask for an internal review" paragraph:
# "Internal Review Response", "Outcome of your internal review", "internal review decision"
# "you asked for an internal review of", "Internal Review Outcome", "Outcome of your internal review"
# (a heading line ending in "internal review" is recognised by review_heading_line below)
REVIEW_HEADING = re.compile(
    r"\byou (?:have )?(?:asked|requested) (?:for )?an internal review\b"
    r"|\binternal review (?:response|outcome|decision|result|reference|request ref)"
    r"|\b(?:outcome|result|conclusion|findings) of (?:the |your |an |this )?internal review"
    r"|\bI have (?:now )?(?:completed|conducted|carried out) (?:the |an |your )?(?:internal )?review",
    re.IGNORECASE,
)
# A tribunal decision names itself at the top: "IN THE FIRST-TIER TRIBUNAL ... Appeal Reference: EA/2023/0171"
TRIBUNAL_HEADING = re.compile(r"\bfirst-tier tribunal\b.{0,400}?\bappeal\b|\bappeal (?:reference|number|no)\b", re.IGNORECASE | re.DOTALL)
# Numbers that look like references but are a year or a date: "2019", "17/12/2019"
YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
HEAD_CHARS = 1500
MAX_SAME_REFERENCE = 8  # a "reference" shared by more notices than this is a form code, not a case


@dataclass
class Link:
    from_notice_id: str
    to_notice_id: str
    link_type: str
    method: str
    evidence: str

    def row(self) -> dict:
        return self.__dict__.copy()


def reference_key(value: str | None) -> str | None:
    """Case-, space- and separator-insensitive: "IC -80804 -J7C6" and "IC-80804-J7C6" are one case."""
    if not value:
        return None
    key = re.sub(r"[\s]+", "", value).upper()
    key = key.replace("–", "-")
    if len(key) < 5 or not HAS_DIGIT.search(key) or YEAR_LIKE.match(key):
        return None
    return key


def review_heading_line(text: str) -> bool:
    """A short line that ends in "internal review": "FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW".

    Not "...you may ask for an internal review." (a sentence, with its full stop).
    """
    lower = text.lower()
    at = lower.find("internal review")
    while at >= 0:
        line_start = lower.rfind("\n", 0, at) + 1
        line_end = lower.find("\n", at)
        line_end = len(lower) if line_end < 0 else line_end
        rest = lower[at + len("internal review") : line_end].strip(" \t:")
        prefix = lower[line_start:at]
        if not rest and len(prefix) <= 80 and "." not in prefix:
            return True
        at = lower.find("internal review", at + 1)
    return False


def stage_of(notice: Notice, head: str | None) -> str | None:
    """Which stage of a case a notice is, from its type and the first lines of its text."""
    head = head or ""
    if TRIBUNAL_REFERENCE.fullmatch((notice.reference or "").strip()) or (
        head and notice.doc_type != "ico_decision" and TRIBUNAL_REFERENCE.search(head) and TRIBUNAL_HEADING.search(head[:HEAD_CHARS])
    ):
        return "tribunal"
    if notice.doc_type == "ico_decision":
        return "ico_decision"
    if notice.doc_type == "force_response":
        text = (notice.title or "") + "\n" + head[:HEAD_CHARS]
        if head and "review" in text.lower() and (review_heading_line(text) or REVIEW_HEADING.search(text)):
            return "internal_review"
        return "force_response"
    return None


def own_references(notice: Notice) -> set[str]:
    keys = {reference_key(notice.reference)}
    if notice.ico:
        keys.add(reference_key(notice.ico.get("case_reference")))
    return {k for k in keys if k}


def quoted_references(body: str) -> dict[str, str]:
    """Reference key -> a short quotation around its first mention."""
    found = {}
    for pattern in (ICO_REFERENCE, TRIBUNAL_REFERENCE, REFERENCE_TOKEN):
        for match in pattern.finditer(body):
            variants = [match.group(0)] + ([match.group(2)] if pattern is REFERENCE_TOKEN and match.group(1) else [])
            for variant in variants:
                key = reference_key(variant)
                if key and key not in found:
                    start, end = max(0, match.start() - 90), min(len(body), match.end() + 90)
                    found[key] = " ".join(body[start:end].split())
    return found


def _same_authority(a: Notice, b: Notice, key: str) -> bool:
    """ICO and tribunal references are unique nationally; a force's own reference ("1171-19") is only
    unique within that force, so it links only notices whose authority is known to be the same."""
    if a.authority_id and b.authority_id:
        return a.authority_id == b.authority_id
    return bool(ICO_REFERENCE.fullmatch(key) or TRIBUNAL_REFERENCE.fullmatch(key))


def _tribunal_key(key: str) -> str:
    return re.sub(r"[/-]", "/", key)


def build(notices: list[Notice], heads: dict[str, str], bodies: dict[str, str], family_of: dict[str, str],
          family_similarity: dict[str, float]) -> list[Link]:
    """heads: first lines of every notice that may be a later stage; bodies: full text of those notices.

    family_of / family_similarity: each notice's request family and its similarity to the family's
    representative request (from ncnd.analyse.requests).
    """
    stage = {n.id: stage_of(n, heads.get(n.id)) for n in notices}
    quotes = {nid: list(quoted_references(body).items()) for nid, body in bodies.items() if STAGES.get(stage.get(nid), 0) > 0}
    return link(notices, stage, quotes, family_of, family_similarity)


def link(notices: list[Notice], stage: dict[str, str | None], quotes: dict[str, list], family_of: dict[str, str],
         family_similarity: dict[str, float]) -> list[Link]:
    """The links, from each notice's stage and the references its text quotes ((key, quotation) pairs in
    order of first mention); these two are what a rebuild keeps per notice, so an unchanged ICO
    decision is never scanned again."""
    by_id = {n.id: n for n in notices}
    by_reference: dict[str, list[str]] = {}
    for n in notices:
        for key in own_references(n):
            by_reference.setdefault(_tribunal_key(key) if key.startswith("EA") else key, []).append(n.id)

    links: dict[tuple, Link] = {}

    def add(earlier: str, later: str, method: str, evidence: str) -> None:
        link_type = stage[later] if STAGES.get(stage[later], 0) > STAGES.get(stage[earlier], 0) else "same_reference"
        key = (earlier, later, link_type)
        if key not in links:
            links[key] = Link(earlier, later, link_type, method, evidence)

    # 1. References quoted in a later stage's text
    for later_id, quoted in sorted(quotes.items()):
        later = by_id.get(later_id)
        if later is None or STAGES.get(stage[later_id], 0) == 0:
            continue
        for key, quote in quoted:
            lookup = _tribunal_key(key) if key.startswith("EA") else key
            for earlier_id in by_reference.get(lookup, []):
                earlier = by_id[earlier_id]
                if earlier_id == later_id or not _same_authority(earlier, later, key):
                    continue
                if STAGES.get(stage[earlier_id], -1) >= STAGES[stage[later_id]] or stage[earlier_id] is None:
                    continue
                add(earlier_id, later_id, "reference", f"{later_id} quotes reference {key}: \u201c{quote}\u201d")

    # 2. Notices carrying the same reference: one case at two stages, or one notice collected twice
    for key, ids in sorted(by_reference.items()):
        if len(ids) < 2 or len(ids) > MAX_SAME_REFERENCE:
            continue
        ordered = sorted(ids, key=lambda i: (STAGES.get(stage[i], 9), by_id[i].date or "9999", i))
        for earlier_id, later_id in zip(ordered, ordered[1:]):
            if _same_authority(by_id[earlier_id], by_id[later_id], key):
                add(earlier_id, later_id, "reference", f"both notices carry reference {key}")

    # 3. Same authority, same request family, earlier date
    linked_later = {link.to_notice_id for link in links.values() if link.link_type != "same_reference"}
    members: dict[str, list[str]] = {}
    for notice_id, fid in family_of.items():
        members.setdefault(fid, []).append(notice_id)
    for later in notices:
        later_stage = stage[later.id]
        if STAGES.get(later_stage, 0) == 0 or later.id in linked_later or later.id not in family_of:
            continue
        candidates = []
        for other_id in members[family_of[later.id]]:
            other = by_id[other_id]
            if other_id == later.id or not later.authority_id or other.authority_id != later.authority_id:
                continue
            if STAGES.get(stage[other_id], 9) >= STAGES[later_stage]:
                continue
            if later.date and other.date and other.date > later.date:
                continue
            candidates.append(other)
        if not candidates:
            continue
        wanted = {}
        if later.ico:
            wanted = {"force_response": later.ico.get("response_date"), "internal_review": later.ico.get("internal_review_date")}
        exact = [c for c in candidates if c.date and wanted.get(stage[c.id]) == c.date]
        chosen = exact or [max(candidates, key=lambda c: (STAGES[stage[c.id]], c.date or "", c.id))]
        for other in chosen:
            evidence = (
                f"same authority ({later.authority_id}) and same request (family {family_of[later.id]}: "
                f"similarity {family_similarity.get(other.id, 0):.2f} and {family_similarity.get(later.id, 0):.2f} "
                f"to its representative request)"
            )
            if other in exact:
                evidence += f"; dated {other.date}, the {stage[other.id].replace('_', ' ')} date the decision states"
            elif other.date:
                evidence += f"; dated {other.date}" + (f", before {later.date}" if later.date else "")
            add(other.id, later.id, "request", evidence)
    return sorted(links.values(), key=lambda l: (l.from_notice_id, l.to_notice_id, l.link_type))
