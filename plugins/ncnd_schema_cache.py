"""Questions about the database's schema answered from memory until the data changes.

Datasette 0.65 asks SQLite again on every page which tables exist, which are hidden, which have a
full-text index, their columns and keys, and how a table's name is spelled (once per permission check):
about ten SQL thread calls a page (datasette-search-all's menu link alone walks every table's FTS state),
a few milliseconds each under load. The schema of the
served file only changes when a build writes to it, and then its data version changes
(ncnd.serving.version: the hash of an immutable file; the identity, size and mtime of a live file and
of its write-ahead log), so each answer is kept per (question, data version). In-memory databases
(Datasette's own _internal) have no version and are always asked. datasette-search-all's decision to
show its menu link, which walks every table, is kept the same way for anonymous visitors.
"""

from __future__ import annotations

import functools

from datasette import hookimpl
from ncnd.serving.version import data_version

# Database methods whose answers depend only on the schema; each returns a list, a string or None.
CACHED = (
    "table_names",
    "view_names",
    "hidden_table_names",
    "fts_table",
    "primary_keys",
    "table_columns",
    "table_column_details",
    "label_column_for_table",
    "foreign_keys_for_table",
)


# Datasette 0.65.5's permission_allowed() asks this for every view-table check (four on a notice page).
TABLE_SPELLING = "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"


def _copy(value):
    """A fresh list (of fresh dicts) each time: callers may change what they are given."""
    if isinstance(value, list):
        return [dict(item) if isinstance(item, dict) else item for item in value]
    return value


def cache_schema(db) -> None:
    """Replace the schema methods of one file database with versions that remember their answers."""
    if getattr(db, "_ncnd_schema_cache", None) is not None or db.is_memory or not db.path:
        return
    answers: dict = {}
    db._ncnd_schema_cache = answers

    def cached(name, original):
        @functools.wraps(original)
        async def method(*args):
            version = data_version(db)
            if version is None:
                return await original(*args)
            key = (name, args)
            found = answers.get(key)
            if found is None or found[0] != version:
                found = answers[key] = (version, await original(*args))
            return _copy(found[1])

        return method

    for name in CACHED:
        setattr(db, name, cached(name, getattr(db, name)))

    execute = db.execute

    @functools.wraps(execute)
    async def execute_or_recall(sql, params=None, *args, **kwargs):
        """Datasette's own lookup of a table's spelling, run for every permission check: recalled."""
        version = data_version(db) if sql == TABLE_SPELLING and not args and not kwargs else None
        if version is None:
            return await execute(sql, params, *args, **kwargs)
        key = ("spelling", tuple(params or ()))
        found = answers.get(key)
        if found is None or found[0] != version:
            found = answers[key] = (version, await execute(sql, params))
        return found[1]

    db.execute = execute_or_recall


def cache_search_all_menu() -> None:
    """datasette-search-all decides on every page whether to show its "Search all tables" link by walking
    every table of every database (about 30 awaited schema questions and a permission check): for an
    anonymous visitor the answer only changes with the data, so it is kept per data version."""
    try:
        import datasette_search_all as search_all
    except ImportError:
        return
    original = search_all.has_searchable_tables
    if getattr(original, "_ncnd_cached", False):
        return
    answers: dict = {}

    async def has_searchable_tables(datasette, request):
        versions = tuple(data_version(db) for db in datasette.databases.values() if not db.is_memory)
        if request is None or request.actor is not None or None in versions:
            return await original(datasette, request)  # a signed-in actor may see other tables
        key = (id(datasette), versions)
        if key not in answers:
            answers.clear()
            answers[key] = await original(datasette, request)
        return answers[key]

    has_searchable_tables._ncnd_cached = True
    search_all.has_searchable_tables = has_searchable_tables


@hookimpl
def startup(datasette):
    for db in datasette.databases.values():
        cache_schema(db)
    cache_search_all_menu()
