"""Each notice's lifecycle stage and the references its text quotes, kept between builds.

Finding them means reading the first lines of tens of thousands of notices and scanning every ICO
decision's full text for references: most of an analysis's time on a large corpus. Both depend only
on the notice itself, so they are stored per notice with its file hash, and a rebuild derives them
only for the notices it re-parsed (or whose hash differs from the stored one).
"""

import json

from . import lifecycle

TABLE = "analysis_stages"
CHUNK = 500


def _heads(db, ids: list[str] | None) -> dict[str, str]:
    """First lines of the notices that may be an internal review, ICO decision or tribunal."""
    sql = (
        "select id, substr(body, 1, ?) from notices where (doc_type in ('ico_decision', 'other') "
        "or (doc_type = 'force_response' and (title like '%internal review%' "
        "or substr(body, 1, ?) like '%internal review%')))"
    )
    params = [lifecycle.HEAD_CHARS, lifecycle.HEAD_CHARS]
    if ids is None:
        return dict(db.execute(sql, params).fetchall())
    heads = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        heads.update(db.execute(sql + f" and id in ({','.join('?' * len(chunk))})", params + chunk).fetchall())
    return heads


def _bodies(db, ids: list[str]) -> dict[str, str]:
    bodies = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        bodies.update(db.execute(f"select id, body from notices where id in ({','.join('?' * len(chunk))})", chunk).fetchall())
    return {k: v or "" for k, v in bodies.items()}


def derive(db, notices, ids: list[str] | None) -> dict[str, tuple]:
    """notice id -> (stage, quoted references as (key, quotation) pairs) for these notices (None: all)."""
    heads = _heads(db, ids)
    if ids is None:
        wanted = notices
    else:
        wanted_ids = set(ids)
        wanted = [n for n in notices if n.id in wanted_ids]
    stage = {n.id: lifecycle.stage_of(n, heads.get(n.id)) for n in wanted}
    later = [nid for nid, s in stage.items() if nid in heads and lifecycle.STAGES.get(s, 0) > 0]
    bodies = _bodies(db, later)
    return {nid: (s, list(lifecycle.quoted_references(bodies[nid]).items()) if nid in bodies else []) for nid, s in stage.items()}


def ensure_table(db) -> None:
    """The per-notice table: stage, quoted references, and the notice's record as last analysed
    (pickled: its Notice, answer characters, question and request text keys), which a rebuild reads
    for the notices it touches instead of loading every notice."""
    if TABLE in db.table_names() and "record" not in {c.name for c in db[TABLE].columns}:
        db[TABLE].drop()
    if TABLE not in db.table_names():
        db[TABLE].create({"notice_id": str, "sha256": str, "stage": str, "quotes": str, "record": bytes}, pk="notice_id")


def read(db, ids: list[str]) -> dict[str, tuple]:
    """notice id -> (sha256, stage, quotes, record) as stored."""
    rows = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for notice_id, sha, stage, quotes, record in db.execute(
            f"select notice_id, sha256, stage, quotes, record from [{TABLE}] where notice_id in ({','.join('?' * len(chunk))})", chunk
        ):
            rows[notice_id] = (sha, stage, [tuple(pair) for pair in json.loads(quotes)] if quotes != "[]" else [], record)
    return rows
