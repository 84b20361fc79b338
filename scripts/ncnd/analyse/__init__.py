"""Across notices: request families, template families, lifecycle links and consistency flags.

analyse(db) reads the loaded notices, passages and questions and rewrites the analysis tables
(ncnd.analyse.tables). Families are global (one new notice can join two families into one), so
every run recomputes them over all notices; what makes a rebuild cheap is that MinHash signatures
are stored per distinct text (table analysis_sketches) and only new texts are normalised and hashed.
"""

import hashlib
import time
from pathlib import Path
from array import array
from dataclasses import dataclass

import numpy as np

from . import cache, consistency, corpus, lifecycle, requests, stages, tables, templates

INPUT_KEY = "analysis_input"


def _input_fingerprint(db) -> str:
    """Changes whenever a notice is added, removed or re-parsed, or the analysis code changes."""
    digest = hashlib.sha256(cache.version().encode())
    for path in sorted(Path(__file__).parent.glob("*.py")) + sorted(Path(__file__).parent.glob("*.csv")):
        digest.update(path.read_bytes())
    for notice_id, sha256 in db.execute("select id, sha256 from notices order by id"):
        digest.update(f"{notice_id}\0{sha256}\n".encode())
    return digest.hexdigest()


def _stored_fingerprint(db) -> str | None:
    if "build_info" not in db.table_names():
        return None
    row = db.execute("select value from build_info where key = ?", [INPUT_KEY]).fetchone()
    return row[0] if row else None


@dataclass
class Texts:
    """Every distinct raw text the analyses read, and where each is used."""

    raw: list  # distinct texts: requests, passages and questions together, for one pass over the cache
    request_raw: np.ndarray  # per notice: index of its request in raw, or -1
    passage_notice: np.ndarray  # per passage: the notice's position
    passage_seq: np.ndarray
    passage_raw: np.ndarray  # per passage: index of its text in raw
    question_raw: np.ndarray  # indexes of every question text in raw
    chars: dict  # notice id -> characters of all its response and other passages


def _gather_texts(db, notices) -> Texts:
    """Passages are streamed, so only distinct texts are held in memory."""
    position_of_notice = {n.id: i for i, n in enumerate(notices)}
    distinct: dict[str, int] = {}
    request_raw = np.array([distinct.setdefault(n.request, len(distinct)) if n.request else -1 for n in notices], dtype=np.int64)
    passage_notice, passage_seq, passage_raw = array("q"), array("q"), array("q")
    chars: dict[str, int] = {}  # all answer passages count towards a notice's templated share
    for notice_id, seq, text in corpus.load_passages(db):
        if not text:
            continue
        chars[notice_id] = chars.get(notice_id, 0) + len(text)
        if len(text) < corpus.MIN_PASSAGE_CHARS:
            continue
        passage_notice.append(position_of_notice[notice_id])
        passage_seq.append(seq)
        passage_raw.append(distinct.setdefault(text, len(distinct)))
    question_raw = np.array(sorted({distinct.setdefault(q, len(distinct)) for q in corpus.question_texts(db)}), dtype=np.int64)
    as_numpy = [np.frombuffer(a, dtype=np.int64) if len(a) else np.empty(0, dtype=np.int64) for a in (passage_notice, passage_seq, passage_raw)]
    return Texts(list(distinct), request_raw, *as_numpy, question_raw, chars)


def _answer_passages(texts: Texts, sketches) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The passages that can be templates: not a question quoted back between answers.

    "(a) How many ANPR cameras ..." in a response, worded like some notice's question, is the
    request repeated before its answer: request wording, which request families already cover.
    """
    keys = sketches.normalised_key
    question_keys = np.setdiff1d(keys[texts.question_raw], [0]) if len(texts.question_raw) else np.empty(0, dtype=np.int64)
    keep = ~np.isin(keys[texts.passage_raw], question_keys) if len(texts.passage_raw) else np.ones(0, dtype=bool)
    return texts.passage_notice[keep], texts.passage_seq[keep], texts.passage_raw[keep]


def analyse(db, changed_notice_ids=None, *, workers: int | None = None) -> dict:
    """(Re)compute every analysis table; returns row counts and timings.

    changed_notice_ids: the notices this build re-parsed (None: unknown, treat all as changed). When
    it is empty and no notice was added or removed since the last analysis, nothing is recomputed.
    """
    started = time.perf_counter()
    timings = {}

    def lap(name, since=[started]):
        now = time.perf_counter()
        timings[name] = round(now - since[0], 3)
        since[0] = now

    tables.create(db)
    fingerprint = _input_fingerprint(db)
    if changed_notice_ids is not None and not list(changed_notice_ids) and fingerprint == _stored_fingerprint(db):
        counts = {name: db[name].count for name in tables.TABLES}
        return counts | {"skipped": True, "seconds": round(time.perf_counter() - started, 3)}

    with db.conn:
        notices = corpus.load_notices(db)
        texts = _gather_texts(db, notices)
        chars = texts.chars
        raw_texts = texts.raw
        lap("read")
        sketches = cache.sketches_for(db, raw_texts, workers)
        lap("sketch")

        request_positions, request_local = np.unique(texts.request_raw[texts.request_raw >= 0], return_inverse=True)
        request_index = np.full(len(notices), -1, dtype=np.int64)
        request_index[texts.request_raw >= 0] = request_local
        families = requests.build(notices, request_index, cache.subset(sketches, request_positions))
        lap("request_families")

        passage_notice, passage_seq, passage_raw = _answer_passages(texts, sketches)
        passage_positions, passage_local = np.unique(passage_raw, return_inverse=True)
        template_result = templates.build(
            notices, passage_notice, passage_seq, passage_local.astype(np.int64),
            [raw_texts[i] for i in passage_positions], cache.subset(sketches, passage_positions), chars,
            [families.family_of.get(n.id) for n in notices],
        )
        lap("template_families")

        stage, quotes, staged = stages.stages_and_quotes(db, notices, changed_notice_ids)
        similarity = {row["notice_id"]: row["similarity"] for row in families.members}
        links = lifecycle.link(notices, stage, quotes, families.family_of, similarity)
        lap("lifecycle_links")

        flags = consistency.build(notices, families.family_of)
        lap("consistency_flags")

        written = {
            name: tables.update(db, name, rows)
            for name, rows in [
                ("request_families", families.families),
                ("request_family_members", families.members),
                ("template_families", template_result.families),
                ("passage_templates", template_result.passages),
                ("notice_templating", template_result.templating),
                ("lifecycle_links", [link.row() for link in links]),
                ("consistency_flags", [flag.row() for flag in flags]),
            ]
        }
        pruned = cache.prune(db, set(sketches.keys.tolist()))
        db.execute("insert or replace into build_info (key, value) values (?, ?)", [INPUT_KEY, fingerprint])
        lap("write")

    return {
        "request_families": len(families.families),
        "request_family_members": len(families.members),
        "template_families": len(template_result.families),
        "passage_templates": len(template_result.passages),
        "notice_templating": len(template_result.templating),
        "lifecycle_links": len(links),
        "consistency_flags": len(flags),
        "texts_hashed": sketches.computed,
        "texts_distinct": len(raw_texts),
        "sketches_pruned": pruned,
        "stages_derived": staged,
        "rows_written": written,
        "request_lsh": families.stats,
        "template_lsh": template_result.stats,
        "seconds": round(time.perf_counter() - started, 3),
        "timings": timings,
        "skipped": False,
    }
