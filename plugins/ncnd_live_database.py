"""The server follows rebuilds without a restart.

`ncnd serve` opens the database read-only in WAL mode (not immutable): an incremental build commits in
place and every query sees the rows before or after that commit, never a mix. A full build writes a new
file and renames it over the old one; this plugin notices the new file (its inode changes) on the next
request, and from then on each SQL thread opens the new file the next time it runs a query, closing its
connection to the old one itself, so that no connection is closed under a query.

Datasette 0.65 keeps one connection per thread and database name; the plugin replaces that one method of
each file database it serves (Database.execute_fn) with the same logic keyed by the file's identity.
Setting: ``check_every_ms`` (how often a request may stat the file; 0 means every request).
"""

import asyncio
import os
import threading
import time

from datasette import hookimpl

PLUGIN = "ncnd-live-database"


def file_identity(path: str):
    """What changes when a new file is renamed over the path: (device, inode)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class LiveFile:
    """One served file: its current identity, and connections per SQL thread that follow it."""

    def __init__(self, datasette, db):
        self.datasette, self.db = datasette, db
        self.identity = file_identity(db.path)
        self.checked = time.monotonic()
        self.local = threading.local()
        self.swaps = 0

    def check(self, every_s: float) -> None:
        now = time.monotonic()
        if now - self.checked < every_s:
            return
        self.checked = now
        identity = file_identity(self.db.path)
        if identity is not None and identity != self.identity:
            self.identity = identity
            self.swaps += 1
            # Sizes, hashes and counts Datasette cached belong to the old file.
            self.db.cached_hash = self.db.cached_size = self.db._cached_table_counts = None

    def connection(self, identity):
        """This thread's connection to the file with this identity (runs in a SQL thread)."""
        local = self.local
        conn = getattr(local, "conn", None)
        if conn is not None and local.identity == identity:
            return conn
        if conn is not None:  # this thread's connection to the old file: only this thread ever used it
            conn.close()
            if conn in self.db._all_file_connections:
                self.db._all_file_connections.remove(conn)
        conn = self.db.connect()
        self.datasette._prepare_connection(conn, self.db.name)
        local.conn, local.identity = conn, identity
        return conn

    async def execute_fn(self, fn):
        identity = self.identity  # read in the event loop: a query uses one file from start to end
        if self.datasette.executor is None:
            return fn(self.connection(identity))
        return await asyncio.get_running_loop().run_in_executor(self.datasette.executor, lambda: fn(self.connection(identity)))


def live_files(datasette) -> list:
    """A LiveFile for every mutable file database, made on first use."""
    files = getattr(datasette, "_ncnd_live_files", None)
    if files is None:
        files = []
        for db in datasette.databases.values():
            if db.is_mutable and not db.is_memory and db.path:
                live = LiveFile(datasette, db)
                db.execute_fn = live.execute_fn
                files.append(live)
        datasette._ncnd_live_files = files
    return files


@hookimpl
def startup(datasette):
    live_files(datasette)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def follow(scope, receive, send):
            if scope["type"] == "http":
                every_s = float((datasette.plugin_config(PLUGIN) or {}).get("check_every_ms", 0)) / 1000
                for live in live_files(datasette):
                    live.check(every_s)
            await app(scope, receive, send)

        return follow

    return wrap
