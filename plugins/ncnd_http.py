"""The bytes on the wire: gzip, a response cache that follows the data, long-lived static files.

Until the data changes, the same address gives the same page, so a page is made once and then served
from memory (a link shared widely is one query, not thousands), compressed once with gzip (asgi-gzip,
Starlette's GZipMiddleware on its own). Only anonymous GET and HEAD requests answered 200 without a
cookie are kept, up to `cache_mb` megabytes (least recently used go first). Requests for one address
that arrive while it is being made wait for it instead of making it again. Every page is dropped when
a build changes the database (ncnd.serving.version: the hash of an immutable file, or the identity,
size and mtime of a live file and its write-ahead log, read on each request).

Settings (metadata.yml, `plugins: ncnd-http:`): `cache_mb` (0 turns the cache off), `gzip_level`. The
environment variable NCND_RESPONSE_CACHE_MB overrides cache_mb (bench/serve.py measures with it at 0).
"""

from __future__ import annotations

import asyncio
import os
import re
from collections import OrderedDict

from asgi_gzip import GZipMiddleware
from datasette import hookimpl
from ncnd.serving.version import data_version

PLUGIN = "ncnd-http"
STATIC_PREFIXES = ("/-/static/", "/-/static-plugins/", "/static/")
# A file name with a content hash in it ("main.08f5d3d8.js") or a ?hash query never changes.
HASHED = re.compile(r"\.[0-9a-f]{8,}\.(?:js|css|map)$")
STATIC_MAX_AGE = 86400  # a day for files whose address does not change with their content
IMMUTABLE = b"public, max-age=31536000, immutable"
LARGEST_CACHED = 4 * 1024 * 1024  # one response; bigger ones (whole-table CSV) are streamed every time
NOT_COMPRESSED = (".db", ".png")
ARBITRARY_SQL = re.compile(rb"(?:^|&)(?:sql|_where)=")  # already compressed, or gigabytes (the database download)


class ResponseCache:
    """Whole responses by method, path, query and whether the client takes gzip."""

    def __init__(self, app, max_bytes: int, version=lambda: None):
        self.app = app
        self.max_bytes = max_bytes
        self.version = version  # what identifies the data; the cache is emptied when it changes
        self.current = None
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.pending: dict[tuple, asyncio.Event] = {}

    @staticmethod
    def key(scope) -> tuple | None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            return None
        headers = dict(scope.get("headers") or [])
        if b"cookie" in headers or b"authorization" in headers:
            return None  # a signed-in actor may see other pages
        if ARBITRARY_SQL.search(scope.get("query_string", b"")):
            return None  # a visitor's own SQL is queued and limited by ncnd_sql_limits, one request at a time
        return (scope["method"], scope["path"], scope.get("query_string", b""), b"gzip" in headers.get(b"accept-encoding", b""))

    async def __call__(self, scope, receive, send):
        key = self.key(scope)
        if key is None:
            return await self.app(scope, receive, send)
        version = self.version()
        if version != self.current:
            self.entries.clear()
            self.size = 0
            self.current = version
        while key in self.pending:  # someone is making this page now: wait for it
            await self.pending[key].wait()
        if key in self.entries:
            self.entries.move_to_end(key)
            start, body = self.entries[key]
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        done = self.pending[key] = asyncio.Event()
        try:
            await self._make(key, scope, receive, send, version)
        finally:
            del self.pending[key]
            done.set()

    async def _make(self, key, scope, receive, send, version):
        start, chunks, size, keep = None, [], 0, True

        async def capture(message):
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message["status"] == 200 and not any(name.lower() == b"set-cookie" for name, _ in message.get("headers", []))
            elif message["type"] == "http.response.body" and keep:
                size += len(message.get("body", b""))
                keep = size <= LARGEST_CACHED
                chunks.append(message.get("body", b"")) if keep else chunks.clear()
            await send(message)

        await self.app(scope, receive, capture)
        if keep and start is not None and self.version() == version == self.current:  # not made across a build
            self._store(key, start, b"".join(chunks))

    def _store(self, key, start, body):
        if len(body) > self.max_bytes:
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        self.entries[key] = ({"type": "http.response.start", "status": 200, "headers": headers}, body)
        self.size += len(body)
        while self.size > self.max_bytes:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)


def static_cache_control(path: str, query_string: bytes) -> bytes | None:
    """Cache-Control for a static file: a year when its address changes with its content, else a day."""
    if not path.startswith(STATIC_PREFIXES):
        return None
    if HASHED.search(path) or query_string:
        return IMMUTABLE
    return f"public, max-age={STATIC_MAX_AGE}".encode()


class StaticCacheHeaders:
    """Datasette serves static files without Cache-Control; browsers would ask again on every page."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        value = static_cache_control(scope.get("path", ""), scope.get("query_string", b"")) if scope["type"] == "http" else None
        if value is None:
            return await self.app(scope, receive, send)

        async def with_header(message):
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message = dict(message, headers=headers + [(b"cache-control", value)])
            await send(message)

        await self.app(scope, receive, with_header)


class CompressText:
    """gzip for pages, JSON, CSV and SVG; the database file and PNG images go out as they are."""

    def __init__(self, app, level: int):
        self.plain = app
        self.gzip = GZipMiddleware(app, minimum_size=500, compresslevel=level)

    async def __call__(self, scope, receive, send):
        plain = scope["type"] != "http" or scope.get("path", "").endswith(NOT_COMPRESSED)
        await (self.plain if plain else self.gzip)(scope, receive, send)


def data_versions(datasette):
    """A function giving the version of every database served: pages depend on all of them."""
    databases = [db for name, db in datasette.databases.items() if name not in {"_internal", "_memory"}]
    return lambda: tuple(data_version(db) for db in databases)


@hookimpl
def asgi_wrapper(datasette):
    config = datasette.plugin_config(PLUGIN) or {}
    cache_mb = float(os.environ.get("NCND_RESPONSE_CACHE_MB") or config.get("cache_mb", 64))
    level = int(config.get("gzip_level", 6))

    def wrap(app):
        app = CompressText(StaticCacheHeaders(app), level)
        if cache_mb > 0:
            app = ResponseCache(app, int(cache_mb * 1024 * 1024), data_versions(datasette))
        return app

    return wrap
