"""Schema answers (tables, hidden tables, FTS tables) come from memory until a build changes the data."""

import asyncio
import sqlite3

from tests.test_plugin_live_database import built_copy, live_datasette


def test_schema_answers_are_kept_until_the_data_changes(tmp_path):
    corpus, db_path = built_copy(tmp_path)
    ds = live_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    db = ds.get_database("ncnd")
    calls = []
    execute_fn = db.execute_fn

    async def counting(fn):
        calls.append(fn)
        return await execute_fn(fn)

    db.execute_fn = counting

    async def ask():
        spelling = await db.execute(
            "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase", ["NOTICES"]
        )
        assert [row[0] for row in spelling.rows] == ["notices"]
        return await db.table_names(), await db.hidden_table_names(), await db.fts_table("notices")

    asyncio.run(ask())  # the first read-only connection creates the write-ahead log: a new data version
    calls.clear()
    answers = db._ncnd_schema_cache
    answers.clear()
    tables, hidden, fts = asyncio.run(ask())
    assert "notices" in tables and fts == "notices_fts" and "notices_fts_data" in hidden
    asked = len(calls)
    assert asked >= 4
    tables.append("changed by a caller")
    again = asyncio.run(ask())
    assert len(calls) == asked  # answered from memory
    assert "changed by a caller" not in again[0] and again == (tables[:-1], hidden, fts)

    conn = sqlite3.connect(db_path)  # a build adds a table
    conn.execute("create table added_by_a_build (id text)")
    conn.commit()
    conn.close()
    assert "added_by_a_build" in asyncio.run(ask())[0]
    assert len(calls) > asked


def test_search_all_menu_link_is_decided_once_per_data_version(tmp_path):
    import datasette_search_all
    from datasette_search_all import utils

    corpus, db_path = built_copy(tmp_path)
    ds = live_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    walks = []
    walk = utils.iterate_searchable_tables

    async def counting(datasette, request):
        walks.append(1)
        async for found in walk(datasette, request):
            yield found

    datasette_search_all_iterate = utils.iterate_searchable_tables
    utils.iterate_searchable_tables = counting
    try:
        for _ in range(3):
            html = asyncio.run(ds.client.get("/ncnd/authorities")).text
            assert "Search all tables" in html  # the menu link is still there
        first = len(walks)
        assert first <= 2  # decided on the first page (and again if the first read made the log)
        conn = sqlite3.connect(db_path)  # a build changes the data
        conn.execute("create table added_by_a_build (id text)")
        conn.commit()
        conn.close()
        asyncio.run(ds.client.get("/ncnd/authorities"))
        assert len(walks) == first + 1
    finally:
        utils.iterate_searchable_tables = datasette_search_all_iterate
    assert datasette_search_all.has_searchable_tables._ncnd_cached
