"""One corpus file through ingest -> clean -> parse, with every failure turned into a recorded reason.

Runs in worker processes during a build, so it takes and returns plain picklable values.
"""

import hashlib
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus, ingest
from .clean import clean
from .ingest import IngestError, ingest_bytes
from .parse import empty_record, parse_notice

@dataclass
class FileResult:
    path: str  # relative to the corpus (or as given on the command line)
    sha256: str
    bytes: int
    format: str | None = None
    encoding: str | None = None
    original_text: str | None = None
    body: str | None = None
    record: dict | None = None
    error_stage: str | None = None
    error: str | None = None
    extra: dict = field(default_factory=dict)


def process_bytes(path: str, data: bytes, source_url: str | None = None) -> FileResult:
    result = FileResult(path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
    stage = "ingest"
    try:
        ingested = ingest_bytes(Path(path), data)
        result.format, result.encoding, result.original_text = ingested.format, ingested.encoding, ingested.text
        stage = "clean"
        result.body = clean(ingested.text)
        if not result.body.strip():
            raise IngestError("nothing is left once web-page chrome is removed")
        stage = "parse"
        result.record = parse_notice(result.body, source_url=source_url)
    except IngestError as e:
        result.error_stage, result.error = stage, str(e)
    except Exception as e:  # a bug must not stop the build: record it with where it happened
        last = traceback.extract_tb(e.__traceback__)[-1]
        result.error_stage = stage
        result.error = f"{type(e).__name__}: {e} (at {Path(last.filename).name}:{last.lineno})"
    return result


def process_file(corpus_dir: Path, rel: str, source_url: str | None = None) -> FileResult:
    """One corpus file, opened without following links and read only up to the size limit."""
    try:
        data = corpus.read_file(corpus_dir, rel, ingest.MAX_BYTES, what="one notice")
    except corpus.UnreadableFile as e:
        return FileResult(path=rel, sha256=None, bytes=None, error_stage="ingest", error=str(e))
    return process_bytes(rel, data, source_url)


def source_url_beside(path: Path) -> str | None:
    """The source URL that a sources.csv in the file's own folder records for it, as a build would use it."""
    from .provenance import read_manifest

    try:
        return (read_manifest(path.parent).get(path.name) or {}).get("source_url")
    except (OSError, ValueError, KeyError):
        return None


def parse_file(path, source_url: str | None = None) -> dict:
    """The `ncnd parse` record for one file: file and sha256 first, then the parse contract."""
    path = Path(path)
    result = process_bytes(str(path), path.read_bytes(), source_url)
    record = dict(result.record) if result.record is not None else empty_record()
    out = {"file": str(path), "sha256": result.sha256}
    out.update(record)
    if result.error:
        out["error"] = f"{result.error_stage}: {result.error}"
        out["warnings"] = list(out.get("warnings") or []) + [out["error"]]
    return out
