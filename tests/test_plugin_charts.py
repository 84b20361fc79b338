"""Embeddable charts: HTML page, embed page, SVG, PNG and Vega-Lite spec, drawn from every row of the query."""

import json
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.test_plugin_setup import analysed_db, analysed_ds, ds, get, make_datasette, seed_db  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
CONFIG = METADATA["plugins"]["ncnd-charts"]
CHARTS = CONFIG["charts"]
SLUGS = [chart["slug"] for chart in CHARTS]
SVG_NS = "{http://www.w3.org/2000/svg}"
REQUIRED = {"ncnd-share-by-year", "technology-outcomes", "exemptions-cited", "forces-by-ncnd", "ico-outcomes"}


def query_rows(ds, chart):
    response = get(ds, f"/ncnd/{chart['query']}.json?_shape=array")
    assert response.status_code == 200
    return response.json()


def test_the_five_required_charts_are_declared_on_existing_queries():
    assert REQUIRED <= set(SLUGS)
    queries = METADATA["databases"]["ncnd"]["queries"]
    for chart in CHARTS:
        assert chart["query"] in queries
        assert chart["title"] and len(chart["caption"]) > 40
        assert chart["vega_lite"].get("mark") or chart["vega_lite"].get("layer")
    assert "OGL" in CONFIG["source"] or "Open Government Licence" in CONFIG["source"]


@pytest.mark.parametrize("slug", SLUGS)
def test_svg_is_a_drawn_chart(analysed_ds, slug):
    ds = analysed_ds
    response = get(ds, f"/-/charts/{slug}.svg")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["access-control-allow-origin"] == "*"
    root = ET.fromstring(response.text)
    assert root.tag == f"{SVG_NS}svg"
    assert float(root.get("width")) > 200 and float(root.get("height")) > 100
    marks = [g for g in root.iter(f"{SVG_NS}g") if "role-mark" in (g.get("class") or "") and "role-axis" not in (g.get("class") or "")]
    drawn = sum(len(list(g.iter(f"{SVG_NS}path"))) + len(list(g.iter(f"{SVG_NS}line"))) for g in marks)
    assert drawn >= 1, "no marks (bars, points, rules) drawn"
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG_NS}text"))
    chart = next(c for c in CHARTS if c["slug"] == slug)
    assert chart["title"] in texts and "Source:" in texts
    numbers = [t.text for t in root.iter(f"{SVG_NS}text") if t.text and re.fullmatch(r"[\d,.]+", t.text)]
    assert numbers and len(numbers) == len(set(numbers)), f"repeated tick labels: {numbers}"
    assert not any("." in n for n in numbers), f"fractional counts on an axis: {numbers}"


@pytest.mark.parametrize("slug", SLUGS)
def test_png_is_a_valid_image(analysed_ds, slug):
    ds = analysed_ds
    response = get(ds, f"/-/charts/{slug}.png")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    data = response.content
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 400 and height > 150
    assert data.rstrip(b"\x00")[-8:-4] == b"IEND"


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_has_every_row_inlined(analysed_ds, slug):
    ds = analysed_ds
    chart = next(c for c in CHARTS if c["slug"] == slug)
    response = get(ds, f"/-/charts/{slug}.vl.json")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    spec = json.loads(response.text)
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v5")
    assert spec["title"]["text"] == chart["title"]
    assert spec["data"]["values"] == query_rows(ds, chart)
    assert spec["data"]["values"], "the chart's query returns nothing on the seed corpus and analysis fixtures"
    assert "url" not in json.dumps(spec["data"])  # nothing fetched when the spec is rendered elsewhere


def test_charts_use_all_rows_not_one_page(seed_db):
    small_pages = make_datasette(seed_db, default_page_size=2, max_returned_rows=2)
    spec = get(small_pages, "/-/charts/exemptions-cited.vl.json").json()
    assert len(spec["data"]["values"]) == 6  # s24(2), s31(3), s24, s31, s24(1), s31(1)(a)


@pytest.mark.parametrize("slug", SLUGS)
def test_chart_page_has_chart_caption_links_and_snippet(ds, slug):
    chart = next(c for c in CHARTS if c["slug"] == slug)
    html = get(ds, f"/-/charts/{slug}").text
    assert "<svg" in html and chart["caption"][:40] in html
    assert f'href="/ncnd/{chart["query"]}.csv"' in html
    assert f'href="/ncnd/{chart["query"]}.json?_shape=array"' in html
    assert f'&lt;iframe src="http://localhost/-/charts/{slug}/embed"' in html
    for suffix in (".svg", ".png", ".vl.json"):
        assert f'href="/-/charts/{slug}{suffix}"' in html
    assert get(ds, f"/ncnd/{chart['query']}.csv").status_code == 200


@pytest.mark.parametrize("slug", SLUGS)
def test_embed_page_is_bare_and_script_free(ds, slug):
    response = get(ds, f"/-/charts/{slug}/embed")
    assert response.status_code == 200
    html = response.text
    assert "<svg" in html and "<script" not in html and "<link" not in html
    assert "Source:" in html and ".csv" in html and "cache-control" in response.headers


def test_chart_index_lists_every_chart(ds):
    html = get(ds, "/-/charts").text
    for slug in SLUGS:
        assert f'href="/-/charts/{slug}"' in html and f'src="/-/charts/{slug}.svg"' in html


def test_unknown_chart_is_404(ds):
    assert get(ds, "/-/charts/no-such-chart").status_code == 404
    assert get(ds, "/-/charts/no-such-chart.svg").status_code == 404
    assert get(ds, "/-/charts/exemptions-cited.gif").status_code == 404
