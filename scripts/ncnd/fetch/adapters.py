"""One adapter per kind of source, each with the same three steps.

- list: the addresses of notices, from the source's listing pages (search results, archives, a sitemap,
  a PDF log) or from the user, filtered by date and topic where the listing says enough;
- download: a conditional GET through the polite client (the same for every adapter);
- identify: decide what a downloaded document is: a notice to keep (with its extension and licence), one
  to skip (off topic, not about a police body), and the attachments worth following (PDFs).

What differs between sources of one kind (paths, selectors, delays, licences) is data in vocab/sources.yml.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup

from .. import vocab
from .polite import Fetched, PoliteClient
from .store import extension_for

HTML_TYPES = {"text/html", "application/xhtml+xml"}
NOTICE_TYPES = HTML_TYPES | {"application/pdf", "text/plain", "text/markdown", "application/octet-stream", ""}
XML_TYPES = {"application/xml", "text/xml"}


@dataclass
class Item:
    url: str
    source: str  # the sources.yml key (or "soh:<force>")
    prefix: str  # corpus file name prefix
    title: str | None = None
    date: str | None = None  # ISO date from the listing, when it shows one
    attachment: bool = False  # followed from a notice page: never filtered by topic again

    def to_json(self) -> dict:
        return self.__dict__.copy()


@dataclass
class Identified:
    keep: bool
    reason: str | None = None  # why not kept, or why it is an error
    error: bool = False
    ext: str | None = None
    licence: str | None = None
    follow: list[Item] = field(default_factory=list)


@dataclass
class ListingLog:
    """What listing cost and found: errors and robots refusals count in the summary."""

    errors: list[str] = field(default_factory=list)
    robots: int = 0


class Topic:
    """The technology vocabulary (or the user's terms) as one pattern for titles and texts.

    Terms in capitals ("ANPR", "LFR") match only in capitals; others in any case. Examples matched:
    "Use of Live Facial Recognition", "ANPR cameras 2024"; not matched: "Planning applications".
    """

    def __init__(self, terms: list[str] | None, terms_given: list[str] | None = None):
        self.everything = terms is None
        self.terms_given = terms_given  # what the user typed, for sites searched term by term
        terms = terms or []
        upper = sorted({t for t in terms if t.isupper() and len(t) > 1}, key=len, reverse=True)
        other = sorted({t for t in terms if t not in upper}, key=len, reverse=True)
        parts = []
        if upper:
            parts.append(r"\b(?:" + "|".join(re.escape(t) for t in upper) + r")\b")
        if other:
            parts.append(r"(?i:\b(?:" + "|".join(re.escape(t) for t in other) + r")\b)")
        self.pattern = re.compile("|".join(parts)) if parts else None

    @classmethod
    def from_option(cls, option: str | None) -> "Topic":
        if option and option.strip().lower() == "all":
            return cls(None)
        if option:
            chosen = [t.strip() for t in option.split(",") if t.strip()]
            by_id = vocab.by_id(vocab.technologies())
            terms = []
            for term in chosen:
                terms += by_id[term]["terms"] + [by_id[term]["name"]] if term in by_id else [term]
            return cls(terms, [by_id[t]["name"] if t in by_id else t for t in chosen])
        return cls([t for row in vocab.technologies() for t in row["terms"]] + [row["name"] for row in vocab.technologies()])

    def matches(self, text: str | None) -> bool:
        return self.everything or bool(text and self.pattern and self.pattern.search(text))


def soup_of(fetched: Fetched) -> BeautifulSoup:
    return BeautifulSoup(fetched.body, "lxml")


def page_text(fetched: Fetched) -> str:
    """The words of a page or PDF, for topic and authority checks."""
    if fetched.content_type == "application/pdf" or fetched.body[:5] == b"%PDF-":
        from pypdf import PdfReader

        try:
            reader = PdfReader(io.BytesIO(fetched.body))
            return "\n".join(page.extract_text() or "" for page in reader.pages)
        except Exception:
            return ""
    if fetched.content_type in HTML_TYPES:
        return soup_of(fetched).get_text(" ", strip=True)
    return fetched.body.decode("utf-8", "replace")


def iso_date(value: str | None) -> str | None:
    """"2024-05-03T10:00:00+01:00" -> "2024-05-03"; anything else -> None."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})", value or "")
    return match.group(1) if match else None


def nearby_date(node, selector: str) -> str | None:
    """The date shown beside a listing's link: the first matching element in the link's nearest container."""
    for parent in list(node.parents)[:4]:
        found = parent.select_one(selector) if hasattr(parent, "select_one") else None
        if found is not None:
            return iso_date(found.get("datetime") or found.get_text(strip=True))
    return None


def same_origin(a: str, b: str) -> bool:
    return urlsplit(a).netloc.lower() == urlsplit(b).netloc.lower()


class Adapter:
    kind = "base"

    def __init__(self, key: str, config: dict, *, topic: Topic, since: date | None, max_items: int | None, prefix: str | None = None):
        self.key = key
        self.config = config
        self.topic = topic
        self.since = since
        self.max_items = max_items
        self.prefix = prefix or key
        self.log = ListingLog()

    # -- step 1 ----------------------------------------------------------------------------------------
    async def list(self, web: PoliteClient) -> list[Item]:
        raise NotImplementedError

    # -- step 2 ----------------------------------------------------------------------------------------
    async def download(self, web: PoliteClient, item: Item, validators: tuple[str | None, str | None]) -> Fetched:
        etag, modified = validators
        return await web.get(item.url, etag=etag, last_modified=modified)

    # -- step 3 ----------------------------------------------------------------------------------------
    def identify(self, item: Item, fetched: Fetched) -> Identified:
        ext = extension_for(fetched.content_type, fetched.final_url)
        if fetched.content_type not in NOTICE_TYPES or ext is None:
            return Identified(False, f"unexpected content type {fetched.content_type or 'none'!r}", error=True)
        text = None
        if not item.attachment and not self.topic.everything and not self.topic.matches(item.title):
            text = page_text(fetched)
            if not self.topic.matches(text):
                return Identified(False, "off topic")
        licence = self.licence_stated(fetched, text)
        follow = self.attachments(item, fetched) if ext == ".html" else []
        return Identified(True, ext=ext, licence=licence, follow=follow)

    # -- shared helpers --------------------------------------------------------------------------------
    def licence_stated(self, fetched: Fetched, text: str | None = None) -> str:
        """The licence the document itself names (e.g. the Open Government Licence), else the source's."""
        if fetched.content_type in HTML_TYPES or fetched.content_type == "application/pdf":
            text = text if text is not None else page_text(fetched)
            for licence, phrases in (self.config.get("licence_phrases") or {}).items():
                if any(p.lower() in text.lower() for p in phrases):
                    return licence
        return self.config.get("licence") or "see source"

    def attachments(self, item: Item, fetched: Fetched) -> list[Item]:
        selector = self.config.get("attachments")
        if not selector:
            return []
        out, seen = [], set()
        for link in soup_of(fetched).select(selector):
            url = urljoin(fetched.final_url, link.get("href", "")).split("#")[0]
            if url.startswith(("http://", "https://")) and same_origin(url, fetched.final_url) and url not in seen and url != item.url:
                seen.add(url)
                out.append(Item(url, item.source, self.prefix, title=link.get_text(" ", strip=True) or None, attachment=True))
        return out

    async def page(self, web: PoliteClient, url: str, kinds=HTML_TYPES, quiet_404: bool = False) -> Fetched | None:
        """A listing page, or None with the reason logged."""
        fetched = await web.get(url)
        if fetched.robots_blocked:
            self.log.robots += 1
            return None
        if fetched.status == 404 and quiet_404:
            return None
        if not fetched.ok:
            self.log.errors.append(f"{url}: {fetched.error or 'HTTP ' + str(fetched.status)}")
            return None
        if fetched.content_type not in kinds:
            self.log.errors.append(f"{url}: unexpected content type {fetched.content_type!r} for a listing")
            return None
        return fetched

    def keep_listed(self, item: Item) -> bool:
        """Date and topic filters on what a listing shows."""
        if self.since and item.date and item.date < self.since.isoformat():
            return False
        if item.title is not None and not self.topic.matches(item.title):
            return False
        return True

    def next_page(self, fetched: Fetched, soup: BeautifulSoup) -> str | None:
        link = soup.select_one(self.config.get("next_page") or "a[rel~=next]")
        if link is None or not link.get("href"):
            return None
        url = urljoin(fetched.final_url, link["href"])
        return url if same_origin(url, fetched.final_url) else None

    def capped(self, items: list[Item]) -> list[Item]:
        return items[: self.max_items] if self.max_items else items


class LinkListing(Adapter):
    """Listing pages that link to notices, paged by a "next" link (shared by the log-style adapters)."""

    def item_links(self, fetched: Fetched, soup: BeautifulSoup, selector: str, path_prefix: str | None = None) -> list[Item]:
        out = []
        for link in soup.select(selector):
            url = urljoin(fetched.final_url, link.get("href", "")).split("#")[0]
            if not url.startswith(("http://", "https://")) or not same_origin(url, fetched.final_url):
                continue
            path = urlsplit(url).path
            if path_prefix and (not path.startswith(path_prefix) or path.rstrip("/") == path_prefix.rstrip("/")):
                continue
            title = link.get_text(" ", strip=True) or None
            out.append(Item(url, self.key, self.prefix, title=title, date=nearby_date(link, self.config.get("item_date") or "time")))
        return out

    async def walk(self, web: PoliteClient, start: str, selector: str, path_prefix: str | None = None, quiet_404=False) -> list[Item]:
        """Follow "next" links from start, gathering items, until the pages end, repeat or pass --since."""
        items, seen_pages, seen_urls = [], set(), set()
        url = start
        for _ in range(int(self.config.get("max_pages") or 20)):
            if url in seen_pages:
                break
            seen_pages.add(url)
            fetched = await self.page(web, url, quiet_404=quiet_404)
            if fetched is None:
                break
            soup = soup_of(fetched)
            found = [i for i in self.item_links(fetched, soup, selector, path_prefix) if i.url not in seen_urls]
            seen_urls.update(i.url for i in found)
            items += [i for i in found if self.keep_listed(i)]
            if self.max_items and len(items) >= self.max_items:
                break
            dated = [i.date for i in found if i.date]
            if self.since and dated and max(dated) < self.since.isoformat():
                break  # newest first: every later page is older still
            url = self.next_page(fetched, soup)
            if not url or not found:
                break
        return items


class SingleOnlineHome(LinkListing):
    """A force's Single Online Home site: the published-items search, then disclosure pages under its log."""

    kind = "soh"

    def __init__(self, key, config, *, force: dict, site: str, log_path: str, terms: list[str], **kw):
        super().__init__(key, config, **kw)
        self.force, self.site, self.log_path, self.terms = force, site.rstrip("/"), log_path, terms
        self.topic = Topic(None)  # the site's search already chose by topic: titles without the term still count

    def search_url(self, term: str, page: int) -> str:
        values = {"terms": term, "page": str(page), "since": self.since.isoformat() if self.since else ""}
        params = {}
        for name, template in (self.config.get("search_params") or {}).items():
            value = template.format(**values)
            if value and not (name in ("page",) and page == 1):
                params[name] = value
        if "q" not in params and "q" in (self.config.get("search_params") or {}):
            params["q"] = ""
        return f"{self.site}{self.config['search_path']}?{urlencode(params)}"

    async def list(self, web):
        items, seen = [], set()
        for term in self.terms:
            page = 1
            url = self.search_url(term, page)
            for _ in range(int(self.config.get("max_pages") or 20)):
                fetched = await self.page(web, url)
                if fetched is None:
                    break
                soup = soup_of(fetched)
                found = self.item_links(fetched, soup, self.config.get("result_links") or "a[href]", self.log_path)
                fresh = [i for i in found if i.url not in seen]
                seen.update(i.url for i in fresh)
                items += [i for i in fresh if not (self.since and i.date and i.date < self.since.isoformat())]
                if self.max_items and len(items) >= self.max_items:
                    return self.capped(items)
                next_url = self.next_page(fetched, soup)
                if not next_url or not fresh:
                    break
                url = next_url
        return self.capped(items)


class WordPressArchive(LinkListing):
    """A WordPress log read month by month through its dated archives (/2024/05/), newest month first."""

    kind = "wordpress_archive"

    def months(self, today: date) -> list[tuple[int, int]]:
        start = self.since or date(today.year - 1, today.month, 1)
        out, y, m = [], today.year, today.month
        while (y, m) >= (start.year, start.month):
            out.append((y, m))
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        return out

    async def list(self, web):
        site = self.config["site"].rstrip("/")
        items, seen = [], set()
        for year, month in self.months(web.clock.today().date()):
            start = site + self.config["archive_path"].format(year=year, month=month)
            for item in await self.walk(web, start, self.config["item_links"], quiet_404=True):
                if item.url not in seen:
                    seen.add(item.url)
                    items.append(item)
            if self.max_items and len(items) >= self.max_items:
                break
        return self.capped(items)


class HtmlLog(LinkListing):
    """A force's own paged disclosure log in HTML; each entry is a page (with PDFs) or a PDF."""

    kind = "html_log"

    async def list(self, web):
        start = self.config["site"].rstrip("/") + self.config["log_path"]
        return self.capped(await self.walk(web, start, self.config["item_links"]))


class PdfLog(LinkListing):
    """A log published as PDF(s): the log page links the PDF, whose link annotations are the entries."""

    kind = "pdf_log"

    async def list(self, web):
        from pypdf import PdfReader

        start = self.config["site"].rstrip("/") + self.config["log_path"]
        fetched = await self.page(web, start)
        if fetched is None:
            return []
        items, seen = [], set()
        for log_url in [i.url for i in self.item_links(fetched, soup_of(fetched), self.config.get("log_links") or "a[href$='.pdf']")]:
            log = await self.page(web, log_url, kinds={"application/pdf"})
            if log is None:
                continue
            try:
                reader = PdfReader(io.BytesIO(log.body))
                links = [
                    annot.get_object().get("/A", {}).get("/URI")
                    for page in reader.pages
                    for annot in (page.get("/Annots") or [])
                ]
            except Exception as e:
                self.log.errors.append(f"{log_url}: PDF log unreadable ({type(e).__name__})")
                continue
            for uri in links:
                if not uri:
                    continue
                url = urljoin(log_url, str(uri))
                if url.startswith(("http://", "https://")) and url not in seen and url != log_url:
                    seen.add(url)
                    items.append(Item(url, self.key, self.prefix))  # no title: the topic is read from the text
        return self.capped(items)


class IcoDecisions(Adapter):
    """ICO decision notices from the sitemap; kept when about a police body, with the PDF of each."""

    kind = "ico"

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        names = [
            alias
            for row in vocab.authorities()
            if row["kind"] in ("territorial_police", "special_police", "national_agency", "pcc")
            for alias in [row["name"], *row["aliases"]]
        ]
        # Any police body's name or alias, or "Chief Constable": matches "Chief Constable of Kent Police",
        # "Metropolitan Police Service"; not "Loamshire County Council".
        self.police = re.compile(
            r"(?i:\b(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + r"|Chief Constable)\b)"
        )

    async def list(self, web):
        site = self.config["site"].rstrip("/")
        queue, seen_maps, entries = [site + self.config["sitemap_path"]], set(), []
        while queue:
            url = queue.pop(0)
            if url in seen_maps or len(seen_maps) > 200:
                continue
            seen_maps.add(url)
            fetched = await self.page(web, url, kinds=XML_TYPES | {"text/plain"})
            if fetched is None:
                continue
            soup = BeautifulSoup(fetched.body, "xml")
            queue += [urljoin(url, loc.get_text(strip=True)) for loc in soup.select("sitemap > loc")]
            for entry in soup.select("url"):
                loc = entry.find("loc")
                if loc is None:
                    continue
                page_url = urljoin(url, loc.get_text(strip=True))
                if self.config["notice_path_pattern"] in urlsplit(page_url).path:
                    lastmod = entry.find("lastmod")
                    entries.append(Item(page_url, self.key, self.prefix, date=iso_date(lastmod.get_text() if lastmod else None)))
        entries = [e for e in entries if not (self.since and e.date and e.date < self.since.isoformat())]
        entries.sort(key=lambda e: e.date or "", reverse=True)
        return self.capped(entries)

    def about_police(self, fetched: Fetched) -> bool:
        """The page's "Public authority" line names a police body (or, without one, the text does)."""
        text = page_text(fetched)
        # "Public authority: Chief Constable of Kent Police" -> "Chief Constable of Kent Police"
        match = re.search(r"(?im)public\s+authority\s*:?\s*(.{3,200})", text)
        return bool(self.police.search(match.group(1) if match else text))

    def identify(self, item, fetched):
        if not item.attachment and fetched.content_type in HTML_TYPES and not self.about_police(fetched):
            return Identified(False, "not about a police body")
        return super().identify(item, fetched)


class GivenUrls(Adapter):
    """Addresses the user named: nothing is discovered, and nothing they chose is filtered by topic."""

    kind = "url"

    def __init__(self, key, config, *, urls: list[str], **kw):
        super().__init__(key, config, **kw)
        self.urls = urls
        self.topic = Topic(None)

    async def list(self, web):
        return self.capped([Item(u, self.key, self.prefix) for u in dict.fromkeys(self.urls)])

    def attachments(self, item, fetched):
        return []


class WhatDoTheyKnow(GivenUrls):
    """A WhatDoTheyKnow request page the user named, and the attachments of its messages. Nothing else."""

    kind = "wdtk"

    @staticmethod
    def refuse(url: str, config: dict) -> str | None:
        """Why an address may not be fetched from WhatDoTheyKnow, or None."""
        path = urlsplit(url).path
        if any(path.startswith(p) for p in config.get("forbidden_paths") or []) or path.endswith((".rss", ".atom", ".json")):
            return f"{url}: WhatDoTheyKnow feeds, searches and lists are never fetched; name a request page"
        if not path.startswith("/request/"):
            return f"{url}: not a WhatDoTheyKnow request page (/request/...)"
        return None

    def attachments(self, item, fetched):
        out, seen = [], set()
        for link in soup_of(fetched).select(self.config.get("attachment_links") or "a[href*='/attach/']"):
            url = urljoin(fetched.final_url, link.get("href", "")).split("#")[0]
            if same_origin(url, fetched.final_url) and url not in seen and "/request/" in urlsplit(url).path:
                seen.add(url)
                out.append(Item(url, item.source, self.prefix, title=link.get_text(" ", strip=True) or None, attachment=True))
        return out


ADAPTERS = {cls.kind: cls for cls in (SingleOnlineHome, WordPressArchive, HtmlLog, PdfLog, IcoDecisions, GivenUrls, WhatDoTheyKnow)}
