"""plugins/ncnd_http.py, ncnd_vega.py and ncnd_notices_view.py: the bytes a page costs."""

import asyncio
import gzip

import yaml

from tests.test_plugin_setup import ds, get, load_plugin, seed_db  # noqa: F401 (fixtures)

GZIP = {"Accept-Encoding": "gzip"}


def fetch(ds, path, headers=None):
    return asyncio.run(ds.client.get(path, headers=headers or {}))


def test_pages_are_gzipped_when_the_browser_takes_gzip(ds):
    response = fetch(ds, "/ncnd/notices", GZIP)
    assert response.headers["content-encoding"] == "gzip"
    assert "Northamptonshire Police" in response.text  # the client decodes it
    plain = fetch(ds, "/ncnd/notices", {"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and len(plain.content) > 3 * int(response.headers["content-length"])


def test_static_files_are_cached_by_the_browser(ds):
    vega = load_plugin("ncnd_vega")
    response = fetch(ds, vega.VEGA_JS[0])
    assert response.status_code == 200 and "immutable" in response.headers["cache-control"]  # hashed name
    css = fetch(ds, "/static/ncnd.css")
    assert css.status_code == 200 and "max-age=86400" in css.headers["cache-control"]


def test_a_page_is_made_once_and_then_served_from_memory():
    http = load_plugin("ncnd_http")
    calls = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.body", "body": b"<p>page</p>" * 10})

    async def run(cache, path, headers=()):
        sent = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": list(headers)}
        await cache(scope, None, send)
        return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")

    cache = http.ResponseCache(app, max_bytes=150)
    assert asyncio.run(run(cache, "/a")) == asyncio.run(run(cache, "/a")) == b"<p>page</p>" * 10
    assert calls == ["/a"]
    asyncio.run(run(cache, "/a", [(b"cookie", b"ds_actor=x")]))  # a signed-in visitor is never served a cached page
    asyncio.run(run(cache, "/b"))  # 110 + 110 bytes > 150: /a is dropped
    asyncio.run(run(cache, "/a"))
    assert calls == ["/a", "/a", "/b", "/a"]


def test_datasette_vega_script_only_on_pages_with_a_chart(ds):
    vega = load_plugin("ncnd_vega")
    script = vega.VEGA_JS[0]
    assert f'src="{script}"' in get(ds, "/ncnd/exemption_combinations").text  # a canned query charted by datasette-vega
    # A query with a chart of its own shows it as an image drawn on the server: no script at all.
    forces = get(ds, "/ncnd/forces_by_ncnd").text
    assert '/-/charts/forces-by-ncnd.svg' in forces and f'src="{script}"' not in forces
    for path in ("/", "/ncnd/notices", "/ncnd/force_record?authority=Kent", "/-/charts"):
        html = get(ds, path).text
        assert f'src="{script}"' not in html, path
    assert "Chart these rows" in get(ds, "/ncnd/notices").text  # loads it on demand


def test_a_chart_query_opens_with_its_chart_by_its_plain_address(ds):
    html = get(ds, "/ncnd/exemption_combinations").text
    assert "history.replaceState" in html and "g.mark=bar" in html


def test_pages_without_a_chart_are_small_over_the_wire(ds):
    for path in ("/", "/ncnd/notices", "/ncnd/notices/000_84e63d2b671adfe2", "/ncnd/force_record?authority=Kent"):
        response = fetch(ds, path, GZIP)
        assert int(response.headers["content-length"]) < 40_000, path


def test_the_notices_list_shows_a_short_set_of_columns(ds):
    html = get(ds, "/ncnd/notices").text
    for column in ("date", "authority_id", "title", "outcome", "technology_ids", "exemption_ids", "source_url"):
        assert f'data-column="{column}"' in html, column
    for column in ("sha256", "document_path", "body", "request_text", "evidence"):
        assert f'data-column="{column}"' not in html, column
    assert 'data-column="sha256"' in get(ds, "/ncnd/notices?_col=sha256").text  # asked for, shown
    assert "body" in get(ds, "/ncnd/notices.json?_shape=objects").json()["rows"][0]  # the JSON keeps every column


def test_cached_pages_follow_a_rebuild_of_a_live_database(tmp_path):
    """ncnd serve opens the database live: a build that adds a notice shows on the next request, not a stale page."""
    import shutil

    from datasette.app import Datasette

    from ncnd.build import build_database
    from tests.test_plugin_setup import CORPUS, ROOT

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "000_84e63d2b671adfe2.txt").unlink()
    db = tmp_path / "ncnd.db"
    build_database(corpus, db, workers=1)
    ds = Datasette([str(db)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()), plugins_dir=str(ROOT / "plugins"))

    def count():
        response = fetch(ds, "/ncnd/notices.json?_shape=objects", GZIP)
        return response.json()["filtered_table_rows_count"]

    assert count() == count() == 4  # the second answer comes from the cache
    shutil.copyfile(CORPUS / "000_84e63d2b671adfe2.txt", corpus / "000_84e63d2b671adfe2.txt")
    build_database(corpus, db, workers=1)  # incremental: commits into the live file
    assert count() == 5
