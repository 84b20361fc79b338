"""What an NCND covers: the whole request, only the rest of it, or the cost of finding out.

- `full`: the authority neither confirmed nor denied anything the request asked (an NCND-only answer);
- `partial`: some questions were answered (or said not held, or refused) and the NCND covers the rest:
  covert use, "any other information", one question;
- `cost`: section 12(2), confirming or denying would itself exceed the cost limit;
- null: no NCND.

And, for each technology the notice names, where it was named and what the authority said of it, so
that "forces that NCND on Ring" counts only notices whose NCND covers Ring as a subject of the request,
never a technology given as an example ("e.g. ANPR, CCTV, body-worn video").
"""

from .phrases import finder, pattern, search_group
from .text import Doc

# How far back in its sentence an example marker may stand before a technology's name
EXAMPLE_REACH = 160


def ncnd_scope(ncnd: bool | None, outcome: str | None, exemptions, signals, answers: list[dict], text: str) -> tuple[str | None, str | None]:
    """(scope, evidence sentence)."""
    if not ncnd:
        return None, None
    ncnd_sentence = signals.found.get("ncnd") if signals else None
    if any(x.id == "s12(2)" for x in exemptions) or pattern("cost_ncnd").search(ncnd_sentence or "") or (
        outcome in ("refused", "ncnd") and pattern("cost_ncnd").search(text)
    ):
        return "cost", next((x.sentence for x in exemptions if x.id == "s12(2)"), ncnd_sentence)
    kinds = {k for a in answers for k in a["kinds"]}
    if outcome in ("disclosed", "partially_disclosed", "not_held", "refused") or kinds - {"ncnd", "no_answer"}:
        return "partial", signals.found.get("ncnd_rest") if signals and "ncnd_rest" in signals else ncnd_sentence
    return "full", ncnd_sentence


def technology_roles(doc: Doc, mentions, layout, spans, outcome: str | None, scope: str | None):
    """{id: {"role", "stance", "ncnd_covers", "stance_sentence"}} for each technology mentioned.

    `mentions` are (start, end, id) in the text. A technology named in the request outside any list
    of examples is a subject of the request; one named only as an example or in a definition is an
    example; one named only in the answer is `response`.
    """
    in_response = lambda pos: any(s <= pos < e for s, e in spans)
    by_tech: dict[str, dict] = {}
    for start, end, tech in mentions:
        info = by_tech.setdefault(tech, {"subject": False, "example": False, "response": []})
        if layout.in_request(start):
            if _is_example(doc, start):
                info["example"] = True
            else:
                info["subject"] = True
        elif in_response(start):
            info["response"].append(start)
        elif layout.title and start < 400:
            info["subject"] = True
        else:
            info["subject"] = info["subject"] or not layout.request
    named = ncnd_named_technologies(doc, spans, mentions)
    out = {}
    for tech, info in by_tech.items():
        role = "request_subject" if info["subject"] else "request_example" if info["example"] else "response" if info["response"] else None
        stance, sentence = _stance_in_response(doc, info["response"])
        covers = False
        if role == "request_subject":
            if scope == "full":
                covers = True
            elif scope in ("partial", "cost"):
                covers = stance == "ncnd" or scope == "cost" or named is None or tech in named
            if stance is None:
                stance = {"ncnd": "ncnd", "not_held": "not_held", "refused": "refused", "disclosed": "confirmed", "partially_disclosed": "confirmed"}.get(outcome or "")
        elif role == "response" and stance == "ncnd":
            covers = True
        out[tech] = {"role": role, "stance": stance, "ncnd_covers": covers, "stance_sentence": sentence}
    return out


def _is_example(doc: Doc, pos: int) -> bool:
    """A name in a list of examples or a parenthesis: "types of deployment (e.g. Live Facial Recognition
    (LFR), Retrospective Facial Recognition (RFR), body-worn camera...)"."""
    sentence_start = max(doc.scan.rfind(". ", 0, pos), doc.scan.rfind("\n", 0, pos), doc.scan.rfind("?", 0, pos)) + 1
    before = doc.scan[max(sentence_start, pos - EXAMPLE_REACH) : pos]
    markers = pattern("example_markers")
    if not markers.search(before):
        return False
    # "(LFR)" right after its own name is an abbreviation, not an example list
    opening = before.rfind("(")
    closing = before.rfind(")")
    marker = None
    for m in markers.finditer(before):
        marker = m
    return marker is not None and (marker.group() != "(" or opening > closing)


def _stance_in_response(doc: Doc, positions: list[int]) -> tuple[str | None, str | None]:
    """What the response's own sentences naming the technology say of it."""
    hypothetical = finder(doc, "hypothetical")
    for pos in positions:
        sentence = doc.sentence_at(pos)
        flat = " ".join(sentence.split())
        if hypothetical(flat, flat.lower()):
            continue
        for stance, group in (("ncnd", "ncnd"), ("not_held", "not_held"), ("confirmed", "answer_given"), ("refused", "refused")):
            if pattern(group).search(flat):
                return stance, flat
    return None, None


def ncnd_named_technologies(doc: Doc, spans, mentions) -> set[str] | None:
    """The technologies the response's NCND sentences name, or None when they name none (an NCND on
    "any other information" covers the request's subjects)."""
    named: set[str] = set()
    seen = False
    for start, end in spans:
        for s, e, _ in search_group(doc, "ncnd", ("ncnd",), start, end):
            seen = True
            named |= {tech for p, _, tech in mentions if s <= p < e}
    return named if seen and named else None
