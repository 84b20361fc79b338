"""Across notices: request families, template families, lifecycle links and consistency flags.

analyse(db) reads the loaded notices, passages and questions and rewrites the analysis tables
(ncnd.analyse.tables). Families are global (one new notice can join two families into one), so
every run recomputes them over all notices; what makes a rebuild cheap is that MinHash signatures
are stored per distinct text (table analysis_sketches) and only new texts are normalised and hashed.
"""

import hashlib
import time
from pathlib import Path

import numpy as np

from . import cache, consistency, corpus, lifecycle, passage_state, requests, stages, tables, templates

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


def _answer_forms(state) -> tuple[np.ndarray, np.ndarray]:
    """(passage_form, form positions): per passage, the position of its wording among the forms that can
    be templates (-1: none), and those forms' positions in state.form_keys.

    A passage worded like some notice's question is not a template: "(a) How many ANPR cameras ..." in a
    response is the request repeated before its answer, which request families already cover.
    """
    question_forms = passage_state.sorted_unique(state.q_form[state.q_form != 0])
    candidate = (state.p_form != 0) & ~passage_state.found_in(state.p_form, question_forms)
    forms = passage_state.sorted_unique(state.p_form[candidate])
    passage_form = np.full(len(state.p_form), -1, dtype=np.int64)
    passage_form[candidate] = np.searchsorted(forms, state.p_form[candidate])
    return passage_form, np.searchsorted(state.form_keys, forms)


CONSISTENCY_KEY = "analysis_consistency_version"


def _flag_groups(db, notices, dirty, previous_notices, previous_family_of, family_of) -> set | None:
    """The consistency groups to recompute: those a changed notice was or is in, and those of notices
    whose request family changed (None: all of them)."""
    row = db.execute("select value from build_info where key = ?", [CONSISTENCY_KEY]).fetchone()
    if dirty is None or previous_family_of is None or row is None or row[0] != consistency.version():
        return None
    groups = set()
    for n in previous_notices:
        groups |= consistency.groups_of(n, previous_family_of)
    moved = {i for i in previous_family_of.keys() | family_of.keys() if previous_family_of.get(i) != family_of.get(i)}
    for n in notices:
        if n.id in dirty or n.id in moved:
            groups |= consistency.groups_of(n, family_of) | consistency.groups_of(n, previous_family_of)
    return groups


def _passage_text(db):
    def text_of(notice_id: str, seq: int) -> str:
        return db.execute("select text from passages where notice_id = ? and seq = ?", [notice_id, seq]).fetchone()[0]
    return text_of


def _write_passage_templates(db, state, result, dirty) -> dict:
    """Only the rows that changed: every row of a notice read again, and rows whose family or similarity moved."""
    if dirty is None:
        rows = templates.passage_rows(state.notice_ids, state.p_notice, state.p_seq, result.passage_family, result.passage_similarity)
        return tables.update(db, "passage_templates", rows)
    dirty_ids = sorted(dirty)
    for start in range(0, len(dirty_ids), 500):
        chunk = dirty_ids[start : start + 500]
        db.execute(f"delete from passage_templates where notice_id in ({','.join('?' * len(chunk))})", chunk)
    is_dirty = np.isin(state.p_notice, [i for i, nid in enumerate(state.notice_ids) if nid in dirty])
    old_family, old_similarity = state.p_family, state.p_similarity
    moved = ~is_dirty & ((old_family != result.passage_family) | ~(
        (old_similarity == result.passage_similarity) | (np.isnan(old_similarity) & np.isnan(result.passage_similarity))))
    left = moved & (result.passage_family == templates.NO_FAMILY)
    ids = np.asarray(state.notice_ids, dtype=object)
    db.conn.executemany("delete from passage_templates where notice_id = ? and seq = ?",
                        list(zip(ids[state.p_notice[left]].tolist(), state.p_seq[left].tolist())))
    rows = templates.passage_rows(state.notice_ids, state.p_notice, state.p_seq, result.passage_family,
                                  result.passage_similarity, where=is_dirty | moved)
    db.conn.executemany("insert or replace into passage_templates (notice_id, seq, family_id, similarity) values (?, ?, ?, ?)", rows)
    return {"deleted_notices": len(dirty_ids), "moved": int(moved.sum()), "inserted": len(rows)}


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
        sha_of = dict(db.execute("select id, sha256 from notices").fetchall())
        notices, notices_dirty, previous_notices = passage_state.notices(db, sha_of, changed_notice_ids)
        lap("read_notices")
        state, dirty, passages_hashed = passage_state.refresh(db, notices, sha_of, changed_notice_ids, workers)
        lap("read_passages")
        families, requests_hashed, previous_family_of = requests.build_incremental(db, notices, notices_dirty, workers)
        request_keys = np.array(sorted({cache.text_key(n.request) for n in notices if n.request}), dtype=np.int64)
        lap("request_families")

        passage_form, form_positions = _answer_forms(state)
        template_result = templates.build(
            notices, state.p_notice, state.p_seq, passage_form, state.p_chars, state.form_keys[form_positions],
            state.form_signatures[form_positions], state.form_sizes[form_positions], state.total_chars,
            [families.family_of.get(n.id) for n in notices], _passage_text(db),
        )
        lap("template_families")

        stage, quotes, staged = stages.stages_and_quotes(db, notices, changed_notice_ids)
        similarity = {row["notice_id"]: row["similarity"] for row in families.members}
        links = lifecycle.link(notices, stage, quotes, families.family_of, similarity)
        lap("lifecycle_links")

        flag_groups = _flag_groups(db, notices, notices_dirty, previous_notices, previous_family_of, families.family_of)
        flags = consistency.build(notices, families.family_of, only=flag_groups)
        lap("consistency_flags")

        written = {
            name: tables.update(db, name, rows)
            for name, rows in [
                ("request_families", families.families),
                ("request_family_members", families.members),
                ("template_families", template_result.families),
                ("notice_templating", template_result.templating),
                ("lifecycle_links", [link.row() for link in links]),
            ]
        }
        if flag_groups is None:
            written["consistency_flags"] = tables.update(db, "consistency_flags", [flag.row() for flag in flags])
        else:
            written["consistency_flags"] = consistency.rewrite_groups(db, flag_groups, flags)
        db.execute("insert or replace into build_info (key, value) values (?, ?)", [CONSISTENCY_KEY, consistency.version()])
        written["passage_templates"] = _write_passage_templates(db, state, template_result, dirty)
        state.p_family, state.p_similarity = template_result.passage_family, template_result.passage_similarity
        passage_state.save(db, state)
        used_keys = passage_state.sorted_unique(np.concatenate([request_keys, state.p_text, state.q_text]))
        pruned = cache.prune(db, set(used_keys.tolist()))
        db.execute("insert or replace into build_info (key, value) values (?, ?)", [INPUT_KEY, fingerprint])
        lap("write")

    return {
        "request_families": len(families.families),
        "request_family_members": len(families.members),
        "template_families": len(template_result.families),
        "passage_templates": int((template_result.passage_family != templates.NO_FAMILY).sum()),
        "notice_templating": len(template_result.templating),
        "lifecycle_links": len(links),
        "consistency_flags": db["consistency_flags"].count,
        "texts_hashed": requests_hashed + passages_hashed,
        "texts_distinct": len(used_keys),
        "sketches_pruned": pruned,
        "stages_derived": staged,
        "rows_written": written,
        "request_lsh": families.stats,
        "template_lsh": template_result.stats,
        "seconds": round(time.perf_counter() - started, 3),
        "timings": timings,
        "skipped": False,
    }
