"""Which authority answered, out of every authority a notice names."""

import pytest

from ncnd.parse import parse_notice
from ncnd.parse.authority import lookup


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Chief Constable of Kent Police", "kent-police"),
        ("Commissioner of Police of the Metropolis", "metropolitan-police-service"),
        ("the MPS", "metropolitan-police-service"),
        ("Metropolitan Police Service", "metropolitan-police-service"),
        ("Heddlu Gogledd Cymru", "north-wales-police"),
        ("Heddlu De Cymru", "south-wales-police"),
        ("Heddlu Dyfed-Powys", "dyfed-powys-police"),
        ("Dyfed Powys Police", "dyfed-powys-police"),
        ("Devon & Cornwall Police", "devon-and-cornwall-police"),
        ("Chief Constable of the Police Service of Scotland", "police-scotland"),
        ("Chief Constable of Lancashire Constabulary", "lancashire-constabulary"),
        ("Avon & Somerset Constabulary", "avon-and-somerset-constabulary"),
        ("Loamshire Constabulary", None),
        # a PDF's text layer broke a word of the name
        ("Chief Constable of Av on and Somerset", "avon-and-somerset-constabulary"),
        ("Met ropolitan Police Service", "metropolitan-police-service"),
        ("the met office", None),
    ],
)
def test_lookup(name, expected):
    assert lookup(name) == expected


def parse(text):
    return parse_notice("Freedom of Information Act 2000 request\n" + text)


def test_the_answering_force_outweighs_forces_the_request_mentions():
    record = parse(
        "You asked:\nThe Metropolitan Police and South Wales Police use live facial recognition. Does your force?\n\n"
        "In Response:\nI can confirm that the information you have requested is not held by Northumbria Police."
    )
    assert record["authority_id"] == "northumbria-police"
    assert "Northumbria Police" in record["evidence"]["authority"]


def test_signature_line_names_the_authority():
    record = parse("Request:\nHow many drones do you own?\nResponse:\nWe own 12 drones; the figures are attached.\n\nYours sincerely\n\nFreedom of Information Officer\nCleveland Police")
    assert record["authority_id"] == "cleveland-police"


def test_ico_public_authority_line():
    record = parse_notice(
        "Freedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate: 18 November 2024\n\nPublic Authority: Chief Constable of Kent Police\n"
        "Address: Sutton Road\n\nDecision (including any steps ordered)\n\n1. The Commissioner's decision is that Kent Police was entitled to rely on section 24(2) of FOIA. The Metropolitan Police was not involved.\n"
    )
    assert record["doc_type"] == "ico_decision"
    assert record["authority_id"] == "kent-police"
    assert record["ico"]["public_authority"] == "Chief Constable of Kent Police"


def test_unknown_force_gives_a_warning_not_a_guess():
    record = parse("Request:\nDo you use drones?\nResponse:\nLoamshire Constabulary can neither confirm nor deny that it holds the information.")
    assert record["authority_id"] is None
    assert any("Loamshire Constabulary" in w for w in record["warnings"])


def test_two_forces_in_passing_is_ambiguous():
    record = parse("Request:\nHow do Kent Police and Essex Police share ANPR data?\nResponse:\nThe information is attached.")
    assert record["authority_id"] is None


@pytest.mark.parametrize(
    "link, expected",
    [
        # a path within the page's own site names the force whose pages these are
        ("[Disclosure log](/foi-ai/lancashire-constabulary/disclosure-log/)", "lancashire-constabulary"),
        # a full address may be a related link to another force's site: the path alone says nothing
        ("[Disclosure log](https://www.example.org/foi-ai/lancashire-constabulary/disclosure-log/)", None),
    ],
)
def test_force_slug_counts_only_in_the_sites_own_paths(link, expected):
    record = parse(f"{link}\n\nRequest:\nHow many drones do you own?\n\nResponse:\nThe information is attached.")
    assert record["authority_id"] == expected


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("Our Ref: 07.FOI.22.031977", "metropolitan-police-service"),
        ("Our Ref: IM-FOI-2023-0562", "police-scotland"),
        # a shape several forces use says nothing about who answered
        ("Our Ref: FOI-0733-202324", None),
    ],
)
def test_only_a_distinctive_reference_format_suggests_the_force(reference, expected):
    record = parse(f"{reference}\n\nRequest:\nHow many drones do you own?\n\nResponse:\nThe information is attached.")
    assert record["authority_id"] == expected


def test_the_tail_of_a_known_name_is_not_an_unknown_force():
    record = parse("Request:\nHow many drones do you own?\nResponse:\nHampshire and Isle of Wight Constabulary holds the information; it is attached.")
    assert record["authority_id"] == "hampshire-and-isle-of-wight-constabulary"
    assert not any("not recognised" in w for w in record["warnings"])


@pytest.mark.parametrize(
    "head, expected",
    [
        # a letterhead a PDF's text layer ran into one line: the force that wrote the letter
        ("Force Disclosure Unit Dorset Police HQ Winfrith Dorchester DT2 8DZ Tel 101", "dorset-police"),
        ("CUMBRIA CONSTABULARY Freedom of Information Headquarters Carleton Hall", "cumbria-constabulary"),
        # the same name further down, in a sentence, is only a mention
        # (with another force named as often: when it is the only body named, it is taken as named once)
        ("Dear Sir\n\nThank you for writing.\n\nYou wrote to us.\n\nWe read it.\n\nHere it is.\n\nAs asked, Dorset Police HQ Tel 101 figures and Wiltshire Police HQ figures.", None),
    ],
)
def test_a_letterhead_run_into_one_line_names_the_writer(head, expected):
    record = parse(f"{head}\n\nYour request for information has now been considered and I am not obliged to supply the information.\n\nYou wrote:\nHow many drones do you own?")
    assert record["authority_id"] == expected


def test_a_link_into_another_bodys_pages_does_not_name_the_responder():
    record = parse(
        "Request:\nHow many buildings do you own?\n\nResponse:\nThe table is attached. The withheld locations are exempt under Section 31(1).\n"
        "This exemption and its notes are shown here: https://www.app.college.police.uk/app-content/information-management/foi/\n"
    )
    assert record["authority_id"] is None


def test_a_body_named_at_the_end_of_a_wrapped_line_of_prose_is_not_the_one_answering():
    """A two-column PDF wraps its sentences anywhere: "...in accordance with the Home Office" ending a line of
    prose is not a signature, and the force that "has now considered this request" answered."""
    notice = (
        "Our ref: CM/PA/000829/21\nDear Mr Hunter,\nFREEDOM OF INFORMATION REQUEST\n"
        "I write in response to the above referenced Freedom of Information request submitted\n"
        "on the 23/03/2021, Hampshire Constabulary has now considered this request, which\n"
        "has been repeated below and have responded accordingly.\n"
        "Each year thefts are recorded and classified in line with the rules of the Home Office\n"
        "crime recording standard. Dog thefts are counted under a general code set by the Home Office\n"
        "and cannot be broken down by breed.\n"
    )
    record = parse_notice(notice)
    assert record["authority_id"] == "hampshire-and-isle-of-wight-constabulary"


def test_a_thread_is_answered_by_the_body_it_was_addressed_to():
    """WhatDoTheyKnow sends a request to one body: "Dear Hertfordshire Constabulary," settles who answers
    when a neighbouring force of a joint unit is said to have responded."""
    thread = (
        "Examination of phones\n\nThe request was partially successful.\n\nDear Hertfordshire Constabulary,\n\n"
        "1. Please provide the forms officers use to ask for a phone to be examined.\n\nYours faithfully,\n\nAlex Reed\n\n"
        "Alex Reed left an annotation (4 May 2024)\n\nIt seems Bedfordshire Police has responded to this on behalf of the force I wrote to.\n"
    )
    record = parse_notice(thread)
    assert record["doc_type"] == "wdtk_thread"
    assert record["authority_id"] == "hertfordshire-constabulary"


def test_a_thread_sent_to_a_body_we_do_not_list_is_not_the_forces_it_names():
    """"Dear Loamshire Combined Authority," and a request about a review of Loamshire Police: the site sent
    it to the combined authority, so the force is only what it asks about (null, with a warning)."""
    thread = (
        "Review of the force\n\nDear Loamshire Combined Authority,\n\nLast year consultants were hired by the combined authority "
        "to review West Yorkshire Police.\n\n(1) Please disclose the final report\n(2) Please disclose all drafts\n\n"
        "Yours faithfully,\n\nAlex Reed\n\nLoamshire Combined Authority\n\nThank you for your request.\n"
    )
    record = parse_notice(thread, "https://www.whatdotheyknow.com/request/review_of_the_force")
    assert record["doc_type"] == "wdtk_thread"
    assert record["authority_id"] is None
    assert any("addressed to Loamshire Combined Authority" in w for w in record["warnings"])


def test_a_police_and_crime_commissioner_is_not_the_force_of_the_same_name():
    """"Staffordshire Police and Crime Commissioner" names the commissioner (now the Police, Fire and Crime
    Commissioner), a body of its own: the force is not named."""
    record = parse_notice(
        "Our Ref: FOI 2019/77\n\nDear Ms Lee,\n\nThank you for your request under the Freedom of Information Act.\n\n"
        "Response:\nThe Staffordshire Police and Crime Commissioner holds the information, which is attached.\n\n"
        "Yours sincerely\nStaffordshire Police and Crime Commissioner\n"
    )
    assert record["authority_id"] == "staffordshire-police-fire-and-crime-commissioner"


def test_a_police_authority_is_not_the_force_it_oversaw():
    """"Loamshire Police Authority" (the body over a force before 2012; the City of London Corporation as
    police authority today) answers for itself: with no other body named, the authority is unknown."""
    record = parse_notice(
        "CCTV figures\n\nDear City of London Police Authority,\n\nPlease give the number of thefts solved with CCTV in 2020.\n\n"
        "Yours faithfully,\n\nSam Lee\n\nInformation Officer, City of London Police Authority\n\nDear Sam Lee,\n\n"
        "The Corporation confirms that it does not hold the information that you have requested.\n",
        "https://www.whatdotheyknow.com/request/cctv_figures",
    )
    assert record["authority_id"] is None


def test_the_civil_nuclear_police_authority_answers_for_the_constabulary():
    record = parse(
        "Ref: FOI 2009-038\n\nDear Mr Lee,\n\nThe following information is found in the Civil Nuclear Police Authority annual report.\n\n"
        "Yours sincerely\n\nCivil Nuclear Police Authority\n"
    )
    assert record["authority_id"] == "civil-nuclear-constabulary"


def test_a_short_name_with_capitals_is_found_in_a_heading_set_in_capitals():
    """"West Mercia PCC" is matched case for case (a lower-case "pcc" is not a name), and so is the same name in
    a heading set in capitals: the commissioner's log, though its requester writes of the force."""
    record = parse_notice(
        "WEST MERCIA PCC: DISCLOSURE LOG\n\nRESPONSE TO REQUEST\nReference: 2022 – 101 / WE1234\n\nRequest\n\n"
        "1. How many complaints made to West Mercia Police were referred to your office for review?\n\n"
        "Response\n\nFor question 1, please see data below.\n\n| Period | Reviews |\n| 2021/22 | 77 |\n\nShould you have any West Mercia Police questions, contact the force.\n"
    )
    assert record["authority_id"] == "west-mercia-police-and-crime-commissioner"


def test_a_short_capitalised_name_is_not_read_in_a_heading_set_in_capitals():
    """"the Met" is matched as written; "THE MET OFFICE" in capitals is the weather, not the force."""
    record = parse_notice("THE MET OFFICE FORECAST\n\nFreedom of Information request\nPlease give the forecast for May.\n")
    assert record["authority_id"] is None


def test_a_decisions_authority_line_naming_a_police_authority_is_not_the_force():
    record = parse_notice(
        "Freedom of Information Act 2000 (FOIA)\nDecision notice\nDate: 3 May 2010\nPublic Authority: Lancashire Police Authority\n"
        "Address: County Hall\n\nSummary\nThe complainant asked the public authority for the minutes of its meetings. "
        "The Commissioner's decision is that the public authority was entitled to withhold them.\n"
    )
    assert record["authority_id"] is None
