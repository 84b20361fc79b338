"""SQL functions that keep the canned queries short and their results readable.

Labels come from the `ncnd-sql-functions` plugin config in metadata.yml, so rewording an outcome is a
metadata change, not a code change.
"""

import json
import re

from datasette import hookimpl
from datasette.utils import escape_fts as datasette_escape_fts
from ncnd.citations import mark_citations, rewrite_query

PLUGIN = "ncnd-sql-functions"
SECTION = re.compile(r"^s\d+[A-Z]?")  # "s31(1)(a)" -> "s31", "s22A(1)" -> "s22A"


def _json_list(value) -> list:
    if value is None:
        return []
    try:
        items = json.loads(value)
    except (TypeError, ValueError):
        return []
    return [item for item in items if item is not None] if isinstance(items, list) else []


def json_join(value, separator=", "):
    """'["s24(2)", "s31(3)"]' -> 's24(2), s31(3)': JSON list columns as text a reader can scan."""
    items = _json_list(value)
    return separator.join(str(item) for item in items) if items else None


def exemption_sections(value):
    """'["s24(2)", "s31(1)(a)"]' -> 's24 + s31': the bare sections, deduplicated, in citation order."""
    sections = []
    for item in _json_list(value):
        match = SECTION.match(str(item))
        section = match.group(0) if match else str(item)
        if section not in sections:
            sections.append(section)
    return " + ".join(sections) if sections else None


def pct(part, whole):
    """Share in percent with one decimal; null when there is no denominator, never a division error."""
    if part is None or not whole:
        return None
    return round(100.0 * part / whole, 1)


def make_outcome_label(config: dict):
    labels = config.get("outcome_labels") or {}
    unknown = config.get("unknown_outcome") or "unknown"
    rest = config.get("ncnd_on_rest") or {}
    rest_outcomes = set(rest.get("outcomes") or [])
    suffix = rest.get("suffix") or ""

    def outcome_label(outcome, ncnd=None):
        """Plain-English outcome; with the ncnd flag, says when the rest of the request was NCND."""
        label = labels.get(outcome, outcome) if outcome else unknown
        if ncnd == 1 and outcome in rest_outcomes:
            label += suffix
        return label

    return outcome_label


def make_ncnd_label(config: dict):
    labels = {str(k): v for k, v in (config.get("ncnd_labels") or {}).items()}

    def ncnd_label(ncnd):
        key = "null" if ncnd is None else str(int(ncnd))
        return labels.get(key, key)

    return ncnd_label


def make_doc_type_label(config: dict):
    labels = config.get("doc_type_labels") or {}

    def doc_type_label(doc_type):
        return labels.get(doc_type, doc_type)

    return doc_type_label


def make_label(config: dict, key: str):
    """A lookup from a labels mapping in the plugin config (ncnd_scope_labels, stance_labels, role_labels):
    the value itself when it has no label, null for null."""
    labels = config.get(key) or {}

    def label(value):
        return None if value is None else labels.get(value, value)

    return label


def escape_fts(query):
    """Datasette's escape_fts, after citations are turned into the tokens the build indexed.

    's.24(2) ring' -> '"s24x2" "ring"': every way of writing a section finds the same notices, in table
    search (?_search=), search-all and the `search` query alike, since they all call escape_fts().
    """
    return datasette_escape_fts(rewrite_query(query or "")) or '""'  # a blank search matches nothing, not an error


@hookimpl(trylast=True)
def prepare_connection(conn, datasette):
    config = datasette.plugin_config(PLUGIN) or {}
    # trylast: registered after Datasette's own escape_fts, so this one is the one called.
    conn.create_function("escape_fts", 1, escape_fts, deterministic=True)
    conn.create_function("mark_citations", 2, mark_citations, deterministic=True)
    conn.create_function("json_join", 1, json_join, deterministic=True)
    conn.create_function("json_join", 2, json_join, deterministic=True)
    conn.create_function("exemption_sections", 1, exemption_sections, deterministic=True)
    conn.create_function("pct", 2, pct, deterministic=True)
    outcome_label = make_outcome_label(config)
    conn.create_function("outcome_label", 1, outcome_label, deterministic=True)
    conn.create_function("outcome_label", 2, outcome_label, deterministic=True)
    conn.create_function("ncnd_label", 1, make_ncnd_label(config), deterministic=True)
    conn.create_function("doc_type_label", 1, make_doc_type_label(config), deterministic=True)
    for name, key in (("ncnd_scope_label", "ncnd_scope_labels"), ("stance_label", "stance_labels"), ("role_label", "role_labels"), ("answer_label", "answer_labels")):
        conn.create_function(name, 1, make_label(config, key), deterministic=True)
