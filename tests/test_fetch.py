"""`ncnd fetch` against fixture sites on 127.0.0.1: corpus files, sources.csv rows, versions, politeness.

Time is a fake clock: waiting moves its hands at once, and every request's time is recorded, so the
delays are checked exactly without the tests sleeping. Nothing here may leave the machine: the
`loopback_only` guard turns any other connection into an error, and one test checks the guard.
"""

from __future__ import annotations

import asyncio
import csv
import socket
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest
import yaml
from click.testing import CliRunner

from ncnd import provenance
from ncnd.build import build_database
from ncnd.cli import cli
from ncnd.fetch import run
from ncnd.fetch.adapters import Topic
from ncnd.fetch.polite import retry_after_seconds
from ncnd.fetch.sources import SourceError, load_sources, resolve, settings_by_origin
from tests.fetch_sites import Page, build_sites, html

CONTACT = "research@example.org"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class NonLoopbackConnection(OSError):
    """An OSError, so the fetch code meets it as it would meet a network failure; the test fails anyway."""


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Any connection or name lookup for a host other than loopback is refused, recorded, and fails the test."""
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo
    attempts: list[str] = []

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6) and host not in LOOPBACK:
            attempts.append(f"connect {address!r}")
            raise NonLoopbackConnection(f"connection to {address!r} attempted")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kw):
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOOPBACK:
            attempts.append(f"lookup {name!r}")
            raise NonLoopbackConnection(f"name lookup for {name!r} attempted")
        return real_getaddrinfo(host, *args, **kw)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    assert not attempts, f"the test tried to leave the machine: {attempts}"


class FakeClock:
    """Monotonic seconds from 0 and a UTC date starting 2026-11-25 12:00; sleep moves both at once."""

    def __init__(self):
        self.t = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        called = self.t
        self.sleeps.append(seconds)
        await asyncio.sleep(0)
        self.t = max(self.t, called + seconds)

    def today(self) -> datetime:
        return datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc) + timedelta(seconds=self.t)


@pytest.fixture
def sites():
    made = build_sites()
    yield made
    for site in made.values():
        site.close()


@pytest.fixture
def sources_data(sites):
    """The packaged sources.yml, pointed at the fixture sites, with a short timeout and size cap."""
    data = load_sources()
    data["defaults"].update(timeout=0.5, max_bytes=100_000, max_seconds=1.5)
    data["search_terms"] = ["facial recognition"]
    s = data["sources"]
    s["soh"]["sites"] = {"kent-police": sites["kent"].url}
    s["west-midlands-police"]["site"] = sites["wmp"].url
    s["police-scotland"]["site"] = sites["scotland"].url
    s["police-service-of-northern-ireland"]["site"] = sites["psni"].url
    s["ico"]["site"] = sites["ico"].url
    s["wdtk"]["hosts"] = [urlsplit(sites["wdtk"].url).netloc]
    return data


def collect(words, data, corpus, clock=None, since=None, topic=None, max_items=None, dry_run=False):
    adapters = resolve(words, data=data, topic=Topic.from_option(topic), since=since, max_items=max_items)
    clock = clock or FakeClock()
    summary = run.fetch(adapters, corpus_dir=corpus, contact=CONTACT, clock=clock, dry_run=dry_run,
                        settings_for=settings_by_origin(adapters, data))
    return summary, clock


def manifest_rows(corpus):
    with open(corpus / "sources.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rows_for(corpus, url):
    return [r for r in manifest_rows(corpus) if r["source_url"] == url]


def gaps(summary, site):
    times = [t for t, _ in summary.requests[site.url]]
    return [round(b - a, 6) for a, b in zip(times, times[1:])]


# ---- each source's structure ------------------------------------------------------------------------

def test_single_online_home_search_pages_robots_and_crawl_delay(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    summary, _ = collect(["soh:kent-police"], sources_data, corpus)
    kent = sites["kent"]
    page = kent.url + "/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/"
    older = kent.url + "/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/"
    pdf = kent.url + "/foi-ai/kent-police/disclosure-2026/october/foi-1021-26-response.pdf"
    # Both search pages were read; the disallowed page was listed but never requested.
    assert kent.requested("/foi-ai/af/accessing-information/published-items/?q=facial+recognition&page=2")
    assert not kent.requested("/foi-ai/kent-police/restricted/")
    assert summary.counts["listed"] == 3 and summary.counts["skipped_robots"] == 1
    assert summary.counts["new"] == 3 and summary.counts["errors"] == 0, summary.errors
    # robots.txt's Crawl-delay (5 s) beats the 3 s default, between every two requests to the host.
    assert gaps(summary, kent) and min(gaps(summary, kent)) >= 5
    rows = {r["source_url"]: r for r in manifest_rows(corpus)}
    assert set(rows) == {page, older, pdf}
    assert rows[page]["adapter"] == "soh" and rows[page]["http_status"] == "200" and rows[page]["etag"].startswith('"')
    assert rows[page]["licence"] == "Open Government Licence v3.0"  # the page says so
    assert rows[older]["licence"] == "see source"  # this one does not
    assert rows[pdf]["last_modified"] == "Wed, 14 Oct 2026 09:00:00 GMT" and rows[pdf]["format"] == "pdf"
    assert rows[page]["file"].startswith("kent-police_") and rows[page]["file"].endswith("_v1.html")
    assert (corpus / rows[pdf]["file"]).read_bytes().startswith(b"%PDF-")
    assert provenance.sha256_bytes((corpus / rows[page]["file"]).read_bytes()) == rows[page]["sha256"]
    # The User-Agent names the project and the contact.
    agent = kent.log[0]["headers"]["user-agent"]
    assert "ncnd-fetch" in agent and CONTACT in agent


def test_single_online_home_date_filter_is_sent_and_applied(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    kent = sites["kent"]
    search = "/foi-ai/af/accessing-information/published-items/"
    # The site's date filter answers with October's item, and one from before the date that it let through.
    kent.routes[search + "?q=facial+recognition&dateFrom=2026-10-01"] = Page(html("Published items", """
<a href="/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/">Use of facial recognition cameras</a>
<time datetime="2026-10-14">14 October 2026</time>
<p><a href="/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/">Retrospective facial searches</a>
<time datetime="2026-09-02">2 September 2026</time></p>"""))
    summary, _ = collect(["soh:kent-police"], sources_data, corpus, since=date(2026, 10, 1))
    assert kent.requested(search + "?q=facial+recognition&dateFrom=2026-10-01")
    assert summary.counts["listed"] == 1
    assert not kent.requested("/foi-ai/kent-police/disclosure-2026/september/")


def test_wordpress_archive_months_paging_topic_and_since(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    summary, _ = collect(["west-midlands-police"], sources_data, corpus, since=date(2026, 10, 1))
    wmp = sites["wmp"]
    assert wmp.requested("/2026/11/page/2/") and wmp.requested("/2026/10/") and not wmp.requested("/2026/09/")
    urls = {r["source_url"] for r in manifest_rows(corpus)}
    assert urls == {wmp.url + "/2026/11/drones-used-by-the-force/", wmp.url + "/2026/11/anpr-cameras-on-the-m6/"}
    assert not wmp.requested("/2026/11/parking-fines/")  # off topic by its title: never downloaded
    assert summary.counts["errors"] == 0, summary.errors
    assert all(r["file"].startswith("west-midlands-police_") for r in manifest_rows(corpus))


def test_html_log_paged_entries_and_their_pdfs(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    summary, _ = collect(["police-service-of-northern-ireland"], sources_data, corpus)
    psni = sites["psni"]
    assert psni.requested("/foi-log?page=1") and not psni.requested("/foi-log/2026/overtime-2025")
    assert summary.counts["listed"] == 2 and summary.counts["new"] == 3 and summary.counts["errors"] == 0, summary.errors
    assert {r["source_url"] for r in manifest_rows(corpus)} == {
        psni.url + "/foi-log/2026/biometric-retention",
        psni.url + "/sites/default/files/2026-11/foi-2026-0912.pdf",
        psni.url + "/foi-log/2026/body-worn-video-policy",
    }
    assert {r["adapter"] for r in manifest_rows(corpus)} == {"html_log"}
    assert all(r["file"].startswith("police-service-of-northern-ireland_") for r in manifest_rows(corpus))
    assert min(gaps(summary, psni)) >= 3


def test_progress_shows_one_line_per_host():
    import io

    out = io.StringIO()
    progress = run.Progress(stream=out, enabled=True)
    progress.update("soh:kent-police", total=4, state="fetching")
    progress.update("ico", total=2, state="fetching")
    progress.update("soh:kent-police", done=1)
    last = out.getvalue().split("\x1b[2F")[-1]
    assert "ico" in last and "0/2 fetching" in last
    assert "soh:kent-police" in last and "[#####---------------] 1/4 fetching" in last


def test_pdf_log_entries_are_read_from_link_annotations(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    summary, _ = collect(["police-scotland"], sources_data, corpus)
    scot = sites["scotland"]
    assert summary.counts["listed"] == 2
    # Neither entry has a title in the log, so each is judged on its text: drones kept, overtime skipped.
    assert [r["source_url"] for r in manifest_rows(corpus)] == [scot.url + "/files/26-1234-drones.pdf"]
    assert summary.counts["skipped_off_topic"] == 1 and summary.counts["errors"] == 0, summary.errors


def test_ico_sitemap_notice_page_and_pdf_police_only_six_second_delay(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    summary, _ = collect(["ico"], sources_data, corpus)
    ico = sites["ico"]
    urls = {r["source_url"]: r for r in manifest_rows(corpus)}
    notice = ico.url + "/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8/"
    assert set(urls) == {notice, ico.url + "/media/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8.pdf"}
    assert urls[notice]["licence"] == "Open Government Licence v3.0" and urls[notice]["adapter"] == "ico"
    assert summary.counts["listed"] == 2  # the contact page is not a decision notice
    assert summary.counts["skipped_off_topic"] == 1  # the council's notice
    assert min(gaps(summary, ico)) >= 6


def test_whatdotheyknow_request_page_and_attachments_never_feeds(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    wdtk = sites["wdtk"]
    summary, _ = collect([wdtk.url + "/request/ring_doorbell_partnerships"], sources_data, corpus)
    urls = sorted(r["source_url"] for r in manifest_rows(corpus))
    assert urls == sorted([
        wdtk.url + "/request/4412/response/9921/attach/2/FOI%20response.pdf",
        wdtk.url + "/request/4412/response/9921/attach/3/annex.txt",
        wdtk.url + "/request/ring_doorbell_partnerships",
    ])
    assert not wdtk.requested("/feed") and not wdtk.requested("/search")
    assert {r["adapter"] for r in manifest_rows(corpus)} == {"wdtk"}
    with pytest.raises(SourceError, match="feeds, searches"):
        resolve([wdtk.url + "/feed/search/ring"], data=sources_data, topic=Topic(None), since=None, max_items=None)
    with pytest.raises(SourceError, match="feeds, searches"):
        resolve([wdtk.url + "/search/ring%20doorbell"], data=sources_data, topic=Topic(None), since=None, max_items=None)


def test_misbehaving_pages_redirect_429_timeout_size_cap_content_type(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    misc = sites["misc"]
    addresses = [misc.url + p for p in ("/old-address", "/busy", "/slow", "/trickle", "/huge", "/picture", "/never-there", "/private/x")]
    url_file = tmp_path / "addresses.txt"
    url_file.write_text("# addresses to collect\n" + "\n".join(addresses) + "\n")
    summary, clock = collect([str(url_file)], sources_data, corpus)
    rows = {r["source_url"]: r for r in manifest_rows(corpus)}
    # The redirect was followed and recorded; the 429 was retried after its Retry-After and stored.
    assert set(rows) == {misc.url + "/old-address", misc.url + "/busy"}
    assert rows[misc.url + "/old-address"]["notes"] == f"redirected to {misc.url}/notices/moved-notice"
    busy = [t for t, url in summary.requests[misc.url] if url.endswith("/busy")]
    assert len(busy) == 2 and busy[1] - busy[0] >= 7
    # After the 429 the host's delay doubled from 3 s to 6 s for the rest of the run.
    after = [t for t, _ in summary.requests[misc.url] if t >= busy[1]]
    assert min(b - a for a, b in zip(after, after[1:])) >= 6
    errors = "\n".join(summary.errors)
    assert "/slow: timed out" in errors
    assert "/trickle: took longer than 1.5 s in all" in errors  # each byte came in time, the whole did not
    assert "/huge: response" in errors and "100,000-byte cap" in errors
    assert "/picture: unexpected content type 'image/png'" in errors
    assert "/never-there: HTTP 404 (never collected" in errors
    assert summary.counts["errors"] == 5 and summary.counts["new"] == 2
    # robots.txt was reached through its redirect, and its Disallow obeyed.
    assert summary.counts["skipped_robots"] == 1 and not misc.requested("/private/")
    assert not any(p.name.endswith((".png", ".part")) for p in corpus.iterdir())


def test_retry_after_as_an_http_date():
    now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("Wed, 25 Nov 2026 12:00:30 GMT", now) == 30
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("soon", now) is None


def test_host_stopped_after_repeated_refusals(sites, sources_data, tmp_path):
    misc = sites["misc"]
    for n in range(5):
        misc.routes[f"/forbidden-{n}"] = Page(html("no", "<p>no</p>"), status=403)
    summary, _ = collect([misc.url + f"/forbidden-{n}" for n in range(5)], sources_data, tmp_path / "corpus")
    assert len(misc.requested("/forbidden-")) == 3
    assert "stopped after 3 refusals" in summary.stopped_hosts[misc.url]
    assert summary.counts["errors"] == 5


def test_host_stopped_after_repeated_timeouts(sites, sources_data, tmp_path):
    misc = sites["misc"]
    for n in range(4):
        misc.routes[f"/slow-{n}"] = Page(html("slow", "<p>late</p>"), sleep=1.0)
    summary, _ = collect([misc.url + f"/slow-{n}" for n in range(4)], sources_data, tmp_path / "corpus")
    assert len(misc.requested("/slow-")) == 3 and not misc.requested("/slow-3")
    assert "stopped after 3 timeouts" in summary.stopped_hosts[misc.url]


# ---- revisions -----------------------------------------------------------------------------------------

def test_second_run_304_changed_page_new_version_and_withdrawal(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    kent = sites["kent"]
    collect(["soh:kent-police"], sources_data, corpus)
    page_path = "/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/"
    older_path = "/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/"
    first = {r["source_url"]: r for r in manifest_rows(corpus)}

    # Nothing changed: every notice answers 304 to its ETag or Last-Modified; no row, no file.
    kent.log.clear()
    summary, _ = collect(["soh:kent-police"], sources_data, corpus)
    assert summary.counts["unchanged"] == 3 and summary.counts["new"] == summary.counts["changed"] == 0
    sent = {r["path"]: r["headers"] for r in kent.log}
    assert sent[page_path]["if-none-match"] == first[kent.url + page_path]["etag"]
    assert sent[older_path]["if-modified-since"] == "Wed, 02 Sep 2026 10:00:00 GMT"
    assert manifest_rows(corpus) == list(first.values())

    # The force edits one page and takes the other down.
    from tests.fetch_sites import soh_disclosure

    kent.routes[page_path] = Page(soh_disclosure("FOI 1021-26", "Use of facial recognition cameras",
                                                 "Kent Police deployed live facial recognition twice in 2026.", pdf=True, licence=True), etag=True)
    kent.routes[older_path] = Page(html("Gone", "<p>This page has been removed.</p>"), status=410)
    summary, _ = collect(["soh:kent-police"], sources_data, corpus)
    assert summary.counts["changed"] == 1 and summary.counts["withdrawn"] == 1 and summary.counts["unchanged"] == 1
    versions = rows_for(corpus, kent.url + page_path)
    assert [r["file"][-8:] for r in versions] == ["_v1.html", "_v2.html"]
    assert all((corpus / r["file"]).exists() for r in versions)  # the old version is kept
    assert "twice in 2026" in (corpus / versions[1]["file"]).read_text()
    assert "does not currently deploy" in (corpus / versions[0]["file"]).read_text()
    gone = rows_for(corpus, kent.url + older_path)
    assert len(gone) == 1 and gone[0]["withdrawn"] and (corpus / gone[0]["file"]).exists()
    assert "HTTP 410" in gone[0]["notes"]


def test_markup_only_change_is_not_a_new_version(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    misc = sites["misc"]
    misc.routes["/token-page"] = Page(html("t", "<input type=hidden value=abc><h1>Drone flights</h1><p>Fourteen drone flights.</p>"))
    collect([misc.url + "/token-page"], sources_data, corpus)
    misc.routes["/token-page"] = Page(html("t", "<input type=hidden value=xyz><h1>Drone flights</h1><p>Fourteen drone flights.</p>"))
    summary, _ = collect([misc.url + "/token-page"], sources_data, corpus)
    assert summary.counts["unchanged"] == 1 and len(rows_for(corpus, misc.url + "/token-page")) == 1


def test_interrupted_fetch_resumes_without_listing_again(sites, sources_data, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    wmp = sites["wmp"]
    calls = {"n": 0}
    real = run.fetch_one

    async def fail_on_second(*args, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return await real(*args, **kw)

    monkeypatch.setattr(run, "fetch_one", fail_on_second)
    with pytest.raises(KeyboardInterrupt):
        collect(["west-midlands-police"], sources_data, corpus, since=date(2026, 10, 1))
    assert len(manifest_rows(corpus)) == 1
    assert (corpus / ".fetch-state.json").exists()
    monkeypatch.setattr(run, "fetch_one", real)
    wmp.log.clear()
    summary, _ = collect(["west-midlands-police"], sources_data, corpus, since=date(2026, 10, 1))
    assert not wmp.requested("/2026/11/page/") and not wmp.requested("/2026/10/")  # listing not read again
    assert summary.counts["new"] == 1 and len(manifest_rows(corpus)) == 2
    assert "pending\": {}" in (corpus / ".fetch-state.json").read_text()


def test_dry_run_lists_without_downloading(sites, sources_data, tmp_path):
    corpus = tmp_path / "corpus"
    kent = sites["kent"]
    summary, _ = collect(["soh:kent-police"], sources_data, corpus, dry_run=True)
    assert len(summary.planned) == 3 and all(state == "new" for _, state in summary.planned)
    assert not kent.requested("/foi-ai/kent-police/")  # only the search pages were read
    assert not (corpus / "sources.csv").exists()


def test_hosts_are_fetched_side_by_side(sites, sources_data, tmp_path):
    """Two hosts in one run: each keeps its own delay, and neither waits for the other to finish."""
    summary, _ = collect(["west-midlands-police", "police-scotland"], sources_data, tmp_path / "corpus", since=date(2026, 10, 1))
    wmp = [t for t, _ in summary.requests[sites["wmp"].url]]
    scot = [t for t, _ in summary.requests[sites["scotland"].url]]
    assert scot[0] < wmp[-1] and wmp[0] < scot[-1]  # interleaved in time
    assert min(gaps(summary, sites["wmp"])) >= 3 and min(gaps(summary, sites["scotland"])) >= 3


# ---- from fetch to build --------------------------------------------------------------------------------

def test_fetch_then_build_gives_notices_with_versions_and_provenance(sites, sources_data, tmp_path, seed_corpus):
    import sqlite_utils

    corpus = seed_corpus
    kent = sites["kent"]
    collect(["soh:kent-police", "ico"], sources_data, corpus)
    db_path = tmp_path / "ncnd.db"
    summary = build_database(corpus, db_path, workers=1)
    assert summary.errors == 0
    db = sqlite_utils.Database(db_path)
    page = kent.url + "/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/"
    notice = db.execute("select n.authority_id, n.ncnd, n.source_url, d.licence from notices n join documents d on d.path = n.document_path "
                        "where n.source_url = ?", [page]).fetchone()
    assert notice == ("kent-police", 1, page, "Open Government Licence v3.0")
    ico = db.execute("select doc_type from notices where source_url like ?", ["%ic-311001-k2p8.pdf"]).fetchone()
    assert ico == ("ico_decision",)
    versions = list(db.query("select * from document_versions where url = ?", [page]))
    assert len(versions) == 1 and versions[0]["version"] == 1 and versions[0]["withdrawn"] is None
    assert db["document_versions"].count == 5  # the seeds have no address: they have no versions

    # The force changes one page and withdraws another; the incremental build records both.
    from tests.fetch_sites import soh_disclosure

    older = kent.url + "/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/"
    kent.routes[urlsplit(page).path] = Page(soh_disclosure("FOI 1021-26", "Use of facial recognition cameras",
                                                           "Kent Police deployed live facial recognition twice in 2026.", pdf=True, licence=True), etag=True)
    kent.routes[urlsplit(older).path] = Page(status=404)
    collect(["soh:kent-police"], sources_data, corpus)
    summary = build_database(corpus, db_path, workers=1)
    assert not summary.full
    versions = list(db.query("select version, path, previous_path, changed from document_versions where url = ? order by version", [page]))
    assert [v["version"] for v in versions] == [1, 2] and versions[1]["previous_path"] == versions[0]["path"]
    assert versions[1]["changed"].startswith("2026-11-25T")
    withdrawn = list(db.query("select withdrawn from document_versions where url = ?", [older]))
    assert len(withdrawn) == 1 and withdrawn[0]["withdrawn"].startswith("2026-11-25T")
    assert db.execute("select count(*) from notices where source_url = ?", [page]).fetchone()[0] == 2
    db.close()


# ---- the command line ---------------------------------------------------------------------------------

def test_cli_fetch_one_address_and_errors(sites, sources_data, tmp_path):
    sources_data["defaults"]["delay"] = 0.05  # real clock here: keep the test quick
    sources_file = tmp_path / "sources.yml"
    sources_file.write_text(yaml.safe_dump(sources_data))
    corpus = tmp_path / "corpus"
    misc = sites["misc"]
    runner = CliRunner()
    args = ["fetch", "--sources-file", str(sources_file), "--corpus", str(corpus), "--quiet"]
    result = runner.invoke(cli, args + [misc.url + "/old-address", "--contact", CONTACT])
    assert result.exit_code == 0, result.output
    assert "new 1" in result.output and "run `ncnd build`" in result.output
    result = runner.invoke(cli, args + [misc.url + "/old-address", "--contact", CONTACT, "--dry-run"])
    assert f"would fetch {misc.url}/old-address (known: conditional request)" in result.output
    result = runner.invoke(cli, args + [misc.url + "/old-address"], env={"NCND_CONTACT": ""})
    assert result.exit_code != 0 and "--contact" in result.output
    result = runner.invoke(cli, args + ["nowhere-police", "--contact", CONTACT])
    assert result.exit_code != 0 and "unknown source 'nowhere-police'" in result.output
    result = runner.invoke(cli, args + ["ico", "--since", "last week", "--contact", CONTACT])
    assert result.exit_code != 0 and "--since must be an ISO date" in result.output
    assert "Example:" in runner.invoke(cli, ["fetch", "--help"]).output


def test_every_force_with_a_log_resolves_to_its_own_site():
    """all-forces: one adapter per force in force_logs.csv, on the force's domain from authorities.csv."""
    data = load_sources()
    adapters = resolve(["all-forces"], data=data, topic=Topic.from_option(None), since=None, max_items=None)
    keys = [a.key for a in adapters]
    assert "soh:kent-police" in keys and "west-midlands-police" in keys and "police-scotland" in keys
    assert len(keys) == len(set(keys)) == 46
    kent = next(a for a in adapters if a.key == "soh:kent-police")
    assert kent.site == "https://www.kent.police.uk" and kent.log_path == "/foi-ai/kent-police/"
    settings = settings_by_origin(adapters + resolve(["ico"], data=data, topic=Topic(None), since=None, max_items=None), data)
    assert settings("https://ico.org.uk").delay == 6 and settings("https://www.kent.police.uk").delay == 3


def test_topic_matching_follows_the_vocabulary():
    topic = Topic.from_option(None)
    assert topic.matches("Use of Live Facial Recognition at events")
    assert topic.matches("ANPR cameras 2024") and not topic.matches("Anpr")
    assert not topic.matches("Parking fines issued at headquarters")
    assert Topic.from_option("all").matches("anything at all")
    assert Topic.from_option("anpr").matches("Automatic number plate recognition sites")


# ---- the network guard ----------------------------------------------------------------------------------

def test_guard_refuses_a_connection_beyond_loopback(loopback_only):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NonLoopbackConnection):
        sock.connect(("192.0.2.10", 80))
    sock.close()
    with pytest.raises(NonLoopbackConnection):
        socket.getaddrinfo("ico.org.uk", 443)
    assert loopback_only == ["connect ('192.0.2.10', 80)", "lookup 'ico.org.uk'"]
    loopback_only.clear()


def test_a_real_source_under_the_guard_reaches_nothing(tmp_path, loopback_only):
    """The packaged sources point at the web: under the guard the fetch records an error, nothing else."""
    data = load_sources()
    adapters = resolve(["ico"], data=data, topic=Topic(None), since=None, max_items=1)
    summary = run.fetch(adapters, corpus_dir=tmp_path / "corpus", contact=CONTACT, clock=FakeClock(),
                        settings_for=settings_by_origin(adapters, data))
    assert summary.counts["new"] == 0 and summary.counts["errors"] >= 1
    assert "robots.txt unavailable" in summary.stopped_hosts["https://ico.org.uk"]
    assert loopback_only and all("ico.org.uk" in a for a in loopback_only)  # refused, and only that host tried
    loopback_only.clear()


# ---- sources.csv, old and new ------------------------------------------------------------------------------

def test_a_manifest_from_before_the_fetch_columns_still_reads_and_stays_as_it_was(seed_corpus):
    before = (seed_corpus / "sources.csv").read_text()
    assert "etag" not in before
    manifest = provenance.read_manifest(seed_corpus)
    assert manifest["000_84e63d2b671adfe2.txt"]["licence"] == "Open Government Licence v3.0"
    assert "etag" not in manifest["000_84e63d2b671adfe2.txt"]
    provenance.write_manifest(seed_corpus, manifest)
    assert (seed_corpus / "sources.csv").read_text() == before


def test_fetching_into_an_old_corpus_adds_the_columns_and_keeps_every_old_row(sites, sources_data, seed_corpus):
    old = {r["file"]: r for r in manifest_rows(seed_corpus)}
    collect([sites["misc"].url + "/old-address"], sources_data, seed_corpus)
    rows = {r["file"]: r for r in manifest_rows(seed_corpus)}
    assert list(next(iter(rows.values())))[-5:] == provenance.FETCH_COLUMNS
    for name, row in old.items():
        assert {k: rows[name][k] for k in row} == row and rows[name]["etag"] == ""
    assert len(rows) == len(old) + 1


def test_version_rows_order_by_retrieval_and_skip_single_hand_added_files():
    from ncnd.versions import COLUMNS, version_rows

    manifest = {
        "a_v2.html": {"source_url": "https://x.police.uk/p", "retrieved": "2026-02-01T00:00:00Z", "adapter": "soh",
                      "withdrawn": "2026-03-01T00:00:00Z", "http_status": "200"},
        "a_v1.html": {"source_url": "https://x.police.uk/p", "retrieved": "2026-01-01T00:00:00Z", "adapter": "soh",
                      "withdrawn": "2026-03-01T00:00:00Z", "http_status": "200"},
        "by_hand.txt": {"source_url": "https://x.police.uk/q", "retrieved": "2025-05-01"},
        "gone_from_disk.html": {"source_url": "https://x.police.uk/r", "adapter": "url"},
    }
    rows = [dict(zip(COLUMNS, r)) for r in version_rows(manifest, {"a_v1.html", "a_v2.html", "by_hand.txt"})]
    assert [(r["path"], r["version"], r["latest"], r["previous_path"]) for r in rows] == [
        ("a_v1.html", 1, 0, None), ("a_v2.html", 2, 1, "a_v1.html")]
    assert rows[1]["changed"] == "2026-02-01T00:00:00Z" and rows[0]["changed"] is None
    assert {r["withdrawn"] for r in rows} == {"2026-03-01T00:00:00Z"} and rows[0]["http_status"] == 200
    assert rows[0]["notice_id"] == "a_v1"
