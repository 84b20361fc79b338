"""The sources `ncnd fetch` knows, read from vocab/sources.yml and vocab/force_logs.csv.

`resolve()` turns the command line's SOURCE words into adapters:
  soh                  every Single Online Home force in force_logs.csv
  soh:kent-police      one of them
  all-forces           every force with a log (SOH and the forces with their own logs)
  west-midlands-police (or any other key of sources.yml: ico, police-scotland...)
  https://...          one address: a WhatDoTheyKnow request page, or any other page (the url adapter)
  FILE                 a file of addresses, one per line (# comments allowed)
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .. import vocab
from .adapters import ADAPTERS, Adapter, Topic, WhatDoTheyKnow
from .polite import Settings, host_key

SOURCES_FILE = vocab.VOCAB_DIR / "sources.yml"
FORCE_LOGS_FILE = vocab.VOCAB_DIR / "force_logs.csv"


class SourceError(ValueError):
    """A SOURCE word or sources file that cannot be used: the message says why."""


def load_sources(path: Path | None = None) -> dict:
    data = yaml.safe_load(Path(path or SOURCES_FILE).read_text(encoding="utf-8")) or {}
    if not isinstance(data.get("sources"), dict):
        raise SourceError(f"{path or SOURCES_FILE}: no 'sources' mapping")
    return data


def force_logs(path: Path | None = None) -> list[dict]:
    with open(path or FORCE_LOGS_FILE, newline="", encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def source_config(data: dict, key: str) -> dict:
    """A source's settings over the defaults."""
    return {**(data.get("defaults") or {}), **data["sources"][key]}


def read_url_file(path: Path) -> list[str]:
    urls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            if not line.startswith(("http://", "https://")):
                raise SourceError(f"{path}: not an http(s) address: {line!r}")
            urls.append(line)
    return urls


def resolve(words: list[str], *, data: dict, topic: Topic, since: date | None, max_items: int | None,
            forces_path: Path | None = None) -> list[Adapter]:
    """Adapters for the command line's SOURCE words, in order; URLs are grouped per host."""
    sources = data["sources"]
    authorities = vocab.by_id(vocab.authorities())
    logs = force_logs(forces_path)
    soh_forces = [row for row in logs if row["platform"] == "soh"]
    common = {"topic": topic, "since": since, "max_items": max_items}
    adapters: list[Adapter] = []
    urls: list[str] = []

    def soh(row: dict) -> Adapter:
        config = source_config(data, "soh")
        force = authorities.get(row["authority_id"])
        if force is None:
            raise SourceError(f"force_logs.csv names {row['authority_id']!r}, which is not in authorities.csv")
        site = (config.get("sites") or {}).get(row["authority_id"])
        if not site:
            if not force["domains"]:
                raise SourceError(f"{row['authority_id']} has no domain in authorities.csv")
            site = config["site"].format(domain=force["domains"][0])
        if topic.everything:
            terms = [""]
        elif getattr(topic, "terms_given", None):
            terms = topic.terms_given
        else:
            terms = list(data.get("search_terms") or [""])
        return ADAPTERS["soh"](f"soh:{row['authority_id']}", config, force=force, site=site, log_path=row["log_path"],
                               terms=terms, prefix=row["authority_id"], **common)

    for word in words:
        if word.startswith(("http://", "https://")):
            urls.append(word)
        elif word == "soh":
            adapters += [soh(row) for row in soh_forces]
        elif word.startswith("soh:"):
            wanted = word[4:]
            rows = [row for row in soh_forces if row["authority_id"] == wanted]
            if not rows:
                raise SourceError(f"{word}: no Single Online Home force {wanted!r} in force_logs.csv")
            adapters.append(soh(rows[0]))
        elif word == "all-forces":
            adapters += [soh(row) for row in soh_forces]
            for row in logs:
                if row["platform"] != "soh" and row["authority_id"] in sources:
                    adapters.append(_named(data, row["authority_id"], common))
        elif word in ("wdtk", "url"):
            raise SourceError(f"{word}: name the addresses themselves (https://...) or a file of them")
        elif word in sources:
            adapters.append(_named(data, word, common))
        elif Path(word).is_file():
            urls += read_url_file(Path(word))
        else:
            known = ", ".join(["soh", "soh:FORCE", "all-forces"] + sorted(k for k in sources if k not in ("wdtk", "url", "soh")))
            raise SourceError(f"unknown source {word!r}: use one of {known}, an https:// address or a file of addresses")

    wdtk = source_config(data, "wdtk")
    wdtk_hosts = {h.lower() for h in wdtk.get("hosts") or []}
    by_host: dict[tuple[str, str], list[str]] = {}
    for url in dict.fromkeys(urls):
        kind = "wdtk" if urlsplit(url).netloc.lower() in wdtk_hosts else "url"
        if kind == "wdtk":
            reason = WhatDoTheyKnow.refuse(url, wdtk)
            if reason:
                raise SourceError(reason)
        by_host.setdefault((kind, host_key(url)), []).append(url)
    for (kind, _), group in by_host.items():
        adapters.append(ADAPTERS[kind](kind, source_config(data, kind), urls=group, **common))
    return adapters


def _named(data: dict, key: str, common: dict) -> Adapter:
    config = source_config(data, key)
    kind = config.get("adapter")
    if kind not in ADAPTERS or kind in ("url", "wdtk", "soh"):
        raise SourceError(f"sources.yml: {key} has adapter {kind!r}, which cannot be run by name")
    return ADAPTERS[kind](key, config, prefix=config.get("authority") or key, **common)


def settings_by_origin(adapters: list[Adapter], data: dict):
    """settings_for(origin): the politeness of the source whose site it is, else the defaults."""
    table = {}
    for adapter in adapters:
        site = getattr(adapter, "site", None) or adapter.config.get("site")
        if site:
            table.setdefault(host_key(site), Settings.from_mapping(adapter.config))
    defaults = Settings.from_mapping(data.get("defaults") or {})

    def settings_for(origin: str) -> Settings:
        return table.get(origin, defaults)

    return settings_for
