"""ICO decision notices and summary pages: findings per exemption, the body complained about."""

import pytest

from ncnd.parse import parse_notice

NOTICE = """Reference: IC-100200-A1B2

Freedom of Information Act 2000 (FOIA)
Decision notice

Date: 9 January 2025

Public Authority: Chief Constable of Durham Constabulary

Decision (including any steps ordered)

1. The complainant asked for the locations of ANPR cameras. The Constabulary withheld them under sections 31(1)(a) and 31(1)(b) of FOIA. The Commissioner's decision is that the Constabulary was entitled to rely on section 31(1)(a). He has not gone on to consider section 31(1)(b).

Reasons for decision

Section 31(1)(a) - prevention or detection of crime

2. Section 31(1)(a) is engaged.

3. The public interest favours maintaining the exemption.
"""


def findings(record):
    return [(f["exemption_id"], f["engaged"], f["public_interest"]) for f in record["ico"]["findings"]]


def test_a_heading_naming_a_subsection_speaks_only_for_it():
    record = parse_notice(NOTICE)
    assert record["exemptions"] == ["s31(1)(a)", "s31(1)(b)"]
    # "The public interest favours maintaining the exemption" under the s31(1)(a) heading is not about (b)
    assert findings(record) == [("s31(1)(a)", True, "maintain")]


SUMMARY = """# Bedfordshire Police (Decision notice) [2023] UKICO IC-200300-Z9Y8 (4 May 2023)

# Bedfordshire Police (Decision notice)

4 May 2023, Police and criminal justice

The complainant asked whether the force used live facial recognition. Bedfordshire Police refused to confirm or deny whether it held the information, citing sections 24(2) and 31(3) of FOIA. The Commissioner's decision is that neither exemption is engaged. The Commissioner requires the public authority to issue a fresh response.

FOI 24: Upheld
FOI 31: Upheld
"""


def test_summary_page_names_the_body_in_its_title_and_rules_on_both_exemptions():
    record = parse_notice(SUMMARY)
    assert record["doc_type"] == "ico_decision"
    assert record["authority_id"] == "bedfordshire-police"
    assert record["ico"]["public_authority"] == "Bedfordshire Police"
    assert record["date"] == "2023-05-04"
    assert record["outcome"] == "ico_upheld_complainant"
    assert findings(record) == [("s24(2)", False, None), ("s31(3)", False, None)]


CONTRASTED = """Reference: FS50400500

Freedom of Information Act 2000 (Section 50)
Decision Notice

Dated the 2nd day of May 2013

Public Authority: Chief Constable of Dorset Police

Summary

The complainant asked for the locations of speed cameras and the contract for them. Dorset Police withheld them under sections 31(1)(a) and 43(2). The Commissioner's decision is that Dorset Police correctly withheld the locations under section 31(1)(a), but that section 43(2) is not engaged. He requires the public authority to disclose the contract.

The complainant requested an internal review on 3 March 2012. Following that review the force wrote to the complainant on 20 April 2012, maintaining its position.

Section 31(1)(a)

The Commissioner accepts that the exemption is engaged. The public interest favours maintaining the exemption.
"""


def test_a_sentence_deciding_each_way_speaks_clause_by_clause():
    record = parse_notice(CONTRASTED)
    assert record["outcome"] == "ico_partly"
    assert findings(record) == [("s31(1)(a)", True, "maintain"), ("s43(2)", False, None)]
    assert record["ico"]["internal_review_date"] == "2012-04-20"
    assert record["ico"]["steps_required"] is True


def test_no_further_steps():
    record = parse_notice(NOTICE + "\n4. The Commissioner does not require further steps to be taken.\n")
    assert record["ico"]["steps_required"] is False


@pytest.mark.parametrize(
    "summary, outcome",
    [
        ("Police Scotland considered that it would cost well in excess of £600 to provide the information, so they were not obliged to comply with the request. The Commissioner agreed.", "ico_upheld_authority"),
        ("Following an investigation, the Commissioner found that Strathclyde Police had dealt with Mr Lee's request for information in accordance with Part 1 of the Freedom of Information (Scotland) Act 2002 (FOISA).", "ico_upheld_authority"),
        ("Police Scotland told the Applicant that they held no such records. The Commissioner investigated and was satisfied that Police Scotland did not hold the information requested.", "ico_upheld_authority"),
        ("Police Scotland were asked for the records of a named person and refused to confirm or deny whether they existed. The Commissioner found that Police Scotland's response complied with FOISA.", "ico_upheld_authority"),
        ("The Commissioner investigated and found that Police Scotland had complied with FOISA in responding to the request.", "ico_upheld_authority"),
        # what happened before the appeal is not a finding: the late reply is told, the finding sides with the police
        ("Police Scotland failed to respond but, following a review, told Mr Lee that they did not hold the report. Following an investigation, the Commissioner accepted that Police Scotland held no relevant information.", "ico_upheld_authority"),
        # the whole reply found right, in the words of the later summaries
        ("Police Scotland told the Applicant that they held none of the minutes he asked for. The Commissioner investigated and found that Police Scotland were entitled to respond as they did.", "ico_upheld_authority"),
        # the older summaries' order to supply what was withheld
        ("The Police withheld the figures under section 35(1)(a).\n\nOutcome\n\nThe Commissioner found that the Police had not complied with Part 1 of FOISA in dealing with Mr Lee's request and that the information should be supplied to him.", "ico_upheld_complainant"),
        ("Following an investigation, the Commissioner found that Grampian Police had been entitled to refuse to disclose the information on the basis that it was personal data.", "ico_upheld_authority"),
        ("The Commissioner found that Strathclyde Police had been entitled either (depending on the interpretation applied to the request) to conclude that no relevant information was held or to withhold it under section 34(1).", "ico_upheld_authority"),
        # the older decisions' headline, then the outcome under its own heading
        ("Request for the papers of a murder inquiry – section 12(1) Excessive cost of compliance – refusal upheld\n\nOutcome\n\nThe Commissioner found that the Police acted in accordance with Part I of FOISA in refusing to respond to the request.", "ico_upheld_authority"),
        ("Requests about a police investigation – information withheld on the grounds of various exemptions – upheld by the Commissioner.", "ico_upheld_authority"),
        ("Request for an investigation report – report withheld under section 35(1)(g) of FOISA – upheld by Commissioner", "ico_upheld_authority"),
        # a partial failure that is only lateness, with no action required: the answer stands
        ("Following an investigation, the Commissioner found that the Police had partially failed to deal with the request in accordance with Part 1 of FOISA. He found that the Police had acted correctly in their application of section 18 of FOISA. However, he also found that they had breached section 10(1) of FOISA by failing to respond within the statutory timescale. He did not require the Police to take any action in respect of this breach.", "ico_upheld_authority"),
        # the cost accepted, in words that say the police "did not have to comply": a finding for them
        ("The Commissioner investigated and subsequently accepted that it would cost Police Scotland more than £600 to find the records, so they did not have to comply with the request.", "ico_upheld_authority"),
        # a refusal the authority could not support is a finding for the requester
        ("Police Scotland refused the request on grounds of cost. The Commissioner investigated and found that the Authority had failed to provide adequate submissions to justify its position.", "ico_upheld_complainant"),
        # the concession after the finder's words, and a trailing "although": a finding each way
        ("The Commissioner found that although Police Scotland had correctly withheld some of the information, it had incorrectly withheld other information.", "ico_partly"),
        ("The Commissioner found that Police Scotland should have disclosed the redacted orders, although she was satisfied that Police Scotland had correctly withheld the remaining information.", "ico_partly"),
        # a requirement for review left unanswered
        ("This decision finds that Police Scotland failed to comply with Mr Lee's requirement for review within the timescale set down by FOISA.", "ico_upheld_complainant"),
        ("The Commissioner investigated and found that, while the Authority had correctly withheld some information on the basis that its disclosure would compromise investigations, it had wrongly withheld some other information under the exemptions claimed.", "ico_partly"),
        ("The Commissioner found that Fife Constabulary were justified in withholding the information requested by the applicants. However, he found that they were wrong to have included the reports in their publication scheme.", "ico_partly"),
        # "not held" supported, and only lateness found against the police
        ("The Commissioner found that where Strathclyde Police had claimed that information was not held, sufficient evidence had been provided to support this position. The Commissioner found that Strathclyde Police had failed to comply fully with Part 1 of the Freedom of Information (Scotland) Act 2002 (FOISA) by failing to respond to the request within the timescale laid down in section 10(1).", "ico_upheld_authority"),
        # a mix: one finding each way, or a partial failure with more than lateness
        ("The Commissioner found that the Authority had partially complied with FOISA in responding to the request.", "ico_partly"),
        ("The Commissioner investigated and found that the Authority partially failed to respond to the request in accordance with Part 1 of FOISA by wrongly withholding some information.", "ico_partly"),
        ("Following an investigation, the Commissioner accepted this, but found that Police Scotland did not provide sufficient advice and assistance as required by section 15(1) of FOISA.", "ico_partly"),
        ("The Commissioner investigated and found that Police Scotland did not hold information for those dates, but had failed to address the request fully, which he now requires them to do.", "ico_partly"),
        ("The Commissioner accepted that the Authority was entitled to withhold some of the information. However, she did not agree that the Authority was entitled to withhold the remainder and required it to be disclosed.", "ico_partly"),
        # findings in other words than the above: "in line with", "the specific information", the advice itself
        # found exempt, "accepted this following an investigation", a late answer to request and review both
        ("Following an investigation, the Commissioner found that Fife Police had dealt with Ms Reid's requests for information in line with Part 1 of FOISA.", "ico_upheld_authority"),
        ("The Authority said it did not hold the costs asked for. The Commissioner investigated and found that the Authority did not hold the specific information requested.", "ico_upheld_authority"),
        ("Police Scotland refused to disclose the advice as legally privileged. The Commissioner investigated and found that the advice was exempt from disclosure under section 36(1) (Confidentiality) of FOISA.", "ico_upheld_authority"),
        ("Police Scotland withheld the advice as legally privileged. The Commissioner accepted this following an investigation.", "ico_upheld_authority"),
        ("This decision finds that Police Scotland failed to comply with Ms Reid's request and requirement for review within the timescale set down by FOISA.", "ico_upheld_complainant"),
        ("Police Scotland withheld some information. The Commissioner investigated and found that not all of the withheld information was exempt from disclosure. He ordered Police Scotland to disclose the non-exempt information.", "ico_partly"),
        ("Police Scotland said they held nothing, then found and withheld some information. The Commissioner requires Police Scotland to carry out a new review of their handling of the request.", "ico_upheld_complainant"),
        ("The Commissioner investigated and found that Police Scotland had properly responded to Mr Lee's request, in accordance with Part 1 of FOISA.", "ico_upheld_authority"),
        ("The Commissioner found that the Police responded to Mr Lee's request for review appropriately in terms of FOISA. The Commissioner also found a technical breach in the handling of the initial request.", "ico_upheld_authority"),
        # two sentences run together without a space
        ("The Commissioner decided that the Police had been entitled to withhold parts of the correspondence as personal data.However, other parts were not exempt from disclosure and the Commissioner ordered the Police to disclose these.", "ico_partly"),
        # a decision about several forces: three upheld, the other two ordered to disclose (the forces named at length)
        ("Following an investigation, the Commissioner found that the Chief Constables of Fife, Grampian and Tayside Police were entitled to withhold the figures. However, he ordered the Chief Constables of Lothian and Borders and Strathclyde to disclose the figures in the form described below.", "ico_partly"),
        ("The Applicant considered the response incomplete, and the Authority later sent the missing figures. The Commissioner investigated and found that the Authority had failed to comply with Part 1 of FOISA.", "ico_upheld_complainant"),
        ("The Authority said answering would cost more than £600. The Commissioner investigated and agreed with the Authority, but concluded that it had not fulfilled its duty to provide advice and assistance.", "ico_partly"),
        ("The Commissioner investigated and found that the Authority was not entitled to withhold all of the information and required release of certain of the figures held.", "ico_partly"),
        ("The Authority gave some information and said it held no more. Following an investigation, the Commissioner accepted that the Authority did not hold any further information covered by the request.", "ico_upheld_authority"),
        ("Information about an investigation – information withheld under several exemptions – authority’s response generally upheld", "ico_upheld_authority"),
    ],
)
def test_a_scottish_decisions_summary_gives_its_result(summary, outcome):
    decision = (
        "Decision 143/2021: Mr Lee and the Chief Constable of the Police Service of Scotland\n\n"
        "Public authority: Chief Constable of the Police Service of Scotland\nCase Ref: 202001567\n\nSummary\n\n" + summary + "\n"
    )
    record = parse_notice(decision, "https://www.foi.scot/decision-1432021")
    assert record["doc_type"] == "ico_decision"
    assert record["outcome"] == outcome


def test_a_scottish_decision_on_a_request_made_through_whatdotheyknow_is_a_decision():
    """The decision's address says what it is, though its text tells of a request made "via the
    whatdotheyknow website"; upholding "Police Scotland's response" sides with the police."""
    decision = (
        "Decision 020/2018: Mr Lee and the Chief Constable of the Police Service of Scotland\n\nReference No: 201702101\n"
        "Decision Date: 22 February 2018\n\nSummary\n\nOn 9 September 2017, Mr Lee made a request for information to Police "
        "Scotland via the whatdotheyknow website. Police Scotland stated that the cost of complying would exceed the £600 limit.\n\n"
        "Following an investigation, the Commissioner upheld Police Scotland's response, but found that they did not respond "
        "within the required timescales.\n"
    )
    record = parse_notice(decision, "https://www.foi.scot/decision-0202018")
    assert record["doc_type"] == "ico_decision"
    assert record["outcome"] == "ico_upheld_authority"


@pytest.mark.parametrize(
    "provisions, expected",
    [
        # an item after a title joined by "and", its sibling subsection after "and (b)"
        (
            "sections 1(1) and (6) (General entitlement); 2(1)(b) (Effect of exemptions); 17(1) (Notice that information not held) and 34(1)(a)(i) and (b) (Investigations by Scottish public authorities)",
            ["s34(1)(a)(i)", "s34(1)(b)"],
        ),
        # items written with an "s", and a lower-case title of definitions between the conditions
        (
            "sections 1(1) (General entitlement); s30(b)(i), (ii) and (c) (Prejudice to the effective conduct of public affairs); s35(1)(a) and (b) (Law enforcement); s38(1)(b), (2A), (5) (definitions of \u201cpersonal data\u201d and \u201cprocessing\u201d) and (5A) (Personal information)",
            ["s30(b)(i)", "s30(b)(ii)", "s30(c)", "s35(1)(a)", "s35(1)(b)", "s38(1)(b)"],
        ),
        # a list a page's text broke over lines with blank ones between: it runs on while lines continue it
        (
            "sections 1(1), (2) and (6) (General entitlement); 2(1)(b)\n\n(Effect of exemptions); 33(1)(b) (Commercial interests and the economy); 47(1) and (2) (Application for decision\n\nby Commissioner)\n\nThe full text of each provision is in Appendix 1.",
            ["s33(1)(b)"],
        ),
        # "and35(1)(a)": a page that lost the space after "and"
        (
            "sections 1(1), 1(6) (General entitlement); 34(1) and 34(3) (Investigations by Scottish public authorities) and35(1)(a) and (b) (Law enforcement)",
            ["s34(1)", "s34(3)", "s35(1)(a)", "s35(1)(b)"],
        ),
        # 35(2)(b) names the purposes 35(1)(g) protects: a condition, not an exemption of its own
        (
            "sections 1(1) (General entitlement); 34(1)(a)(i) (Investigations) and 35(1)(g) and (2)(b) (Law enforcement)",
            ["s34(1)(a)(i)", "s35(1)(g)"],
        ),
    ],
)
def test_a_scottish_decision_rules_on_the_sections_in_its_list_of_provisions(provisions, expected):
    decision = (
        "Decision 018/2009 Mr B and the Chief Constable of Strathclyde Police\n\nReference No: 200801080\n"
        "Decision Date: 20 February 2009\n\nSummary\n\nThe Commissioner found that Strathclyde Police had been entitled to withhold the information"
        + ".\n\n"
        "Relevant statutory provisions and other sources\n\nFreedom of Information (Scotland) Act 2002 (FOISA) " + provisions + "\n"
    )
    record = parse_notice(decision, "https://www.foi.scot/decision-0182009")
    assert record["exemptions"] == expected


def test_a_scottish_decision_that_orders_a_document_provided_sides_with_the_requester():
    decision = (
        "Decision 071/2015: Mr Lee and the Chief Constable of the Police Service of Scotland\n\nReference No: 201402233\n\nSummary\n\n"
        "On 14 July 2014, Mr Lee asked Police Scotland for information about a road accident. This decision requires Police Scotland "
        "to provide Mr Lee with a copy of the first page of a vehicle report which fell within the scope of his request.\n"
    )
    record = parse_notice(decision, "https://www.foi.scot/decision-0712015")
    assert record["outcome"] == "ico_upheld_complainant"


# Whole notices in layouts met on real pages, written in our own words: (what it shows, the notice, its
# address, the fields expected)
NOTICES = [
    (
        "an FS50 copy whose head lists its labels before their values, and sections 'applied correctly'",
        "Page 1 of 6\n\nReference: FS50412345\n\nFreedom of Information Act 2000 (FOIA) Decision notice\n\n\n"
        "Date: Public Authority: Address: 2 April 2012 Home Office 2 Marsham Street London SW1P 4DF\n\n"
        "Summary\n\nThe complainant asked for records about a police operation. The Home Office refused to confirm or deny whether "
        "it held them, citing sections 23(5) and 24(2). The Commissioner's decision is that the Home Office applied sections 23(5) "
        "and 24(2) correctly and so it is not required to confirm or deny whether it holds the information.\n",
        None,
        {"doc_type": "ico_decision", "date": "2012-04-02", "outcome": "ico_upheld_authority", "ncnd": True},
    ),
    (
        "a findings line upholding only procedural sections (1, 10, 17) beside an exemption not upheld: the police won",
        "# Metropolitan Police Service\n\nThe complainant asked for the force's review of a protest operation. The force withheld it under "
        "section 35. The Commissioner's decision is that the force was entitled to withhold it, but breached sections 1, 10 and 17 in how it answered.\n"
        "- Decision(s) FOI 1: Upheld, FOI 10: Upheld, FOI 17: Upheld, FOI 35: Not upheld\n",
        "https://ico.org.uk/action-weve-taken/decision-notices/2024/01/ic-123456-a1b2/",
        {"doc_type": "ico_decision", "outcome": "ico_upheld_authority"},
    ),
    (
        "nothing further held, and an exemption 'applied appropriately', no steps",
        "Freedom of Information Act 2000 (FOIA) Decision notice\n\nDate: 18 May 2017\n\nPublic Authority: Chief Constable of North Yorkshire Police\n\n"
        "Decision (including any steps ordered)\n\n1 The complainant asked for information about a policing operation. The force said that it did not hold some "
        "of it and withheld the rest under section 42(1) FOIA.\n\n2 The Commissioner decided that North Yorkshire Police does not hold further undisclosed "
        "information in respect of parts 2 and 3 of the request and that it has applied the section 42(1) FOIA exemption appropriately to part 4.\n"
        "3 The Commissioner does not require North Yorkshire Police to take any steps.\n",
        None,
        {"doc_type": "ico_decision", "outcome": "ico_upheld_authority"},
    ),
]


@pytest.mark.parametrize("shows, notice, address, expected", NOTICES, ids=[n[0][:60] for n in NOTICES])
def test_a_notice_in_a_layout_met_on_real_pages(shows, notice, address, expected):
    record = parse_notice(notice, address)
    assert {key: record[key] for key in expected} == expected, (shows, record["warnings"])


def test_a_scottish_decisions_title_names_the_authority_it_is_issued_against():
    """A request made to a legacy force, decided after 2013 in the name of its successor: the title's party
    is the authority, however often the account of the case names the old force."""
    record = parse_notice(
        "Decision 012/2014\n\nDecision 012/2014 Ms Ann Brook and the Chief Constable of the Police Service of Scotland\n\n"
        "Unsolved cases\n\nReference No: 201300123\nDecision Date: 20 January 2014\n\nSummary\n\n"
        "On 3 March 2013, Ms Brook asked the Chief Constable of Fife Constabulary (the Police) for the number of unsolved cases. "
        "Fife Constabulary withheld the information. Following an investigation, the Commissioner found that Fife Constabulary "
        "was entitled to withhold the information.\n\nRelevant statutory provisions\n\n"
        "Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) (General entitlement); 34(1)(a) (Investigations)\n"
    )
    assert record["doc_type"] == "ico_decision"
    assert record["authority_id"] == "police-scotland"


def test_a_scottish_decision_against_an_unlisted_police_body_names_no_force_in_its_place():
    """A decision issued against a joint police board: the force whose report it concerns is named in the
    account, but the board is another body, so the authority is left empty with the name as written."""
    record = parse_notice(
        "Decision 045/2008\n\nDecision 045/2008 Mr Sam Lee and the Eastern Joint Police Board\n\n"
        "Appendices to a report by the Chief Constable of Central Scotland Police\n\nReference No: 200700123\nDecision Date: 7 May 2008\n\n"
        "Summary\n\nMr Lee asked the Eastern Joint Police Board (the Board) for the appendices to a report written by the Chief Constable "
        "of Central Scotland Police. Following an investigation, the Commissioner found that the Board had been entitled to withhold "
        "the information.\n\nRelevant statutory provisions\n\n"
        "Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) (General entitlement); 34(1)(a)(i) (Investigations)\n"
    )
    assert record["doc_type"] == "ico_decision"
    assert record["authority_id"] is None
    assert "authority not recognised: 'Eastern Joint Police Board'" in record["warnings"]


def test_a_list_of_provisions_cut_after_a_bare_number_takes_the_subsection_the_decision_cites():
    """The page stops inside the list, right after "38": the decision's summary names 38(1)(a), so that is
    the provision it ruled on (a list that gives "14 (Vexatious...)" in full keeps its bare number)."""
    decision = (
        "Decision 052/2012 Mr B and the Chief Constable of Strathclyde Police\n\nReference No: 201100123\n\nSummary\n\n"
        "The Commissioner found that only the footage of Mr B was exempt from disclosure under section 38(1)(a) of FOISA.\n\n"
        "Relevant statutory provisions\n\nFreedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) (General entitlement); "
        "34(1)(a)(i) (Investigations); 38"
    )
    assert parse_notice(decision, "https://www.foi.scot/decision-0522012")["exemptions"] == ["s34(1)(a)(i)", "s38(1)(a)"]


def test_an_old_decisions_account_of_what_the_applicant_asked_for_is_not_a_finding():
    """Older decisions open with "Facts", the applicant's asks told first: "he required the figures to be
    provided by area" is what he wanted, not what the Commissioner required; the page stops before the finding."""
    decision = (
        "Decision 150/2006 - Mr Lee and the Chief Constable of Fife Constabulary\n\nApplicant: Mr Lee\n"
        "Authority: Chief Constable of Fife Constabulary\nCase No: 200501234\nDecision Date: 2 October 2006\n\n"
        "Relevant Statutory Provisions and Other Sources\n\nFreedom of Information (Scotland) Act 2002 sections 1(1) (General entitlement); "
        "12(1) (Excessive cost of compliance).\n\nFacts\n\nMr Lee asked Fife Constabulary for the number of dog attacks in each town. "
        "He made it clear that he did not seek the names of owners, but required the information to be provided for each town.\n\n"
        "The Police said that answering would cost more than £600.\n"
    )
    record = parse_notice(decision, "https://www.itspublicknowledge.info/decision-1502006")
    assert record["doc_type"] == "ico_decision"
    assert record["outcome"] is None


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Decision 071/2013 Mr A Smith and the Chief Constable of Grampian Police", "Chief Constable of Grampian Police"),
        # the Commissioner's own pages put a colon after the number
        ("Decision 131/2017: Ms Jane Ash and the Scottish Police Authority", "Scottish Police Authority"),
    ],
)
def test_a_scottish_decisions_title_names_the_authority(title, expected):
    from ncnd.parse.ico import public_authority
    from ncnd.parse.text import Doc

    doc = Doc(f"Home Decisions\n\n{title}\n\nFleet costs\n\nReference No: 201700412\nDecision Date: 14 August 2017\n")
    assert public_authority(doc) == expected
