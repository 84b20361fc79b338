"""Provenance: corpus/sources.csv says where every corpus file came from.

One row per file: file (path relative to corpus/), sha256, format, source_url, retrieved, licence, notes.
An unknown source URL stays empty: it is never invented.
"""

import csv
import hashlib
import os
from pathlib import Path

MANIFEST = "sources.csv"
COLUMNS = ["file", "sha256", "format", "source_url", "retrieved", "licence", "notes"]
DEFAULT_LICENCE = "Open Government Licence v3.0"
# Files in corpus/ that are about the corpus, not notices.
NOT_NOTICES = {MANIFEST, "README.md", ".gitkeep"}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def corpus_files(corpus_dir: Path) -> list[str]:
    """Every notice file below corpus_dir, as sorted relative POSIX paths (os.walk: pathlib is slow at 100k files)."""
    root = os.fspath(corpus_dir)
    paths = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel_folder == "." else rel_folder + "/"
        for name in files:
            rel = prefix + name
            if name.startswith(".") or rel in NOT_NOTICES:
                continue
            paths.append(rel)
    return sorted(paths)


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    path = Path(corpus_dir) / MANIFEST
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as f:
        return {row["file"]: {k: (row.get(k) or "").strip() or None for k in COLUMNS} for row in csv.DictReader(f)}


def write_manifest(corpus_dir: Path, rows: dict[str, dict]) -> None:
    path = Path(corpus_dir) / MANIFEST
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for name in sorted(rows):
            writer.writerow({k: rows[name].get(k) or "" for k in COLUMNS} | {"file": name})
    tmp.replace(path)
