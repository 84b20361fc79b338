"""Surveillance technologies named in a notice, from vocab/technologies.csv.

`terms` are aliases matched on word boundaries, case-insensitively except acronyms ("LEDS" is not
"LEDs", "PNC", "LFR") which must be in capitals. `context_terms` are aliases that only count next to
another word: "Ring@doorbell;Amazon" finds "Ring" only within a short distance of "doorbell" or
"Amazon" (and, being capitalised, never the verb "ring"); "Recognition [sic]@Amazon" finds the
requester's misspelling of Rekognition; a third part sets the distance ("facial recognition@PND;Police
National Database@60": the PND's facial search, otherwise a mention naming no type). Where terms overlap
the longest wins, so "live facial recognition" is facial_recognition_live, and facial_recognition (type
not stated) is only reported for a mention that names no type; kinds named together ("live and/or
retrospective facial recognition") are each a mention.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocab
from .matcher import TermMatcher, is_exact_case, normalise_term
from .text import Doc

CONTEXT_WINDOW = 150


@dataclass
class Technology:
    id: str
    term: str
    sentence: str
    position: int


@lru_cache(maxsize=None)
def _vocabulary():
    try:
        rows = vocab.technologies()
    except (OSError, KeyError):
        rows = ()
    order = {row["id"]: i for i, row in enumerate(rows)}
    folded, exact = {}, {}
    for row in rows:
        for term in row.get("terms") or []:
            (exact if is_exact_case(term) else folded).setdefault(term, row["id"])
    for row in rows:
        for entry in row.get("context_terms") or []:
            term, _, context = entry.partition("@")
            term = term.strip()
            # an optional window after a second "@": "facial recognition@PND;Police National Database@60"
            context, _, window = context.partition("@")
            words = [w.strip() for w in context.split(";") if w.strip()]
            window = int(window) if window.strip().isdigit() else CONTEXT_WINDOW
            if term and words:
                table = exact if any(c.isupper() for c in term) else folded
                # a term that is also a plain term of another technology keeps that one away from the
                # context ("facial recognition" near "PND" is retrospective, elsewhere type not stated)
                # ("facial-recognition" is the same term once separators are normalised)
                same = [t for t in table if normalise_term(t) == normalise_term(term)] or [term]
                fallback = table.get(same[0])
                for t in same:
                    table[t] = ("context", row["id"], tuple(words), fallback if isinstance(fallback, str) else None, window)
    return TermMatcher(folded, exact), order


@lru_cache(maxsize=None)
def _context_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Context words as one whole-word pattern, compiled once per set of words."""
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, words)), re.I)


def _context_near(text: str, start: int, end: int, words, reach: int = CONTEXT_WINDOW) -> bool:
    window = text[max(0, start - reach) : end + reach]
    return bool(words) and bool(_context_pattern(tuple(words)).search(window))


# Kinds of facial recognition named together before one noun: "live and/or retrospective facial
# recognition", "live or operator initiated facial recognition". The first kind is a mention of its own. The
# kinds are the words before "facial recognition" in technologies.csv's terms ("live", "retrospective",
# "operator initiated", "post-event"...).
@lru_cache(maxsize=None)
def _coordinated_kinds() -> tuple[re.Pattern, re.Pattern] | None:
    try:
        rows = vocab.technologies()
    except (OSError, KeyError):
        return None
    suffix = " facial recognition"
    kinds = sorted({t[: -len(suffix)].strip() for row in rows for t in row.get("terms") or [] if t.lower().endswith(suffix)}, key=len, reverse=True)
    kinds = [k for k in kinds if k and len(k.split()) <= 2]
    if not kinds:
        return None
    kind = "(?:%s)" % "|".join(dict.fromkeys(re.escape(k).replace(r"\ ", r"[- ]").replace(r"\-", r"[- ]") for k in kinds))
    joined = rf"\s*(?:,|and/or|and|or|&|/)\s*"
    return (
        re.compile(rf"\b{kind}{joined}(?:{kind}{joined})?{kind}\s+(?:facial|face)\s+recognition\b", re.I),
        re.compile(rf"\b{kind}\b", re.I),
    )


def _coordinated(doc: Doc, matcher) -> list[tuple[int, int, str]]:
    """The kinds named before another kind's "facial recognition", each as the full term would be."""
    out = []
    patterns = _coordinated_kinds() if "recognition" in doc.lower else None
    if patterns is None:
        return out
    together, one_kind = patterns
    for m in together.finditer(doc.scan):
        head = m.group(0)[: m.group(0).lower().rfind("recognition")]
        for k in list(one_kind.finditer(head))[:-1]:
            found = matcher.find(f"{k.group(0)} facial recognition")
            if found and isinstance(found[0][2], str):
                out.append((m.start() + k.start(), m.start() + k.end(), found[0][2]))
    return out


def technology_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, id) of every mention, in the text's order."""
    matcher, _ = _vocabulary()
    out = _coordinated(doc, matcher)
    for start, end, key, matched in matcher.find(doc.scan, lower=doc.lower, words=doc.token_words):
        if isinstance(key, tuple):
            _, tech_id, words, fallback, reach = key
            if not _context_near(doc.scan, start, end, words, reach):
                if fallback is None:
                    continue
                tech_id = fallback
        else:
            tech_id = key
        out.append((start, end, tech_id))
    return sorted(out)


def find_technologies(doc: Doc, mentions=None) -> list[Technology]:
    _, order = _vocabulary()
    found: dict[str, Technology] = {}
    for start, end, tech_id in technology_mentions(doc) if mentions is None else mentions:
        if tech_id not in found:
            found[tech_id] = Technology(tech_id, " ".join(doc.plain[start:end].split()), doc.evidence_at(start), start)
    return sorted(found.values(), key=lambda t: order.get(t.id, 10**6))
