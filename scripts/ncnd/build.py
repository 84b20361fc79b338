"""Build: corpus/ -> build/ncnd.db, atomically and incrementally.

The new database is written to a temporary file and renamed over the old one, so a failed build
leaves the last good database in place. Files are re-parsed only when their sha256 changed, or when
the loader itself (code or vocabularies) changed, which forces a full build.
"""

import hashlib
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

import sqlite_utils

from . import load, provenance, schema
from .pipeline import process_file

PACKAGE_DIR = Path(__file__).parent
BATCH = 500


@dataclass
class BuildSummary:
    files: int = 0
    notices: int = 0
    errors: int = 0
    reparsed: int = 0
    removed: int = 0
    seconds: float = 0.0
    full: bool = True
    db_path: str = ""

    def line(self) -> str:
        kind = "full build" if self.full else "incremental build"
        return (
            f"{self.db_path}: {self.files} files, {self.notices} notices, {self.errors} errors "
            f"({kind}: {self.reparsed} parsed, {self.removed} removed) in {self.seconds:.1f}s"
        )


def loader_version() -> str:
    """A hash of the loader's code and vocabularies: when it changes, every notice is parsed again."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".csv", ".yml", ".yaml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_state(corpus_dir: Path, rels: list[str], cached: dict[str, tuple]) -> dict[str, str]:
    """sha256 per file, reusing the cached hash when size and mtime are unchanged."""
    hashes = {}
    for rel in rels:
        stat = (corpus_dir / rel).stat()
        hit = cached.get(rel)
        if hit and hit[0] == stat.st_size and hit[1] == stat.st_mtime_ns:
            hashes[rel] = hit[2]
        else:
            hashes[rel] = provenance.sha256_bytes((corpus_dir / rel).read_bytes())
    return hashes


def _existing(db) -> tuple[dict, dict, str | None]:
    if "documents" not in db.table_names() or "build_info" not in db.table_names():
        return {}, {}, None
    info = {row["key"]: row["value"] for row in db["build_info"].rows}
    docs = {row["path"]: row for row in db.query("select path, sha256, source_url, retrieved, licence, notes from documents")}
    stats = {}
    if "file_stats" in db.table_names():
        stats = {r["path"]: (r["size"], r["mtime_ns"], r["sha256"]) for r in db["file_stats"].rows}
    return docs, stats, info.get("loader_version")


def _parse_all(corpus_dir: Path, rels: list[str], workers: int, progress: bool):
    """Yield FileResults in corpus order, parsed on all cores."""
    if not rels:
        return
    work = partial(process_file, corpus_dir)
    if workers <= 1 or len(rels) < 8:
        results = map(work, rels)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(work, rels, chunksize=max(1, min(200, len(rels) // (workers * 8) or 1)))
    try:
        if progress:
            import click

            with click.progressbar(results, length=len(rels), label="Parsing notices", file=None) as bar:
                yield from bar
        else:
            yield from results
    finally:
        if pool is not None:
            pool.shutdown()


def _insert(db, buffers: dict[str, list[dict]], force: bool = False) -> None:
    for table, rows in buffers.items():
        if rows and (force or len(rows) >= BATCH):
            db[table].insert_all(rows, batch_size=BATCH)
            rows.clear()


def build_database(
    corpus_dir: Path,
    db_path: Path,
    *,
    full: bool = False,
    workers: int | None = None,
    progress: bool = False,
) -> BuildSummary:
    started = time.perf_counter()
    corpus_dir, db_path = Path(corpus_dir), Path(db_path)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    version = loader_version()
    manifest = provenance.read_manifest(corpus_dir)
    rels = provenance.corpus_files(corpus_dir)
    build_time = datetime.now(timezone.utc).replace(microsecond=0).isoformat()

    tmp_path = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    old_docs, old_stats = {}, {}
    if not full and db_path.exists():
        old = sqlite_utils.Database(db_path)
        old_docs, old_stats, old_version = _existing(old)
        old.close()
        if old_version != version:
            full, old_docs, old_stats = True, {}, {}
    else:
        full = True

    try:
        if full:
            if tmp_path.exists():
                tmp_path.unlink()
        else:
            shutil.copyfile(db_path, tmp_path)
        db = sqlite_utils.Database(tmp_path)
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
        if full:
            load.create_schema(db)
            load.load_vocabularies(db)
        hashes = file_state(corpus_dir, rels, old_stats)
        changed = [rel for rel in rels if old_docs.get(rel, {}).get("sha256") != hashes[rel]]
        removed = sorted(set(old_docs) - set(rels))
        load.delete_documents(db, sorted(set(changed) & set(old_docs)) + removed)
        # Provenance can change without the file changing: update those rows in place.
        for rel in set(rels) - set(changed):
            want = {k: (manifest.get(rel) or {}).get(k) for k in ("source_url", "retrieved", "licence", "notes")}
            have = {k: old_docs[rel].get(k) for k in want}
            if want != have:
                db["documents"].update(rel, want)
                db.execute("update notices set source_url = ? where document_path = ?", [want["source_url"], rel])

        known_exemptions = {r["id"] for r in db.query("select id from exemptions")}
        buffers = {name: [] for name in schema.TABLES}
        for result in _parse_all(corpus_dir, changed, workers, progress):
            rows = load.rows_for_result(result, manifest.get(result.path))
            for row in rows["build_errors"]:
                row["at"] = build_time
            extra = load.unknown_exemption_rows(rows, known_exemptions)
            if extra:
                db["exemptions"].insert_all(extra, replace=True)
                known_exemptions.update(r["id"] for r in extra)
            for table, table_rows in rows.items():
                buffers[table].extend(table_rows)
            _insert(db, buffers)
        _insert(db, buffers, force=True)

        db["file_stats"].create({"path": str, "size": int, "mtime_ns": int, "sha256": str}, pk="path", if_not_exists=True)
        db.execute("delete from file_stats")
        db["file_stats"].insert_all(
            (
                {"path": rel, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": hashes[rel]}
                for rel in rels
                for st in [(corpus_dir / rel).stat()]
            ),
            batch_size=BATCH,
        )
        if full:
            load.create_indexes(db)
            load.enable_search(db)
        db["build_info"].insert_all(
            [
                {"key": "loader_version", "value": version},
                {"key": "built_at", "value": build_time},
                {"key": "corpus_files", "value": str(len(rels))},
            ],
            replace=True,
        )
        summary = BuildSummary(
            files=len(rels),
            notices=db["notices"].count,
            errors=db["build_errors"].count,
            reparsed=len(changed),
            removed=len(removed),
            full=full,
            db_path=str(db_path),
        )
        db.close()
        os.replace(tmp_path, db_path)
    except BaseException:
        if tmp_path.exists():
            tmp_path.unlink()
        raise
    summary.seconds = time.perf_counter() - started
    return summary
