"""What a notice's source URL says (vocab/source_urls.yml), and how the parser uses it as evidence."""

import pytest
import yaml

from ncnd.parse import parse_notice
from ncnd.parse.source import authority_from_url, doc_type_from_heading, doc_type_from_url, is_tribunal_url, on_department_site, published_from_url
from ncnd.vocab import VOCAB_DIR

SETTINGS = yaml.safe_load((VOCAB_DIR / "source_urls.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", SETTINGS["published"], ids=lambda e: e["example"])
def test_every_published_pattern_reads_its_example(entry):
    for url in filter(None, [entry["example"], entry.get("also")]):
        month = published_from_url(url)
        assert month is not None and len(month) == 7, url


@pytest.mark.parametrize("entry", SETTINGS["doc_types"], ids=lambda e: e["example"])
def test_every_doc_type_rule_gives_its_type_for_its_example(entry):
    also = entry.get("also") or []
    for url in [entry["example"], *([also] if isinstance(also, str) else also)]:
        assert doc_type_from_url(url) == entry["doc_type"], url
        assert is_tribunal_url(url) == bool(entry.get("tribunal")), url


@pytest.mark.parametrize("entry", SETTINGS["page_headings"], ids=lambda e: e["example_heading"])
def test_a_sites_own_heading_says_what_its_page_is_where_the_address_does_not(entry):
    assert doc_type_from_url(entry["example"]) is None
    page = entry["example_heading"] + "\n\nRoad traffic collisions involving police vehicles\n"
    assert doc_type_from_heading(entry["example"], page) == entry["doc_type"]
    # (only near the top of the page, and only on that site)
    assert doc_type_from_heading(entry["example"], "A story\n" + "Words of the story go on. " * 50 + "\n" + page) is None
    assert doc_type_from_heading("https://example.org/news/police-foi", page) is None


def test_an_older_gov_uk_release_numbers_its_label_under_the_pages_details():
    """GOV.UK's older releases put the title and summary first, then "Details" and "FOI release 31207"."""
    url = "https://www.gov.uk/government/publications/drone-trial-funding-for-a-police-force"
    page = (
        "Drone trial funding for a police force\n\nHome Office funding for a force's trial of drones.\n\n"
        "Documents\n\nDetails\n\nFOI release 31207\n\nThe amount given to the force for the trial.\n"
    )
    assert doc_type_from_url(url) is None
    assert doc_type_from_heading(url, page) == "force_response"
    # (a number in a sentence is not the label)
    assert doc_type_from_heading(url, page.replace("FOI release 31207", "The FOI release 31207 was late.")) is None


@pytest.mark.parametrize("entry", SETTINGS["path_authorities"], ids=lambda e: e["example"])
def test_every_path_authority_rule_names_its_body_for_its_example(entry):
    assert authority_from_url(entry["example"]) == entry["authority"]
    # (the same domain's other pages are not that body's)
    assert authority_from_url("https://www." + entry["host"] + "/about-us/jobs") is None


def test_a_mopac_decision_is_not_a_page_of_its_disclosure_log():
    """MOPAC's decisions ("PCD 1234") sit beside its log on the GLA's site; a word such as "disclosure" in a
    decision's title does not make it a log page."""
    url = "https://www.london.gov.uk/programmes-strategies/mayors-office-policing-and-crime/governance-and-decision-making/mopac-decisions-0/pcd-1234-disclosure-and-barring-checks"
    assert doc_type_from_url(url) != "force_response"
    assert authority_from_url(url) is None


@pytest.mark.parametrize(
    "url,authority,published",
    [
        ("https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/july/foi-66724-facewatch/", "cleveland-police", "2024-07"),
        ("https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/december-2023/facial-recognition/", "metropolitan-police-service", "2023-12"),
        ("https://foi.west-midlands.police.uk/facial-recognition-13457_18/", "west-midlands-police", None),
        ("https://www.whatdotheyknow.com/request/ring_doorbells", None, None),
        # the forces merged into Police Scotland in 2013 kept their own domains until then
        ("http://www.tayside.police.uk/Default.aspx.LocID-013new.Lang-EN.htm", "tayside-police", None),
        ("http://www.lbp.police.uk/foi/disclosure-log", "lothian-and-borders-police", None),
        ("https://ico.org.uk/action-weve-taken/decision-notices/2024/4029812/", "information-commissioners-office", None),
        ("not a url", None, None),
        (None, None, None),
    ],
)
def test_authority_and_published_month_from_the_address(url, authority, published):
    assert authority_from_url(url) == authority
    assert published_from_url(url) == published


LOG_PAGE = (
    "Request\n\n1. Does the force use drones fitted with thermal cameras?\n\n"
    "Response\n\nThe force has 4 drones with thermal cameras. Having made enquiries, this is all the information held.\n"
)


def test_a_log_page_that_never_names_its_force_takes_it_from_its_address_and_says_so():
    url = "https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/foi-disclosure-2021-22/february-2025/foi-0956/"
    record = parse_notice(LOG_PAGE, source_url=url)
    assert record["doc_type"] == "force_response"
    assert record["authority_id"] == "north-yorkshire-police"
    assert record["evidence"]["authority"] == f"source URL: {url}"
    assert any("source URL" in w for w in record["warnings"])
    # the log's month is kept apart: it is never the response date
    assert record["published"] == "2025-02" and record["date"] is None


def test_without_its_address_the_same_page_names_no_force():
    record = parse_notice(LOG_PAGE)
    assert record["authority_id"] is None and record["published"] is None


def test_the_text_outweighs_the_address():
    text = "Kent Police\n\nFreedom of Information Request Reference No: 0123/25\n\n" + LOG_PAGE + "\nKent Police can confirm this.\n"
    record = parse_notice(text, source_url="https://www.kent.police.uk/foi-ai/kent-police/disclosure-2025/may/drones/")
    assert record["authority_id"] == "kent-police"
    assert not any("source URL" in w for w in record["warnings"])


def test_another_public_bodys_log_is_not_a_police_answer():
    record = parse_notice(LOG_PAGE, source_url="https://www.lincolnshire.gov.uk/directory-record/1234/drones")
    assert record["doc_type"] == "other"


def test_an_address_written_with_the_hosts_final_dot_is_the_same_host():
    """"fyi.org.nz." is New Zealand's request site (the same software as WhatDoTheyKnow), and
    "www.cleveland.police.uk." is Cleveland's log: the final dot changes neither."""
    thread = "Bicycle thefts\n\nDear New Zealand Police,\n\nHow many bicycles were reported stolen in 2018?\n\nYours faithfully,\n\nSam Lee\n"
    assert parse_notice(thread, source_url="https://fyi.org.nz./request/10254-bicycle-thefts")["doc_type"] == "other"
    record = parse_notice(LOG_PAGE, source_url="https://www.cleveland.police.uk./foi-ai/cleveland-police/disclosure/2024/july/drones/")
    assert record["authority_id"] == "cleveland-police"


def test_two_bodies_named_as_often_the_pages_own_site_says_which_answered():
    page = (
        "Published: 19 December 2023\n\nFOI 2023/24-052 - Communications between SPA and Police Scotland re recruitment of a new Chief Constable\n\n"
        "Report Summary\n\nIssued 8 December 2023, this FOI response provides information held re communications between SPA and Police "
        "Scotland regarding the recruitment.\n\nInformation held by and between the Scottish Police Authority and Police Scotland relating "
        "to the recruitment of a new Chief Constable\n\nAppendix 1.1 - agendas for the Authority / Police Scotland recruitment project team\n\n"
        "Appendix 1.2 - emails between Police Scotland and the Authority's board members\n\nAppendix 1.3 - Police Scotland's briefing for "
        "candidates\n\nWhilst we aim to provide information wherever possible, some names and contact details in Appendix 1.2 have been redacted.\n"
    )
    record = parse_notice(page, source_url="https://spa.police.uk/publication-library/foi-2023-24-052-communications/")
    assert record["authority_id"] == "scottish-police-authority"
    assert any("as often" in w for w in record["warnings"])
    assert parse_notice(page)["authority_id"] is None  # the text alone cannot tell


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.gov.uk/government/publications/funding-for-a-police-force", True),
        ("https://gov.uk/government/publications/funding-for-a-police-force", True),
        # a commissioner's own site under the same suffix answers for itself
        ("http://suffolk-pcc.gov.uk/key-info/transparency/freedom-of-information/disclosure-log", False),
        ("https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/", False),
    ],
)
def test_a_department_release_is_known_by_its_host_alone(url, expected):
    assert on_department_site(url) is expected
