"""SQL functions used by the canned queries, and the query cells that link notices and mark matches."""

import pytest

from tests.test_plugin_setup import SEED, ds, get, load_plugin, seed_db  # noqa: F401 (fixtures)

functions = load_plugin("ncnd_sql_functions")
cells = load_plugin("ncnd_cells")


@pytest.mark.parametrize(
    "value,separator,expected",
    [
        ('["s24(2)", "s31(3)"]', ", ", "s24(2), s31(3)"),
        ('["s24(2)", "s31(3)"]', " + ", "s24(2) + s31(3)"),
        ("[]", ", ", None),
        (None, ", ", None),
        ("not json", ", ", None),
        ('{"a": 1}', ", ", None),
    ],
)
def test_json_join(value, separator, expected):
    assert functions.json_join(value, separator) == expected


@pytest.mark.parametrize(
    "value,expected",
    [
        ('["s24(2)", "s31(3)"]', "s24 + s31"),
        ('["s24", "s24(2)", "s31(1)(a)"]', "s24 + s31"),
        ('["s22A(1)", "s40(2)"]', "s22A + s40"),
        ("[]", None),
    ],
)
def test_exemption_sections(value, expected):
    assert functions.exemption_sections(value) == expected


def test_pct():
    assert functions.pct(1, 3) == 33.3
    assert functions.pct(0, 0) is None and functions.pct(None, 4) is None and functions.pct(2, None) is None


def test_outcome_label_from_config():
    label = functions.make_outcome_label(
        {
            "outcome_labels": {"not_held": "not held", "ico_upheld_authority": "police won"},
            "ncnd_on_rest": {"outcomes": ["not_held"], "suffix": "; NCND on the rest"},
            "unknown_outcome": "unknown",
        }
    )
    assert label("not_held") == "not held"
    assert label("not_held", 1) == "not held; NCND on the rest"
    assert label("ico_upheld_authority", 1) == "police won"
    assert label(None) == "unknown"
    assert label("brand_new") == "brand_new"


def test_functions_are_registered_with_metadata_labels(ds):
    sql = (
        "select outcome_label('ico_upheld_complainant') as a, outcome_label('partially_disclosed', 1) as b, "
        "ncnd_label(null) as c, doc_type_label('wdtk_thread') as d, pct(1, 4) as e"
    )
    row = get(ds, "/ncnd.json?_shape=array&sql=" + sql.replace(" ", "+")).json()[0]
    assert row == {
        "a": "ICO sided with the requester (complaint upheld)",
        "b": "partly disclosed; NCND on the rest",
        "c": "not stated",
        "d": "WhatDoTheyKnow request thread",
        "e": 25.0,
    }


def test_snippet_markers_become_marks_and_the_rest_is_escaped():
    html = str(cells.highlight_snippet("<b>the ⟦Rekognition⟧ tool</b> ⟦open"))
    assert html == "&lt;b&gt;the <mark>Rekognition</mark> tool&lt;/b&gt; <mark>open</mark>"


def test_a_citation_marked_inside_a_matched_phrase_gives_one_mark_and_a_stray_marker_stays_text():
    html = str(cells.highlight_snippet("relied on ⟦section ⟦s24x2⟧ of⟧ the Act⟧ & more"))
    assert html == "relied on <mark>section s24x2 of</mark> the Act⟧ &amp; more"


def test_query_cells_link_notices_only_outside_table_pages(ds):
    html = get(ds, "/ncnd/ncnd_wording").text
    assert f'<a href="/ncnd/notices/{SEED["kent_ico"]}">{SEED["kent_ico"]}</a>' in html
    table = get(ds, "/ncnd/notice_exemptions").text
    assert f'<a href="/ncnd/notices/{SEED["kent_ico"]}">' in table  # Datasette's own foreign-key link
