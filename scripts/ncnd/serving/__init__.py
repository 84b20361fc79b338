"""What the published site reads, worked out once per build instead of once per page view.

The database is served immutable, so anything a page would compute from the whole table (the facet
counts of the unfiltered notices table, above all) is computed here at the end of every build, in the
build's transaction. This stage keeps no state of its own: it is recomputed in full each build (about
a second at 100,000 notices), so a change to it never forces the notices to be parsed again.
"""

from __future__ import annotations

from pathlib import Path

from .datapackage import write_datapackage
from .facets import FACETS, SCOPES, write_facet_counts

__all__ = ["FACETS", "SCOPES", "prepare_site", "write_facet_counts"]

# Indexes only the site needs.
SITE_INDEXES = [
    # Newest first, page after page (Datasette's next-page query orders by date, then id); doc_type is
    # here so the default UK-only list never reads a row it does not show.
    ("notices", ["date", "doc_type", "id"]),
    # The summary queries join notice_technologies or notice_exemptions to notices by id: this index
    # holds every column they read, so they never touch the table's rows (each carries the full text).
    ("notices", ["id", "authority_id", "doc_type", "year", "outcome", "ncnd", "ncnd_scope", "question_count", "date"]),
    # One covering index led by each facet column: a filter on any of them, and every facet counted
    # under it, reads index entries only.
    ("notices", ["authority_id", "doc_type", "ncnd", "ncnd_scope", "outcome", "year", "date", "id"]),
    ("notices", ["outcome", "year", "ncnd", "doc_type", "authority_id", "date", "id"]),
    ("notices", ["year", "outcome", "ncnd", "doc_type", "authority_id", "date", "id"]),
    ("notices", ["ncnd", "authority_id", "doc_type", "outcome", "year", "date", "id"]),
    ("notices", ["ncnd_scope", "authority_id", "doc_type", "outcome", "year", "date", "id"]),
    ("notices", ["doc_type", "outcome", "ncnd", "year", "authority_id", "question_count", "date", "id"]),
    # The consistency flags (about two per notice) listed and counted per police body.
    ("consistency_flags", ["kind", "authority_id", "technology_id", "notice_a"]),
    ("consistency_flags", ["authority_id", "kind", "notice_a"]),
]
# Partial indexes for the data-quality query: the few notices with warnings, or without a source address.
PARTIAL_INDEXES = [
    ("idx_notices_with_warnings", "notices", ["document_path"], "warning_count > 0"),
    ("idx_notices_without_source", "notices", ["document_path"], "coalesce(source_url, '') = ''"),
    ("idx_notices_unrecognised_authority", "notices", ["document_path"], "authority_id is null and doc_type != 'other'"),
]
# Facet and filter columns: every filter of /ncnd/notices reads one index. Statistics for the
# planner are sampled (analysis_limit), which takes milliseconds where a full ANALYZE takes seconds.
ANALYSIS_LIMIT = 1000


def unindexed_references(conn, table: str = "notices") -> list[tuple[str, str]]:
    """(table, column) of every foreign key to `table` whose column leads no index.

    A notice page counts the rows of every table that points at the notice ("rows in other tables");
    with an index each count is one lookup, without one a scan of that table on every page.
    """
    missing = []
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
    for other in tables:
        columns = {row[3] for row in conn.execute(f"pragma foreign_key_list([{other}])") if row[2] == table}
        if not columns:
            continue
        leading = set()
        for index in conn.execute(f"pragma index_list([{other}])"):
            first = conn.execute(f"pragma index_info([{index[1]}])").fetchone()
            if first is not None:
                leading.add(first[2])
        missing += [(other, column) for column in sorted(columns - leading)]
    return missing


def prepare_site(db, db_path: Path | None = None) -> None:
    """Indexes, precomputed counts and datapackage.json for the site.

    db is a sqlite_utils.Database inside the build's transaction; db_path is where the database will
    be once the build is done (datapackage.json is written beside it).
    """
    for table, columns in SITE_INDEXES:
        name = f"idx_{table}_{'_'.join(columns)}"
        db.execute(f"create index if not exists [{name}] on [{table}] ({', '.join(f'[{c}]' for c in columns)})")
    for name, table, columns, where in PARTIAL_INDEXES:
        db.execute(f"create index if not exists [{name}] on [{table}] ({', '.join(columns)}) where {where}")
    for table, column in unindexed_references(db.conn):
        db.execute(f"create index if not exists [idx_{table}_{column}] on [{table}] ([{column}])")
    write_facet_counts(db)
    if "sqlite_stat1" not in db.table_names():
        # Once per database (a full build starts a new file): a one-file rebuild barely moves the statistics,
        # and keeping the old ones keeps it fast.
        db.execute(f"pragma analysis_limit = {ANALYSIS_LIMIT}")
        db.execute("analyze")
    write_datapackage(db, db_path)
