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
