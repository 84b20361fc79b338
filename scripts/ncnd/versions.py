"""document_versions: each source address's corpus files over time, from corpus/sources.csv.

`ncnd fetch` never overwrites: a page that changed is a new file with a new manifest row, and a page that
answered 404/410 has its rows marked `withdrawn`. This turns those rows into one row per (url, version),
oldest first, so a notice page can say "this page changed on ..." and a query can list what changed.

An address is listed when `ncnd fetch` collected it, or when several files share it. A file added by hand
with a source URL of its own has nothing to track over time: the documents table already holds its URL.
"""

from __future__ import annotations

import hashlib

COLUMNS = {
    "url": str,
    "version": int,  # 1 = first retrieved
    "path": str,  # the corpus file holding this version
    "notice_id": str,
    "sha256": str,
    "retrieved": str,
    "changed": str,  # version 2 on: when this text was first seen (the page changed before then)
    "previous_path": str,
    "latest": int,  # 1 for the newest version of the address
    "http_status": int,
    "etag": str,
    "last_modified": str,
    "licence": str,
    "adapter": str,
    "withdrawn": str,  # when the address answered 404/410, on every version; empty while it is up
}
TABLE = {
    "columns": COLUMNS,
    "pk": ("url", "version"),
    "foreign_keys": [("path", "documents", "path")],
}


def version_rows(manifest: dict[str, dict], present: set[str]) -> list[tuple]:
    """One row (in COLUMNS order) per manifest file that has a source URL and is in the corpus, numbered per
    URL by retrieval. Plain tuples: at 100,000 files, dicts cost a second."""
    from .load import notice_id  # here: schema imports this module, and load imports schema

    by_url: dict[str, list[tuple[str, dict]]] = {}
    for name, row in manifest.items():
        url = row.get("source_url")
        if url and name in present:
            by_url.setdefault(url, []).append((name, row))
    out = []
    for url, files in by_url.items():
        if len(files) == 1 and not files[0][1].get("adapter"):
            continue
        if len(files) > 1:
            files.sort(key=lambda item: (item[1].get("retrieved") or "", item[0]))
        withdrawn = next((row.get("withdrawn") for _, row in reversed(files) if row.get("withdrawn")), None)
        previous, last = None, len(files)
        for number, (name, row) in enumerate(files, 1):
            status = row.get("http_status")
            retrieved = row.get("retrieved")
            out.append((
                url, number, name, notice_id(name), row.get("sha256"), retrieved,
                retrieved if number > 1 else None, previous, int(number == last),
                int(status) if status and status.isdigit() else None,
                row.get("etag"), row.get("last_modified"), row.get("licence"), row.get("adapter"), withdrawn,
            ))
            previous = name
    return out


def replace_versions(db, manifest: dict[str, dict], present: set[str]) -> None:
    """Bring the table in line with the manifest inside the caller's transaction, touching only rows that differ.

    A build whose manifest changed in other ways (a new hand-added file, a corrected licence) leaves the table
    alone: the rows' digest is kept in build_info.
    """
    rows = version_rows(manifest, present)
    digest = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
    stored = db.execute("select value from build_info where key = 'versions_sha256'").fetchone()
    if stored and stored[0] == digest:
        return
    db.execute("insert or replace into build_info (key, value) values ('versions_sha256', ?)", [digest])
    want = set(rows)
    have = set(db.execute(f"select {', '.join(COLUMNS)} from document_versions").fetchall())
    gone, new = have - want, want - have
    if gone:
        db.conn.executemany("delete from document_versions where url = ? and version = ?", [(r[0], r[1]) for r in gone])
    if new:
        db.conn.executemany(
            f"insert or replace into document_versions ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})",
            sorted(new, key=lambda r: (r[0], r[1])),
        )
