"""Rebuilds after every kind of edit give the tables a full analysis gives.

A seeded series of edits to the hand-written notices, each analysed as a rebuild and compared with a
full analysis of a copy: wordings copied between notices (components merge), cut in half or deleted
(components split, recounted), a question worded like a template paragraph (its passages stop being
templates), requests copied (families gain members, change leaders and ids), authorities, dates,
outcomes and references changed, notices removed and added.
"""

import hashlib
import json
import random

import pytest
import sqlite_utils

from ncnd.analyse import analyse, tables
from tests.analyse_fixtures import fixture_db

CHILD_TABLES = ("passages", "questions", "notice_technologies", "notice_exemptions", "ico_decisions", "ico_findings")


INTERNAL = ["analysis_state", "analysis_stages", "analysis_sketches"] + tables.INTERNAL_TABLES


def dump(db):
    """The analysis tables, and the state a further rebuild reads (equal state: equal rebuilds later)."""
    public = {name: sorted(json.dumps(r, sort_keys=True) for r in db[name].rows) for name in tables.TABLES}
    return public | {name: sorted(map(repr, db.execute(f"select * from [{name}]").fetchall())) for name in INTERNAL}


def _answer(db, notice_id, rng, min_chars=0):
    rows = db.execute("select seq, text from passages where notice_id = ? and coalesce(part, '') != 'request' "
                      "and length(text) >= ? order by seq", [notice_id, min_chars]).fetchall()
    return rng.choice(rows) if rows else None


def _copy_notice(db, source, target):
    for table in ("notices",) + CHILD_TABLES:
        if table not in db.table_names():
            continue
        columns = [c.name for c in db[table].columns]
        key = "id" if table == "notices" else "notice_id"
        chosen = ", ".join("?" if c == key else f"[{c}]" for c in columns)
        db.execute(f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) select {chosen} from [{table}] where [{key}] = ?",
                   [target, source])


def edit(db, notice_id, kind, other, rng):
    """Apply one edit; returns the id of the notice it changed."""
    if kind == "copy_answer":
        theirs, mine = _answer(db, other, rng, 80), _answer(db, notice_id, rng)
        if theirs and mine:
            db.execute("update passages set text = ? where notice_id = ? and seq = ?", [theirs[1], notice_id, mine[0]])
    elif kind == "half_answer":
        theirs, mine = _answer(db, other, rng, 160), _answer(db, notice_id, rng, 160)
        if theirs and mine:
            text = mine[1][: len(mine[1]) // 2] + " " + theirs[1][len(theirs[1]) // 2 :]
            db.execute("update passages set text = ? where notice_id = ? and seq = ?", [text, notice_id, mine[0]])
    elif kind == "delete_answer":
        mine = _answer(db, notice_id, rng)
        if mine:
            db.execute("delete from passages where notice_id = ? and seq = ?", [notice_id, mine[0]])
    elif kind == "copy_request":
        request = db.execute("select request_text from notices where id = ?", [other]).fetchone()[0]
        db.execute("update notices set request_text = ? where id = ?", [request, notice_id])
        db.execute("delete from notice_technologies where notice_id = ?", [notice_id])
        db.execute("insert into notice_technologies (notice_id, technology_id, matched_term, sentence) "
                   "select ?, technology_id, matched_term, sentence from notice_technologies where notice_id = ?", [notice_id, other])
    elif kind == "question_like_answer":
        theirs = _answer(db, other, rng, 80)
        if theirs:
            db.execute("insert or replace into questions (notice_id, seq, number, text) values (?, 99, '9', ?)", [notice_id, theirs[1]])
    elif kind in ("authority_id", "reference"):
        value = db.execute(f"select {kind} from notices where id = ?", [other]).fetchone()[0]
        db.execute(f"update notices set {kind} = ? where id = ?", [value, notice_id])
    elif kind == "date":
        db.execute("update notices set date = ? where id = ?", [f"20{rng.randint(18, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", notice_id])
    elif kind == "outcome":
        db.execute("update notices set ncnd = ?, outcome = ? where id = ?",
                   [rng.choice([0, 1]), rng.choice(["disclosed", "partially_disclosed", "not_held", "ncnd", "refused"]), notice_id])
    elif kind == "remove":
        for table in CHILD_TABLES:
            if table in db.table_names():
                db.execute(f"delete from [{table}] where notice_id = ?", [notice_id])
        db.execute("delete from notices where id = ?", [notice_id])
        return notice_id
    elif kind == "add":
        notice_id = f"{other}-copy-{rng.randint(0, 10**6)}"
        _copy_notice(db, other, notice_id)
    db.execute("update notices set sha256 = ? where id = ?", [hashlib.sha256(f"{notice_id}{rng.random()}".encode()).hexdigest(), notice_id])
    return notice_id


KINDS = ["copy_answer", "half_answer", "delete_answer", "copy_request", "question_like_answer", "authority_id", "reference",
         "date", "outcome", "remove", "add"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_rebuild_in_a_series_of_edits_matches_a_full_analysis(tmp_path, seed):
    rng = random.Random(seed)
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template", "case")
    analyse(db)
    for round_number in range(8):
        ids = [r[0] for r in db.execute("select id from notices order by id")]
        changed = [edit(db, rng.choice(ids), rng.choice(KINDS), rng.choice(ids), rng) for _ in range(rng.choice([1, 1, 2, 3]))]
        db.conn.commit()
        result = analyse(db, changed_notice_ids=changed)
        assert result["skipped"] is False
        db.conn.commit()
        fresh_path = tmp_path / f"fresh-{round_number}.db"
        db.conn.execute(f"vacuum into '{fresh_path}'")
        fresh = sqlite_utils.Database(fresh_path)
        analyse(fresh)
        assert dump(db) == dump(fresh), (round_number, changed)
        fresh.close()


def test_a_rebuild_after_every_edit_kind_leaves_state_a_further_rebuild_can_use(tmp_path):
    """Each kind once, one after another, on one database: stored state stays consistent across rebuilds."""
    rng = random.Random(11)
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template", "case")
    analyse(db)
    for kind in KINDS * 2:
        ids = [r[0] for r in db.execute("select id from notices order by id")]
        changed = [edit(db, rng.choice(ids), kind, rng.choice(ids), rng)]
        db.conn.commit()
        analyse(db, changed_notice_ids=changed)
    db.conn.commit()
    fresh_path = tmp_path / "fresh.db"
    db.conn.execute(f"vacuum into '{fresh_path}'")
    fresh = sqlite_utils.Database(fresh_path)
    analyse(fresh)
    assert dump(db) == dump(fresh)


def test_a_notice_analysed_without_its_stored_record_makes_the_rebuild_analyse_everything(tmp_path):
    """Passages stored for a notice whose record is gone: the state is not to be trusted, so the rebuild
    gives way to a full analysis (in the same transaction), and the tables still match a fresh one."""
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template", "case")
    analyse(db)
    db.execute("delete from analysis_stages where notice_id = 'tpl/suffolk'")
    db.execute("update notices set date = '2021-01-05' where id = 'tpl/suffolk'")
    db.conn.commit()
    result = analyse(db, changed_notice_ids=["tpl/suffolk"])
    assert result["stages_derived"] == db["notices"].count  # every notice, as a full analysis does
    db.conn.commit()
    db.conn.execute(f"vacuum into '{tmp_path / 'fresh.db'}'")
    fresh = sqlite_utils.Database(tmp_path / "fresh.db")
    analyse(fresh)
    assert dump(db) == dump(fresh)
