"""Provenance: corpus/sources.csv says where every corpus file came from.

One row per file: file (path relative to corpus/), sha256, format, source_url, retrieved, licence, notes,
and for files `ncnd fetch` collected: http_status, etag, last_modified, adapter and withdrawn (when the
address answered 404/410 later; the file stays). A manifest written before those columns existed reads
as before, with them empty. An unknown source URL stays empty: it is never invented.
"""

import csv
import hashlib
import io
from pathlib import Path

from . import corpus

MANIFEST = "sources.csv"
COLUMNS = ["file", "sha256", "format", "source_url", "retrieved", "licence", "notes"]
FETCH_COLUMNS = ["http_status", "etag", "last_modified", "adapter", "withdrawn"]
DEFAULT_LICENCE = "Open Government Licence v3.0"
# Files in corpus/ that are about the corpus, not notices.
NOT_NOTICES = corpus.NOT_NOTICES
# 100,000 rows take about 15 MB; a manifest larger than this is not read at all.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def scan_corpus(corpus_dir: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every regular notice file below corpus_dir, keyed by relative POSIX path.

    Links, FIFOs, devices, hidden files and the like are left out here: corpus.survey() lists them too.
    """
    return corpus.survey(corpus_dir).files


def corpus_files(corpus_dir: Path) -> list[str]:
    """Every notice file below corpus_dir, as sorted relative POSIX paths."""
    return sorted(scan_corpus(corpus_dir))


def manifest_bytes(corpus_dir: Path) -> bytes | None:
    """The bytes of sources.csv (None when there is none), read like any corpus file: never through a link."""
    if not (Path(corpus_dir) / MANIFEST).exists() and not (Path(corpus_dir) / MANIFEST).is_symlink():
        return None
    return corpus.read_file(corpus_dir, MANIFEST, MAX_MANIFEST_BYTES)


def manifest_digest(corpus_dir: Path) -> str | None:
    """sha256 of sources.csv: while it is unchanged, no unchanged file's provenance can have changed."""
    try:
        data = manifest_bytes(corpus_dir)
    except corpus.UnreadableFile as e:
        return corpus.unread_marker(str(e))
    return sha256_bytes(data) if data is not None else None


def parse_manifest(data: bytes) -> tuple[dict[str, dict], list[str]]:
    """The usable rows of sources.csv by file, and one sentence per row that could not be used.

    A bad row never stops a build: it is reported (line number and why) and its file has no provenance.
    """
    rows, problems = {}, []
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig", errors="surrogateescape"), newline=""))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        return rows, problems
    except csv.Error as e:
        return rows, [f"line 1: the header could not be read ({e}): no provenance was read"]
    if "file" not in header:
        return rows, [f"the header has no 'file' column (it has {', '.join(map(repr, header[:10]))}): no provenance was read"]
    columns = COLUMNS + [c for c in FETCH_COLUMNS if c in header]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            problems.append(f"line {reader.line_num}: {e}: row not used")
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if not all(corpus.is_utf8(cell) for cell in row):
            problems.append(f"line {line}: not valid UTF-8: row not used")
            continue
        if len(row) != len(header):
            problems.append(f"line {line}: {len(row)} fields where the header has {len(header)}: row not used")
            continue
        values = dict(zip(header, row))
        name = values["file"].strip()
        if not name:
            problems.append(f"line {line}: no file name: row not used")
            continue
        if name in rows:
            problems.append(f"line {line}: {name!r} is listed again: this later row is used")
        rows[name] = {k: (values.get(k) or "").strip() or None for k in columns}
    return rows, problems


def read_manifest_checked(corpus_dir: Path) -> tuple[dict[str, dict], list[str]]:
    """parse_manifest() of corpus/sources.csv; a manifest that cannot be read at all is one problem."""
    try:
        data = manifest_bytes(corpus_dir)
    except corpus.UnreadableFile as e:
        return {}, [f"{MANIFEST}: {e}"]
    return parse_manifest(data) if data is not None else ({}, [])


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    """Older manifests have no fetch columns: written back, they stay without them."""
    return read_manifest_checked(corpus_dir)[0]


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
