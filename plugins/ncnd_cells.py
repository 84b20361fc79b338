"""Cells of canned-query results: notice ids become links, search snippets show their matches.

Canned queries return plain columns; Datasette only links foreign keys on table pages. Here a column
named notice_id links to the notice page (each id of a notice_ids list too), and a column named snippet turns the ⟦ ⟧ markers that the
search query asks FTS5's snippet() for into <mark>. Everything else in the cell stays escaped.
"""

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

MATCH_OPEN, MATCH_CLOSE = "⟦", "⟧"  # the same characters as the `search` canned query's snippet() call
NOTICE_ID_COLUMNS = {"notice_id", "representative_notice_id", "notice_a", "notice_b", "from_notice_id", "to_notice_id"}
# Comma-separated notice ids (group_concat in a query grouped by force): each one a link.
NOTICE_ID_LIST_COLUMNS = {"notice_ids"}


def highlight_snippet(value: str) -> Markup:
    """'the ⟦Rekognition⟧ tool' -> 'the <mark>Rekognition</mark> tool', with the rest escaped."""
    out, depth = [], 0
    for char in value:
        if char == MATCH_OPEN:
            if depth == 0:
                out.append(Markup("<mark>"))
            depth += 1
        elif char == MATCH_CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append(Markup("</mark>"))
        else:
            out.append(escape(char))
    if depth:
        out.append(Markup("</mark>"))
    return Markup("").join(out)


@hookimpl
def render_cell(value, column, table, database, datasette):
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
