"""What one parsed file becomes in the tables: provenance, FOISA sections kept apart, gaps made visible."""

import json

from ncnd.load import notice_id, rows_for_result, unknown_exemption_rows
from ncnd.pipeline import FileResult


def result(record, path="scotland/im-foi-2024-0001.txt", error=None):
    return FileResult(path=path, sha256="ab" * 32, bytes=100, format="txt", encoding="utf-8",
                      original_text="raw", body="clean", record=record, error=error, error_stage="ingest" if error else None)


RECORD = {
    "doc_type": "force_response", "authority_id": "police-scotland", "date": "2024-03-05", "ncnd": True,
    "outcome": "ncnd", "exemptions": ["s31(1)", "s35(1)(a)"],
    "exemption_details": [{"id": "s31(1)", "role": "ncnd", "sentence": "s31(1) national security"},
                          {"id": "s35(1)(a)", "role": "ncnd", "sentence": "s35(1)(a) law enforcement"}],
    "technologies": ["imsi_catcher"], "technology_details": [{"id": "imsi_catcher", "term": "IMSI catchers", "sentence": "..."}],
    "questions": [{"number": "1", "text": "Do you use IMSI catchers?"}], "passages": [{"part": "request", "text": "Do you use IMSI catchers?"}],
    "evidence": {"ncnd": "Police Scotland can neither confirm nor deny"}, "warnings": ["FOISA section"], "ico": None,
}


def test_police_scotland_sections_are_foisa_not_foia():
    rows = rows_for_result(result(RECORD), {"source_url": "https://www.scotland.police.uk/x", "retrieved": "2024-04-01"})
    assert [r["exemption_id"] for r in rows["notice_exemptions"]] == ["foisa:s31(1)", "foisa:s35(1)(a)"]
    notice = rows["notices"][0]
    assert json.loads(notice["exemption_ids"]) == ["foisa:s31(1)", "foisa:s35(1)(a)"]
    assert (notice["id"], notice["year"], notice["ncnd"], notice["source_url"]) == ("scotland/im-foi-2024-0001", 2024, 1, "https://www.scotland.police.uk/x")
    assert rows["documents"][0]["retrieved"] == "2024-04-01"


def test_english_force_sections_stay_plain():
    record = dict(RECORD, authority_id="kent-police")
    rows = rows_for_result(result(record), None)
    assert [r["exemption_id"] for r in rows["notice_exemptions"]] == ["s31(1)", "s35(1)(a)"]
    assert rows["documents"][0]["source_url"] is None


def test_an_unreadable_file_is_a_document_and_an_error_but_no_notice():
    rows = rows_for_result(result(None, path="scan.pdf", error="the PDF has no text layer"), None)
    assert rows["notices"] == [] and rows["documents"][0]["status"] == "error"
    assert rows["build_errors"] == [{"path": "scan.pdf", "stage": "ingest", "message": "the PDF has no text layer", "text": "raw"}]


def test_sections_missing_from_the_vocabulary_get_a_visible_placeholder_row():
    rows = rows_for_result(result(dict(RECORD, authority_id="kent-police", exemption_details=[{"id": "s44(1)(a)", "role": "withholding"}])), None)
    [extra] = unknown_exemption_rows(rows, known={"s24(2)"})
    assert (extra["id"], extra["section"], extra["regime"]) == ("s44(1)(a)", "s44", "FOIA")
    assert "Not in the exemptions vocabulary" in extra["description"]


def test_notice_ids_are_corpus_paths_without_extension():
    assert notice_id("000_84e63d2b671adfe2.txt") == "000_84e63d2b671adfe2"
    assert notice_id("kent/2024/lfr.v2.html") == "kent/2024/lfr.v2"
    assert notice_id("no-extension") == "no-extension"


def test_notice_ids_are_unique_per_file_and_depend_only_on_the_paths():
    from ncnd.load import notice_ids

    ids = notice_ids(["a.txt", "x.txt", "x.md", "x.md.txt", "sub/y.html"])
    assert ids == {"a.txt": "a", "x.txt": "x.txt", "x.md": "x.md~2", "x.md.txt": "x.md", "sub/y.html": "sub/y"}
    assert len(set(ids.values())) == len(ids)
    assert notice_ids(reversed(list(ids))) == ids  # the order files are listed in changes nothing
