"""Citations as search terms: "s24(2)", "s.24(2)", "section 24(2)", "24(2)" and "s 24 (2)" are one section.

Full-text search splits "section 24(2)" into "section", "24", "2" and "s24(2)" into "s24", "2", so the
same citation written two ways never matched. The build writes one token per citation and per level
above it into a `citation_terms` column that is indexed with the text ("s24(2)" -> "s24 s24x2";
"S31(1)(a)" -> "s31 s31x1 s31x1xa"), and search queries are rewritten to the same token, so a search
for a section finds every way of writing it, and a search for "s31" finds all its subsections.
"""

from __future__ import annotations

import re

# A subsection in brackets: "(2)", "(1)", "(a)", "(iv)", "(3A)"; never "(0)" (as in "+44 (0) 20 ...").
_SUB = r"\(\s*(?:[1-9]\d?[A-Za-z]?|[a-z]{1,4})\s*\)"

# A citation introduced by a section word: "Section 24(2)", "sections 24(2)", "s.24(2)", "S31(1)(a)",
# "s 24 (2)", "ss. 24", "§ 40(2)", "section 24" (no subsection: the section alone).
PREFIXED = re.compile(rf"(?<![A-Za-z0-9])(?:sections?|ss?\.?|§)\s*(\d{{1,3}}[A-Z]?)((?:\s*{_SUB})*)(?![A-Za-z0-9])", re.I)

# A section number followed by at least one subsection, without a section word: the "31(3)" of
# "sections 24(2) and 31(3)", or a search for "24(2)".
BARE = re.compile(rf"(?<![A-Za-z0-9(./-])(\d{{1,3}}[A-Z]?)((?:\s*{_SUB})+)(?![A-Za-z0-9])")

_SUB_VALUE = re.compile(r"\(\s*([0-9A-Za-z]+)\s*\)")


def token(section: str, subsections: str = "") -> str:
    """("24", "(2)") -> "s24x2"; ("31", "(1)(a)") -> "s31x1xa"; ("40", "") -> "s40"."""
    parts = _SUB_VALUE.findall(subsections)
    return ("s" + section + "".join("x" + p for p in parts)).lower()


def _levels(section: str, subsections: str) -> list[str]:
    """Every level of a citation: ("31", "(1)(a)") -> ["s31", "s31x1", "s31x1xa"]."""
    parts = _SUB_VALUE.findall(subsections)
    return [token(section, "".join(f"({p})" for p in parts[:n])) for n in range(len(parts) + 1)]


def _matches(text: str):
    """(start, end, section, subsections) of every citation, section-word ones first where they overlap."""
    found = [(m.start(), m.end(), m.group(1), m.group(2)) for m in PREFIXED.finditer(text)]
    taken = [(s, e) for s, e, _, _ in found]
    for m in BARE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), m.group(1), m.group(2)))
    return sorted(found)


def citation_terms(*texts: str | None) -> str | None:
    """The citation tokens of some text, each once, in order of appearance.

    "Section 24(2) and 31(3) apply; see s.24(2)" -> "s24 s24x2 s31 s31x3"
    """
    seen: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for _, _, section, subsections in _matches(text):
            for level in _levels(section, subsections):
                seen.setdefault(level, None)
    return " ".join(seen) or None


def rewrite_query(query: str) -> str:
    """A search query with each citation replaced by its token.

    "s.24(2) rekognition" -> "s24x2 rekognition"; "section 24" -> "s24"; "24(2)" -> "s24x2".
    """
    if not query:
        return query
    out, last = [], 0
    for start, end, section, subsections in _matches(query):
        out.append(query[last:start])
        out.append(token(section, subsections))
        last = end
    out.append(query[last:])
    return "".join(out)


def mark_citations(text: str | None, query: str | None, open_mark: str = "⟦", close_mark: str = "⟧") -> str | None:
    """Mark the citations in text that the query asks for, however each is written.

    ("• S24(2) – National Security", "section 24(2)") -> "• ⟦S24(2)⟧ – National Security"
    """
    if not text or not query:
        return text
    wanted = {token(section, subsections) for _, _, section, subsections in _matches(query)}
    if not wanted:
        return text
    out, last = [], 0
    for start, end, section, subsections in _matches(text):
        if wanted & set(_levels(section, subsections)) and open_mark not in text[max(0, start - 1) : end]:
            out += [text[last:start], open_mark, text[start:end].strip(), close_mark, text[start:end][len(text[start:end].rstrip()):]]
            last = end
    return "".join(out) + text[last:]
