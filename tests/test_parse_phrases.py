"""Every wording in vocab/phrases.yml matches the real-world style example written beside it."""

import re

import pytest

from ncnd.parse.phrases import FLAGS, anchors, entries, phrases

WHOLE_LINE_GROUPS = {"request_headings", "response_headings", "sidebar_headings", "rights_leaflet_heading"}


def all_entries():
    for group, value in phrases().items():
        if group == "anchors":
            continue
        if isinstance(value, list):
            for entry in value:
                yield group, entry
        else:
            for sub, items in value.items():
                for entry in items:
                    yield f"{group}/{sub}", entry


CASES = list(all_entries())


@pytest.mark.parametrize("group, entry", CASES, ids=[f"{g}:{e['example'][:40]}" for g, e in CASES])
def test_pattern_matches_its_example(group, entry):
    assert entry.get("example"), f"{group}: every pattern needs an example"
    regex = re.compile(entry["pattern"], FLAGS)
    if group in WHOLE_LINE_GROUPS:
        assert regex.fullmatch(entry["example"].strip().rstrip(":").strip()), entry["example"]
    else:
        assert regex.search(entry["example"]), entry["example"]
    also = entry.get("also") or []
    for example in [also] if isinstance(also, str) else also:
        assert regex.search(example), example


@pytest.mark.parametrize("name", sorted(phrases()["anchors"]))
def test_each_example_holds_an_anchor_of_its_group(name):
    words = anchors(name)
    path = tuple(name.split("/"))
    for entry in entries(*path):
        also = entry.get("also") or []
        for example in [entry["example"], *([also] if isinstance(also, str) else also)]:
            assert any(w in example.lower() for w in words), (name, example)
