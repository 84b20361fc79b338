"""The home page and the pages it sends people to."""

from pathlib import Path

import yaml

from datasette.utils import tilde_encode

from tests.test_plugin_setup import ds, get, load_plugin, seed_db  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
home = load_plugin("ncnd_home")


def test_home_page_counts_what_is_in_the_data(ds):
    html = get(ds, "/").text
    assert '<span class="number">5</span><span class="what">notices: 4 police responses, 1 ICO decisions</span>' in html
    assert '<span class="number">4</span><span class="what">neither confirm nor deny</span>' in html
    assert '<span class="number">4</span><span class="what">police bodies</span>' in html
    assert "2018–2024" in html and "2018-08-13 to 2024-11-18" in html and "2 undated" in html
    technologies = get(ds, "/ncnd.json?sql=select+count(distinct+technology_id)+n+from+notice_technologies&_shape=array").json()[0]["n"]
    assert f'<span class="number">{technologies}</span><span class="what">technologies named</span>' in html


def test_home_page_search_box_goes_to_search_all(ds):
    html = get(ds, "/").text
    assert '<form class="home-search" action="/-/search" method="get"' in html and 'name="q"' in html
    page = get(ds, "/-/search?q=Rekognition")
    assert page.status_code == 200 and "Search all tables" in page.text
    assert "/ncnd/notices" in page.text and "/ncnd/passages" in page.text


def test_home_page_links_every_canned_query_and_chart(ds):
    html = get(ds, "/").text
    for name, query in METADATA["databases"]["ncnd"]["queries"].items():
        href = f"/ncnd/{name}" + (f"#{query['fragment']}" if query.get("fragment") else "")
        assert f'href="{href.replace("&", "&amp;")}"' in html, name
    for chart in METADATA["plugins"]["ncnd-charts"]["charts"]:
        assert f'href="/-/charts/{chart["slug"]}"' in html
    assert "not a league table" in html and 'href="/about"' in html


def test_about_page_explains_ncnd_and_attribution(ds):
    html = get(ds, "/about").text
    for needed in ("s24(2)", "s31(3)", "not a denial", "Open Government Licence", "Information Commissioner", "police won"):
        assert needed in html


def test_first_sentence_of_a_description():
    assert home.first_sentence("<p>One <em>thing</em>. Another.</p>") == "One thing."
    assert home.first_sentence("<p>One</p><p>Two. Three.</p>") == "One Two."
    assert home.first_sentence(None) == ""


def test_every_listed_page_opens(ds):
    pages = ["/", "/about", "/ncnd", "/-/charts", "/-/search", "/-/search?q=ring"]
    tables = [t["name"] for t in get(ds, "/ncnd.json").json()["tables"] if not t["hidden"]]
    pages += [f"/ncnd/{table}" for table in tables]
    for table in tables:
        first = get(ds, f"/ncnd/{table}.json?_shape=objects&_size=1").json()
        if first["rows"] and first.get("primary_keys"):
            pks = ",".join(tilde_encode(str(first["rows"][0][pk])) for pk in first["primary_keys"])
            pages.append(f"/ncnd/{table}/{pks}")
    for path in pages:
        response = get(ds, path)
        assert response.status_code == 200, path
        assert "message-error" not in response.text, path
