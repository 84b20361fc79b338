"""Provenance: corpus/sources.csv says where every corpus file came from.

One row per file: file (path relative to corpus/), sha256, format, source_url, retrieved, licence, notes,
and for files `ncnd fetch` collected: http_status, etag, last_modified, adapter and withdrawn (when the
address answered 404/410 later; the file stays). A manifest written before those columns existed reads
as before, with them empty. An unknown source URL stays empty: it is never invented.
"""

import csv
import hashlib
import os
from pathlib import Path

MANIFEST = "sources.csv"
COLUMNS = ["file", "sha256", "format", "source_url", "retrieved", "licence", "notes"]
FETCH_COLUMNS = ["http_status", "etag", "last_modified", "adapter", "withdrawn"]
DEFAULT_LICENCE = "Open Government Licence v3.0"
# Files in corpus/ that are about the corpus, not notices.
NOT_NOTICES = {MANIFEST, "README.md", ".gitkeep"}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def scan_corpus(corpus_dir: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every notice file below corpus_dir, keyed by relative POSIX path, in no order.

    One os.scandir pass: at 100,000 files pathlib's objects and a second stat per file cost seconds.
    """
    found = {}

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                rel = prefix + entry.name
                if entry.is_dir():
                    if not entry.is_symlink():  # as os.walk: never follow a link into a loop
                        walk(entry.path, rel + "/")
                elif rel not in NOT_NOTICES:
                    st = entry.stat()
                    found[rel] = (st.st_size, st.st_mtime_ns)

    walk(os.fspath(corpus_dir), "")
    return found


def corpus_files(corpus_dir: Path) -> list[str]:
    """Every notice file below corpus_dir, as sorted relative POSIX paths."""
    return sorted(scan_corpus(corpus_dir))


def manifest_digest(corpus_dir: Path) -> str | None:
    """sha256 of sources.csv: while it is unchanged, no unchanged file's provenance can have changed."""
    path = Path(corpus_dir) / MANIFEST
    return sha256_bytes(path.read_bytes()) if path.exists() else None


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    path = Path(corpus_dir) / MANIFEST
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        # Older manifests have no fetch columns: written back, they stay without them.
        columns = COLUMNS + [c for c in FETCH_COLUMNS if c in (reader.fieldnames or [])]
        return {row["file"]: {k: (row.get(k) or "").strip() or None for k in columns} for row in reader}


def write_manifest(corpus_dir: Path, rows: dict[str, dict]) -> None:
    path = Path(corpus_dir) / MANIFEST
    tmp = path.with_suffix(".csv.tmp")
    fetched = any(row.get(c) for row in rows.values() for c in FETCH_COLUMNS)
    columns = COLUMNS + (FETCH_COLUMNS if fetched or _has_fetch_columns(path) else [])
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for name in sorted(rows):
            writer.writerow({k: rows[name].get(k) or "" for k in columns} | {"file": name})
    tmp.replace(path)


def _has_fetch_columns(path: Path) -> bool:
    if not path.exists():
        return False
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f), [])
    return all(c in header for c in FETCH_COLUMNS)
