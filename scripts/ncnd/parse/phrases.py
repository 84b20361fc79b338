"""Loads vocab/phrases.yml: the wordings of notices, compiled once."""

import bisect
import re
from functools import lru_cache

import yaml

from ..vocab import VOCAB_DIR

FLAGS = re.I | re.M


@lru_cache(maxsize=None)
def phrases() -> dict:
    with open(VOCAB_DIR / "phrases.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def entries(*path: str) -> list[dict]:
    node = phrases()
    for key in path:
        node = node[key]
    return node


def _alternation(path: tuple) -> str:
    return "|".join(f"(?:{e['pattern']})" for e in entries(*path))


def _line_source(path: tuple) -> str:
    return r"^\W*(?:%s)\s*:?\s*$" % _alternation(path)


@lru_cache(maxsize=None)
def pattern(*path: str) -> re.Pattern:
    """All patterns of one group as one alternation."""
    return re.compile(_alternation(path), FLAGS)


@lru_cache(maxsize=None)
def line_pattern(*path: str) -> re.Pattern:
    """A group of whole-line patterns: the line (without trailing ':' and spaces) must match entirely."""
    return re.compile(_line_source(path), re.I)


# --- The same patterns for lower-case text --------------------------------------------------------
# Under re.I Python's regex engine compares every character through its case folding and cannot skip
# ahead to the letters a pattern begins with; a pattern in lower case, compiled without re.I and run
# on the lower-case text (Doc.lower), finds the same matches at the same offsets two to three times
# faster. Callers use the matches' offsets, never their text (which is in lower case).


def fold_source(source: str) -> str | None:
    """The pattern with its letters in lower case and its escapes as written ("\\bNCND\\b" -> "\\bncnd\\b",
    "\\S" stays "\\S"), or None for a pattern that lower-casing would change: inline flags and named
    groups ("(?i)", "(?P<name>"), named characters ("\\N{...}"), non-ASCII letters, and class ranges
    mixing capitals with anything else ("[A-z]" holds "_", which "[a-z]" does not)."""
    out, i, in_class = [], 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source[i + 1 : i + 2] == "N":
                return None
            out.append(source[i : i + 2])
            i += 2
            continue
        if char == "(" and source[i + 1 : i + 2] == "?" and (source[i + 2 : i + 3].isalpha() or source[i + 2 : i + 3] == "-"):
            return None
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class and source[i - 1] != "[":
            in_class = False
        elif char == "-" and in_class and source[i + 1 : i + 2] != "]" and source[i - 1] not in "[^":
            low, high = source[i - 1], source[i + 1 : i + 2]
            if (low.isupper() or high.isupper()) and not (low.isupper() and high.isupper()):
                return None
        if not char.isascii() and not (char.lower() == char == char.upper()):
            return None  # a non-ASCII letter: "©" and "•" have no case and stay as they are
        out.append(char.lower())
        i += 1
    return "".join(out)


@lru_cache(maxsize=None)
def folded(*path: str) -> re.Pattern | None:
    """pattern(*path) for lower-case text (see above), or None when it cannot be folded."""
    source = fold_source(_alternation(path))
    return re.compile(source, re.M) if source is not None else None


@lru_cache(maxsize=None)
def folded_line(*path: str) -> re.Pattern | None:
    """line_pattern(*path) for a lower-case line, or None when it cannot be folded."""
    source = fold_source(_line_source(path))
    return re.compile(source) if source is not None else None


def searcher(doc, *path: str):
    """(regex, text) to search group `path` in the notice with: the folded pattern and doc.lower when
    the notice allows it (doc.folds), else the pattern itself and doc.scan. Same offsets either way."""
    fast = folded(*path) if doc.folds else None
    return (fast, doc.lower) if fast is not None else (pattern(*path), doc.scan)


def finder(doc, *path: str):
    """A test (text, lowered) -> whether pattern(*path) occurs in text, `lowered` being text.lower()
    and text taken from the notice's scan (so that doc.folds tells whether the folded pattern holds)."""
    fast = folded(*path) if doc.folds else None
    if fast is not None:
        search = fast.search
        return lambda text, lowered: search(lowered) is not None
    search = pattern(*path).search
    return lambda text, lowered: search(text) is not None


def line_matcher(doc, *path: str):
    """A test (line, lowered) -> whether line_pattern(*path) matches the line (see finder)."""
    fast = folded_line(*path) if doc.folds else None
    if fast is not None:
        match = fast.match
        return lambda text, lowered: match(lowered) is not None
    match = line_pattern(*path).match
    return lambda text, lowered: match(text) is not None


@lru_cache(maxsize=None)
def each(*path: str) -> tuple[tuple[re.Pattern, dict], ...]:
    """Each pattern of a group compiled on its own, with its entry (for per-pattern data such as outcome)."""
    return tuple((re.compile(e["pattern"], FLAGS), e) for e in entries(*path))


@lru_cache(maxsize=None)
def anchors(name: str) -> tuple[str, ...]:
    return tuple(phrases()["anchors"][name])


def has_anchor(lower_text: str, name: str) -> bool:
    """Whether a (lower-case) text holds an anchor word of group `name`: if not, none of the group's
    patterns can match it, and the regular expression need not run."""
    return any(word in lower_text for word in anchors(name))


def anchor_hits(doc, name: str) -> tuple[list[int], list[int]]:
    """(positions, ends) of every anchor word of group `name` in the notice, sorted by position: found
    once per notice, so that each range asked about afterwards is a bisection, not a scan."""
    cache = doc.anchor_cache
    found = cache.get(name)
    if found is None:
        # (a line break inside an anchor, "not a valid\nrequest" in a letter a PDF wrapped, is a space: the
        # same length, so the offsets hold)
        lower = doc.lower_one_line
        first_end: dict[int, int] = {}
        for word in anchors(name):
            size = len(word)
            pos = lower.find(word)
            while pos != -1:
                end = pos + size
                if first_end.get(pos, end + 1) > end:
                    first_end[pos] = end
                pos = lower.find(word, pos + 1)
        positions = sorted(first_end)
        found = cache[name] = (positions, [first_end[p] for p in positions])
    return found


def anchored_sentences(doc, name: str, start: int = 0, end: int | None = None):
    """(start, end) of each sentence in [start, end) holding an anchor word of group `name`, in order
    of the anchors (so of the sentences, but for a sentence clipped at MAX_SENTENCE).

    Finding anchors with str.find and trying the group's patterns only on those sentences costs far
    less than running every pattern over the whole notice.
    """
    end = doc.length if end is None else end
    positions, ends = anchor_hits(doc, name)
    seen = set()
    sentence_span = doc.sentence_span
    # A generator: a caller that stops at the first match (or the first few) splits no more sentences.
    for i in range(bisect.bisect_left(positions, start), len(positions)):
        pos = positions[i]
        if pos >= end:
            break
        if ends[i] > end:
            continue
        span = sentence_span(pos)
        if span not in seen:
            seen.add(span)
            yield span


def search_group(doc, name: str, path: tuple, start: int = 0, end: int | None = None):
    """Yield (sentence_start, sentence_end, match) for sentences in [start, end) matching group `path`
    (the match may be on doc.lower: use its offsets)."""
    regex, text = searcher(doc, *path)
    for s, e in anchored_sentences(doc, name, start, end):
        m = regex.search(text, s, e)
        if m:
            yield s, e, m
