"""/-/databases.json without the server's file paths: where the database lives is nobody's business."""

from datasette import hookimpl
from datasette.utils.asgi import Response

HIDDEN = ("path",)


async def databases_without_paths(datasette):
    return Response.json(
        [{key: value for key, value in database.items() if key not in HIDDEN} for database in datasette._connected_databases()]
    )


@hookimpl
def register_routes():
    # Plugin routes come before Datasette's own, so this answers /-/databases and /-/databases.json.
    return [(r"^/-/databases(\.(?P<format>json))?$", databases_without_paths)]
