"""Polite HTTP: robots.txt, one connection and one request at a time per host, delays, back-off.

Every request `ncnd fetch` makes goes through `PoliteClient.get`. Per host it
- reads robots.txt once (protego, RFC 9309) and refuses what it disallows for our User-Agent;
- waits the host's delay between two requests: the source's (3 s by default, 6 s for the ICO) or the
  robots.txt Crawl-delay, whichever is longer, measured on an injectable clock so tests need not sleep;
- honours Retry-After on 429 and 503, doubling the host's delay after a 429, and stops asking a host
  after repeated 403/429 answers or repeated timeouts;
- follows redirects itself, so every hop is checked against robots.txt and waits its turn;
- reads at most `max_bytes` of a body, and gives up after `timeout` seconds of silence.
Hosts are independent: each has its own lock and its own httpx client limited to one connection.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

USER_AGENT_TOKEN = "ncnd-fetch"


def user_agent(contact: str | None, version: str = "0.1") -> str:
    """The project, its version and the user's contact, so a site's admin can reach whoever runs it."""
    contact_part = f"; contact {contact}" if contact else ""
    return f"{USER_AGENT_TOKEN}/{version} (ncnd: UK police FOI research dataset{contact_part})"


class Clock:
    """Real time. Tests pass a fake one whose sleep only moves its own hands."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)

    def today(self) -> datetime:
        return datetime.now(timezone.utc)


@dataclass
class Settings:
    delay: float = 3.0
    timeout: float = 30.0
    max_bytes: int = 20_000_000
    retries: int = 2
    max_retry_after: float = 600.0
    stop_after_refusals: int = 3
    stop_after_failures: int = 3
    max_redirects: int = 5
    max_seconds: float = 120.0  # a whole response, however steadily it trickles in

    @classmethod
    def from_mapping(cls, values: dict) -> "Settings":
        known = {k: values[k] for k in cls.__dataclass_fields__ if k in values}
        return cls(**known)


@dataclass
class Fetched:
    """What one GET came to. `status` is None when no answer was read (robots, stopped host, error)."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None
    robots_blocked: bool = False

    @property
    def content_type(self) -> str:
        return (self.headers.get("content-type") or "").split(";")[0].strip().lower()

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either a number ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT")."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


def host_key(url: str) -> str:
    """scheme://host[:port]: robots.txt and politeness are per origin."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Host:
    """One origin's politeness state."""

    def __init__(self, origin: str, settings: Settings, client: httpx.AsyncClient):
        self.origin = origin
        self.settings = settings
        self.client = client
        self.lock = asyncio.Lock()
        self.next_at: float | None = None
        self.delay = settings.delay
        self.robots: Protego | None = None
        self.robots_note: str | None = None
        self.refusals = 0
        self.failures = 0
        self.stopped: str | None = None
        self.requests: list[tuple[float, str]] = []  # (clock time, url) of every request sent: progress and tests


class PoliteClient:
    def __init__(self, *, contact: str | None, settings_for, clock: Clock | None = None, transport=None):
        """settings_for(origin) -> Settings for that host (the source's delay, the ICO's 6 s...)."""
        self.user_agent = user_agent(contact)
        self.accept = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1"
        self.settings_for = settings_for
        self.clock = clock or Clock()
        self.transport = transport
        self.hosts: dict[str, Host] = {}

    def host(self, url: str) -> Host:
        origin = host_key(url)
        if origin not in self.hosts:
            settings = self.settings_for(origin)
            client = httpx.AsyncClient(
                headers={"User-Agent": self.user_agent, "Accept": self.accept},
                timeout=httpx.Timeout(settings.timeout),
                limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
                follow_redirects=False,
                trust_env=False,
                transport=self.transport,
            )
            self.hosts[origin] = Host(origin, settings, client)
        return self.hosts[origin]

    async def close(self) -> None:
        for host in self.hosts.values():
            await host.client.aclose()

    async def _send(self, host: Host, url: str, headers: dict) -> Fetched:
        """One request, after the host's delay; the body read up to the size cap."""
        async with host.lock:
            now = self.clock.now()
            if host.next_at is not None and now < host.next_at:
                await self.clock.sleep(host.next_at - now)
            host.requests.append((self.clock.now(), url))
            try:
                async with asyncio.timeout(host.settings.max_seconds):
                    result = await self._read(host, url, headers)
                host.failures = 0
            except TimeoutError:
                host.failures += 1
                result = Fetched(url, url, error=f"took longer than {host.settings.max_seconds:g} s in all")
            except httpx.TimeoutException:
                host.failures += 1
                result = Fetched(url, url, error=f"timed out after {host.settings.timeout:g} s")
            except httpx.HTTPError as e:
                host.failures += 1
                result = Fetched(url, url, error=f"{type(e).__name__}: {e}")
            finally:
                host.next_at = self.clock.now() + host.delay
            if host.failures >= host.settings.stop_after_failures:
                host.stopped = f"stopped after {host.failures} timeouts or connection errors in a row"
            return result

    async def _read(self, host: Host, url: str, headers: dict) -> Fetched:
        """The answer, its body read up to the size cap."""
        async with host.client.stream("GET", url, headers=headers) as response:
            result = Fetched(url, url, response.status_code, {k.lower(): v for k, v in response.headers.items()})
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > host.settings.max_bytes:
                result.error = f"response of {int(declared):,} bytes is over the {host.settings.max_bytes:,}-byte cap"
                return result
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > host.settings.max_bytes:
                    result.error = f"response over the {host.settings.max_bytes:,}-byte cap"
                    return result
                chunks.append(chunk)
            result.body = b"".join(chunks)
            return result

    async def _robots(self, host: Host) -> None:
        """RFC 9309: 4xx = no rules; 5xx or unreachable = disallow everything for now."""
        if host.robots is not None or host.robots_note is not None:
            return
        url, via = host.origin + "/robots.txt", host
        for _ in range(host.settings.max_redirects + 1):  # RFC 9309: follow at least five redirects
            fetched = await self._send(via, url, {})
            if fetched.status in (301, 302, 303, 307, 308) and fetched.headers.get("location"):
                url = urljoin(url, fetched.headers["location"])
                via = self.host(url)
                continue
            break
        if fetched.status == 200 and fetched.error is None:
            host.robots = Protego.parse(fetched.body.decode("utf-8", "replace"))
        elif fetched.status is not None and 400 <= fetched.status < 500:
            host.robots = Protego.parse("")
        else:
            host.robots_note = f"robots.txt unavailable ({fetched.error or fetched.status}): nothing fetched from this host"
            host.stopped = host.robots_note
            return
        crawl_delay = host.robots.crawl_delay(self.user_agent)
        if crawl_delay:
            host.delay = max(host.delay, float(crawl_delay))
            if host.requests:  # the Crawl-delay counts from robots.txt itself
                host.next_at = host.requests[-1][0] + host.delay

    def allowed(self, host: Host, url: str) -> bool:
        return host.robots is None or host.robots.can_fetch(url, self.user_agent)

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET with robots, delay, Retry-After, refusal counting and hop-by-hop redirects."""
        original, seen = url, 0
        while True:
            host = self.host(url)
            if host.stopped:
                return Fetched(original, url, error=f"host {host.origin} {host.stopped}")
            await self._robots(host)
            if host.stopped:
                return Fetched(original, url, error=f"host {host.origin} {host.stopped}")
            if not self.allowed(host, url):
                return Fetched(original, url, robots_blocked=True, error="disallowed by robots.txt")
            headers = {}
            if url == original:
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            result = await self._with_retries(host, url, headers)
            result.url = original
            if result.status in (301, 302, 303, 307, 308) and result.headers.get("location"):
                seen += 1
                if seen > host.settings.max_redirects:
                    result.error = f"more than {host.settings.max_redirects} redirects"
                    return result
                url = urljoin(url, result.headers["location"])
                continue
            result.final_url = url
            return result

    async def _with_retries(self, host: Host, url: str, headers: dict) -> Fetched:
        for attempt in range(host.settings.retries + 1):
            result = await self._send(host, url, headers)
            if result.status in (403, 429):
                host.refusals += 1
                if host.refusals >= host.settings.stop_after_refusals:
                    host.stopped = f"stopped after {host.refusals} refusals (403/429) in a row"
            elif result.status is not None:
                host.refusals = 0
            if result.status not in (429, 503) or host.stopped:
                return result
            if result.status == 429:
                host.delay *= 2  # back off for the rest of the run, not just this request
            wait = retry_after_seconds(result.headers.get("retry-after"), self.clock.today())
            if wait is None:
                wait = host.delay
            if wait > host.settings.max_retry_after:
                host.stopped = f"asked to wait {wait:.0f} s (Retry-After), more than {host.settings.max_retry_after:.0f} s"
                return result
            if attempt < host.settings.retries:
                # The next request waits for whichever is later: the Retry-After or the host's own delay.
                host.next_at = max(host.next_at or 0, self.clock.now() + wait)
        return result
