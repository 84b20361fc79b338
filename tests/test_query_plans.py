"""No canned query reads every row of notices: EXPLAIN QUERY PLAN on a generated corpus.

Each notices row carries the notice's full text, so a full scan of it costs seconds at 100,000 notices.
The corpus is generated (bench/generate.py) and built like a real one, so the planner has the same
indexes and statistics (sampled by the build's ANALYZE) as on a large database.
"""

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from ncnd.build import build_database
from ncnd.serving import unindexed_references
from ncnd.serving.plans import full_scans

ROOT = Path(__file__).resolve().parents[1]
QUERIES = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["ncnd"]["queries"]


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    base = tmp_path_factory.mktemp("plans")
    generator.generate(base / "corpus", 400, seed=5)
    shutil.move(base / "corpus" / "truth.jsonl", base / "truth.jsonl")
    build_database(base / "corpus", base / "ncnd.db", full=True, workers=1)
    conn = sqlite3.connect(base / "ncnd.db")
    yield conn
    conn.close()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_does_not_scan_notices(generated_db, name):
    assert full_scans(generated_db, QUERIES[name]["sql"]) == [], f"{name} reads every row of notices"


def test_the_check_sees_a_full_scan(generated_db):
    """The same check on queries that do scan: it must be able to fail."""
    assert full_scans(generated_db, "select count(*) from notices where body like '%Ring%'")
    assert full_scans(generated_db, "select n.title from notices n where n.title like 'A%' order by n.title")
    assert not full_scans(generated_db, "select count(*) from notices where authority_id = 'kent-police'")


def test_every_table_pointing_at_notices_is_indexed_by_its_column(generated_db):
    """A notice page counts the rows of each table that points at it: one index lookup each, never a scan."""
    pointing = [
        (table, row[3])
        for (table,) in generated_db.execute("select name from sqlite_master where type = 'table'")
        for row in generated_db.execute(f"pragma foreign_key_list([{table}])")
        if row[2] == "notices"
    ]
    assert ("request_families", "representative_notice_id") in pointing and len(pointing) >= 10
    assert unindexed_references(generated_db) == []
    generated_db.execute("create table scratch_links (notice_id text references notices(id))")
    try:
        assert unindexed_references(generated_db) == [("scratch_links", "notice_id")]
    finally:
        generated_db.execute("drop table scratch_links")
