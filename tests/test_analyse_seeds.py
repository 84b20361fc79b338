"""On the five real seeds: the national NCND paragraphs are shared, each request is its own."""

import pytest
import sqlite_utils

from ncnd.analyse import analyse

build = pytest.importorskip("ncnd.build")

NORTHAMPTONSHIRE, MET, NORTHUMBRIA = "000_84e63d2b671adfe2", "001_76bb8a6a10ae3d15", "003_c9c96f7571ac27c1"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("seeds") / "ncnd.db"
    build.build_database(CORPUS, path, full=True, workers=1)
    db = sqlite_utils.Database(path)
    analyse(db)
    return db


@pytest.mark.parametrize("opening", ["The threat from terrorism cannot be ignored", "It is well established that police"])
def test_national_paragraph_is_one_family_across_three_forces(seed_db, opening):
    rows = list(seed_db.query(
        "select p.notice_id, p.family_id, n.authority_id from passages s "
        "join passage_templates p using (notice_id, seq) join notices n on n.id = s.notice_id "
        "where s.text like :opening || '%'",
        {"opening": opening},
    ))
    assert {r["notice_id"] for r in rows} >= {NORTHAMPTONSHIRE, MET, NORTHUMBRIA}
    families = {r["family_id"] for r in rows if r["notice_id"] in {NORTHAMPTONSHIRE, MET, NORTHUMBRIA}}
    assert len(families) == 1
    family = seed_db["template_families"].get(families.pop())
    assert family["authority_count"] >= 3
    assert {"northamptonshire-police", "metropolitan-police-service", "northumbria-police"} <= {r["authority_id"] for r in rows}


def test_each_seed_request_stays_unique(seed_db):
    assert seed_db["request_families"].count == 0
    assert seed_db["request_family_members"].count == 0


def test_templated_share_is_recorded_for_every_seed(seed_db):
    shares = {r["notice_id"]: r["share"] for r in seed_db["notice_templating"].rows}
    assert len(shares) == 5
    assert all(shares[n] > 0.2 for n in (NORTHAMPTONSHIRE, MET, NORTHUMBRIA))
    assert shares["002_927cc23e3b5a4c43"] < shares[NORTHAMPTONSHIRE]
