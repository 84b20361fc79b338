"""/ncnd/notices shows a short set of columns unless the address asks for others.

The full text columns (request, response, body) and the technical ones (sha256, document path,
evidence, warnings) are on each notice's page; listing them made every table page read and render
megabytes at 100,000 notices. The default set is `default_columns` under `plugins: ncnd-notices:`
in metadata.yml. An address with its own ?_col= or ?_nocol=, and the JSON and CSV exports, are
left alone: they still give every column.
"""

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

# Arguments that choose which rows: kept in the CSV download link (the rest only change how rows are shown).
PRESENTATION = {"_col", "_nocol", "_size", "_next", "_facet_size", "_labels", "_label", "_sort", "_sort_desc"}

PLUGIN = "ncnd-notices"
PATH = "/ncnd/notices"


def with_default_columns(query_string: bytes, columns: list[str]) -> bytes:
    """b"year=2020" -> b"year=2020&_col=date&_col=..." unless columns were chosen already."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    if any(key in {"_col", "_nocol"} for key, _ in pairs):
        return query_string
    extra = urlencode([("_col", column) for column in columns])
    return (query_string.decode("latin-1") + ("&" if query_string else "") + extra).encode("latin-1")


@hookimpl
def asgi_wrapper(datasette):
    columns = (datasette.plugin_config(PLUGIN) or {}).get("default_columns") or []

    def wrap(app):
        if not columns:
            return app

        async def short_columns(scope, receive, send):
            if scope["type"] == "http" and scope.get("path") == PATH:
                scope = dict(scope, query_string=with_default_columns(scope.get("query_string", b""), columns))
            await app(scope, receive, send)

        return short_columns

    return wrap


async def other_documents(db) -> int:
    if "facet_counts" not in await db.table_names():
        return 0
    row = (await db.execute(
        "select (select sum(count) from facet_counts where scope = 'all' and facet = '_rows')"
        " - (select sum(count) from facet_counts where scope = 'uk' and facet = '_rows')"
    )).first()
    return (row[0] or 0) if row else 0


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    """The notices page's scope line (UK notices, other documents) and its download links."""
    if table != "notices" or request is None or not template.startswith("table"):
        return {}

    async def inner():
        rows_args = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True) if k not in PRESENTATION]
        path = datasette.urls.table(database, "notices")
        return {
            "ncnd_notices_view": {
                "uk_only": not request.args.get("_all") and not any(k.split("__")[0] == "doc_type" for k in request.args),
                "filtered": bool([k for k, _ in rows_args if k != "_all"]),
                "other_documents": await other_documents(datasette.get_database(database)),
                "other_url": path + "?doc_type=other",
                "all_url": path + "?_all=1",
                "uk_url": path,
                "csv": datasette.urls.table(database, "notices", format="csv") + "?" + urlencode(rows_args + [("_stream", "on"), ("_size", "max"), ("_labels", "off")]),
                "json": datasette.urls.path(f"/-/download/{database}/notices.json"),
                "datapackage": datasette.urls.path("/-/datapackage.json"),
                "feed": datasette.urls.query(database, "new_ncnd_notices") + ".atom",
            }
        }

    return inner
