"""Where fetched documents go: new files in corpus/, rows in corpus/sources.csv, and a small state file.

A page is never overwritten. When its text changes, the new bytes become a new file (`..._v2.html`) and a
new manifest row; the old file and row stay. A 404/410 marks every version of the address `withdrawn`
and deletes nothing. Whether a page changed is decided on its text as the build reads it (ingest), so a
page whose only change is a rotating token in its markup is not a new version.

The state file (corpus/.fetch-state.json: the corpus scan skips dot-files) keeps the validators to send
next time and each source's unfinished work, so an interrupted fetch continues where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from .. import provenance
from ..ingest import FORMATS, IngestError, ingest_bytes

STATE_FILE = ".fetch-state.json"
CONTENT_TYPE_EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def extension_for(content_type: str, url: str) -> str | None:
    """The corpus extension for a response: from its Content-Type, else from its address."""
    if content_type in CONTENT_TYPE_EXTENSIONS:
        return CONTENT_TYPE_EXTENSIONS[content_type]
    if content_type in ("", "application/octet-stream", "binary/octet-stream"):
        suffix = os.path.splitext(url.split("?")[0].split("#")[0])[1].lower()
        if suffix in FORMATS:
            return ".html" if suffix == ".htm" else suffix
    return None


def text_fingerprint(name: str, data: bytes) -> str:
    """sha256 of the text the build would read, spacing folded: a change in markup alone is no new version."""
    try:
        text = ingest_bytes(Path(name), data).text
    except (IngestError, Exception):  # unreadable: compare the bytes themselves
        return "bytes:" + provenance.sha256_bytes(data)
    return provenance.sha256_bytes(re.sub(r"\s+", " ", text).strip().encode("utf-8"))


class CorpusStore:
    def __init__(self, corpus_dir: Path):
        self.corpus_dir = Path(corpus_dir)
        self.corpus_dir.mkdir(parents=True, exist_ok=True)
        self.manifest = provenance.read_manifest(self.corpus_dir)
        self.state_path = self.corpus_dir / STATE_FILE
        self.state = {"validators": {}, "pending": {}}
        if self.state_path.exists():
            try:
                loaded = json.loads(self.state_path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self.state.update({k: v for k, v in loaded.items() if isinstance(v, dict)})
            except ValueError:
                pass  # a damaged state file only costs a full re-listing
        self._by_url: dict[str, list[str]] = {}
        for name, row in self.manifest.items():
            if row.get("source_url"):
                self._by_url.setdefault(row["source_url"], []).append(name)
        self.dirty = False

    # -- reading ---------------------------------------------------------------------------------------
    def versions(self, url: str) -> list[str]:
        """The corpus files holding this address, oldest first."""
        names = self._by_url.get(url, [])
        return sorted(names, key=lambda n: ((self.manifest[n].get("retrieved") or ""), n))

    def latest(self, url: str) -> dict | None:
        names = self.versions(url)
        return self.manifest[names[-1]] if names else None

    def latest_body(self, url: str) -> tuple[bytes, str] | None:
        """The newest stored version's bytes and extension."""
        names = self.versions(url)
        path = self.corpus_dir / names[-1] if names else None
        return (path.read_bytes(), path.suffix) if path and path.exists() else None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """ETag and Last-Modified to send back: the newest seen, even on an unchanged answer."""
        saved = self.state["validators"].get(url)
        if saved:
            return saved.get("etag"), saved.get("last_modified")
        row = self.latest(url)
        return (row.get("etag"), row.get("last_modified")) if row else (None, None)

    # -- writing ---------------------------------------------------------------------------------------
    def _remember_validators(self, url: str, headers: dict) -> None:
        etag, modified = headers.get("etag"), headers.get("last-modified")
        if etag or modified:
            self.state["validators"][url] = {"etag": etag, "last_modified": modified}
        else:
            self.state["validators"].pop(url, None)
        self.dirty = True

    def save(self, *, url: str, final_url: str, status: int, headers: dict, body: bytes, ext: str,
             prefix: str, adapter: str, licence: str, retrieved: str) -> str:
        """Store a 200 answer: 'new', 'changed' (a new version file) or 'unchanged'."""
        self._remember_validators(url, headers)
        names = self.versions(url)
        sha = provenance.sha256_bytes(body)
        if names:
            last_name = names[-1]
            last = self.manifest[last_name]
            if last.get("sha256") == sha:
                return self._reappeared(url) or "unchanged"
            old_path = self.corpus_dir / last_name
            if old_path.exists() and text_fingerprint(last_name, old_path.read_bytes()) == text_fingerprint("new" + ext, body):
                return self._reappeared(url) or "unchanged"
        version = len(names) + 1
        name = f"{prefix}_{url_hash(url)}_v{version}{ext}"
        while name in self.manifest or (self.corpus_dir / name).exists():
            version += 1
            name = f"{prefix}_{url_hash(url)}_v{version}{ext}"
        tmp = self.corpus_dir / f".{name}.part"
        tmp.write_bytes(body)
        tmp.replace(self.corpus_dir / name)
        notes = f"redirected to {final_url}" if final_url != url else None
        self.manifest[name] = {
            "file": name,
            "sha256": sha,
            "format": FORMATS.get(ext, "unknown"),
            "source_url": url,
            "retrieved": retrieved,
            "licence": licence,
            "notes": notes,
            "http_status": str(status),
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
            "adapter": adapter,
            "withdrawn": None,
        }
        self._by_url.setdefault(url, []).append(name)
        self.dirty = True
        return "changed" if names else "new"

    def _reappeared(self, url: str) -> str | None:
        """A withdrawn page served again with the same text: no longer withdrawn."""
        names = self.versions(url)
        if names and self.manifest[names[-1]].get("withdrawn"):
            for name in names:
                self.manifest[name]["withdrawn"] = None
            self.dirty = True
            return "changed"
        return None

    def withdraw(self, url: str, status: int, when: str) -> str:
        """404/410 on a known address: every version is marked withdrawn (the files stay)."""
        names = self.versions(url)
        if not names:
            return "missing"
        if self.manifest[names[-1]].get("withdrawn"):
            return "unchanged"
        for name in names:
            self.manifest[name]["withdrawn"] = when
            self.manifest[name]["notes"] = "; ".join(
                filter(None, [self.manifest[name].get("notes"), f"HTTP {status} on {when}: withdrawn at the source"])
            )
        self.state["validators"].pop(url, None)
        self.dirty = True
        return "withdrawn"

    # -- resumable work --------------------------------------------------------------------------------
    def pending(self, job: str) -> dict | None:
        return self.state["pending"].get(job)

    def start_job(self, job: str, items: list[dict]) -> None:
        self.state["pending"][job] = {"items": items, "done": []}
        self.dirty = True

    def mark_done(self, job: str, url: str) -> None:
        self.state["pending"].setdefault(job, {"items": [], "done": []})["done"].append(url)
        self.dirty = True

    def finish_job(self, job: str) -> None:
        self.state["pending"].pop(job, None)
        self.dirty = True

    def flush(self) -> None:
        """Write sources.csv and the state file, each replaced whole, so a kill leaves either old or new."""
        if not self.dirty:
            return
        provenance.write_manifest(self.corpus_dir, self.manifest)
        tmp = self.state_path.with_name(STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(self.state, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(self.state_path)
        self.dirty = False
