"""Hand-written parse records for the cross-notice analysis tests, loaded through the real loader.

Each JSON file holds a list of {"file": corpus path, "record": parse record}; the record carries
only the keys that matter to the test, the rest default to the empty record of ncnd.pipeline.
"""

import hashlib
import json
from pathlib import Path

import sqlite_utils

from ncnd import load
from ncnd.parse import empty_record
from ncnd.pipeline import FileResult

HERE = Path(__file__).parent


def records(name: str) -> list[dict]:
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def _body(record: dict) -> str:
    return "\n\n".join(p["text"] for p in record.get("passages") or [])


def load_records(db, entries: list[dict]) -> None:
    """Insert parse records exactly as a build would (load.rows_for_result), minus ingest and parse."""
    for entry in entries:
        record = empty_record() | entry["record"]
        body = entry.get("body") or _body(record)
        data = body.encode("utf-8")
        result = FileResult(
            path=entry["file"], sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), format="txt",
            encoding="utf-8", original_text=body, body=body, record=record,
        )
        rows = load.rows_for_result(result, {"source_url": None})
        for table, table_rows in rows.items():
            if table_rows:
                db[table].insert_all(table_rows, replace=True)


def fixture_db(path: Path, *names: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    load.create_schema(db)
    load.load_vocabularies(db)
    for name in names:
        load_records(db, records(name))
    return db
