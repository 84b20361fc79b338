"""Build: corpus/ -> build/ncnd.db, atomically and incrementally.

A full build is written to a temporary file and renamed over the old one. An incremental build
changes the database in place inside one transaction, so that one changed file costs milliseconds
rather than a copy of a multi-gigabyte database; SQLite's journal makes it all-or-nothing. Either
way a failed build leaves the last good database. Files are re-parsed only when their sha256
changed, or when the loader itself (code or vocabularies) changed, which forces a full build.
"""

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache, partial
from pathlib import Path

import sqlite_utils

from . import corpus, ingest, lifetime, load, provenance, schema, versions
from .analyse import analyse
from .lifetime import worker_pool
from .serving import prepare_site

PACKAGE_DIR = Path(__file__).parent
BATCH = 500
DOCUMENT_PATH = list(schema.TABLES["documents"]["columns"]).index("path")
FETCH_ONLY_VOCABULARIES = {("vocab", "sources.yml"), ("vocab", "force_logs.csv")}
DOCUMENT_SHA256 = list(schema.TABLES["documents"]["columns"]).index("sha256")
MANIFEST_PROBLEMS_SHOWN = 50
FILE_SECONDS = 120  # one file's reading and parsing; past it the file is recorded as an error
WORKER_MEMORY = 4 * 1024**3  # address space of a parsing worker; past it the file is recorded as an error


class BuildLocked(RuntimeError):
    """Another build of the same database is running."""


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
    so are the collector (`ncnd fetch` and its sources), which never changes how a file is parsed, and
    `serving`, which recomputes what the site reads on every build.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        parts = path.relative_to(PACKAGE_DIR).parts
        if (
            path.suffix in {".py", ".csv", ".yml", ".yaml"}
            and "__pycache__" not in parts
            and parts[0] not in ("analyse", "fetch", "serving")
            and parts not in FETCH_ONLY_VOCABULARIES
        ):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_state(corpus_dir: Path, stats: dict[str, tuple], cached: dict[str, tuple]) -> tuple[dict[str, str], set[str]]:
    """sha256 per file, reusing the cached hash when size and mtime are unchanged; and the files re-hashed.

    A file that cannot be read has no hash (None), and is tried again by every build.
    """
    hashes, touched = {}, set()
    for rel, stat in stats.items():
        hit = cached.get(rel)
        if hit and hit[0] == stat[0] and hit[1] == stat[1] and hit[2] is not None:
            hashes[rel] = hit[2]
        else:
            try:
                hashes[rel] = provenance.sha256_bytes(corpus.read_file(corpus_dir, rel, ingest.MAX_BYTES))
            except corpus.UnreadableFile:
                hashes[rel] = None
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
    documents = db.execute("select count(*) from documents where path != ?", [provenance.MANIFEST]).fetchone()[0]
    if len(stats) == documents:
        hashes = {path: stat[2] for path, stat in stats.items()}
    else:
        hashes = dict(db.execute("select path, sha256 from documents where path != ?", [provenance.MANIFEST]).fetchall())
    return PreviousBuild(hashes, stats, info)


@lru_cache(maxsize=1)
def _vocabulary_exemption_ids() -> frozenset:
    return frozenset(load.regime_id(row["id"], regime) for row, regime in load.vocabulary_exemptions())


def rows_for_file(corpus_dir: Path, build_time: str, item: tuple[str, dict | None, str]) -> dict[str, list[list]]:
    """One file's rows as value lists in schema column order, made in a worker process.

    Building the row dicts and JSON in the one process that writes the database took a core's worth
    of time at 100,000 notices; the writer now only runs executemany.
    """
    from . import pipeline  # here, not at the top: a build with nothing to parse never compiles the parser

    rel, source, nid = item
    try:
        with lifetime.time_limit(FILE_SECONDS):
            result = pipeline.process_file(corpus_dir, rel, (source or {}).get("source_url"))
    except lifetime.TookTooLong as e:  # outside the stages process_file records itself
        result = pipeline.FileResult(path=rel, sha256=None, bytes=None, error_stage="parse", error=str(e))
    rows = load.rows_for_result(result, source, nid)
    extra = load.unknown_exemption_rows(rows, _vocabulary_exemption_ids())
    if extra:
        rows["exemptions"] = extra
    return _row_lists(rows, build_time)


def rows_for_unread(rel: str, size: int, reason: str, source: dict | None, build_time: str, stage: str = "scan") -> dict[str, list[list]]:
    """A documents row and a build_errors row for a corpus entry that is recorded but never read."""
    from .pipeline import FileResult  # here: importing the pipeline compiles the parser
    result = FileResult(path=rel, sha256=None, bytes=size, error_stage=stage, error=reason)
    return _row_lists(load.rows_for_result(result, source), build_time)


def _row_lists(rows: dict[str, list[dict]], build_time: str) -> dict[str, list[list]]:
    for row in rows["build_errors"]:
        row["at"] = build_time
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
    else:
        results = _rows_in_workers(work, items, workers, build_time)
    if progress:
        import click

        with click.progressbar(results, length=len(items), label="Parsing notices", file=None) as bar:
            yield from bar
    else:
        yield from results


def _rows_in_workers(work, items: list, workers: int, build_time: str):
    """pool.map over the items, in order; a file that kills its worker (a crash in a C library, the kernel's
    out-of-memory killer) is found by going on one file per task, recorded, and the build goes on."""
    from concurrent.futures.process import BrokenProcessPool

    from .pipeline import FileResult

    done, suspects = 0, 0  # suspects: items after `done` that may hold the file that killed a worker
    while done < len(items):
        careful = suspects > 0
        pool = worker_pool(1 if careful else workers, memory_limit=WORKER_MEMORY)
        chunksize = 1 if careful else max(1, min(200, (len(items) - done) // (workers * 8) or 1))
        batch = items[done : done + suspects] if careful else items[done:]
        try:
            for rows in pool.map(work, batch, chunksize=chunksize):
                yield rows
                done += 1
                suspects = max(0, suspects - 1)
        except BrokenProcessPool:
            if careful:  # one file per task and one worker: this is the file
                rel = items[done][0]
                result = FileResult(path=rel, sha256=None, bytes=None, error_stage="parse",
                                    error="the process reading this file died (a crash or out of memory): not read")
                yield _row_lists(load.rows_for_result(result, items[done][1], items[done][2]), build_time)
                done += 1
                suspects = max(0, suspects - 1)
            else:  # the file is among those the workers held: go through them one at a time
                suspects = (workers + 2) * chunksize
        finally:
            pool.shutdown(cancel_futures=True)


def _extend(buffers: dict[str, list[list]], rows: dict[str, list[list]]) -> None:
    for table, table_rows in rows.items():
        buffers[table].extend(table_rows)


def _manifest_rows(corpus_dir: Path, problems: list[str], build_time: str) -> dict[str, list[list]]:
    """sources.csv's rows that could not be used, as one build_errors row that names each of them."""
    shown = problems[:MANIFEST_PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    message = f"{len(problems)} problem(s) in {provenance.MANIFEST}; the files these rows name have no provenance: " + "; ".join(shown)
    if more:
        message += f"; and {more} more"
    path = Path(corpus_dir) / provenance.MANIFEST
    size = path.lstat().st_size if path.exists() or path.is_symlink() else 0
    return rows_for_unread(provenance.MANIFEST, size, message, None, build_time, stage="manifest")


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


@contextlib.contextmanager
def build_lock(db_path: Path):
    """One build of a database at a time; the kernel releases the lock when the build dies, however."""
    fd = os.open(db_path.with_name(f".{db_path.name}.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build of {db_path} is running: wait for it to finish") from None
        yield
    finally:
        os.close(fd)


def remove_stale_temporaries(db_path: Path) -> list[Path]:
    """Temporary files of builds that were killed (called under the build lock, so none is in use)."""
    stale = sorted(db_path.parent.glob(f".{db_path.name}.*.tmp*"))
    for path in stale:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return stale


def replace_database(tmp_path: Path, db_path: Path) -> None:
    """Rename a finished build over the served database.

    The old file's WAL and shared-memory files belong to the old file: they are checkpointed and removed
    first, so that a connection to the new file never reads the old file's pages. A server that has the
    old file open keeps reading it until it notices the new one (plugins/ncnd_live_database.py).
    """
    if db_path.exists():
        with contextlib.suppress(sqlite3.DatabaseError):
            conn = sqlite3.connect(db_path, timeout=10)
            try:
                conn.execute("pragma wal_checkpoint(truncate)")
            finally:
                conn.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")
    os.replace(tmp_path, db_path)


def build_database(
    corpus_dir: Path,
    db_path: Path,
    *,
    full: bool = False,
    workers: int | None = None,
    progress: bool = False,
) -> BuildSummary:
    corpus_dir, db_path = Path(corpus_dir), Path(db_path)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(db_path):
        remove_stale_temporaries(db_path)
        return _build(corpus_dir, db_path, full=full, workers=workers, progress=progress)


def _build(corpus_dir: Path, db_path: Path, *, full: bool, workers: int | None, progress: bool) -> BuildSummary:
    started = time.perf_counter()
    stages = {}

    def lap(name, since=[started]):
        now = time.perf_counter()
        stages[name] = round(now - since[0], 3)
        since[0] = now

    workers = workers or os.cpu_count() or 1
    version = loader_version()
    manifest_digest = provenance.manifest_digest(corpus_dir)
    found = corpus.survey(corpus_dir)
    # Entries recorded but never read (links, FIFOs, hidden files...) take part like files: their
    # "hash" is a marker of why they were not read, so a build notices when that changes.
    unread_hashes = {rel: corpus.unread_marker(reason) for rel, (_, _, reason) in found.unread.items()}
    stats = dict(found.files) | {rel: (size, mtime) for rel, (size, mtime, _) in found.unread.items()}
    rels = list(stats)
    ids = load.notice_ids(rels)
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
        db = sqlite_utils.Database(sqlite3.connect(target, isolation_level=None, timeout=30))
        if not full:
            # WAL: a server reading the database sees the rows before or after this build's commit, never
            # a mix, and never waits for the writer.
            db.execute("pragma journal_mode = wal")
            db.execute("pragma journal_size_limit = 67108864")
        if full:
            # A temporary file: nothing to protect until the rename.
            db.execute("pragma journal_mode = off")
            db.execute("pragma synchronous = off")
            load.create_schema(db)
            load.load_vocabularies(db)
        db.execute("begin immediate")
        previous_ids = load.notice_ids(previous.hashes)
        if full:
            # Every file is parsed anyway, and the worker that reads it hashes it: no need to read it twice.
            hashes, touched, changed = dict(unread_hashes), set(rels), sorted(rels)
        else:
            hashes, touched = file_state(corpus_dir, found.files, previous.stats)
            hashes.update(unread_hashes)
            touched |= {rel for rel in unread_hashes if previous.stats.get(rel, (None,) * 3)[2] != unread_hashes[rel]}
            # A file whose id moved (x.md arrived beside x.txt) is written again under its new id.
            changed = sorted(
                rel for rel in rels if previous.hashes.get(rel) != hashes[rel] or (rel in previous_ids and previous_ids[rel] != ids[rel])
            )
        removed = sorted(set(previous.hashes) - set(stats))
        # A 100,000-row manifest is read only when it changed or lists a file new to the database; while
        # it is unchanged, a file edited in place keeps the provenance its rows already have.
        manifest_changed = previous.info.get("manifest_sha256") != (manifest_digest or "")
        manifest_read = manifest_changed or not set(changed) <= set(previous.hashes)
        manifest_problems = None
        if manifest_read:
            manifest, manifest_problems = provenance.read_manifest_checked(corpus_dir)
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
        if manifest_problems is not None:
            load.delete_documents(db, [provenance.MANIFEST])

        lap("scan")
        known_exemptions = {r[0] for r in db.execute("select id from exemptions")}
        buffers = {name: [] for name in schema.TABLES}
        if manifest_problems:
            _extend(buffers, _manifest_rows(corpus_dir, manifest_problems, build_time))
        for rel in changed:
            if rel in found.unread:
                size, _, reason = found.unread[rel]
                _extend(buffers, rows_for_unread(rel, size, reason, manifest.get(rel), build_time))
        items = [(rel, manifest.get(rel), ids[rel]) for rel in changed if rel in found.files]
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
        changed_ids = None
        if not full:
            changed_ids = sorted({previous_ids[p] for p in changed + removed if p in previous_ids} | {ids[p] for p in changed})
        analyse(db, changed_ids, workers=workers)
        lap("analysis")
        if not db.conn.in_transaction:
            db.execute("begin immediate")
        prepare_site(db, db_path)
        db.execute("commit")
        lap("site")
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
        if full:
            # The served file is in WAL mode: incremental builds then change it under a running server safely.
            db.execute("pragma journal_mode = wal")
        db.close()
        db = None
        if full:
            replace_database(tmp_path, db_path)
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
