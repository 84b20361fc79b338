"""Every answer passage reduced to numbers, kept between builds: its notice, seq, length, text key and
wording form, and the template family and similarity last written for it.

Template families are computed over all 1.4 million passages of a large corpus, but from numbers
alone: reading every passage's text and turning every result into a row took most of a rebuild. A
rebuild re-reads only the passages of notices it re-parsed (or whose file hash changed) and writes
only the passage_templates rows whose family or similarity changed. The state is one blob of arrays; a change to the code that derives it starts afresh.
"""

import hashlib
import io
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import cache, corpus

TABLE = "analysis_state"
KEY = "passages"
CHUNK = 500
NO_FAMILY = -1


def version() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256(cache.version().encode())
    # only what derives the numbers: the stored families are what was last written, whatever code chose them
    for name in ("passage_state.py", "corpus.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class PassageState:
    notice_ids: list  # sorted: every notice analysed, with its file hash
    notice_sha: list
    total_chars: np.ndarray  # per notice: characters of all its answer passages (0: none)
    p_notice: np.ndarray  # per answer passage of 80+ characters, ordered by (notice, seq)
    p_seq: np.ndarray
    p_chars: np.ndarray
    p_text: np.ndarray  # text key (analysis_sketches.key)
    p_form: np.ndarray  # normalised key, 0 when the text normalises to nothing
    p_family: np.ndarray  # template family key last written, NO_FAMILY when none
    p_similarity: np.ndarray
    q_notice: np.ndarray  # per question
    q_text: np.ndarray
    q_form: np.ndarray
    form_keys: np.ndarray  # sorted normalised keys of passage forms, with their signatures and sizes
    form_signatures: np.ndarray
    form_sizes: np.ndarray


_ARRAYS = ["total_chars", "p_notice", "p_seq", "p_chars", "p_text", "p_form", "p_family", "p_similarity",
           "q_notice", "q_text", "q_form", "form_keys", "form_signatures", "form_sizes"]


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique(values) by sorting: numpy 2 finds plain unique values by hashing, which on a million
    int64 values takes a second where a sort takes a few hundredths."""
    ordered = np.sort(np.asarray(values))
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def found_in(values: np.ndarray, sorted_haystack: np.ndarray) -> np.ndarray:
    """np.isin(values, haystack) for a sorted haystack, by bisection (np.isin hashes a million values)."""
    if len(sorted_haystack) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_haystack, values), len(sorted_haystack) - 1)
    return sorted_haystack[at] == values


def loads(data: bytes, expected_version: str):
    """The stored value, or None when it was written by other code (another version or format)."""
    try:
        saved_version, *value = pickle.loads(data)
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError, ImportError):
        return None
    return value if saved_version == expected_version else None


def dumps(value) -> bytes:
    """Pickle without the memo, so equal values give equal bytes however they were built (a full and an
    incremental build must leave byte-identical state)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


def load(db) -> PassageState | None:
    if TABLE not in db.table_names():
        return None
    row = db.execute(f"select value from [{TABLE}] where key = ?", [KEY]).fetchone()
    if row is None:
        return None
    stored = loads(row[0], version())
    if stored is None:
        return None
    notice_ids, notice_sha, arrays = stored
    return PassageState(notice_ids, notice_sha, **{
        name: np.frombuffer(data, dtype=dtype).reshape(shape) for name, (dtype, shape, data) in arrays.items()
    })


def save(db, state: PassageState) -> None:
    if TABLE not in db.table_names():
        db[TABLE].create({"key": str, "value": bytes}, pk="key")
    arrays = {name: (getattr(state, name).dtype.str, getattr(state, name).shape, getattr(state, name).tobytes()) for name in _ARRAYS}
    payload = dumps((version(), state.notice_ids, state.notice_sha, arrays))
    db.execute(f"insert or replace into [{TABLE}] (key, value) values (?, ?)", [KEY, payload])


def _rows_of(db, sql: str, ids: list[str] | None, order: str):
    if ids is None:
        yield from db.execute(sql + order)
        return
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield from db.execute(sql + f" and notice_id in ({','.join('?' * len(chunk))})" + order, chunk)


def changed_since(old_ids: list, old_sha: list, sha_of: dict, changed_notice_ids) -> set:
    """Notices to read again: named as changed, added, removed, or with another file hash."""
    before = dict(zip(old_ids, old_sha))
    dirty = set(changed_notice_ids) | {i for i, s in sha_of.items() if before.get(i) != (s or "")}
    return dirty | (set(before) - set(sha_of))


NOTICES_KEY = "notices"


def notices(db, sha_of: dict, changed_notice_ids) -> tuple[list, set | None, list]:
    """corpus.load_notices(db), reading again only the notices that changed since the stored copy; the
    ids of those changed notices (None: no stored copy, everything was read); and their stored copies.

    A Notice is made from its own rows alone (notice, questions, technologies, exemptions, ICO
    decision), so an unchanged notice's stored copy is what loading it again would give.
    """
    stored = None
    if changed_notice_ids is not None and TABLE in db.table_names():
        row = db.execute(f"select value from [{TABLE}] where key = ?", [NOTICES_KEY]).fetchone()
        if row is not None:
            stored = loads(row[0], version())
            stored = stored[0] if stored is not None else None
    dirty, previous = None, []
    if stored is None:
        result = corpus.load_notices(db)
    else:
        old_sha, old_notices = stored
        dirty = changed_since([n.id for n in old_notices], old_sha, sha_of, changed_notice_ids)
        kept = [n for n in old_notices if n.id not in dirty]
        previous = [n for n in old_notices if n.id in dirty]
        result = sorted(kept + corpus.load_notices(db, sorted(dirty & set(sha_of))), key=lambda n: n.id)
    if TABLE not in db.table_names():
        db[TABLE].create({"key": str, "value": bytes}, pk="key")
    payload = dumps((version(), ([sha_of.get(n.id) or "" for n in result], result)))
    db.execute(f"insert or replace into [{TABLE}] (key, value) values (?, ?)", [NOTICES_KEY, payload])
    return result, dirty, previous


def refresh(db, notices, sha_of: dict, changed_notice_ids, workers=None) -> tuple[PassageState, set | None, int]:
    """The state for these notices, re-reading only what changed.

    Returns (state, dirty, hashed): dirty is the set of notice ids whose passages were read again
    (None: everything was, so no stored row can be trusted); hashed counts texts newly sketched.
    """
    old = load(db) if changed_notice_ids is not None else None
    ids = [n.id for n in notices]
    sha = [sha_of.get(i) for i in ids]
    if old is None:
        dirty = None
        reread = None
    else:
        dirty = changed_since(old.notice_ids, old.notice_sha, sha_of, changed_notice_ids)
        reread = sorted(dirty & set(ids))
    position = {nid: i for i, nid in enumerate(ids)}

    # the passages and questions of the notices read again
    total_chars = np.zeros(len(ids), dtype=np.int64)
    new_p = {"notice": [], "seq": [], "chars": [], "text": []}
    texts: dict[str, int] = {}
    sql = "select notice_id, seq, text from passages where coalesce(part, '') != 'request'"
    for notice_id, seq, value in _rows_of(db, sql, reread, " order by notice_id, seq"):
        if not value:
            continue
        at = position[notice_id]
        total_chars[at] += len(value)
        if len(value) < corpus.MIN_PASSAGE_CHARS:
            continue
        new_p["notice"].append(at)
        new_p["seq"].append(seq)
        new_p["chars"].append(len(value))
        new_p["text"].append(texts.setdefault(value, len(texts)))
    new_q = {"notice": [], "text": []}
    sql = "select notice_id, text from questions where text is not null"
    for notice_id, value in _rows_of(db, sql, reread, " order by notice_id, seq"):
        if notice_id in position:
            new_q["notice"].append(position[notice_id])
            new_q["text"].append(texts.setdefault(value, len(texts)))
    distinct = list(texts)
    sketches = cache.sketches_for(db, distinct, workers)

    def column(values, dtype=np.int64):
        return np.asarray(values, dtype=dtype) if values else np.empty(0, dtype=dtype)

    p_text_index = column(new_p["text"])
    q_text_index = column(new_q["text"])
    fresh = {
        "p_notice": column(new_p["notice"]), "p_seq": column(new_p["seq"]), "p_chars": column(new_p["chars"]),
        "p_text": sketches.keys[p_text_index], "p_form": sketches.normalised_key[p_text_index],
        "p_family": np.full(len(p_text_index), NO_FAMILY, dtype=np.int64),
        "p_similarity": np.full(len(p_text_index), np.nan),
        "q_notice": column(new_q["notice"]), "q_text": sketches.keys[q_text_index], "q_form": sketches.normalised_key[q_text_index],
    }
    form_keys, first = np.unique(sketches.normalised_key[p_text_index], return_index=True)
    form_signatures = sketches.signatures[p_text_index][first]
    form_sizes = sketches.shingles[p_text_index][first]

    if old is not None:
        # keep the unchanged notices' entries, renumbered to the current notice positions
        old_position = np.array([position.get(nid, -1) if nid not in dirty else -1 for nid in old.notice_ids], dtype=np.int64)
        for prefix, size in (("p_", len(old.p_notice)), ("q_", len(old.q_notice))):
            keep = old_position[getattr(old, prefix + "notice")] >= 0 if size else np.zeros(0, dtype=bool)
            for name in [n for n in _ARRAYS if n.startswith(prefix)]:
                kept = getattr(old, name)[keep]
                if name.endswith("_notice"):
                    kept = old_position[kept]
                fresh[name] = np.concatenate([kept, fresh[name]])
        kept_notices = old_position >= 0
        total_chars[old_position[kept_notices]] = old.total_chars[kept_notices]
        form_keys = np.concatenate([old.form_keys, form_keys])
        form_signatures = np.concatenate([old.form_signatures, form_signatures])
        form_sizes = np.concatenate([old.form_sizes, form_sizes])
    for prefix, second in (("p_", "p_seq"), ("q_", None)):
        notice = fresh[prefix + "notice"]
        order = np.lexsort((fresh[second], notice)) if second else np.argsort(notice, kind="stable")
        for name in [n for n in _ARRAYS if n.startswith(prefix)]:
            fresh[name] = fresh[name][order]
    # the forms still used by a passage, sorted by key
    used, first = np.unique(form_keys, return_index=True)
    used_mask = found_in(used, sorted_unique(fresh["p_form"]))
    first = first[used_mask]
    state = PassageState(ids, [s or "" for s in sha], total_chars, **fresh, form_keys=used[used_mask],
                         form_signatures=form_signatures[first], form_sizes=form_sizes[first])
    return state, dirty, sketches.computed
