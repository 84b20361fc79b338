"""Stored MinHash signatures, so that a rebuild only normalises and hashes texts it has not seen.

Signatures are keyed by a hash of the raw text, not by notice: the same national paragraph in
40,000 notices is normalised and hashed once, and a changed notice costs only its new paragraphs.
The version key makes a change of normaliser, vocabulary or MinHash settings start afresh.
"""

import hashlib
import os
from pathlib import Path

import numpy as np

from ..lifetime import worker_pool
from . import sketch, text

TABLE = "analysis_sketches"
VERSION_KEY = "analysis_sketch_version"
PARALLEL_FROM = 4000  # texts to normalise before worker processes pay for themselves
NORMALISE_CHUNK = 2000


def text_key(value: str) -> int:
    """A signed 64-bit key for a text (SQLite integers are signed 64-bit)."""
    return int.from_bytes(hashlib.sha1(value.encode("utf-8", "surrogatepass")).digest()[:8], "little", signed=True)


def version() -> str:
    """Everything that changes a signature: MinHash settings, normaliser code, its vocabularies."""
    digest = hashlib.sha256(f"{sketch.NUM_PERM}:{sketch.SEED}:{sketch.SCHEME}:{sketch.SHINGLE_WORDS}".encode())
    here = Path(__file__).parent
    for path in [here / "text.py", here / "sketch.py", text.SELF_REFERENCES_CSV, text.vocab.VOCAB_DIR / "authorities.csv"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_table(db) -> None:
    if TABLE not in db.table_names():
        db[TABLE].create({"key": int, "normalised_key": int, "shingles": int, "signature": bytes}, pk="key")
    if "build_info" not in db.table_names():
        db["build_info"].create({"key": str, "value": str}, pk="key")
    row = db.execute("select value from build_info where key = ?", [VERSION_KEY]).fetchone()
    if row is None or row[0] != version():
        db.execute(f"delete from [{TABLE}]")
        db.execute("insert or replace into build_info (key, value) values (?, ?)", [VERSION_KEY, version()])


def _normalise_chunk(texts: list[str]) -> list[str]:
    return [text.normalise(t) for t in texts]


def normalise_all(texts: list[str], workers: int | None = None) -> list[str]:
    """Normalise on every core when there are enough texts to be worth the processes."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(texts) < PARALLEL_FROM:
        return _normalise_chunk(texts)
    chunks = [texts[i : i + NORMALISE_CHUNK] for i in range(0, len(texts), NORMALISE_CHUNK)]
    with worker_pool(min(workers, len(chunks))) as pool:
        return [value for chunk in pool.map(_normalise_chunk, chunks) for value in chunk]


class Sketches:
    """Signatures for a list of distinct raw texts, aligned with it.

    normalised_key[i] is 0 when text i normalises to nothing (only numbers or punctuation); such
    texts take part in no family.
    """

    def __init__(self, keys, normalised_key, signatures, shingles, computed: int):
        self.keys = keys  # text_key of each raw text
        self.normalised_key = normalised_key
        self.signatures = signatures
        self.shingles = shingles
        self.computed = computed  # how many texts had to be normalised and hashed this time


LOOKUP_UP_TO = 50_000  # texts looked up one by one by key; more than this, the whole table is read


def _stored(db, keys: np.ndarray):
    """Stored rows for these keys: looked up by key when few (a rebuild), else one scan of the table."""
    sql = f"select key, normalised_key, shingles, signature from [{TABLE}]"
    if len(keys) > LOOKUP_UP_TO:
        yield from db.execute(sql)
        return
    wanted = sorted(set(keys.tolist()))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        yield from db.execute(sql + f" where key in ({','.join('?' * len(chunk))})", chunk)


def sketches_for(db, texts: list[str], workers: int | None = None) -> Sketches:
    """Signatures of these distinct texts: read from the table when stored, else computed and stored."""
    ensure_table(db)
    keys = np.fromiter((text_key(t) for t in texts), dtype=np.int64, count=len(texts))
    n = len(texts)
    normalised_key = np.zeros(n, dtype=np.int64)
    signatures = np.zeros((n, sketch.NUM_PERM), dtype=np.uint32)
    shingles = np.zeros(n, dtype=np.int64)
    position = {int(k): i for i, k in enumerate(keys)}
    found = np.zeros(n, dtype=bool)
    for key, nkey, count, blob in _stored(db, keys):
        i = position.get(key)
        if i is not None:
            found[i] = True
            normalised_key[i] = nkey
            shingles[i] = count
            if blob:
                signatures[i] = np.frombuffer(blob, dtype=np.uint32)
    missing = np.flatnonzero(~found)
    if len(missing):
        normalised = normalise_all([texts[i] for i in missing], workers)
        distinct = sorted({t for t in normalised if t})
        if distinct:
            sigs, sizes = sketch.signatures(distinct)
            index = {t: j for j, t in enumerate(distinct)}
        rows = []
        for i, value in zip(missing, normalised):
            if value:
                j = index[value]
                normalised_key[i] = text_key(value) or 1
                signatures[i] = sigs[j]
                shingles[i] = sizes[j]
                rows.append((int(keys[i]), int(normalised_key[i]), int(shingles[i]), sigs[j].tobytes()))
            else:
                rows.append((int(keys[i]), 0, 0, None))
        db.conn.executemany(f"insert or replace into [{TABLE}] (key, normalised_key, shingles, signature) values (?, ?, ?, ?)", rows)
    return Sketches(keys, normalised_key, signatures, shingles, computed=len(missing))


def prune(db, keep_keys: set[int]) -> int:
    """Forget signatures of texts that are no longer in any notice."""
    stale = [k for (k,) in db.execute(f"select key from [{TABLE}]") if k not in keep_keys]
    for start in range(0, len(stale), 500):
        chunk = stale[start : start + 500]
        db.execute(f"delete from [{TABLE}] where key in ({','.join('?' * len(chunk))})", chunk)
    return len(stale)


def subset(sketches: Sketches, indices) -> Sketches:
    indices = np.asarray(indices, dtype=np.int64)
    return Sketches(
        sketches.keys[indices],
        sketches.normalised_key[indices],
        sketches.signatures[indices],
        sketches.shingles[indices],
        computed=0,
    )
