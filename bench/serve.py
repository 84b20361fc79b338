#!/usr/bin/env python3
"""Serve generated databases under load: `ncnd serve` against plain Datasette on the same file.

    python bench/serve.py [--sizes 10000,100000] [--seconds 10] [--connections 32]

For each size N it builds (once; later runs reuse it) OUT/site-N/ncnd.db from the generated corpus
OUT/corpus-N (bench/generate.py, the same corpora as bench/run.py) with `ncnd build` and
`datasette inspect`, then starts on loopback:

  ncnd          `ncnd serve` as shipped (response cache on)
  ncnd-nocache  `ncnd serve` with the response cache off: every request makes its page
  plain         `datasette serve -i` with no metadata, no plugins and suggest_facets off

and runs a closed-loop load on each URL of a fixed mix in turn: C connections, each sending its
next request when the last one is answered, for S seconds. Per URL it prints requests/s, p50, p95,
p99 latency, errors (non-200 or failed requests), facets that timed out (from the JSON of table
pages), and the bytes over the wire (gzip) of the page alone and with its scripts and styles.
It also times the `search` query's FTS statement run directly in SQLite, for comparison.
Results go to OUT/serve-results.json and a Markdown table is printed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(BENCH_DIR))

PLAIN_SETTINGS = ["--setting", "suggest_facets", "off"]
ASSET = re.compile(r"""<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)\"""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(size: int, out: Path, seed: int) -> Path:
    """OUT/site-N/ncnd.db built from OUT/corpus-N, with its inspect file; reused when nothing changed."""
    import run  # bench/run.py: the same corpus, generated once

    from ncnd import provenance

    corpus, generated = run.ensure_corpus(run.load_generator(), {"provenance": provenance}, out, size, seed)
    if generated is not None:
        print(f"  corpus        generated {corpus} in {generated:.0f}s")
    db = out / f"site-{size}" / "ncnd.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "ncnd"), "build", "--corpus", str(corpus), "--db", str(db), "--quiet"], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"ncnd build failed: {done.stdout}{done.stderr}")
    print(f"  build         {done.stdout.strip()} ({time.perf_counter() - started:.0f}s)")
    subprocess.run([str(BIN / "datasette"), "inspect", str(db), "--inspect-file", str(db.with_name("inspect-data.json"))], check=True)
    return db


class Server:
    def __init__(self, name: str, command: list[str], env: dict | None = None):
        self.name, self.port = name, free_port()
        self.process = subprocess.Popen(
            command + ["--port", str(self.port)], env=dict(os.environ, **(env or {})),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 900  # plain Datasette hashes the whole file before it listens (minutes at 100k)
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {self.process.returncode}")
                time.sleep(0.3)
        self.stop()  # never leave a server behind
        raise RuntimeError(f"{name} did not start")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def plain_datasette_command(db: Path) -> list[str]:
    """Datasette with every installed plugin unregistered: what `datasette serve` is without this project."""
    return [sys.executable, str(Path(__file__).resolve()), "--run-plain-datasette", "serve", "-i", str(db), *PLAIN_SETTINGS]


def run_plain_datasette(argv: list[str]) -> None:
    from datasette.plugins import DEFAULT_PLUGINS, pm

    for plugin in list(pm.get_plugins()):
        if plugin.__name__ not in DEFAULT_PLUGINS:
            pm.unregister(plugin)
    from datasette.cli import cli

    cli(argv)


def sample_values(db: Path) -> dict:
    """Real values for the parameterised pages, from the database itself."""
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    one = lambda sql: (conn.execute(sql).fetchone() or [None])[0]  # noqa: E731
    ids = [row[0] for row in conn.execute("select id from notices order by random() limit 2000")]
    values = {
        "notice_ids": ids,
        "family": one("select id from request_families order by size desc limit 1"),
        "template": one("select id from template_families order by authority_count desc limit 1"),
        "case_notice": one("select from_notice_id from lifecycle_links limit 1"),
        "authority": one("select authority_id from notices where authority_id is not null group by 1 order by count(*) desc limit 1"),
    }
    conn.close()
    return values


def warm_notices(db: Path, ids: list[str]) -> float:
    """Read the sampled notices' rows, and every row pointing at them, once: whichever server is measured
    first would otherwise also pay for bringing them from disk into the machine's page cache."""
    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    tables = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")]
    pointing = [(t, row[3]) for t in tables for row in conn.execute(f"pragma foreign_key_list([{t}])") if row[2] == "notices"]
    for notice_id in ids:
        conn.execute("select * from notices n left join documents d on d.path = n.document_path where n.id = ?", [notice_id]).fetchall()
        for table, column in pointing:
            conn.execute(f"select * from [{table}] where [{column}] = ?", [notice_id]).fetchall()
    conn.close()
    return time.perf_counter() - started


def url_mix(values: dict, canned: list[str]) -> list[tuple[str, object, bool]]:
    """(label, path or path maker, plain Datasette serves it too)."""
    params = {
        "force_record": "authority=" + quote("Kent"),
        "technology_record": "technology=rekognition",
        "search": "q=" + quote("facial recognition"),
        "request_family_matrix": "family=" + quote(str(values["family"] or "")),
        "template_users": "template=" + quote(str(values["template"] or "")),
        "case_history": "notice=" + quote(str(values["case_notice"] or "")),
    }
    ids = values["notice_ids"]
    mix = [
        ("home", "/", True),
        ("notices table, with facets", "/ncnd/notices", True),
        ("notices filtered (year, outcome)", "/ncnd/notices?year=2021&outcome=ncnd", True),
        ("notices filtered (technology)", "/ncnd/notices?_technology=amazon_rekognition", False),
        ("table search", "/ncnd/notices?_search=rekognition", True),
        ("table search, citation", "/ncnd/notices?_search=" + quote("s.24(2)"), False),
        ("a notice page", "/ncnd/notices/" + quote(ids[0]), True),
        ("notice pages (random of 2,000)", lambda: "/ncnd/notices/" + quote(random.choice(ids)), True),
        ("CSV export (1,000 rows)", "/ncnd/notices.csv?_size=1000", True),
        ("chart SVG", "/-/charts/forces-by-ncnd.svg", False),
        ("chart PNG", "/-/charts/forces-by-ncnd.png", False),
        ("chart embed", "/-/charts/forces-by-ncnd/embed", False),
    ]
    for name in canned:
        mix.append((f"query {name}", f"/ncnd/{name}" + (f"?{params[name]}" if name in params else ""), False))
    return mix


class Connection:
    """One keep-alive HTTP/1.1 connection, read by hand: httpx costs the machine's CPU more than the server does."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, int]:
        """(status, bytes received) for GET path; reconnects when the server closed the connection."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)}
        size = len(head)
        if b"content-length" in headers:
            size += len(await self.reader.readexactly(int(headers[b"content-length"])))
        elif headers.get(b"transfer-encoding") == b"chunked":
            while True:
                line = await self.reader.readuntil(b"\r\n")
                n = int(line.split(b";")[0], 16)
                size += len(line) + len(await self.reader.readexactly(n + 2))
                if n == 0:
                    break
        if headers.get(b"connection") == b"close":
            self.close()
        return status, size

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(port: int, path, seconds: float, connections: int) -> dict:
    """Closed loop: each connection sends its next request when the last one is answered."""
    latencies, errors = [], 0
    deadline = time.perf_counter() + seconds

    async def worker():
        nonlocal errors
        conn = Connection(port)
        while time.perf_counter() < deadline:
            target = path() if callable(path) else path
            started = time.perf_counter()
            try:
                status, _ = await asyncio.wait_for(conn.get(target), timeout=30)
                ok = status == 200
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                conn.close()
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += not ok
        conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    pick = lambda q: round(1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1)  # noqa: E731
    return {"requests": len(latencies), "rps": round(len(latencies) / elapsed, 1), "p50_ms": pick(0.50),
            "p95_ms": pick(0.95), "p99_ms": pick(0.99), "errors": errors}


def first_view(url_base: str, path: str) -> dict:
    """One cold request: its latency, its gzip bytes, and the bytes of the scripts and styles it names."""
    import httpx

    with httpx.Client(base_url=url_base, timeout=60, headers={"Accept-Encoding": "gzip"}) as client:
        started = time.perf_counter()
        response = client.get(path)
        cold_ms = round(1000 * (time.perf_counter() - started), 1)
        wire = response.num_bytes_downloaded  # as sent: compressed when gzipped
        again = []
        for _ in range(5):  # the same page again, one request at a time: no queueing, caches warm
            started = time.perf_counter()
            client.get(path)
            again.append(1000 * (time.perf_counter() - started))
        assets = 0
        if "html" in response.headers.get("content-type", ""):
            for asset in sorted(set(ASSET.findall(response.text))):
                if asset.startswith("/"):
                    r = client.get(asset)
                    assets += r.num_bytes_downloaded
        timed_out = None
        if path.startswith("/ncnd/notices") and not path.startswith("/ncnd/notices/") and ".csv" not in path:
            data = client.get(path.replace("/ncnd/notices", "/ncnd/notices.json", 1)).json()
            timed_out = data.get("facets_timed_out", [])
    return {"status": response.status_code, "cold_ms": cold_ms, "warm_ms": round(statistics.median(again), 1), "page_kb": round(wire / 1024, 1),
            "with_assets_kb": round((wire + assets) / 1024, 1), "facets_timed_out": timed_out}


def direct_search_ms(db: Path, query: str, repeats: int = 5) -> float:
    """The `search` canned query's SQL run directly in SQLite (with the same query rewriting), median ms."""
    import yaml

    from ncnd.citations import mark_citations, rewrite_query
    from datasette.utils import escape_fts

    meta = yaml.safe_load((REPO / "metadata.yml").read_text())
    sql = meta["databases"]["ncnd"]["queries"]["search"]["sql"]
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    conn.create_function("escape_fts", 1, lambda q: escape_fts(rewrite_query(q or "")) or '""')
    conn.create_function("mark_citations", 2, mark_citations)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        conn.execute(sql, {"q": query}).fetchall()
        times.append(1000 * (time.perf_counter() - started))
    conn.close()
    return round(statistics.median(times), 1)


def search_page_against_direct(db: Path, url_base: str, query: str, repeats: int = 5) -> dict:
    """The uncached `search` page and its SQL run directly, one after the other, `repeats` times each:
    both medians come from the same minutes of a shared machine."""
    import httpx

    page, direct = [], []
    with httpx.Client(base_url=url_base, timeout=60, headers={"Accept-Encoding": "gzip"}) as client:
        for _ in range(repeats):
            direct.append(direct_search_ms(db, query, repeats=1))
            started = time.perf_counter()
            client.get("/ncnd/search?q=" + quote(query)).raise_for_status()
            page.append(1000 * (time.perf_counter() - started))
    return {"page_ms": round(statistics.median(page), 1), "direct_ms": round(statistics.median(direct), 1)}


def canned_queries() -> list[str]:
    import yaml

    meta = yaml.safe_load((REPO / "metadata.yml").read_text())
    return list(meta["databases"]["ncnd"]["queries"])


def measure(size: int, args) -> dict:
    print(f"\n== {size:,} notices ==", flush=True)
    db = args.out / f"site-{size}" / "ncnd.db"
    if args.reuse_db and db.exists():
        print(f"  database      {db} as it is (--reuse-db: not rebuilt)")
    else:
        db = prepare(size, args.out, args.seed)
    values = sample_values(db)
    mix = url_mix(values, canned_queries())
    from ncnd.serving.plans import full_scans

    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    import yaml

    queries = yaml.safe_load((REPO / "metadata.yml").read_text())["databases"]["ncnd"]["queries"]
    scans = {name: full_scans(conn, q["sql"]) for name, q in queries.items()}
    conn.close()
    scans = {name: lines for name, lines in scans.items() if lines}
    print(f"  query plans   {len(queries) - len(scans)} of {len(queries)} canned queries read no full scan of notices"
          + (f"; scanning: {scans}" if scans else ""))
    direct = direct_search_ms(db, "facial recognition")
    print(f"  direct FTS    `search` SQL for 'facial recognition' run in SQLite: {direct} ms (median of 5)")
    result = {"notices": size, "direct_search_ms": direct, "full_scans": scans, "servers": {}}
    ncnd = [str(BIN / "ncnd"), "serve", "--db", str(db)]
    servers = [
        ("ncnd", ncnd, {}),
        ("ncnd-nocache", ncnd, {"NCND_RESPONSE_CACHE_MB": "0"}),
        ("plain", plain_datasette_command(db), {}),
    ]
    for name, command, env in servers:
        if name not in args.servers:
            continue
        server = Server(name, command, env)
        rows = {}
        print(f"  {name:12} started; load average of the machine {os.getloadavg()[0]:.1f}", flush=True)
        try:
            for label, path, plain_too in mix:
                if name == "plain" and not plain_too:
                    continue
                if args.urls and not any(part in label for part in args.urls):
                    continue
                if name == "plain" and label.startswith("notices table"):
                    label = "notices table (bare, no facets)"
                if label.startswith("notice pages (random"):
                    print(f"  {name:12} read the 2,000 sampled notices' rows first: {warm_notices(db, values['notice_ids']):.1f}s", flush=True)
                first = first_view(server.url, path() if callable(path) else path)
                loaded = asyncio.run(load(server.port, path, args.seconds, args.connections))
                rows[label] = first | loaded
                if name == "ncnd-nocache" and label == "query search":
                    rows[label]["against_direct"] = search_page_against_direct(db, server.url, "facial recognition")
                    print(f"  {name:12} `search` page one at a time, uncached, against its SQL in SQLite, interleaved, medians of 5: "
                          f"{rows[label]['against_direct']}", flush=True)
                r = rows[label]
                print(f"  {name:12} {label:42} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f}  p95 {r['p95_ms']:7.1f}  "
                      f"p99 {r['p99_ms']:7.1f} ms  errors {r['errors']:3}  cold {r['cold_ms']:7.1f} ms  one at a time {r['warm_ms']:7.1f} ms  "
                      f"{r['page_kb']:7.1f} KB ({r['with_assets_kb']:.1f} KB with assets)"
                      + (f"  facets timed out: {r['facets_timed_out']}" if r["facets_timed_out"] else ""), flush=True)
        finally:
            server.stop()
        result["servers"][name] = rows
        save(args, result)
    return result


def save(args, result: dict) -> None:
    """Merge one size's results into OUT/serve-results.json as each server finishes."""
    path = args.out / "serve-results.json"
    try:
        saved = json.loads(path.read_text()) if path.exists() else []
    except ValueError:
        saved = []
    by_size = {r["notices"]: r for r in saved if isinstance(r, dict) and "servers" in r}
    merged = by_size.get(result["notices"], {"servers": {}})
    merged.update({k: v for k, v in result.items() if k != "servers"})
    merged["servers"] = {**merged.get("servers", {}), **result["servers"]}
    by_size[result["notices"]] = merged
    path.write_text(json.dumps([by_size[n] for n in sorted(by_size)], indent=2) + "\n")


def markdown(results: list[dict]) -> str:
    lines = []
    for result in results:
        n = result["notices"]
        lines.append(f"\n{n:,} notices; `search` SQL run directly in SQLite: {result['direct_search_ms']} ms\n")
        lines.append("| URL | server | req/s | p50 ms | p95 ms | p99 ms | errors | cold ms | one at a time ms | KB (with assets) | facets timed out |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for server, rows in result["servers"].items():
            for label, r in rows.items():
                lines.append(f"| {label} | {server} | {r['rps']:,.1f} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['errors']} | "
                             f"{r['cold_ms']} | {r.get('warm_ms', '–')} | {r['page_kb']} ({r['with_assets_kb']}) | {', '.join(r['facets_timed_out'] or []) or '–'} |")
    return "\n".join(lines)


def side_by_side(results: list[dict]) -> str:
    """One row per URL: the three servers side by side (the table in README.md)."""
    lines = []
    for result in results:
        servers = result["servers"]
        cached, fresh, plain = (servers.get(k, {}) for k in ("ncnd", "ncnd-nocache", "plain"))
        lines.append(f"\n{result['notices']:,} notices (`search` SQL alone in SQLite: {result['direct_search_ms']} ms)\n")
        lines.append("| URL | ncnd req/s | p95 ms | no cache: req/s | p95 ms | cold ms | KB over the wire (with scripts, styles) | plain Datasette req/s | p95 ms | errors, timed-out facets |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for label, r in cached.items():
            f = fresh.get(label, {})
            p = plain.get(label) or (plain.get("notices table (bare, no facets)") if label.startswith("notices table") else None) or {}
            problems = sum(x.get("errors", 0) for x in (r, f, p))
            timed_out = sorted(set((r.get("facets_timed_out") or []) + (f.get("facets_timed_out") or [])))
            lines.append(
                f"| {label} | {r['rps']:,.0f} | {r['p95_ms']:.0f} | {f.get('rps', 0):,.1f} | {f.get('p95_ms', 0):.0f} | "
                f"{f.get('cold_ms', r['cold_ms']):.0f} | {r['page_kb']:.1f} ({r['with_assets_kb']:.1f}) | "
                + (f"{p['rps']:,.1f} | {p['p95_ms']:.0f}" if p else "– | –")
                + f" | {problems}{', ' + ', '.join(timed_out) if timed_out else ''} |"
            )
    return "\n".join(lines)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--table-from"]:  # print the README table again from a results file
        print(side_by_side(json.loads(Path(argv[1]).read_text())))
        return 0
    if argv[:1] == ["--run-plain-datasette"]:
        run_plain_datasette(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description="Load-test ncnd serve against plain Datasette on generated databases.")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seconds", type=float, default=10.0, help="load per URL and server (default 10)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--servers", default="ncnd,ncnd-nocache,plain", help="which of ncnd, ncnd-nocache, plain to run")
    parser.add_argument("--urls", default="", help="only the URLs of the mix whose label contains one of these (comma-separated)")
    parser.add_argument("--reuse-db", action="store_true", help="serve OUT/site-N/ncnd.db as it is, without building it first")
    args = parser.parse_args(argv)
    args.servers = set(args.servers.split(","))
    args.urls = [part for part in args.urls.split(",") if part]
    args.out.mkdir(parents=True, exist_ok=True)
    import uvloop  # the same event loop as the servers (uvicorn picks it up when installed)

    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
          f"{args.connections} connections, {args.seconds:g} s per URL and server, load client in this process (raw HTTP/1.1 keep-alive on asyncio)")
    results = [measure(size, args) for size in sizes]
    print(markdown(results))
    print(side_by_side(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
