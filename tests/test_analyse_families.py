"""Request families, template families and consistency flags on hand-written notices."""

import pytest

from ncnd.analyse import analyse
from tests.analyse_fixtures import fixture_db

FIVE = ["ff/kent", "ff/essex", "ff/surrey", "ff/sussex", "ff/dorset"]


@pytest.fixture
def five_forces(tmp_path):
    db = fixture_db(tmp_path / "five.db", "five_forces")
    analyse(db)
    return db


@pytest.fixture
def edited(tmp_path):
    db = fixture_db(tmp_path / "edited.db", "edited_template")
    analyse(db)
    return db


def test_one_request_sent_to_five_forces_is_one_family(five_forces):
    families = list(five_forces["request_families"].rows)
    assert len(families) == 1
    family = families[0]
    assert (family["size"], family["authority_count"]) == (5, 5)
    assert (family["ncnd_count"], family["disclosed_count"]) == (2, 2)
    assert (family["first_date"], family["last_date"]) == ("2024-02-12", "2024-03-01")
    members = {r["notice_id"]: r["similarity"] for r in five_forces["request_family_members"].rows}
    assert sorted(members) == sorted(FIVE)
    assert members[family["representative_notice_id"]] == 1.0
    assert all(0.5 <= s <= 1.0 for s in members.values())
    assert members["ff/surrey"] < 1.0  # its copy has a typo


def test_other_requests_of_the_same_force_stay_out(five_forces):
    members = {r["notice_id"] for r in five_forces["request_family_members"].rows}
    assert "ff/kent-drones" not in members and "ff/kent-facewatch-2021" not in members


def test_forces_split_on_the_family_are_flagged(five_forces):
    flags = list(five_forces.query("select * from consistency_flags where kind = 'family_split' order by notice_a"))
    assert [f["notice_a"] for f in flags] == ["ff/kent", "ff/sussex"]
    for flag in flags:
        assert flag["notice_b"] in {"ff/essex", "ff/dorset"}
        assert flag["family_id"] == five_forces.execute("select id from request_families").fetchone()[0]
        assert "neither confirmed nor denied" in flag["explanation"] and "disclosed" in flag["explanation"]
    # Surrey said "not held": neither a disclosure nor an NCND
    assert not any("ff/surrey" in (f["notice_a"], f["notice_b"]) for f in flags)


def test_a_force_confirming_in_one_notice_and_ncnding_in_another_is_flagged(five_forces):
    flags = list(five_forces.query("select * from consistency_flags where kind = 'same_authority_confirms_and_ncnds'"))
    assert [(f["authority_id"], f["technology_id"], f["notice_a"], f["notice_b"]) for f in flags] == [
        ("kent-police", "facewatch", "ff/kent", "ff/kent-facewatch-2021")
    ]
    assert "Kent Police" in flags[0]["explanation"] and "Facewatch" in flags[0]["explanation"]


def test_an_edited_template_paragraph_is_one_family_across_four_forces(edited):
    families = list(edited["template_families"].rows)
    assert len(families) == 1
    family = families[0]
    assert (family["notice_count"], family["authority_count"], family["passage_count"]) == (4, 4, 4)
    assert (family["first_seen"], family["last_seen"]) == ("2022-03-03", "2023-01-09")
    assert (family["first_notice_id"], family["first_authority_id"]) == ("tpl/lincolnshire", "lincolnshire-police")
    assert family["representative_text"].startswith("Before saying whether information exists")
    rows = {r["notice_id"]: r for r in edited["passage_templates"].rows}
    assert sorted(rows) == ["tpl/gwent", "tpl/lincolnshire", "tpl/norfolk", "tpl/suffolk"]
    assert rows["tpl/gwent"]["similarity"] < rows["tpl/suffolk"]["similarity"] <= 1.0  # a dropped sentence, a typo


def test_house_wording_of_one_force_and_short_lines_are_not_templates(edited):
    texts = [r["text"] for r in edited.query(
        "select s.text from passage_templates p join passages s using (notice_id, seq)")]
    assert not any(t.startswith("Norfolk Constabulary publishes") for t in texts)  # one authority only
    assert not any(t.startswith("Yours sincerely") for t in texts)  # shorter than 80 characters
    share = {r["notice_id"]: r for r in edited["notice_templating"].rows}
    assert share["tpl/norfolk-2"]["templated_chars"] == 0 and share["tpl/norfolk-2"]["share"] == 0
    assert share["tpl/lincolnshire"]["templated_passages"] == 1
    assert 0.8 < share["tpl/lincolnshire"]["share"] < 1.0  # the paragraph, but not the sign-off


def test_questions_missing_from_the_request_text_are_added_back(tmp_path):
    """A copy whose split kept only the preamble still joins its family through its questions."""
    from tests.analyse_fixtures import load_records, records

    entries = records("five_forces")[:3]
    full = entries[0]["record"]["request_text"]
    questions = [line[3:] for line in full.split("\n")]  # "1. Does ..." -> "Does ..."
    cut = {"file": "ff/norfolk.txt", "record": dict(entries[0]["record"], authority_id="norfolk-constabulary",
           request_text="I write about Facewatch.", questions=[{"number": str(i), "text": q} for i, q in enumerate(questions, 1)])}
    db = fixture_db(tmp_path / "cut.db")
    load_records(db, entries + [cut])
    analyse(db)
    members = {r["notice_id"] for r in db["request_family_members"].rows}
    assert members == {"ff/kent", "ff/essex", "ff/surrey", "ff/norfolk"}


def test_questions_quoted_back_between_answers_are_not_templates(tmp_path):
    from tests.analyse_fixtures import load_records

    question = "How many alerts has {force} received from Facewatch between 1 January 2022 and 31 December 2023?"
    answer = "We received {n} alerts in that period, all of them from shops in the city centre and all reviewed by an officer."
    entries = []
    for i, (force, authority) in enumerate([("Kent Police", "kent-police"), ("Essex Police", "essex-police"), ("Surrey Police", "surrey-police")]):
        q = question.format(force=force)
        record = {"doc_type": "force_response", "authority_id": authority, "request_text": "Please answer these questions.",
                  "questions": [{"number": "1", "text": q}],
                  "passages": [{"part": "response", "text": f"1. {q}"}, {"part": "response", "text": answer.format(n=i + 3)}]}
        entries.append({"file": f"quoted/{authority}.txt", "record": record})
    db = fixture_db(tmp_path / "quoted.db")
    load_records(db, entries)
    analyse(db)
    texts = [r["representative_text"] for r in db["template_families"].rows]
    assert len(texts) == 1 and texts[0].startswith("We received")  # the answer wording, not the question


def test_requests_worded_alike_about_different_technologies_are_different_families(tmp_path):
    from tests.analyse_fixtures import load_records

    wording = ("I am researching the use of surveillance equipment by police forces across the United Kingdom. "
               "Does {force} currently use any of the following: live facial recognition, drones, {third}? "
               "If so, please give the date each was first used and the name of the supplier.")
    entries = []
    for force, authority, third, tech in [
        ("Kent Police", "kent-police", "Palantir", "palantir"), ("Essex Police", "essex-police", "Palantir", "palantir"),
        ("Surrey Police", "surrey-police", "Clearview AI", "clearview_ai"), ("Sussex Police", "sussex-police", "Clearview AI", "clearview_ai"),
    ]:
        techs = [("facial_recognition_live", "live facial recognition"), ("drones", "drones"), (tech, third)]
        record = {"doc_type": "force_response", "authority_id": authority, "request_text": wording.format(force=force, third=third),
                  "technologies": [t for t, _ in techs], "technology_details": [{"id": t, "term": term, "sentence": None} for t, term in techs]}
        entries.append({"file": f"multi/{authority}.txt", "record": record})
    db = fixture_db(tmp_path / "multi.db")
    load_records(db, entries)
    analyse(db)
    families = {}
    for row in db["request_family_members"].rows:
        families.setdefault(row["family_id"], set()).add(row["notice_id"])
    assert sorted(families.values(), key=sorted) == [{"multi/essex-police", "multi/kent-police"}, {"multi/surrey-police", "multi/sussex-police"}]
