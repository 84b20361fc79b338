"""The command line a user types: help with examples, clear errors, JSON Lines, provenance on add."""

import csv
import json
import re

import pytest
from click.testing import CliRunner

from ncnd.cli import cli

from .conftest import CORPUS


@pytest.mark.parametrize("command", ["build", "parse", "add", "serve"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "ncnd " + command in result.output


def test_parse_json_prints_one_object_per_file_in_order():
    files = [CORPUS / "003_c9c96f7571ac27c1.txt", CORPUS / "000_84e63d2b671adfe2.txt"]
    result = CliRunner().invoke(cli, ["parse", *map(str, files), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["file"] for r in records] == list(map(str, files))
    assert records[1]["sha256"] == "8095ec0b74b619d1ea5e3911dbb2b847447c075a901c4c9e3766b240c7701a1e"
    for key in ("doc_type", "authority", "authority_id", "reference", "date", "ncnd", "outcome", "exemptions",
                "technologies", "questions", "title", "request_text", "response_text", "evidence", "warnings"):
        assert key in records[0]


def test_parse_of_an_unreadable_file_gives_a_record_with_the_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["parse", str(empty), "--json"])
    record = json.loads(result.output)
    assert result.exit_code == 0
    assert record["doc_type"] == "other" and record["ncnd"] is None
    assert "empty" in record["error"]


def test_add_copies_the_notice_and_records_provenance(tmp_path):
    corpus = tmp_path / "corpus"
    notice = tmp_path / "kent-lfr.html"
    notice.write_text("<html><body><main><p>Kent Police can neither confirm nor deny.</p></main></body></html>")
    url = "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/lfr"
    result = CliRunner().invoke(cli, ["add", str(notice), "--source-url", url, "--retrieved", "2024-05-01", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert (corpus / "kent-lfr.html").read_bytes() == notice.read_bytes()
    rows = list(csv.DictReader(open(corpus / "sources.csv")))
    assert rows == [{
        "file": "kent-lfr.html", "sha256": rows[0]["sha256"], "format": "html", "source_url": url,
        "retrieved": "2024-05-01", "licence": "Open Government Licence v3.0", "notes": "",
    }]
    assert len(rows[0]["sha256"]) == 64
    # The same content twice is refused, naming the file that holds it.
    again = CliRunner().invoke(cli, ["add", str(notice), "--source-url", url, "--name", "copy.html", "--corpus", str(corpus)])
    assert again.exit_code == 1 and "already holds this file as kent-lfr.html" in again.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--source-url", "www.kent.police.uk"], "must be an http(s) address"),
        (["--source-url", "", "--retrieved", "06/02/26"], "must be an ISO date"),
        (["--source-url", "", "--name", "sources.csv"], "not a usable corpus file name"),
    ],
)
def test_add_refuses_bad_provenance_with_a_clear_message(tmp_path, args, message):
    notice = tmp_path / "n.txt"
    notice.write_text("Not held.")
    result = CliRunner().invoke(cli, ["add", str(notice), *args, "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 1
    assert message in result.output


def test_build_summary_and_strict_exit_code(seed_corpus, tmp_path):
    (seed_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    db = tmp_path / "ncnd.db"
    lenient = CliRunner().invoke(cli, ["build", "--corpus", str(seed_corpus), "--db", str(db), "--workers", "1"])
    assert lenient.exit_code == 0
    assert "6 files, 5 notices, 1 errors" in lenient.output
    assert re.search(r"\(scan [\d.]+s, parse_load [\d.]+s, search [\d.]+s, analysis [\d.]+s, site [\d.]+s\)", lenient.output)
    strict = CliRunner().invoke(cli, ["build", "--corpus", str(seed_corpus), "--db", str(db), "--strict", "--full", "--workers", "1"])
    assert strict.exit_code == 1
    assert "see the build_errors table" in strict.output


def test_build_without_a_corpus_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--corpus", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "corpus folder not found" in result.output


def test_serve_command_uses_metadata_plugins_and_live_mode(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", "build/ncnd.db", "--port", "8123", "--print-command"])
    command = result.output
    # Live: opened read-only, so builds can run while it serves; --immutable for a database that never changes.
    assert " build/ncnd.db" in command and "-i build/ncnd.db" not in command
    assert "metadata.yml" in command and "--plugins-dir" in command
    immutable = CliRunner().invoke(cli, ["serve", "--db", "build/ncnd.db", "--immutable", "--print-command"]).output
    assert "-i build/ncnd.db" in immutable
    assert "--setting suggest_facets off" in command and "--port 8123" in command and "--cors" in command
