"""The database schema, declared once: the loader creates it, metadata.yml describes it.

Every table traces back to ``documents`` (one row per corpus file, with its sha256 and source URL).
Primary keys are derived from corpus paths, never from insertion order, so that the same corpus
always gives the same rows whether it is built in full or incrementally.
"""

TABLES = {
    "documents": {
        "columns": {
            "path": str,  # relative to corpus/, e.g. "000_84e63d2b671adfe2.txt"
            "sha256": str,
            "format": str,  # txt | md | html | pdf | unknown
            "bytes": int,
            "encoding": str,  # utf-8 | utf-8-sig | cp1252 | pdf-text | None when unreadable
            "source_url": str,
            "retrieved": str,  # ISO date
            "licence": str,
            "notes": str,
            "status": str,  # parsed | error
            "original_text": str,  # the text as ingested, before cleaning
        },
        "pk": "path",
    },
    "authorities": {
        "columns": {
            "id": str,
            "name": str,
            "short_name": str,
            "aliases": str,  # JSON array
            "country": str,
            "kind": str,
            "foi_regime": str,
            "police_uk_id": str,
            "domains": str,  # JSON array
        },
        "pk": "id",
    },
    "exemptions": {
        "columns": {
            "id": str,  # e.g. "s24(2)"; Scottish sections are prefixed: "foisa:s35(1)(a)"
            "regime": str,  # FOIA | FOISA
            "section": str,  # the bare section, e.g. "s24"
            "title": str,
            "ncnd_provision": int,
            "exemption_type": str,  # absolute | qualified
            "description": str,
        },
        "pk": "id",
    },
    "technologies": {
        "columns": {
            "id": str,
            "name": str,
            "category": str,
            "description": str,
            "terms": str,  # JSON array
        },
        "pk": "id",
    },
    "notices": {
        "columns": {
            "id": str,  # corpus path without extension
            "document_path": str,
            "sha256": str,
            "source_url": str,
            "doc_type": str,
            "authority_id": str,
            "reference": str,
            "date": str,
            "year": int,
            "published": str,  # YYYY-MM of the disclosure-log folder in the source URL; never the response date
            "ncnd": int,
            "ncnd_scope": str,  # full | partial | cost | None
            "outcome": str,
            "title": str,
            "request_text": str,
            "response_text": str,
            "body": str,
            "question_count": int,
            "exemption_ids": str,  # JSON array, denormalised for facets
            "technology_ids": str,  # JSON array, denormalised for facets
            "evidence": str,  # JSON object: field -> sentence
            "warnings": str,  # JSON array
            "warning_count": int,
            "citation_terms": str,  # "s24 s24x2 s31 s31x3": every citation as one search token (citations.py)
        },
        "pk": "id",
        "foreign_keys": [
            ("document_path", "documents", "path"),
            ("authority_id", "authorities", "id"),
        ],
    },
    "ico_decisions": {
        "columns": {
            "notice_id": str,
            "case_reference": str,
            "decision_date": str,
            "public_authority": str,  # as written, e.g. "Chief Constable of Kent Police"
            "authority_id": str,
            "request_date": str,
            "response_date": str,
            "internal_review_date": str,
            "steps_required": int,
            "outcome": str,
        },
        "pk": "notice_id",
        "foreign_keys": [
            ("notice_id", "notices", "id"),
            ("authority_id", "authorities", "id"),
        ],
    },
    "ico_findings": {
        "columns": {
            "notice_id": str,
            "seq": int,
            "exemption_id": str,
            "engaged": int,
            "public_interest": str,  # maintain | disclose | None
            "sentence": str,
        },
        "pk": ("notice_id", "seq"),
        "foreign_keys": [
            ("notice_id", "notices", "id"),
            ("exemption_id", "exemptions", "id"),
        ],
    },
    "notice_exemptions": {
        "columns": {
            "notice_id": str,
            "exemption_id": str,
            "role": str,  # ncnd | withholding
            "sentence": str,
        },
        "pk": ("notice_id", "exemption_id"),
        "foreign_keys": [
            ("notice_id", "notices", "id"),
            ("exemption_id", "exemptions", "id"),
        ],
    },
    "notice_technologies": {
        "columns": {
            "notice_id": str,
            "technology_id": str,
            "matched_term": str,
            "sentence": str,
            "role": str,  # request_subject | request_example | response
            "stance": str,  # confirmed | ncnd | not_held | refused
            "ncnd_covers": int,  # 1 when the notice's NCND covers this technology
            "stance_sentence": str,
        },
        "pk": ("notice_id", "technology_id"),
        "foreign_keys": [
            ("notice_id", "notices", "id"),
            ("technology_id", "technologies", "id"),
        ],
    },
    "questions": {
        "columns": {
            "notice_id": str,
            "seq": int,
            "number": str,  # as written: "1", "Q1", "a"
            "text": str,
            "answer": str,  # answered | not_held | ncnd | refused | cost | no_answer; None when not answered one by one
            "answer_kinds": str,  # JSON array: everything the answer does
            "answer_sentence": str,
        },
        "pk": ("notice_id", "seq"),
        "foreign_keys": [("notice_id", "notices", "id")],
    },
    "passages": {
        "columns": {
            "notice_id": str,
            "seq": int,
            "part": str,  # request | response | other
            "text": str,
            "citation_terms": str,  # the paragraph's citations as search tokens (citations.py)
        },
        "pk": ("notice_id", "seq"),
        "foreign_keys": [("notice_id", "notices", "id")],
    },
    "notice_html": {
        "columns": {
            "notice_id": str,
            "renderer": str,  # the version of ncnd.render that made it (render.RENDERER)
            "html": bytes,  # the notice's text as safe HTML with its highlights, zlib-compressed
        },
        "pk": "notice_id",
        "foreign_keys": [("notice_id", "notices", "id")],
    },
    "build_errors": {
        "columns": {
            "path": str,
            "stage": str,  # scan | manifest | ingest | clean | parse | load
            "message": str,
            "text": str,  # whatever text could be read, so the file stays findable
            "at": str,  # ISO timestamp of the build that recorded it
        },
        "pk": "path",
        "foreign_keys": [("path", "documents", "path")],
    },
}

# Each source address's versions over time (ncnd.versions builds it from sources.csv).
from .versions import TABLE as _DOCUMENT_VERSIONS  # noqa: E402

TABLES["document_versions"] = _DOCUMENT_VERSIONS

# Full-text indexes: table -> columns. Porter stemming so "recognise" finds "recognised".
FTS = {
    "notices": ["title", "request_text", "body", "citation_terms"],
    "passages": ["text", "citation_terms"],
}

INDEXES = [
    # Covering index: an incremental build reads every file's hash and provenance without touching the
    # documents' text (reading the table itself costs seconds at 100k notices).
    ("documents", ["path", "sha256", "source_url", "retrieved", "licence", "notes"]),
    ("notices", ["authority_id"]),
    ("notices", ["year"]),
    ("notices", ["outcome"]),
    ("notices", ["ncnd"]),
    ("notices", ["doc_type"]),
    ("notices", ["document_path"]),
    ("notices", ["reference"]),
    ("notice_exemptions", ["exemption_id"]),
    ("notice_technologies", ["technology_id"]),
    ("ico_findings", ["exemption_id"]),
    ("document_versions", ["path"]),
]

# Tables whose rows come from one notice: removed together when its corpus file changes or goes.
NOTICE_CHILD_TABLES = ["ico_findings", "ico_decisions", "notice_exemptions", "notice_technologies", "questions", "passages", "notice_html"]

# Views: per-question answers with their notice, for a reader who wants "question 3 of each request".
VIEWS = {
    "question_answers": """
select q.notice_id, n.authority_id, a.name as authority, n.date, n.reference, q.number, q.text as question,
       q.answer, q.answer_kinds, q.answer_sentence, n.ncnd_scope, n.source_url
from questions q
join notices n on n.id = q.notice_id
left join authorities a on a.id = n.authority_id
where q.answer is not null
""",
}
