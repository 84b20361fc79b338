#!/usr/bin/env python3
"""Benchmark the build against the cheapest possible load of the same texts.

    python bench/run.py [--sizes 10000,100000] [--out bench/out] [--seed 1] [--workers N]

For each corpus size N it reports, in one run:
  full build     ncnd.build.build_database(corpus, db, full=True): seconds and notices/s
  floor          the same files read and loaded with a bare sqlite-utils insert_all + enable_fts
  full / floor   how many times slower the real build is than that floor
  incremental    one file changed (a line appended), build_database(full=False): median of 3
  database       size of the built database in MB
  parse          ncnd.pipeline.parse_file on a sample of notices: median ms per notice
and ends with a Markdown table for bench/README.md.

Corpora are generated once into OUT/corpus-N by bench/generate.py and reused while the count,
seed and generator are unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent

REPEATS = 3


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH_DIR / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def snapshot_package(out: Path) -> Path:
    """Copy scripts/ncnd to OUT/snapshot so that edits made during a long run change nothing measured.

    The build re-parses everything when its code or vocabularies change; without a frozen copy an
    incremental build timed while someone edits the parser would really be a full build.
    """
    target = out / "snapshot"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(REPO / "scripts" / "ncnd", target / "ncnd", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def import_pipeline(need_build: bool, package_root: Path):
    """The project's build and parse entry points, or a message saying what is missing."""
    sys.path.insert(0, str(package_root))
    try:
        from ncnd import provenance
    except ImportError as e:
        return None, f"the ncnd package cannot be imported ({e}); run `.venv/bin/pip install -e .`"
    parts = {"provenance": provenance}
    try:
        from ncnd.pipeline import parse_file

        parts["parse_file"] = parse_file
    except ImportError as e:
        if need_build:
            return None, f"ncnd.pipeline.parse_file is not available yet ({e})"
    if need_build:
        try:
            from ncnd.build import build_database
        except ImportError as e:
            return None, f"ncnd.build.build_database is not available yet ({e})"
        parts["build_database"] = build_database
    return parts, None


def corpus_files(parts, corpus_dir: Path) -> list[str]:
    return parts["provenance"].corpus_files(corpus_dir)


def ensure_corpus(generator, parts, out: Path, count: int, seed: int) -> tuple[Path, float | None]:
    """OUT/corpus-N, generated unless an identical one (count, seed, generator) is already there."""
    corpus_dir = out / f"corpus-{count}"
    stamp_path = out / f"corpus-{count}.json"
    stamp = {"count": count, "seed": seed,
             "generator_sha256": hashlib.sha256((BENCH_DIR / "generate.py").read_bytes()).hexdigest()}
    if corpus_dir.is_dir() and stamp_path.exists():
        try:
            if json.loads(stamp_path.read_text()) == stamp:
                return corpus_dir, None
        except ValueError:
            pass
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    stamp_path.unlink(missing_ok=True)
    started = time.perf_counter()
    generator.generate(corpus_dir, count, seed)
    seconds = time.perf_counter() - started
    # The build must see notices only: park the truth file beside the corpus if it would be read as one.
    truth = corpus_dir / "truth.jsonl"
    if "truth.jsonl" in corpus_files(parts, corpus_dir):
        truth.replace(out / f"truth-{count}.jsonl")
        print(f"  (truth.jsonl moved to {out / f'truth-{count}.jsonl'}: the build would read it as a notice)")
    stamp_path.write_text(json.dumps(stamp) + "\n")
    return corpus_dir, seconds


def floor_load(corpus_dir: Path, rels: list[str], db_path: Path) -> float:
    """Seconds to read every file and load it with nothing but insert_all and a full-text index."""
    import sqlite_utils

    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite_utils.Database(db_path)
    rows = ({"path": rel, "text": (corpus_dir / rel).read_bytes().decode("utf-8-sig", errors="replace")} for rel in rels)
    db["docs"].insert_all(rows, pk="path", batch_size=500)
    db["docs"].enable_fts(["text"])
    db.close()
    return time.perf_counter() - started


def parse_times(parse_file, corpus_dir: Path, rels: list[str], sample: int, seed: int) -> list[float]:
    """Milliseconds per parse_file call over a fixed random sample (after one warm-up call)."""
    chosen = random.Random(seed).sample(rels, min(sample, len(rels)))
    parse_file(corpus_dir / chosen[0])  # first call pays for imports and compiled patterns
    times = []
    for rel in chosen:
        started = time.perf_counter()
        parse_file(corpus_dir / rel)
        times.append((time.perf_counter() - started) * 1000)
    return times


def one_file_edits(target: Path, restore):
    """Append a line to target REPEATS times, yielding after each edit; then put the file back and call
    restore() so that the database is in step with the corpus again."""
    original = target.read_bytes()
    try:
        for k in range(REPEATS):
            with open(target, "ab") as f:
                f.write(f"\nAmended copy {k + 1}: a line added to time an incremental build.\n".encode())
            yield k
    finally:
        target.write_bytes(original)
        restore()


def incremental_builds(build_database, corpus_dir: Path, rels: list[str], db_path: Path, workers, stages: list) -> list[tuple[float, int, float]]:
    """(seconds, files re-parsed, of which cross-notice analysis) for REPEATS one-file edits.

    Each build's seconds per stage are appended to stages."""
    build = partial(build_database, corpus_dir, db_path, full=False, workers=workers)
    runs = []
    for _ in one_file_edits(corpus_dir / rels[len(rels) // 2], build):
        started = time.perf_counter()
        summary = build()
        runs.append((time.perf_counter() - started, summary.reparsed, getattr(summary, "analysis_seconds", 0.0)))
        stages.append(getattr(summary, "stages", {}))
    return runs


def incremental_commands(corpus_dir: Path, rels: list[str], db_path: Path, package_root: Path) -> list[float]:
    """Wall seconds of `ncnd build` run as a new process after a one-file edit, REPEATS times: what a user
    waits for, Python's start-up and imports included."""
    env = dict(os.environ, PYTHONPATH=str(package_root))
    command = [sys.executable, "-m", "ncnd.cli", "build", "--corpus", str(corpus_dir), "--db", str(db_path), "--quiet"]
    runs = []
    for _ in one_file_edits(corpus_dir / rels[len(rels) // 3], lambda: subprocess.run(command, env=env, capture_output=True)):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        runs.append(time.perf_counter() - started)
        if done.returncode or " 1 parsed" not in done.stdout:
            print(f"  warning       the build command did not re-parse exactly one file: {done.stdout.strip()} {done.stderr.strip()[-300:]}")
    return runs


def measure(size: int, args, generator, parts) -> dict:
    print(f"\n== {size:,} notices ==", flush=True)
    corpus_dir, gen_seconds = ensure_corpus(generator, parts, args.out, size, args.seed)
    rels = corpus_files(parts, corpus_dir)
    corpus_mb = sum((corpus_dir / rel).stat().st_size for rel in rels) / 1e6
    result = {"notices": size, "files": len(rels), "corpus_mb": round(corpus_mb, 1)}
    if gen_seconds is None:
        print(f"  corpus        {corpus_dir} reused ({len(rels):,} files, {corpus_mb:.0f} MB)")
    else:
        result["generate_seconds"] = round(gen_seconds, 2)
        print(f"  corpus        generated {len(rels):,} files ({corpus_mb:.0f} MB) in {gen_seconds:.1f}s "
              f"({size / gen_seconds:,.0f} notices/s)")

    floor_db = args.out / f"floor-{size}.db"
    floors = [floor_load(corpus_dir, rels, floor_db) for _ in range(REPEATS)]
    floor_seconds = statistics.median(floors)
    result["floor_seconds"] = round(floor_seconds, 2)
    result["floor_docs_per_s"] = round(len(rels) / floor_seconds)
    print(f"  floor         {floor_seconds:.2f}s = {len(rels) / floor_seconds:,.0f} docs/s "
          f"(median of {REPEATS}: {', '.join(f'{s:.2f}' for s in floors)}), "
          f"{floor_db.stat().st_size / 1e6:.0f} MB")
    floor_db.unlink(missing_ok=True)

    if "build_database" in parts:
        build_database = parts["build_database"]
        db_path = args.out / f"ncnd-{size}.db"
        db_path.unlink(missing_ok=True)
        started = time.perf_counter()
        summary = build_database(corpus_dir, db_path, full=True, workers=args.workers)
        full_seconds = time.perf_counter() - started
        result["full_analysis_seconds"] = round(getattr(summary, "analysis_seconds", 0.0), 2)
        result["full_stages"] = getattr(summary, "stages", {})
        result.update({
            "full_seconds": round(full_seconds, 2),
            "full_docs_per_s": round(len(rels) / full_seconds),
            "full_over_floor": round(full_seconds / floor_seconds, 1),
            "build_notices": summary.notices,
            "build_errors": summary.errors,
            "db_mb": round(db_path.stat().st_size / 1e6, 1),
        })
        print(f"  full build    {full_seconds:.1f}s = {len(rels) / full_seconds:,.0f} docs/s "
              f"({summary.notices:,} notices, {summary.errors:,} errors)")
        print(f"  full / floor  {full_seconds / floor_seconds:.1f}x (of the build, cross-notice analysis "
              f"{result['full_analysis_seconds']:.1f}s)")
        print(f"  stages        " + ", ".join(f"{k} {v:.1f}s" for k, v in result["full_stages"].items()))
        print(f"  database      {result['db_mb']:.1f} MB")
        stages = []
        runs = incremental_builds(build_database, corpus_dir, rels, db_path, args.workers, stages)
        result["incremental_stages"] = {k: round(statistics.median(s.get(k, 0.0) for s in stages), 3) for k in (stages[0] if stages else {})}
        incremental = statistics.median(s for s, _, _ in runs)
        loader_only = statistics.median(s - a for s, _, a in runs)
        result["incremental_seconds"] = round(incremental, 3)
        result["incremental_loader_seconds"] = round(loader_only, 3)
        result["incremental_reparsed"] = [n for _, n, _ in runs]
        print(f"  incremental   {incremental:.2f}s median of {REPEATS} "
              f"({', '.join(f'{s:.2f}s/{n} parsed' for s, n, _ in runs)}); "
              f"without the cross-notice analysis {loader_only:.2f}s")
        print(f"  stages        " + ", ".join(f"{k} {v:.2f}s" for k, v in result["incremental_stages"].items()) + " (medians)")
        if any(n != 1 for _, n, _ in runs):
            print("  warning       an incremental build re-parsed more than the changed file: the loader's code or "
                  "vocabularies changed during the run, so that figure is a full build")
        commands = incremental_commands(corpus_dir, rels, db_path, args.package_root)
        result["incremental_command_seconds"] = round(statistics.median(commands), 3)
        print(f"  incremental   `ncnd build` as a new process: {result['incremental_command_seconds']:.2f}s median of "
              f"{REPEATS} ({', '.join(f'{s:.2f}s' for s in commands)}), start-up and imports included")
        if args.keep_db:
            print(f"  kept          {db_path}")
        else:
            db_path.unlink(missing_ok=True)

    if "parse_file" in parts:
        times = parse_times(parts["parse_file"], corpus_dir, rels, args.sample, args.seed)
        result["parse_ms_median"] = round(statistics.median(times), 2)
        result["parse_ms_p95"] = round(sorted(times)[int(len(times) * 0.95) - 1], 2)
        print(f"  parse         median {result['parse_ms_median']:.2f} ms/notice, p95 {result['parse_ms_p95']:.2f} ms "
              f"(sample of {len(times)})")
    return result


def cell(result: dict, key: str, fmt: str) -> str:
    value = result.get(key)
    return "–" if value is None else format(value, fmt)


def markdown_table(results: list[dict]) -> str:
    head = ["Notices", "Corpus MB", "Full build s", "Build docs/s", "Floor docs/s", "Full ÷ floor",
            f"Incremental s (median of {REPEATS})", "of which loader s", "`ncnd build` command s", "DB MB",
            "Parse ms/notice (median)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in results:
        lines.append("| " + " | ".join([
            f"{r['notices']:,}", cell(r, "corpus_mb", ".0f"), cell(r, "full_seconds", ".1f"),
            cell(r, "full_docs_per_s", ",.0f"), cell(r, "floor_docs_per_s", ",.0f"),
            cell(r, "full_over_floor", ".1f"), cell(r, "incremental_seconds", ".2f"),
            cell(r, "incremental_loader_seconds", ".2f"), cell(r, "incremental_command_seconds", ".2f"),
            cell(r, "db_mb", ".0f"), cell(r, "parse_ms_median", ".2f"),
        ]) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark ncnd builds against a bare sqlite-utils load.")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes (default 10000,100000)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out", help="where corpora and databases go")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None, help="build worker processes (default: all cores)")
    parser.add_argument("--sample", type=int, default=500, help="notices timed for the parse figure")
    parser.add_argument("--floor-only", action="store_true",
                        help="measure only the corpus, the floor and (if available) parse time")
    parser.add_argument("--keep-db", action="store_true", help="keep OUT/ncnd-N.db after the run")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes must be integers separated by commas, not {args.sizes!r}")
    if not sizes or min(sizes) < 10:
        parser.error("each size must be at least 10")

    args.out.mkdir(parents=True, exist_ok=True)
    args.package_root = snapshot_package(args.out)
    parts, problem = import_pipeline(not args.floor_only, args.package_root)
    if problem:
        print(f"bench/run.py: cannot benchmark the build: {problem}.", file=sys.stderr)
        print("Use --floor-only to measure the corpus and the sqlite-utils floor meanwhile.", file=sys.stderr)
        return 2
    generator = load_generator()
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
          f"build workers {args.workers or os.cpu_count()}, seed {args.seed}, "
          f"package snapshot of the working tree at {commit.stdout.strip() or 'unknown commit'}")
    results = [measure(size, args, generator, parts) for size in sizes]
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print("\n" + markdown_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
