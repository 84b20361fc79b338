"""NCND wordings and the outcome of a force's response."""

import pytest

from ncnd.parse import parse_notice
from ncnd.parse.split import spaced_row

LETTER = "Freedom of Information Act 2000\nOur Ref: FOI 2024/0001\n\nYou asked:\n1. Do you use IMSI catchers?\n\nResponse:\n{response}\n\nIf you are dissatisfied with this response you may ask for an internal review.\n"


def parse(response):
    return parse_notice(LETTER.format(response=response))


def test_a_letter_run_into_one_line_is_read_whole():
    # a PDF's text layer put the whole letter on one line: the request cue, then the answer
    record = parse_notice(
        "Our Ref: 004436/13 Date 19 August 2013 Dear Mr Jones, Freedom of Information Act 2000 I note you seek access to the following information: "
        "1. A copy of the review. 2. The number of staff. The review itself is withheld under Section 40(2). However, I can confirm the following with regards to Q2: four officers worked on it."
    )
    assert record["outcome"] == "partially_disclosed"


def test_an_answer_stated_before_a_not_held_sentence_is_an_answer_given():
    record = parse_notice(
        "Our Ref: FOI 2024/0002\n\nYou asked:\nQ1. Who approves the watchlist?\nQ2. Please send the radiation risk assessment.\n\nResponse:\n"
        "Q1. An authorising officer approves the composition of each deployment's watchlist. No information is held about passport images.\n"
        "Q2. No information is held, as the cameras emit nothing that would need such an assessment.\n"
    )
    assert record["outcome"] == "partially_disclosed"
    assert record["question_answers"][0]["kinds"][0] == "answered"


def test_ncnd_explained_in_general_is_not_this_answer():
    # an appendix that explains what NCND is, quoting the ICO's guidance, answers nothing
    record = parse(
        "The Information Commissioner's Office guidance titled 'When to refuse to confirm or deny information is held' states: "
        "It can be important to use a neither confirm nor deny response consistently, regardless of whether the information is actually held or not. "
        "A neither confirm nor deny response is more likely to be needed for very specific requests."
    )
    assert record["ncnd"] is None and record["outcome"] is None


def test_the_acts_duties_recited_before_the_answer_are_not_an_answer():
    # a page cut after "the following applies" and the Act's boilerplate shows no outcome yet
    record = parse(
        "For questions 1 and 2 the following applies.\n\nSection 1 of the Freedom of Information Act 2000 (FOIA) places two duties on public authorities. "
        "Unless exemptions apply, the first duty at s1(1)(a) is to confirm or deny whether the information specified in a request is held."
    )
    assert record["outcome"] is None and record["ncnd"] is None


def test_an_earlier_requests_refusal_retold_is_not_this_answer():
    record = parse("Your request is almost the same as your previous request in which we refused under Section 12, and advised you how to narrow it. As you have not")
    assert record["outcome"] is None and record["exemptions"] == []


@pytest.mark.parametrize(
    "response",
    [
        "Kent Police will neither confirm nor deny that information is held.",
        "Kent Police can neither confirm or deny whether it holds the information.",
        "Kent Police neither confirms nor denies that any other information is held.",
        "Kent Police is not obliged to confirm or deny whether it holds the information, by virtue of s.24(2) and s.31(3).",
        "In terms of section 18(1), Police Scotland is not required to reveal whether the information exists or is held.",
        "This is an NCND response under Section 24(2) and Section 31(3).",
        "We cannot confirm or deny whether the information you have requested is held.",
    ],
)
def test_ncnd_wordings(response):
    record = parse(response)
    assert record["ncnd"] is True
    assert record["outcome"] == "ncnd"
    assert record["evidence"]["ncnd"]


def test_an_ncnd_on_any_further_information_with_no_answer_in_sight_is_partial_and_leaves_the_outcome_open():
    # what it adds to (a table, an attachment) is not on the page: the NCND is partial, and the outcome is not known
    record = parse("This request requires the MPS to Neither Confirm Nor Deny whether it holds any further information.")
    assert record["ncnd"] is True and record["ncnd_scope"] == "partial"
    assert record["outcome"] is None
    assert any("any other information" in w for w in record["warnings"])


@pytest.mark.parametrize(
    "response, outcome, ncnd",
    [
        ("I have today decided to disclose the located information to you in full. The figures are attached.", "disclosed", False),
        ("I have today decided to disclose some of the requested information. Some data has been withheld as it is exempt from disclosure.", "partially_disclosed", False),
        ("I can confirm that the information you have requested is not held by Kent Police.", "not_held", False),
        (
            "I can confirm that the information you have requested is not held by Kent Police. Additionally, Kent Police can neither confirm nor deny whether it holds any further information in relation to covert use.",
            "not_held",
            True,
        ),
        (
            "Please find attached the figures. In addition, Kent Police neither confirms nor denies that any other information is held, by virtue of Section 24(2).",
            "partially_disclosed",
            True,
        ),
        ("The information requested is exempt by virtue of Section 31(1)(a) Law Enforcement and is withheld.", "refused", False),
        ("Kent Police is unable to provide this information as the cost of locating it would exceed the appropriate limit under Section 12.", "refused", False),
        ("No clarification was received. Your request has therefore been closed and is treated as withdrawn.", "withdrawn", False),
        # NCND on cost grounds is still neither confirming nor denying
        (
            "Kent Police can neither confirm nor deny that it holds the information, as the cost of establishing whether it is held would exceed the appropriate limit. Section 12(2) of the Act applies.",
            "ncnd",
            True,
        ),
        # not held for overt use, NCND on covert use
        (
            "Kent Police does not use Clearview AI for overt policing, and the information you asked for is therefore not held. In relation to any covert use, Kent Police neither confirms nor denies that it holds information, by virtue of Section 24(2).",
            "not_held",
            True,
        ),
        # answers in a table, and one part withheld under s40(2)
        (
            "Answers to questions 1 and 2 are set out in the table below. The names requested at question 3 are exempt under Section 40(2) (personal information).",
            "partially_disclosed",
            False,
        ),
        # a pointer to published material under s21 is withholding; with the rest disclosed, partial
        (
            "The figures you asked for are attached. The policy is published on our website and is therefore exempt under Section 21 of the Act.",
            "partially_disclosed",
            False,
        ),
        ("This response therefore partly discloses the information you asked for.", "partially_disclosed", False),
        ("The report is attached. Nothing has been redacted.", "disclosed", False),
        # confirming the fact asked about answers it; confirming only that information is held does not
        ("Kent Police can confirm that its custody officers wear body worn video cameras.", "disclosed", False),
        ("I can confirm that the contract is held. However, it is exempt under Section 43(2) and is withheld.", "refused", False),
        # an introduction to the response says nothing about what it gives
        (
            "Please find the Kent Police response set out below. Kent Police does not hold any information about data sharing with Facewatch.",
            "not_held",
            False,
        ),
        # held, and the answers follow with nothing withheld: the information was given
        (
            "I can confirm that Kent Police holds information relevant to your request. There were 212 drone flights in 2023, 14 of them over protests.",
            "disclosed",
            False,
        ),
        # a short figure, then NCND on "any other information": something was given
        ("The force owns 4 drones. Kent Police can neither confirm nor deny that it holds any other information, by virtue of Section 24(2).", "partially_disclosed", True),
        # a cost refusal worded around the format the records are kept in, not "not held"
        (
            "The information is not held in an easily retrievable format. Finding it would mean reading every flight log, which would exceed the appropriate limit.",
            "refused",
            False,
        ),
        ("This request is being refused under Section 12(1). The records are not held in a way that allows them to be searched.", "refused", False),
        # the cost of confirming or denying (s12(2)) is itself an NCND
        (
            "Kent Police estimates that the cost of determining whether it holds the information would exceed the appropriate limit, so Section 12(2) applies.",
            "ncnd",
            True,
        ),
        # a refusal "in full", parts exempt: the rest was given
        ("Your request has been considered and it is not possible to meet your requirements in full. Parts of your request are exempt under Section 31(1)(a).", "partially_disclosed", False),
        ("Kent Police holds some of the information and this is being provided to you. The names are exempt under Section 40(2).", "partially_disclosed", False),
        # an NCND provision cited to withhold what the force says it holds is a refusal, not an NCND
        ("I can confirm that Kent Police does hold some of the information you have requested. However, we are withholding that information as the following exemption applies: Section 40(5) - Personal data.", "refused", False),
        # a vexatious request is refused as a whole: the request's items restated above it are not answers
        ("1. The knife found at the scene\n2. The water bottle found at the scene\nKent Police considers this request vexatious and is refusing it under Section 14(1) of the Act.", "refused", False),
        # a cost refusal with something supplied anyway is a partial disclosure
        ("Answering would exceed the appropriate limit under Section 12. However, as a gesture of goodwill I have supplied the figures already retrieved, attached.", "partially_disclosed", False),
        ("The information is not centrally recorded and would involve an extensive search of our files to find and collate.", "refused", False),
        # records kept so that the figures cannot be pulled out: a cost refusal
        ("The force's files are not configured in such a way that this information is readily retrievable. Each invoice would need to be read by hand.", "refused", False),
    ],
)
def test_outcomes(response, outcome, ncnd):
    record = parse(response)
    assert (record["outcome"], record["ncnd"]) == (outcome, ncnd)
    assert record["evidence"]["outcome"]


@pytest.mark.parametrize(
    "response",
    [
        # general explanations of NCND, and hypotheticals, are not an answer
        "Section 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether the information specified in a request is held.",
        "If we do not hear from you within 20 working days the request will be treated as withdrawn.",
    ],
)
def test_no_answer_is_null(response):
    record = parse(response)
    assert record["outcome"] is None and record["ncnd"] is None


def test_held_without_any_answer_after_it_is_not_a_disclosure():
    record = parse("I can confirm that Kent Police holds information relevant to your request.")
    assert record["outcome"] is None


def test_text_cut_off_before_the_response():
    record = parse_notice("Freedom of Information Act 2000\nOur Ref: 1/24\n\nYou asked:\nPlease list your ANPR cameras.\n\nResponse\n\nKent Police has considered your request. Section 1 of the Act places two duties on public authorities")
    assert record["outcome"] is None and record["ncnd"] is None
    assert "text appears truncated before the response" in record["warnings"]


def test_answers_to_numbered_questions_are_a_disclosure():
    record = parse_notice(
        "Freedom of Information Request\nOur Ref: 5/24\n\nRequest:\n1. How many drones do you own?\n2. What did they cost?\n\nResponse:\n1. The force owns 14 drones.\n2. The drones cost £41,870 in total.\n"
    )
    assert record["outcome"] == "disclosed" and record["ncnd"] is False


def test_ncnd_on_cost_grounds_cites_s12_2():
    record = parse("Kent Police can neither confirm nor deny whether it holds the information, as the cost of establishing whether it is held would exceed the appropriate limit under Section 12(2).")
    assert record["exemptions"] == ["s12(2)"]
    assert record["exemption_details"][0]["role"] == "ncnd"


@pytest.mark.parametrize(
    "line, is_row",
    [
        ("Deaths 1 0 2 0", True),  # a table's row whose column rules the copy lost
        ("Suicides in custody 0 0 0 0 0 0", True),
        ("Year 2015 2016 2017 2018", False),  # its header: years only
        ("Sections 24 31 40", False),  # sections cited, not counts
        ("Questions 2 3 5", False),
        ("Deaths 1 0", False),  # two figures are not yet a table
    ],
)
def test_a_row_of_counts_whose_columns_ran_together(line, is_row):
    assert spaced_row(line) is is_row
