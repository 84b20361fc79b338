"""Ingest: turn one corpus file (text, Markdown, HTML or PDF) into text.

Failures raise IngestError with a sentence a person can act on; the build records it and goes on.
"""

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .vocab import VOCAB_DIR

MAX_BYTES = 20 * 1024 * 1024

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


class IngestError(Exception):
    """A file that cannot become text; the message says why."""


@dataclass(frozen=True)
class Ingested:
    text: str
    format: str
    encoding: str | None


@lru_cache(maxsize=None)
def chrome_rules():
    with open(VOCAB_DIR / "chrome.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def detect_format(path: Path, data: bytes) -> str:
    """By extension first; sniff the content of files with an unknown one."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if re.match(rb"(?i)<(!doctype html|html|head|body)\b", head):
        return "html"
    return "txt"


# Control bytes that text does not use (all below 32 but tab, newline, form feed and carriage return).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, archive or office file, not text."""
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    # Counted by deleting them in C rather than testing each byte in Python (half a millisecond a file).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then Windows-1252, then a detector's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 leaves five bytes undefined; a file using them is not cp1252.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("could not decode the text: not UTF-8, Windows-1252 or any encoding the detector knows")
    return str(best), best.encoding


def html_to_markdown(html: str) -> str:
    """Keep the notice, drop the page around it (cookie banners, navigation, skip links, footers).

    A page nested too deeply for the recursive converter (a few hundred levels) still gives its text.
    """
    try:
        return _html_to_markdown(html)
    except RecursionError:
        return html_to_text_flat(html)


# Tags after which the flat reader starts a new paragraph or line.
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre"}
_LINE_TAGS = {"br", "li", "tr", "dt", "dd"}
# Elements with no end tag: dropping one must not drop what follows it.
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def html_to_text_flat(html: str) -> str:
    """The page's text with one paragraph per block, read as a stream of tags: no recursion at any depth."""
    from html.parser import HTMLParser

    drop = (set(chrome_rules()["html"]["drop_tags"]) | {"script", "style", "template", "head"}) - _VOID_TAGS
    parts, skipping = [], [0]

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in drop:
                skipping[0] += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")
            elif tag in _LINE_TAGS:
                parts.append("\n")

        def handle_endtag(self, tag):
            if tag in drop:
                skipping[0] = max(0, skipping[0] - 1)
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")

        def handle_data(self, data):
            if not skipping[0]:
                parts.append(data)

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parts))
    return re.sub(r"\n\s*\n\s*", "\n\n", text).strip()


def _html_to_markdown(html: str) -> str:
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    rules = chrome_rules()["html"]
    soup = BeautifulSoup(html, "lxml")
    # soup(names) and soup.find_all(True) by walking the tree: the same tags in the same order, without
    # bs4's general matching machinery (a third of the conversion's time)
    drop = set(rules["drop_tags"])
    for tag in [t for t in _tags(soup) if t.name in drop]:
        tag.decompose()
    word = re.compile(r"(?:^|[-_\s])(?:%s)(?:[-_\s]|$)" % "|".join(map(re.escape, rules["drop_attr_words"])), re.I)
    for tag in list(_tags(soup)):
        if tag.attrs is None:
            continue
        names = " ".join([tag.get("id") or "", " ".join(tag.get("class") or [])])
        if names.strip() and word.search(names):
            tag.decompose()
    root = None
    for selector in rules["main_selectors"]:
        root = soup.select_one(selector)
        if root is not None:
            break
    if root is None:
        root = soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    markdown = MarkdownConverter(heading_style="ATX", bullets="-", strip=["img"]).convert_soup(root)
    if title and title.split("|")[0].strip() and title.split("|")[0].strip() not in markdown:
        markdown = f"# {title.split('|')[0].strip()}\n\n{markdown}"
    return markdown


def _tags(soup):
    """The elements under soup, in document order."""
    from bs4 import Tag

    return (node for node in soup.descendants if isinstance(node, Tag))


def pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise IngestError(f"the PDF could not be read ({type(e).__name__}: {e})") from e
    except Exception as e:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(f"the PDF could not be read ({type(e).__name__}: {e})") from e
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise IngestError(f"the PDF has no text layer ({len(pages)} pages, probably scanned images): add an OCR'd text version")
    return text


def ingest_bytes(path: Path, data: bytes) -> Ingested:
    if not data.strip():
        raise IngestError("the file is empty")
    if len(data) > MAX_BYTES:
        raise IngestError(f"the file is {len(data) / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one notice")
    fmt = detect_format(path, data)
    if fmt == "pdf":
        return Ingested(pdf_to_text(data), "pdf", "pdf-text")
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("the file looks binary (NUL or control bytes), not a text, HTML or PDF notice")
    text, encoding = decode_text(data)
    if fmt == "html":
        text = html_to_markdown(text)
    if not text.strip():
        raise IngestError(f"no text left after reading the {fmt} file")
    return Ingested(text, fmt, encoding)


def ingest(path: Path) -> Ingested:
    path = Path(path)
    return ingest_bytes(path, path.read_bytes())
