"""What the published site reads, worked out once per build instead of once per page view.

The database is served immutable, so anything a page would compute from the whole table (the facet
counts of the unfiltered notices table, above all) is computed here at the end of every build, in the
build's transaction. This stage keeps no state of its own: it is recomputed in full each build (about
a second at 100,000 notices), so a change to it never forces the notices to be parsed again.
"""

from __future__ import annotations

from .facets import FACETS, SCOPES, write_facet_counts

__all__ = ["FACETS", "SCOPES", "prepare_site", "write_facet_counts"]

# Indexes only the site needs: the notices table is listed newest first, page after page
# (Datasette's next-page query orders by date, then id).
SITE_INDEXES = [
    ("notices", ["date", "id"]),
]
# Facet and filter columns: every filter of /ncnd/notices reads one index. Statistics for the
# planner are sampled (analysis_limit), which takes milliseconds where a full ANALYZE takes seconds.
ANALYSIS_LIMIT = 1000


def prepare_site(db) -> None:
    """Indexes and precomputed counts for the site; db is a sqlite_utils.Database inside the build's transaction."""
    for table, columns in SITE_INDEXES:
        name = f"idx_{table}_{'_'.join(columns)}"
        db.execute(f"create index if not exists [{name}] on [{table}] ({', '.join(f'[{c}]' for c in columns)})")
    write_facet_counts(db)
    db.execute(f"pragma analysis_limit = {ANALYSIS_LIMIT}")
    db.execute("analyze")
