"""Each format a force publishes in becomes readable text; each kind of bad file gets a clear reason."""

from pathlib import Path

import pytest

from ncnd.ingest import MAX_BYTES, IngestError, ingest, ingest_bytes

SOH_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Use of live facial recognition | Kent Police</title>
<script>window.tracking = true;</script><style>.x{}</style></head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-consent"><p>We use some essential cookies to make our website work.</p>
<button>Accept additional cookies</button></div>
<div class="quick-exit"><a href="https://www.bbc.co.uk">Leave this site</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/foi-ai">Freedom of information</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/foi-ai/disclosure-log">Disclosure log</a></nav>
<main id="main-content">
<h1>Use of live facial recognition</h1>
<p>Reference: <strong>FOI 2024/0412</strong></p>
<h2>Request</h2><p>Has the force used live facial recognition since 2020?</p>
<h2>Response</h2><p>Kent Police can neither confirm nor deny that it holds the information.</p>
<script>alert("xss")</script>
</main>
<footer><p>© Kent Police 2024</p><a href="/cookies">Cookies</a></footer>
</body></html>
"""


def test_html_keeps_the_notice_and_drops_the_page_around_it(tmp_path):
    path = tmp_path / "kent.html"
    path.write_text(SOH_PAGE, encoding="utf-8")
    result = ingest(path)
    assert result.format == "html"
    assert "# Use of live facial recognition" in result.text  # ATX headings
    assert "## Request" in result.text
    assert "neither confirm nor deny" in result.text
    assert "**FOI 2024/0412**" in result.text
    for chrome in ("Skip to main content", "cookies", "Leave this site", "Disclosure log", "©", "alert", "tracking"):
        assert chrome not in result.text, chrome


def test_html_without_main_element_uses_the_body(tmp_path):
    path = tmp_path / "old-site.htm"
    path.write_text("<html><body><div class='nav-bar'>Menu</div><p>We do not hold this information.</p></body></html>")
    text = ingest(path).text
    assert "We do not hold this information." in text
    assert "Menu" not in text


def test_pdf_text_layer_is_read(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page_text in ("Our ref: FOI 123/24. Section 24(2) National Security.", "Page two: the information is not held."):
        pdf.add_page()
        pdf.multi_cell(0, 8, page_text)
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    result = ingest(path)
    assert result.format == "pdf"
    assert "Section 24(2) National Security" in result.text
    assert "the information is not held" in result.text


def test_pdf_without_text_layer_says_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()  # an image-only scan has pages but no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(IngestError, match="no text layer"):
        ingest(path)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Section 31(3) – Law Enforcement: the force’s “covert” tactics cost £21,596".encode("cp1252"))
    result = ingest(path)
    assert result.encoding == "cp1252"
    assert result.text == "Section 31(3) – Law Enforcement: the force’s “covert” tactics cost £21,596"


def test_utf8_with_bom_loses_the_bom(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf# Request\n\nNeither confirm nor deny \xe2\x80\x93 s24(2)")
    result = ingest(path)
    assert (result.format, result.encoding) == ("md", "utf-8-sig")
    assert result.text.startswith("# Request")


def test_unknown_extension_is_sniffed(tmp_path):
    path = tmp_path / "download"
    path.write_text("<!DOCTYPE html><html><body><main><p>Not held.</p></main></body></html>")
    assert ingest(path).format == "html"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("broken.pdf", b"%PDF-1.4\n this is not really a pdf", "PDF could not be read"),
        ("only-chrome.html", b"<html><body><nav>Home</nav><footer>Cookies</footer></body></html>", "no text left"),
    ],
)
def test_bad_input_raises_a_readable_reason(tmp_path, name, data, reason):
    with pytest.raises(IngestError, match=reason):
        ingest_bytes(Path(name), data)


def test_oversized_file_is_refused_with_its_size():
    with pytest.raises(IngestError, match=r"21\.0 MB, over the 20 MB limit"):
        ingest_bytes(Path("huge.txt"), b"a" * (MAX_BYTES + 1024 * 1024))


def test_html_nested_too_deep_for_the_converter_keeps_its_text():
    deep = "<html><body><nav>Home</nav>" + "<div>" * 2000 + "<p>Kent Police neither confirm nor deny.</p><input name=q>" + "</div>" * 2000 + "<p>Tail.</p></body></html>"
    text = ingest_bytes(Path("deep.html"), deep.encode()).text
    assert "Kent Police neither confirm nor deny." in text and "Tail." in text  # text after a void tag is kept
    assert "Home" not in text  # page chrome is still dropped
