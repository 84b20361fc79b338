#!/usr/bin/env python3
"""Soak: `ncnd serve` under a bounded loopback load while visitors abuse the SQL and builds run.

    python bench/soak.py [--seconds 60] [--connections 32] [--abusers 4] [--notices 1000] [--interval 1.0]

One run: a generated corpus is built and served on 127.0.0.1; `--connections` clients open keep-alive
connections, of which `--abusers` send only abusive SQL (zeroblob, randomblob, printf widths, endless
recursion, huge sorts and cross joins) and the rest walk the cheap pages (home, table, notice, canned
queries, JSON), each waiting `--interval` seconds between requests. A third of the way in an incremental
build runs, two thirds in a full build. At the end it prints the p50/p95/max of the cheap pages, their
errors (anything but 200), the abusive answers by status, and the server's peak memory (VmHWM).
Exits non-zero if a cheap page failed or the server passed 1 GB.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.reliability import LoggedServer, generated_corpus, peak_rss_mb, percentile, run_build  # noqa: E402

# Cheap pages: a notice, the JSON API, canned queries, the charts index (tens of milliseconds each).
CHEAP = [
    "/ncnd/notices/000_84e63d2b671adfe2",
    "/ncnd/notices/003_c9c96f7571ac27c1.json",
    "/ncnd/notices.json?_size=10",
    "/ncnd/forces_by_ncnd.json",
    "/ncnd/ncnd_share_by_year",
    "/ncnd/search.json?q=ring",
    "/ncnd/authorities.json",
    "/-/charts",
]
# Heavier pages (the home page's counts, the database page, a table page with facets): in the mix, reported apart.
PAGES = ["/", "/ncnd", "/ncnd/notices?_size=20"]
ABUSE_SQL = [
    "select zeroblob(1000000000)",
    "select randomblob(1000000000)",
    "select printf('%.*c', 1000000000, 'x')",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
    "select group_concat(body) from (select body from notices, notices limit 1000000)",
    "select a.body, b.body from notices a, notices b order by random() limit 5",
    "select zeroblob(50000000) from passages",
]
ABUSE = ["/ncnd.json?sql=" + quote(sql) for sql in ABUSE_SQL] + [
    "/ncnd/notices.json?_where=" + quote("length(randomblob(1000000000)) > 0"),
]


class Client(threading.Thread):
    def __init__(self, port: int, paths: list[str], interval: float, deadline: float, seed: int):
        super().__init__(daemon=True)
        self.port, self.paths, self.interval, self.deadline = port, paths, interval, deadline
        self.rng = random.Random(seed)
        self.results = []  # (path, status or error, seconds)

    def run(self):
        conn = None
        while time.monotonic() < self.deadline:
            path = self.rng.choice(self.paths)
            started = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.getheader("connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
                if conn is not None:
                    conn.close()
                conn = None
            self.results.append((path, status, time.perf_counter() - started))
            pause = self.interval * self.rng.uniform(0.5, 1.5)
            time.sleep(max(0.0, min(pause, self.deadline - time.monotonic())))
        if conn is not None:
            conn.close()


def soak(seconds: float, connections: int, abusers: int, notices: int, interval: float, workdir: Path, builds_on: bool = True,
         pages: bool = True) -> dict:
    corpus = generated_corpus(workdir / "corpus", notices)
    db_path = workdir / "build" / "ncnd.db"
    done = run_build(corpus, db_path)
    if done.returncode:
        raise SystemExit(done.stderr)
    server = LoggedServer(db_path, workdir / "serve.log")
    builds = []
    try:
        start = time.monotonic()
        deadline = start + seconds
        clients = [
            Client(server.port, ABUSE if i < abusers else CHEAP * 3 + (PAGES if pages else []), interval, deadline, seed=i) for i in range(connections)
        ]
        for client in clients:
            client.start()
        for at, extra in ((seconds / 3, []), (2 * seconds / 3, ["--full"])) if builds_on else ():
            time.sleep(max(0.0, start + at - time.monotonic()))
            (corpus / f"soak-{len(builds)}.txt").write_text(
                f"Reference: SOAK-{len(builds)}\n\nRequest: Ring doorbells?\n\nResponse: Kent Police can neither confirm nor deny.\n"
            )
            began = time.monotonic()
            result = run_build(corpus, db_path, *extra)
            builds.append({"kind": "full" if extra else "incremental", "exit": result.returncode,
                           "seconds": round(time.monotonic() - began, 1)})
        for client in clients:
            client.join(timeout=seconds + 60)
        rss = peak_rss_mb(server.process.pid)
    finally:
        server.stop()
    visits = [r for c in clients[abusers:] for r in c.results]
    cheap = [r for r in visits if r[0] in CHEAP]
    pages = [r for r in visits if r[0] in PAGES]
    abuse = [r for c in clients[:abusers] for r in c.results]
    times = [r[2] * 1000 for r in cheap if r[1] == 200]
    page_times = [r[2] * 1000 for r in pages if r[1] == 200]
    return {
        "seconds": seconds,
        "connections": connections,
        "abusers": abusers,
        "notices": notices + 5,
        "cheap_requests": len(cheap),
        "cheap_per_second": round(len(cheap) / seconds, 1),
        "cheap_p50_ms": round(percentile(times, 0.50), 1),
        "cheap_p95_ms": round(percentile(times, 0.95), 1),
        "cheap_max_ms": round(max(times), 1) if times else None,
        "cheap_errors": len([r for r in cheap if r[1] != 200]),
        "cheap_p50_p95_ms_by_path": {
            path: [round(percentile(ms, 0.5), 1), round(percentile(ms, 0.95), 1)]
            for path in CHEAP
            if (ms := [r[2] * 1000 for r in cheap if r[0] == path and r[1] == 200])
        },
        "cheap_error_kinds": dict(Counter(str(r[1]) for r in cheap if r[1] != 200)),
        "page_requests": len(pages),
        "page_p50_ms": round(percentile(page_times, 0.50), 1),
        "page_p95_ms": round(percentile(page_times, 0.95), 1),
        "page_errors": len([r for r in pages if r[1] != 200]),
        "abusive_requests": len(abuse),
        "abusive_answers": dict(Counter(str(r[1]) for r in abuse)),
        "abusive_answers_by_query": {path[:60]: dict(Counter(str(r[1]) for r in abuse if r[0] == path)) for path in ABUSE},
        "abusive_p95_ms": round(percentile([r[2] * 1000 for r in abuse], 0.95), 1),
        "builds": builds,
        "server_peak_rss_mb": round(rss, 1),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--abusers", type=int, default=4)
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds each client waits between requests")
    parser.add_argument("--no-builds", action="store_true", help="serve only: no builds during the soak")
    parser.add_argument("--cheap-only", action="store_true", help="leave the heavier pages out of the mix")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="ncnd-soak-"))
    try:
        result = soak(args.seconds, args.connections, args.abusers, args.notices, args.interval, workdir, not args.no_builds, not args.cheap_only)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, indent=2))
    print(
        f"\ncheap pages: {result['cheap_requests']} requests ({result['cheap_per_second']}/s), "
        f"p50 {result['cheap_p50_ms']} ms, p95 {result['cheap_p95_ms']} ms, max {result['cheap_max_ms']} ms, "
        f"{result['cheap_errors']} errors; heavier pages: p50 {result['page_p50_ms']} ms, p95 {result['page_p95_ms']} ms, "
        f"{result['page_errors']} errors; abusive: {result['abusive_requests']} answered {result['abusive_answers']}; "
        f"builds {[(b['kind'], b['exit']) for b in result['builds']]}; server peak RSS {result['server_peak_rss_mb']} MB"
    )
    failed = result["cheap_errors"] or result["page_errors"] or result["server_peak_rss_mb"] > 1024 or any(b["exit"] for b in result["builds"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
