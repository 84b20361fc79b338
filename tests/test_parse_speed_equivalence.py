"""The fast paths of the parser give what the plain way of computing the same thing gives.

Each shortcut (a pattern folded to lower case, dates tried only where one can begin, whole-line
patterns tried only at line starts, paragraph ends read from the tail) is checked against the
straightforward computation on a table of cases, including the awkward ones.
"""

import re

import pytest

from ncnd import clean as clean_mod
from ncnd.ingest import looks_binary
from ncnd.parse import _chrome, _sidebar, _trailer
from ncnd.parse import text as text_mod
from ncnd.parse.dates import DATE, _digit_run_starts, find_dates
from ncnd.parse.phrases import entries, fold_source, folded, folded_line, line_pattern, pattern, phrases
from ncnd.parse.text import Doc, line_start_matches, replace_matches, translate_present


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"\bNCND\b", r"\bncnd\b"),
        (r"^\W*(?:I|we) can\S", r"^\W*(?:i|we) can\S"),
        (r"(?:[A-Z][\w'-]*\s+){0,5}", r"(?:[a-z][\w'-]*\s+){0,5}"),
        (r"RIP\(?S\)?A", r"rip\(?s\)?a"),  # an escaped bracket before "?S" is no inline flag
        (r"(?:©|\(c\)|copyright)", r"(?:©|\(c\)|copyright)"),  # "©" has no case
        (r"(?i)ncnd", None),
        (r"(?P<ref>FOI)", None),
        (r"\N{LATIN SMALL LETTER A}", None),
        ("Dŵr", None),  # a non-ASCII letter
        ("[A-z]", None),  # a range from capitals into punctuation
        ("[\\w'-]*[A-Z-]", "[\\w'-]*[a-z-]"),
    ],
)
def test_fold_source(source, expected):
    assert fold_source(source) == expected


def _groups():
    found = []

    def walk(node, path):
        if isinstance(node, list) and node and isinstance(node[0], dict) and "pattern" in node[0]:
            found.append(path)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, path + (key,))

    walk(phrases(), ())
    return found


# Texts around the examples: as written, in capitals, inside a sentence, across a line break.
def _variants(example: str) -> list[str]:
    return [example, example.upper(), f"Dear Sir,\n{example} and more.", "No. " + example.replace(" ", "\n", 1)]


@pytest.mark.parametrize("path", _groups(), ids="/".join)
def test_folded_group_finds_what_the_group_finds(path):
    regex, fast = pattern(*path), folded(*path)
    if fast is None:
        pytest.skip("cannot be folded: the group is searched with re.I")
    line_regex, fast_line = line_pattern(*path), folded_line(*path)
    for entry in entries(*path):
        for text in _variants(entry.get("example") or ""):
            slow_spans = [m.span() for m in regex.finditer(text)]
            assert [m.span() for m in fast.finditer(text.lower())] == slow_spans, text
            for line in text.split("\n"):
                assert bool(fast_line.match(line.lower())) == bool(line_regex.match(line)), line


@pytest.mark.parametrize(
    "text, folds",
    [
        ("The force will neither confirm nor deny", True),
        ("Straße, £40, • bullet, café", True),
        ("ſeptember", False),  # long s: re.I matches it to "s", lower() leaves it
        ("\u212a9 unit", False),  # Kelvin sign
        ("İstanbul", False),  # lower() makes two characters of it
    ],
)
def test_doc_folds(text, folds):
    assert Doc(text).folds is folds


@pytest.mark.parametrize(
    "text",
    [
        "Date: 17 December 2019",
        "March 04, 2025 | Organisational Information",
        "Dated the 23rd day of May 2011; reply 06/02/26, 2024-11-18 and 12.02.2020",
        "ref 2019/123 and 123/2019 and FOI2024 17-Dec-2019",
        "ſeptember 4, 2019",  # long s: every position is tried
        "3 Mehefin 2025 and 1af Ionawr 2024",
        "١٢/٠٣/٢٠٢٤ and 12/03/2024",  # Arabic-Indic digits are digits to \d
        "",
        "2019",
        "12-03-24 15-07-2024 sept 3, 2020 SEPT 3 2020",
    ],
)
def test_find_dates_is_finditer(text):
    assert [m.span() for m in find_dates(text)] == [m.span() for m in DATE.finditer(text)]
    assert _digit_run_starts(text) == [m.start() for m in re.finditer(r"\d+", text)]


CHROME_TEXT = "In an emergency call 999\nThe request\nFooter: Accessibility | Cookies\n\nRelated links\n- Drones\n"


@pytest.mark.parametrize("regex", [_chrome(), _sidebar(), _trailer(), text_mod._MD_HEADING, text_mod._MD_QUOTE, text_mod._MD_TABLE_RULE])
@pytest.mark.parametrize(
    "text",
    [
        CHROME_TEXT,
        "# Title\n> quoted\n> > twice\n|---|---|\n  ## Sub\n",
        "no newline at all",
        "\n\n\n",
        "Accessibility\nCookies\nContact us\n",  # a match running over line breaks
    ],
)
def test_line_start_matches_is_finditer(regex, text):
    assert [m.span() for m in line_start_matches(regex, text)] == [m.span() for m in regex.finditer(text)]


def test_replace_matches_is_sub():
    chrome = _chrome()
    blank = text_mod._blank
    assert replace_matches(CHROME_TEXT, line_start_matches(chrome, CHROME_TEXT), blank) == chrome.sub(blank, CHROME_TEXT)


@pytest.mark.parametrize(
    "text",
    ["It said \u201cno\u201d \u2013 twice\u00a0over", "plain ascii", "tab\there\x0bform\u2028sep\r\n", "\u200bzero\u00adwidth", ""],
)
def test_translate_present_is_translate(text):
    assert translate_present(text, text_mod._CHAR_MAP, text_mod._TRANSLATE) == text.translate(text_mod._CHAR_MAP)
    assert translate_present(text, text_mod._LINE_BREAKS, text_mod._HAS_LINE_BREAK) == text.translate(text_mod._LINE_BREAKS)
    assert translate_present(text, text_mod._LINE_BREAKS) == text.translate(text_mod._LINE_BREAKS)


def test_odd_space_chars_are_the_class():
    odd = {chr(c) for c in range(0x3001) if text_mod._ODD_SPACE.match(chr(c))}
    assert odd == set(text_mod._ODD_SPACE_CHARS)


@pytest.mark.parametrize(
    "line",
    ["Her Majesty's Inspectorate of", "the detriment of,", "a sentence.", "which\n", "ends – ", "x", "", "whether"],
)
@pytest.mark.parametrize("regex", [clean_mod.OPEN_END, clean_mod.PAGE_BREAK_END, clean_mod.DANGLING_WORD, text_mod._DANGLING])
def test_tail_search_is_full_search(line, regex):
    assert clean_mod._ends_with(regex, line) == bool(regex.search(line))


@pytest.mark.parametrize("line", ["...in 2024?", 'the following exemptions:")', "no stop", "(a)", '"', "end.]]"])
def testends_sentence_is_terminal(line):
    assert text_mod.ends_sentence(line) == bool(text_mod._TERMINAL.search(line))


@pytest.mark.parametrize(
    "data, binary",
    [(b"plain text\n" * 50, False), (b"\x01\x02" * 10 + b"x" * 300, True), (b"\x01" + b"x" * 300, False), (b"a\x00b", True)],
)
def test_looks_binary(data, binary):
    controls = sum(1 for b in data[:65536] if b < 32 and b not in (9, 10, 12, 13))
    assert looks_binary(data) is binary
    assert binary == (b"\x00" in data or controls > len(data) * 0.05)


def _segment_by_walking(doc: Doc, pos: int) -> tuple[int, int]:
    """The paragraph around pos as first defined: follow joined lines up and down, 25 at most."""
    index = doc.line_index(min(max(pos, 0), max(doc.length - 1, 0)))
    first = last = index
    while first > 0 and index - first < text_mod.SEGMENT_LINES and doc._joins_uncached(first - 1, first):
        first -= 1
    while last + 1 < len(doc.line_starts) and last - index < text_mod.SEGMENT_LINES and doc._joins_uncached(last, last + 1):
        last += 1
    return doc.line_span(first)[0], doc.line_span(last)[1]


WRAPPED = "\n".join(["the force would need to consider whether this request"] * 60)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir,\n\nThe request is refused under\nsection 31 of the Act. Yours faithfully",
        WRAPPED + "\n\nA new paragraph.\n" + WRAPPED,  # runs longer than 25 lines
        "one line",
        "",
        "1. How many drones?\n2. How many pilots?\n- a bullet\nand its wrapped tail",
    ],
)
def test_segment_span_is_walking_the_lines(text):
    doc = Doc(text)
    for pos in range(-1, len(text) + 2, 7):
        assert doc.segment_span(pos) == _segment_by_walking(doc, pos)


@pytest.mark.parametrize(
    "text",
    ["Section 24(2) and S31(3)(a) - Law Enforcement", "sections 24(2) & 31(3); s.30(3); Adran 24(2)", "the Police's 24 cameras", "SECTION 40(2)&(3)"],
)
def test_citations_found_in_lower_case(text):
    from ncnd.parse.sections import find_citations

    assert find_citations(text, lower=text.lower()) == find_citations(text)


@pytest.mark.parametrize("text", ["Kent Police: 24 ANPR cameras", "Café £40 • naïve ſ", "", "a_b c-d 12x"])
def test_token_set_is_tokens(text):
    from ncnd.parse.matcher import token_set, tokens

    assert token_set(text) == {text[s:e].lower() for s, e in tokens(text)}


@pytest.mark.parametrize(
    "lines",
    [
        ["**Kent Police** | [Contact](https://www.kent.police.uk/contact)", "(https://no-close", "paren) # heading"],
        ["> quoted `code` _em_", "", "[link](http://a.b/c) and (http://x.y) ("],
    ],
)
def test_furniture_keys_is_line_by_line(lines):
    assert clean_mod.furniture_keys(lines) == [clean_mod.furniture_key(line) for line in lines]


@pytest.mark.parametrize(
    "text",
    [
        "The Information Commissioner's Office and the information held by Kent Police. Police will not.",
        "West Midlands Police - West\nMidlands  Police; Police Scotland; police scotland",
        "Chief Constable of the Metropolitan Police Service; Chief Constable of Kent Police",
        "The Information Commiſſioner's Office, Kent Police",  # long s: no word is skipped
        "Amazon Ring doorbells and live facial recognition (LFR) with body-worn video",
    ],
)
def test_term_matcher_skips_only_what_cannot_match(text):
    from ncnd.parse import authority, technologies

    for matcher in (authority.matcher(), technologies._vocabulary()[0]):
        found = matcher.find(text)
        saved, matcher._next_words = matcher._next_words, {}
        try:
            assert found == matcher.find(text)
        finally:
            matcher._next_words = saved


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Kent Police", True),
        ("Freedom of Information Unit, Kent Police", True),
        ("Kent Police will neither confirm nor deny", False),
        ("KENT POLICE FOI TEAM", True),
        ("abUNITc Kent Police", False),  # removing the unit word joins "ab" and "c"
        ("Kent Police unit", True),
        ("Kent Police departmental", True),  # "al" is left: two letters
        ("the Kent Police team", False),
        ("Kent Police uniT officers", True),
    ],
)
def test_own_line(line, expected):
    from ncnd.parse import authority

    doc = Doc(line)
    mentions = authority.matcher().find(doc.scan)
    assert authority._own_line(doc, 0, mentions) is expected
    rest = doc.scan
    for s, e, _, _ in sorted(mentions, reverse=True):
        rest = rest[:s] + rest[e:]
    assert expected is (not authority._WORD_OF_THREE.search(authority._UNIT_WORDS.sub("", rest)))


@pytest.mark.parametrize(
    "text",
    [
        "Loamshire Police will neither confirm nor deny.\nChief Constable of Loamshire\nthe police holds\nCommissioner of the City",
        "constabulary confirms\nPolice is unable to\npolice willing",
        "x\n" * 5 + "Police will\n" * 250,  # more lines than counted
    ],
)
def test_unknown_body_lines(text):
    from ncnd.parse import authority

    doc = Doc(text)
    lines = set()
    for anchor in authority.UNKNOWN_ANCHORS:
        pos = doc.lower.find(anchor)
        while pos != -1 and len(lines) < authority.MAX_UNKNOWN_LINES:
            lines.add(doc.line_index(pos))
            pos = doc.lower.find(anchor, pos + 1)
    assert authority._unknown_body_lines(doc) == lines


def test_title_patterns_need_a_colon_or_dash():
    from ncnd.parse.split import LABELLED_TITLE, TITLE_LINE

    for regex in (TITLE_LINE, LABELLED_TITLE):
        for line in ["Freedom of Information request - Agreements with Ring", "Subject: Palantir contract", "FOI Request: ANPR"]:
            if regex.match(line):
                assert ":" in line or "-" in line
        assert not regex.match("Freedom of Information request Agreements with Ring")
        assert not regex.match("Subject Palantir contract")
