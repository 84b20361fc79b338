"""Anonymous SQL cannot hurt the site: blow-ups answer a clear 400 at once, visitor SQL has a shorter time
limit and a queue of its own."""

import asyncio
import time
from urllib.parse import urlencode

import pytest
import yaml
from datasette.app import Datasette

from tests.test_plugin_setup import ROOT, ds, get, load_plugin, seed_db, setting_value  # noqa: F401 (fixtures)
from ncnd.cli import DATASETTE_SETTINGS

limits = load_plugin("ncnd_sql_limits")


def datasette_with(db_path, **plugin_settings) -> Datasette:
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text())
    metadata["plugins"]["ncnd-sql-limits"].update(plugin_settings)
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata,
        plugins_dir=str(ROOT / "plugins"),
        template_dir=str(ROOT / "templates"),
        settings={name: setting_value(value) for name, value in DATASETTE_SETTINGS},
    )


def timed(ds, path):
    started = time.perf_counter()
    response = get(ds, path)
    return response, time.perf_counter() - started


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # printf's refusal, logged
@pytest.mark.parametrize(
    "sql",
    [
        "select zeroblob(1000000000)",
        "select randomblob(1000000000)",
        "select printf('%.*c', 1000000000, 'x')",
        "select format('%.*c', 1000000000, 'x')",
        "select length(replace(hex(zeroblob(40000000)), '0', 'ab'))",
    ],
)
def test_blow_ups_answer_a_clear_400_at_once(ds, sql):
    response, seconds = timed(ds, "/ncnd.json?" + urlencode({"sql": sql}))
    assert response.status_code == 400, response.text
    assert response.json()["ok"] is False
    error = response.json()["error"]
    assert "too big" in error or "user-defined function raised exception" in error
    assert seconds < 1.0


def test_a_blow_up_in_a_table_filter_is_a_400_not_a_500(ds):
    response = get(ds, "/ncnd/notices.json?_where=length(zeroblob(1000000000))>0")
    assert response.status_code == 400 and "too big" in response.json()["error"]
    page = get(ds, "/ncnd/notices?_where=length(zeroblob(1000000000))>0")
    assert page.status_code == 400 and "Query too large" in page.text


def test_printf_still_formats_ordinary_values(ds):
    rows = get(ds, "/ncnd.json?sql=select+printf('%25s-%253d-%25.2f',+'a',+7,+2.5)+as+v&_shape=array").json()
    assert rows == [{"v": "a-  7-2.50"}]
    assert limits.printf_widths("%5.*c %%d %-*d", [7, "x", 9, 1]) == [5, 7, 9]


def test_a_result_past_the_budget_stops_with_a_reason(seed_db):
    small = datasette_with(seed_db, max_result_mb=1)
    response = get(small, "/ncnd.json?sql=select+zeroblob(300000)+from+passages")
    assert response.status_code == 400 and "result too large" in response.json()["error"]
    # Ordinary pages fit the budget.
    assert get(small, "/ncnd/notices.json?_shape=array").status_code == 200


def test_visitor_sql_has_the_shorter_time_limit(ds):
    endless = "/ncnd.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c"
    response, seconds = timed(ds, endless + "&_timelimit=60000")  # asking for more changes nothing
    assert response.status_code == 400 and "too long" in response.json()["error"]
    assert 0.8 < seconds < 2.8  # adhoc_time_limit_ms is 1000; canned pages keep 3000
    assert get(ds, "/ncnd.json?sql=select+1&_timelimit=abc").status_code == 200  # not a 500


def test_visitor_sql_waits_its_turn_and_canned_pages_do_not(seed_db):
    small = datasette_with(seed_db, adhoc_concurrency=1, adhoc_wait_ms=200, adhoc_time_limit_ms=1500)
    endless = "/ncnd.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c"

    async def scenario():
        first = asyncio.create_task(small.client.get(endless))
        await asyncio.sleep(0.05)
        second = await small.client.get(endless)  # the queue is full: refused after 200 ms
        started = time.perf_counter()
        canned = await small.client.get("/ncnd/notices.json?_shape=array")
        canned_seconds = time.perf_counter() - started
        return (await first), second, canned, canned_seconds

    first, second, canned, canned_seconds = asyncio.run(scenario())
    assert first.status_code == 400 and "too long" in first.json()["error"]
    assert second.status_code == 429 and "try again" in second.json()["error"]
    assert second.headers["retry-after"] == "2"
    assert canned.status_code == 200 and canned_seconds < 1.0


def test_visitor_sql_cannot_take_more_than_its_share_of_the_server(seed_db):
    small = datasette_with(seed_db, adhoc_share=0.05, adhoc_burst_s=0.5, adhoc_time_limit_ms=800)
    endless = "/ncnd.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c"

    async def scenario():
        first = await small.client.get(endless)  # spends 0.8 s of a 0.5 s budget
        started = time.perf_counter()
        second = await small.client.get("/ncnd.json?sql=select+1")
        refused_in = time.perf_counter() - started
        canned = await small.client.get("/ncnd/notices.json?_shape=array")
        return first, second, refused_in, canned

    first, second, refused_in, canned = asyncio.run(scenario())
    assert first.status_code == 400
    assert second.status_code == 429 and "spent its time" in second.json()["error"] and refused_in < 0.2
    assert canned.status_code == 200  # canned pages do not draw on the budget
    budget = limits.TimeBudget(share=0.5, burst=2)
    budget.spend(3)
    assert budget.refill() < 0
