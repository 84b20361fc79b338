"""The notice page: safe Markdown, highlighted citations and NCND sentences, evidence, provenance."""

import asyncio
import hashlib
import shutil
import sqlite3
from html.parser import HTMLParser

import pytest
from ncnd import render as notice_render

from tests.test_plugin_setup import (  # noqa: F401 (fixtures)
    CORPUS,
    SEED,
    XSS_HTML_NOTICE,
    XSS_NOTICE,
    ds,
    get,
    load_plugin,
    make_datasette,
    seed_db,
    xss_db,
)

page = load_plugin("ncnd_notice_page")

ALLOWED_BODY_TAGS = page.ALLOWED_TAGS


class Elements(HTMLParser):
    """Every element of a page as (tag, attrs, path of enclosing classes), plus the text of each script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.scripts, self.stack = [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        inside = [cls for _, cls in self.stack]
        self.elements.append((tag, attrs, inside))
        if tag not in {"br", "hr", "img", "input", "meta", "link"}:
            self.stack.append((tag, attrs.get("class") or ""))
        if tag == "script":
            self._in_script = True
            self.scripts.append(attrs.get("src") or "")

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def notice_html(ds, notice_id):
    response = get(ds, f"/ncnd/notices/{notice_id}")
    assert response.status_code == 200
    return response.text


# --- rendering, unit level -------------------------------------------------------------------------------

CITATION_EXAMPLES = [
    ("relying on Section 24(2) of the Act", ["Section 24(2)"]),
    ("section 31(1)(a) applies", ["section 31(1)(a)"]),
    ("Sections 24 and 31 are prejudice based", ["Sections 24 and 31"]),
    ("sections 23(5), 24(2) & 31(3)", ["sections 23(5), 24(2) & 31(3)"]),
    ("under s.31(3) and s 40(2)", ["s.31(3)"]),
    ("exempt under s24(2)", ["s24(2)"]),
    ("the duty in Section 1(1)(a) does not apply", ["Section 1(1)(a)"]),
    ("items 12 and Ring's 2 cameras", []),
]


@pytest.mark.parametrize("text,expected", CITATION_EXAMPLES)
def test_citation_pattern(text, expected):
    assert [m.group(0) for m in page.CITATION.finditer(text)] == expected


def render(body, sentences=(), relied=(("s24(2)", "neither confirm nor deny"),), titles=(("s24(2)", "National security"),)):
    return page.render_notice(body, tuple(sentences), tuple(relied), tuple(titles))


def test_citations_relied_on_and_mentioned_are_told_apart():
    html = render("We rely on Section 24 and on section 24(2). Section 1(1)(a) and section 24(1) do not apply.")
    elements = parse(html).elements
    marks = [(attrs.get("class"), attrs.get("data-sections")) for tag, attrs, _ in elements if tag == "mark"]
    assert ("citation relied", "s24") in marks  # "Section 24" written, s24(2) relied on
    assert ("citation relied", "s24(2)") in marks
    assert ("citation", "s1(1)(a)") in marks
    assert ("citation", "s24(1)") in marks  # another subsection is another exemption
    assert 'title="s24(2): National security, relied on to neither confirm nor deny"' in html


def test_ncnd_sentence_is_marked_and_its_paragraph_flagged():
    sentence = "The force will neither confirm nor deny that it holds the information."
    html = render(f"Thank you for your request.\n\nWe searched. {sentence} We are sorry.", [(sentence, "ncnd")])
    assert f'<mark class="ncnd-sentence">{sentence}</mark>' in html
    assert '<p class="ncnd-block">We searched.' in html
    assert '<p>Thank you for your request.</p>' in html


def test_sentence_split_over_lines_still_flags_its_block():
    sentence = "The force will neither confirm nor deny that it holds the information requested."
    wrapped = "The force will neither confirm nor deny\nthat it holds the information requested."
    html = render(wrapped, [(sentence, "ncnd")])
    assert 'class="ncnd-block"' in html


def test_tight_list_item_is_flagged():
    sentence = "Section 24(2) National Security, neither confirm nor deny"
    html = render(f"- {sentence}\n- Section 31(3) Law Enforcement", [(sentence, "ncnd")])
    assert '<li class="ncnd-block">' in html


def test_markdown_features_survive_and_dangerous_ones_do_not():
    html = render(
        "# Heading\n\n**bold** and *it*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "[ok](https://example.org/x) [rel](/foi/) [js](javascript:alert(1)) ![img](https://example.org/p.png)\n\n"
        "<b onclick=alert(1)>raw</b> <https://example.org/a>"
    )
    assert "<h1>Heading</h1>" in html and "<strong>bold</strong>" in html and "<table>" in html
    assert '<a href="https://example.org/x" rel="nofollow noopener noreferrer">ok</a>' in html
    assert "/foi/" not in html  # relative links point into the force's site: kept as words only
    assert "javascript" not in html.replace("[js](javascript:alert(1))", "")
    assert "<img" not in html and "example.org/p.png" in html  # shown as a link, never fetched
    assert "&lt;b onclick=alert(1)&gt;raw&lt;/b&gt;" in html
    assert '<a href="https://example.org/a"' in html


def test_short_evidence_does_not_light_up_the_notice():
    assert page.highlight_targets([("Harm", "ncnd"), ("Section 24", "exemption"), (None, "ncnd")]) == []
    pieces = page.highlight_targets([("Date: 17 December 2019\n\nWe neither confirm nor deny holding it.", "ncnd")])
    assert pieces == [("Date: 17 December 2019", "ncnd"), ("We neither confirm nor deny holding it.", "ncnd")]


# --- the page on the seed corpus -------------------------------------------------------------------------


def test_seed_notice_page_shows_text_fields_evidence_and_provenance(ds):
    html = notice_html(ds, SEED["northants_ring"])
    assert "Agreements with Ring" in html
    assert "Northamptonshire Police" in html
    assert '<mark class="citation relied"' in html  # "Section 24 – National Security"
    assert 'class="ncnd-block"' in html or '<mark class="ncnd-sentence">' in html
    assert "neither confirm nor deny" in html
    sha = hashlib.sha256((CORPUS / f"{SEED['northants_ring']}.txt").read_bytes()).hexdigest()
    assert sha in html
    assert f"{SEED['northants_ring']}.txt" in html
    document_link = f'href="/ncnd/documents/{SEED["northants_ring"]}~2Etxt"'
    assert document_link in html
    assert get(ds, document_link[6:-1]).status_code == 200
    assert "Source</dt><dd>not recorded" in html
    assert "Open Government Licence v3.0" in html
    assert "Ring doorbells" in html or "ring_doorbell" in html
    assert html.count('class="evidence"') >= 3


def test_ico_decision_page_shows_the_decision(ds):
    html = notice_html(ds, SEED["kent_ico"])
    assert "IC-320081-J7L0" in html
    assert "2024-06-11" in html and "2024-07-02" in html and "2024-07-15" in html
    assert "ICO sided with the police (complaint not upheld)" in html
    assert "engaged" in html and "public interest favours the police" in html


def test_questions_are_listed(ds):
    html = notice_html(ds, SEED["northumbria_frt"])
    assert "Questions asked (4)" in html


def test_other_tables_keep_the_default_row_page(ds):
    html = get(ds, "/ncnd/authorities/kent-police").text
    assert "Kent Police" in html and "What we read from it" not in html


def test_missing_notice_is_404(ds):
    assert get(ds, "/ncnd/notices/no-such-notice").status_code == 404


# --- no script or HTML from a notice ever runs ------------------------------------------------------------


@pytest.fixture(scope="module")
def xss_ds(xss_db):
    return make_datasette(xss_db)


@pytest.mark.parametrize("notice", [XSS_NOTICE, XSS_HTML_NOTICE])
def test_notice_full_of_payloads_renders_inert(xss_ds, notice):
    notice_id = notice.rsplit(".", 1)[0]
    html = notice_html(xss_ds, notice_id)
    doc = parse(html)
    body_elements = [(tag, attrs) for tag, attrs, inside in doc.elements if "notice-body" in inside]
    assert body_elements, "the notice text was not rendered"
    for tag, attrs in body_elements:
        assert tag in ALLOWED_BODY_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:")), value
    for tag, attrs, _ in doc.elements:
        assert tag not in {"iframe", "object", "embed", "math"}, tag
        assert not any(name.startswith("on") for name in attrs if tag != "textarea"), (tag, attrs)
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        assert not (tag == "img" and "x" == attrs.get("src"))
    for script in doc.scripts:
        assert "pwned" not in script
    assert "<script>document.body" not in html
    # Whatever payload text survived ingest is shown escaped, for a reader to see, never as markup.
    body = html.split('class="notice-body"', 1)[1].split("</article>", 1)[0]
    assert "<script" not in body and "<img" not in body and "<svg" not in body and "<iframe" not in body


def test_markdown_notice_payloads_show_as_text(xss_ds):
    html = notice_html(xss_ds, XSS_NOTICE.rsplit(".", 1)[0])
    assert "Template text {{ 7*7 }}" in html  # not evaluated by the template engine
    assert "49" not in html.split("Template text", 1)[1].split("</p>", 1)[0]
    assert "198.51.100.7/pixel.png" not in [a.get("src") for t, a, _ in parse(html).elements if t == "img"]
    provenance = html.split('id="provenance"', 1)[1].split("</dl>", 1)[0]
    assert "<a href=\"javascript" not in provenance and "Source</dt><dd>not recorded" in provenance


# --- analysis tables, when a build has them --------------------------------------------------------------


@pytest.fixture(scope="module")
def analysed_ds(seed_db, tmp_path_factory):
    target = tmp_path_factory.mktemp("analysed") / "ncnd.db"
    shutil.copyfile(seed_db, target)
    con = sqlite3.connect(target)
    ring, met, kent = SEED["northants_ring"], SEED["met_ring"], SEED["kent_ico"]
    con.executescript(
        f"""
        create table if not exists request_families (id text primary key, representative_notice_id text,
            representative_text text, size int, authority_count int, first_date text, last_date text);
        create table if not exists request_family_members (family_id text, notice_id text, similarity real,
            primary key (family_id, notice_id));
        create table if not exists template_families (id text primary key, representative_text text,
            passage_count int, notice_count int, authority_count int, first_seen text, last_seen text);
        create table if not exists passage_templates (notice_id text, seq int, family_id text, similarity real,
            primary key (notice_id, seq));
        create table if not exists notice_templating (notice_id text primary key, templated_chars int,
            total_chars int, share real);
        create table if not exists lifecycle_links (from_notice_id text, to_notice_id text, link_type text,
            evidence text, primary key (from_notice_id, to_notice_id, link_type));
        create table if not exists consistency_flags (id text primary key, kind text, authority_id text,
            family_id text, technology_id text, notice_a text, notice_b text, explanation text);
        delete from request_families; delete from request_family_members; delete from template_families;
        delete from passage_templates; delete from notice_templating; delete from lifecycle_links;
        delete from consistency_flags;
        insert into request_families (id, representative_notice_id, representative_text, size, authority_count, first_date, last_date) values ('rf-ring', '{ring}', 'documents exchanged with Ring', 2, 2, '2019-12-17', '2019-12-17');
        insert into request_family_members (family_id, notice_id, similarity) values ('rf-ring', '{ring}', 1.0), ('rf-ring', '{met}', 0.83);
        insert into template_families (id, representative_text, passage_count, notice_count, authority_count, first_seen, last_seen) values ('tpl-harm', 'Any disclosure under FOI is a release to the public at large.', 2, 2, 2, '2019-12-17', '2024-11-18');
        insert into passage_templates (notice_id, seq, family_id, similarity) values ('{ring}', 5, 'tpl-harm', 0.97);
        insert into notice_templating (notice_id, templated_chars, total_chars, share) values ('{ring}', 4100, 8200, 0.5);
        insert into lifecycle_links (from_notice_id, to_notice_id, link_type, evidence) values ('{ring}', '{kent}', 'same_reference', 'test link');
        insert into consistency_flags (id, kind, authority_id, family_id, technology_id, notice_a, notice_b, explanation) values ('cf-1', 'family_split', null, 'rf-ring', 'ring_doorbell', '{ring}', '{met}', 'One disclosed part, one did not');
        """
    )
    con.commit()
    con.close()
    return make_datasette(target)


def test_notice_page_shows_family_template_lifecycle_and_flags(analysed_ds):
    html = notice_html(analysed_ds, SEED["northants_ring"])
    assert "family of 2 near-identical requests to 2 police bodies" in html
    assert f'href="/ncnd/notices/{SEED["met_ring"]}">Metropolitan Police Service</a>' in html
    assert "50% of this notice follows wording shared" in html
    assert "Template tpl-harm" in html
    assert "same reference" in html and SEED["kent_ico"] in html
    assert '/ncnd/request_family_matrix?family=rf-ring">Every answer to this request' in html
    assert f'/ncnd/case_history?notice={SEED["northants_ring"]}">Full case history' in html
    assert "family split: One disclosed part, one did not" in html


def test_notice_page_without_analysis_tables_has_no_analysis_sections(ds):
    html = notice_html(ds, SEED["northants_ring"])
    assert "Same request sent elsewhere" not in html and "Consistency flags" not in html


def test_notice_page_says_what_the_ncnd_covers(ds):
    # The Met answered its Ring questions and neither confirmed nor denied further information (seed 001).
    html = get(ds, f"/ncnd/notices/{SEED['met_ring']}").text
    assert "answered in part; NCND on the rest" in html
    assert "What the NCND covers" in html
    assert "what the request asked about" in html  # Ring's role
    # Northamptonshire's whole-request NCND keeps the plain badge and covers Ring
    html = get(ds, f"/ncnd/notices/{SEED['northants_ring']}").text
    assert "NCND covers it" in html and "answered in part" not in html


# --- cost of a page that the response cache cannot hold ---------------------------------------------------


def sql_calls(ds, path):
    """(SQL thread calls on the ncnd database, the SQL sent through Database.execute) for one page view."""
    db = ds.get_database("ncnd")
    calls, statements = [], []
    execute_fn, execute = db.execute_fn, db.execute

    async def counting_execute_fn(fn):
        calls.append(fn)
        return await execute_fn(fn)

    async def recording_execute(sql, *args, **kwargs):
        statements.append(" ".join(sql.split()))
        return await execute(sql, *args, **kwargs)

    db.execute_fn, db.execute = counting_execute_fn, recording_execute
    try:
        response = get(ds, path)
    finally:
        db.execute_fn, db.execute = execute_fn, execute
    assert response.status_code == 200
    return len(calls), statements


@pytest.fixture
def uncached_ds(analysed_ds, monkeypatch):
    """The analysed database served with the response cache off: every view makes its page."""
    monkeypatch.setenv("NCND_RESPONSE_CACHE_MB", "0")
    return make_datasette(analysed_ds.get_database("ncnd").path)


def test_notice_page_reads_its_rows_in_few_sql_calls_and_skips_datasettes_reference_counts(uncached_ds):
    path = f"/ncnd/notices/{SEED['northants_ring']}"
    get(uncached_ds, path)  # schema answers are kept from the first view on
    calls, statements = sql_calls(uncached_ds, path)
    # Datasette's row page counts every table pointing at the row in one query of subselects; the notice
    # page counts them itself, in the same SQL thread call as the rest of the notice.
    assert not [s for s in statements if s.startswith("select (select count(*)")]
    # The notice with everything it shows (its stored HTML and the other versions of its source page
    # included): no separate read of the row by Datasette's row view; schema answers come from memory.
    assert calls == 1, statements


def test_rows_in_other_tables_match_datasettes_own_counts(analysed_ds):
    notice = SEED["northants_ring"]
    html = notice_html(analysed_ds, notice)
    datasette_counts = get(analysed_ds, f"/ncnd/notices/{notice}.json?_extras=foreign_key_tables").json()["foreign_key_tables"]
    assert len(datasette_counts) >= 5
    assert any(fk["count"] > 0 for fk in datasette_counts)
    for fk in datasette_counts:
        rows = f'{fk["count"]:,} row{"" if fk["count"] == 1 else "s"}</a> in {fk["other_table"]}'
        assert f'<a href="/ncnd/{fk["other_table"]}?{fk["other_column"]}={notice}">{rows}' in html


# --- the notice's HTML comes from the build --------------------------------------------------------------


def stored_html(db_path, notice_id):
    con = sqlite3.connect(db_path)
    try:
        return con.execute("select renderer, html from notice_html where notice_id = ?", [notice_id]).fetchone()
    finally:
        con.close()


@pytest.mark.parametrize("notice", [SEED["northants_ring"], SEED["met_ring"], SEED["kent_ico"], SEED["northumbria_frt"]])
def test_build_stores_the_same_html_the_page_would_render(ds, seed_db, notice):
    """The build renders each notice once; what it stores is what rendering on the page gives."""
    renderer, packed = stored_html(seed_db, notice)
    assert renderer == notice_render.RENDERER
    context = asyncio.run(page.notice_context(ds, "ncnd", notice))
    row = context["notice"]
    sentences, relied, titles = notice_render.highlight_inputs(row["ncnd"], context["evidence"].get("ncnd"), context["exemptions"])
    live = notice_render.render_notice(row["body"], sentences, relied, titles, row["format"] == "txt")
    assert notice_render.unpack(packed) == live == context["body_html"]
    assert "<mark" in live


@pytest.mark.parametrize("notice", [XSS_NOTICE, XSS_HTML_NOTICE])
def test_stored_html_of_a_hostile_notice_is_sanitised_too(xss_db, notice):
    """What the build stores goes into the page as it is, so it must already be inert."""
    doc = parse(notice_render.unpack(stored_html(xss_db, notice.rsplit(".", 1)[0])[1]))
    assert doc.elements
    for tag, attrs, _ in doc.elements:
        assert tag in ALLOWED_BODY_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert (attrs.get("href") or "https://").startswith(("http://", "https://", "mailto:")), attrs
    assert not doc.scripts


def _copy_with(seed_db, tmp_path, sql, params):
    target = tmp_path / "ncnd.db"
    shutil.copyfile(seed_db, target)
    con = sqlite3.connect(target)
    con.execute(sql, params)
    con.commit()
    con.close()
    return make_datasette(target)


def test_page_shows_the_stored_html(seed_db, tmp_path):
    marked = notice_render.pack("<p>Stored by the build: <strong>rendered once</strong></p>")
    ds = _copy_with(seed_db, tmp_path, "update notice_html set html = ? where notice_id = ?", [marked, SEED["northants_ring"]])
    html = notice_html(ds, SEED["northants_ring"])
    assert "Stored by the build: <strong>rendered once</strong>" in html


def test_html_from_another_renderer_is_not_trusted(seed_db, tmp_path):
    """A database built by older code keeps working: the page renders the notice itself."""
    stale = notice_render.pack("<p>Made by an older renderer</p>")
    ds = _copy_with(seed_db, tmp_path, "update notice_html set renderer = 'older', html = ?", [stale])
    html = notice_html(ds, SEED["northants_ring"])
    assert "Made by an older renderer" not in html
    assert '<mark class="citation relied"' in html


def test_page_is_made_without_datasettes_row_view_and_keeps_its_headers(ds):
    response = get(ds, f"/ncnd/notices/{SEED['northants_ring']}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "max-age=3600"
    assert response.headers["access-control-allow-origin"] == "*"
    assert f"/ncnd/notices/{SEED['northants_ring']}.json" in response.headers["link"]
    # Every stored column is listed; long ones cut, with their length, the JSON link holding them whole.
    stored = response.text.split("Every column as stored", 1)[1].split("</details>", 1)[0]
    row = get(ds, f"/ncnd/notices/{SEED['northants_ring']}.json?_shape=object").json()[SEED["northants_ring"]]
    for column in row:
        assert f'<th scope="row">{column}</th>' in stored
    assert f"({len(row['body']):,} characters)" in stored
    # the formats Datasette serves stay Datasette's
    assert get(ds, f"/ncnd/notices/{SEED['northants_ring']}.json").json()["rows"]


def test_page_obeys_datasettes_permissions(seed_db):
    private = make_datasette(seed_db)
    private._metadata_local["databases"]["ncnd"]["tables"]["notices"]["allow"] = {"id": "editor"}
    assert get(private, f"/ncnd/notices/{SEED['northants_ring']}").status_code == 403


def test_only_get_and_head_make_the_notice_page(ds):
    path = f"/ncnd/notices/{SEED['northants_ring']}"
    assert asyncio.run(ds.client.post(path)).status_code == 405  # as Datasette's row view answers
    assert asyncio.run(ds.client.head(path)).status_code == 200
