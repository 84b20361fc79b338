"""parse_notice never raises and always returns every contract key with the right types."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ncnd.parse import empty_record, parse_notice
from ncnd.parse.answers import KINDS

OPTIONAL_STR = ("authority", "authority_id", "reference", "date", "outcome", "title", "request_text", "response_text", "published", "ncnd_scope")
LIST_KEYS = ("exemptions", "exemption_details", "technologies", "technology_details", "questions", "warnings", "passages", "question_answers")
SCOPES = {None, "full", "partial", "cost"}
ROLES = {None, "request_subject", "request_example", "response"}
STANCES = {None, "confirmed", "ncnd", "not_held", "refused"}
DOC_TYPES = {"force_response", "ico_decision", "wdtk_thread", "other"}
OUTCOMES = {None, "ncnd", "disclosed", "partially_disclosed", "not_held", "refused", "withdrawn", "ico_upheld_authority", "ico_upheld_complainant", "ico_partly"}

# Fragments of real notice wording, so generated text reaches the deeper steps, not only the empty path.
FRAGMENTS = [
    "Freedom of Information Act 2000", "Request:", "Response:", "You asked:", "In Response:", "Decision notice",
    "Public Authority: Chief Constable of Kent Police", "Kent Police will neither confirm nor deny", "Section 24(2)",
    "S31(1)(a) - Law Enforcement", "sections 28 to 35", "Date: 06/02/26", "Enquiry Reference: 44 -26", "IC -80804 -J7C6",
    "1.", "Q1 -", "(a)", "- ", "\n", "\n\n", "Yours faithfully,", "Dear Essex Police,", "made this Freedom of Information request to",
    "The request was refused by", "LFR", "Ring", "doorbell", "**", "# ", "[x](http://a.b/c)", "|---|", "is not held", "withheld",
    "\u2019", "\u201c", "\u00a0", "\r\n", "\x00", "\ufeff", "Heddlu De Cymru", "Section 40(2)&(3)", "If the request would fall foul of section 12",
]  # fmt: skip

notice_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=60).map("".join)


def check_record(record):
    assert set(record) == set(empty_record())
    assert record["doc_type"] in DOC_TYPES
    assert record["outcome"] in OUTCOMES
    assert record["ncnd"] in (None, True, False)
    for key in OPTIONAL_STR:
        assert record[key] is None or isinstance(record[key], str), key
    for key in LIST_KEYS:
        assert isinstance(record[key], list), key
    assert all(isinstance(w, str) for w in record["warnings"])
    assert set(record["evidence"]) == {"ncnd", "outcome", "authority", "date", "ncnd_scope"}
    assert record["ncnd_scope"] in SCOPES and (record["ncnd_scope"] is None or record["ncnd"] is True)
    for t in record["technology_details"]:
        assert t["role"] in ROLES and t["stance"] in STANCES and isinstance(t["ncnd_covers"], bool)
    for a in record["question_answers"]:
        assert a["kinds"] and set(a["kinds"]) <= set(KINDS)
    assert all(v is None or isinstance(v, str) for v in record["evidence"].values())
    assert len(record["exemptions"]) == len(record["exemption_details"])
    assert [d["id"] for d in record["exemption_details"]] == record["exemptions"]
    assert [d["id"] for d in record["technology_details"]] == record["technologies"]
    for q in record["questions"]:
        assert set(q) == {"number", "text"} and isinstance(q["text"], str)
    for p in record["passages"]:
        assert p["part"] in {"request", "response", "other"} and p["text"]
    if record["doc_type"] == "ico_decision":
        assert isinstance(record["ico"], dict)
    else:
        assert record["ico"] is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notice_text)
def test_any_text_parses(text):
    check_record(parse_notice(text))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_binary_noise_parses(data):
    check_record(parse_notice(data.decode("latin-1")))
    check_record(parse_notice(data))


def test_non_text_input():
    for value in (None, "", "   \n\n  ", 12345, b"\xff\xfe\x00"):
        check_record(parse_notice(value))


def test_five_megabyte_notice_returns_in_bounded_time():
    block = (
        "Request:\n1. Do you use live facial recognition?\nResponse:\nKent Police will neither confirm nor deny "
        "that it holds the information by virtue of Section 24(2) and Section 31(3). The figures are attached. "
        "a b c d e f g h " * 20
        + "\n\n"
    )
    text = block * (5_000_000 // len(block) + 1)
    started = time.perf_counter()
    record = parse_notice(text)
    elapsed = time.perf_counter() - started
    check_record(record)
    assert record["ncnd"] is True
    assert elapsed < 60, f"5 MB took {elapsed:.1f} s"


def test_one_long_line_without_breaks():
    record = parse_notice("Section 24(2) " * 200_000)
    check_record(record)
