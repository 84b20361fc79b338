"""The published site after two fetches: a notice page says when its source changed or was withdrawn, with a
word diff, and the canned query lists those notices. Fixture sites on loopback, as in test_fetch.py."""

from urllib.parse import urlencode, urlsplit

from tests.fetch_sites import Page, html, soh_disclosure
from tests.test_fetch import collect, loopback_only, sites, sources_data  # noqa: F401 (fixtures)
from ncnd.serving import notice_versions as versions_plugin
from tests.test_plugin_setup import build_db, get, make_datasette


def test_word_diff_marks_removed_and_added_words_escaped():
    diff = str(versions_plugin.word_diff("The force does not use <b>drones</b>.", "The force does use <b>drones</b> twice."))
    assert "<del>not</del>" in diff
    assert "<ins>&lt;b&gt;drones&lt;/b&gt; twice.</ins>" in diff and "<b>" not in diff
    long_old = " ".join(f"w{i}" for i in range(100)) + " end"
    diff = str(versions_plugin.word_diff(long_old, long_old.replace(" end", " finish")))
    assert "words unchanged]" in diff and "<del>end</del> <ins>finish</ins>" in diff
    assert versions_plugin.word_diff("a " * 40_000, "b") is None


def test_notice_pages_show_changes_and_withdrawals(sites, sources_data, seed_corpus, tmp_path):  # noqa: F811
    kent = sites["kent"]
    page = kent.url + "/foi-ai/kent-police/disclosure-2026/october/use-of-facial-recognition-cameras/"
    older = kent.url + "/foi-ai/kent-police/disclosure-2026/september/retrospective-facial-searches/"
    collect(["soh:kent-police"], sources_data, seed_corpus)
    kent.routes[urlsplit(page).path] = Page(soh_disclosure(
        "FOI 1021-26", "Use of facial recognition cameras",
        "Kent Police deployed live facial recognition twice in 2026. &lt;script&gt;alert(1)&lt;/script&gt;", pdf=True), etag=True)
    kent.routes[urlsplit(older).path] = Page(html("Gone", "<p>Removed.</p>"), status=404)
    collect(["soh:kent-police"], sources_data, seed_corpus)
    ds = make_datasette(build_db(seed_corpus, tmp_path))

    changes = get(ds, "/ncnd/changed_after_publication.json?" + urlencode({"_shape": "array"})).json()
    by_url = {row["source_url"]: row for row in changes}
    assert set(by_url) == {page, older}
    assert by_url[page]["changes"] == 1 and by_url[page]["last_changed"].startswith("2026-11-25")
    assert by_url[older]["withdrawn"].startswith("2026-11-25") and by_url[older]["changes"] == 0

    first, second = (r["notice_id"] for r in get(ds, "/ncnd/document_versions.json?" + urlencode(
        {"_shape": "array", "url": page, "_sort": "version"})).json())
    text = get(ds, f"/ncnd/notices/{first}").text
    assert "This page changed on 2026-11-25" in text and "version 1 of 2" in text
    assert f'href="/ncnd/notices/{second}">Read the newer version' in text
    assert "<del>does not currently deploy</del>" in text
    assert "<ins>deployed</ins>" in text
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text

    text = get(ds, f"/ncnd/notices/{second}").text
    assert "version 2 of 2" in text and "Read the earlier version" in text

    gone = get(ds, "/ncnd/document_versions.json?" + urlencode({"_shape": "array", "url": older})).json()[0]["notice_id"]
    assert "Withdrawn on 2026-11-25" in get(ds, f"/ncnd/notices/{gone}").text
    # A notice with a single version still up says nothing about versions.
    assert "notice-versions" not in get(ds, "/ncnd/notices/000_84e63d2b671adfe2").text
