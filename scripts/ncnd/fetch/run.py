"""Run adapters concurrently (hosts in parallel, each host one request at a time) into the corpus store."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .adapters import Adapter, Item
from .polite import Clock, PoliteClient, host_key
from .store import CorpusStore

COUNTS = ("listed", "new", "changed", "unchanged", "withdrawn", "skipped_robots", "skipped_off_topic", "errors")


@dataclass
class FetchSummary:
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    errors: list[str] = field(default_factory=list)
    stopped_hosts: dict = field(default_factory=dict)
    planned: list[tuple[str, str]] = field(default_factory=list)  # --dry-run: (url, "new" | "known")
    requests: dict = field(default_factory=dict)  # origin -> [(clock time, url)] of every request sent

    def line(self) -> str:
        c = self.counts
        return (
            f"listed {c['listed']}, new {c['new']}, changed {c['changed']}, unchanged {c['unchanged']}, "
            f"withdrawn {c['withdrawn']}, skipped by robots {c['skipped_robots']}, "
            f"skipped off topic {c['skipped_off_topic']}, errors {c['errors']}"
        )


class Progress:
    """One line per host, redrawn in place on a terminal; silent otherwise (the summary says it all)."""

    def __init__(self, stream=None, enabled: bool = False):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.rows: dict[str, dict] = {}
        self.drawn = 0

    def update(self, host: str, **changes) -> None:
        row = self.rows.setdefault(host, {"done": 0, "total": 0, "state": "listing"})
        for key, value in changes.items():
            row[key] = row[key] + value if key == "done" else value
        if self.enabled:
            self.draw()

    def draw(self) -> None:
        if self.drawn:
            self.stream.write(f"\x1b[{self.drawn}F")
        for host, row in sorted(self.rows.items()):
            width = 20
            filled = int(width * row["done"] / row["total"]) if row["total"] else 0
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\x1b[2K{host[:40]:40} [{bar}] {row['done']}/{row['total']} {row['state']}\n")
        self.drawn = len(self.rows)
        self.stream.flush()


def job_key(adapter: Adapter) -> str:
    """The same source asked the same way: an unfinished run of it can be resumed."""
    spec = {
        "key": adapter.key,
        "since": adapter.since.isoformat() if adapter.since else None,
        "max_items": adapter.max_items,
        "topic": None if adapter.topic.everything else adapter.topic.pattern.pattern if adapter.topic.pattern else "",
        "urls": getattr(adapter, "urls", None),
    }
    return adapter.key + ":" + hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:12]


def iso_now(clock: Clock) -> str:
    return clock.today().replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


async def run_adapter(adapter: Adapter, web: PoliteClient, store: CorpusStore, summary: FetchSummary,
                      progress: Progress, dry_run: bool) -> None:
    label = adapter.key
    job = job_key(adapter)
    pending = None if dry_run else store.pending(job)
    progress.update(label, state="listing")
    if pending:
        items = [Item(**i) for i in pending["items"]]
        done = set(pending["done"])
    else:
        items = await adapter.list(web)
        done = set()
        summary.counts["skipped_robots"] += adapter.log.robots
        summary.counts["errors"] += len(adapter.log.errors)
        summary.errors += adapter.log.errors
        if not dry_run:
            store.start_job(job, [i.to_json() for i in items])
            store.flush()
    summary.counts["listed"] += len(items)
    if dry_run:
        for item in items:
            summary.planned.append((item.url, "known" if store.versions(item.url) else "new"))
        progress.update(label, total=len(items), state="dry run")
        return
    queue = [i for i in items if i.url not in done]
    progress.update(label, total=len(queue), state="fetching")
    while queue:
        item = queue.pop(0)
        follow = await fetch_one(adapter, web, store, summary, item)
        queue += [f for f in follow if f.url not in done and f.url not in {q.url for q in queue}]
        done.add(item.url)
        store.mark_done(job, item.url)
        store.flush()
        progress.update(label, done=1, total=progress.rows[label]["total"] + len(follow))
    store.finish_job(job)
    store.flush()
    host = web.hosts.get(host_key(items[0].url)) if items else None
    progress.update(label, state=f"stopped: {host.stopped}" if host and host.stopped else "done")


async def fetch_one(adapter: Adapter, web: PoliteClient, store: CorpusStore, summary: FetchSummary, item: Item) -> list[Item]:
    """Download and identify one item; returns the attachments to follow."""
    counts = summary.counts
    fetched = await adapter.download(web, item, store.validators(item.url))
    if fetched.robots_blocked:
        counts["skipped_robots"] += 1
        return []
    if fetched.status == 304:
        counts["unchanged"] += 1
        # The page is as stored: its attachments are still checked, from the stored copy.
        stored = store.latest_body(item.url)
        if stored and stored[1] == ".html":
            fetched.body, fetched.headers["content-type"], fetched.final_url = stored[0], "text/html", item.url
            return adapter.attachments(item, fetched)
        return []
    if fetched.status in (404, 410):
        outcome = store.withdraw(item.url, fetched.status, iso_now(web.clock))
        if outcome == "missing":
            counts["errors"] += 1
            summary.errors.append(f"{item.url}: HTTP {fetched.status} (never collected, nothing to withdraw)")
        else:
            counts["withdrawn" if outcome == "withdrawn" else "unchanged"] += 1
        return []
    if not fetched.ok:
        counts["errors"] += 1
        summary.errors.append(f"{item.url}: {fetched.error or 'HTTP ' + str(fetched.status)}")
        return []
    found = adapter.identify(item, fetched)
    if not found.keep:
        if found.error:
            counts["errors"] += 1
            summary.errors.append(f"{item.url}: {found.reason}")
        else:
            counts["skipped_off_topic"] += 1
        return []
    outcome = store.save(
        url=item.url, final_url=fetched.final_url, status=fetched.status, headers=fetched.headers, body=fetched.body,
        ext=found.ext, prefix=adapter.prefix, adapter=adapter.kind, licence=found.licence, retrieved=iso_now(web.clock),
    )
    counts[outcome] += 1
    return found.follow


async def run_all(adapters: list[Adapter], *, corpus_dir: Path, contact: str | None, settings_for, clock: Clock | None = None,
                  dry_run: bool = False, progress: Progress | None = None, transport=None) -> FetchSummary:
    store = CorpusStore(corpus_dir)
    summary = FetchSummary()
    progress = progress or Progress()
    web = PoliteClient(contact=contact, settings_for=settings_for, clock=clock, transport=transport)
    try:
        # Adapters on different hosts run side by side; two on one host share its lock and delay.
        results = await asyncio.gather(
            *(run_adapter(a, web, store, summary, progress, dry_run) for a in adapters), return_exceptions=True
        )
        for adapter, result in zip(adapters, results):
            if isinstance(result, BaseException):
                summary.counts["errors"] += 1
                summary.errors.append(f"{adapter.key}: {type(result).__name__}: {result}")
    finally:
        store.flush()
        await web.close()
    for origin, host in web.hosts.items():
        summary.requests[origin] = list(host.requests)
        if host.stopped:
            summary.stopped_hosts[origin] = host.stopped
    return summary


def fetch(adapters: list[Adapter], **kw) -> FetchSummary:
    return asyncio.run(run_all(adapters, **kw))
