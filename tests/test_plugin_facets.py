"""plugins/ncnd_facets.py: UK notices by default, stored facet counts, labelled values, join-table filters."""

import shutil

import pytest

from tests.test_plugin_setup import CORPUS, SEED, build_db, get, make_datasette

US_RECORDS = """California Public Records Act request to the Oakland Police Department

Dear Records Officer,

Under the California Public Records Act, I request all agreements between the Oakland Police Department and Ring LLC
concerning the Neighbors portal, and any requests for doorbell footage made through it since 2019.

Response:

The City of Oakland has located 14 pages of responsive records, attached.
"""


@pytest.fixture(scope="module")
def with_other(tmp_path_factory):
    """The seed corpus plus one document that is not a UK police FOI notice (a US records request about Ring)."""
    base = tmp_path_factory.mktemp("other")
    shutil.copytree(CORPUS, base / "corpus")
    (base / "corpus" / "900_us_records.txt").write_text(US_RECORDS, encoding="utf-8")
    return make_datasette(build_db(base / "corpus", base))


def facets(ds, query=""):
    data = get(ds, f"/ncnd/notices.json?_shape=objects&{query}").json()
    data["count"] = data["filtered_table_rows_count"]
    results = data["facet_results"]
    return data, {name: {v["value"]: v for v in f["results"]} for name, f in results.get("results", results).items()}


def test_the_notices_table_leaves_out_other_documents_unless_asked(with_other):
    data, counts = facets(with_other)
    assert data["count"] == 5 and "900_us_records" not in {r["id"] for r in data["rows"]}
    assert "other" not in counts["doc_type"]
    assert counts["technology"]["ring_doorbell"]["count"] == 2  # the US request about Ring is not counted
    other, _ = facets(with_other, "doc_type=other")
    assert [r["id"] for r in other["rows"]] == ["900_us_records"]
    everything, counts = facets(with_other, "_all=1")
    assert everything["count"] == 6 and counts["doc_type"]["other"]["count"] == 1


def test_stored_counts_equal_the_counts_of_a_filtered_query(with_other):
    """The unfiltered page reads facet_counts; a filter that keeps every row counts live: both must agree."""
    _, stored = facets(with_other)
    _, live = facets(with_other, "doc_type__not=other")
    for name in ("authority_id", "year", "outcome", "ncnd", "ncnd_scope", "technology", "exemption"):
        assert {v: f["count"] for v, f in stored[name].items()} == {v: f["count"] for v, f in live[name].items()}, name


def test_facet_values_carry_labels_and_filter_through_the_join_tables(with_other):
    _, counts = facets(with_other)
    assert counts["authority_id"]["northamptonshire-police"]["label"] == "Northamptonshire Police"
    assert counts["outcome"]["ncnd"]["label"] == "neither confirmed nor denied"
    assert counts["technology"]["amazon_rekognition"]["label"] == "Amazon Rekognition"
    assert counts["exemption"]["s24(2)"]["label"].startswith("s24(2) ")
    assert "_technology=amazon_rekognition" in counts["technology"]["amazon_rekognition"]["toggle_url"]
    data, filtered = facets(with_other, "_technology=amazon_rekognition")
    assert [r["id"] for r in data["rows"]] == [SEED["kent_ico"]]
    assert filtered["technology"]["amazon_rekognition"]["selected"]
    data, _ = facets(with_other, "_exemption=s31(3)&_technology=ring_doorbell")
    assert [r["id"] for r in data["rows"]] == [SEED["met_ring"]]  # Northamptonshire cited a bare s31


def test_the_table_page_shows_facet_titles_not_types(with_other):
    html = get(with_other, "/ncnd/notices").text
    assert "police body" in html and "(ncnd)" not in html
    assert "UK police notices only" in html


def test_what_the_ncnd_covers_is_a_facet_with_labels(with_other):
    _, counts = facets(with_other)
    scope = {value: f["count"] for value, f in counts["ncnd_scope"].items()}
    # Northamptonshire and Kent's decision: whole request; the Met and Northumbria: the rest after answers
    assert scope["full"] == 2 and scope["partial"] == 2
    assert counts["ncnd_scope"]["partial"]["label"].startswith("answered in part")
    data, _ = facets(with_other, "ncnd_scope=partial")
    assert sorted(r["id"] for r in data["rows"]) == sorted([SEED["met_ring"], "003_c9c96f7571ac27c1"])
