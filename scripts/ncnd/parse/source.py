"""What a notice's source URL says, for fields its text leaves empty.

A disclosure-log page is published on the answering force's own domain, so the domain names the
authority when the page never does (many log pages hold only the request and the answer). The log's
folder names the month it was filed in, kept as `published`: never the response date, which can be
weeks earlier. Both are evidence of a weaker kind than the text, and the record says so in `warnings`.
"""

import re
from functools import lru_cache
from urllib.parse import urlsplit

from .. import vocab

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}


@lru_cache(maxsize=None)
def _domains() -> dict[str, str]:
    return {d.lower(): row["id"] for row in vocab.authorities() for d in row.get("domains") or []}


@lru_cache(maxsize=None)
def settings() -> dict:
    """vocab/source_urls.yml."""
    import yaml

    from ..vocab import VOCAB_DIR

    with open(VOCAB_DIR / "source_urls.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=None)
def _published_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e["pattern"], re.I) for e in settings()["published"])


@lru_cache(maxsize=None)
def _doc_type_rules() -> tuple[tuple, ...]:
    return tuple(
        (
            e["host"],
            re.compile(e["path"], re.I),
            bool(e.get("police_site")),
            e["doc_type"],
            re.compile(e["host_pattern"], re.I) if e.get("host_pattern") else None,
            bool(e.get("not_authority_domain")),
            bool(e.get("tribunal")),
        )
        for e in settings()["doc_types"]
    )


def doc_type_from_url(url: str | None) -> str | None:
    """The document type a page's address implies (source_urls.yml doc_types), or None."""
    rule = _url_rule(url)
    return rule[3] if rule else None


# The label stands above the title, or under the page's "Details" a few lines below it
HEADING_REACH = 1000


@lru_cache(maxsize=None)
def _heading_rules() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((e["host"], re.compile(e["heading"], re.I | re.M), e["doc_type"]) for e in settings().get("page_headings") or [])


def doc_type_from_heading(url: str | None, text: str) -> str | None:
    """The document type a site's own label at the top of the page states ("FOI release" on GOV.UK), for an
    address that says nothing (source_urls.yml page_headings), or None."""
    name = host(url)
    if not name:
        return None
    for suffix, heading, doc_type in _heading_rules():
        if (name == suffix or name.endswith("." + suffix)) and heading.search(text[:HEADING_REACH]):
            return doc_type
    return None


def is_tribunal_url(url: str | None) -> bool:
    """Whether the address is a tribunal's or court's decision (BAILII's UKFTT, the National Archives' case law)."""
    rule = _url_rule(url)
    return bool(rule and rule[6])


def _url_rule(url: str | None):
    name = host(url)
    if not name:
        return None
    path = urlsplit(url.strip()).path
    police = None
    for rule in _doc_type_rules():
        suffix, pattern, police_site, doc_type, host_pattern, not_authority, _ = rule
        if suffix and not (name == suffix or name.endswith("." + suffix)):
            continue
        if host_pattern is not None and not host_pattern.search(name):
            continue
        if not_authority and authority_from_url(url):
            continue
        if police_site:
            if police is None:
                found = authority_from_url(url)
                police = bool(found) and _is_police(found)
            if not police:
                continue
        if pattern.search(path) or (police_site and pattern.search(name.split(".", 1)[0])):
            return rule
    return None


def _is_police(auth_id: str) -> bool:
    from .authority import is_police_body

    return is_police_body(auth_id)


def on_force_site(url: str | None) -> bool:
    """Whether the address is on a police force's own domain (authority.FORCE_KINDS): not a board's, a
    commissioner's or a regulator's."""
    from .authority import is_force

    return is_force(authority_from_url(url))


def host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        name = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    # ("fyi.org.nz." : a fully qualified name's final dot names the same host)
    return (name.lower().rstrip(".") or None) if name else None


@lru_cache(maxsize=None)
def _path_authority_rules() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((e["host"], re.compile(e["path"], re.I), e["authority"]) for e in settings().get("path_authorities") or [])


def authority_from_url(url: str | None) -> str | None:
    """The authority whose own domain serves the page ("www.cleveland.police.uk" -> cleveland-police), or whose
    log the path names on a domain shared with other bodies (source_urls.yml path_authorities)."""
    name = host(url)
    if not name:
        return None
    domains = _domains()
    labels = name.split(".")
    for i in range(len(labels) - 1):
        found = domains.get(".".join(labels[i:]))
        if found:
            return found
    path = urlsplit(url.strip()).path
    for suffix, pattern, auth_id in _path_authority_rules():
        if (name == suffix or name.endswith("." + suffix)) and pattern.search(path):
            return auth_id
    return None


def _on_listed_host(url: str | None, key: str, subdomains: bool) -> bool:
    """Whether the page's host is one listed under `key` in source_urls.yml (or, with `subdomains`, under one)."""
    name = host(url)
    if not name:
        return False
    hosts = [e["host"] for e in settings().get(key) or []]
    if subdomains:
        return any(name == h or name.endswith("." + h) for h in hosts)
    return any(name in (h, "www." + h) for h in hosts)


def on_shared_government_log(url: str | None) -> bool:
    """Whether the page is on a government's shared FOI log for a place with one police body
    (source_urls.yml sole_police_body_hosts): the one police body it names answered."""
    return _on_listed_host(url, "sole_police_body_hosts", subdomains=True)


def on_department_site(url: str | None) -> bool:
    """Whether the page is a government department's FOI release (source_urls.yml department_hosts): the
    department or a commissioner answered, not a police force it names. The host itself only:
    "suffolk-pcc.gov.uk" is a commissioner's own site under the same suffix."""
    return _on_listed_host(url, "department_hosts", subdomains=False)


def published_from_url(url: str | None) -> str | None:
    """"YYYY-MM" of the disclosure-log folder the page was filed under, or None."""
    if not url:
        return None
    path = urlsplit(url.strip()).path.lower()
    if not path.endswith("/"):
        path += "/"
    for pattern in _published_patterns():
        m = pattern.search(path)
        if not m:
            continue
        month = m.group("month")
        number = int(month) if month.isdigit() else MONTHS.get(month)
        year = int(m.group("year"))
        if number and 1 <= number <= 12 and 2000 <= year <= 2100:
            return f"{year:04d}-{number:02d}"
    return None
