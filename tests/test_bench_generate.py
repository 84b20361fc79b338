"""The synthetic corpus generator: deterministic, complete, and its truth agrees with the text it wrote."""

import csv
import hashlib
import html
import importlib.util
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

GENERATE_PY = Path(__file__).resolve().parent.parent / "bench" / "generate.py"
COUNT = 150


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = load_generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    gen.generate(out, COUNT, seed=3)
    truth = [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(out / "sources.csv", newline="", encoding="utf-8") as f:
        sources = list(csv.DictReader(f))
    texts = {}
    for row in truth:
        raw = (out / row["file"]).read_bytes().decode("utf-8-sig")
        texts[row["file"]] = html.unescape(raw) if row["format"] == "html" else raw
    return out, truth, sources, texts


def notice_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in {"sources.csv", "truth.jsonl"})


def test_same_seed_gives_the_same_bytes(tmp_path, corpus):
    out, *_ = corpus
    again = tmp_path / "again"
    gen.generate(again, COUNT, seed=3)
    assert notice_files(again) == notice_files(out)
    for name in notice_files(out) + ["sources.csv", "truth.jsonl"]:
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_another_seed_gives_another_corpus(tmp_path, corpus):
    out, *_ = corpus
    other = tmp_path / "other"
    gen.generate(other, COUNT, seed=4)
    assert (other / "truth.jsonl").read_bytes() != (out / "truth.jsonl").read_bytes()


def test_count_and_formats(corpus):
    out, truth, sources, _ = corpus
    files = notice_files(out)
    assert len(files) == COUNT == len(truth) == len(sources)
    formats = {name.rsplit(".", 1)[1] for name in files}
    assert formats == {"txt", "md", "html"}
    assert sum(name.endswith(".txt") for name in files) > COUNT / 2


def test_every_file_is_in_sources_with_its_sha256(corpus):
    out, _, sources, _ = corpus
    by_file = {row["file"]: row for row in sources}
    assert sorted(by_file) == notice_files(out)
    for name, row in by_file.items():
        assert row["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
        assert row["format"] == name.rsplit(".", 1)[1]
        assert row["source_url"].endswith(name)
        date.fromisoformat(row["retrieved"])
        assert row["licence"]


def test_truth_lines_match_files(corpus):
    out, truth, sources, _ = corpus
    assert [row["file"] for row in truth] == [row["file"] for row in sources]
    forces = {f["id"] for f in gen.load_forces()}
    for row in truth:
        assert (out / row["file"]).exists()
        assert row["authority_id"] in forces
        assert row["request_family"].startswith("fam-")
        assert isinstance(row["template_ids"], list)
        assert all(t in gen.TEMPLATES for t in row["template_ids"])
        if row["doc_type"] == "ico_decision":
            assert row["outcome"] in {"ico_upheld_authority", "ico_upheld_complainant", "ico_partly"}
            assert re.fullmatch(r"IC-\d{6}-[A-Z0-9]{4}|FS50\d{6}", row["reference"])  # IC-320081-J7L0, FS50123456
        else:
            assert row["outcome"] in gen.OUTCOMES
        assert row["exemptions"] == sorted(row["exemptions"], key=gen.exemption_sort_key)
        if row["outcome"] == "ncnd":
            assert row["ncnd"] is True and row["exemptions"]
        if row["outcome"] == "disclosed":
            assert row["ncnd"] is False and row["exemptions"] == []


def test_families_share_request_text_across_forces(corpus):
    _, truth, _, texts = corpus

    names = {f["id"]: f["name"] for f in gen.load_forces()}

    def request_lines(row):
        # Lines without numbering, markup or the addressee's name, long enough to be distinctive.
        out = set()
        for line in texts[row["file"]].replace(names[row["authority_id"]], "FORCE").splitlines():
            line = re.sub(r"<[^>]+>", "", line).strip().strip("\u201c\u201d")  # "<p>(a) How many ...</p>"
            # Numbering dropped: "1. ", "1)", "(a) ", "a) ", "Q1 - ", "Q2. ", "3 - ", "• ", "- ".
            line = re.sub(r"^(\(?[a-z0-9]+[.):]|Q\d+[.:]?( -)?|\d+ -|•|- )\s*", "", line)
            if len(line) > 50:
                out.add(line)
        return out

    members = defaultdict(list)
    for row in truth:
        members[row["request_family"]].append(row)
    families = {fam: rows for fam, rows in members.items() if len({r["authority_id"] for r in rows}) >= 2}
    assert len(families) >= 3
    lines = {row["file"]: request_lines(row) for row in truth}
    shared_families = 0
    for fam, rows in families.items():
        outside = set().union(*(lines[r["file"]] for r in truth if r["request_family"] != fam))
        inside = [lines[r["file"]] - outside for r in rows]
        counts = defaultdict(int)
        for found in inside:
            for line in found:
                counts[line] += 1
        if any(c >= 2 for c in counts.values()):
            shared_families += 1
    # Copies may lose a question or gain a typo, but most families keep a question in common.
    assert shared_families >= len(families) * 0.7


def test_template_paragraphs_are_reused_across_families(corpus):
    _, truth, _, texts = corpus
    for template_id in ("ncnd-harm-mosaic", "boiler-review"):
        sentences = [s for s in gen.TEMPLATES[template_id].split(". ") if len(s) > 40]
        users = [row for row in truth if template_id in row["template_ids"]]
        assert len({row["request_family"] for row in users}) >= 2
        assert len({row["authority_id"] for row in users}) >= 2
        for row in users:
            flat = " ".join(texts[row["file"]].split())
            assert any(s in flat for s in sentences), (row["file"], template_id)


def tech_patterns():
    patterns = {}
    for tech, phrases in gen.TECH_PHRASES.items():
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        patterns[tech] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    patterns["ring_doorbell"] = re.compile(r"\bRing\b")  # "Agreements with Ring", never "during"
    # "facial recognition software" counts, "live facial recognition" does not.
    patterns["facial_recognition"] = re.compile(
        r"(?<!live )(?<!retrospective )(?<!initiated )\bfacial recognition\b", re.IGNORECASE)
    return patterns


def test_truth_technologies_are_the_ones_named(corpus):
    """Truth claims a technology exactly when the text names it (sorted in vocabulary order)."""
    _, truth, _, texts = corpus
    patterns = tech_patterns()
    for row in truth:
        text = texts[row["file"]]
        named = [t for t in gen.TECH_ORDER if patterns[t].search(text)]
        assert row["technologies"] == named, row["file"]


def vocabulary_patterns():
    """The project's technology terms (case-sensitive for acronyms), for an independent check of the truth."""
    path = Path(__file__).resolve().parent.parent / "scripts" / "ncnd" / "vocab" / "technologies.csv"
    if not path.exists():
        pytest.skip("technologies.csv not present")
    patterns = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            terms = sorted((t for t in row["terms"].split("|") if t), key=len, reverse=True)
            # Acronyms ("LEDS", "PND") match case-sensitively, words ("body worn video") in any case.
            alternatives = [re.escape(t) if re.search(r"[A-Z]{2}", t) else f"(?i:{re.escape(t)})" for t in terms]
            patterns[row["id"]] = re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])")
    return patterns


def test_truth_technologies_agree_with_the_vocabulary(corpus):
    """No vocabulary term turns up in a notice whose truth leaves that technology out, and vice versa."""
    _, truth, _, texts = corpus
    patterns = vocabulary_patterns()
    for row in truth:
        text = texts[row["file"]]
        found = set()
        for tech, pattern in patterns.items():
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 25):match.start()].lower()
                if tech == "facial_recognition" and re.search(r"(live|retrospective|initiated) $", before):
                    continue  # a typed mention, not an untyped one
                found.add(tech)
                break
        if "ring_doorbell" in row["technologies"] and re.search(r"\bRing\b", text):
            found.add("ring_doorbell")  # the bare company name, which the vocabulary accepts beside doorbell words
        assert found == set(row["technologies"]), row["file"]


def test_truth_dates_references_and_exemptions_appear_in_text(corpus):
    _, truth, _, texts = corpus
    for row in truth:
        text = texts[row["file"]]
        if row["reference"]:
            assert row["reference"] in text
        if row["date"]:
            d = date.fromisoformat(row["date"])
            assert any(fmt(d) in text for fmt in (gen.fmt_long, gen.fmt_ordinal, gen.fmt_slash, gen.fmt_short))
        for exemption in row["exemptions"]:
            written = exemption[1:]
            if exemption == "s40(3)":
                assert "40(2)&(3)" in text
            elif "(" in written:
                assert written in text, (row["file"], exemption)
            else:
                # A bare section: "Section 24 – National Security", "S24", "s.31" but not "Section 24(2)".
                assert re.search(rf"(?i)\bs(?:ection|\.)?\s?{written}\b(?!\()", text), (row["file"], exemption)


def test_every_notice_names_its_authority(corpus):
    _, truth, _, texts = corpus
    names = {f["id"]: f["name"] for f in gen.load_forces()}
    for row in truth:
        assert names[row["authority_id"]] in texts[row["file"]], row["file"]


def test_question_numbers_are_printed(corpus):
    _, truth, _, texts = corpus
    for row in truth:
        text = texts[row["file"]]
        for number in row["question_numbers"]:
            if number is None:
                continue
            # At a line start: "1. ", "<p>(a) ", "- Q2: ", "\u201cQ1 - " (a question quoted by the ICO).
            assert re.search(rf"(?m)^(<p>|- )?\u201c?\(?{re.escape(number)}(\.|\)|:| -)", text), (row["file"], number)


def test_notices_are_letter_sized(corpus):
    out, truth, _, _ = corpus
    sizes = [(out / row["file"]).stat().st_size for row in truth]
    mean = sum(sizes) / len(sizes)
    assert 3500 < mean < 8000


def test_typo_never_touches_technology_names():
    import random

    rng = random.Random(0)
    text = "Please provide the retention period for footage recorded on body worn video cameras"
    for _ in range(200):
        edited = gen.add_typo(rng, text)
        assert "body worn video" in edited
        assert len(edited) == len(text)
