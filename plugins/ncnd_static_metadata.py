"""Table permissions read from metadata once, not on every page.

Datasette 0.65.5 works out a table's `allow` rules by deep-copying the whole metadata on each
permission check, several times a page. Our metadata (descriptions, 27 canned queries, chart specs)
made that about a quarter of a notice page's time. metadata.yml does not change while `ncnd serve`
runs, so the answer for a (database, table) pair is remembered. The rules themselves are Datasette's.
"""

from functools import lru_cache

from datasette import hookimpl


@hookimpl
def startup(datasette):
    original = datasette._table_permission_allows
    if getattr(original, "cache_info", None):
        return

    @lru_cache(maxsize=4096)
    def cached(database, table):
        return tuple(original(database, table))

    datasette._table_permission_allows = lambda database, table: list(cached(database, table))
    datasette._table_permission_allows.cache_info = cached.cache_info
