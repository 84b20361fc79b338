"""The notices table's facets and filters: cheap at 100,000 notices, labelled for a reader.

- UK notices only by default: /ncnd/notices leaves out `other` documents (not UK police FOI notices,
  such as US public-records requests) unless `?_all=1` or a doc_type filter is given;
  /ncnd/notices?doc_type=other lists them on their own.
- `?_technology=ring_doorbell` and `?_exemption=s24(2)` filter through the join tables
  (notice_technologies, notice_exemptions), which are indexed, instead of scanning JSON arrays.
- Facets of type `ncnd` (metadata.yml: `facets: [{ncnd: authority_id}, ..., {ncnd: technology}]`):
  on the unfiltered table they read the counts the build stored in `facet_counts`; with filters or a
  search they are counted with indexed SQL. Values carry their labels: force names, technology
  names, exemption titles, and the outcome, NCND and document type labels of `ncnd-sql-functions`.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import path_with_added_args, path_with_removed_args
from ncnd.serving.facets import FACETS  # name: notices column, or (join table, its column); the build counts the same
from ncnd.serving.version import data_version

TABLE = "notices"
JOIN_FILTERS = {"_technology": FACETS["technology"], "_exemption": FACETS["exemption"]}
JOIN_FACET_ARG = {"technology": "_technology", "exemption": "_exemption"}
FACET_TITLES = {"authority_id": "police body", "doc_type": "document type", "ncnd": "neither confirm nor deny", "year": "year",
                "outcome": "outcome", "technology": "technology", "exemption": "exemption"}
UK_ONLY = "[doc_type] is not 'other'"
# Arguments that change how rows are shown, never which rows: with only these, the stored counts hold.
PRESENTATION = {
    "_col", "_nocol", "_size", "_sort", "_sort_desc", "_next", "_facet_size", "_labels", "_label", "_nofacet",
    "_nocount", "_shape", "_json", "_all", "_timelimit", "_stream", "_dl", "_trace", "_nl", "_header",
}

_stored: dict = {}  # database name -> (data version, {scope: {facet: [(value, count)]}})
_labels: dict = {}  # database name -> (data version, {facet: {value: label}})


def scope(request) -> str:
    return "all" if request.args.get("_all") else "uk"


def unfiltered(request) -> bool:
    return all(key in PRESENTATION for key in request.args)


async def stored_counts(db) -> dict | None:
    """The build's facet counts, read once per immutable database."""
    version = data_version(db)
    if version is not None and _stored.get(db.name, (None,))[0] == version:
        return _stored[db.name][1]
    if "facet_counts" not in await db.table_names():
        return None
    counts: dict = {}
    for row in (await db.execute("select scope, facet, value, count from facet_counts order by count desc, value")).rows:
        counts.setdefault(row["scope"], {}).setdefault(row["facet"], []).append((row["value"], row["count"]))
    if version is not None:
        _stored[db.name] = (version, counts)
    return counts


async def labels(datasette, db) -> dict:
    """Human labels for every facet value: names from the vocabulary tables, words from metadata."""
    version = data_version(db)
    if version is not None and _labels.get(db.name, (None,))[0] == version:
        return _labels[db.name][1]
    config = datasette.plugin_config("ncnd-sql-functions") or {}
    out = {
        "outcome": dict(config.get("outcome_labels") or {}),
        "doc_type": dict(config.get("doc_type_labels") or {}),
        "ncnd": {int(k): v for k, v in (config.get("ncnd_labels") or {}).items() if k.isdigit()},
        "ncnd_scope": dict(config.get("ncnd_scope_labels") or {}),
        "authority_id": dict((await db.execute("select id, name from authorities")).rows),
        "technology": dict((await db.execute("select id, name from technologies")).rows),
        "exemption": {
            row[0]: f"{row[0]} {row[1]}" if row[1] else row[0]
            for row in (await db.execute("select id, title from exemptions")).rows
        },
    }
    if version is not None:
        _labels[db.name] = (version, out)
    return out


class NoticeFacet(Facet):
    type = "ncnd"

    async def facet_results(self):
        results, timed_out = [], []
        if self.table != TABLE:
            return results, timed_out
        db = self.ds.get_database(self.database)
        size = self.get_facet_size()
        stored = await stored_counts(db) if unfiltered(self.request) else None
        names = await labels(self.ds, db)
        for source_and_config in self.get_configs():
            name = source_and_config["config"].get("simple")
            if name not in FACETS:
                continue
            if stored is not None and name in stored.get(scope(self.request), {}):
                rows = stored[scope(self.request)][name][: size + 1]
            else:
                try:
                    rows = await self.count(db, name, size + 1)
                except QueryInterrupted:
                    timed_out.append(name)
                    continue
            results.append(self.render(name, rows, size, names.get(name, {})))
        return results, timed_out

    async def count(self, db, name: str, limit: int) -> list[tuple]:
        spec = FACETS[name]
        if isinstance(spec, tuple):
            table, column = spec
            sql = (
                f"select j.[{column}] as value, count(*) as count from ({self.sql}) n "
                f"join [{table}] j on j.notice_id = n.id group by j.[{column}] order by count desc, value limit {limit}"
            )
        else:
            sql = (
                f"select [{spec}] as value, count(*) as count from ({self.sql}) where [{spec}] is not null "
                f"group by [{spec}] order by count desc, value limit {limit}"
            )
        result = await db.execute(sql, self.params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        return [(row["value"], row["count"]) for row in result.rows]

    def render(self, name: str, rows: list[tuple], size: int, names: dict) -> dict:
        arg = JOIN_FACET_ARG.get(name, name)
        pairs = self.get_querystring_pairs()
        values = []
        for value, count in rows[:size]:
            selected = (arg, str(value)) in pairs
            path = path_with_removed_args(self.request, {arg: str(value)}) if selected else path_with_added_args(self.request, {arg: value})
            values.append(
                {
                    "value": value,
                    "label": names.get(value, value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                    "selected": selected,
                }
            )
        return {
            "name": name,
            "title": FACET_TITLES.get(name, name),
            "type": self.type,
            "hideable": False,
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_ncnd": name})),
            "results": values,
            "truncated": len(rows) > size,
        }


@hookimpl
def register_facet_classes():
    return [NoticeFacet]


@hookimpl
def filters_from_request(request, database, table, datasette):
    if table != TABLE:
        return None
    clauses, params, described = [], {}, []
    if not request.args.get("_all") and not any(key.split("__")[0] == "doc_type" for key in request.args):
        clauses.append(UK_ONLY)
        described.append("UK police notices only (not other documents)")
    for arg, (join_table, column) in JOIN_FILTERS.items():
        for i, value in enumerate(request.args.getlist(arg)):
            param = f"ncnd{arg}_{i}"
            clauses.append(f"[id] in (select notice_id from [{join_table}] where [{column}] = :{param})")
            params[param] = value
            described.append(f"{arg.lstrip('_')} is {value}")
    return FilterArguments(clauses, params, described)
