"""A hostile corpus never stops a build, never makes it read outside corpus/, and loses no entry."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from ncnd import corpus as corpus_module
from ncnd.build import build_database
from tests.hostile_corpus import DEEP_PHRASE, SECRET, unlock, write_hostile_corpus
from tests.test_build import table_dump

NCND = Path(sys.executable).with_name("ncnd")


@pytest.fixture
def hostile(tmp_path):
    expected = write_hostile_corpus(tmp_path)
    yield expected
    unlock(expected["corpus"])


def ncnd_build(corpus: Path, db_path: Path, *extra) -> subprocess.CompletedProcess:
    """`ncnd build` as a user runs it; a build that hangs on a FIFO or a device fails the timeout."""
    return subprocess.run(
        [str(NCND), "build", "--corpus", str(corpus), "--db", str(db_path), "--quiet", *extra],
        capture_output=True, text=True, timeout=180,
    )


def test_a_hostile_corpus_builds_and_every_entry_is_accounted_for(hostile, tmp_path):
    db_path = tmp_path / "build" / "ncnd.db"
    done = ncnd_build(hostile["corpus"], db_path)
    assert done.returncode == 0, done.stderr
    db = sqlite_utils.Database(db_path)
    documents = {r["path"]: r for r in db["documents"].rows}
    errors = {r["path"]: r for r in db["build_errors"].rows}
    notices = {r["document_path"]: r for r in db["notices"].rows}
    # Recorded, never read: a documents row without text or hash, and the reason.
    for path, reason in hostile["unread"].items():
        assert path in documents, path
        assert documents[path]["status"] == "error" and documents[path]["sha256"] is None, path
        assert documents[path]["original_text"] is None, path
        assert reason in errors[path]["message"], (path, errors[path]["message"])
    for path, reason in hostile["errors"].items():
        assert reason in errors[path]["message"], (path, errors[path]["message"])
    for path in hostile["notices"]:
        assert path in notices, (path, errors.get(path))
    # Every documents row is a notice or an error, never both.
    assert set(notices) | set(errors) == set(documents) and not set(notices) & set(errors)
    # Files sharing a stem keep their own notices.
    assert {notices[p]["id"] for p in ("x.txt", "x.md", "x.md.txt")} == {"x.txt", "x.md", "x.md~2"}
    assert documents["x.md"]["source_url"] == "https://www.example.police.uk/x-md"
    # HTML nested 400 deep keeps its text.
    assert DEEP_PHRASE in notices["deep.html"]["body"]
    # The 2 GB sparse file was refused from its size, never read (no hash).
    assert documents["sparse.txt"]["sha256"] is None
    # sources.csv: the bad rows are named by line; the good rows were used.
    manifest = errors["sources.csv"]["message"]
    assert errors["sources.csv"]["stage"] == "manifest"
    for phrase in hostile["manifest_lines"]:
        assert phrase in manifest, manifest
    # Nothing from outside corpus/ is anywhere in the database file.
    for name in os.listdir(db_path.parent):
        if name.startswith("ncnd.db"):
            assert SECRET.encode() not in (db_path.parent / name).read_bytes(), name


def test_a_hostile_corpus_rebuilds_incrementally_to_the_same_rows(hostile, tmp_path):
    incremental, full = tmp_path / "a" / "ncnd.db", tmp_path / "b" / "ncnd.db"
    build_database(hostile["corpus"], incremental, workers=2)
    again = build_database(hostile["corpus"], incremental, workers=1)
    assert (again.full, again.reparsed) == (False, 0)
    # A new file whose stem is taken moves the other file's id: both are written again.
    (hostile["corpus"] / "x.html").write_text("<p>Kent Police can neither confirm nor deny.</p>")
    (hostile["corpus"] / "noise.txt").unlink()
    (hostile["corpus"] / "link-dangling.txt").unlink()
    summary = build_database(hostile["corpus"], incremental, workers=1)
    assert not summary.full and summary.reparsed >= 1
    build_database(hostile["corpus"], full, full=True, workers=2)
    assert table_dump(incremental) == table_dump(full)
    ids = {r["id"] for r in sqlite_utils.Database(incremental)["notices"].rows}
    assert {"x.txt", "x.md", "x.html"} <= ids


def test_an_unreadable_folder_and_file_are_recorded(seed_corpus, tmp_path, monkeypatch):
    """As root the kernel lets every file be read, so the refusal is made here the way the kernel makes it."""
    (seed_corpus / "locked").mkdir()
    (seed_corpus / "locked" / "in.txt").write_text("Kent Police can neither confirm nor deny.")
    (seed_corpus / "locked.txt").write_text("Kent Police can neither confirm nor deny.")
    real_scandir, real_open = os.scandir, os.open

    def scandir(path):
        if os.fspath(path).endswith("/locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    def open_(path, flags, *args, **kwargs):
        if os.fspath(path) == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(corpus_module.os, "scandir", scandir)
    monkeypatch.setattr(corpus_module.os, "open", open_)
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    errors = {r["path"]: r["message"] for r in sqlite_utils.Database(db_path)["build_errors"].rows}
    assert "could not be listed (Permission denied)" in errors["locked"]
    assert "could not be opened (Permission denied)" in errors["locked.txt"]


def test_sources_csv_through_a_link_is_not_read(seed_corpus, tmp_path):
    outside = tmp_path / "elsewhere.csv"
    outside.write_text("file,sha256,format,source_url,retrieved,licence,notes\n000_84e63d2b671adfe2.txt,,txt,https://attacker.example/,,,\n")
    (seed_corpus / "sources.csv").unlink()
    (seed_corpus / "sources.csv").symlink_to(outside)
    db_path = tmp_path / "ncnd.db"
    build_database(seed_corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert db["documents"].get("000_84e63d2b671adfe2.txt")["source_url"] is None
    assert "symbolic link" in db["build_errors"].get("sources.csv")["message"]


def test_read_file_refuses_what_is_not_a_regular_file_below_the_corpus(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_bytes(b"text")
    os.symlink(tmp_path / "sub", tmp_path / "via")
    os.mkfifo(tmp_path / "fifo.txt")
    assert corpus_module.read_file(tmp_path, "sub/ok.txt", 100) == b"text"
    for rel, reason in [("via/ok.txt", "symbolic link"), ("fifo.txt", "FIFO"), ("../x", "leaves its folder")]:
        with pytest.raises(corpus_module.UnreadableFile, match=reason):
            corpus_module.read_file(tmp_path, rel, 100)
    with pytest.raises(corpus_module.UnreadableFile, match="over the"):
        corpus_module.read_file(tmp_path, "sub/ok.txt", 3)
