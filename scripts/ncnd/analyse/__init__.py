"""Across notices: request families, template families, lifecycle links and consistency flags.

analyse(db) reads the loaded notices, passages and questions and writes the analysis tables
(ncnd.analyse.tables). A full analysis computes them over every notice and leaves behind what a
rebuild needs (ncnd.analyse.store, template_state, the request groups in analysis_state); a rebuild
(ncnd.analyse.incremental) then reads and rewrites only what the changed notices reach, and gives
the same tables a full analysis would.
"""

import time
from contextlib import contextmanager

import numpy as np

from . import (cache, consistency, corpus, incremental, lifecycle, passage_state, requests, stages, store, tables,
               template_state, templates)

OLD_STATE_KEYS = ("notices", "passages", "requests")  # state of earlier versions, one blob per kind


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


def _passage_text(db):
    def text_of(notice_id: str, seq: int) -> str:
        return db.execute("select text from passages where notice_id = ? and seq = ?", [notice_id, seq]).fetchone()[0]
    return text_of


def _prepare(db) -> None:
    tables.create(db)
    tables.create_internal(db)
    stages.ensure_table(db)
    cache.ensure_table(db)
    if store.STATE_TABLE not in db.table_names():
        db[store.STATE_TABLE].create({"key": str, "value": bytes}, pk="key")


def _counts(db) -> dict:
    return {name: db.execute(f"select count(*) from [{name}]").fetchone()[0] for name in tables.TABLES}


@contextmanager
def _transaction(db):
    """The caller's transaction when there is one (a build commits its rows and their analysis together),
    else one of our own: `with db.conn` would commit the caller's early."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("begin")
    try:
        yield
    except BaseException:
        db.execute("rollback")
        raise
    db.execute("commit")


def analyse(db, changed_notice_ids=None, *, workers: int | None = None) -> dict:
    """Compute the analysis tables; returns row counts and timings.

    changed_notice_ids: the notices this build re-parsed or removed (None: unknown, analyse everything).
    Notices whose file hash differs from the one last analysed count as changed too. When nothing
    changed, nothing is recomputed.
    """
    started = time.perf_counter()
    _prepare(db)
    version = store.version()
    if changed_notice_ids is not None and store.stored_version(db) == version:
        dirty = incremental.dirty_notices(db, changed_notice_ids)
        if not dirty:
            return _counts(db) | {"skipped": True, "seconds": round(time.perf_counter() - started, 3)}
        with _transaction(db):
            try:
                result = incremental.run(db, dirty, version, workers)
            except incremental.StateUnusable:
                # caught inside the transaction: leaving it by an exception would roll back the caller's
                # work too (a build loads its notices in the same transaction); a full analysis rewrites
                # whatever the rebuild had written
                result = _full(db, version, workers)
    else:
        with _transaction(db):
            result = _full(db, version, workers)
    return result | {"seconds": round(time.perf_counter() - started, 3), "skipped": False}


def _full(db, version: str, workers) -> dict:
    started = time.perf_counter()
    timings = {}

    def lap(name, since=[started]):
        now = time.perf_counter()
        timings[name] = round(now - since[0], 3)
        since[0] = now

    sha_of = dict(db.execute("select id, sha256 from notices").fetchall())
    notices = corpus.load_notices(db)
    lap("read_notices")
    state, passages_hashed = passage_state.read(db, notices, workers)
    lap("read_passages")
    families, requests_hashed = requests.build_all(db, notices, version, workers)
    lap("request_families")

    passage_form, form_positions = _answer_forms(state)
    family_list = [families.family_of.get(n.id) for n in notices]
    template_result = templates.build(
        notices, state.p_notice, state.p_seq, passage_form, state.p_chars, state.form_keys[form_positions],
        state.form_signatures[form_positions], state.form_sizes[form_positions], state.total_chars,
        family_list, _passage_text(db),
    )
    lap("template_families")

    derived = stages.derive(db, notices, None)
    stage = {nid: s for nid, (s, _) in derived.items()}
    quotes = {nid: q for nid, (s, q) in derived.items() if lifecycle.STAGES.get(s, 0) > 0 and q}
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
            ("notice_templating", template_result.templating),
            ("lifecycle_links", [link.row() for link in links]),
            ("consistency_flags", [flag.row() for flag in flags]),
            ("passage_templates", templates.passage_rows(state.notice_ids, state.p_notice, state.p_seq,
                                                         template_result.passage_family, template_result.passage_similarity)),
        ]
    }
    lap("write")

    _save_state(db, notices, sha_of, state, derived, passage_form, form_positions, template_result, families, version, lap)
    request_keys = np.array(sorted({cache.text_key(n.request) for n in notices if n.request}), dtype=np.int64)
    used_keys = passage_state.sorted_unique(np.concatenate([request_keys, state.p_text, state.q_text]))
    pruned = cache.prune(db, set(used_keys.tolist()))
    lap("prune")

    return {
        "request_families": len(families.families),
        "request_family_members": len(families.members),
        "template_families": len(template_result.families),
        "passage_templates": int((template_result.passage_family != templates.NO_FAMILY).sum()),
        "notice_templating": len(template_result.templating),
        "lifecycle_links": len(links),
        "consistency_flags": len(flags),
        "texts_hashed": requests_hashed + passages_hashed,
        "texts_distinct": len(used_keys),
        "sketches_pruned": pruned,
        "stages_derived": len(derived),
        "rows_written": written,
        "request_lsh": families.stats,
        "template_lsh": template_result.stats,
        "timings": timings,
    }


def _save_state(db, notices, sha_of, state, derived, passage_form, form_positions, template_result, families, version, lap) -> None:
    """Everything a rebuild reads instead of the whole corpus (see ncnd.analyse.store)."""
    for key in OLD_STATE_KEYS:
        db.execute(f"delete from [{store.STATE_TABLE}] where key = ?", [key])
    questions: dict[int, list] = {}
    for at, key, form in zip(state.q_notice.tolist(), state.q_text.tolist(), state.q_form.tolist()):
        questions.setdefault(at, []).append((key, form))
    db.execute(f"delete from [{stages.TABLE}]")
    notice_rows, postings = [], []
    for at, n in enumerate(notices):
        stage, quotes = derived[n.id]
        q = questions.get(at, [])
        notice_rows.append((n.id, sha_of.get(n.id), stage, quotes, store.record(n, state.total_chars[at], q)))
        text_keys = [k for k, _ in q] + ([cache.text_key(n.request)] if n.request else [])
        postings.extend(store.postings_of(n, stage, quotes, text_keys))
    store.write_notices(db, notice_rows)
    lap("save_notices")
    postings = sorted(set(postings))  # one kind's terms are all text or all integers
    tables.refill_internal(db, "analysis_postings", "insert into analysis_postings (kind, term, notice_id) values (?, ?, ?)", postings)
    lap("save_postings")

    ids = np.asarray(state.notice_ids, dtype=object)
    days = np.array([store.day_of(n.date) for n in notices], dtype=np.int64)
    p = state.p_notice
    tables.refill_internal(
        db, "analysis_passages",
        "insert into analysis_passages (notice_id, seq, chars, text_key, form, day) values (?, ?, ?, ?, ?, ?)",
        zip(ids[p].tolist(), state.p_seq.tolist(), state.p_chars.tolist(), state.p_text.tolist(), state.p_form.tolist(), days[p].tolist()),
    )
    lap("save_passages")
    forms = template_state.from_full(db, version, state, passage_form, form_positions, template_result, notices, families.family_of)
    template_state.save(db, version, forms, everything=True)
    db.execute("insert or replace into build_info (key, value) values (?, ?)", [store.VERSION_KEY, version])
    lap("save_forms")

