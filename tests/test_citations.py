"""Citations as one search token, however they are written."""

import pytest

from ncnd.citations import citation_terms, mark_citations, rewrite_query

FORMS = ["s24(2)", "s.24(2)", "section 24(2)", "Section 24(2)", "24(2)", "s 24 (2)", "S24 (2)", "§ 24(2)"]


@pytest.mark.parametrize("form", FORMS)
def test_every_way_of_writing_a_section_gives_one_token(form):
    assert rewrite_query(form) == "s24x2"
    assert citation_terms(f"We rely on {form} - National Security.") == "s24 s24x2"


def test_each_level_of_a_citation_is_searchable():
    assert citation_terms("S31(1)(a) - Law Enforcement") == "s31 s31x1 s31x1xa"
    # The second citation of a list has no section word: "sections 24(2) & 31(3)".
    assert citation_terms("by virtue of sections 24(2) & 31(3) of the Act") == "s24 s24x2 s31 s31x3"
    assert rewrite_query("section 31 ring doorbell") == "s31 ring doorbell"


def test_numbers_that_are_not_sections_are_left_alone():
    assert citation_terms("Call 101 or +44 (0) 20 7946 0000 on 24/2/2020; the 2019 (1) report") is None
    assert rewrite_query("rekognition 2019") == "rekognition 2019"


def test_marking_the_asked_citation_in_a_snippet():
    assert mark_citations("• S24(2) – National Security and s.31(3)", "section 24(2)") == "• ⟦S24(2)⟧ – National Security and s.31(3)"
    assert mark_citations("sections 24(2) & 31(3) apply", "s31") == "sections 24(2) & ⟦31(3)⟧ apply"
    assert mark_citations("no sections here", "s31") == "no sections here"
