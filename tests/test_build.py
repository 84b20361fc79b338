"""The build: every corpus file accounted for, atomic, incremental and deterministic."""

import shutil
import sqlite3

import pytest
import sqlite_utils

from ncnd import build as build_module
from ncnd import pipeline
from ncnd.build import build_database

SEEDS = 5


def table_dump(db_path, skip=("build_info", "file_stats")):
    """Every row of every content table, for comparing two builds."""
    db = sqlite_utils.Database(db_path)
    dump = {}
    for name in db.table_names():
        if name in skip or "_fts" in name or name.startswith("sqlite_stat"):
            continue  # sqlite_stat*: the query planner's sampled statistics, not rows
        columns = [c for c in db[name].columns_dict if c != "at"]
        select = ", ".join(f"[{c}]" for c in columns)
        dump[name] = sorted(map(repr, db.execute(f"select {select} from [{name}]").fetchall()))
    return dump


def test_seed_corpus_builds_one_notice_per_file(seed_corpus, tmp_path):
    db_path = tmp_path / "ncnd.db"
    summary = build_database(seed_corpus, db_path, workers=1)
    assert (summary.files, summary.notices, summary.errors) == (SEEDS, SEEDS, 0)
    db = sqlite_utils.Database(db_path)
    paths = {r["path"] for r in db["documents"].rows}
    assert paths == {p.name for p in seed_corpus.glob("0*.txt")}
    row = db["documents"].get("000_84e63d2b671adfe2.txt")
    assert row["sha256"] == "8095ec0b74b619d1ea5e3911dbb2b847447c075a901c4c9e3766b240c7701a1e"
    assert row["licence"] == "Open Government Licence v3.0"
    assert row["source_url"] is None  # unknown, never invented
    notice = db["notices"].get("000_84e63d2b671adfe2")
    assert "detriment of providing an efficient policing service" in notice["body"]
    assert "In an emergency call" in row["original_text"]
    # Search uses Porter stemming: "recognise" finds "recognised".
    hits = db.execute("select count(*) from passages_fts where passages_fts match 'recognise'").fetchone()[0]
    assert hits >= 1


def test_full_and_incremental_builds_give_the_same_rows(seed_corpus, tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    build_database(seed_corpus, first, workers=2)
    build_database(seed_corpus, second, workers=1)
    assert table_dump(first) == table_dump(second)
    # Change one file, build incrementally, then compare with a fresh full build of the same corpus.
    target = seed_corpus / "002_927cc23e3b5a4c43.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nEnquiry Reference: 44 -26\n", encoding="utf-8")
    summary = build_database(seed_corpus, first, workers=1)
    assert (summary.full, summary.reparsed) == (False, 1)
    build_database(seed_corpus, second, full=True, workers=1)
    assert table_dump(first) == table_dump(second)


def test_unchanged_corpus_is_not_parsed_again(seed_corpus, tmp_path, monkeypatch):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    calls = []
    monkeypatch.setattr(pipeline, "process_file", lambda *a: calls.append(a))
    summary = build_database(seed_corpus, db_path, workers=1)
    assert (summary.reparsed, summary.notices, calls) == (0, SEEDS, [])


def test_deleted_file_disappears_with_all_its_rows(seed_corpus, tmp_path):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    (seed_corpus / "004_6e1e2c2aceee99cb.txt").unlink()
    summary = build_database(seed_corpus, db_path, workers=1)
    assert summary.removed == 1
    db = sqlite_utils.Database(db_path)
    for table, column in [("documents", "path"), ("notices", "document_path")]:
        assert db.execute(f"select count(*) from {table} where {column} like '004%'").fetchone()[0] == 0
    for table in ("passages", "questions", "notice_exemptions", "notice_technologies", "ico_decisions", "ico_findings"):
        assert db.execute(f"select count(*) from {table} where notice_id like '004%'").fetchone()[0] == 0
    assert db.execute("select count(*) from passages_fts where passages_fts match 'Wilmslow'").fetchone()[0] == 0


def test_provenance_change_alone_updates_rows_without_parsing(seed_corpus, tmp_path):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    manifest = seed_corpus / "sources.csv"
    # The first row of sources.csv is seed 000: a new retrieval date and licence, the same (empty) URL.
    manifest.write_text(manifest.read_text().replace("txt,,,Open Government Licence v3.0", "txt,,2026-01-02,see source", 1))
    summary = build_database(seed_corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert summary.reparsed == 0
    assert db["documents"].get("000_84e63d2b671adfe2.txt")["retrieved"] == "2026-01-02"
    assert db["documents"].get("000_84e63d2b671adfe2.txt")["licence"] == "see source"


def test_a_new_source_url_parses_the_file_again_with_it_as_evidence(seed_corpus, tmp_path):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    manifest = seed_corpus / "sources.csv"
    url = "https://www.northants.police.uk/foi-ai/northamptonshire-police/disclosure-2019/december-2019/ring/"
    manifest.write_text(manifest.read_text().replace("txt,,,Open", f"txt,{url},2026-01-02,Open", 1))
    summary = build_database(seed_corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert summary.reparsed == 1
    assert db["documents"].get("000_84e63d2b671adfe2.txt")["source_url"] == url
    notice = db["notices"].get("000_84e63d2b671adfe2")
    assert notice["source_url"] == url
    assert notice["published"] == "2019-12"


def test_a_re_parsed_file_keeps_its_provenance_when_the_manifest_is_unchanged(seed_corpus, tmp_path):
    db_path = tmp_path / "ncnd.db"
    manifest = seed_corpus / "sources.csv"
    url = "https://www.example.police.uk/foi-ai/disclosure/ring"
    manifest.write_text(manifest.read_text().replace("txt,,,Open", f"txt,{url},2026-01-02,Open", 1))
    build_database(seed_corpus, db_path, workers=1)
    target = seed_corpus / "000_84e63d2b671adfe2.txt"
    target.write_bytes(target.read_bytes() + b"\nA line added after publication.\n")
    summary = build_database(seed_corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert (summary.full, summary.reparsed) == (False, 1)
    assert db["documents"].get("000_84e63d2b671adfe2.txt")["retrieved"] == "2026-01-02"
    assert db["notices"].get("000_84e63d2b671adfe2")["source_url"] == url


def test_failed_build_leaves_the_last_good_database(seed_corpus, tmp_path, monkeypatch):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    before = db_path.read_bytes()
    (seed_corpus / "new.txt").write_text("Kent Police can neither confirm nor deny.")

    def explode(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(build_module.load, "enable_search", explode)
    with pytest.raises(sqlite3.OperationalError):
        build_database(seed_corpus, db_path, full=True, workers=1)
    assert db_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "noise.bin": (bytes(range(256)) * 40, "binary"),
    "scan.pdf": (b"%PDF-1.4\n%garbage with no objects", "PDF could not be read"),
    "latin.txt": (b"\x81\x8d\x8f\x90\x9d" * 3 + b"\xff\xfe\xfa" * 2, None),
    "huge.txt": (None, "MB limit for one notice"),
}


def test_bad_input_is_recorded_and_the_build_goes_on(seed_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("ncnd.ingest.MAX_BYTES", 20_000)  # the seeds are 7-14 kB
    for name, (data, _) in BAD_FILES.items():
        (seed_corpus / name).write_bytes(data if data is not None else b"word " * 5000)
    db_path = tmp_path / "ncnd.db"
    summary = build_database(seed_corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    errors = {r["path"]: r for r in db["build_errors"].rows}
    assert summary.notices >= SEEDS
    # Every file is one documents row, and either a notice or an error.
    documents = {r["path"] for r in db["documents"].rows}
    noticed = {r["document_path"] for r in db["notices"].rows}
    assert documents == {p.name for p in seed_corpus.iterdir() if p.name != "sources.csv"}
    assert noticed | set(errors) == documents and not (noticed & set(errors))
    for name, (_, reason) in BAD_FILES.items():
        if reason:
            assert reason in errors[name]["message"], errors[name]
            assert errors[name]["stage"] == "ingest" and errors[name]["at"]
            assert db["documents"].get(name)["status"] == "error"
    # An error stays findable by its reason.
    assert db.execute("select count(*) from build_errors_fts where build_errors_fts match 'binary'").fetchone()[0] == 1


def test_a_parser_crash_on_one_file_does_not_stop_the_build(seed_corpus, tmp_path, monkeypatch):
    import ncnd.pipeline

    real = ncnd.pipeline.parse_notice

    def fragile(text, source_url=None):
        if "Rekognition" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, source_url=source_url)

    monkeypatch.setattr(ncnd.pipeline, "parse_notice", fragile)
    summary = build_database(seed_corpus, tmp_path / "ncnd.db", workers=1)
    assert (summary.notices, summary.errors) == (SEEDS - 1, 1)
    error = next(sqlite_utils.Database(tmp_path / "ncnd.db")["build_errors"].rows)
    assert error["path"] == "004_6e1e2c2aceee99cb.txt"
    assert error["stage"] == "parse" and "RecursionError" in error["message"]


def test_changed_loader_forces_a_full_rebuild(seed_corpus, tmp_path, monkeypatch):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    monkeypatch.setattr(build_module, "loader_version", lambda: "a-new-parser")
    summary = build_database(seed_corpus, db_path, workers=1)
    assert summary.full and summary.reparsed == SEEDS


def test_files_in_subfolders_and_formats_are_found(seed_corpus, tmp_path):
    sub = seed_corpus / "kent"
    sub.mkdir()
    shutil.copy(seed_corpus / "004_6e1e2c2aceee99cb.txt", sub / "ico.md")
    (seed_corpus / ".DS_Store").write_bytes(b"\x00\x01")
    summary = build_database(seed_corpus, tmp_path / "ncnd.db", workers=1)
    assert summary.files == SEEDS + 2  # the hidden file is accounted for, not read
    assert sqlite_utils.Database(tmp_path / "ncnd.db")["notices"].get("kent/ico")["document_path"] == "kent/ico.md"


def test_failed_incremental_build_rolls_back_to_the_last_good_rows(seed_corpus, tmp_path, monkeypatch):
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    before = table_dump(db_path)
    (seed_corpus / "004_6e1e2c2aceee99cb.txt").unlink()  # a delete is applied first...
    (seed_corpus / "new.txt").write_text("Kent Police can neither confirm nor deny.")
    real = build_module.load.rows_for_result

    def fail_on_new(result, provenance, *args):
        if result.path == "new.txt":
            raise sqlite3.OperationalError("database or disk is full")
        return real(result, provenance, *args)

    monkeypatch.setattr(build_module.load, "rows_for_result", fail_on_new)
    with pytest.raises(sqlite3.OperationalError):
        build_database(seed_corpus, db_path, workers=1)
    assert table_dump(db_path) == before  # ...and undone with the rest


def test_a_failed_analysis_undoes_the_incremental_rows_too(seed_corpus, tmp_path, monkeypatch):
    """Notices and the families, links and flags derived from them never disagree, even after a crash."""
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    before = table_dump(db_path)
    (seed_corpus / "004_6e1e2c2aceee99cb.txt").unlink()
    real = build_module.analyse

    def analyse_then_fail(db, changed, workers=None):
        real(db, changed, workers=workers)  # the analysis tables are rewritten first...
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(build_module, "analyse", analyse_then_fail)
    with pytest.raises(sqlite3.OperationalError):
        build_database(seed_corpus, db_path, workers=1)
    assert table_dump(db_path) == before  # ...and undone with the notice's removal


def test_a_file_that_parses_for_ever_is_stopped_and_recorded(seed_corpus, tmp_path, monkeypatch):
    import time as time_module

    import ncnd.pipeline

    real = ncnd.pipeline.parse_notice

    def slow(text, *args, **kwargs):
        if "Rekognition" in text:
            time_module.sleep(30)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(ncnd.pipeline, "parse_notice", slow)
    monkeypatch.setattr(build_module, "FILE_SECONDS", 0.5)
    started = time_module.monotonic()
    summary = build_database(seed_corpus, tmp_path / "ncnd.db", workers=1)
    assert time_module.monotonic() - started < 20
    assert (summary.notices, summary.errors) == (SEEDS - 1, 1)
    error = next(sqlite_utils.Database(tmp_path / "ncnd.db")["build_errors"].rows)
    assert "took longer than 0.5 s" in error["message"] and error["path"] == "004_6e1e2c2aceee99cb.txt"


def test_a_file_that_kills_its_worker_is_recorded_and_the_build_goes_on(seed_corpus, tmp_path, monkeypatch):
    """A crash in a C library or the out-of-memory killer ends the worker process, not the build."""
    import os as os_module

    import ncnd.pipeline

    for i in range(12):
        shutil.copy(seed_corpus / "000_84e63d2b671adfe2.txt", seed_corpus / f"copy-{i:02}.txt")
    (seed_corpus / "copy-05.txt").write_text("This notice kills the process that reads it.")
    real = ncnd.pipeline.parse_notice

    def deadly(text, *args, **kwargs):
        if "kills the process" in text:
            os_module._exit(1)  # as a segfault or the OOM killer would: no exception, no clean-up
        return real(text, *args, **kwargs)

    monkeypatch.setattr(ncnd.pipeline, "parse_notice", deadly)  # the workers are forked: they see it
    summary = build_database(seed_corpus, tmp_path / "ncnd.db", workers=2)
    assert (summary.files, summary.notices, summary.errors) == (SEEDS + 12, SEEDS + 11, 1)
    error = sqlite_utils.Database(tmp_path / "ncnd.db")["build_errors"].get("copy-05.txt")
    assert "died" in error["message"]


def test_a_file_that_needs_too_much_memory_is_recorded(seed_corpus, tmp_path, monkeypatch):
    import ncnd.pipeline

    for i in range(10):
        shutil.copy(seed_corpus / "000_84e63d2b671adfe2.txt", seed_corpus / f"copy-{i:02}.txt")
    (seed_corpus / "copy-03.txt").write_text("This notice asks for more memory than a worker has.")
    real = ncnd.pipeline.parse_notice

    def greedy(text, *args, **kwargs):
        if "more memory" in text:
            bytearray(8 * 1024**3)  # over the workers' 4 GB: MemoryError, not the OOM killer
        return real(text, *args, **kwargs)

    monkeypatch.setattr(ncnd.pipeline, "parse_notice", greedy)
    summary = build_database(seed_corpus, tmp_path / "ncnd.db", workers=2)
    assert (summary.notices, summary.errors) == (SEEDS + 9, 1)
    error = sqlite_utils.Database(tmp_path / "ncnd.db")["build_errors"].get("copy-03.txt")
    assert "MemoryError" in error["message"] and error["stage"] == "parse"
