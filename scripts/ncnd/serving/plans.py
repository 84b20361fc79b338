"""Which canned queries would read every row of notices: checked with EXPLAIN QUERY PLAN.

Each notices row carries the notice's full text, so a query that scans the table reads the whole
database (gigabytes at 100,000 notices). Reading an index is fine: a covering index holds every
column the query needs, and a partial index holds only the few rows it is about.
"""

from __future__ import annotations

import re

ALIAS = re.compile(r"\b(?:from|join)\s+notices\s+(?:as\s+)?(?!on\b|where\b|join\b|left\b|group\b|order\b)(\w+)", re.I)
PARAM = re.compile(r"(?<!:):(\w+)")
# The SQL functions our plugins add (plugins/ncnd_sql_functions.py); planning a query needs them to exist.
PLUGIN_FUNCTIONS = {"outcome_label": (1, 2), "ncnd_label": (1,), "doc_type_label": (1,), "json_join": (1, 2),
                    "exemption_sections": (1,), "pct": (2,), "escape_fts": (1,), "mark_citations": (2,)}


def partial_indexes(conn) -> set[str]:
    return {name for name, sql in conn.execute("select name, sql from sqlite_master where type = 'index' and sql like '% where %'")}


def full_scans(conn, sql: str, partial: set[str] | None = None) -> list[str]:
    """The plan lines of `sql` that scan notices' rows ("SCAN n", "SCAN n USING INDEX x" without COVERING)."""
    for name, arities in PLUGIN_FUNCTIONS.items():
        for arity in arities:
            conn.create_function(name, arity, lambda *args: None)
    names = {"notices"} | {m.group(1) for m in ALIAS.finditer(sql)}
    partial = partial_indexes(conn) if partial is None else partial
    params = {name: "x" for name in PARAM.findall(sql)}
    bad = []
    for *_, detail in conn.execute("explain query plan " + sql, params).fetchall():
        match = re.match(r"SCAN (\w+)", detail)
        if not match or match.group(1) not in names or "COVERING INDEX" in detail:
            continue
        index = re.search(r"USING INDEX (\w+)", detail)
        if index and index.group(1) in partial:
            continue
        bad.append(detail)
    return bad
