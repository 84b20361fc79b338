"""Load: parse results into the normalised tables of schema.py, with sqlite-utils.

rows_for_result() is pure (a FileResult in, rows per table out) so that it can be tested and run in
worker processes; the write functions only move those rows into the database.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import citations, render, schema, vocab


if TYPE_CHECKING:  # importing the parser compiles hundreds of patterns: a build with nothing to parse skips it
    from .pipeline import FileResult

SECTION = re.compile(r"^s\d+[A-Z]?")  # "s31(1)(a)" -> "s31"


def create_schema(db) -> None:
    for name, spec in schema.TABLES.items():
        db[name].create(
            spec["columns"],
            pk=spec["pk"],
            foreign_keys=spec.get("foreign_keys", []),
            if_not_exists=True,
        )
    db["build_info"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    for name, sql in schema.VIEWS.items():
        db.execute(f"create view if not exists [{name}] as {sql}")
    db["file_stats"].create({"path": str, "size": int, "mtime_ns": int, "sha256": str}, pk="path", if_not_exists=True)


def create_indexes(db) -> None:
    for table, columns in schema.INDEXES:
        db[table].create_index(columns, if_not_exists=True)


def enable_search(db) -> None:
    """FTS5 with Porter stemming; triggers keep it right through incremental builds."""
    for table, columns in schema.FTS.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, fts_version="FTS5", tokenize="porter", create_triggers=True)
    if not db["build_errors"].detect_fts():
        db["build_errors"].enable_fts(["path", "message", "text"], fts_version="FTS5", create_triggers=True)


def load_vocabularies(db) -> None:
    db["authorities"].insert_all(
        (
            {k: row.get(k) for k in schema.TABLES["authorities"]["columns"]}
            | {"aliases": json.dumps(row["aliases"]), "domains": json.dumps(row["domains"])}
            for row in vocab.authorities()
        ),
        replace=True,
    )
    exemption_rows = vocabulary_exemptions()
    db["exemptions"].insert_all(
        (
            {k: row.get(k) for k in schema.TABLES["exemptions"]["columns"]}
            | {
                "id": regime_id(row["id"], regime),
                "section": regime_id(row["section"], regime),
                "regime": regime,
                "ncnd_provision": int(row["ncnd_provision"]),
            }
            for row, regime in exemption_rows
        ),
        replace=True,
    )
    db["technologies"].insert_all(
        (
            {k: row.get(k) for k in schema.TABLES["technologies"]["columns"]} | {"terms": json.dumps(row["terms"])}
            for row in vocab.technologies()
        ),
        replace=True,
    )


def vocabulary_exemptions() -> list[tuple[dict, str]]:
    """Every section of both vocabularies with its regime: FOIA's, then Police Scotland's FOISA."""
    return [(row, "FOIA") for row in vocab.exemptions()] + [(row, "FOISA") for row in vocab.foisa_exemptions()]


@lru_cache(maxsize=1)
def exemption_titles() -> dict[str, str]:
    """Each vocabulary section's title by its id in the database (FOISA ones prefixed), for the notice's HTML."""
    return {regime_id(row["id"], regime): row.get("title") for row, regime in vocabulary_exemptions()}


def regime_id(exemption_id: str, regime: str | None) -> str:
    """FOISA sections get their own ids: Police Scotland's "s35(1)(a)" is not FOIA's s35."""
    return f"foisa:{exemption_id}" if regime == "FOISA" else exemption_id


@lru_cache(maxsize=None)
def authority_regime(authority_id: str | None) -> str | None:
    row = vocab.by_id(vocab.authorities()).get(authority_id) if authority_id else None
    return row["foi_regime"] if row else None


def notice_id(path: str) -> str:
    """The corpus path without its extension: readable in URLs and stable across builds."""
    stem, dot, ext = path.rpartition(".")
    return stem if dot and "/" not in ext else path


def notice_ids(paths) -> dict[str, str]:
    """The notice id of every corpus path, unique per file: the path without its extension, unless two
    files share it (x.txt and x.md), when each keeps its whole name (x.md, x.txt).

    Ids depend on the set of paths only, so a full and an incremental build agree; a build re-parses any
    file whose id the set's change moved.
    """
    by_stem = {}
    for path in paths:
        by_stem.setdefault(notice_id(path), []).append(path)
    ids = {group[0]: stem for stem, group in by_stem.items() if len(group) == 1}
    taken = set(ids.values())
    for stem in sorted(stem for stem, group in by_stem.items() if len(group) > 1):
        for path in sorted(by_stem[stem]):
            candidate, n = path, 2
            while candidate in taken:  # "x.md" is also the stem of a file "x.md.txt"
                candidate, n = f"{path}~{n}", n + 1
            taken.add(candidate)
            ids[path] = candidate
    return ids


def _bool(value):
    return None if value is None else int(bool(value))


def rows_for_result(result: FileResult, provenance: dict | None, nid: str | None = None) -> dict[str, list[dict]]:
    """Every row one corpus file contributes, keyed by table; nid is its id from notice_ids()."""
    provenance = provenance or {}
    rows = {name: [] for name in schema.TABLES}
    rows["documents"].append(
        {
            "path": result.path,
            "sha256": result.sha256,
            "format": result.format or "unknown",
            "bytes": result.bytes,
            "encoding": result.encoding,
            "source_url": provenance.get("source_url"),
            "retrieved": provenance.get("retrieved"),
            "licence": provenance.get("licence"),
            "notes": provenance.get("notes"),
            "status": "error" if result.error else "parsed",
            "original_text": result.original_text,
        }
    )
    if result.error or result.record is None:
        rows["build_errors"].append(
            {
                "path": result.path,
                "stage": result.error_stage or "parse",
                "message": result.error or "no record",
                "text": result.original_text,
            }
        )
        return rows
    record = result.record
    nid = nid or notice_id(result.path)
    regime = authority_regime(record.get("authority_id"))
    date = record.get("date")
    rows["notices"].append(
        {
            "id": nid,
            "document_path": result.path,
            "sha256": result.sha256,
            "source_url": provenance.get("source_url"),
            "doc_type": record.get("doc_type"),
            "authority_id": record.get("authority_id"),
            "reference": record.get("reference"),
            "date": date,
            "year": int(date[:4]) if date and date[:4].isdigit() else None,
            "published": record.get("published"),
            "ncnd": _bool(record.get("ncnd")),
            "ncnd_scope": record.get("ncnd_scope"),
            "outcome": record.get("outcome"),
            "title": record.get("title"),
            "request_text": record.get("request_text"),
            "response_text": record.get("response_text"),
            "body": result.body,
            "question_count": len(record.get("questions") or []),
            "exemption_ids": json.dumps([regime_id(e, regime) for e in record.get("exemptions") or []]),
            "technology_ids": json.dumps(record.get("technologies") or []),
            "evidence": json.dumps(record.get("evidence") or {}, ensure_ascii=False),
            "warnings": json.dumps(record.get("warnings") or [], ensure_ascii=False),
            "warning_count": len(record.get("warnings") or []),
            "citation_terms": citations.citation_terms(record.get("title"), result.body),
        }
    )
    seen = set()
    for detail in record.get("exemption_details") or []:
        if detail["id"] in seen:
            continue
        seen.add(detail["id"])
        rows["notice_exemptions"].append(
            {
                "notice_id": nid,
                "exemption_id": regime_id(detail["id"], regime),
                "role": detail.get("role"),
                "sentence": detail.get("sentence"),
            }
        )
    seen = set()
    for detail in record.get("technology_details") or []:
        if detail["id"] in seen:
            continue
        seen.add(detail["id"])
        rows["notice_technologies"].append(
            {
                "notice_id": nid,
                "technology_id": detail["id"],
                "matched_term": detail.get("term"),
                "sentence": detail.get("sentence"),
                "role": detail.get("role"),
                "stance": detail.get("stance"),
                "ncnd_covers": _bool(detail.get("ncnd_covers")),
                "stance_sentence": detail.get("stance_sentence"),
            }
        )
    titles = exemption_titles()
    exemptions = [dict(row, title=titles.get(row["exemption_id"])) for row in rows["notice_exemptions"]]
    html = render.notice_html(result.body, result.format, record.get("ncnd"), (record.get("evidence") or {}).get("ncnd"), exemptions)
    rows["notice_html"].append({"notice_id": nid, "renderer": render.RENDERER, "html": render.pack(html)})
    from .parse.answers import answers_by_question  # here: loading vocabularies must not compile the parser

    questions = record.get("questions") or []
    for seq, (question, answer) in enumerate(zip(questions, answers_by_question(questions, record.get("question_answers") or [])), 1):
        rows["questions"].append(
            {
                "notice_id": nid,
                "seq": seq,
                "number": question.get("number"),
                "text": question.get("text"),
                "answer": answer and answer["answer"],
                "answer_kinds": answer and json.dumps(answer["kinds"]),
                "answer_sentence": answer and answer["sentence"],
            }
        )
    for seq, passage in enumerate(record.get("passages") or [], 1):
        rows["passages"].append(
            {"notice_id": nid, "seq": seq, "part": passage.get("part"), "text": passage.get("text"),
             "citation_terms": citations.citation_terms(passage.get("text"))}
        )
    ico = record.get("ico")
    if ico:
        rows["ico_decisions"].append(
            {
                "notice_id": nid,
                "case_reference": ico.get("case_reference"),
                "decision_date": ico.get("decision_date"),
                "public_authority": ico.get("public_authority"),
                "authority_id": ico.get("authority_id"),
                "request_date": ico.get("request_date"),
                "response_date": ico.get("response_date"),
                "internal_review_date": ico.get("internal_review_date"),
                "steps_required": _bool(ico.get("steps_required")),
                "outcome": record.get("outcome"),
            }
        )
        for seq, finding in enumerate(ico.get("findings") or [], 1):
            rows["ico_findings"].append(
                {
                    "notice_id": nid,
                    "seq": seq,
                    "exemption_id": finding.get("exemption_id") and regime_id(finding["exemption_id"], regime),
                    "engaged": _bool(finding.get("engaged")),
                    "public_interest": finding.get("public_interest"),
                    "sentence": finding.get("sentence"),
                }
            )
    return rows


def unknown_exemption_rows(rows: dict[str, list[dict]], known: set[str]) -> list[dict]:
    """Reference rows for sections the vocabulary lacks, so foreign keys hold and the gap is visible."""
    ids = {r["exemption_id"] for r in rows["notice_exemptions"] + rows["ico_findings"] if r.get("exemption_id")}
    out = []
    for eid in sorted(ids - known):
        regime, _, bare = eid.rpartition(":")
        match = SECTION.match(bare)
        out.append(
            {
                "id": eid,
                "regime": "FOISA" if regime == "foisa" else "FOIA",
                "section": (f"{regime}:" if regime else "") + match.group(0) if match else None,
                "title": None,
                "ncnd_provision": None,
                "exemption_type": None,
                "description": "Not in the exemptions vocabulary yet: read the notice's own wording.",
            }
        )
    return out


def delete_documents(db, paths: list[str]) -> None:
    """Remove every row that came from these corpus files (their notices found by document_path)."""
    if not paths:
        return
    for start in range(0, len(paths), 500):
        chunk = paths[start : start + 500]
        marks = ",".join("?" * len(chunk))
        ids = [row[0] for row in db.execute(f"select id from notices where document_path in ({marks})", chunk)]
        id_marks = ",".join("?" * len(ids))
        for table in schema.NOTICE_CHILD_TABLES:
            if ids:
                db.execute(f"delete from [{table}] where notice_id in ({id_marks})", ids)
        db.execute(f"delete from notices where document_path in ({marks})", chunk)
        db.execute(f"delete from build_errors where path in ({marks})", chunk)
        db.execute(f"delete from documents where path in ({marks})", chunk)
