"""The notice page: a notice's own text, rendered safely, beside what the parser read from it.

Notices come from the web and from PDFs, so their text is untrusted. It is rendered with
markdown-it-py with raw HTML switched off and images disabled (an image would be fetched from a
third-party server), and the result goes through nh3 with a short allow-list of tags, classes and
link schemes. Highlights are added as markdown-it tokens before rendering, never by editing HTML.
"""

import json
import re
from functools import lru_cache
from urllib.parse import urlencode

import nh3
from datasette import hookimpl
from ncnd.serving.rows import notice_page_id
from datasette.utils import escape_sqlite, get_all_foreign_keys, tilde_encode
from datasette.views.row import RowView
from ncnd.serving.version import data_version
from markdown_it import MarkdownIt
from markdown_it.token import Token

# A citation of a FOIA section, as notices write it. Examples (all matched):
#   "Section 24(2)"   "section 31(1)(a)"   "Section 1(1)(a)"   "Sections 24 and 31"   "sections 23(5), 24(2) & 31(3)"
#   "s.31(3)"   "s 40(2)"   "s24(2)"   "S22A"
# Not matched: "items 12", "Ring's 2 cameras" (a bare "s" needs a digit or a dot right after it).
CITATION = re.compile(
    r"\b(?:[Ss]ections?\s+|[Ss]\.\s?|[Ss](?=\d))"
    r"\d+[A-Z]?(?:\((?:\d+[A-Za-z]?|[a-z])\))*"
    r"(?:\s*(?:,|and|&|or)\s*\d+[A-Z]?(?:\((?:\d+[A-Za-z]?|[a-z])\))*)*"
)
SECTION_NUMBER = re.compile(r"\d+[A-Z]?(?:\((?:\d+[A-Za-z]?|[a-z])\))*")  # "31(1)(a)" in "Sections 24 and 31(1)(a)"
MIN_HIGHLIGHT_CHARS = 15  # shorter "sentences" ("Harm", "Section 24") would light up half the notice

ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
    "em", "strong", "s", "a", "table", "thead", "tbody", "tr", "th", "td", "hr", "mark",
}  # fmt: skip
BLOCK_CLASSES = {"ncnd-block", "exemption-block"}
ALLOWED_CLASSES = {
    "mark": {"citation", "relied", "ncnd-sentence", "exemption-sentence"},
    **{tag: BLOCK_CLASSES for tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote")},
}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "mark": {"title", "data-sections"}, "ol": {"start"}}
LINK_SCHEMES = ("http://", "https://", "mailto:")


def _keep_absolute_links(tag, attr, value):
    """A relative link in a notice points into the force's website, not ours: drop it, keep the words."""
    if attr == "href" and not value.lower().startswith(LINK_SCHEMES):
        return None
    return value


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes={"http", "https", "mailto"},
        attribute_filter=_keep_absolute_links,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


@lru_cache(maxsize=2)
def _markdown(breaks: bool = False) -> MarkdownIt:
    """breaks: a single line break stays a line break (plain-text letters are wrapped by hand, line by line).

    One parser per setting, made once: parsing keeps no state in it between calls.
    """
    return MarkdownIt("commonmark", {"html": False, "breaks": breaks}).enable(["table", "strikethrough"]).disable("image")


def normalise(text: str) -> str:
    """Compare sentences with rendered blocks regardless of Markdown markup, spacing and case."""
    return re.sub(r"\s+", " ", re.sub(r"[*_`#>|\\]", " ", text)).strip().lower()


def _words_pattern(sentence: str) -> re.Pattern:
    """The sentence's words in order, any whitespace between them (the text may wrap differently)."""
    return re.compile(r"\s+".join(re.escape(w) for w in sentence.split()))


def _split_text_token(token: Token, start: int, end: int, open_token: Token) -> list[Token]:
    out = []
    text = token.content
    if start:
        out.append(_text(text[:start]))
    out += [open_token, _text(text[start:end]), Token("mark_close", "mark", -1)]
    if end < len(text):
        out.append(_text(text[end:]))
    return out


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _mark(css_class: str, **attrs) -> Token:
    token = Token("mark_open", "mark", 1)
    token.attrSet("class", css_class)
    for key, value in attrs.items():
        if value:
            token.attrSet(key.replace("_", "-"), value)
    return token


def _block_open(tokens: list[Token], inline_index: int) -> Token | None:
    """The visible element that holds an inline run: its paragraph, or the list item of a tight list."""
    for j in range(inline_index - 1, -1, -1):
        token = tokens[j]
        if token.nesting == 1 and not token.hidden:
            return token
    return None


def _mark_sentences(children: list[Token], patterns: list[tuple[re.Pattern, str]]) -> list[Token]:
    """patterns: each target sentence's _words_pattern with its kind, compiled once per notice."""
    for pattern, kind in patterns:
        out = []
        for child in children:
            if child.type == "text" and child.content:
                match = pattern.search(child.content)
                if match:
                    out += _split_text_token(child, match.start(), match.end(), _mark(f"{kind}-sentence"))
                    continue
            out.append(child)
        children = out
    return children


def _mark_citations(children: list[Token], relied: dict[str, str], titles: dict[str, str]) -> list[Token]:
    out = []
    for child in children:
        if child.type != "text" or not child.content:
            out.append(child)
            continue
        text, pos, pieces = child.content, 0, []
        for match in CITATION.finditer(text):
            ids = ["s" + number for number in SECTION_NUMBER.findall(match.group(0))]
            relied_ids = [rid for rid in dict.fromkeys(_relied_id(eid, relied) for eid in ids) if rid]
            css = "citation relied" if relied_ids else "citation"
            title = "; ".join(f"{rid}: {titles.get(rid) or rid}, relied on to {relied[rid]}" for rid in relied_ids)
            title = title or "mentioned, not relied on"
            if match.start() > pos:
                pieces.append(_text(text[pos : match.start()]))
            pieces += [_mark(css, title=title, data_sections=" ".join(ids)), _text(match.group(0)), Token("mark_close", "mark", -1)]
            pos = match.end()
        if not pieces:
            out.append(child)
            continue
        if pos < len(text):
            pieces.append(_text(text[pos:]))
        out += pieces
    return out


def _relied_id(cited: str, relied: dict[str, str]) -> str | None:
    """The exemption relied on that a citation refers to: "s24" written for "s24(2)" relied on, or the reverse.

    "s24(1)" written does not refer to "s24(2)": a different subsection is a different exemption.
    """
    if cited in relied:
        return cited
    for eid in relied:
        if eid.startswith(cited + "(") or cited.startswith(eid + "("):
            return eid
    return None


def highlight_targets(sentences: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Split multi-paragraph evidence into its lines and drop fragments too short to be meaningful."""
    out, seen = [], set()
    for sentence, kind in sentences:
        for piece in re.split(r"\n\s*\n|\n", sentence or ""):
            piece = piece.strip()
            key = normalise(piece)
            if len(key) >= MIN_HIGHLIGHT_CHARS and (key, kind) not in seen:
                seen.add((key, kind))
                out.append((piece, kind))
    # NCND first: when one sentence is both, it shows as NCND.
    return sorted(out, key=lambda item: item[1] != "ncnd")


@lru_cache(maxsize=256)
def render_notice(body: str, sentences: tuple, relied: tuple, titles: tuple, breaks: bool = False) -> str:
    """Markdown -> safe HTML with citations and the NCND / exemption sentences highlighted.

    breaks: keep single line breaks, for notices that came as plain text (.txt).
    """
    md = _markdown(breaks)
    tokens = md.parse(body or "")
    targets = highlight_targets(list(sentences))
    # Worked out once per notice, not once per paragraph.
    normalised = [(normalise(sentence), kind) for sentence, kind in targets]
    patterns = [(_words_pattern(sentence), kind) for sentence, kind in targets]
    relied_map, titles_map = dict(relied), dict(titles)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        content = normalise(token.content)
        block_kinds = [
            kind
            for sentence, kind in normalised
            if sentence in content or (len(content) >= MIN_HIGHLIGHT_CHARS * 2 and content in sentence)
        ]
        if block_kinds:
            block = _block_open(tokens, index)
            if block is not None:
                block.attrJoin("class", f"{block_kinds[0]}-block")
        children = _mark_sentences(token.children or [], patterns)
        token.children = _mark_citations(children, relied_map, titles_map)
    return sanitise(md.renderer.render(tokens, md.options, {}))


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


def schema(conn, name: str, version) -> tuple[set[str], list[tuple[str, str]]]:
    """The database's tables and the foreign keys pointing at notices, read once per version of the data."""
    cached = _schemas.get(name)
    if cached is None or cached[0] != version or version is None:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        incoming = get_all_foreign_keys(conn).get("notices", {}).get("incoming", []) if "notices" in tables else []
        cached = _schemas[name] = (version, tables, [(fk["other_table"], fk["other_column"]) for fk in incoming])
    return cached[1], cached[2]


def read_notice(conn, name: str, version, notice_id: str) -> dict | None:
    """Every row the notice page shows, read in one go on one connection."""
    rows = _query(conn)
    tables, references = schema(conn, name, version)
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
        "analysis": analysis_context(rows, notice_id, tables),
        "references": reference_counts(rows, notice_id, references),
    }


async def notice_context(datasette, database: str, notice_id: str) -> dict | None:
    db = datasette.get_database(database)
    version = data_version(db)
    found = await db.execute_fn(lambda conn: read_notice(conn, database, version, notice_id))
    if found is None:
        return None
    notice, exemptions = found["notice"], found["exemptions"]
    evidence = _loads(notice["evidence"], {})
    sentences = [(evidence.get("ncnd"), "ncnd")] if notice["ncnd"] == 1 else []
    sentences += [(row["sentence"], "ncnd" if row["role"] == "ncnd" else "exemption") for row in exemptions]
    relied = tuple((row["exemption_id"], "neither confirm nor deny" if row["role"] == "ncnd" else "withhold") for row in exemptions)
    titles = tuple((row["exemption_id"], row["title"]) for row in exemptions)
    body_html = render_notice(notice["body"] or "", tuple((s, k) for s, k in sentences if s), relied, titles, notice["format"] == "txt")

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
    }


def _filter_key(column: str) -> str:
    """Datasette reads ?_x= as an option, not a filter: a column whose name starts with _ is ?_x__exact=."""
    return column + "__exact" if column.startswith("_") else column


class NoticeRowView(RowView):
    """Datasette's row view for notices, without its own count of the rows that point at the notice.

    Datasette counts them on every row page with one query and re-reads every table's foreign keys
    first; the notice page already reads those rows, and counts them in the same SQL thread call as
    its other queries (notice_context's "references"). JSON asked for with ?_extras=foreign_key_tables
    still gets Datasette's answer.
    """

    async def data(self, request, default_labels=False):
        self.html_page = request.url_vars.get("format") is None
        return await super().data(request, default_labels=default_labels)

    async def foreign_key_tables(self, database, table, pk_values):
        if getattr(self, "html_page", False):
            return []
        return await super().foreign_key_tables(database, table, pk_values)


async def notice_row(request, datasette):
    return await NoticeRowView(datasette).dispatch_request(request)


@hookimpl
def register_routes():
    # Datasette's own row route, for the notices table of the ncnd database only: the one with the
    # notice page template (templates/row-ncnd-notices.html), which lists the rows in other tables itself.
    return [(r"^/(?P<database>ncnd)/(?P<table>notices)/(?P<pks>[^/]+?)(\.(?P<format>\w+))?$", notice_row)]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    notice_id = notice_page_id(view_name, table, request)
    if notice_id is None:
        return {}

    async def inner():
        return {"notice_page": await notice_context(datasette, database, notice_id)}

    return inner
