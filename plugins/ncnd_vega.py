"""datasette-vega's 922 KB script only where a chart is shown.

datasette-vega adds its script and styles to every page. Here they are added only to the canned
queries that come with a chart (a `fragment` in metadata.yml), which then open with their chart by
their plain address too: the chart settings are put into the address before datasette-vega reads
them. Every other table and query page gets a "Chart these rows" button that loads the script when
pressed (or at once when the address already asks for a chart, as a shared chart link does).
"""

import json

import datasette_vega
from datasette import hookimpl
from datasette.plugins import pm
from markupsafe import Markup

VEGA_JS = datasette_vega.cached_filepaths_for_extension("js")
VEGA_CSS = datasette_vega.cached_filepaths_for_extension("css")


def _silence_datasette_vega():
    """Its own hooks add the files to every page; ours below decide where they go."""
    for caller in (pm.hook.extra_js_urls, pm.hook.extra_css_urls):
        for impl in caller.get_hookimpls():
            if getattr(impl.plugin, "__name__", "") == "datasette_vega":
                impl.function = lambda *args, **kwargs: []


_silence_datasette_vega()


def chart_fragment(datasette, database, view_name, request) -> str | None:
    """The datasette-vega settings of the canned query this page shows, if it has a chart."""
    # Canned queries are served by the table route, so Datasette names their view "table" or "query".
    if view_name not in {"query", "table"} or request is None or not database:
        return None
    name = request.url_vars.get("table") if request.url_vars else None
    queries = (datasette.metadata("queries", database=database) or {}) if name else {}
    query = queries.get(name) if isinstance(queries, dict) else None
    return query.get("fragment") if isinstance(query, dict) else None


@hookimpl
def extra_js_urls(datasette, database, view_name, request):
    return list(VEGA_JS) if chart_fragment(datasette, database, view_name, request) else []


@hookimpl
def extra_css_urls(datasette, database, view_name, request):
    return list(VEGA_CSS) if chart_fragment(datasette, database, view_name, request) else []


LOADER = """
(function () {
  var fragment = %(fragment)s, js = %(js)s, css = %(css)s;
  if (fragment !== null) {
    if (!/g\\.mark=/.test(location.hash)) history.replaceState(null, "", location.pathname + location.search + "#" + fragment);
    return;
  }
  var table = document.querySelector("table.rows-and-columns");
  if (!table) return;
  function load() {
    css.forEach(function (href) { var l = document.createElement("link"); l.rel = "stylesheet"; l.href = href; document.head.appendChild(l); });
    js.forEach(function (src) {
      var s = document.createElement("script"); s.src = src;
      s.onload = function () { document.dispatchEvent(new Event("DOMContentLoaded")); };
      document.head.appendChild(s);
    });
  }
  if (/g\\.mark=/.test(location.hash)) return load();
  var button = document.createElement("button");
  button.type = "button"; button.className = "ncnd-chart-rows"; button.textContent = "Chart these rows";
  button.onclick = function () { button.remove(); load(); };
  table.parentNode.insertBefore(button, table);
})();
"""


@hookimpl
def extra_body_script(datasette, database, view_name, request):
    if view_name not in {"table", "query"}:
        return ""
    fragment = chart_fragment(datasette, database, view_name, request)
    return Markup(LOADER % {"fragment": json.dumps(fragment), "js": json.dumps(VEGA_JS), "css": json.dumps(VEGA_CSS)})
