"""The golden test: every notice in tests/examples/ parses to the record its sibling .json states.

An example listed in tests/examples/sources.csv is parsed with its source URL, as a build would.
Only the keys present in the .json are compared; for "ico" only the sub-keys present, and for ICO
findings only exemption_id, engaged and public_interest. An input without a .json gets one written
from the parser's current output and the test fails until a person has checked it.
"""

import json
from pathlib import Path

import pytest

from ncnd.pipeline import parse_file, source_url_beside

EXAMPLES = Path(__file__).parent / "examples"
FINDING_KEYS = ("exemption_id", "engaged", "public_interest")
# Bulky fields left out of a freshly written expectation: a person reviews what the parser decided.
BULKY = {"request_text", "response_text", "passages", "evidence", "exemption_details", "technology_details", "warnings", "file", "sha256", "title"}


def inputs():
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.suffix != ".json" and p.name.lower() not in ("readme.md", "sources.csv"))


def _findings(items):
    return [{k: f.get(k) for k in FINDING_KEYS} for f in items or []]


def differences(expected: dict, got: dict) -> list[str]:
    out = []
    for key, want in expected.items():
        have = got.get(key)
        if key == "ico" and isinstance(want, dict) and isinstance(have, dict):
            for sub, sub_want in want.items():
                sub_have = have.get(sub)
                if sub == "findings":
                    sub_want, sub_have = _findings(sub_want), _findings(sub_have)
                if sub_want != sub_have:
                    out.append(f"ico.{sub}: expected {sub_want!r}, got {sub_have!r}")
        elif want != have:
            out.append(f"{key}: expected {want!r}, got {have!r}")
    return out


@pytest.mark.parametrize("path", inputs(), ids=lambda p: p.name)
def test_example(path: Path):
    got = parse_file(path, source_url_beside(path))
    expected_path = path.with_suffix(".json")
    if not expected_path.exists():
        draft = {k: v for k, v in got.items() if k not in BULKY}
        if draft.get("ico"):
            draft["ico"]["findings"] = _findings(draft["ico"].get("findings"))
        expected_path.write_text(json.dumps(draft, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        pytest.fail(f"{expected_path.name} did not exist and was written from the parser's output: review it by hand")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    problems = differences(expected, got)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems) + f"\n  warnings: {got.get('warnings')}"


def test_differences_reports_each_mismatch():
    expected = {"outcome": "ncnd", "ico": {"steps_required": False, "findings": [{"exemption_id": "s24(2)", "engaged": True, "public_interest": "maintain"}]}}
    got = {"outcome": "refused", "ico": {"steps_required": False, "findings": [{"exemption_id": "s24(2)", "engaged": True, "public_interest": "maintain", "sentence": "..."}]}}
    assert differences(expected, got) == ["outcome: expected 'ncnd', got 'refused'"]
