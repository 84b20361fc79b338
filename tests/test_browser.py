"""The site in a real browser: headless Chromium against `ncnd serve` on a loopback port.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages ending in
a NUL byte on file descriptors 3 and 4), so no client package is needed. Each page is checked for what a
reader would see (charts with drawn marks, highlighted citations), for console errors and uncaught
exceptions, for requests that leave the machine, and for any script from a notice running.
"""

import json
import os
import shutil
import subprocess
import threading
import time
from urllib.parse import quote, urlparse

import pytest

from tests.test_plugin_setup import SEED, XSS_HTML_NOTICE, XSS_NOTICE, Server, xss_db  # noqa: F401 (fixtures)

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
    "--window-size=1280,1000",
]
TIMEOUT = 30
# datasette-vega's bundle warns about its own Vega versions; that is its code, not ours.
THIRD_PARTY = ("/-/static-plugins/datasette_vega/",)
# Canvas pixels of Vega's default bar colour (#4c78a8), the proof that datasette-vega drew marks.
COUNT_BAR_PIXELS = """
(() => {
  let count = 0;
  for (const canvas of document.querySelectorAll('canvas')) {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - 76) < 12 && Math.abs(data[i + 1] - 120) < 12 && Math.abs(data[i + 2] - 168) < 12) count++;
    }
  }
  for (const svg of document.querySelectorAll('svg.marks')) {
    count += svg.querySelectorAll('.mark-rect path, .mark-symbol path').length * 1000;
  }
  return count;
})()
"""


class Chromium:
    """A headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, user_data_dir):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def use_fds_3_and_4():
            import fcntl

            read_end = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
            pass_fds=(3, 4, to_browser_r, from_browser_w),
            preexec_fn=use_fds_3_and_4,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies = {}
        self.events = []
        self._lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def _read(self):
        buffer = b""
        while True:
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()

    def call(self, method, params=None, session=False):
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while message_id not in self._replies:
                if not self._lock.wait(timeout=max(0, deadline - time.monotonic())):
                    raise TimeoutError(method)
            reply = self._replies.pop(message_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def open(self, url):
        """Navigate and wait for the load event; return the events the page produced."""
        with self._lock:
            start = len(self.events)
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for(lambda events: any(e["method"] == "Page.loadEventFired" for e in events), start)
        return start

    def wait_for(self, predicate, start=0):
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while not predicate(self.events[start:]):
                if not self._lock.wait(timeout=max(0, deadline - time.monotonic())):
                    raise TimeoutError("page did not load")

    def poll(self, expression, until, timeout=15):
        deadline = time.monotonic() + timeout
        value = self.evaluate(expression)
        while not until(value) and time.monotonic() < deadline:
            time.sleep(0.2)
            value = self.evaluate(expression)
        return value

    def since(self, start):
        with self._lock:
            return list(self.events[start:])

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_browser)


def problems(events, server_url):
    """Console errors and exceptions from our code, and requests that left the machine."""
    found = []
    for event in events:
        params = event.get("params", {})
        if event["method"] == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            source = details.get("url", "")
            if not source.endswith(THIRD_PARTY) and not any(p in source for p in THIRD_PARTY):
                found.append(f"exception: {details.get('exception', {}).get('description') or details.get('text')} at {source}")
        elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in {"error", "assert"}:
            frames = (params.get("stackTrace") or {}).get("callFrames") or [{}]
            if not any(p in frames[0].get("url", "") for p in THIRD_PARTY):
                found.append(f"console.{params['type']}: {[a.get('value') for a in params['args']]}")
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            found.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}")
        elif event["method"] == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not (url.startswith(server_url) or url.startswith(("data:", "about:", "blob:"))):
                found.append(f"request left the machine: {url}")
        elif event["method"] == "Page.javascriptDialogOpening":
            found.append(f"dialog opened: {params.get('message')}")
    return found


@pytest.fixture(scope="module")
def server(xss_db):
    running = Server(xss_db)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def test_home_page(browser, server):
    start = browser.open(server.url + "/")
    assert browser.evaluate("document.querySelector('form.home-search').getAttribute('action')") == "/-/search"
    assert "neither confirm nor deny" in browser.evaluate("document.querySelector('.stats').innerText")
    images = browser.poll(
        "[...document.querySelectorAll('.chart-card img')].map(i => i.complete && i.naturalWidth > 0)",
        lambda v: v and all(v),
    )
    assert len(images) >= 5 and all(images), "chart thumbnails did not load"
    assert problems(browser.since(start), server.url) == []


def test_notice_page(browser, server):
    start = browser.open(f"{server.url}/ncnd/notices/{SEED['kent_ico']}")
    relied = browser.evaluate("[...document.querySelectorAll('.notice-body mark.citation.relied')].map(m => m.textContent)")
    assert any("24(2)" in text for text in relied)
    assert browser.evaluate("document.querySelectorAll('.notice-body .ncnd-block, .notice-body mark.ncnd-sentence').length") > 0
    assert "IC-320081-J7L0" in browser.evaluate("document.querySelector('.notice-fields').innerText")
    assert problems(browser.since(start), server.url) == []


# Canvas pixels that are neither blank nor white nor grey (axes, text): the coloured marks of a chart.
COUNT_COLOURED_PIXELS = """
(() => {
  let count = 0;
  for (const canvas of document.querySelectorAll('canvas')) {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
    }
  }
  return count;
})()
"""


def test_canned_query_opens_with_its_datasette_vega_chart_by_its_plain_address(browser, server):
    start = browser.open(f"{server.url}/ncnd/answers_by_technology")  # no #g.mark=... in the link
    drawn = browser.poll(COUNT_COLOURED_PIXELS, lambda n: n and n > 200)
    assert drawn > 200, "datasette-vega drew no bars"
    assert "g.mark=bar" in browser.evaluate("location.hash")
    assert problems(browser.since(start), server.url) == []


def requested(events, part):
    return [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent" and part in e["params"]["request"]["url"]]


def test_a_query_with_its_own_chart_shows_it_without_datasette_vega(browser, server):
    start = browser.open(f"{server.url}/ncnd/forces_by_ncnd")
    loaded = browser.poll("(() => { const i = document.querySelector('#chart img'); return !!i && i.complete && i.naturalWidth > 0; })()", bool)
    assert loaded, "the chart image did not load"
    events = browser.since(start)
    assert requested(events, "datasette_vega") == []  # 922 KB not fetched
    assert problems(events, server.url) == []


def test_pages_without_a_chart_do_not_fetch_datasette_vega(browser, server):
    for path in ("/", "/ncnd/notices", f"/ncnd/notices/{SEED['kent_ico']}", "/ncnd/force_record?authority=Kent"):
        start = browser.open(server.url + path)
        events = browser.since(start)
        assert requested(events, "datasette_vega") == [], path
        assert problems(events, server.url) == [], path


def test_notices_view_for_a_reader(browser, server):
    start = browser.open(f"{server.url}/ncnd/notices")
    headers = browser.evaluate("[...document.querySelectorAll('table.rows-and-columns th')].map(th => th.dataset.column)")
    assert {"date", "authority_id", "title", "outcome", "ncnd", "technology_ids", "exemption_ids", "source_url"} <= set(headers)
    assert not {"sha256", "document_path", "body", "evidence"} & set(headers)
    table = browser.evaluate("document.querySelector('table.rows-and-columns').innerText")
    assert "Northamptonshire Police" in table and "neither confirmed nor denied" in table and "ico_upheld_authority" not in table
    facets = browser.evaluate("document.querySelector('.facet-results').innerText")
    assert "police body" in facets and "technology" in facets and "Amazon Rekognition" in facets and "(ncnd)" not in facets
    # Pick a technology in the facet: the table narrows to the notices naming it.
    browser.open(browser.evaluate("[...document.querySelectorAll('.facet-results a')].find(a => a.textContent == 'Amazon Rekognition').href"))
    assert browser.evaluate("document.querySelectorAll('table.rows-and-columns tbody tr').length") == 1
    assert problems(browser.since(start), server.url) == []


def test_home_links_the_notices_and_its_count_matches(browser, server):
    start = browser.open(server.url + "/")
    href = browser.evaluate("document.querySelector('.home-browse a').href")
    count = int(browser.evaluate("document.querySelector('.home-browse a').textContent").split()[2].replace(",", ""))
    browser.open(href)
    heading = browser.evaluate("document.querySelector('h3').textContent")
    assert heading.strip().startswith(f"{count:,} row"), heading
    assert problems(browser.since(start), server.url) == []


@pytest.mark.parametrize("form", ["s24(2)", "s.24(2)", "section 24(2)", "24(2)", "s 24 (2)"])
def test_a_citation_is_found_however_it_is_written(browser, server, form):
    start = browser.open(f"{server.url}/ncnd/search?q={quote(form)}")
    found = browser.evaluate("[...document.querySelectorAll('td.col-notice_id')].map(td => td.textContent.trim())")
    assert SEED["kent_ico"] in found and len(found) >= 4, found
    assert browser.evaluate("document.querySelectorAll('td.col-snippet mark').length") >= 1
    browser.open(f"{server.url}/-/search?q={quote(form)}")  # search-all fetches each table's results
    assert SEED["kent_ico"] in browser.poll("document.body.innerText", lambda text: SEED["kent_ico"] in text)
    assert problems(browser.since(start), server.url) == []


def test_a_bare_query_lists_what_to_pick(browser, server):
    start = browser.open(f"{server.url}/ncnd/technology_record")
    links = browser.evaluate("[...document.querySelectorAll('.bare-state a')].map(a => a.href)")
    assert len(links) >= 5
    browser.open(links[0])
    assert browser.evaluate("document.querySelectorAll('table.rows-and-columns tbody tr').length") >= 1
    assert problems(browser.since(start), server.url) == []


def test_an_empty_query_says_why(browser, server):
    start = browser.open(f"{server.url}/ncnd/lifecycle_cases")
    assert "No notice in the data quotes another stage" in browser.evaluate("document.querySelector('.empty-state').innerText")
    assert problems(browser.since(start), server.url) == []


def test_plain_text_letter_keeps_its_line_breaks(browser, server):
    start = browser.open(f"{server.url}/ncnd/notices/{SEED['northants_ring']}")
    assert browser.evaluate("document.querySelectorAll('.notice-body br').length") >= 3
    assert problems(browser.since(start), server.url) == []


def test_downloads_and_feed_answer(browser, server):
    start = browser.open(f"{server.url}/ncnd/notices")
    links = browser.evaluate("Object.fromEntries([...document.querySelectorAll('.downloads a')].map(a => [a.textContent, a.href]))")
    rows = browser.evaluate(f"fetch({json.dumps(links['JSON'])}).then(r => r.json()).then(rows => rows.length)")
    assert rows >= 5
    feed = browser.evaluate(f"fetch({json.dumps(links['new NCND answers as a feed'])}).then(r => r.text())")
    assert "<entry>" in feed
    package = browser.evaluate(f"fetch({json.dumps(links['datapackage.json'])}).then(r => r.json()).then(p => p.resources.length)")
    assert package >= 10
    assert problems(browser.since(start), server.url) == []


PHONE = {"width": 375, "height": 700, "deviceScaleFactor": 2, "mobile": True}


@pytest.mark.parametrize("slug", ["technology-outcomes", "forces-by-ncnd", "ncnd-share-by-year", "exemptions-cited", "ico-outcomes", "consistency-by-force"])
def test_embeds_fit_a_phone(browser, server, slug):
    browser.call("Emulation.setDeviceMetricsOverride", PHONE, session=True)
    try:
        start = browser.open(f"{server.url}/-/charts/{slug}/embed")
        width = browser.evaluate("document.documentElement.scrollWidth")
        shown = "[...document.querySelectorAll('svg')].find(s => s.getBoundingClientRect().width > 0)"
        svg = browser.evaluate(f"{shown}.getBoundingClientRect().width")
        drawn_at = browser.evaluate(f"parseFloat({shown}.getAttribute('width'))")
        legend = browser.evaluate(f"(() => {{ const l = {shown}.querySelector('.role-legend'); return l ? l.getBoundingClientRect().right : 0; }})()")
        assert width <= 375 and svg <= 375 and legend <= 375, (width, svg, legend)
        assert svg >= 0.95 * drawn_at, "the chart is shrunk to fit: its text would be too small to read"
        assert problems(browser.since(start), server.url) == []
    finally:
        browser.call("Emulation.clearDeviceMetricsOverride", session=True)


def test_table_page_chart_draws(browser, server):
    fragment = "g.mark=bar&g.x_column=id&g.x_type=ordinal&g.y_column=question_count&g.y_type=quantitative"
    start = browser.open(f"{server.url}/ncnd/notices?_col=question_count#{fragment}")
    assert browser.poll(COUNT_BAR_PIXELS, lambda n: n and n > 200) > 200
    assert problems(browser.since(start), server.url) == []


def test_embed_page_draws_the_chart(browser, server):
    start = browser.open(server.url + "/-/charts/exemptions-cited/embed")
    bars = browser.evaluate("document.querySelectorAll('svg g.mark-rect path').length")
    assert bars >= 6  # six exemptions on the seed corpus
    assert "Source:" in browser.evaluate("document.body.innerText")
    assert problems(browser.since(start), server.url) == []


def test_chart_page_offers_the_snippet(browser, server):
    start = browser.open(server.url + "/-/charts/forces-by-ncnd")
    snippet = browser.evaluate("document.querySelector('textarea.embed-snippet').value")
    assert snippet.startswith(f'<iframe src="{server.url}/-/charts/forces-by-ncnd/embed"')
    assert browser.evaluate("document.querySelectorAll('#chart svg g.mark-rect path').length") >= 1
    assert problems(browser.since(start), server.url) == []


@pytest.mark.parametrize("notice", [XSS_NOTICE, XSS_HTML_NOTICE])
def test_no_script_from_a_notice_runs(browser, server, notice):
    notice_id = notice.rsplit(".", 1)[0]
    for path in (f"/ncnd/notices/{notice_id}", "/ncnd/notices", f"/-/search?q=pwned", "/ncnd/search?q=pwned", "/ncnd/documents"):
        start = browser.open(server.url + path)
        time.sleep(0.5)  # give any injected handler (onerror, onload) the chance to fire
        assert browser.evaluate("document.body.hasAttribute('data-pwned')") is False, path
        assert browser.evaluate("document.querySelectorAll('.notice-body script, .notice-body img, .notice-body iframe').length") == 0
        assert problems(browser.since(start), server.url) == [], path
    assert urlparse(server.url).hostname == "127.0.0.1"
