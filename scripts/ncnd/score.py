"""Score the parser against hand labels: how far to trust each field on real pages.

A labels file is JSON Lines, one object per page: ``file`` (relative to the folder) and any of the
scored fields below. A field missing from a label is not scored for that page; ``null`` is a label
("the text does not state it"). The folder is read like a corpus: its ``sources.csv``, when present,
gives each file's source URL, which the parser may use as evidence.

For each field the score counts ``right`` (the parser's value equals the label, null included),
``wrong`` (the parser answered something else: the costly kind, since a wrong value gets printed) and
``missed`` (the parser said null where the label has a value). Lists are scored as micro-F1 over the
items of all pages.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# field name in the report -> key in the parser's record
SCALAR_FIELDS = {
    "doc_type": "doc_type",
    "authority": "authority_id",
    "reference": "reference",
    "date": "date",
    "ncnd": "ncnd",
    "outcome": "outcome",
    "ncnd_scope": "ncnd_scope",
    "question_count": "question_count",
}
LIST_FIELDS = {"exemptions": "exemptions", "technologies": "technologies"}
# the labels' own key for each field, where it differs from the report's name
LABEL_KEYS = {"authority": "authority_id"}

_SPACE = re.compile(r"\s+")


def normalise(name: str, value):
    """References compare without case or spacing ("FOI 123 - 24" = "foi 123-24"); the rest as given."""
    if name == "question_count":
        return _count(value)
    if value is None:
        return None
    if name == "reference":
        return _SPACE.sub("", str(value)).lower() or None
    return value


def _count(value):
    """A question count: no request visible (null) is no questions."""
    return int(value) if value is not None else 0


def predicted(record: dict, name: str):
    if name == "question_count":
        questions = record.get("questions")
        return None if record.get("doc_type") in ("other", "ico_decision") else len(questions or [])
    return record.get(SCALAR_FIELDS.get(name) or LIST_FIELDS[name])


@dataclass
class FieldScore:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    # list fields: item counts for micro-F1
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.true_positive + self.false_positive + self.false_negative
        return 2 * self.true_positive / denominator if denominator else None


def score_one(scores: dict[str, FieldScore], label: dict, record: dict) -> None:
    """Add one page's comparison to the running scores."""
    for name in list(SCALAR_FIELDS) + list(LIST_FIELDS):
        key = LABEL_KEYS.get(name, name)
        if key not in label:
            continue
        score = scores.setdefault(name, FieldScore())
        want, got = label[key], predicted(record, name)
        if name in LIST_FIELDS:
            want_set, got_set = set(want or []), set(got or [])
            score.true_positive += len(want_set & got_set)
            score.false_positive += len(got_set - want_set)
            score.false_negative += len(want_set - got_set)
            ok = want_set == got_set
            kind = "right" if ok else ("missed" if not got_set else "wrong")
        else:
            want_n, got_n = normalise(name, want), normalise(name, got)
            kind = "right" if want_n == got_n else ("missed" if got is None else "wrong")
        setattr(score, kind, getattr(score, kind) + 1)
        if kind != "right":
            score.misses.append({"file": label["file"], "field": name, "kind": kind, "label": want, "parsed": got})


def read_labels(path: Path) -> list[dict]:
    labels = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not JSON: {e}") from None
            if not isinstance(row, dict) or not isinstance(row.get("file"), str):
                raise ValueError(f"{path}:{number}: each line needs a \"file\"")
            labels.append(row)
    return labels


def score_folder(folder: Path, labels: list[dict], parse) -> tuple[dict[str, FieldScore], int]:
    """Parse every labelled file with ``parse(path, source_url)`` and score it; returns (scores, pages)."""
    from .provenance import read_manifest

    manifest = read_manifest(folder)
    scores: dict[str, FieldScore] = {}
    pages = 0
    for label in labels:
        path = Path(folder) / label["file"]
        if not path.is_file():
            raise FileNotFoundError(f"labelled file not found: {path}")
        source_url = (manifest.get(label["file"]) or {}).get("source_url")
        score_one(scores, label, parse(path, source_url))
        pages += 1
    return scores, pages


def report_lines(scores: dict[str, FieldScore], pages: int) -> list[str]:
    """A table a reader can paste into the README: no page text, only counts."""
    lines = [f"{pages} pages", "", "| field | scored | right | wrong | null where labelled | accuracy | micro-F1 |", "|---|---|---|---|---|---|---|"]
    for name in list(SCALAR_FIELDS) + list(LIST_FIELDS):
        s = scores.get(name)
        if not s:
            continue
        accuracy = f"{s.accuracy:.2f}" if s.accuracy is not None else ""
        f1 = f"{s.f1:.2f}" if name in LIST_FIELDS and s.f1 is not None else ""
        lines.append(f"| {name} | {s.total} | {s.right} | {s.wrong} | {s.missed} | {accuracy} | {f1} |")
    return lines
