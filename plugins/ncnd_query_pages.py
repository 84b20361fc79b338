"""Canned query pages that explain themselves when there is nothing to show.

A query opened without the value it needs (a force, a technology, a request family...) lists the
values that give results, as links; a query with no rows says what it would show and why it may be
empty. Both come from metadata.yml, per query:

    choices: {param: authority, text: "Pick a police body:", sql: "select value, label, count ..."}
    empty: "No ICO decision notices in the data yet ..."

`choices.sql` returns value, label and (optionally) count; it is run only when the page is opened bare.
"""

from urllib.parse import urlencode

from datasette import hookimpl

DEFAULT_EMPTY = "No notices in the data match this query."


async def query_page(datasette, database, name, request) -> dict | None:
    queries = datasette.metadata("queries", database=database) or {}
    query = queries.get(name) if isinstance(queries, dict) else None
    if not isinstance(query, dict):
        return None
    page = {"empty": query.get("empty") or DEFAULT_EMPTY, "bare": False, "choices": [], "param": None, "bare_text": ""}
    choices = query.get("choices")
    if isinstance(choices, dict) and not (request.args.get(choices["param"]) or "").strip():
        page.update(bare=True, param=choices["param"], bare_text=choices.get("text") or f"Choose {choices['param']}:")
        if choices.get("sql"):
            rows = (await datasette.get_database(database).execute(choices["sql"])).rows
            page["choices"] = [
                {
                    "value": row["value"],
                    "label": row["label"] if "label" in row.keys() and row["label"] else row["value"],
                    "count": row["count"] if "count" in row.keys() else None,
                    "url": datasette.urls.query(database, name) + "?" + urlencode({choices["param"]: row["value"]}),
                }
                for row in rows
            ]
        for example in choices.get("examples") or []:
            page["choices"].append(
                {"value": example, "label": example, "count": None, "url": datasette.urls.query(database, name) + "?" + urlencode({choices["param"]: example})}
            )
    return page


@hookimpl
def extra_template_vars(template, database, request, datasette):
    if not (template.startswith("query-") or template == "query.html") or request is None or not database:
        return {}
    name = (request.url_vars or {}).get("table")
    if not name:
        return {}

    async def inner():
        return {"ncnd_query_page": await query_page(datasette, database, name, request)}

    return inner
