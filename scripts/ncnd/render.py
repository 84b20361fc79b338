"""The notice's text as safe HTML: rendered once per notice by the build, not on every page view.

Notices come from the web and from PDFs, so their text is untrusted. It is rendered with
markdown-it-py with raw HTML switched off and images disabled (an image would be fetched from a
third-party server), and the result goes through nh3 with a short allow-list of tags, classes and
link schemes. Highlights (the NCND sentence, each exemption's sentence, every section cited) are
added as markdown-it tokens before rendering, never by editing HTML.

Rendering is a build stage: its code is part of the loader's version, so a change here renders every
notice again, and the notice page only uses stored HTML made by this same code (`RENDERER`).
"""

import hashlib
import re
import zlib
from functools import lru_cache
from pathlib import Path

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

# The version of this renderer: stored with each notice's HTML, so a site running newer code renders the
# notice itself rather than show HTML made by older code.
RENDERER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
NCND_ROLE, NCND_MEANING, WITHHOLD_MEANING = "ncnd", "neither confirm nor deny", "withhold"


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


def highlight_inputs(ncnd, ncnd_sentence, exemptions: list[dict]) -> tuple[tuple, tuple, tuple]:
    """What render_notice highlights: the NCND sentence (when the notice is an NCND), each exemption's
    sentence with its role, and the sections relied on with their titles.

    exemptions: dicts with exemption_id, role, sentence and title, as the notice page reads them.
    """
    sentences = [(ncnd_sentence, "ncnd")] if ncnd in (1, True) else []
    sentences += [(row.get("sentence"), "ncnd" if row.get("role") == NCND_ROLE else "exemption") for row in exemptions]
    relied = tuple((row["exemption_id"], NCND_MEANING if row.get("role") == NCND_ROLE else WITHHOLD_MEANING) for row in exemptions)
    titles = tuple((row["exemption_id"], row.get("title")) for row in exemptions)
    return tuple((s, k) for s, k in sentences if s), relied, titles


def notice_html(body: str, fmt: str | None, ncnd, ncnd_sentence, exemptions: list[dict]) -> str:
    """The notice page's text: body as safe HTML with its highlights (plain-text notices keep line breaks)."""
    sentences, relied, titles = highlight_inputs(ncnd, ncnd_sentence, exemptions)
    return render_notice(body or "", sentences, relied, titles, fmt == "txt")


def pack(html: str) -> bytes:
    """Stored compressed: the HTML is about the size of the body again, and is read only by the notice page."""
    return zlib.compress(html.encode("utf-8"), 6)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")
