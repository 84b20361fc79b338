"""The published site as the tests see it: a database built from the seed corpus, served by Datasette with
our metadata, plugins, templates and settings. The other test_plugin_* modules import these fixtures.
"""

import asyncio
import csv
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from ncnd.build import build_database
from ncnd.cli import DATASETTE_SETTINGS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = {
    "northants_ring": "000_84e63d2b671adfe2",
    "met_ring": "001_76bb8a6a10ae3d15",
    "northants_nleds": "002_927cc23e3b5a4c43",
    "northumbria_frt": "003_c9c96f7571ac27c1",
    "kent_ico": "004_6e1e2c2aceee99cb",
}
XSS_NOTICE = "900_xss_payloads.md"
XSS_HTML_NOTICE = "901_xss_payloads.html"
XSS_SOURCE_URL = "javascript:document.body.setAttribute('data-pwned','source')"


def setting_value(value: str):
    """cli.DATASETTE_SETTINGS are command-line strings; the Datasette constructor wants typed values."""
    if value in {"on", "off"}:
        return value == "on"
    return int(value) if value.isdigit() else value


def make_datasette(db_path: Path, **settings) -> Datasette:
    """The same configuration as `ncnd serve`: immutable database, metadata, plugins, templates, static."""
    merged = {name: setting_value(value) for name, value in DATASETTE_SETTINGS}
    merged.update(settings)
    return Datasette(
        immutables=[str(db_path)],
        metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()),
        plugins_dir=str(ROOT / "plugins"),
        template_dir=str(ROOT / "templates"),
        static_mounts=[("static", str(ROOT / "static"))],
        settings=merged,
        cors=True,
    )


def get(ds: Datasette, path: str):
    return asyncio.run(ds.client.get(path))


def load_plugin(name: str):
    """Import one plugin file by path (plugins/ is a folder of single-file plugins, not a package)."""
    spec = importlib.util.spec_from_file_location(f"ncnd_test_{name}", ROOT / "plugins" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_db(corpus: Path, target_dir: Path) -> Path:
    """Build like `ncnd build`; the file is called ncnd.db so the database is named ncnd, as in production."""
    db_path = target_dir / "ncnd.db"
    build_database(corpus, db_path, full=True, workers=1)
    return db_path


XSS_MARKDOWN = """\
# Agreements with <script>document.body.setAttribute('data-pwned','title')</script>

Date: 3 March 2023

Freedom of Information request reference no: <img src=x onerror="document.body.setAttribute('data-pwned','ref')">

Request:

Please tell me about your use of Ring doorbells. <svg onload="document.body.setAttribute('data-pwned','svg')"></svg>

[click me](javascript:document.body.setAttribute('data-pwned','link'))
[data link](data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC5ib2R5LnNldEF0dHJpYnV0ZSgnZGF0YS1wd25lZCcsJ2RhdGEnKTwvc2NyaXB0Pg==)
![tracker](http://198.51.100.7/pixel.png)
[relative](/foi-ai/disclosure/)
<a href="javascript:document.body.setAttribute('data-pwned','a')">raw anchor</a>
<iframe src="javascript:parent.document.body.setAttribute('data-pwned','iframe')"></iframe>
<style>body { display: none }</style>
<https://example.org/" onmouseover="document.body.setAttribute('data-pwned','autolink')>
Template text {{ 7*7 }} and {% if true %}jinja{% endif %}
<math><mtext><table><mglyph><style><img src=x onerror="document.body.setAttribute('data-pwned','mxss')">
"><script>document.body.setAttribute('data-pwned','attr')</script>

Response:

Kent Police will neither confirm nor deny that information is held by virtue of Section 24(2) <script>document.body.setAttribute('data-pwned','ncnd')</script> and Section 31(3).

| a | b <img src=x onerror="document.body.setAttribute('data-pwned','table')"> |
|---|---|
| `<script>document.body.setAttribute('data-pwned','code')</script>` | <b onclick="document.body.setAttribute('data-pwned','b')">x</b> |
"""

XSS_HTML = """\
<!DOCTYPE html><html><head><title>FOI response <script>document.body.setAttribute('data-pwned','head')</script></title></head>
<body><h1>Ring doorbell footage</h1>
<p>Date: 4 April 2023</p>
<p>Request: do you have an agreement with Ring?<img src=x onerror="document.body.setAttribute('data-pwned','html-img')"></p>
<p>Response: Kent Police neither confirms nor denies that it holds this information, relying on section 24(2) and
section 31(3).<script>document.body.setAttribute('data-pwned','html-script')</script></p>
<p><a href="javascript:document.body.setAttribute('data-pwned','html-a')">more</a>
<a href="  JaVaScRiPt:document.body.setAttribute('data-pwned','html-a2')">more</a></p>
<svg><script>document.body.setAttribute('data-pwned','html-svg')</script></svg>
</body></html>
"""


def write_xss_corpus(target: Path) -> Path:
    """The seed corpus plus two notices full of script and HTML injection attempts."""
    shutil.copytree(CORPUS, target)
    (target / XSS_NOTICE).write_text(XSS_MARKDOWN, encoding="utf-8")
    (target / XSS_HTML_NOTICE).write_text(XSS_HTML, encoding="utf-8")
    with open(target / "sources.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0].keys())
    for name in (XSS_NOTICE, XSS_HTML_NOTICE):
        row = dict.fromkeys(fields, "")
        row.update(file=name, source_url=XSS_SOURCE_URL, licence="<script>document.body.setAttribute('data-pwned','licence')</script>")
        if "format" in row:
            row["format"] = name.rsplit(".", 1)[1]
        rows.append(row)
    with open(target / "sources.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    return build_db(CORPUS, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def ds(seed_db) -> Datasette:
    return make_datasette(seed_db)


@pytest.fixture(scope="session")
def analysed_db(seed_db, tmp_path_factory) -> Path:
    """The seed database plus the analysis fixtures (a request sent to five forces, a case, an edited
    template), analysed as a build would: the cross-notice charts have something to draw."""
    from ncnd.analyse import analyse
    from tests.analyse_fixtures import load_records, records

    target = tmp_path_factory.mktemp("analysed") / "ncnd.db"
    shutil.copyfile(seed_db, target)
    db = sqlite_utils.Database(target)
    for name in ("five_forces", "case", "edited_template"):
        load_records(db, records(name))
    analyse(db)
    db.close()
    return target


@pytest.fixture(scope="session")
def analysed_ds(analysed_db) -> Datasette:
    return make_datasette(analysed_db)


@pytest.fixture(scope="session")
def xss_db(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("xss")
    return build_db(write_xss_corpus(base / "corpus"), base)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`ncnd serve` in its own process, as a user starts it. Its output goes to a file (a temporary one
    unless `log_path` is given): a server whose pipe nobody reads stops when the pipe fills, and abusive
    queries log a lot."""

    def __init__(self, db_path: Path, log_path: Path | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        ncnd = Path(sys.executable).with_name("ncnd")
        command = [str(ncnd)] if ncnd.exists() else [sys.executable, "-m", "ncnd.cli"]
        self.log_path = Path(log_path) if log_path else Path(tempfile.mkstemp(prefix="ncnd-serve-", suffix=".log")[1])
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            command + ["serve", "--db", str(db_path), "--port", str(self.port)],
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ncnd serve exited: {self.log_path.read_text(errors='replace')}")
            try:
                urllib.request.urlopen(self.url + "/-/versions.json", timeout=1).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("ncnd serve did not answer within 30 seconds")

    def get(self, path: str, timeout: float = 30) -> tuple[int, bytes]:
        with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
            return response.status, response.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def test_all_our_plugins_load(ds):
    names = {p["name"] for p in get(ds, "/-/plugins.json").json()}
    for plugin in ("ncnd_notice_page.py", "ncnd_charts.py", "ncnd_home.py", "ncnd_sql_functions.py", "ncnd_cells.py"):
        assert plugin in names
    assert {"datasette-vega", "datasette-search-all"} <= names


def test_settings_are_the_cli_settings(ds):
    settings = get(ds, "/-/settings.json").json()
    assert settings["suggest_facets"] is False
    assert settings["max_returned_rows"] == int(dict(DATASETTE_SETTINGS)["max_returned_rows"])


def test_ncnd_serve_answers_notices_json_with_the_five_seeds(seed_db):
    server = Server(seed_db)
    try:
        status, body = server.get("/ncnd/notices.json?_shape=array")
        assert status == 200
        rows = json.loads(body)
        assert sorted(row["id"] for row in rows) == sorted(SEED.values())
        status, body = server.get("/")
        assert status == 200 and b"neither confirm nor deny" in body
    finally:
        server.stop()


def test_dockerfile_builds_and_serves_like_the_makefile():
    """No Docker engine runs the tests: keep the image's commands the Makefile's and `ncnd serve`'s."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert "pip install -r requirements.txt" in dockerfile and "pip install --no-deps -e ." in dockerfile
    build = "ncnd build --corpus corpus --db build/ncnd.db"
    inspect = "datasette inspect build/ncnd.db --inspect-file build/inspect-data.json"
    assert build in dockerfile and inspect in dockerfile
    assert "$(BIN)/ncnd build --corpus $(CORPUS) --db $(DB)" in makefile and "--inspect-file build/inspect-data.json" in makefile
    assert "ncnd serve --print-command --db build/ncnd.db --host 0.0.0.0 --port ${PORT}" in dockerfile
    for path in ("metadata.yml", "plugins/", "templates/", "static/", "corpus/", "scripts/"):
        assert f"COPY {path}" in dockerfile, path
