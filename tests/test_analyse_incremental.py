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


def _copy(db, path):
    """A second database with the same loaded rows, to analyse from scratch."""
    db.conn.commit()
    db.conn.execute(f"vacuum into '{path}'")
    import sqlite_utils

    return sqlite_utils.Database(path)


def _edit_tribunal(db):
    """The tribunal decision is re-parsed: it now quotes the force's own reference as well."""
    entry = next(e for e in records("case") if e["file"] == "case/cleveland-tribunal.txt")
    record = json.loads(json.dumps(entry["record"]))
    record["passages"][-1]["text"] += " The force's reference was CLE/FOI/2023/0457."
    for table in ("passages", "questions", "notice_technologies", "notice_exemptions", "ico_decisions"):
        if table in db.table_names():
            db.execute(f"delete from {table} where notice_id = ?", ["case/cleveland-tribunal"])
    load_records(db, [{"file": entry["file"], "record": record}])


def test_changed_added_and_removed_notices_match_a_full_analysis(tmp_path):
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template", "case")
    analyse(db)
    _edit_tribunal(db)
    for table in ("passages", "questions", "notice_technologies", "notice_exemptions", "ico_decisions"):
        db.execute(f"delete from {table} where notice_id = ?", ["case/cumbria-ico"])
    db.execute("delete from notices where id = ?", ["case/cumbria-ico"])
    sixth = records("five_forces")[4]
    sixth = {"file": "ff/wiltshire.txt", "record": json.loads(
        json.dumps(sixth["record"]).replace("Dorset Police", "Wiltshire Police").replace("dorset-police", "wiltshire-police"))}
    load_records(db, [sixth])
    changed = ["case/cleveland-tribunal", "case/cumbria-ico", "ff/wiltshire"]
    fresh = _copy(db, tmp_path / "fresh.db")
    result = analyse(db, changed_notice_ids=changed)
    assert result["stages_derived"] == 2  # the edited tribunal decision and the new response, nothing else
    analyse(fresh)
    assert dump(fresh) == dump(db)
    assert any(r["evidence"].startswith("case/cleveland-tribunal quotes reference CLE/FOI/2023/0457")
               for r in db["lifecycle_links"].rows)


def test_a_full_analysis_derives_every_stage_again(tmp_path):
    db = fixture_db(tmp_path / "a.db", "case")
    assert analyse(db)["stages_derived"] == db["notices"].count
    assert analyse(db, changed_notice_ids=["case/cumbria-ico"])["stages_derived"] == 1
    assert analyse(db)["stages_derived"] == db["notices"].count


def _reload(db, entry):
    for table in ("passages", "questions", "notice_technologies", "notice_exemptions", "ico_decisions"):
        if table in db.table_names():
            db.execute(f"delete from {table} where notice_id = ?", [entry["file"].removesuffix(".txt")])
    db.execute("delete from notices where id = ?", [entry["file"].removesuffix(".txt")])
    load_records(db, [entry])


def test_an_edit_that_moves_other_notices_rows_matches_a_full_analysis(tmp_path):
    """Gwent and Lincolnshire now send Suffolk's wording: it becomes the template's most used, so the
    representative and family id change, and the unchanged Norfolk and Suffolk rows move with them."""
    db = fixture_db(tmp_path / "inc.db", "edited_template")
    analyse(db)
    entries = {e["file"]: e for e in records("edited_template")}
    suffolk = entries["tpl/suffolk.txt"]["record"]["passages"][1]["text"]
    for name, force in (("tpl/gwent.txt", "Gwent Police"), ("tpl/lincolnshire.txt", "Lincolnshire Police")):
        entry = json.loads(json.dumps(entries[name]))
        entry["record"]["passages"][1]["text"] = suffolk.replace("Suffolk Constabulary", force)
        _reload(db, entry)
    fresh = _copy(db, tmp_path / "fresh.db")
    result = analyse(db, changed_notice_ids=["tpl/gwent", "tpl/lincolnshire"])
    assert result["rows_written"]["passage_templates"]["moved"] == 2
    analyse(fresh)
    assert dump(fresh) == dump(db)


def test_a_notice_leaving_a_template_removes_the_other_authorities_rows(tmp_path):
    """Three of the four forces reword their answer: Norfolk alone keeps the paragraph, which is no
    longer a template, so its unchanged notice loses its row."""
    db = fixture_db(tmp_path / "inc.db", "edited_template")
    analyse(db)
    entries = {e["file"]: e for e in records("edited_template")}
    own_words = {
        "tpl/lincolnshire.txt": "Our drone unit flies only for missing person searches and road collisions, never over protests.",
        "tpl/suffolk.txt": "The crime mapping software we licence shows past burglaries; it does not forecast where the next will be.",
        "tpl/gwent.txt": "Gwent Police owns no equipment of the kind described and has not borrowed any from another agency.",
    }
    for name, words in own_words.items():
        entry = json.loads(json.dumps(entries[name]))
        entry["record"]["passages"][1]["text"] = words
        _reload(db, entry)
    fresh = _copy(db, tmp_path / "fresh.db")
    result = analyse(db, changed_notice_ids=["tpl/lincolnshire", "tpl/suffolk", "tpl/gwent"])
    assert result["rows_written"]["passage_templates"]["moved"] == 1
    assert db["passage_templates"].count == 0
    analyse(fresh)
    assert dump(fresh) == dump(db)


def test_a_request_moving_to_another_technology_regroups_both_groups(tmp_path):
    """Surrey's copy of the Facewatch request is re-parsed as asking about live facial recognition:
    it leaves the Facewatch family (regrouped) and starts alone in its new group; the drones group
    is untouched and kept as stored."""
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template")
    analyse(db)
    surrey = json.loads(json.dumps(next(e for e in records("five_forces") if e["file"] == "ff/surrey.txt")))
    surrey["record"]["request_text"] = surrey["record"]["request_text"].replace("Facewatch Ltd", "the live facial recognition supplier")
    surrey["record"]["passages"][0]["text"] = surrey["record"]["request_text"]
    surrey["record"]["technologies"] = ["live_facial_recognition"]
    surrey["record"]["technology_details"] = [{"id": "live_facial_recognition", "term": "live facial recognition", "sentence": None}]
    _reload(db, surrey)
    fresh = _copy(db, tmp_path / "fresh.db")
    result = analyse(db, changed_notice_ids=["ff/surrey"])
    assert result["request_lsh"]["groups_regrouped"] == 2
    assert [r["size"] for r in db["request_families"].rows] == [4]
    analyse(fresh)
    assert dump(fresh) == dump(db)


def test_state_in_another_format_is_rebuilt_not_trusted(tmp_path):
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template")
    analyse(db)
    before = dump(db)
    db.execute("update analysis_state set value = ?", [b"PK\x03\x04 not a pickle"])
    analyse(db, changed_notice_ids=["ff/surrey"])
    assert dump(db) == before
    assert analyse(db, changed_notice_ids=["ff/surrey"])["request_lsh"]["groups_regrouped"] == 1


def test_flags_are_recomputed_for_the_changed_notices_groups_only(tmp_path):
    """Dorset now neither confirms nor denies, and Kent's 2021 Facewatch answer too: the family split
    and Kent's own Facewatch group are recomputed, and match a full analysis."""
    db = fixture_db(tmp_path / "inc.db", "five_forces", "edited_template", "case")
    analyse(db)
    assert db["consistency_flags"].count == 3
    for name in ("ff/dorset.txt", "ff/kent-facewatch-2021.txt"):
        entry = json.loads(json.dumps(next(e for e in records("five_forces") if e["file"] == name)))
        entry["record"]["ncnd"], entry["record"]["outcome"], entry["record"]["ncnd_scope"] = True, "ncnd", "full"
        for detail in entry["record"]["technology_details"]:
            detail.update(stance="ncnd", ncnd_covers=True)
        _reload(db, entry)
    fresh = _copy(db, tmp_path / "fresh.db")
    result = analyse(db, changed_notice_ids=["ff/dorset", "ff/kent-facewatch-2021"])
    # the Facewatch family, and the (authority, facewatch) groups of Kent and Dorset
    assert result["rows_written"]["consistency_flags"]["groups"] == 3
    analyse(fresh)
    assert dump(fresh) == dump(db)
    assert sorted((r["notice_a"], r["notice_b"]) for r in db["consistency_flags"].rows) == [
        ("ff/dorset", "ff/essex"), ("ff/kent", "ff/essex"), ("ff/sussex", "ff/essex")]
