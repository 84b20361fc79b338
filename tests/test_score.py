"""ncnd score: per-field accuracy against hand labels, with "wrong" counted apart from "null"."""

import json

import pytest
from click.testing import CliRunner

from ncnd.cli import cli
from ncnd.score import FieldScore, read_labels, score_one

NCND_LETTER = (
    "Freedom of Information Request Reference No: FOI 0311/25\nDate: 4 April 2025\n\nRequest\n\n"
    "Does Kent Police use Ring doorbell footage?\n\nResponse\n\nKent Police can neither confirm nor deny that it "
    "holds any information relevant to this request by virtue of Section 24(2) and Section 31(3).\n"
)
LOG_PAGE = "Request\n\nHow many drones does the force own?\n\nResponse\n\nThe force owns 4 drones. This is all the information held.\n"


@pytest.fixture
def labelled(tmp_path):
    (tmp_path / "a.txt").write_text(NCND_LETTER)
    (tmp_path / "b.txt").write_text(LOG_PAGE)
    (tmp_path / "sources.csv").write_text(
        "file,sha256,format,source_url,retrieved,licence,notes\n"
        "b.txt,,txt,https://www.kent.police.uk/foi-ai/kent-police/disclosure-2025/may/drones/,,,\n"
    )
    labels = [
        {"file": "a.txt", "doc_type": "force_response", "authority_id": "kent-police", "reference": "FOI 0311 / 25",
         "date": "2025-04-04", "ncnd": True, "outcome": "ncnd", "exemptions": ["s24(2)", "s31(3)"], "question_count": 1},
        # b's authority is only in its address; its date is labelled although the page has none (a miss)
        {"file": "b.txt", "doc_type": "ico_decision", "authority_id": "kent-police", "date": "2025-05-01",
         "outcome": "disclosed", "exemptions": ["s12"], "technologies": ["drones"]},
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(label) for label in labels) + "\n")
    return tmp_path, path


def test_score_counts_right_wrong_and_null_apart(labelled):
    folder, labels = labelled
    result = CliRunner().invoke(cli, ["score", str(folder), "--labels", str(labels), "--json"])
    assert result.exit_code == 0, result.output
    fields = json.loads(result.output.splitlines()[0])["fields"]
    assert fields["authority"] == {"right": 2, "wrong": 0, "missed": 0, "accuracy": 1.0, "f1": None}  # b from its address
    assert (fields["date"]["right"], fields["date"]["missed"]) == (1, 1)
    assert (fields["outcome"]["right"], fields["outcome"]["missed"]) == (1, 1)
    assert (fields["doc_type"]["right"], fields["doc_type"]["wrong"]) == (1, 1)  # b is no decision: a wrong answer
    assert fields["reference"]["right"] == 1  # spacing and case do not count
    assert fields["exemptions"]["f1"] == pytest.approx(0.8)  # 2 found, 1 label item missed
    assert "doc_type" in fields and "question_count" in fields


def test_score_prints_a_table_and_the_misses_without_page_text(labelled):
    folder, labels = labelled
    result = CliRunner().invoke(cli, ["score", str(folder), "--labels", str(labels), "--misses"])
    assert result.exit_code == 0
    assert "| doc_type | 2 | 1 | 1 | 0 | 0.50 |  |" in result.output
    misses = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {"file": "b.txt", "field": "date", "kind": "missed", "label": "2025-05-01", "parsed": None} in misses
    assert "Ring doorbell footage" not in result.output


def test_bad_labels_and_missing_pages_are_clear_errors(tmp_path):
    (tmp_path / "labels.jsonl").write_text('{"file": "x.txt"}\nnot json\n')
    result = CliRunner().invoke(cli, ["score", str(tmp_path), "--labels", str(tmp_path / "labels.jsonl")])
    assert result.exit_code != 0 and "labels.jsonl:2: not JSON" in result.output
    (tmp_path / "labels.jsonl").write_text('{"file": "x.txt", "outcome": null}\n')
    result = CliRunner().invoke(cli, ["score", str(tmp_path), "--labels", str(tmp_path / "labels.jsonl")])
    assert result.exit_code != 0 and "labelled file not found" in result.output


def test_a_field_missing_from_a_label_is_not_scored():
    scores: dict[str, FieldScore] = {}
    score_one(scores, {"file": "x", "outcome": None}, {"outcome": "ncnd", "doc_type": "force_response", "questions": []})
    assert set(scores) == {"outcome"} and scores["outcome"].wrong == 1


def test_read_labels_needs_a_file_on_each_line(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_text('{"outcome": "ncnd"}\n')
    with pytest.raises(ValueError, match="needs a \"file\""):
        read_labels(path)
