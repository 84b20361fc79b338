"""What a reader sees when a page has nothing to show, and the downloads: plugins/ncnd_query_pages.py,
ncnd_charts.py (empty charts, colours), ncnd_downloads.py, ncnd_cells.py, datasette-atom."""

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from ncnd.build import build_database
from tests.test_plugin_setup import SEED, analysed_db, analysed_ds, ds, get, make_datasette, seed_db  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
QUERIES = METADATA["databases"]["ncnd"]["queries"]
CHARTS = METADATA["plugins"]["ncnd-charts"]["charts"]
NCND_RED, UNKNOWN_GREY = "#b3261e", "#bbbbbb"
NCND_NAMES = {"ncnd", "neither confirmed nor denied", "to_neither_confirm_nor_deny"}
UNKNOWN_NAMES = {"unknown", "not stated"}


@pytest.fixture(scope="module")
def empty_ds(tmp_path_factory):
    """A database built from a corpus with no notices: every query and chart is empty."""
    base = tmp_path_factory.mktemp("empty")
    (base / "corpus").mkdir()
    build_database(base / "corpus", base / "ncnd.db", full=True, workers=1)
    return make_datasette(base / "ncnd.db")


def test_every_parameterised_query_opened_bare_lists_values_that_give_results(analysed_ds):
    for name, query in QUERIES.items():
        choices = query.get("choices")
        if not choices:
            continue
        html = get(analysed_ds, f"/ncnd/{name}").text
        assert "bare-state" in html and choices["text"].replace('"', "&#34;")[:20] in html, name
        links = re.findall(rf'href="(/ncnd/{name}\?{choices["param"]}=[^"]+)"', html)
        assert links, f"{name} lists no values"
        first = get(analysed_ds, links[0].replace("&amp;", "&")).text
        assert "rows-and-columns" in first, f"{name}: the first value listed gives no rows ({links[0]})"


def test_force_record_bare_lists_the_forces(ds):
    html = get(ds, "/ncnd/force_record").text
    assert "Northamptonshire Police" in html and "/ncnd/force_record?authority=northamptonshire-police" in html
    assert "Custom SQL query" not in html


def test_every_query_with_no_rows_says_why(empty_ds):
    for name, query in QUERIES.items():
        html = get(empty_ds, f"/ncnd/{name}").text
        assert "0 results" not in html, name
        if "bare-state" in html:
            continue
        assert "empty-state" in html and "No rows." in html, name
        if query.get("empty"):
            assert query["empty"][:30].replace("'", "&#39;").replace('"', "&#34;") in html, name


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c["slug"])
def test_an_empty_chart_says_what_it_would_show(empty_ds, chart):
    svg = get(empty_ds, f"/-/charts/{chart['slug']}.svg").text
    assert " ".join(chart["empty"].split()[:3]) in svg, chart["slug"]
    assert "mark-rect" not in svg and "mark-symbol" not in svg  # no blank axes or bars: only the words


def _colour_pairs(node):
    """(label, colour) for every colour scale and fixed mark colour in a Vega-Lite spec."""
    if isinstance(node, dict):
        scale = node.get("scale") if isinstance(node.get("scale"), dict) else None
        if scale and "domain" in scale and "range" in scale:
            yield from zip(scale["domain"], scale["range"])
        for value in node.values():
            yield from _colour_pairs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _colour_pairs(value)


def test_one_colour_meaning_across_every_chart():
    for chart in CHARTS:
        spec = chart["vega_lite"]
        for label, colour in _colour_pairs(spec):
            if label in NCND_NAMES:
                assert colour == NCND_RED, (chart["slug"], label)
            elif label in UNKNOWN_NAMES:
                assert colour == UNKNOWN_GREY, (chart["slug"], label)
            else:
                assert colour != NCND_RED, (chart["slug"], label, "red means NCND only")
        # Every colour encoding names its colours: no chart falls back to a default palette.
        for colour in re.findall(r"'color': (\{[^}]*)", str(spec)):
            assert "scale" in colour or "'value'" in colour or "legend': None" in colour, chart["slug"]


def test_forces_chart_is_sorted_by_ncnd_and_shows_denominators_and_zeros(analysed_ds):
    chart = next(c for c in CHARTS if c["slug"] == "forces-by-ncnd")
    assert chart["vega_lite"]["encoding"]["y"]["sort"] == {"field": "ncnd_notices", "order": "descending"}
    spec = get(analysed_ds, "/-/charts/forces-by-ncnd.vl.json").json()
    labels = [row["ncnd_of_notices"] for row in spec["data"]["values"]]
    assert all(re.fullmatch(r"\d+ of \d+", label) for label in labels) and any(label.startswith("0 of") for label in labels)
    svg = get(analysed_ds, "/-/charts/forces-by-ncnd.svg").text
    assert re.search(r">\d+ of \d+<", svg)


def test_legends_wrap_so_charts_stay_narrow(analysed_ds):
    svg = get(analysed_ds, "/-/charts/technology-outcomes.svg").text
    width = float(re.search(r'<svg[^>]*width="([\d.]+)"', svg).group(1))
    assert width < 900, width  # one row of ten legend entries made it about 1,270 px


def test_notice_cells_show_labels_not_codes(ds):
    html = get(ds, "/ncnd/notices").text
    assert "neither confirmed nor denied" in html and "Amazon Rekognition" in html
    assert ">ico_upheld_authority<" not in html and 'href="/ncnd/notices?_technology=amazon_rekognition"' in html
    assert "Northamptonshire Police" in html  # the police body's name, through the foreign key


def test_download_everything(ds):
    rows = json.loads(get(ds, "/-/download/ncnd/notices.json").text)
    assert len(rows) == 5 and {"id", "body", "sha256"} <= set(rows[0])
    assert get(ds, "/-/download/ncnd/facet_counts.json").status_code == 404  # hidden tables are not offered
    csv = get(ds, "/ncnd/notices.csv?_stream=on&_size=max&_labels=off").text
    assert csv.count(SEED["kent_ico"]) >= 1 and "sha256" in csv.splitlines()[0]
    html = get(ds, "/ncnd/notices").text
    assert "/-/download/ncnd/notices.json" in html and "_stream=on" in html
    query = get(ds, "/ncnd/forces_by_ncnd").text
    assert 'href="/ncnd/forces_by_ncnd.csv' in query and "_shape=array" in query


def test_datapackage_describes_every_published_table(ds):
    package = get(ds, "/-/datapackage.json").json()
    resources = {r["title"]: r for r in package["resources"]}
    assert {"notices", "notice_exemptions", "notice_technologies", "authorities", "documents"} <= set(resources)
    assert "facet_counts" not in resources and "notices_fts" not in resources
    fields = {f["name"]: f for f in resources["notices"]["schema"]["fields"]}
    assert fields["year"]["type"] == "integer" and "denial" in fields["ncnd"]["description"]
    assert resources["notices"]["path"].startswith("http") and "_stream=on" in resources["notices"]["path"]
    assert package["licenses"][0]["name"] == "OGL-UK-3.0"


def test_atom_feed_of_new_ncnd_answers(ds):
    feed = get(ds, "/ncnd/new_ncnd_notices.atom")
    assert feed.status_code == 200 and feed.text.count("<entry>") == 4  # the four NCND seeds
    kent = get(ds, "/ncnd/new_ncnd_notices.atom?authority=kent-police").text
    assert kent.count("<entry>") == 1 and "Kent Police" in kent
    ring = get(ds, "/ncnd/new_ncnd_notices.atom?technology=ring_doorbell").text
    assert ring.count("<entry>") == 2


def test_plain_text_letters_keep_their_line_breaks(ds):
    html = get(ds, f"/ncnd/notices/{SEED['northants_ring']}").text  # a .txt seed
    body = html.split('class="notice-body', 1)[1]
    assert "<br" in body
