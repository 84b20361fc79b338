"""Section citations as notices write them, turned into ids like "s31(1)(a)".

Examples (tests/test_parse_sections.py has the full table):
  "Section 24(2) National Security"                 -> s24(2)
  "S31(1)(a) - Law Enforcement"                     -> s31(1)(a)
  "sections 24(2) & 31(3)"                          -> s24(2), s31(3)
  "Section 40(2)&(3)"                               -> s40(2), s40(3)
  "Section 31(1)(a)(b)"                             -> s31(1)(a), s31(1)(b)
  "s.30(3)"                                         -> s30(3)
  "Sections 23(5), 24(2), 30(3), 31(3) and 40(5)"   -> s23(5), s24(2), s30(3), s31(3), s40(5)
  "sections 24(2) (national security) and 31(3) (law enforcement) of FOIA" -> s24(2), s31(3)
"""

import re
from dataclasses import dataclass

from .phrases import fold_source



# "(2)", "(1)", "(a)", "(ii)", "(3A)"
_PAREN = r"\(\s*(?:\d{1,2}[A-Z]?|[a-z]{1,4})\s*\)"
# "(national security)", "(Law Enforcement)": a title in brackets between two numbers of a list
# ("(information supplied by, or relating to, bodies dealing with security matters)": a long one too)
_TITLE = r"\s*\([A-Za-z][A-Za-z ,&'/-]{3,100}\)"
_PARENS = rf"(?:\s?{_PAREN})+(?:\s*(?:,|&|and|or|/)\s*(?:{_PAREN})+)*"
# (a letter after the number belongs to it only when no other letter follows: "22A", not the "o" of "40of")
# (nor is the district of a postcode a section: "S35 2PY", "SA31 2PF")
_NUMBER = r"\d{1,3}(?:[A-Z](?![A-Za-z]))?(?![\d])(?!\s\d(?-i:[A-Z]{2})\b)"
# "Section", "Sections", "Sec.", "s.", "S", "ss." - a bare "s" must touch its number ("S24", "s 24" not
# after an apostrophe: "Police's 24 cameras")
# Welsh "Adran 24(2)", "adrannau 24(2) a 31(3)" (section, sections). One leading character class, so
# that the scan only stops at an s, a § or an a.
_WORD = r"(?:[Ss§Aa](?<![\w'].)(?:(?<=[Ss§])(?:ections?\s*|ecs?\.?\s*|s?\.\s*|\s?(?=\d))|(?<=[Aa])dran(?:nau)?\s+))"
_ONE = rf"{_NUMBER}(?:{_PARENS})?(?:{_TITLE})?"
_LIST_SEP = r"\s*(?:,|&|\band\b|\bor\b|\ba\b|\bneu\b|/)\s*"

CITATION = re.compile(rf"{_WORD}{_ONE}(?:{_LIST_SEP}(?:{_WORD})?{_ONE})*", re.I)

_TOKEN = re.compile(rf"(?P<num>(?:(?<=[Ss.§\s,&/])|^){_NUMBER})|\(\s*(?P<par>\d{{1,2}}[A-Z]?|[a-z]{{1,4}})\s*\)|(?P<title>{_TITLE})", re.I)
# "s31(1)(a)": its number, its number and the rest, and its last bracket
_SECTION_NUMBER = re.compile(r"s(\d+)")
_SECTION_REST = re.compile(r"s(\d+)(.*)$")
_LAST_PAREN = re.compile(r"\([^()]*\)$")
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


@dataclass
class Citation:
    start: int
    end: int
    text: str
    ids: list[str]


def _level(token: str, previous_level: int) -> int:
    if token[0].isdigit():
        return 1
    if token.lower() in ROMAN and previous_level >= 2:
        return 3
    return 2


def citation_ids(text: str) -> list[str]:
    """Ids for one citation's text, most specific first as written, in order of appearance."""
    ids: list[str] = []
    number = None
    path: list[tuple[int, str]] = []

    def emit():
        if number is not None:
            ident = "s" + number + "".join(f"({t})" for _, t in path)
            if ident not in ids:
                ids.append(ident)

    for m in _TOKEN.finditer(text):
        if m.group("num"):
            emit()
            number, path = m.group("num").upper(), []
        elif m.group("par") and number is not None:
            token = m.group("par")
            token = token.lower() if not token[0].isdigit() else token.upper()
            level = _level(token, path[-1][0] if path else 0)
            if path and level <= path[-1][0]:
                emit()
                path = [p for p in path if p[0] < level]
            path.append((level, token))
    emit()
    return ids


# CITATION for lower-case text, compiled without re.I (see phrases.fold_source): the same matches at
# the same offsets, found in half the time.
_FOLDED_SOURCE = fold_source(CITATION.pattern)
FOLDED_CITATION = re.compile(_FOLDED_SOURCE) if _FOLDED_SOURCE is not None else None


def find_citations(text: str, start: int = 0, end: int | None = None, lower: str | None = None) -> list[Citation]:
    """Citations in text[start:end]. `lower` is text in lower case, offset for offset, when folding
    keeps every match (Doc.lower of a notice whose Doc.folds): the citations are found in it."""
    end = len(text) if end is None else end
    if lower is not None and len(lower) == len(text) and FOLDED_CITATION is not None:
        spans = [m.span() for m in FOLDED_CITATION.finditer(lower, start, end)]
    else:
        spans = [m.span() for m in CITATION.finditer(text, start, end)]
    return [Citation(s, e, text[s:e], citation_ids(text[s:e])) for s, e in spans]


def section_number(ident: str) -> int:
    m = _SECTION_NUMBER.match(ident)
    return int(m.group(1)) if m else 0


def sort_key(ident: str):
    m = _SECTION_REST.match(ident)
    return (int(m.group(1)), m.group(2)) if m else (10**6, ident)


def trim_to_known(ident: str, known: set[str]) -> str | None:
    """The most specific form of ident that the vocabulary knows: s40(2)(a) -> s40(2)."""
    current = ident
    while True:
        if current in known:
            return current
        shorter = _LAST_PAREN.sub("", current)
        if shorter == current:
            return None
        current = shorter


# A list item that writes a section without the word "section", with its title: "24(2) – National Security",
# "31(3) - Law Enforcement". Counted only when the title is the section's own (see bare_list_citations).
# A decision's list of what the authority cited puts the title in brackets: "31(3) (prejudice to law enforcement)".
BARE_ITEM = re.compile(
    r"^[ \t*•-]*(?P<cite>\d{2}(?:\s?\(\s*(?:\d{1,2}[A-Z]?|[a-z]{1,4})\s*\))+)\s*"
    r"(?:[-:]\s*(?P<title>[A-Za-z][A-Za-z ,&']{3,60})|\((?:prejudice\s+to\s+|harm\s+to\s+)?(?P<bracketed>[A-Za-z][A-Za-z ,&']{3,60})\))[ \t]*$",
    re.M | re.I,
)


def bare_list_citations(text: str, titles: dict[str, str], start: int = 0, end: int | None = None) -> list[Citation]:
    """Citations written as bare numbered list items, kept only when the words after the number begin
    the vocabulary's title of that section ("24(2) - National Security": s24's title is "National
    security"), so that "12(2) - 2024" or a numbered answer is never read as a section."""
    return [c for m in BARE_ITEM.finditer(text, start, len(text) if end is None else end) for c in _titled(m, titles)]


def _titled(m: re.Match, titles: dict[str, str]) -> list[Citation]:
    """The citation of a match whose "cite" group is a section and whose "title" group begins the
    vocabulary's title of that section; none when the words are something else."""
    ids = citation_ids("s" + m.group("cite"))
    title = titles.get(str(section_number(ids[0]) if ids else 0), "")
    words = (m.group("title") or m.groupdict().get("bracketed") or "").lower().split()
    if title and words and " ".join(words[:2]) in title.lower():
        return [Citation(m.start("cite"), m.end("cite"), m.group("cite"), ids)]
    return []


# "Exemption 21 (Information Accessible by other means) is engaged": a section named as an exemption number,
# its title in brackets after it
NAMED_EXEMPTION = re.compile(r"\bexemption\s+(?P<cite>\d{2}(?:\(\d{1,2}\))?)\s*\((?P<title>[A-Za-z][^()]{3,60})\)", re.I)


def named_exemption_citations(text: str, titles: dict[str, str]) -> list[Citation]:
    """Citations written "Exemption 21 (Information accessible by other means)", kept only when the words
    in brackets begin the vocabulary's title of that section (as for bare_list_citations)."""
    return [c for m in NAMED_EXEMPTION.finditer(text) for c in _titled(m, titles)]


# An item of a decision summary's findings line: "FOI 31 - Complaint Not upheld", "FOI 40(2): Partly upheld",
# "FOI 1: Upheld", "EIR 12: Not upheld" - the Act, the section ruled on, and which way
FINDING_ITEM = re.compile(
    r"\b(?P<act>FOI|EIR)\s+(?P<section>\d{1,2}(?:\s?\((?:\d{1,2}[A-Za-z]?|[a-z]{1,3})\))*)\s*[-–:]\s*(?:complaint\s+)?(?P<kind>not\s+|partly\s+)?upheld\b",
    re.I,
)
