"""Cells a reader can read: codes become labels, ids become links, search snippets show their matches.

Canned queries return plain columns; Datasette only links foreign keys on table pages. Here a column
named notice_id links to the notice page (each id of a notice_ids list too), and a column named snippet
turns the ⟦ ⟧ markers that the search query asks FTS5's snippet() for into <mark>. On the notices
table, outcome, ncnd and doc_type show the labels of `ncnd-sql-functions` in metadata.yml, technologies
and exemptions show as names that filter the table, and source_url as a "source" link. Everything else
in the cell stays escaped.
"""

import json
import re
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from ncnd.serving.version import data_version
from markupsafe import Markup, escape

MATCH_OPEN, MATCH_CLOSE = "⟦", "⟧"  # the same characters as the `search` canned query's snippet() call
NOTICE_ID_COLUMNS = {"notice_id", "representative_notice_id", "notice_a", "notice_b", "from_notice_id", "to_notice_id"}
# Comma-separated notice ids (group_concat in a query grouped by force): each one a link.
NOTICE_ID_LIST_COLUMNS = {"notice_ids"}
LABELLED = {"outcome", "ncnd", "doc_type"}  # notices columns shown by their label
LINKED = {"source_url", "technology_ids", "exemption_ids"}  # notices columns shown as links


MARKERS = re.compile(f"([{MATCH_OPEN}{MATCH_CLOSE}])")


def highlight_snippet(value: str) -> Markup:
    """'the ⟦Rekognition⟧ tool' -> 'the <mark>Rekognition</mark> tool', with the rest escaped.

    Nested markers (a citation marked inside a matched phrase) give one <mark>; an unclosed one is closed.
    """
    out, depth = [], 0
    for piece in MARKERS.split(value):
        if piece == MATCH_OPEN:
            if depth == 0:
                out.append(Markup("<mark>"))
            depth += 1
        elif piece == MATCH_CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append(Markup("</mark>"))
        elif piece:
            out.append(escape(piece))
    if depth:
        out.append(Markup("</mark>"))
    return Markup("").join(out)


_technology_names: dict = {}


def _list(value) -> list:
    try:
        items = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return []
    return [str(item) for item in items] if isinstance(items, list) else []


async def technology_names(datasette, database) -> dict:
    db = datasette.get_database(database)
    version = data_version(db)
    if version is None or _technology_names.get(database, (None,))[0] != version:
        _technology_names[database] = (version, dict((await db.execute("select id, name from technologies")).rows))
    return _technology_names[database][1]


def notice_cell(row, value, column, database, datasette):
    """A notices table cell as a reader wants it, or None to leave it to Datasette."""
    if column not in LABELLED and column not in LINKED:
        return None  # most columns of a notice's page: no need to read the labels
    config = datasette.plugin_config("ncnd-sql-functions") or {}
    table_url = datasette.urls.table(database, "notices")
    if column == "outcome" and value:
        label = (config.get("outcome_labels") or {}).get(value, value)
        rest = config.get("ncnd_on_rest") or {}
        if row is not None and "ncnd" in row.keys() and row["ncnd"] == 1 and value in (rest.get("outcomes") or []):
            label += rest.get("suffix") or ""
        return Markup('<span title="{}">{}</span>').format(value, label)
    if column == "ncnd":
        key = "null" if value is None else str(value)
        return (config.get("ncnd_labels") or {}).get(key) or None
    if column == "doc_type" and value:
        return (config.get("doc_type_labels") or {}).get(value)
    if column == "source_url":
        if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
            return Markup('<a href="{}" rel="nofollow noopener">source</a>').format(value)
        return None
    if column in {"technology_ids", "exemption_ids"}:
        items = _list(value)
        arg = "_technology" if column == "technology_ids" else "_exemption"

        async def links():
            names = await technology_names(datasette, database) if column == "technology_ids" else {}
            return Markup(", ").join(
                Markup('<a href="{}">{}</a>').format(f"{table_url}?{urlencode({arg: item})}", names.get(item, item)) for item in items
            )

        return links() if items else ""
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table == "notices":
        return notice_cell(row, value, column, database, datasette)
    if table is not None or not isinstance(value, str) or not value:
        return None  # table pages already link foreign keys and show raw text
    if column in NOTICE_ID_COLUMNS:
        href = datasette.urls.row(database, "notices", tilde_encode(value))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column in NOTICE_ID_LIST_COLUMNS:
        links = [
            Markup('<a href="{}">{}</a>').format(datasette.urls.row(database, "notices", tilde_encode(item)), item)
            for item in value.split(",")
            if item
        ]
        return Markup(", ").join(links)
    if column == "snippet" and MATCH_OPEN in value:
        return highlight_snippet(value)
    return None
