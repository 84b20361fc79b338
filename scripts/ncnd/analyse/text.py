"""Text normalisation for near-duplicate detection.

Two copies of a national paragraph differ in who sends them ("Kent Police", "the MPS", "we"), in
dates and figures, and in list numbering. Those differences say nothing about whether the wording
is shared, so they are folded away before shingling; what remains is the wording itself.
"""

import csv
import re
from functools import lru_cache
from pathlib import Path

from .. import vocab

FORCE_TOKEN = "zforce"
DATE_TOKEN = "zdate"
NUMBER_TOKEN = "0"

SELF_REFERENCES_CSV = Path(__file__).with_name("self_references.csv")

# Lowercase: dates are masked after lowercasing, which keeps this scan fast.
MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# "17 december 2019", "1st of january 2018", "december 17, 2019", "september 2019",
# "17/12/2019", "06/02/26", "2019-12-17", "13.08.2018"
# (the lookahead lets the scan skip every position that cannot start a date: twice as fast)
DATE = re.compile(
    rf"(?<![a-z0-9])(?=[0-9jfmasond])(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}}"
    rf"|{MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)
# "21,596", "2017", "64", "3.5"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Line-leading list markers: "1. ", "1.In", "2) ", "3 - ", "Q1 - ", "Q2: ", "a) ", "(b) ", "• ", "- ", "* "
NUMBERING = re.compile(
    r"(?m)^[ \t>]*(?:[-•*–·]|\(?[a-zA-Z]\)|\(?\d{1,2}[.)](?!\d)|[Qq]\d{1,2}\b\s*[-–.:)]?|\d{1,2}\s+[-–])[ \t]*"
)
# Typographic quotes and dashes written plainly: "isn’t" and "isn't" are one word
QUOTES = [("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " ")]
# Everything between words: "**response:**\n\n" -> " response "; "isn't" -> "isn t" on both sides alike
NON_WORD = re.compile(r"[^a-z0-9]+")


def _trie_pattern(phrases):
    """One regex alternation factored as a prefix trie: hundreds of aliases stay one fast scan."""
    trie = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node):
        alternatives = []
        ends_here = "" in node
        for ch in sorted(k for k in node if k):
            alternatives.append(re.escape(ch) + build(node[ch]))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _fold_punctuation(text: str) -> str:
    for curly, plain in QUOTES:
        if curly in text:
            text = text.replace(curly, plain)
    return text


def _is_case_sensitive(alias: str) -> bool:
    """Short or all-capital aliases ("Met", "MPS", "Kent") must keep their case: "met" is also a verb."""
    return alias.isupper() or (" " not in alias and len(alias) <= 5)


@lru_cache(maxsize=1)
def authority_patterns():
    """Regexes for every authority name, short name and alias: as written, then in lower case."""
    exact, folded = set(), set()
    for row in vocab.authorities():
        for alias in [row["name"], row.get("short_name")] + list(row.get("aliases") or []):
            if not alias:
                continue
            alias = re.sub(r"^the\s+", "", _fold_punctuation(alias).strip(), flags=re.IGNORECASE)
            exact.add(alias)  # as written, longest first: "Kent Police" before "Kent"
            if not _is_case_sensitive(alias):
                folded.add(alias.lower())  # "kent police" written in lower case
    # "the Met" is matched as "Met"; "the zforce" is folded later. The lookahead on first letters
    # lets the scan skip most positions.
    exact_re = re.compile(_first_letters(exact) + r"\b" + _trie_pattern(exact) + r"\b") if exact else None
    folded_re = re.compile(_first_letters(folded) + r"\b" + _trie_pattern(folded) + r"\b") if folded else None
    return exact_re, folded_re


def _first_letters(phrases) -> str:
    return "(?=[" + re.escape("".join(sorted({p[0] for p in phrases}))) + "])"


@lru_cache(maxsize=1)
def self_reference_pattern():
    with open(SELF_REFERENCES_CSV, newline="", encoding="utf-8") as f:
        phrases = [row["phrase"].strip().lower() for row in csv.DictReader(f) if row["phrase"].strip()]
    return re.compile(r"\b" + _trie_pattern(phrases) + r"\b")


def normalise(text: str | None) -> str:
    """Lowercased words with forces, self-references, dates, figures and numbering folded away.

    "Q1 - Has Kent Police used Ring since 1 January 2018?" and
    "1. Has your force used Ring since 1st Jan 2019?" both become
    "has zforce used ring since zdate".
    """
    if not text:
        return ""
    text = _fold_punctuation(text)
    text = NUMBERING.sub(" ", text)
    exact_re, folded_re = authority_patterns()
    if exact_re is not None:
        text = exact_re.sub(f" {FORCE_TOKEN} ", text)
    text = text.lower()
    if folded_re is not None:
        text = folded_re.sub(f" {FORCE_TOKEN} ", text)
    text = DATE.sub(f" {DATE_TOKEN} ", text)
    text = NUMBER.sub(f" {NUMBER_TOKEN} ", text)
    text = NON_WORD.sub(" ", text)
    text = self_reference_pattern().sub(FORCE_TOKEN, text)
    # "the zforce" and "zforce" are the same reference ("the MPS", "MPS")
    text = text.replace(f"the {FORCE_TOKEN}", FORCE_TOKEN)
    return " ".join(text.split())
