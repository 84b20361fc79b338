"""The analysis tables, declared once in the same form as ncnd.schema.TABLES.

They are derived entirely from notices, passages and questions: a full analysis writes every row, a
rebuild only the rows the changed notices reach. The internal tables at the end hold what a rebuild
reads instead of the whole corpus; like analysis_sketches, analysis_stages and analysis_state they
are hidden when publishing.
"""

TABLES = {
    "request_families": {
        "columns": {
            "id": str,  # "rf-" + hash of the representative request's normalised wording
            "representative_notice_id": str,
            "representative_text": str,
            "size": int,  # notices in the family (always 2 or more)
            "authority_count": int,
            "ncnd_count": int,  # notices that neither confirm nor deny (some or all)
            "disclosed_count": int,  # notices that disclosed some or all of what was asked
            "first_date": str,
            "last_date": str,
        },
        "pk": "id",
        "foreign_keys": [("representative_notice_id", "notices", "id")],
    },
    "request_family_members": {
        "columns": {
            "family_id": str,
            "notice_id": str,
            "similarity": float,  # estimated Jaccard similarity to the representative request
        },
        "pk": ("family_id", "notice_id"),
        "foreign_keys": [("family_id", "request_families", "id"), ("notice_id", "notices", "id")],
    },
    "template_families": {
        "columns": {
            "id": str,  # "tf-" + hash of the representative paragraph's normalised wording
            "representative_text": str,
            "passage_count": int,
            "notice_count": int,
            "authority_count": int,  # always 2 or more: wording shared between authorities
            "first_seen": str,
            "last_seen": str,
            "first_notice_id": str,  # the earliest dated notice using it
            "first_authority_id": str,
            "request_family_id": str,  # the request family most of its notices answer
            "request_family_share": float,  # share of its notices in that family (1.0: quoted request wording)
        },
        "pk": "id",
        "foreign_keys": [
            ("first_notice_id", "notices", "id"),
            ("first_authority_id", "authorities", "id"),
            ("request_family_id", "request_families", "id"),
        ],
    },
    "passage_templates": {
        "columns": {
            "notice_id": str,
            "seq": int,  # with notice_id, the passage (passages.notice_id, passages.seq)
            "family_id": str,
            "similarity": float,  # estimated Jaccard similarity to the family's representative
        },
        "pk": ("notice_id", "seq"),
        "foreign_keys": [("notice_id", "notices", "id"), ("family_id", "template_families", "id")],
    },
    "notice_templating": {
        "columns": {
            "notice_id": str,
            "templated_passages": int,
            "templated_chars": int,
            "total_chars": int,  # characters of all response and other passages
            "share": float,  # templated_chars / total_chars
        },
        "pk": "notice_id",
        "foreign_keys": [("notice_id", "notices", "id")],
    },
    "lifecycle_links": {
        "columns": {
            "from_notice_id": str,  # the earlier stage
            "to_notice_id": str,  # the later stage
            "link_type": str,  # internal_review | ico_decision | tribunal | same_reference
            "method": str,  # reference | request
            "evidence": str,
        },
        "pk": ("from_notice_id", "to_notice_id", "link_type"),
        "foreign_keys": [("from_notice_id", "notices", "id"), ("to_notice_id", "notices", "id")],
    },
    "consistency_flags": {
        "columns": {
            "id": str,
            "kind": str,  # same_authority_confirms_and_ncnds | same_authority_denies_and_ncnds | family_split
            "authority_id": str,  # the authority of notice_a (the NCND)
            "other_authority_id": str,  # the authority of notice_b
            "technology_id": str,
            "family_id": str,  # request family, for family_split
            "notice_a": str,  # the notice that neither confirmed nor denied
            "notice_b": str,  # the notice that confirmed, disclosed or denied
            "explanation": str,
        },
        "pk": "id",
        "foreign_keys": [
            ("authority_id", "authorities", "id"),
            ("other_authority_id", "authorities", "id"),
            ("technology_id", "technologies", "id"),
            ("family_id", "request_families", "id"),
            ("notice_a", "notices", "id"),
            ("notice_b", "notices", "id"),
        ],
    },
}

INDEXES = [
    ("request_family_members", ["notice_id"]),
    ("passage_templates", ["family_id"]),
    ("lifecycle_links", ["to_notice_id"]),
    ("consistency_flags", ["notice_a"]),
    ("consistency_flags", ["notice_b"]),
    ("consistency_flags", ["kind"]),
    # a rebuild replaces the flags of one (authority, technology) or one family at a time
    ("consistency_flags", ["authority_id", "technology_id"]),
    ("consistency_flags", ["family_id"]),
]


def create(db) -> None:
    for name, spec in TABLES.items():
        db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []), if_not_exists=True)
    for table, columns in INDEXES:
        db[table].create_index(columns, if_not_exists=True)


def rewrite(db, name: str, rows: list) -> None:
    """Drop, recreate and fill one table, indexing it after the rows are in (much faster than deleting
    and inserting row by row into a live index, which matters for a million passage rows).

    Rows are dicts, or tuples in the column order of TABLES (for the tables with millions of rows).
    """
    spec = TABLES[name]
    columns = list(spec["columns"])
    db[name].drop(ignore=True)
    db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
    if rows:
        sql = f"insert into [{name}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
        if isinstance(rows[0], dict):
            rows = [[row.get(c) for c in columns] for row in rows]
        db.conn.executemany(sql, rows)
    for table, index_columns in INDEXES:
        if table == name:
            db[table].create_index(index_columns, if_not_exists=True)


REWRITE_SHARE = 0.2  # past this share of changed rows, dropping and refilling a table is faster


def _key_columns(name: str) -> list[str]:
    pk = TABLES[name]["pk"]
    return [pk] if isinstance(pk, str) else list(pk)


def update(db, name: str, rows: list) -> dict:
    """Make the table hold exactly these rows, deleting and inserting only the rows that differ.

    A rebuild after one notice changed leaves nearly every row as it was; reading a million rows and
    comparing them costs a fraction of dropping, refilling and re-indexing the table. The result is
    the same set of rows as rewrite() gives.
    """
    spec = TABLES[name]
    columns = list(spec["columns"])
    if name not in db.table_names() or [c.name for c in db[name].columns] != columns:
        rewrite(db, name, rows)
        return {"rewritten": len(rows)}
    new = {tuple(row.get(c) for c in columns) if isinstance(row, dict) else tuple(row) for row in rows}
    old = set(db.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{name}]").fetchall())
    stale, fresh = old - new, new - old
    if len(stale) + len(fresh) > REWRITE_SHARE * max(len(new), 1) + 1000:
        rewrite(db, name, rows)
        return {"rewritten": len(rows)}
    keys = _key_columns(name)
    positions = [columns.index(k) for k in keys]
    where = " and ".join(f"[{k}] = ?" for k in keys)
    db.conn.executemany(f"delete from [{name}] where {where}", [[row[i] for i in positions] for row in stale])
    sql = f"insert into [{name}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, sorted(fresh, key=lambda row: [str(v) for v in row]))
    return {"deleted": len(stale), "inserted": len(fresh)}


# Internal state that lets a rebuild touch only what a changed notice touches; hidden when publishing.
# analysis_passages: every answer passage the template families are made of, with its notice's date as
# a day number, indexed by wording then day so a family's first and last use are found without a scan
# (and then by text, so a text's last use is found without a second index).
# analysis_postings: (kind, term) -> notice, for the lookups a rebuild needs: which notices carry a
# reference ("reference"), quote one ("quote"), answer on a technology for an authority ("group":
# "authority\ttechnology"), or use a question or request text ("text": its analysis_sketches key).
INTERNAL_SQL = {
    "analysis_passages": [
        """create table if not exists analysis_passages (
            notice_id text not null, seq integer not null, chars integer, text_key integer, form integer,
            day integer, primary key (notice_id, seq)) without rowid""",
        "create index if not exists analysis_passages_form on analysis_passages (form, day, notice_id, seq, text_key)",
    ],
    "analysis_postings": [
        """create table if not exists analysis_postings (
            kind text not null, term not null, notice_id text not null, primary key (kind, term, notice_id)) without rowid""",
        "create index if not exists analysis_postings_notice on analysis_postings (notice_id)",
    ],
}
INTERNAL_TABLES = list(INTERNAL_SQL)


def create_internal(db, name: str | None = None, indexes: bool = True) -> None:
    """Create the internal tables (or one of them); without indexes when about to be filled in bulk."""
    for table, statements in INTERNAL_SQL.items():
        if name in (None, table):
            for sql in statements if indexes else statements[:1]:
                db.execute(sql)


def refill_internal(db, name: str, sql: str, rows) -> None:
    """Drop, recreate and fill an internal table, indexing it after the rows are in."""
    db.execute(f"drop table if exists [{name}]")
    create_internal(db, name, indexes=False)
    db.conn.executemany(sql, rows)
    create_internal(db, name)
