"""The home page: what is in the data, one search box for everything, and where to start.

The counts are a handful of indexed aggregates; they are cached per immutable database (its hash
identifies the data) so the home page does not recount on every visit.
"""

import re

from datasette import hookimpl
from ncnd.serving.version import data_version

DATABASE = "ncnd"
TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(?:p|li|h\d)>|<br\s*/?>", re.I)  # tags that separate words; inline ones do not
SENTENCE_END = re.compile(r"(?<=[.!?])\s")

# The counts are those of the notices table's default view (UK notices: every document but `other`),
# read from the facet counts the build stored, so the home page and /ncnd/notices always agree.
STATS_SQL = """
select
  (select sum(count) from facet_counts where scope = 'uk' and facet = '_rows') as notices,
  (select sum(count) from facet_counts where scope = 'uk' and facet = 'doc_type' and value = 'force_response') as force_responses,
  (select sum(count) from facet_counts where scope = 'uk' and facet = 'doc_type' and value = 'ico_decision') as ico_decisions,
  (select sum(count) from facet_counts where scope = 'uk' and facet = 'ncnd' and value = 1) as ncnd_notices,
  (select count(*) from facet_counts where scope = 'uk' and facet = 'authority_id') as forces,
  (select count(*) from facet_counts where scope = 'uk' and facet = 'technology') as technologies,
  (select sum(count) from facet_counts where scope = 'all' and facet = '_rows')
    - (select sum(count) from facet_counts where scope = 'uk' and facet = '_rows') as other_documents,
  (select min(date) from notices where date is not null and doc_type is not 'other') as first_date,
  (select max(date) from notices where doc_type is not 'other') as last_date,
  (select count(*) from notices where date is null and doc_type is not 'other') as undated,
  (select count(*) from build_errors) as unreadable
"""

_stats_cache: dict = {}


def first_sentence(html: str | None) -> str:
    """A canned query's description, as one plain sentence for the list on the home page."""
    text = " ".join(TAG.sub(lambda m: " " if BLOCK_END.match(m.group(0)) else "", html or "").split())
    return SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


async def data_stats(db) -> dict:
    key = data_version(db)
    if key is not None and key in _stats_cache:
        return _stats_cache[key]
    stats = {key: value or 0 if key not in {"first_date", "last_date"} else value for key, value in dict((await db.execute(STATS_SQL)).first()).items()}
    built = await db.execute("select value from build_info where key = 'built_at'") if "build_info" in await db.table_names() else None
    stats["built_at"] = built.first()[0] if built and built.first() else None
    if key is not None:
        _stats_cache.clear()  # one version at a time: a build makes the old counts useless
        _stats_cache[key] = stats
    return stats


@hookimpl
def extra_template_vars(template, datasette, request):
    if template != "index.html" or DATABASE not in datasette.databases:
        return {}

    async def inner():
        db = datasette.get_database(DATABASE)
        queries = await datasette.get_canned_queries(DATABASE, request.actor if request else None)
        charted = {c.get("query") for c in ((datasette.plugin_config("ncnd-charts") or {}).get("charts") or [])}
        return {
            "ncnd_stats": await data_stats(db),
            "ncnd_database": DATABASE,
            "ncnd_queries": [
                {
                    "url": datasette.urls.query(DATABASE, name) + (f"#{q['fragment']}" if q.get("fragment") else ""),
                    "title": q.get("title") or name,
                    "summary": first_sentence(q.get("description_html") or q.get("description")),
                    "chart": bool(q.get("fragment")) or name in charted,
                }
                for name, q in queries.items()
            ],
        }

    return inner
