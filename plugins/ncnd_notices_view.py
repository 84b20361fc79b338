"""/ncnd/notices shows a short set of columns unless the address asks for others.

The full text columns (request, response, body) and the technical ones (sha256, document path,
evidence, warnings) are on each notice's page; listing them made every table page read and render
megabytes at 100,000 notices. The default set is `default_columns` under `plugins: ncnd-notices:`
in metadata.yml. An address with its own ?_col= or ?_nocol=, and the JSON and CSV exports, are
left alone: they still give every column.
"""

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

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
