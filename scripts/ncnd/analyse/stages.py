"""Each notice's lifecycle stage and the references its text quotes, kept between builds.

Finding them means reading the first lines of tens of thousands of notices and scanning every ICO
decision's full text for references: most of an analysis's time on a large corpus. Both depend only
on the notice itself, so they are stored per notice with its file hash, and a rebuild recomputes
them only for the notices it re-parsed (or whose hash differs from the stored one). A full build, or
a change to the code that derives them, recomputes every notice.
"""

import hashlib
import json
from pathlib import Path

from . import lifecycle

TABLE = "analysis_stages"
VERSION_KEY = "analysis_stages_version"
CHUNK = 500


def version() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for path in (here / "lifecycle.py", here / "stages.py", here / "corpus.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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


def _derive(db, notices, ids: list[str] | None) -> dict[str, tuple]:
    """notice id -> (stage, quoted references) for these notices (None: all)."""
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


def ensure_table(db) -> bool:
    """Create the table; empty it when the code that fills it changed. True when it can be trusted."""
    if TABLE not in db.table_names():
        db[TABLE].create({"notice_id": str, "sha256": str, "stage": str, "quotes": str}, pk="notice_id")
    row = db.execute("select value from build_info where key = ?", [VERSION_KEY]).fetchone()
    if row is None or row[0] != version():
        db.execute(f"delete from [{TABLE}]")
        db.execute("insert or replace into build_info (key, value) values (?, ?)", [VERSION_KEY, version()])
        return False
    return True


def stages_and_quotes(db, notices, changed_notice_ids) -> tuple[dict, dict, int]:
    """(stage per notice, quoted references per later-stage notice, how many notices were derived afresh).

    changed_notice_ids None: every notice is derived again and the stored values replaced.
    """
    trusted = ensure_table(db)
    sha = dict(db.execute("select id, sha256 from notices").fetchall())
    stored = {}
    if trusted and changed_notice_ids is not None:
        changed = set(changed_notice_ids)
        for notice_id, digest, stage, quotes in db.execute(f"select notice_id, sha256, stage, quotes from [{TABLE}]"):
            if notice_id in sha and notice_id not in changed and digest == sha[notice_id]:
                # most notices quote nothing: "[]" needs no parsing
                stored[notice_id] = (stage, [tuple(pair) for pair in json.loads(quotes)] if quotes != "[]" else [])
    missing = [n.id for n in notices if n.id not in stored]
    fresh = _derive(db, notices, None if len(missing) == len(notices) else missing)
    gone = [k for (k,) in db.execute(f"select notice_id from [{TABLE}]") if k not in sha]
    for start in range(0, len(gone), CHUNK):
        chunk = gone[start : start + CHUNK]
        db.execute(f"delete from [{TABLE}] where notice_id in ({','.join('?' * len(chunk))})", chunk)
    db.conn.executemany(
        f"insert or replace into [{TABLE}] (notice_id, sha256, stage, quotes) values (?, ?, ?, ?)",
        [(nid, sha.get(nid), s, json.dumps(q)) for nid, (s, q) in fresh.items()],
    )
    everything = stored | fresh
    stage = {nid: s for nid, (s, _) in everything.items()}
    quotes = {nid: q for nid, (s, q) in everything.items() if lifecycle.STAGES.get(s, 0) > 0 and q}
    return stage, quotes, len(fresh)
