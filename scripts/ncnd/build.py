"""Build: corpus/ -> build/ncnd.db, atomically and incrementally.

A full build is written to a temporary file and renamed over the old one. An incremental build
changes the database in place inside one transaction, so that one changed file costs milliseconds
rather than a copy of a multi-gigabyte database; SQLite's journal makes it all-or-nothing. Either
way a failed build leaves the last good database. Files are re-parsed only when their sha256
changed, or when the loader itself (code or vocabularies) changed, which forces a full build.
"""

import hashlib
import os
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache, partial
from pathlib import Path

import sqlite_utils

from . import load, provenance, schema, versions
from .analyse import analyse

PACKAGE_DIR = Path(__file__).parent
BATCH = 500
DOCUMENT_PATH = list(schema.TABLES["documents"]["columns"]).index("path")
FETCH_ONLY_VOCABULARIES = {("vocab", "sources.yml"), ("vocab", "force_logs.csv")}
DOCUMENT_SHA256 = list(schema.TABLES["documents"]["columns"]).index("sha256")


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
    # seconds per stage: scan (list, stat, hash), parse_load, search (indexes and FTS), analysis
    stages: dict = field(default_factory=dict)

    @property
    def analysis_seconds(self) -> float:
        return self.stages.get("analysis", 0.0)

    def line(self) -> str:
        kind = "full build" if self.full else "incremental build"
        return (
            f"{self.db_path}: {self.files} files, {self.notices} notices, {self.errors} errors "
            f"({kind}: {self.reparsed} parsed, {self.removed} removed) in {self.seconds:.1f}s"
            + (" (" + ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in self.stages.items()) + ")" if self.stages else "")
        )


def loader_version() -> str:
    """A hash of the loader's code and vocabularies: when it changes, every notice is parsed again.

    The cross-notice analysis is left out: it keeps its own fingerprint and recomputes its tables itself;
    so is the collector (`ncnd fetch` and its sources), which never changes how a file is parsed.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        parts = path.relative_to(PACKAGE_DIR).parts
        if (
            path.suffix in {".py", ".csv", ".yml", ".yaml"}
            and "__pycache__" not in parts
            and parts[0] not in ("analyse", "fetch")
            and parts not in FETCH_ONLY_VOCABULARIES
        ):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_state(corpus_dir: Path, stats: dict[str, tuple], cached: dict[str, tuple]) -> tuple[dict[str, str], set[str]]:
    """sha256 per file, reusing the cached hash when size and mtime are unchanged; and the files re-hashed."""
    hashes, touched = {}, set()
    root = os.fspath(corpus_dir)
    for rel, stat in stats.items():
        hit = cached.get(rel)
        if hit and hit[0] == stat[0] and hit[1] == stat[1]:
            hashes[rel] = hit[2]
        else:
            with open(os.path.join(root, rel), "rb") as f:
                hashes[rel] = provenance.sha256_bytes(f.read())
            touched.add(rel)
    return hashes, touched


@dataclass
class PreviousBuild:
    """What the last build left, read with plain cursors: at 100,000 files row dicts cost a second."""

    hashes: dict  # path -> sha256 of every document
    stats: dict  # path -> (size, mtime_ns, sha256)
    info: dict  # build_info

    def provenance(self, db, paths) -> dict[str, dict]:
        """The stored provenance of these documents (read through the covering index, never the text)."""
        keys = ("source_url", "retrieved", "licence", "notes")
        wanted, out = sorted(paths), {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = f"select path, {', '.join(keys)} from documents where path in ({','.join('?' * len(chunk))})"
            out.update((path, dict(zip(keys, values))) for path, *values in db.execute(sql, chunk))
        return out


def _previous(db) -> PreviousBuild:
    tables = set(db.table_names())
    if not {"documents", "build_info"} <= tables:
        return PreviousBuild({}, {}, {})
    info = dict(db.execute("select key, value from build_info").fetchall())
    stats = {}
    if "file_stats" in tables:
        stats = {path: (size, mtime, sha) for path, size, mtime, sha in db.execute("select path, size, mtime_ns, sha256 from file_stats")}
    # file_stats is written in the same transaction as documents, so it normally holds every document's
    # hash; the documents themselves are read only when the two disagree.
    if len(stats) == db.execute("select count(*) from documents").fetchone()[0]:
        hashes = {path: stat[2] for path, stat in stats.items()}
    else:
        hashes = dict(db.execute("select path, sha256 from documents").fetchall())
    return PreviousBuild(hashes, stats, info)


@lru_cache(maxsize=1)
def _vocabulary_exemption_ids() -> frozenset:
    return frozenset(load.regime_id(row["id"], regime) for row, regime in load.vocabulary_exemptions())


def rows_for_file(corpus_dir: Path, build_time: str, item: tuple[str, dict | None]) -> dict[str, list[list]]:
    """One file's rows as value lists in schema column order, made in a worker process.

    Building the row dicts and JSON in the one process that writes the database took a core's worth
    of time at 100,000 notices; the writer now only runs executemany.
    """
    from . import pipeline  # here, not at the top: a build with nothing to parse never compiles the parser

    rel, source = item
    rows = load.rows_for_result(pipeline.process_file(corpus_dir, rel, (source or {}).get("source_url")), source)
    for row in rows["build_errors"]:
        row["at"] = build_time
    extra = load.unknown_exemption_rows(rows, _vocabulary_exemption_ids())
    if extra:
        rows["exemptions"] = extra
    return {
        table: [[row.get(c) for c in schema.TABLES[table]["columns"]] for row in table_rows]
        for table, table_rows in rows.items()
        if table_rows
    }


def _rows_of_all(corpus_dir: Path, items: list[tuple[str, dict | None]], build_time: str, workers: int, progress: bool):
    """Yield each file's rows in corpus order, made on all cores."""
    if not items:
        return
    work = partial(rows_for_file, corpus_dir, build_time)
    if workers <= 1 or len(items) < 8:
        results = map(work, items)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(work, items, chunksize=max(1, min(200, len(items) // (workers * 8) or 1)))
    try:
        if progress:
            import click

            with click.progressbar(results, length=len(items), label="Parsing notices", file=None) as bar:
                yield from bar
        else:
            yield from results
    finally:
        if pool is not None:
            pool.shutdown()


def _insert(db, buffers: dict[str, list[list]], force: bool = False) -> None:
    """executemany with the schema's columns: no per-batch commit, so it runs inside the build's transaction."""
    for table, rows in buffers.items():
        if rows and (force or len(rows) >= BATCH):
            columns = schema.TABLES[table]["columns"]
            sql = "insert into [{}] ({}) values ({})".format(
                table, ", ".join(f"[{c}]" for c in columns), ", ".join("?" * len(columns))
            )
            db.conn.executemany(sql, rows)
            rows.clear()


def _record_file_stats(db, stats: dict, hashes: dict, refresh: set[str], removed: list[str]):
    """Remember size and mtime per file so the next build hashes only files that were touched."""
    db.conn.executemany("delete from file_stats where path = ?", [[p] for p in removed])
    rows = [[rel, *stats[rel], hashes[rel]] for rel in sorted(refresh)]
    db.conn.executemany("insert or replace into file_stats (path, size, mtime_ns, sha256) values (?, ?, ?, ?)", rows)


def build_database(
    corpus_dir: Path,
    db_path: Path,
    *,
    full: bool = False,
    workers: int | None = None,
    progress: bool = False,
) -> BuildSummary:
    started = time.perf_counter()
    stages = {}

    def lap(name, since=[started]):
        now = time.perf_counter()
        stages[name] = round(now - since[0], 3)
        since[0] = now

    corpus_dir, db_path = Path(corpus_dir), Path(db_path)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    version = loader_version()
    manifest_digest = provenance.manifest_digest(corpus_dir)
    stats = provenance.scan_corpus(corpus_dir)
    rels = list(stats)
    build_time = datetime.now(timezone.utc).replace(microsecond=0).isoformat()

    tmp_path = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    previous = PreviousBuild({}, {}, {})
    if not full and db_path.exists():
        old = sqlite_utils.Database(db_path)
        previous = _previous(old)
        old.close()
        if previous.info.get("loader_version") != version:
            full, previous = True, PreviousBuild({}, {}, {})
    else:
        full = True

    target = tmp_path if full else db_path
    db = None
    try:
        if full and tmp_path.exists():
            tmp_path.unlink()
        db = sqlite_utils.Database(sqlite3.connect(target, isolation_level=None))
        if full:
            # A temporary file: nothing to protect until the rename.
            db.execute("pragma journal_mode = off")
            db.execute("pragma synchronous = off")
            load.create_schema(db)
            load.load_vocabularies(db)
        db.execute("begin immediate")
        if full:
            # Every file is parsed anyway, and the worker that reads it hashes it: no need to read it twice.
            hashes, touched, changed = {}, set(rels), sorted(rels)
        else:
            hashes, touched = file_state(corpus_dir, stats, previous.stats)
            changed = sorted(rel for rel in rels if previous.hashes.get(rel) != hashes[rel])
        removed = sorted(set(previous.hashes) - set(stats))
        # A 100,000-row manifest is read only when it changed or lists a file new to the database; while
        # it is unchanged, a file edited in place keeps the provenance its rows already have.
        manifest_changed = previous.info.get("manifest_sha256") != (manifest_digest or "")
        manifest_read = manifest_changed or not set(changed) <= set(previous.hashes)
        if manifest_read:
            manifest = provenance.read_manifest(corpus_dir)
        else:
            manifest = previous.provenance(db, set(changed))
        if manifest_read or removed:
            # Versions of each source address follow the manifest and the files present.
            versions.replace_versions(db, manifest if manifest_read else provenance.read_manifest(corpus_dir), set(rels))
        if manifest_changed and previous.hashes:
            # Provenance can change without the file changing. The source URL is evidence for the parser
            # (the force's domain, the log's month), so a new URL parses the file again; the other
            # provenance columns are updated in place.
            unchanged = set(rels) - set(changed)
            for rel, have in sorted(previous.provenance(db, unchanged).items()):
                want = {k: (manifest.get(rel) or {}).get(k) for k in have}
                if want["source_url"] != have["source_url"]:
                    changed.append(rel)
                elif want != have:
                    db.execute(
                        "update documents set source_url = ?, retrieved = ?, licence = ?, notes = ? where path = ?",
                        [want["source_url"], want["retrieved"], want["licence"], want["notes"], rel],
                    )
                    db.execute("update notices set source_url = ? where document_path = ?", [want["source_url"], rel])
            changed.sort()
        load.delete_documents(db, sorted(set(changed) & set(previous.hashes)) + removed)

        lap("scan")
        known_exemptions = {r[0] for r in db.execute("select id from exemptions")}
        buffers = {name: [] for name in schema.TABLES}
        items = [(rel, manifest.get(rel)) for rel in changed]
        for rows in _rows_of_all(corpus_dir, items, build_time, workers, progress):
            new_sections = [r for r in rows.pop("exemptions", []) if r[0] not in known_exemptions]
            buffers["exemptions"].extend(new_sections)
            known_exemptions.update(r[0] for r in new_sections)
            for table, table_rows in rows.items():
                buffers[table].extend(table_rows)
            document = rows["documents"][0]
            hashes[document[DOCUMENT_PATH]] = document[DOCUMENT_SHA256]
            _insert(db, buffers)
        _insert(db, buffers, force=True)
        _record_file_stats(db, stats, hashes, touched | set(changed), removed)
        db.conn.executemany(
            "insert or replace into build_info (key, value) values (?, ?)",
            [("loader_version", version), ("built_at", build_time), ("corpus_files", str(len(rels))),
             ("manifest_sha256", manifest_digest or "")],
        )
        lap("parse_load")
        if full:
            db.execute("commit")
            load.create_indexes(db)
            load.enable_search(db)
            db.execute("begin immediate")
        lap("search")
        # Derived tables (families, templates, lifecycle, consistency) follow the notices they come from,
        # in the same transaction as an incremental build's rows: a failure leaves neither. Outside a
        # transaction every statement of the analysis would be its own commit.
        changed_ids = None if full else [load.notice_id(p) for p in changed + removed]
        analyse(db, changed_ids, workers=workers)
        if db.conn.in_transaction:
            db.execute("commit")
        lap("analysis")
        summary = BuildSummary(
            files=len(rels),
            notices=db["notices"].count,
            errors=db["build_errors"].count,
            reparsed=len(changed),
            removed=len(removed),
            full=full,
            db_path=str(db_path),
            stages=stages,
        )
        db.close()
        db = None
        if full:
            os.replace(tmp_path, db_path)
    except BaseException:
        if db is not None:
            if db.conn.in_transaction:
                db.execute("rollback")
            db.close()
        if tmp_path.exists():
            tmp_path.unlink()
        raise
    summary.seconds = time.perf_counter() - started
    return summary
