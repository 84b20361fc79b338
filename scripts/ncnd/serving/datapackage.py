"""datapackage.json: the database described as a Frictionless Data Package, written beside it by each build.

One resource per published table, with its columns' types (from SQLite) and descriptions (from
metadata.yml, where the site takes them too), the licence and the sources. The paths are the site's
whole-table CSV downloads; `ncnd serve` answers /-/datapackage.json with them made absolute.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parents[3] / "metadata.yml"
SQLITE_TYPES = {"INTEGER": "integer", "REAL": "number", "FLOAT": "number", "TEXT": "string", "": "any"}
DATABASE = "ncnd"


def describe(db, metadata: dict) -> dict:
    """The package for this database: every table metadata.yml does not hide, with its fields."""
    tables_meta = ((metadata.get("databases") or {}).get(DATABASE) or {}).get("tables") or {}
    resources = []
    for table in sorted(db.table_names()):
        meta = tables_meta.get(table) or {}
        if meta.get("hidden") or table.startswith("sqlite_") or "_fts" in table:
            continue
        columns = meta.get("columns") or {}
        fields = [
            {"name": name, "type": SQLITE_TYPES.get((kind or "").upper(), "string")} | ({"description": columns[name]} if name in columns else {})
            for _, name, kind, *_ in db.execute(f"pragma table_info([{table}])").fetchall()
        ]
        pk = [name for _, name, _, _, _, pk in db.execute(f"pragma table_info([{table}])").fetchall() if pk]
        schema = {"fields": fields} | ({"primaryKey": pk} if pk else {})
        description = meta.get("description") or meta.get("description_html") or ""
        resources.append(
            {
                "name": table.replace("_", "-"),
                "title": table,
                "path": f"{DATABASE}/{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": " ".join(str(description).split()),
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "ncnd",
        "title": metadata.get("title") or "ncnd",
        "description": "UK police FOI responses and ICO decision notices about surveillance technology, parsed into tables.",
        "licenses": [{"name": "OGL-UK-3.0", "path": metadata.get("license_url", ""), "title": metadata.get("license", "")}],
        "sources": [{"title": metadata.get("source", ""), "path": metadata.get("source_url", "")}],
        "resources": resources,
    }


def write_datapackage(db, db_path: Path | None) -> None:
    """Write datapackage.json beside the database file (nothing for an in-memory database)."""
    if db_path is None or not METADATA.exists():
        return
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8")) or {}
    package = describe(db, metadata)
    target = Path(db_path).with_name("datapackage.json")
    target.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
