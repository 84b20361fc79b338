"""Lifecycle links: a force response, its ICO decision and the tribunal appeal."""

import pytest

from ncnd.analyse import analyse, lifecycle
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
