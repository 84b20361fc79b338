"""document_versions: each source address's corpus files over time, from corpus/sources.csv.

`ncnd fetch` never overwrites: a page that changed is a new file with a new manifest row, and a page that
answered 404/410 has its rows marked `withdrawn`. This turns those rows into one row per (url, version),
oldest first, so a notice page can say "this page changed on ..." and a query can list what changed.
"""

from __future__ import annotations

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


def version_rows(manifest: dict[str, dict], present: set[str]) -> list[dict]:
    """One row per manifest file that has a source URL and is in the corpus, numbered per URL by retrieval."""
    from .load import notice_id  # here: schema imports this module, and load imports schema
    by_url: dict[str, list[tuple[str, dict]]] = {}
    for name, row in manifest.items():
        if row.get("source_url") and name in present:
            by_url.setdefault(row["source_url"], []).append((name, row))
    out = []
    for url in sorted(by_url):
        files = sorted(by_url[url], key=lambda item: (item[1].get("retrieved") or "", item[0]))
        withdrawn = next((row.get("withdrawn") for _, row in reversed(files) if row.get("withdrawn")), None)
        previous = None
        for number, (name, row) in enumerate(files, 1):
            status = row.get("http_status")
            out.append({
                "url": url,
                "version": number,
                "path": name,
                "notice_id": notice_id(name),
                "sha256": row.get("sha256"),
                "retrieved": row.get("retrieved"),
                "changed": row.get("retrieved") if number > 1 else None,
                "previous_path": previous,
                "latest": int(number == len(files)),
                "http_status": int(status) if status and status.isdigit() else None,
                "etag": row.get("etag"),
                "last_modified": row.get("last_modified"),
                "licence": row.get("licence"),
                "adapter": row.get("adapter"),
                "withdrawn": withdrawn,
            })
            previous = name
    return out


def replace_versions(db, manifest: dict[str, dict], present: set[str]) -> None:
    """Rewrite the table inside the caller's transaction (it is small: one row per fetched file)."""
    db.execute("delete from document_versions")
    rows = version_rows(manifest, present)
    if rows:
        names = list(COLUMNS)
        db.conn.executemany(
            f"insert into document_versions ({', '.join(names)}) values ({', '.join('?' * len(names))})",
            [[row[n] for n in names] for row in rows],
        )
