"""Lifecycle links: a force response, its ICO decision and the tribunal appeal."""

import pytest

from ncnd.analyse import analyse, lifecycle
from ncnd.analyse.corpus import Notice
from tests.analyse_fixtures import fixture_db


@pytest.fixture
def links(tmp_path):
    db = fixture_db(tmp_path / "case.db", "case")
    analyse(db)
    return {(r["from_notice_id"], r["to_notice_id"]): r for r in db["lifecycle_links"].rows}


def test_ico_decision_quoting_the_force_reference_is_linked(links):
    link = links[("case/cleveland-response", "case/cleveland-ico")]
    assert (link["link_type"], link["method"]) == ("ico_decision", "reference")
    assert "CLE/FOI/2023/0457" in link["evidence"]


def test_tribunal_appeal_quoting_the_decision_notice_is_linked(links):
    link = links[("case/cleveland-ico", "case/cleveland-tribunal")]
    assert (link["link_type"], link["method"]) == ("tribunal", "reference")
    assert "IC-234567-K8M2" in link["evidence"]


def test_decision_without_a_reference_is_linked_by_authority_request_and_date(links):
    link = links[("case/cumbria-response", "case/cumbria-ico")]
    assert (link["link_type"], link["method"]) == ("ico_decision", "request")
    assert "cumbria-constabulary" in link["evidence"] and "2023-09-14" in link["evidence"]


def test_a_decision_cited_as_precedent_by_another_force_is_not_a_stage(links):
    assert ("case/cleveland-ico", "case/cumbria-ico") not in links
    assert len(links) == 3


@pytest.mark.parametrize(
    "raw, key",
    [
        ("IC -80804 -J7C6", "IC-80804-J7C6"),
        ("01.FOI.19.012185", "01.FOI.19.012185"),
        ("ea/2023/0171", "EA/2023/0171"),
        ("2019", None),  # a year is not a reference
        ("17/12/2019", None),  # nor a date
        ("FOI", None),
    ],
)
def test_reference_keys(raw, key):
    assert lifecycle.reference_key(raw) == key


def test_quoted_references_include_ico_tribunal_and_force_styles():
    found = lifecycle.quoted_references(
        "Appeal EA/2023/0171 against decision notice IC-320081-J7L0 and FS50123456 about request FOI-2022-14653 of 2022."
    )
    assert {"EA/2023/0171", "IC-320081-J7L0", "FS50123456", "FOI-2022-14653"} <= set(found)
    assert "2022" not in found


def _notice(notice_id, authority_id, reference, doc_type="force_response", date=None):
    return Notice(id=notice_id, doc_type=doc_type, authority_id=authority_id, reference=reference, date=date,
                  ncnd=None, outcome=None, title=None, request=None)


def test_a_force_reference_links_only_notices_of_one_known_force():
    notices = [
        _notice("a", "north-wales-police", "1171-19", date="2019-01-02"),
        _notice("b", "north-wales-police", "1171 - 19", date="2019-03-04"),
        _notice("c", None, "1171-19"),  # authority unknown: the same number may be another force's
        _notice("d", "kent-police", "1171-19"),
    ]
    links = lifecycle.build(notices, {}, {}, {}, {})
    assert [(l.from_notice_id, l.to_notice_id, l.link_type) for l in links] == [("a", "b", "same_reference")]


def test_an_ico_reference_links_even_when_one_authority_is_unknown():
    notices = [
        _notice("ico", "kent-police", "IC-320081-J7L0", doc_type="ico_decision", date="2024-11-18"),
        _notice("appeal", None, "EA/2025/0012", doc_type="other", date="2025-05-01"),
    ]
    heads = {"appeal": "IN THE FIRST-TIER TRIBUNAL Appeal Reference: EA/2025/0012 against decision notice IC-320081-J7L0"}
    links = lifecycle.build(notices, heads, heads, {}, {})
    assert [(l.from_notice_id, l.to_notice_id, l.link_type) for l in links] == [("ico", "appeal", "tribunal")]


@pytest.mark.parametrize(
    "head, stage",
    [
        ("Thames Valley Police\n\nFREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW\n\nOur Ref: FOI 2024/11827", "internal_review"),
        ("Dear Ms Smith\n\nYou asked for an internal review of our response of 25 April.", "internal_review"),
        ("Internal Review Outcome\n\nThe original decision is upheld.", "internal_review"),
        # the standard closing paragraph of every response is not a review
        ("Response\n\nIf you are unhappy you may ask for an internal review.\nRequests for an internal review should be made within 40 days.", "force_response"),
    ],
)
def test_internal_review_is_told_from_the_offer_of_one(head, stage):
    assert lifecycle.stage_of(_notice("n", "thames-valley-police", None), head) == stage


def test_a_review_quoting_the_original_reference_links_to_the_response():
    notices = [
        _notice("response", "thames-valley-police", "FOI 2024/11827", date="2024-04-25"),
        _notice("review", "thames-valley-police", None, date="2024-06-03"),
    ]
    text = "FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW\n\nOur Ref: FOI 2024/11827\nDate: 3rd June 2024"
    links = lifecycle.build(notices, {"review": text}, {"review": text}, {}, {})
    assert [(l.from_notice_id, l.to_notice_id, l.link_type, l.method) for l in links] == [
        ("response", "review", "internal_review", "reference")
    ]
