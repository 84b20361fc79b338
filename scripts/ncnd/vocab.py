"""Vocabularies (authorities, exemptions, technologies) live in CSV files beside this module.

Code reads them through these loaders so that adding an alias or a technology is a data change,
never a code change. List-valued cells use ``|`` as the separator.
"""

import csv
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent / "vocab"

LIST_COLUMNS = {"aliases", "domains", "terms", "context_terms"}
BOOL_COLUMNS = {"ncnd_provision"}


def _read(name):
    with open(VOCAB_DIR / name, newline="", encoding="utf-8") as f:
        rows = []
        for row in csv.DictReader(f):
            for key, value in row.items():
                value = (value or "").strip()
                if key in LIST_COLUMNS:
                    row[key] = [v.strip() for v in value.split("|") if v.strip()]
                elif key in BOOL_COLUMNS:
                    row[key] = value.lower() in {"1", "true", "yes"}
                else:
                    row[key] = value or None
            rows.append(row)
        return rows


@lru_cache(maxsize=None)
def authorities():
    """Rows of authorities.csv: id, name, short_name, aliases, country, kind, foi_regime, police_uk_id."""
    return tuple(_read("authorities.csv"))


@lru_cache(maxsize=None)
def exemptions():
    """Rows of exemptions.csv: id, section, title, ncnd_provision, exemption_type, description."""
    return tuple(_read("exemptions.csv"))


@lru_cache(maxsize=None)
def foisa_exemptions():
    """Rows of exemptions_foisa.csv: the Freedom of Information (Scotland) Act 2002 sections Police Scotland cites.

    Their numbers mean other things than FOIA's (FOISA s35 is law enforcement, FOIA s35 government policy),
    so the database keeps them apart with a "foisa:" prefix.
    """
    return tuple(_read("exemptions_foisa.csv"))


@lru_cache(maxsize=None)
def technologies():
    """Rows of technologies.csv: id, name, category, description, terms, context_terms."""
    return tuple(_read("technologies.csv"))


def by_id(rows):
    return {row["id"]: row for row in rows}
