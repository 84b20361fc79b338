"""Downloads of everything: whole tables as JSON, and the data package that describes them.

  /-/download/<database>/<table>.json   every row of a table as one JSON array, streamed in batches
                                        (Datasette's own JSON stops at max_returned_rows a page)
  /-/datapackage.json                   the Frictionless Data Package the build wrote beside the
                                        database, its CSV paths made into this site's addresses

Whole tables as CSV are Datasette's own: <table>.csv?_stream=on&_size=max.
"""

import json
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import AsgiStream, NotFound, Response

BATCH = 1000


def csv_url(datasette, request, database: str, table: str) -> str:
    return datasette.absolute_url(request, datasette.urls.table(database, table, format="csv")) + "?_stream=on&_size=max&_labels=off"


async def visible_table(datasette, database: str, table: str) -> bool:
    if database not in datasette.databases:
        return False
    db = datasette.get_database(database)
    if table not in await db.table_names() or table.startswith("sqlite_"):
        return False
    return table not in set(await db.hidden_table_names())


async def table_json(request, datasette):
    database, table = request.url_vars["database"], request.url_vars["table"]
    if not await visible_table(datasette, database, table):
        raise NotFound(f"no table {table} in {database}")
    db = datasette.get_database(database)

    async def stream(writer):
        await writer.write("[")
        last, first = None, True
        while True:
            where = "" if last is None else "where rowid > :last"
            results = await db.execute(
                f"select rowid as _rowid, * from [{table}] {where} order by rowid limit {BATCH}", {"last": last}, truncate=False
            )
            rows = results.rows
            if not rows:
                break
            chunk = []
            for row in rows:
                item = dict(row)
                last = item.pop("_rowid")
                chunk.append(json.dumps(item, ensure_ascii=False, default=str))
            await writer.write(("" if first else ",\n") + ",\n".join(chunk))
            first = False
        await writer.write("]\n")

    return AsgiStream(
        stream,
        content_type="application/json; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{table}.json"', "Access-Control-Allow-Origin": "*"},
    )


async def datapackage(request, datasette):
    database = next((name for name in datasette.databases if name not in {"_internal", "_memory"}), None)
    path = datasette.get_database(database).path if database else None
    target = Path(path).with_name("datapackage.json") if path else None
    if target is None or not target.exists():
        raise NotFound("this database was built without a datapackage.json: run `ncnd build`")
    package = json.loads(target.read_text(encoding="utf-8"))
    for resource in package.get("resources", []):
        resource["path"] = csv_url(datasette, request, database, resource.get("title") or resource["name"])
    return Response.json(package, headers={"Access-Control-Allow-Origin": "*"})


@hookimpl
def register_routes():
    return [
        (r"^/-/download/(?P<database>[^/]+)/(?P<table>[A-Za-z0-9_]+)\.json$", table_json),
        (r"^/-/datapackage\.json$", datapackage),
    ]
