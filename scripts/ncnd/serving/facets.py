"""Facet counts of the unfiltered notices table, precomputed per build.

Facets are declared once here and read by plugins/ncnd_facets.py: a column of notices, or a join table
(notice_technologies, notice_exemptions) whose rows say which notices name which technology or cite
which exemption. The join tables are counted directly; scanning the JSON arrays of 100,000 notices on
each page view made those two facets time out.

Scopes: `uk` is what /ncnd/notices shows by default (every document except `other`, which is not a UK
police FOI notice); `all` is every document (?_all=1). The row `_rows` holds each scope's row count.
"""

from __future__ import annotations

FACETS = {
    # name: (column of notices, or (join table, its column))
    "authority_id": "authority_id",
    "year": "year",
    "outcome": "outcome",
    "ncnd": "ncnd",
    "ncnd_scope": "ncnd_scope",
    "doc_type": "doc_type",
    "technology": ("notice_technologies", "technology_id"),
    "exemption": ("notice_exemptions", "exemption_id"),
}

SCOPES = ["uk", "all"]
OTHER = "other"  # the doc_type of documents that are not UK police FOI notices


def facet_sql(facet: str, where: str = "1") -> str:
    """Value and count for one facet over the notices matching `where`.

    With no condition every count reads one index (the join tables' own, or the column's); `uk` is
    then `all` less the few `other` documents, so no count scans the notices table.
    """
    spec = FACETS[facet]
    if isinstance(spec, tuple):
        table, column = spec
        if where == "1":
            return f"select [{column}] as value, count(*) as count from [{table}] group by [{column}]"
        return (
            f"select j.[{column}] as value, count(*) as count from notices n join [{table}] j on j.notice_id = n.id "
            f"where {where} group by j.[{column}]"
        )
    return f"select [{spec}] as value, count(*) as count from notices n where {where} and [{spec}] is not null group by [{spec}]"


def counts(db, where: str) -> dict[str, dict]:
    """{facet: {value: count}} and {"_rows": {None: rows}} for the notices matching `where`."""
    out = {"_rows": {None: db.execute(f"select count(*) from notices n where {where}").fetchone()[0]}}
    for facet in FACETS:
        out[facet] = dict(db.execute(facet_sql(facet, where)).fetchall())
    return out


def write_facet_counts(db) -> None:
    """Replace the facet_counts table: one row per scope, facet and value, and each scope's row count."""
    every = counts(db, "1")
    other = counts(db, f"n.doc_type = '{OTHER}'")
    scoped = {
        "all": every,
        "uk": {
            facet: {value: n - other[facet].get(value, 0) for value, n in values.items() if n - other[facet].get(value, 0) > 0 or facet == "_rows"}
            for facet, values in every.items()
        },
    }
    db.execute("drop table if exists facet_counts")
    # value has no declared type, so years and flags stay integers and ids stay text.
    db.execute("create table facet_counts (scope text, facet text, value, count integer, primary key (scope, facet, value))")
    db.conn.executemany(
        "insert into facet_counts (scope, facet, value, count) values (?, ?, ?, ?)",
        [(scope, facet, value, n) for scope in SCOPES for facet, values in scoped[scope].items() for value, n in values.items()],
    )
