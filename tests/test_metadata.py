"""metadata.yml: complete descriptions, canned queries that answer their question on the seed corpus."""

from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
import yaml

from ncnd import schema
from tests.test_plugin_setup import SEED, analysed_db, analysed_ds, ds, get, seed_db  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
DB = METADATA["databases"]["ncnd"]
QUERIES = DB["queries"]
TABLES = DB["tables"]
HIDDEN = {"build_info", "file_stats"} | {f"{t}_fts" for t in list(schema.FTS) + ["build_errors"]}

# Parameters that make each parameterised query return something on the seed corpus.
PARAMS = {
    "force_record": {"authority": "northamptonshire-police"},
    "technology_record": {"technology": "amazon_rekognition"},
    "search": {"q": "Rekognition"},
}


def rows(ds, name, **params):
    query = urlencode({"_shape": "array", **(params or PARAMS.get(name, {}))})
    response = get(ds, f"/ncnd/{name}.json?{query}")
    assert response.status_code == 200, response.text
    return response.json()


def test_instance_metadata_explains_ncnd_licence_and_caveat():
    text = METADATA["description_html"]
    for needed in ("neither confirm nor deny", "24(2)", "31(3)", "not a league table", "denominators"):
        assert needed in text
    assert "Open Government Licence v3.0" in METADATA["license"]
    assert "ICO" in METADATA["license"] and "force" in METADATA["license"]
    assert METADATA["license_url"].startswith("https://www.nationalarchives.gov.uk/")
    assert METADATA["source"] and METADATA["source_url"].startswith("https://")
    assert METADATA["about"] and METADATA["about_url"]


@pytest.mark.parametrize("table", sorted(schema.TABLES))
def test_every_table_and_column_is_described(table):
    meta = TABLES[table]
    assert meta.get("description") or meta.get("description_html")
    described = set(meta.get("columns") or {})
    missing = set(schema.TABLES[table]["columns"]) - described
    assert not missing, f"{table}: no description for {sorted(missing)}"


def test_traps_are_spelled_out():
    assert "police lost" in TABLES["ico_decisions"]["description"]
    assert "police won" in TABLES["ico_decisions"]["columns"]["outcome"]
    assert "not" in TABLES["notices"]["columns"]["ncnd"] and "denial" in TABLES["notices"]["columns"]["ncnd"]


def test_notices_table_facets_labels_and_sort():
    notices = TABLES["notices"]
    facets = notices["facets"]
    for facet in ("authority_id", "year", "outcome", "ncnd", "technology", "exemption"):
        assert {"ncnd": facet} in facets
    # No facet scans the JSON arrays: technologies and exemptions are counted from the join tables.
    assert not any("array" in facet for facet in facets if isinstance(facet, dict))
    assert notices["sort_desc"] == "date"
    for table in ("notices", "authorities", "technologies", "exemptions"):
        assert TABLES[table]["label_column"]


def test_every_table_in_the_database_is_described_or_hidden(ds):
    """A table a build adds without metadata would show up undescribed on the published site."""
    tables = get(ds, "/ncnd.json").json()["tables"]
    assert {"notices", "analysis_postings", "analysis_passages"} <= {t["name"] for t in tables}
    for table in tables:
        if "_fts" in table["name"]:  # full-text indexes: Datasette hides them itself
            continue
        meta = TABLES.get(table["name"]) or {}
        assert meta.get("hidden") or meta.get("description") or meta.get("description_html"), table["name"]
        assert table["hidden"] == bool(meta.get("hidden")), table["name"]


def test_shadow_and_bookkeeping_tables_are_hidden(ds):
    for table in HIDDEN:
        assert TABLES[table]["hidden"] is True
    listed = {t["name"] for t in get(ds, "/ncnd.json").json()["tables"] if not t["hidden"]}
    assert not (listed & HIDDEN)
    assert not any("_fts" in name for name in listed)
    assert "notices" in listed


def test_at_least_twelve_documented_canned_queries():
    assert len(QUERIES) >= 12
    for name, query in QUERIES.items():
        assert query.get("title"), name
        assert query.get("hide_sql") is True, name  # results and chart first; "show" reveals the SQL
        assert len(query.get("description_html", "")) > 80, name
    for name, parameter in (("force_record", ":authority"), ("technology_record", ":technology"), ("search", ":q")):
        assert parameter in QUERIES[name]["sql"]
    search = QUERIES["search"]["sql"]
    assert "escape_fts(:q)" in search and "order by rank" in search and "snippet(" in search
    # Ranked with bm25 and cut to a few hundred paragraphs inside the FTS query, before any join.
    hits = search.split("select\n", 1)[0]
    assert "passages_fts" in hits and "bm25(" in hits and "limit" in hits and "join" not in hits


def test_chart_fragments_configure_datasette_vega():
    charted = {name: q["fragment"] for name, q in QUERIES.items() if q.get("fragment")}
    assert len(charted) >= 6
    for name, fragment in charted.items():
        parts = dict(part.split("=", 1) for part in fragment.split("&"))
        assert parts["g.mark"] in {"bar", "line", "circle"}, name
        # Each named column is a column the query returns.
        columns = {k: v for k, v in parts.items() if k.endswith("_column")}
        sql = QUERIES[name]["sql"]
        for column in columns.values():
            assert f" as {column}" in sql or f"{column}," in sql or f"{column}\n" in sql, (name, column)
        # One page: datasette-vega only charts what the page shows.
        assert "limit" in sql or "group by" in sql, name


# Queries about what `ncnd fetch` saw over time: the hand-added seeds have no versions (tests/test_fetch_site.py
# checks them on fetched data).
EMPTY_ON_SEEDS = {"changed_after_publication"}


def test_every_canned_query_page_opens_with_results(ds):
    for name in QUERIES:
        query = urlencode(PARAMS.get(name, {}))
        response = get(ds, f"/ncnd/{name}?{query}")
        assert response.status_code == 200, name
        assert QUERIES[name]["title"].replace("'", "&#39;") in response.text, name
        if name in EMPTY_ON_SEEDS:
            continue
        assert "rows-and-columns" in response.text, f"{name} returned no rows on the seed corpus"


def test_headline_query_lists_each_force_once_with_what_its_ncnd_covered(ds):
    result = rows(ds, "ncnd_ring_rekognition")
    by_force = {r["authority"]: r for r in result}
    assert len(by_force) == len(result) == 3
    northants = by_force["Northamptonshire Police"]
    assert northants["notice_ids"] == SEED["northants_ring"] and "Ring" in northants["technologies"]
    assert (northants["whole_request"], northants["rest_only"]) == (1, 0)
    assert northants["ncnd_scope"] == "NCND on the whole request"
    # The Met answered the Ring questions and neither confirmed nor denied further information.
    met = by_force["Metropolitan Police Service"]
    assert met["notice_ids"] == SEED["met_ring"]
    assert (met["whole_request"], met["rest_only"]) == (0, 1)
    assert met["ncnd_scope"].startswith("answered in part")
    assert by_force["Kent Police"]["notice_ids"] == SEED["kent_ico"]
    assert "Rekognition" in by_force["Kent Police"]["technologies"]


def test_headline_query_page_links_notices(ds):
    html = get(ds, "/ncnd/ncnd_ring_rekognition").text
    assert f'href="/ncnd/notices/{SEED["kent_ico"]}"' in html


def test_force_record_by_id_or_part_of_name(ds):
    assert sorted(r["notice_id"] for r in rows(ds, "force_record")) == [SEED["northants_ring"], SEED["northants_nleds"]]
    kent = rows(ds, "force_record", authority="Kent")
    assert [r["notice_id"] for r in kent] == [SEED["kent_ico"]]
    assert kent[0]["outcome"].startswith("ICO sided with the police")
    assert rows(ds, "force_record", authority="") == []


def test_technology_record(ds):
    result = rows(ds, "technology_record")
    assert [r["notice_id"] for r in result] == [SEED["kent_ico"]]
    assert "Amazon" in result[0]["sentence"]  # "Amazon for its Recognition [sic]" counts
    ring = rows(ds, "technology_record", technology="Ring")
    assert {SEED["northants_ring"], SEED["met_ring"]} <= {r["notice_id"] for r in ring}


def test_search_is_ranked_highlighted_and_safe(ds):
    result = rows(ds, "search")
    # One row per notice, with how many of its paragraphs match.
    assert [r["notice_id"] for r in result] == [SEED["kent_ico"]] and result[0]["matching_paragraphs"] >= 1
    assert all("⟦" in r["snippet"] for r in result)
    phrase = rows(ds, "search", q='"Law Enforcement Neighborhood Portal"')
    assert phrase and phrase[0]["notice_id"] == SEED["northants_ring"]
    for awkward in ('"unbalanced', "s24(2) AND (", "NEAR(ring", "*", "-"):
        rows(ds, "search", q=awkward)  # no FTS syntax error
    assert rows(ds, "search", q="") == []
    html = get(ds, "/ncnd/search?q=Rekognition").text
    assert "<mark>Rekognition</mark>" in html


def test_search_finds_a_section_however_it_is_written(ds):
    found = {form: {r["notice_id"] for r in rows(ds, "search", q=form)} for form in ("s24(2)", "s.24(2)", "section 24(2)", "24(2)", "s 24 (2)")}
    assert found["s24(2)"] and all(ids == found["s24(2)"] for ids in found.values()), found
    assert any("⟦" in r["snippet"] for r in rows(ds, "search", q="section 24(2)"))
    # Table search and search-all go through the same escape_fts.
    table = {form: get(ds, "/ncnd/notices.json?_shape=array&_col=title&_search=" + quote(form)).json() for form in ("s24(2)", "section 24(2)", "24(2)")}
    assert table["s24(2)"] and all(len(v) == len(table["s24(2)"]) for v in table.values())


def test_ico_ncnd_decisions(ds):
    (kent,) = rows(ds, "ico_ncnd_decisions")
    assert kent["case_reference"] == "IC-320081-J7L0"
    assert kent["police_body"] == "Kent Police"
    assert kent["outcome"] == "ICO sided with the police (complaint not upheld)"
    assert kent["steps_ordered"] == "no"
    assert "s24(2): engaged" in kent["findings"]


def test_exemption_combinations_group_by_section(ds):
    result = rows(ds, "exemption_combinations")
    top = result[0]
    assert top["sections"] == "s24 + s31" and top["notices"] == 5 and top["authorities"] == 4
    assert "s24(2) + s31(3)" in top["cited_as"] and "s24(1) + s31(1)(a)" in top["cited_as"]


def test_answers_by_technology_counts_what_was_said_of_each_technology_asked_about(ds):
    result = rows(ds, "answers_by_technology")
    ring = {r["answer"]: r for r in result if r["technology"] == rows_name(ds, "ring_doorbell")}
    # Northamptonshire NCNDed the Ring request; the Met answered its Ring questions (NCND only on the rest).
    assert ring["neither confirmed nor denied"]["notices"] == 1
    assert ring["confirmed or denied (answered)"]["notices"] == 1
    assert ring["confirmed or denied (answered)"]["ncnd_covers"] == 1
    nleds = [r for r in result if r["technology"] == rows_name(ds, "nleds")]
    assert [r["answer"] for r in nleds] == ["held but withheld"]
    # Northumbria said live facial recognition was not held and neither confirmed nor denied covert use.
    live = {r["answer"] for r in result if r["technology"] == rows_name(ds, "facial_recognition_live")}
    assert live == {"said it holds no information"}


def rows_name(ds, technology_id):
    return get(ds, f"/ncnd/technologies/{technology_id}.json?_shape=array").json()[0]["name"]


def test_forces_by_ncnd_has_denominators(ds):
    result = {r["authority"]: r for r in rows(ds, "forces_by_ncnd")}
    northants = result["Northamptonshire Police"]
    assert (northants["notices"], northants["ncnd_notices"], northants["ncnd_percent"]) == (2, 1, 50.0)
    assert result["Kent Police"]["ico_decisions"] == 1


def test_ncnd_share_by_year(ds):
    result = {r["year"]: r for r in rows(ds, "ncnd_share_by_year")}
    assert result["2018"]["ncnd"] == 1 and result["2019"]["ncnd"] == 1
    assert sum(r["responses"] for r in result.values()) == 4  # police responses only, not the ICO decision
    assert "2024" not in result


def test_exemption_counts(ds):
    cited = {r["exemption"]: r for r in rows(ds, "exemptions_cited")}
    assert cited["s24(2)"]["notices"] == 3 and cited["s24(2)"]["to_neither_confirm_nor_deny"] == 3
    assert cited["s24(1)"]["to_withhold"] == 1
    per_year = rows(ds, "exemptions_per_year")
    assert {"year": "2019", "exemption": "s24"} in [{"year": r["year"], "exemption": r["exemption"]} for r in per_year]


def test_ico_outcomes(ds):
    assert rows(ds, "ico_outcomes") == [
        {"outcome": "ICO sided with the police (complaint not upheld)", "decisions": 1, "about_ncnd": 1, "steps_ordered": 0}
    ]


def test_force_technology_matrix_and_outcomes(ds):
    matrix = rows(ds, "ncnd_force_technology")
    kent = [r for r in matrix if r["authority"] == "Kent Police" and "Rekognition" in r["technology"]]
    assert kent and kent[0]["ncnd_notices"] == 1 and kent[0]["ncnd_percent"] == 100.0
    outcomes = rows(ds, "technology_outcomes")
    assert any(r["outcome"] == "not held" for r in outcomes)


def test_ncnd_wording_quotes_the_sentence(ds):
    result = {r["notice_id"]: r for r in rows(ds, "ncnd_wording")}
    assert set(result) == {SEED["northants_ring"], SEED["met_ring"], SEED["northumbria_frt"], SEED["kent_ico"]}
    assert all("neither confirm nor deny" in (r["ncnd_sentence"] or "").lower() for r in result.values())


def test_data_quality_lists_missing_provenance(ds):
    result = rows(ds, "data_quality")
    missing = {r["notice_id"] for r in result if r["problem"] == "no source address recorded"}
    assert missing == set(SEED.values())  # the seeds' source addresses were not recorded


def test_table_pages_have_descriptions_and_facets(ds):
    data = get(ds, "/ncnd/notices.json?_extra=facet_results").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"authority_id", "year", "outcome", "ncnd", "exemption", "technology"} <= set(facets)
    html = get(ds, "/ncnd/notices").text
    assert "ico_upheld_authority = the complaint was NOT upheld" in html
    assert "Northamptonshire Police" in html


def test_cross_notice_queries_show_a_request_sent_to_five_forces(analysed_ds):
    families = rows(analysed_ds, "request_family_list")
    five = next(f for f in families if f["authorities"] == 5)
    assert five["forces_split"] == 1 and five["ncnd"] == 2 and five["disclosed"] == 2
    matrix = rows(analysed_ds, "request_family_matrix", family=five["family"])
    assert sorted(r["authority"] for r in matrix) == ["Dorset Police", "Essex Police", "Kent Police", "Surrey Police", "Sussex Police"]
    assert {r["outcome"] for r in matrix} >= {"neither confirmed nor denied", "disclosed"}
    flags = rows(analysed_ds, "consistency_flag_list")
    assert any(f["kind"] == "family_split" and f["family_id"] == five["family"] for f in flags)
    assert rows(analysed_ds, "shared_paragraphs") and rows(analysed_ds, "lifecycle_cases")


def test_readers_are_told_how_far_to_trust_each_field(ds):
    html = get(ds, "/about").text
    assert "How far to trust each field" in html
    for field in ("Outcome", "Neither confirmed nor denied", "Police body", "Date of the response"):
        row = html.split(f"<tr><td>{field}</td><td>", 1)[1].split("</td>", 1)[0]
        assert row.endswith("%") and 0 <= int(row[:-1]) <= 100, field
    assert "Check by hand before publishing" in html
    assert "never &#34;no&#34;" in html or 'never "no"' in html
    description = QUERIES["data_quality"]["description_html"]
    assert "outcome" in description and "%" in description and "by hand" in description
