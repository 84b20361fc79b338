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


@lru_cache(maxsize=None)
def pattern(*path: str) -> re.Pattern:
    """All patterns of one group as one alternation."""
    return re.compile("|".join(f"(?:{e['pattern']})" for e in entries(*path)), FLAGS)


@lru_cache(maxsize=None)
def line_pattern(*path: str) -> re.Pattern:
    """A group of whole-line patterns: the line (without trailing ':' and spaces) must match entirely."""
    return re.compile(r"^\W*(?:%s)\s*:?\s*$" % "|".join(f"(?:{e['pattern']})" for e in entries(*path)), re.I)


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
        lower = doc.lower
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
    """Yield (sentence_start, sentence_end, match) for sentences in [start, end) matching group `path`."""
    regex = pattern(*path)
    for s, e in anchored_sentences(doc, name, start, end):
        m = regex.search(doc.scan, s, e)
        if m:
            yield s, e, m
