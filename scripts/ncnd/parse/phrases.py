"""Loads vocab/phrases.yml: the wordings of notices, compiled once."""

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
