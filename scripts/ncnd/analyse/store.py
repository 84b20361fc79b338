"""What a full analysis leaves behind for rebuilds: per notice, per passage, and lookups by reference,
technology group and text.

Everything here is derived from a notice's own rows, so a rebuild replaces the entries of the
notices it re-parsed and reads the rest only where a changed notice reaches them.
"""

import hashlib
import json
import pickle
from pathlib import Path

from . import cache, consistency, lifecycle, passage_state, stages, text

CHUNK = 500
STATE_TABLE = "analysis_state"
VERSION_KEY = "analysis_state_version"
UNDATED = 99_999_999


def version() -> str:
    """The analysis code and the vocabularies it reads: state written by other code is never trusted."""
    here = Path(__file__).parent
    digest = hashlib.sha256(cache.version().encode())
    for path in sorted(here.glob("*.py")) + sorted(here.glob("*.csv")):
        digest.update(path.read_bytes())
    for name in ("authorities.csv", "technologies.csv"):
        digest.update((text.vocab.VOCAB_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def stored_version(db) -> str | None:
    row = db.execute("select value from build_info where key = ?", [VERSION_KEY]).fetchone()
    return row[0] if row else None


def day_of(date: str | None) -> int:
    """"2019-12-17" -> 20191217; unknown dates sort last (as templates._date_number)."""
    from .templates import _date_number

    return _date_number(date)


def reference_term(key: str) -> str:
    """The form lifecycle.link files a reference under (tribunal numbers with one separator)."""
    return lifecycle._tribunal_key(key) if key.startswith("EA") else key


def own_terms(notice) -> set[str]:
    return {reference_term(k) for k in lifecycle.own_references(notice)}


def quote_terms(quotes: list) -> set[str]:
    return {reference_term(k) for k, _ in quotes}


def group_terms(notice) -> set[str]:
    return {f"{key[1]}\t{key[2]}" for key in consistency.groups_of(notice, {}) if key[0] == "authority"}


def postings_of(notice, stage: str | None, quotes: list, text_keys) -> list[tuple]:
    rows = [("reference", term, notice.id) for term in own_terms(notice)]
    if lifecycle.STAGES.get(stage, 0) > 0:
        rows += [("quote", term, notice.id) for term in quote_terms(quotes)]
    rows += [("group", term, notice.id) for term in group_terms(notice)]
    rows += [("text", key, notice.id) for key in set(text_keys)]
    return rows


def record(notice, total_chars: int, questions: list) -> bytes:
    """A notice as last analysed: its Notice, answer characters, (text key, form) of its questions."""
    return passage_state.dumps((notice, int(total_chars), [(int(k), int(f)) for k, f in questions]))


def write_notices(db, rows: list[tuple]) -> None:
    """rows: (notice_id, sha256, stage, quotes, record bytes)."""
    db.conn.executemany(
        f"insert or replace into [{stages.TABLE}] (notice_id, sha256, stage, quotes, record) values (?, ?, ?, ?, ?)",
        [(nid, sha, stage, json.dumps(quotes), blob) for nid, sha, stage, quotes, blob in rows],
    )


def in_chunks(db, sql: str, values: list, params=()):
    """Rows of sql, whose "(?)" stands for the list of values (sent in chunks)."""
    values = list(values)
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        yield from db.execute(sql.replace("(?)", f"({','.join('?' * len(chunk))})"), list(params) + chunk)


def notices_by_id(db, ids) -> dict:
    """Stored Notices of these ids (as last analysed)."""
    return {nid: pickle.loads(blob)[0] for nid, blob in in_chunks(db, f"select notice_id, record from [{stages.TABLE}] where notice_id in (?)", sorted(ids))}


def lookup(db, kind: str, terms) -> set[str]:
    """Notices filed under any of these terms."""
    return {nid for (nid,) in in_chunks(db, "select notice_id from analysis_postings where kind = ? and term in (?)", sorted(terms), [kind])}


def families_of(db, ids) -> dict:
    """notice id -> (request family, similarity) as written now."""
    return {nid: (fid, sim) for nid, fid, sim in in_chunks(
        db, "select notice_id, family_id, similarity from request_family_members where notice_id in (?)", sorted(ids))}


def family_members(db, family_ids) -> set[str]:
    return {nid for (nid,) in in_chunks(db, "select notice_id from request_family_members where family_id in (?)", sorted(family_ids))}
