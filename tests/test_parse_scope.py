"""What an NCND covers: scope per notice, each technology's role and stance, and answers per question.

Each case is a short notice in the shape forces write them (our own words): the assertion is what a
reporter would print from it ("Loamshire neither confirmed nor denied using Ring").
"""

import pytest

from ncnd.parse import parse_notice
from ncnd.parse.answers import answers_by_question

HEAD = "Freedom of Information Request Reference No: FOI 1234/25\nDate: 3 March 2025\n\n"


def parse(request: str, response: str, url: str | None = None) -> dict:
    return parse_notice(f"{HEAD}Request\n\n{request}\n\nResponse\n\n{response}\n", source_url=url)


def tech(record: dict, tech_id: str) -> dict:
    return next(t for t in record["technology_details"] if t["id"] == tech_id)


EXAMPLES_REQUEST = (
    "1. Does Kent Police use any facial recognition technology, for example live facial recognition, "
    "ANPR or body worn video cameras with face matching?\n"
    "2. If so, which company supplies it?"
)

CASES = [
    # (name, request, response, expected scope, {technology: (role, stance, covers)})
    (
        "blanket NCND covers the request's subject, not its examples",
        EXAMPLES_REQUEST,
        "Kent Police can neither confirm nor deny that it holds any information relevant to this request by virtue "
        "of Section 24(2) National Security and Section 31(3) Law Enforcement.",
        "full",
        {"facial_recognition": ("request_subject", "ncnd", True), "anpr": ("request_example", None, False),
         "body_worn_video": ("request_example", None, False)},
    ),
    (
        "answered overt use, NCND on covert use only",
        "Has your force used facial recognition at public events since 2022?",
        "Kent Police has not used facial recognition at any public event.\n\n"
        "In addition, Kent Police can neither confirm nor deny whether it holds any further information relating to "
        "covert use of facial recognition, by virtue of Section 24(2) and Section 31(3).",
        "partial",
        {"facial_recognition": ("request_subject", "confirmed", True)},
    ),
    (
        "an NCND on one technology does not cover the other the request asked about",
        "1. Does the force use drones?\n2. Does the force use IMSI catchers?",
        "1. Yes, the force has 6 drones.\n\n2. Kent Police can neither confirm nor deny whether it holds information "
        "about IMSI catchers, by virtue of Section 24(2) and Section 31(3).",
        "partial",
        {"drones": ("request_subject", "confirmed", False), "imsi_catcher": ("request_subject", "ncnd", True)},
    ),
    (
        "s12(2): NCND because finding out would cost too much",
        "Please provide every email mentioning Clearview AI since 2019.",
        "Kent Police can neither confirm nor deny that it holds the information, as the cost of determining whether "
        "it is held would exceed the appropriate limit. Section 12(2) applies.",
        "cost",
        {"clearview_ai": ("request_subject", "ncnd", True)},
    ),
    (
        "no NCND at all",
        "How many ANPR cameras does the force operate?",
        "The force operates 112 fixed ANPR cameras. The information is provided above.",
        None,
        {"anpr": ("request_subject", "confirmed", False)},
    ),
]


@pytest.mark.parametrize("name,request_text,response,scope,technologies", CASES, ids=[c[0] for c in CASES])
def test_scope_and_technology_roles(name, request_text, response, scope, technologies):
    record = parse(request_text, response)
    assert record["ncnd_scope"] == scope
    if scope:
        assert record["ncnd"] is True and record["evidence"]["ncnd_scope"]
    for tech_id, (role, stance, covers) in technologies.items():
        detail = tech(record, tech_id)
        assert (detail["role"], detail["stance"], detail["ncnd_covers"]) == (role, stance, covers), tech_id


def test_no_technology_is_ncnd_where_the_ncnd_does_not_cover_it():
    for _, request_text, response, _, _ in CASES:
        record = parse(request_text, response)
        for detail in record["technology_details"]:
            if detail["ncnd_covers"]:
                assert record["ncnd"] is True
            if detail["role"] == "request_example":
                assert not detail["ncnd_covers"]


QUESTION_BY_QUESTION = (
    "1. How many drones does the force own?\n2. How much did they cost?\n3. Please provide the drone policy.\n"
    "4. Has the force used drones at protests?",
    "Response 1:\nThe force owns 4 drones.\n\nResponse 2:\nThis information will not be disclosed and we rely on "
    "Section 43(2) to withhold it.\n\nResponse 3:\nNo information is held.\n\nResponse 4:\nKent Police can neither "
    "confirm nor deny whether drones have been used at protests, by virtue of Section 31(3).",
)


def test_each_question_gets_its_own_answer():
    record = parse(*QUESTION_BY_QUESTION)
    per_question = answers_by_question(record["questions"], record["question_answers"])
    assert [a["answer"] for a in per_question] == ["answered", "refused", "not_held", "ncnd"]
    assert record["outcome"] == "partially_disclosed" and record["ncnd"] is True
    assert record["ncnd_scope"] == "partial"


@pytest.mark.parametrize(
    "labels,numbers",
    [
        ("Q1 & 2. The force has not used facial recognition overtly.\n\nQ3. No information is held.", [["1", "2"], ["3"]]),
        ("2&3.This information will not be disclosed.\n\n4. None.", [["2", "3"], ["4"]]),
        ("Questions 1, 2 & 4\nSee the attached table.\n\nQuestion 3\nNo information held.", [["1", "2", "4"], ["3"]]),
        ("In answer to questions 1-3, the force holds no contract.\n\nIn answer to question 4, nil.", [["1", "2", "3"], ["4"]]),
    ],
)
def test_answer_labels_and_ranges(labels, numbers):
    request = "1. First question?\n2. Second question?\n3. Third question?\n4. Fourth question?"
    record = parse(request, labels)
    assert [a["numbers"] for a in record["question_answers"]] == numbers


def test_a_request_cut_before_its_answer_has_no_answers():
    record = parse_notice(f"{HEAD}Request\n\n1. How many drones does the force own?\n2. What did they cost?\n")
    assert record["question_answers"] == [] and record["outcome"] is None


def test_the_database_gives_each_question_its_answer(tmp_path):
    import sqlite_utils

    from ncnd.build import build_database

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    request, response = QUESTION_BY_QUESTION
    (corpus / "drones.txt").write_text(f"{HEAD}Kent Police\n\nRequest\n\n{request}\n\nResponse\n\n{response}\n")
    build_database(corpus, tmp_path / "ncnd.db", workers=1)
    db = sqlite_utils.Database(tmp_path / "ncnd.db")
    rows = list(db.query("select number, answer, answer_sentence from question_answers where notice_id = 'drones' order by number"))
    assert [(r["number"], r["answer"]) for r in rows] == [("1", "answered"), ("2", "refused"), ("3", "not_held"), ("4", "ncnd")]
    assert "neither confirm nor deny" in rows[3]["answer_sentence"]
    notice = db["notices"].get("drones")
    assert (notice["ncnd"], notice["ncnd_scope"], notice["outcome"]) == (1, "partial", "partially_disclosed")
