"""Embeddable charts: each one a canned query plus a Vega-Lite encoding, declared in metadata.yml.

A chart is served at its own addresses, so it can go into an article:
  /-/charts                      every chart
  /-/charts/<slug>               the chart with its caption, data links and an iframe snippet
  /-/charts/<slug>/embed         the bare chart page the iframe shows
  /-/charts/<slug>.svg / .png    rendered on the server with vl-convert (no JavaScript, no CDN)
  /-/charts/<slug>.vl.json       the Vega-Lite spec with its data inlined

Charts use every row of their query, not one page of it. Renderings are cached per chart and
format while the database is immutable (its hash then identifies the data).
"""

import asyncio
import copy
import json
import textwrap

import vl_convert
from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from ncnd.serving.version import data_version

PLUGIN = "ncnd-charts"
VEGA_LITE_VERSION = "5.20"
SCHEMA = f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE_VERSION.split('.')[0]}.json"
DEFAULT_WIDTH = 560
DEFAULT_HEIGHT = 300
STEP_PER_CATEGORY = 20  # bar thickness for charts with one bar per category on the y axis
FONT = "Liberation Sans, Helvetica Neue, Arial, DejaVu Sans, sans-serif"
PNG_SCALE = 2  # sharp on high-density screens and in social posts
CACHE_HEADERS = {"Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*"}

_rendered: dict[tuple, object] = {}


def chart_config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


def charts_by_slug(datasette) -> dict[str, dict]:
    return {chart["slug"]: chart for chart in chart_config(datasette).get("charts") or []}


def database_name(datasette) -> str:
    name = chart_config(datasette).get("database")
    if name in datasette.databases:
        return name
    return next(n for n in datasette.databases if n != "_internal")


async def chart_rows(datasette, chart: dict) -> list[dict]:
    db_name = database_name(datasette)
    query = await datasette.get_canned_query(db_name, chart["query"], None)
    if query is None:
        raise NotFound(f"chart {chart['slug']} refers to a missing canned query: {chart['query']}")
    results = await datasette.get_database(db_name).execute(query["sql"], {})
    return [dict(row) for row in results.rows]


EMPTY = "No notices to draw yet."


def empty_spec(chart: dict, source: str) -> dict:
    """What a chart with no rows shows: its title and, in words, what it would draw and why there is nothing."""
    lines = textwrap.wrap(chart.get("empty") or EMPTY, 80)
    return {
        "$schema": SCHEMA,
        "title": {"text": chart["title"], "subtitle": source, "anchor": "start", "subtitleColor": "#666"},
        "description": chart.get("caption", ""),
        "width": chart.get("width", DEFAULT_WIDTH),
        "height": 24 * len(lines) + 8,
        "data": {"values": [{"line": line, "n": i} for i, line in enumerate(lines)]},
        "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 14, "color": "#444"},
        "encoding": {"text": {"field": "line"}, "x": {"value": 0}, "y": {"field": "n", "type": "ordinal", "axis": None}},
        "config": {"font": FONT, "background": "white", "padding": 12, "view": {"stroke": None}},
    }


NARROW_WIDTH = 220  # the plot of the phone version: with its labels it fits 375 px at full size


def narrow(spec: dict) -> dict:
    """The phone version of a spec: a narrower plot, shorter labels, one legend column, wrapped titles."""
    spec = copy.deepcopy(spec)
    spec["width"] = NARROW_WIDTH
    title = spec.get("title") or {}
    title["text"] = textwrap.wrap(title.get("text", ""), 36) or ""
    title["subtitle"] = textwrap.wrap(title.get("subtitle", ""), 48) or ""
    config = spec.setdefault("config", {})
    config["axis"] = dict(config.get("axis") or {}, labelLimit=110)
    config["legend"] = dict(config.get("legend") or {}, columns=1, labelLimit=300)
    config["padding"] = 4
    if spec.get("mark", {}) == {"type": "text", "align": "left", "baseline": "top", "fontSize": 14, "color": "#444"}:
        lines = textwrap.wrap(" ".join(row["line"] for row in spec["data"]["values"]), 40)
        spec["data"] = {"values": [{"line": line, "n": i} for i, line in enumerate(lines)]}
        spec["height"] = 24 * len(lines) + 8
    return spec


def build_spec(chart: dict, rows: list[dict], source: str) -> dict:
    """A complete, self-contained Vega-Lite spec: the chart's encoding, its data, title and source line."""
    if not rows:
        return empty_spec(chart, source)
    spec = copy.deepcopy(chart["vega_lite"])
    y = (spec.get("encoding") or {}).get("y") or {}
    by_category = y.get("type") in {"nominal", "ordinal"}
    return {
        "$schema": SCHEMA,
        "title": {"text": chart["title"], "subtitle": source, "anchor": "start", "subtitleColor": "#666"},
        "description": chart.get("caption", ""),
        "width": chart.get("width", DEFAULT_WIDTH),
        "height": chart.get("height", {"step": STEP_PER_CATEGORY} if by_category else DEFAULT_HEIGHT),
        "data": {"values": rows},
        **spec,
        "config": {
            "font": FONT,
            "background": "white",
            "padding": 12,
            "view": {"stroke": None},
            "axis": {"labelLimit": 260},
            # Every quantitative axis here counts notices: whole-number ticks only, at most ten of them.
            "axisXQuantitative": {"tickCount": {"expr": "min(10, ceil(domain('x')[1]))"}, "format": ",d"},
            "axisYQuantitative": {"tickCount": {"expr": "min(10, ceil(domain('y')[1]))"}, "format": ",d"},
            # Two columns of legend entries, so a legend never makes the chart wider than the plot (375 px phones).
            "legend": {"orient": "bottom", "columns": 2, "labelLimit": 260},
            **(spec.get("config") or {}),
        },
    }


def data_hash(datasette):
    """What identifies the data (ncnd.serving.version): renderings are kept until it changes."""
    return data_version(datasette.get_database(database_name(datasette)))


async def rendered(datasette, slug: str, fmt: str):
    chart = charts_by_slug(datasette).get(slug)
    if chart is None:
        raise NotFound(f"no chart called {slug}")
    version = data_hash(datasette)
    key = (slug, fmt, version)
    if any(old[2] != version for old in _rendered):
        _rendered.clear()  # a build changed the data: every rendering is out of date
    if version is not None and key in _rendered:
        return chart, _rendered[key]
    rows = await chart_rows(datasette, chart)
    spec = build_spec(chart, rows, chart_config(datasette).get("source", ""))
    if fmt == "spec":
        value = spec
    elif fmt == "svg":
        value = await asyncio.to_thread(vl_convert.vegalite_to_svg, spec, vl_version=VEGA_LITE_VERSION)
    elif fmt == "svg-narrow":
        value = await asyncio.to_thread(vl_convert.vegalite_to_svg, narrow(spec), vl_version=VEGA_LITE_VERSION)
    elif fmt == "png":
        value = await asyncio.to_thread(vl_convert.vegalite_to_png, spec, vl_version=VEGA_LITE_VERSION, scale=PNG_SCALE)
    else:
        raise NotFound(f"unknown format {fmt}")
    if version is not None:
        _rendered[key] = value
    return chart, value


def links(datasette, request, chart: dict) -> dict:
    db_name = database_name(datasette)
    base = f"/-/charts/{chart['slug']}"
    return {
        "page": datasette.urls.path(base),
        "embed": datasette.urls.path(f"{base}/embed"),
        "embed_absolute": datasette.absolute_url(request, datasette.urls.path(f"{base}/embed")),
        "svg": datasette.urls.path(f"{base}.svg"),
        "png": datasette.urls.path(f"{base}.png"),
        "spec": datasette.urls.path(f"{base}.vl.json"),
        "query": datasette.urls.query(db_name, chart["query"]),
        "csv": datasette.urls.query(db_name, chart["query"], format="csv"),
        "json": datasette.urls.query(db_name, chart["query"], format="json") + "?_shape=array",
    }


async def chart_file(request, datasette):
    slug, fmt = request.url_vars["slug"], request.url_vars["format"]
    kind = {"svg": "svg", "png": "png", "vl.json": "spec"}[fmt]
    chart, value = await rendered(datasette, slug, kind)
    if kind == "svg":
        return Response(value, content_type="image/svg+xml; charset=utf-8", headers=CACHE_HEADERS)
    if kind == "png":
        return Response(value, content_type="image/png", headers=CACHE_HEADERS)
    return Response(json.dumps(value, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8", headers=CACHE_HEADERS)


async def chart_page(request, datasette):
    chart, svg = await rendered(datasette, request.url_vars["slug"], "svg")
    context = {"chart": chart, "svg": svg, "links": links(datasette, request, chart), "source": chart_config(datasette).get("source", "")}
    return Response.html(await datasette.render_template("ncnd_chart.html", context, request=request))


async def chart_embed(request, datasette):
    chart, svg = await rendered(datasette, request.url_vars["slug"], "svg")
    _, svg_narrow = await rendered(datasette, request.url_vars["slug"], "svg-narrow")
    context = {"chart": chart, "svg": svg, "svg_narrow": svg_narrow, "links": links(datasette, request, chart), "source": chart_config(datasette).get("source", "")}
    html = await datasette.render_template("ncnd_chart_embed.html", context, request=request)
    return Response.html(html, headers=CACHE_HEADERS)


async def chart_index(request, datasette):
    charts = [{"chart": c, "links": links(datasette, request, c)} for c in charts_by_slug(datasette).values()]
    return Response.html(await datasette.render_template("ncnd_charts.html", {"charts": charts}, request=request))


@hookimpl
def register_routes():
    slug = r"(?P<slug>[a-z0-9][a-z0-9-]*)"
    return [
        (r"^/-/charts/?$", chart_index),
        (rf"^/-/charts/{slug}\.(?P<format>svg|png|vl\.json)$", chart_file),
        (rf"^/-/charts/{slug}/embed$", chart_embed),
        (rf"^/-/charts/{slug}$", chart_page),
    ]


def chart_for_query(datasette, database, query_name) -> dict | None:
    """The chart drawn from a canned query, shown on that query's page."""
    if not query_name or database != database_name(datasette):
        return None
    return next((c for c in charts_by_slug(datasette).values() if c["query"] == query_name), None)


@hookimpl
def extra_template_vars(template, datasette, database, request):
    """The chart list, for the home page and the menu of every chart page; a query page's own chart."""
    if template.startswith("query-") or template == "query.html":
        name = request.url_vars.get("table") if request is not None and request.url_vars else None
        chart = chart_for_query(datasette, database, name)
        return {"ncnd_query_chart": {"slug": chart["slug"], "title": chart["title"], "caption": chart.get("caption", "")} if chart else None}
    if template not in {"index.html", "ncnd_charts.html"}:
        return {}
    return {"ncnd_charts": [{"slug": c["slug"], "title": c["title"], "caption": c.get("caption", "")} for c in charts_by_slug(datasette).values()]}


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/charts"), "label": "Charts to embed"}]
