"""The ncnd command line: it only wires the pipeline stages together."""

import json
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import click

DEFAULT_CORPUS = Path("corpus")
DEFAULT_DB = Path("build/ncnd.db")

# Datasette settings that matter at 100k notices; `ncnd serve`, the Makefile and the Dockerfile share them.
DATASETTE_SETTINGS = [
    ("suggest_facets", "off"),
    ("sql_time_limit_ms", "3000"),
    ("max_returned_rows", "2000"),
    ("default_page_size", "50"),
    ("facet_time_limit_ms", "500"),
    ("default_cache_ttl", "3600"),
    ("allow_download", "on"),
    ("truncate_cells_html", "300"),
]


def datasette_args(db: Path, *, host: str, port: int, immutable: bool = False) -> list[str]:
    """Live by default: the database opened read-only (WAL), so rebuilds show without a restart."""
    root = Path(__file__).resolve().parents[2]
    args = ["serve", "-i" if immutable else "", str(db), "--metadata", str(root / "metadata.yml")]
    args = [a for a in args if a]
    if (root / "plugins").is_dir():
        args += ["--plugins-dir", str(root / "plugins")]
    if (root / "templates").is_dir():
        args += ["--template-dir", str(root / "templates")]
    if (root / "static").is_dir():
        args += ["--static", f"static:{root / 'static'}"]
    inspect = db.with_name("inspect-data.json")
    if immutable and inspect.exists():
        args += ["--inspect-file", str(inspect)]
    for name, value in DATASETTE_SETTINGS:
        args += ["--setting", name, value]
    return args + ["--cors", "--host", host, "--port", str(port)]


@click.group()
@click.version_option()
def cli():
    """UK police FOI responses and ICO decisions about surveillance technology, as SQLite.

    Example:

        ncnd build && ncnd serve
    """


@cli.command()
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS, show_default=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--full", is_flag=True, help="Parse every file again, even unchanged ones.")
@click.option("--workers", type=int, default=None, help="Parsing processes (default: one per core).")
@click.option("--strict", is_flag=True, help="Exit non-zero when any file could not be parsed.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build(corpus_dir, db_path, full, workers, strict, quiet):
    """Build the database from the corpus folder.

    Only new or changed files are parsed again; a file that cannot be read or
    parsed is recorded in build_errors and the build goes on.

    Example:

        ncnd build --corpus corpus/ --db build/ncnd.db
    """
    import signal
    import sqlite3

    from .build import BuildLocked, build_database

    if not corpus_dir.is_dir():
        raise click.ClickException(f"corpus folder not found: {corpus_dir}")
    # Over a file size limit, a write fails (and the build with it) instead of the kernel killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        summary = build_database(corpus_dir, db_path, full=full, workers=workers, progress=not quiet and sys.stderr.isatty())
    except BuildLocked as e:
        raise click.ClickException(str(e))
    except (sqlite3.OperationalError, OSError) as e:
        code = getattr(e, "sqlite_errorname", "") or ""
        if code == "SQLITE_FULL" or code.startswith("SQLITE_IOERR") or getattr(e, "errno", None) in (28, 27):  # ENOSPC, EFBIG
            reason = f"{code}: {e}" if code else str(e)
            raise click.ClickException(
                f"the build stopped: it could not write its files ({reason}; is the disk full?); {db_path} was left as it was"
            )
        raise
    click.echo(summary.line())
    if summary.errors:
        click.echo(f"{summary.errors} file(s) could not be parsed: see the build_errors table", err=True)
        if strict:
            sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one object per file, in argument order.")
@click.option("--source-url", default=None, help="Where the notice was published (default: its row in a sources.csv beside it).")
def parse(files, as_json, source_url):
    """Parse notices and print what was found.

    The source URL is evidence where the text is silent (the force's domain, the log's month), as in
    a build.

    Example:

        ncnd parse corpus/000_84e63d2b671adfe2.txt --json
    """
    from .pipeline import parse_file, source_url_beside

    for path in files:
        record = parse_file(path, source_url if source_url is not None else source_url_beside(path))
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        click.echo(f"{record['file']}")
        for key in ("doc_type", "authority", "reference", "date", "published", "ncnd", "outcome", "exemptions", "technologies"):
            click.echo(f"  {key}: {record.get(key)}")
        click.echo(f"  questions: {len(record.get('questions') or [])}")
        for warning in record.get("warnings") or []:
            click.echo(f"  warning: {warning}")


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--labels", "labels_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="JSON Lines of hand labels, one object per page with its \"file\".")
@click.option("--misses", is_flag=True, help="Also list each page and field the parser got wrong or left null.")
@click.option("--json", "as_json", is_flag=True, help="The scores as one JSON object.")
def score(folder, labels_path, misses, as_json):
    """Score the parser against hand-labelled pages: per-field accuracy and micro-F1.

    "wrong" (an answer that is not the label) is counted apart from "null where labelled": a wrong
    value gets printed, a null does not. FOLDER is read like a corpus: a sources.csv there gives each
    page's source URL. Only counts are printed, never page text.

    Example:

        ncnd score ~/labelled-pages --labels ~/labelled-pages/labels.jsonl
    """
    from .pipeline import parse_file
    from .score import read_labels, report_lines, score_folder

    try:
        labels = read_labels(labels_path)
        scores, pages = score_folder(folder, labels, parse_file)
    except (ValueError, FileNotFoundError) as e:
        raise click.ClickException(str(e))
    if as_json:
        out = {name: {"right": s.right, "wrong": s.wrong, "missed": s.missed, "accuracy": s.accuracy, "f1": s.f1} for name, s in scores.items()}
        click.echo(json.dumps({"pages": pages, "fields": out}))
    else:
        for line in report_lines(scores, pages):
            click.echo(line)
    if misses:
        for s in scores.values():
            for miss in s.misses:
                click.echo(json.dumps(miss, ensure_ascii=False), err=as_json)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source-url", required=True, help="Where the notice was published (use '' if unknown).")
@click.option("--retrieved", default=None, help="ISO date it was retrieved (default: today).")
@click.option("--licence", default=None, help="Licence of the notice (default: Open Government Licence v3.0).")
@click.option("--notes", default=None)
@click.option("--name", default=None, help="File name in the corpus (default: the file's own name).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS, show_default=True)
def add(file, source_url, retrieved, licence, notes, name, corpus_dir):
    """Copy a notice into the corpus and record where it came from.

    Example:

        ncnd add ~/Downloads/foi-1234.pdf --source-url https://www.example.police.uk/foi-ai/disclosure/1234
    """
    from . import provenance
    from .ingest import FORMATS

    if retrieved is not None:
        try:
            date.fromisoformat(retrieved)
        except ValueError:
            raise click.ClickException(f"--retrieved must be an ISO date like 2026-02-06, not {retrieved!r}")
    if source_url and not source_url.startswith(("http://", "https://")):
        raise click.ClickException(f"--source-url must be an http(s) address, not {source_url!r}")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target_name = name or file.name
    if "/" in target_name or target_name in provenance.NOT_NOTICES or target_name.startswith("."):
        raise click.ClickException(f"not a usable corpus file name: {target_name!r}")
    target = corpus_dir / target_name
    data = file.read_bytes()
    sha = provenance.sha256_bytes(data)
    manifest = provenance.read_manifest(corpus_dir)
    for existing, row in manifest.items():
        if row.get("sha256") == sha and existing != target_name:
            raise click.ClickException(f"the corpus already holds this file as {existing}")
    if target.exists() and target.read_bytes() != data:
        raise click.ClickException(f"{target} exists with other content: choose another --name")
    shutil.copyfile(file, target)
    manifest[target_name] = {
        "file": target_name,
        "sha256": sha,
        "format": FORMATS.get(target.suffix.lower(), "unknown"),
        "source_url": source_url or None,
        "retrieved": retrieved or date.today().isoformat(),
        "licence": licence or provenance.DEFAULT_LICENCE,
        "notes": notes,
    }
    provenance.write_manifest(corpus_dir, manifest)
    click.echo(f"Added {target} ({sha[:12]}); run `ncnd build` to load it")


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--since", default=None, help="Only notices listed on or after this ISO date.")
@click.option("--max-items", type=click.IntRange(min=1), default=None, help="At most this many notices per source.")
@click.option("--topic", default=None, help="Comma-separated terms or technology ids (default: the technology vocabulary); 'all' keeps everything.")
@click.option("--dry-run", is_flag=True, help="List what would be fetched (listing pages are read), download nothing.")
@click.option("--contact", envvar="NCND_CONTACT", default=None, help="Your e-mail or web address, sent in the User-Agent (or set NCND_CONTACT).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS, show_default=True)
@click.option("--sources-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="Another sources.yml (default: the packaged one).")
@click.option("--quiet", is_flag=True, help="No progress lines.")
def fetch(sources, since, max_items, topic, dry_run, contact, corpus_dir, sources_file, quiet):
    """Collect notices from the sources into the corpus, politely, keeping every version.

    SOURCE is soh (every Single Online Home force), soh:FORCE, all-forces, a source of
    vocab/sources.yml (west-midlands-police, northumbria-police, police-service-of-northern-ireland,
    police-scotland, ico), an https:// address (a WhatDoTheyKnow request page, or any page), or a
    file of addresses. Run `ncnd build` afterwards to parse what was collected.

    \b
    Example:
        ncnd fetch soh:kent-police ico --since 2024-01-01 --contact you@example.org
    """
    from .fetch import run, sources as fetch_sources

    if not contact or "@" not in contact and not contact.startswith(("http://", "https://")):
        raise click.ClickException("--contact (or NCND_CONTACT) must be an e-mail or web address: sites are told who is asking")
    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        raise click.ClickException(f"--since must be an ISO date like 2024-01-31, not {since!r}")
    try:
        data = fetch_sources.load_sources(sources_file)
        topic_filter = fetch_sources.Topic.from_option(topic)
        adapters = fetch_sources.resolve(list(sources), data=data, topic=topic_filter, since=since_date, max_items=max_items)
    except fetch_sources.SourceError as e:
        raise click.ClickException(str(e))
    progress = run.Progress(enabled=not quiet and sys.stderr.isatty())
    summary = run.fetch(adapters, corpus_dir=corpus_dir, contact=contact, dry_run=dry_run, progress=progress,
                        settings_for=fetch_sources.settings_by_origin(adapters, data))
    for url, known in summary.planned:
        click.echo(f"would fetch {url} ({'known: conditional request' if known == 'known' else 'new'})")
    for message in summary.errors:
        click.echo(f"error: {message}", err=True)
    for origin, sent in sorted(summary.requests.items()):
        reason = summary.stopped_hosts.get(origin)
        click.echo(f"{origin}: {len(sent)} requests" + (f", {reason}" if reason else ""), err=True)
    click.echo(("dry run: " if dry_run else "") + summary.line())
    if not dry_run and (summary.counts["new"] or summary.counts["changed"] or summary.counts["withdrawn"]):
        click.echo("run `ncnd build` to load them")


@cli.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--immutable", is_flag=True, help="For a database that never changes: faster counts, but a rebuild needs a restart.")
@click.option("--mutable", is_flag=True, hidden=True, help="The default now; kept so old commands still work.")
@click.option("--print-command", is_flag=True, help="Print the datasette command instead of running it.")
def serve(db_path, host, port, immutable, mutable, print_command):
    """Serve the database with Datasette, our metadata and plugins.

    The database is opened read-only: `ncnd build` can run while it is served, and
    pages show the new rows as soon as the build commits, without a restart.

    Example:

        ncnd serve --port 8001
    """
    if not db_path.exists() and not print_command:
        raise click.ClickException(f"{db_path} does not exist: run `ncnd build` first")
    args = ["datasette"] + datasette_args(db_path, host=host, port=port, immutable=immutable and not mutable)
    if immutable and not mutable and db_path.exists():
        # An immutable reader ignores the WAL: rows a build committed there are first moved into the file.
        import sqlite3

        try:
            conn = sqlite3.connect(db_path, timeout=10)
            conn.execute("pragma wal_checkpoint(truncate)")
            conn.close()
        except sqlite3.DatabaseError as e:
            raise click.ClickException(f"{db_path} could not be prepared for immutable serving ({e}): serve it without --immutable")
    if print_command:
        click.echo(" ".join(args))
        return
    exe = Path(sys.executable).with_name("datasette")
    exe = str(exe) if exe.exists() else shutil.which("datasette")
    if not exe:
        raise click.ClickException("datasette is not installed: run `make install`")
    # Become datasette rather than wait on it, so stopping `ncnd serve` stops the server too.
    os.execv(exe, [exe] + args[1:])


if __name__ == "__main__":
    cli()
