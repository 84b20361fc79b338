"""Anonymous SQL cannot hurt the site.

Every connection gets SQLite limits (the largest value, expression depth, LIKE pattern length), the
process a cap on SQLite's heap, and every query a cap on the bytes of the rows it hands to a page: a
query such as ``select zeroblob(1000000000)`` answers a clear error at once instead of taking gigabytes.
SQL a visitor writes (``?sql=``, a table's ``?_where=``) runs with a shorter time limit, only a few such
queries at a time, and no more than a share of the server's time: Datasette's few SQL threads and its one
event loop stay free for the canned pages.

Settings (numbers) come from ``plugins: ncnd-sql-limits:`` in metadata.yml.
"""

import asyncio
import html
import json
import re
import sqlite3
import threading
import time
import weakref
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response

PLUGIN = "ncnd-sql-limits"
MB = 1024 * 1024
DEFAULTS = {
    "max_value_mb": 64,  # SQLITE_LIMIT_LENGTH: the largest string or blob (a 20 MB notice decodes to less)
    "max_result_mb": 32,  # bytes of the rows one query returns to a page
    "heap_limit_mb": 256,  # SQLite's memory, all connections of the server together
    "max_expr_depth": 200,
    "max_like_pattern": 200,
    "max_printf_width": 100000,  # printf('%.*c', 1000000000, 'x') loops a billion times in one step
    "max_compound_select": 50,
    "adhoc_time_limit_ms": 1000,  # SQL written by a visitor; canned pages keep sql_time_limit_ms
    "adhoc_concurrency": 1,  # visitor SQL queries running at once; the others wait...
    "adhoc_wait_ms": 2000,  # ...this long, then get a 429
    "adhoc_share": 0.25,  # visitor SQL may take at most this share of the server's time, over...
    "adhoc_burst_s": 5,  # ...a budget of this many seconds that refills at adhoc_share seconds a second
}
ADHOC_PARAMETERS = {"sql", "_where"}
_semaphores = weakref.WeakKeyDictionary()  # one per event loop (tests start several)
_budgets = weakref.WeakKeyDictionary()


class TimeBudget:
    """Seconds of visitor SQL the server may still spend: refilled at `share` seconds a second up to
    `burst`, spent by each visitor query's time. Empty, it refuses visitor SQL until it refills, so that a
    stream of slow queries cannot take more than its share of the server however many clients send it."""

    def __init__(self, share: float, burst: float):
        self.share, self.burst = share, burst
        self.left, self.at = burst, time.monotonic()

    def refill(self) -> float:
        now = time.monotonic()
        self.left = min(self.burst, self.left + (now - self.at) * self.share)
        self.at = now
        return self.left

    def spend(self, seconds: float) -> None:
        self.refill()
        self.left -= seconds


def settings(datasette) -> dict:
    return DEFAULTS | (datasette.plugin_config(PLUGIN) or {})


class ResultBudget:
    """A row factory that counts the bytes of one query's rows and stops the query past the limit.

    Datasette fetches up to max_returned_rows rows into a list before it renders anything; without a
    budget, 2,000 rows of 60 MB values would all be held at once.
    """

    def __init__(self, factory, limit: int):
        self.factory, self.limit = factory, limit
        self.cursor, self.used = None, 0

    def __call__(self, cursor, row):
        if self.cursor is None or self.cursor() is not cursor:  # a new query: a new budget
            self.cursor, self.used = weakref.ref(cursor), 0
        self.used += sum(len(value) if isinstance(value, (str, bytes)) else 8 for value in row)
        if self.used > self.limit:
            raise sqlite3.OperationalError(
                f"result too large: the rows of this query pass {self.limit // MB} MB; ask for fewer rows or columns"
            )
        return self.factory(cursor, row)


# One printf conversion, e.g. "%-10.3f", "%.*c", "%lld" (flags, width, precision, size, type).
PRINTF_SPEC = re.compile(r"%([-+ 0#,!]*)(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?(.)", re.S)
_helpers = threading.local()


def _number(value) -> int:
    try:
        return abs(int(float(value)))
    except (TypeError, ValueError, OverflowError):
        return 0


def printf_widths(fmt: str, args) -> list[int]:
    """The widths and precisions printf('%5.*c', 7, 'x') would use: [5, 7]."""
    widths, arg = [], 0
    for match in PRINTF_SPEC.finditer(fmt or ""):
        _, width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        for part in (width, precision):
            if part == "*":
                widths.append(_number(args[arg]) if arg < len(args) else 0)
                arg += 1
            elif part:
                widths.append(_number(part))
        arg += 1
    return widths


def make_printf(max_width: int):
    """SQLite's printf(), refusing widths and precisions past max_width before SQLite sees them."""

    def printf(fmt, *args):
        if any(width > max_width for width in printf_widths(str(fmt) if fmt is not None else "", args)):
            raise ValueError(f"printf width or precision over {max_width}")
        helper = getattr(_helpers, "conn", None)
        if helper is None:  # a plain connection keeps the built-in printf
            helper = _helpers.conn = sqlite3.connect(":memory:", check_same_thread=False)
        marks = ", ".join("?" * (len(args) + 1))
        return helper.execute(f"select printf({marks})", (fmt, *args)).fetchone()[0]

    return printf


@hookimpl
def prepare_connection(conn, database, datasette):
    config = settings(datasette)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, int(config["max_value_mb"] * MB))
    conn.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, int(config["max_expr_depth"]))
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, int(config["max_like_pattern"]))
    conn.setlimit(sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, int(config["max_compound_select"]))
    # Process-wide: past it SQLite answers "out of memory" to the query that asked, not to the kernel.
    if config["heap_limit_mb"]:
        conn.execute(f"pragma hard_heap_limit = {int(config['heap_limit_mb'] * MB)}")
    conn.row_factory = ResultBudget(conn.row_factory or sqlite3.Row, int(config["max_result_mb"] * MB))
    printf = make_printf(int(config["max_printf_width"]))
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)


@hookimpl
def handle_exception(datasette, request, exception):
    """A value or result past a limit is the visitor's query's fault: a 400 saying so, not a 500."""
    message = str(exception)
    too_big = isinstance(exception, sqlite3.DataError) or (
        isinstance(exception, sqlite3.OperationalError) and ("result too large" in message or "out of memory" in message)
    )
    if not too_big:
        return None
    message = f"{message}: this query asks for more than the site gives one query"
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": 400}, status=400)
    return Response.html(f"<!DOCTYPE html><title>Query too large</title><h1>Query too large</h1><p>{html.escape(message)}</p>", status=400)


def is_adhoc(pairs) -> bool:
    return any(key in ADHOC_PARAMETERS and value.strip() for key, value in pairs)


def with_time_limit(pairs, limit_ms: int | None) -> list:
    """The query string with _timelimit at most limit_ms (a value that is not a number is dropped:
    Datasette would answer it with a 500)."""
    asked = [value for key, value in pairs if key == "_timelimit"]
    kept = [(key, value) for key, value in pairs if key != "_timelimit"]
    valid = [int(v) for v in asked if v.strip().isdigit() and int(v) > 0]
    if limit_ms is not None:
        valid.append(limit_ms)
    if valid:
        kept.append(("_timelimit", str(min(valid))))
    return kept


async def refuse(send, status: int, message: str):
    body = json.dumps({"ok": False, "error": message, "status": status}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"retry-after", b"2"),
                    (b"cache-control", b"no-store")],
    })
    await send({"type": "http.response.body", "body": body})


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def limited(scope, receive, send):
            if scope["type"] != "http" or not scope.get("query_string"):
                return await app(scope, receive, send)
            # latin-1 both ways: every byte of the query string comes back as it was
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True, encoding="latin-1")
            adhoc = is_adhoc(pairs)
            if not adhoc and not any(key == "_timelimit" for key, _ in pairs):
                return await app(scope, receive, send)
            config = settings(datasette)
            query = urlencode(with_time_limit(pairs, int(config["adhoc_time_limit_ms"]) if adhoc else None), encoding="latin-1")
            scope = dict(scope, query_string=query.encode("latin-1"))
            if not adhoc:
                return await app(scope, receive, send)
            loop = asyncio.get_running_loop()
            semaphore = _semaphores.get(loop)
            if semaphore is None:
                semaphore = _semaphores[loop] = asyncio.Semaphore(int(config["adhoc_concurrency"]))
                _budgets[loop] = TimeBudget(float(config["adhoc_share"]), float(config["adhoc_burst_s"]))
            budget = _budgets[loop]
            if budget.refill() <= 0:
                return await refuse(send, 429, "the server has spent its time for SQL queries: try again in a few seconds")
            try:
                await asyncio.wait_for(semaphore.acquire(), int(config["adhoc_wait_ms"]) / 1000)
            except asyncio.TimeoutError:
                return await refuse(send, 429, "too many SQL queries are running: try again in a few seconds")
            started = time.monotonic()
            try:
                await app(scope, receive, send)
            finally:
                semaphore.release()
                budget.spend(time.monotonic() - started)

        return limited

    return wrap
