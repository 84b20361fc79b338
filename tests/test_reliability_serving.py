"""Serving never breaks during or after a build: `ncnd serve` keeps answering while builds of both kinds run,
shows the new rows without a restart, and opens whatever a build killed at a random point left behind.
Every request goes to 127.0.0.1."""

import json
import os
import random
import shutil
import signal
import sqlite3
import time

import pytest

from tests.reliability import LoggedServer, RequestLoop, alive, children_of, generated_corpus, run_build, start_build

NOTICES = 300
PATHS = [
    "/",
    "/ncnd",
    "/ncnd/notices?_size=20",
    "/ncnd/notices.json?_size=5",
    "/ncnd/notices/000_84e63d2b671adfe2",
    "/ncnd/notices/003_c9c96f7571ac27c1.json",
    "/ncnd/forces_by_ncnd.json",
    "/ncnd/search.json?q=ring",
    "/ncnd/ncnd_share_by_year",
    "/-/charts",
]
NEW_NOTICE = """Freedom of Information Request Reference No: {ref}

Date: 5 May 2025

Request: Does the force use live facial recognition?

Response: Kent Police can neither confirm nor deny that it holds the information, by virtue of Section 24(2).
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    base = tmp_path_factory.mktemp("generated")
    return generated_corpus(base / "corpus", NOTICES)


@pytest.fixture
def served(generated, tmp_path):
    """A writable copy of the generated corpus, its database, and `ncnd serve` on it."""
    corpus = tmp_path / "corpus"
    shutil.copytree(generated, corpus)
    db_path = tmp_path / "build" / "ncnd.db"
    done = run_build(corpus, db_path)
    assert done.returncode == 0, done.stderr
    server = LoggedServer(db_path, tmp_path / "serve.log")
    yield corpus, db_path, server
    server.stop()


def notice_count(server) -> int:
    status, body = server.get("/ncnd.json?sql=select+count(*)+as+n+from+notices&_shape=array")
    assert status == 200
    return json.loads(body)[0]["n"]


def test_builds_while_serving_cause_no_errors_and_show_without_a_restart(served):
    corpus, db_path, server = served
    before = notice_count(server)
    with RequestLoop(server.url, PATHS, threads=4, max_requests=5000) as loop:
        time.sleep(0.5)
        (corpus / "new-incremental.txt").write_text(NEW_NOTICE.format(ref="INC-1"))
        incremental = run_build(corpus, db_path)
        assert incremental.returncode == 0 and "incremental build" in incremental.stdout, incremental.stderr
        assert notice_count(server) == before + 1  # seen at once, no restart
        (corpus / "new-full.txt").write_text(NEW_NOTICE.format(ref="FULL-1"))
        full = run_build(corpus, db_path, "--full")
        assert full.returncode == 0 and "full build" in full.stdout, full.stderr
        time.sleep(0.5)
    assert notice_count(server) == before + 2  # the renamed-in file is served, no restart
    assert server.get("/ncnd/notices/new-full.json")[0] == 200
    print(f"build while serving: {len(loop.results)} requests, {len(loop.failures())} failures")
    assert len(loop.results) > 50
    assert loop.failures() == []


@pytest.mark.parametrize("kind", ["incremental", "full"])
def test_a_build_killed_at_a_random_point_leaves_a_database_serve_opens(served, kind):
    corpus, db_path, server = served
    rng = random.Random(int(os.environ.get("NCND_KILL_SEED", "11")))
    trials = int(os.environ.get("NCND_KILL_TRIALS", "3"))
    start_count = notice_count(server)
    with RequestLoop(server.url, PATHS, threads=2, max_requests=5000) as loop:
        for trial in range(trials):
            # Enough change for the build to take a while: new files, and a changed one.
            for i in range(40):
                (corpus / f"kill-{kind}-{trial}-{i}.txt").write_text(NEW_NOTICE.format(ref=f"K{trial}-{i}"))
            build = start_build(corpus, db_path, *(["--full"] if kind == "full" else []))
            time.sleep(rng.uniform(0.2, 2.5))
            workers = children_of(build.pid)
            build.send_signal(signal.SIGKILL)
            build.wait()
            deadline = time.monotonic() + 5
            while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not [pid for pid in workers if alive(pid)], "parsing workers outlived the build"
            # The running server still answers from a whole database.
            assert notice_count(server) >= start_count
    print(f"{trials} killed {kind} builds: {len(loop.results)} requests meanwhile, {len(loop.failures())} failures")
    assert loop.failures() == []
    # A fresh `ncnd serve` opens what the killed build left.
    fresh = LoggedServer(db_path, db_path.parent / "fresh.log")
    try:
        assert notice_count(fresh) >= start_count
        status, _ = fresh.get("/ncnd/notices?_size=5")
        assert status == 200
    finally:
        fresh.stop()
    # The next build removes what the killed builds left and finishes the job.
    done = run_build(corpus, db_path)
    assert done.returncode == 0, done.stderr
    assert not list(db_path.parent.glob(".ncnd.db.*.tmp*"))
    total = len(list(corpus.glob("*.txt")) + list(corpus.glob("*.md")) + list(corpus.glob("*.html")))
    assert notice_count(server) == total
    assert sqlite3.connect(db_path).execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("kind", ["incremental", "full"])
def test_a_full_disk_fails_the_build_cleanly_and_keeps_the_old_database(served, kind):
    corpus, db_path, server = served
    before = notice_count(server)
    for i in range(20):
        (corpus / f"disk-{i}.txt").write_text(NEW_NOTICE.format(ref=f"D{i}") * 50)
    # RLIMIT_FSIZE: no file the build writes may pass 64 kB, as on a disk with 64 kB free.
    done = run_build(corpus, db_path, *(["--full"] if kind == "full" else []), limit_file_bytes=64 * 1024)
    assert done.returncode == 1
    assert "could not write its files" in done.stderr and "was left as it was" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert notice_count(server) == before
    assert not list(db_path.parent.glob(".ncnd.db.*.tmp*"))
    assert sqlite3.connect(db_path).execute("pragma integrity_check").fetchone()[0] == "ok"
    done = run_build(corpus, db_path)
    assert done.returncode == 0 and notice_count(server) == before + 20


def test_only_one_build_runs_at_a_time(served):
    corpus, db_path, _ = served
    for i in range(40):
        (corpus / f"lock-{i}.txt").write_text(NEW_NOTICE.format(ref=f"L{i}"))
    first = start_build(corpus, db_path, "--full")
    time.sleep(0.5)
    second = run_build(corpus, db_path)
    first.wait(timeout=300)
    assert second.returncode == 1 and "another build" in second.stderr
    assert first.returncode == 0


def test_serve_immutable_first_moves_committed_wal_rows_into_the_file(generated, tmp_path):
    """An immutable reader ignores the WAL: `ncnd serve --immutable` checkpoints it before serving."""
    import subprocess

    from tests.reliability import NCND

    corpus = tmp_path / "corpus"
    shutil.copytree(generated, corpus)
    db_path = tmp_path / "ncnd.db"
    assert run_build(corpus, db_path).returncode == 0
    holder = sqlite3.connect(db_path)  # a reader keeps the build from checkpointing on close, as a server does
    holder.execute("select count(*) from notices").fetchone()
    (corpus / "late.txt").write_text(NEW_NOTICE.format(ref="LATE"))
    assert run_build(corpus, db_path).returncode == 0
    assert (tmp_path / "ncnd.db-wal").stat().st_size > 0  # the new rows are in the WAL only
    before = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    assert before.execute("select count(*) from notices where id = 'late'").fetchone()[0] == 0  # what -i alone would serve
    before.close()
    # --print-command prepares the file too: the Dockerfile execs the command it prints.
    done = subprocess.run([str(NCND), "serve", "--db", str(db_path), "--immutable", "--print-command"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "-i " in done.stdout, done.stderr
    immutable = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    assert immutable.execute("select count(*) from notices where id = 'late'").fetchone()[0] == 1
    holder.close()
