"""Small fixture websites on 127.0.0.1 that reproduce each source's structure, in our own words.

Each `Site` is its own ThreadingHTTPServer on a free loopback port (so each is its own "host" for the
politeness rules). A route answers a path (with or without its query string) with a `Page`: status,
content type, body, headers, an optional delay, and ETag/Last-Modified that turn a matching conditional
request into a 304. Tests change routes between runs to make a page change, vanish or misbehave.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from urllib.parse import parse_qsl, urlencode


def route_key(path: str) -> str:
    """A path with its query parameters in a fixed order, as a real site reads them."""
    base, _, query = path.partition("?")
    return base + ("?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True))) if query else "")


@dataclass
class Page:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: bool = False  # send a strong ETag from the body; answer If-None-Match with 304
    last_modified: str | None = None  # send it; answer a matching If-Modified-Since with 304
    sleep: float = 0.0  # seconds before answering: a slow host
    drip: float = 0.0  # seconds between bytes of the body: a host that answers but never finishes
    then: "Page | None" = None  # after answering once, the route becomes this page (429 then 200)

    @property
    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


class Routes(dict):
    """Routes keyed by route_key, so a query's parameter order does not matter."""

    def __setitem__(self, key, value):
        super().__setitem__(route_key(key), value)

    def get(self, key, default=None):
        return super().get(route_key(key), default)

    def __contains__(self, key):
        return super().__contains__(route_key(key))


class Site:
    def __init__(self, name: str):
        self.name = name
        self.routes = Routes()
        self.log: list[dict] = []  # every request: path, headers
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.log.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}})
                page = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if page is None:
                    page = Page("<html><body><h1>Not found</h1></body></html>", status=404)
                elif page.then is not None:
                    site.routes[self.path if self.path in site.routes else self.path.split("?")[0]] = page.then
                if page.sleep:
                    time.sleep(page.sleep)
                data = page.data
                headers = dict(page.headers)
                if page.etag:
                    headers["ETag"] = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
                if page.last_modified:
                    headers["Last-Modified"] = page.last_modified
                status = page.status
                if status == 200 and (
                    (page.etag and self.headers.get("If-None-Match") == headers["ETag"])
                    or (page.last_modified and self.headers.get("If-Modified-Since") == page.last_modified)
                ):
                    status, data = 304, b""
                try:
                    self.send_response(status)
                    if status != 304:
                        self.send_header("Content-Type", page.content_type)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if page.drip:
                        for i in range(len(data)):
                            self.wfile.write(data[i : i + 1])
                            self.wfile.flush()
                            time.sleep(page.drip)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def requested(self, path_start: str) -> list[dict]:
        return [r for r in self.log if r["path"].startswith(path_start)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def html(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def pdf_bytes(lines: list[str], links: list[str] = ()) -> bytes:
    """A small real PDF (text layer, and link annotations for a PDF log), made with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for link in links:
        pdf.cell(0, 6, link, link=link, new_x="LMARGIN", new_y="NEXT")
    out = BytesIO()
    pdf.output(out)
    return out.getvalue()


# ---- notice texts, written for these tests --------------------------------------------------------------

def soh_disclosure(reference: str, title: str, answer: str, pdf: bool = False, licence: bool = False) -> str:
    slug = reference.lower().replace(" ", "-")
    link = f'<p><a href="/foi-ai/kent-police/disclosure-2026/october/{slug}-response.pdf">Response letter (PDF)</a></p>' if pdf else ""
    return html(
        title,
        f"""<h1>{title}</h1>
<p>Reference number: {reference}</p>
<p>Date of response: 14 October 2026</p>
<h2>Request</h2>
<p>1. Does Kent Police use live facial recognition cameras in public places?</p>
<h2>Response</h2>
<p>{answer}</p>
<p>Kent Police can neither confirm nor deny that it holds any other information relevant to this request,
by virtue of Section 24(2) and Section 31(3) of the Freedom of Information Act 2000.</p>
{"<p>You may reuse this response under the Open Government Licence v3.0.</p>" if licence else ""}
{link}""",
    )


def build_sites() -> dict[str, Site]:
    """Every fixture site, with its routes for the first collection."""
    sites = {name: Site(name) for name in ("kent", "wmp", "psni", "scotland", "ico", "wdtk", "misc")}

    # Single Online Home: robots.txt with a Crawl-delay longer than our default and one disallowed path;
    # the published-items search paged with rel=next; disclosure pages with ETags, one with a PDF.
    kent = sites["kent"]
    kent.routes["/robots.txt"] = Page("User-agent: *\nCrawl-delay: 5\nDisallow: /foi-ai/kent-police/restricted/\n", content_type="text/plain")
    search = "/foi-ai/af/accessing-information/published-items/"
    kent.routes[search + "?q=facial+recognition"] = Page(html("Published items", f"""
<ol class="results">
 <li><a href="/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/">Use of facial recognition cameras</a>
   <time datetime="2026-10-14">14 October 2026</time></li>
 <li><a href="/foi-ai/kent-police/restricted/draft-answer/">Draft answer about facial recognition</a>
   <time datetime="2026-10-10">10 October 2026</time></li>
 <li><a href="/foi-ai/af/accessing-information/">How to ask for information</a></li>
</ol>
<a rel="next" href="{search}?q=facial+recognition&amp;page=2">Next</a>"""))
    kent.routes[search + "?q=facial+recognition&page=2"] = Page(html("Published items, page 2", """
<ol class="results">
 <li><a href="/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/">Retrospective facial searches</a>
   <time datetime="2026-09-02">2 September 2026</time></li>
</ol>"""))
    kent.routes["/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/"] = Page(
        soh_disclosure("FOI 1021-26", "Use of facial recognition cameras",
                       "Kent Police does not currently deploy live facial recognition.", pdf=True, licence=True), etag=True)
    kent.routes["/foi-ai/kent-police/disclosure-2026/october/foi-1021-26-response.pdf"] = Page(
        pdf_bytes(["Kent Police", "Freedom of Information request FOI 1021-26",
                   "Kent Police does not currently deploy live facial recognition technology."]),
        content_type="application/pdf", last_modified="Wed, 14 Oct 2026 09:00:00 GMT")
    kent.routes["/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/"] = Page(
        soh_disclosure("FOI 0877-26", "Retrospective facial searches",
                       "In 2025 the force ran 412 retrospective facial searches against the Police National Database."),
        last_modified="Wed, 02 Sep 2026 10:00:00 GMT")

    # WordPress: dated monthly archives, the newest paged, an off-topic post, an empty month (404).
    wmp = sites["wmp"]
    wmp.routes["/robots.txt"] = Page("User-agent: *\nDisallow: /wp-admin/\n", content_type="text/plain")

    def post(slug, title, day):
        return f'<article><h2 class="entry-title"><a href="/2026/11/{slug}/">{title}</a></h2><time datetime="2026-11-{day}T09:00:00+00:00">{day} November</time></article>'

    wmp.routes["/2026/11/"] = Page(html("November 2026", post("drones-used-by-the-force", "Drones used by the force", "20")
                                        + post("parking-fines", "Parking fines issued at headquarters", "18")
                                        + '<a class="next" href="/2026/11/page/2/">Older posts</a>'))
    wmp.routes["/2026/11/page/2/"] = Page(html("November 2026, page 2", post("anpr-cameras-on-the-m6", "ANPR cameras on the M6", "03")))
    for slug, text in {
        "drones-used-by-the-force": "West Midlands Police holds 14 drones (unmanned aircraft) for searches and events.",
        "parking-fines": "The force issued 210 parking fines at its headquarters car park.",
        "anpr-cameras-on-the-m6": "The force neither confirms nor denies the locations of ANPR cameras, under Section 31(3).",
    }.items():
        wmp.routes[f"/2026/11/{slug}/"] = Page(html(slug, f"<h1>FOI {slug}</h1><p>Freedom of Information request</p><p>{text}</p>"))

    # A force's own HTML log (PSNI's shape): rows in a paged list, each entry a page with its PDF.
    psni = sites["psni"]
    psni.routes["/robots.txt"] = Page("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")

    def entry(slug, title, day):
        return f'<div class="views-row"><a href="/foi-log/2026/{slug}">{title}</a> <time datetime="2026-11-{day}">{day} Nov</time></div>'

    psni.routes["/foi-log"] = Page(html("FOI log", entry("biometric-retention", "Retention of images for facial recognition", "21")
                                        + entry("overtime-2025", "Overtime payments 2025", "19")
                                        + '<ul class="pager"><li class="pager__item--next"><a href="/foi-log?page=1">Next</a></li></ul>'))
    psni.routes["/foi-log?page=1"] = Page(html("FOI log, page 2", entry("body-worn-video-policy", "Body worn video policy", "04")))
    psni.routes["/foi-log/2026/biometric-retention"] = Page(html("Retention of facial images", """
<h1>Retention of facial images</h1><p>The Police Service of Northern Ireland holds custody images used for facial recognition searches.</p>
<a href="/sites/default/files/2026-11/foi-2026-0912.pdf">FOI 2026-0912 response</a>"""))
    psni.routes["/sites/default/files/2026-11/foi-2026-0912.pdf"] = Page(pdf_bytes([
        "Police Service of Northern Ireland", "FOI 2026-0912",
        "PSNI retains custody images in line with its retention schedule and uses them for facial recognition searches."]),
        content_type="application/pdf")
    psni.routes["/foi-log/2026/body-worn-video-policy"] = Page(html("Body worn video policy", "<h1>Body worn video policy</h1><p>Officers wear body worn video on patrol.</p>"))

    # Police Scotland: the log page links a PDF log whose link annotations are the responses (PDFs).
    scot = sites["scotland"]
    scot.routes["/robots.txt"] = Page("", status=404)
    scot.routes["/access-to-information/freedom-of-information/disclosure-log/"] = Page(html(
        "Disclosure log", '<p>Our log of responses:</p><a href="/files/disclosure-log-2026.pdf">Disclosure log 2026 (PDF)</a>'))
    scot.routes["/files/disclosure-log-2026.pdf"] = Page(
        pdf_bytes(["Disclosure log 2026", "Each line links to the response."],
                  links=[scot.url + "/files/26-1234-drones.pdf", scot.url + "/files/26-1301-overtime.pdf"]),
        content_type="application/pdf")
    scot.routes["/files/26-1234-drones.pdf"] = Page(pdf_bytes([
        "Police Scotland", "Freedom of Information (Scotland) Act 2002 - request 26-1234",
        "You asked how many drones Police Scotland operates.", "Police Scotland operates 9 remotely piloted aircraft systems."]),
        content_type="application/pdf")
    scot.routes["/files/26-1301-overtime.pdf"] = Page(pdf_bytes([
        "Police Scotland", "Request 26-1301", "You asked about overtime paid to officers in 2025."]), content_type="application/pdf")

    # ICO: a sitemap index, a sitemap of pages, a police notice page linking its PDF, a council one.
    ico = sites["ico"]
    ico.routes["/robots.txt"] = Page("User-agent: *\nDisallow: /search/\n", content_type="text/plain")
    ico.routes["/sitemap.xml"] = Page(f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{ico.url}/sitemap-pages.xml</loc></sitemap></sitemapindex>""",
        content_type="application/xml")
    ico.routes["/sitemap-pages.xml"] = Page(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{ico.url}/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8/</loc><lastmod>2026-10-30</lastmod></url>
<url><loc>{ico.url}/action-weve-taken/decision-notices/2026/4031002/ic-311002-m4q1/</loc><lastmod>2026-10-29</lastmod></url>
<url><loc>{ico.url}/about-the-ico/contact-us/</loc><lastmod>2026-10-01</lastmod></url>
</urlset>""", content_type="application/xml")
    ico.routes["/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8/"] = Page(html("IC-311001-K2P8", """
<h1>IC-311001-K2P8</h1><dl><dt>Public authority:</dt><dd>Chief Constable of Kent Police</dd><dt>Date:</dt><dd>30 October 2026</dd></dl>
<p>The complainant asked Kent Police whether it had used facial recognition at a concert. The police neither confirmed nor denied
holding the information, citing sections 24(2) and 31(3). The Commissioner's decision is that the exemptions are engaged.</p>
<a href="/media/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8.pdf">Decision notice (PDF)</a>"""), etag=True)
    ico.routes["/media/action-weve-taken/decision-notices/2026/4031001/ic-311001-k2p8.pdf"] = Page(pdf_bytes([
        "Freedom of Information Act 2000 (FOIA)", "Decision notice", "Date: 30 October 2026",
        "Public Authority: Chief Constable of Kent Police", "Reference: IC-311001-K2P8",
        "The Commissioner's decision is that Kent Police was entitled to neither confirm nor deny holding",
        "information about facial recognition under sections 24(2) and 31(3) of FOIA."]), content_type="application/pdf")
    ico.routes["/action-weve-taken/decision-notices/2026/4031002/ic-311002-m4q1/"] = Page(html("IC-311002-M4Q1", """
<h1>IC-311002-M4Q1</h1><dl><dt>Public authority:</dt><dd>Loamshire County Council</dd></dl>
<p>The complainant asked the council about CCTV in car parks.</p>"""))

    # WhatDoTheyKnow: one request page whose messages have attachments; its feeds must never be asked for.
    wdtk = sites["wdtk"]
    wdtk.routes["/robots.txt"] = Page("User-agent: *\nDisallow: /search/\nDisallow: /feed/\n", content_type="text/plain")
    wdtk.routes["/request/ring_doorbell_partnerships"] = Page(html("Ring doorbell partnerships", """
<h1>Ring doorbell partnerships</h1>
<div class="correspondence"><p>Dear Essex Police, please tell me whether you have an agreement with Ring about doorbell cameras.</p></div>
<div class="correspondence"><p>Essex Police can neither confirm nor deny whether it holds the information (Section 31(3)).</p>
<ul class="attachments"><li><a href="/request/4412/response/9921/attach/2/FOI%20response.pdf">FOI response.pdf</a></li>
<li><a href="/request/4412/response/9921/attach/3/annex.txt">annex.txt</a></li></ul></div>
<a href="/feed/request/ring_doorbell_partnerships">RSS feed of updates</a>"""))
    wdtk.routes["/request/4412/response/9921/attach/2/FOI%20response.pdf"] = Page(pdf_bytes([
        "Essex Police", "Freedom of Information request 4412",
        "Essex Police can neither confirm nor deny that it holds information about Ring doorbell partnerships."]),
        content_type="application/pdf")
    wdtk.routes["/request/4412/response/9921/attach/3/annex.txt"] = Page(
        "Annex: the force's policy on partnerships with doorbell camera companies is under review.\n", content_type="text/plain")

    # Misbehaving pages reached by address: a redirect, a 429 then an answer, a slow page, an oversized
    # one, a wrong content type, an address that was never there.
    misc = sites["misc"]
    misc.routes["/robots.txt"] = Page(status=301, headers={"Location": "/policies/robots.txt"})  # followed (RFC 9309)
    misc.routes["/policies/robots.txt"] = Page("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    misc.routes["/old-address"] = Page(status=301, headers={"Location": "/notices/moved-notice"})
    misc.routes["/notices/moved-notice"] = Page(html("Moved notice", "<h1>Body worn video retention</h1><p>Surrey Police keeps body worn video for 31 days.</p>"))
    misc.routes["/busy"] = Page(status=429, headers={"Retry-After": "7"},
                                then=Page(html("Busy notice", "<h1>ANPR data retention</h1><p>ANPR reads are kept for twelve months.</p>")))
    misc.routes["/slow"] = Page(html("Slow", "<p>too late</p>"), sleep=1.5)
    misc.routes["/trickle"] = Page("<p>" + "x" * 40 + "</p>", drip=0.1)
    misc.routes["/huge"] = Page(html("Huge", "<p>" + "surveillance " * 20000 + "</p>"))
    misc.routes["/picture"] = Page(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    return sites
