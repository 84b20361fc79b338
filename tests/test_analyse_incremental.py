"""A rebuild hashes only new texts and gives the same tables as a fresh analysis."""

import json

from ncnd.analyse import analyse, tables
from tests.analyse_fixtures import fixture_db, load_records, records


def dump(db):
    return {name: sorted(json.dumps(r, sort_keys=True) for r in db[name].rows) for name in tables.TABLES}


def test_second_run_reuses_every_signature_and_changes_nothing(tmp_path):
    db = fixture_db(tmp_path / "a.db", "five_forces", "edited_template", "case")
    first = analyse(db)
    before = dump(db)
    second = analyse(db)
    assert first["texts_hashed"] == first["texts_distinct"] > 0
    assert second["texts_hashed"] == 0
    assert dump(db) == before


def test_nothing_changed_means_nothing_recomputed(tmp_path):
    db = fixture_db(tmp_path / "a.db", "five_forces")
    analyse(db)
    assert analyse(db, changed_notice_ids=[])["skipped"] is True
    assert analyse(db, changed_notice_ids=None)["skipped"] is False


def test_one_changed_notice_costs_only_its_new_texts_and_matches_a_fresh_build(tmp_path):
    incremental = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template")
    analyse(incremental)
    # a sixth force receives the Facewatch request: one new notice, loaded into the analysed database
    sixth = records("five_forces")[4]
    sixth = {"file": "ff/wiltshire.txt", "record": json.loads(
        json.dumps(sixth["record"]).replace("Dorset Police", "Wiltshire Police").replace("dorset-police", "wiltshire-police"))}
    load_records(incremental, [sixth])
    result = analyse(incremental, changed_notice_ids=["ff/wiltshire"])
    assert 0 < result["texts_hashed"] <= 2  # its response paragraph (its request normalises like Dorset's)
    family = next(incremental["request_families"].rows)
    assert (family["size"], family["authority_count"]) == (6, 6)

    fresh = fixture_db(tmp_path / "fresh.db", "five_forces", "edited_template")
    load_records(fresh, [sixth])
    analyse(fresh)
    assert dump(fresh) == dump(incremental)


def test_removed_notices_leave_no_analysis_rows_or_signatures(tmp_path):
    db = fixture_db(tmp_path / "a.db", "edited_template")
    analyse(db)
    assert db["template_families"].count == 1
    for notice_id in ("tpl/suffolk", "tpl/gwent", "tpl/norfolk"):
        for table in ("passages", "questions", "notice_technologies", "notice_exemptions"):
            db.execute(f"delete from {table} where notice_id = ?", [notice_id])
        db.execute("delete from notices where id = ?", [notice_id])
    result = analyse(db, changed_notice_ids=[])
    assert result["skipped"] is False and result["sketches_pruned"] > 0
    assert db["template_families"].count == 0  # one authority left: no longer a template
    assert db["passage_templates"].count == 0
