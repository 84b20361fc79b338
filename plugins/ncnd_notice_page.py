"""The notice page: a notice's own text, rendered safely, beside what the parser read from it.

The text's HTML comes from the build (ncnd.render, table notice_html): the page reads it with the rest of
the notice, and the other versions of its source page (ncnd.serving.notice_versions), in one SQL call and
renders the notice page template directly, without Datasette's row view.
"""

import json
from functools import lru_cache
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import escape_sqlite, get_all_foreign_keys, path_with_format, tilde_decode, tilde_encode, urlsafe_components
from datasette.utils.asgi import Response
from datasette.views.row import RowView
from ncnd import render
from ncnd.serving.notice_versions import read_versions, versions_context
from ncnd.serving.version import data_version

# The renderer is a build stage (ncnd.render); these names stay importable from the plugin.
ALLOWED_TAGS, CITATION, highlight_targets = render.ALLOWED_TAGS, render.CITATION, render.highlight_targets
# A notice whose stored HTML is missing or was made by other code is rendered here; a page viewed again
# soon (a shared link) is not rendered twice.
render_notice = lru_cache(maxsize=256)(render.render_notice)


def _loads(value, default):
    try:
        loaded = json.loads(value) if value else default
    except (TypeError, ValueError):
        return default
    return loaded if isinstance(loaded, type(default)) else default


def safe_url(value) -> str | None:
    return value if isinstance(value, str) and value.lower().startswith(("http://", "https://")) else None


def _query(conn):
    """rows(sql, params) -> list of dicts, on one connection (the page's queries run in one SQL thread call)."""

    def rows(sql, params=()):
        return [dict(row) for row in conn.execute(sql, params).fetchall()]

    return rows


def analysis_context(rows, notice_id: str, tables: set[str]) -> dict:
    """Family, template, lifecycle and consistency information, for whichever analysis tables exist."""
    context = {}
    if {"request_families", "request_family_members"} <= tables:
        context["families"] = rows(
            """select f.id, f.size, f.authority_count, f.first_date, f.last_date, f.representative_text, m.similarity,
                      (select json_group_array(json_object('notice_id', o.notice_id, 'authority', a.name, 'outcome',
                              outcome_label(n.outcome, n.ncnd)))
                       from request_family_members o join notices n on n.id = o.notice_id
                       left join authorities a on a.id = n.authority_id
                       where o.family_id = f.id and o.notice_id != m.notice_id) as others
               from request_family_members m join request_families f on f.id = m.family_id
               where m.notice_id = ?""",
            [notice_id],
        )
        for family in context["families"]:
            family["others"] = _loads(family["others"], [])
    if "notice_templating" in tables:
        found = rows("select templated_chars, total_chars, share from notice_templating where notice_id = ?", [notice_id])
        context["templating"] = found[0] if found else None
    if {"passage_templates", "template_families"} <= tables:
        context["templates"] = rows(
            """select t.id, t.representative_text, t.notice_count, t.authority_count, count(*) as paragraphs
               from passage_templates p join template_families t on t.id = p.family_id
               where p.notice_id = ? group by t.id order by paragraphs desc, t.id""",
            [notice_id],
        )
    if "lifecycle_links" in tables:
        context["lifecycle"] = rows(
            """select l.link_type, l.evidence,
                      case when l.from_notice_id = :id then l.to_notice_id else l.from_notice_id end as other_id,
                      case when l.from_notice_id = :id then 'later' else 'earlier' end as direction,
                      n.doc_type, n.date
               from lifecycle_links l
               left join notices n on n.id = case when l.from_notice_id = :id then l.to_notice_id else l.from_notice_id end
               where l.from_notice_id = :id or l.to_notice_id = :id
               order by n.date""",
            {"id": notice_id},
        )
    if "consistency_flags" in tables:
        context["flags"] = rows(
            """select kind, explanation, technology_id,
                      case when notice_a = :id then notice_b else notice_a end as other_id
               from consistency_flags where notice_a = :id or notice_b = :id order by kind, id""",
            {"id": notice_id},
        )
    return context


def reference_counts(rows, notice_id: str, references: list[tuple[str, str]]) -> list[dict]:
    """How many rows of each table point at the notice, one indexed count per foreign key (the build
    indexes every column that points at notices): the "rows in other tables" list."""
    if not references:
        return []
    counts = rows(
        "select "
        + ", ".join(f"(select count(*) from {escape_sqlite(t)} where {escape_sqlite(c)} = :id) as n{i}" for i, (t, c) in enumerate(references)),
        {"id": notice_id},
    )[0]
    return [{"other_table": t, "other_column": c, "count": counts[f"n{i}"]} for i, (t, c) in enumerate(references)]


_schemas: dict = {}


def schema(conn, name: str, version) -> tuple[set[str], list[tuple[str, str]], list[str]]:
    """The database's tables, the foreign keys pointing at notices and the notices columns, read once per
    version of the data."""
    cached = _schemas.get(name)
    if cached is None or cached[0] != version or version is None:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        incoming = get_all_foreign_keys(conn).get("notices", {}).get("incoming", []) if "notices" in tables else []
        columns = [row[1] for row in conn.execute("pragma table_info(notices)")]
        cached = _schemas[name] = (version, tables, [(fk["other_table"], fk["other_column"]) for fk in incoming], columns)
    return cached[1], cached[2], cached[3]


def read_notice(conn, name: str, version, notice_id: str) -> dict | None:
    """Every row the notice page shows, read in one go on one connection."""
    rows = _query(conn)
    tables, references, columns = schema(conn, name, version)
    found = rows(
        """select n.*, outcome_label(n.outcome, n.ncnd) as outcome_text, ncnd_label(n.ncnd) as ncnd_text,
                  ncnd_scope_label(n.ncnd_scope) as ncnd_scope_text,
                  doc_type_label(n.doc_type) as doc_type_text,
                  a.name as authority_name,
                  d.source_url as document_source_url, d.retrieved, d.licence, d.notes, d.format, d.bytes, d.encoding
           from notices n
           left join authorities a on a.id = n.authority_id
           left join documents d on d.path = n.document_path
           where n.id = ?""",
        [notice_id],
    )
    if not found:
        return None
    return {
        "notice": found[0],
        "exemptions": rows(
            """select ne.exemption_id, ne.role, ne.sentence, e.title, e.exemption_type, e.ncnd_provision
               from notice_exemptions ne left join exemptions e on e.id = ne.exemption_id
               where ne.notice_id = ? order by ne.rowid""",
            [notice_id],
        ),
        "technologies": rows(
            """select nt.technology_id, coalesce(t.name, nt.technology_id) as name, nt.matched_term, nt.sentence,
                      role_label(nt.role) as role_text, stance_label(nt.stance) as stance_text, nt.ncnd_covers,
                      nt.stance_sentence
               from notice_technologies nt left join technologies t on t.id = nt.technology_id
               where nt.notice_id = ? order by nt.rowid""",
            [notice_id],
        ),
        "questions": rows(
            "select number, text, answer, answer_label(answer) as answer_text, answer_sentence from questions where notice_id = ? order by seq",
            [notice_id],
        ),
        "ico": rows("select * from ico_decisions where notice_id = ?", [notice_id]),
        "findings": rows(
            """select f.*, e.title from ico_findings f left join exemptions e on e.id = f.exemption_id
               where f.notice_id = ? order by f.seq""",
            [notice_id],
        ),
        "html": rows("select html from notice_html where notice_id = ? and renderer = ?", [notice_id, render.RENDERER])
        if "notice_html" in tables
        else [],
        "versions": read_versions(conn, notice_id) if "document_versions" in tables else [],
        "analysis": analysis_context(rows, notice_id, tables),
        "references": reference_counts(rows, notice_id, references),
        "columns": columns,
    }


async def notice_context(datasette, database: str, notice_id: str) -> dict | None:
    db = datasette.get_database(database)
    version = data_version(db)
    found = await db.execute_fn(lambda conn: read_notice(conn, database, version, notice_id))
    if found is None:
        return None
    notice, exemptions = found["notice"], found["exemptions"]
    evidence = _loads(notice["evidence"], {})
    if found["html"]:
        body_html = render.unpack(found["html"][0]["html"])
    else:
        sentences, relied, titles = render.highlight_inputs(notice["ncnd"], evidence.get("ncnd"), exemptions)
        body_html = render_notice(notice["body"] or "", sentences, relied, titles, notice["format"] == "txt")

    def row_url(table: str, value, format=None) -> str:
        return datasette.urls.row(database, table, tilde_encode(str(value)), format=format)

    references = [
        dict(ref, link=datasette.urls.table(database, ref["other_table"]) + "?" + urlencode({_filter_key(ref["other_column"]): notice_id}))
        for ref in found["references"]
    ]
    return {
        "row_url": row_url,
        "notice": notice,
        "evidence": evidence,
        "warnings": _loads(notice["warnings"], []),
        "exemptions": exemptions,
        "technologies": found["technologies"],
        "questions": found["questions"],
        "ico": found["ico"][0] if found["ico"] else None,
        "findings": found["findings"],
        "body_html": body_html,
        "source_url": safe_url(notice["document_source_url"] or notice["source_url"]),
        "analysis": found["analysis"],
        "references": references,
        "columns": found["columns"],
        "stored": stored_columns(notice, found["columns"]),
        "stored_chars": STORED_VALUE_CHARS,
        "versions": versions_context(found["versions"], notice_id, lambda nid: row_url("notices", nid)),
    }


def _filter_key(column: str) -> str:
    """Datasette reads ?_x= as an option, not a filter: a column whose name starts with _ is ?_x__exact=."""
    return column + "__exact" if column.startswith("_") else column


STORED_VALUE_CHARS = 300  # a long column (the body, the request) is shown cut here: the JSON has it whole


def stored_columns(notice: dict, columns: list[str]) -> list[dict]:
    """The notice's columns as stored, for the page's "every column" list: long text cut short."""
    out = []
    for name in columns:
        value = notice.get(name)
        text = "" if value is None else str(value)
        out.append({"name": name, "value": text[:STORED_VALUE_CHARS], "null": value is None, "length": len(text)})
    return out


async def notice_page(request, datasette, notice_id: str) -> Response | None:
    """The notice page made straight from the one SQL call that reads the notice, or None to let
    Datasette's row view answer (a notice not found, a visitor not allowed to see the table).

    Datasette's row view would first read the row alone, render every column through the cell
    plugins and count the rows pointing at it; the notice page shows all of that from its own read.
    """
    view = RowView(datasette)  # for what Datasette's own row page does besides reading: colour, headers
    database = datasette.get_database(route=tilde_decode(request.url_vars["database"])).name
    visible, private = await datasette.check_visibility(
        request.actor, permissions=[("view-table", (database, "notices")), ("view-database", database), "view-instance"]
    )
    if not visible:
        return None
    context = await notice_context(datasette, database, notice_id)
    if context is None:
        return None
    json_url = datasette.absolute_url(request, datasette.urls.path(path_with_format(request=request, format="json")))
    html = await datasette.render_template(
        ["row-ncnd-notices.html"],
        {
            "database": database,
            "table": "notices",
            "columns": context["columns"],
            "primary_key_values": [notice_id],
            "private": private,
            "notice_page": context,
            "notice_versions": context["versions"],
            "alternate_url_json": json_url,
            "database_color": view.database_color,
            "metadata": datasette.metadata,
        },
        request=request,
        view_name="row",
    )
    response = Response.html(html, headers={"Link": f'{json_url}; rel="alternate"; type="application/json+datasette"'})
    ttl = request.args.get("_ttl")
    return view.set_response_headers(response, ttl if ttl and ttl.isdigit() else datasette.setting("default_cache_ttl"))


async def notice_row(request, datasette):
    pks = urlsafe_components(request.url_vars["pks"])
    if request.method in ("GET", "HEAD") and request.url_vars.get("format") is None and len(pks) == 1:
        response = await notice_page(request, datasette, pks[0])
        if response is not None:
            return response
    return await RowView(datasette).dispatch_request(request)


@hookimpl
def register_routes():
    # Datasette's own row route, for the notices table of the ncnd database only: its HTML is the notice
    # page (templates/row-ncnd-notices.html), its other formats Datasette's.
    return [(r"^/(?P<database>ncnd)/(?P<table>notices)/(?P<pks>[^/]+?)(\.(?P<format>\w+))?$", notice_row)]
