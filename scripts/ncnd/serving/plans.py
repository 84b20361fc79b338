"""Which canned queries would read every row of notices: checked with EXPLAIN QUERY PLAN.

Each notices row carries the notice's full text, so a query that scans the table reads the whole
database (gigabytes at 100,000 notices). Reading an index is fine: a covering index holds every
column the query needs, and a partial index holds only the few rows it is about.
"""

from __future__ import annotations

import re

ALIAS = re.compile(r"\b(?:from|join)\s+notices\s+(?:as\s+)?(?!on\b|where\b|join\b|left\b|group\b|order\b)(\w+)", re.I)
PARAM = re.compile(r"(?<!:):(\w+)")
MISSING_FUNCTION = re.compile(r"no such function: (\w+)")


def partial_indexes(conn) -> set[str]:
    return {name for name, sql in conn.execute("select name, sql from sqlite_master where type = 'index' and sql like '% where %'")}


def full_scans(conn, sql: str, partial: set[str] | None = None) -> list[str]:
    """The plan lines of `sql` that scan notices' rows ("SCAN n", "SCAN n USING INDEX x" without COVERING)."""
    names = {"notices"} | {m.group(1) for m in ALIAS.finditer(sql)}
    partial = partial_indexes(conn) if partial is None else partial
    params = {name: "x" for name in PARAM.findall(sql)}
    bad = []
    for *_, detail in plan(conn, sql, params):
        match = re.match(r"SCAN (\w+)", detail)
        if not match or match.group(1) not in names or "COVERING INDEX" in detail:
            continue
        index = re.search(r"USING INDEX (\w+)", detail)
        if index and index.group(1) in partial:
            continue
        bad.append(detail)
    return bad


def plan(conn, sql: str, params: dict) -> list[tuple]:
    """EXPLAIN QUERY PLAN rows. The SQL functions our plugins add (outcome_label, pct...) are stood in for
    by functions that do nothing: planning only needs them to exist."""
    for _ in range(50):
        try:
            return conn.execute("explain query plan " + sql, params).fetchall()
        except Exception as error:  # sqlite3.OperationalError
            missing = MISSING_FUNCTION.search(str(error))
            if not missing:
                raise
            conn.create_function(missing.group(1), -1, lambda *args: None)
    raise RuntimeError("too many unknown functions")
