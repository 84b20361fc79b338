"""Layouts of notices: where the request and the answer are, and what is not part of either.

Each case is a short notice written for the test in the shape of a real layout: interleaved questions
and answers, internal reviews, WhatDoTheyKnow threads with several messages, letters whose response
opens with "Response -", sidebars of related links, pages flattened into a layout table.
"""

import pytest

from ncnd.parse import parse_notice
from ncnd.parse.phrases import pattern


def numbered(record):
    return [(q["number"], q["text"]) for q in record["questions"]]


# --- Questions interleaved with their answers -----------------------------------------------------

INTERLEAVED_HEADINGS = """Freedom of Information Act 2000
Reference: F-2024-00412

Request 1
How many drones does the force own?

Answer 1
Your request has now been considered. The force owns six drones.

Request 2
Please provide the drone flight manual.

Answer 2
The flight manual is exempt under Section 31(1)(a) of the Act (Law Enforcement).

If you have any queries regarding your request please contact us.
"""

INTERLEAVED_NUMBERS = """Freedom of Information (Scotland) Act 2002
Our Ref: IM-FOI-2023-0999

Your request is replicated below together with the response.

1. How many body worn cameras were issued in 2023?

A total of 1,204 body worn cameras were issued in 2023.

2. Please provide the supplier contract.

I can confirm that the contract is not held by Police Scotland, as the cameras are bought through a national framework.

If you are dissatisfied with the way in which Police Scotland has dealt with your request, you may request a review.
"""


@pytest.mark.parametrize(
    "text, questions, outcome",
    [
        (INTERLEAVED_HEADINGS, [("1", "How many drones does the force own?"), ("2", "Please provide the drone flight manual.")], "partially_disclosed"),
        (
            INTERLEAVED_NUMBERS,
            [("1", "How many body worn cameras were issued in 2023?"), ("2", "Please provide the supplier contract.")],
            "partially_disclosed",
        ),
    ],
)
def test_interleaved_questions_and_answers(text, questions, outcome):
    record = parse_notice(text)
    assert numbered(record) == questions
    assert record["outcome"] == outcome
    assert record["ncnd"] is False


def test_a_response_restating_every_question_is_not_interleaved():
    record = parse_notice(
        "Freedom of Information Act 2000\nOur Ref: 12/24\n\nYou asked:\n1. How many drones do you own?\n2. What did they cost?\n\n"
        "Response:\n1. How many drones do you own?\nThe force owns 4 drones.\n2. What did they cost?\nThey cost £12,000.\n"
    )
    assert numbered(record) == [("1", "How many drones do you own?"), ("2", "What did they cost?")]
    assert record["outcome"] == "disclosed"


def test_a_request_with_an_explanation_between_items_is_not_interleaved():
    record = parse_notice(
        "Freedom of Information Act 2000\nOur Ref: 13/24\n\nRequest:\n1. Please list your ANPR camera sites.\nBy sites I mean fixed cameras only.\n"
        "2. How long is ANPR data kept?\n\nResponse:\nThe information is attached.\n"
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2"]


# --- Internal reviews -------------------------------------------------------------------------------

REVIEW = """Loamshire Constabulary (test)
FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW

Our Ref: IR/2024/0077
Date: 4th March 2024

Your request

1. Please provide the contract with the supplier of your drone fleet.

Original response

On 2nd February 2024 the force refused the request, relying on Section 43(2) (Commercial Interests).

Review findings

{findings}

If you remain dissatisfied you may apply to the Information Commissioner.
"""


@pytest.mark.parametrize(
    "findings, outcome, exemptions",
    [
        # overturned: the original refusal no longer stands; the position after the review counts
        (
            "The contract has been published by the supplier, so Section 43(2) is not engaged. I have decided to overturn the original decision. The contract is attached. Nothing has been redacted.",
            "disclosed",
            [],
        ),
        # upheld: what the original response relied on is still the position
        ("I am satisfied that the original response was correct. The original response is therefore upheld.", "refused", ["s43(2)"]),
    ],
)
def test_the_position_after_an_internal_review_counts(findings, outcome, exemptions):
    record = parse_notice(REVIEW.format(findings=findings))
    assert record["outcome"] == outcome
    assert record["exemptions"] == exemptions


# --- Response openings ------------------------------------------------------------------------------


def test_response_label_with_a_dash_and_the_blind_to_identity_paragraph_start_the_response():
    record = parse_notice(
        "Our Ref: FOI2023/01188\n\nREQUEST UNDER THE FREEDOM OF INFORMATION ACT 2000\n\n"
        "I note you seek access to the following information:\n\n"
        "Please tell me whether the force uses covert cameras at football grounds.\n\n"
        "I am required by the Freedom of Information Act 2000 (The Act) to handle all requests in a manner that is blind to the identity of the requestor.\n\n"
        "Response - Bedfordshire Police neither confirms nor denies that it holds information relevant to your request, by virtue of the following exemption;\n\n"
        "Section 31(1) (a) (b) - Law Enforcement\n"
    )
    assert numbered(record) == [(None, "Please tell me whether the force uses covert cameras at football grounds.")]
    assert (record["outcome"], record["ncnd"]) == ("ncnd", True)
    assert record["exemptions"] == ["s31(1)(a)", "s31(1)(b)"]


def test_a_section_only_mentioned_as_advice_over_a_line_break_is_not_relied_on():
    record = parse_notice(
        "Freedom of Information Act 2000\nOur ref: HC/000101/23\n\nYou asked:\nPlease list every ANPR camera site.\n\n"
        "Response:\nThe cost of complying would exceed the appropriate limit, so the force is not obliged to comply by virtue\n"
        "of Section 12(1) of the Act. If you refined your request to camera numbers only, the force would need to consider whether\n"
        "Section 31 (Law Enforcement) applied to that information.\n"
    )
    assert record["exemptions"] == ["s12(1)"]
    assert record["outcome"] == "refused"


# --- WhatDoTheyKnow threads ----------------------------------------------------------------------------

THREAD = """# Drone flights over protests - a Freedom of Information request to Avon and Somerset Constabulary - WhatDoTheyKnow

Jo Bright made this Freedom of Information request to Avon and Somerset Constabulary

Jo Bright 3 March 2025

Dear Avon and Somerset Constabulary,

1. How many drone flights were made over protests in Bristol in 2024?

2. Please provide the flight logs.

Freedom of Information Team, Avon and Somerset Constabulary 4 March 2025

Thank you for your request, which has been logged under reference 2025-0311. You should receive a response within 20 working days.

Freedom of Information Team, Avon and Somerset Constabulary 28 March 2025

Dear Jo Bright

1. The force made 17 drone flights over protests in Bristol in 2024.

2. The flight logs are exempt under Section 31(1)(a) of the Act, as they would show the coverage of the force's aircraft.

Jo Bright 30 March 2025

Dear Avon and Somerset Constabulary,

Please pass this on to the person who conducts Freedom of Information reviews. I do not accept that Section 24(1) could apply to the logs, and I note that facial recognition is not mentioned.

## Things to do with this request

- Add an annotation

## Similar requests

- Ring doorbell footage requests
- Body worn video retention
"""


def test_thread_reply_is_the_authoritys_substantive_message():
    record = parse_notice(THREAD)
    assert record["doc_type"] == "wdtk_thread"
    assert numbered(record) == [
        ("1", "How many drone flights were made over protests in Bristol in 2024?"),
        ("2", "Please provide the flight logs."),
    ]
    assert record["outcome"] == "partially_disclosed"
    # the requester's later message (a review request) is not the authority relying on s24(1)
    assert record["exemptions"] == ["s31(1)(a)"]
    # the sidebars name other requests, and the follow-up is the requester's own words
    assert "ring_doorbell" not in record["technologies"] and "body_worn_video" not in record["technologies"]
    assert record["reference"] == "2025-0311"


def test_quoted_request_lines_in_a_reply_are_not_the_answer():
    record = parse_notice(
        "Sam Cole made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\nPlease provide any policy on drones. If none is held, say whether it is withheld under section 24.\n\n"
        "Yours faithfully,\n\nSam Cole\n\nDear Mr Cole\n\nYour request read:\n\n> Please provide any policy on drones.\n> If none is held, say whether it is\n> withheld under section 24.\n\n"
        "Please find attached the drone policy.\n\nYours sincerely\n\nKent Police\n"
    )
    assert record["outcome"] == "disclosed"
    assert record["exemptions"] == []


# --- Page furniture -----------------------------------------------------------------------------------


def test_related_links_do_not_name_technologies():
    record = parse_notice(
        "Freedom of Information Act 2000\nReference: 2024/0101\n\nRequest:\nHow many body worn video cameras do you have?\n\n"
        "Response:\nThe force has 900 body worn video cameras.\n\nRelated links\n- Use of drones at public events\n- Facial recognition deployments\n"
    )
    assert record["technologies"] == ["body_worn_video"]


def test_a_page_flattened_into_one_table_row_is_read_as_fields():
    cells = (
        "| **Freedom of Information** [Disclosure Log](/foi/log.aspx) | Disclosure Log | | | | --- | --- | | **FOI Ref:** | 2019-0071 | | "
        "**Date received:** | 03.01.2019 | | **Date responded:** | 29.01.2019 | **Request:** Please provide any contract held by the force with the supplier of its ANPR cameras. "
        "**Response:** Devon and Cornwall Police does not hold the information you have requested, as its ANPR cameras are supplied under a national framework. "
        "This letter acts as a refusal notice under Section 17 of the Act. |"
    )
    record = parse_notice("# Devon and Cornwall Police - Disclosure Log\n\n" + cells + "\n")
    assert record["reference"] == "2019-0071"
    assert record["date"] == "2019-01-29"
    assert numbered(record) == [(None, "Please provide any contract held by the force with the supplier of its ANPR cameras.")]
    assert record["outcome"] == "not_held"


def test_a_request_line_ending_in_a_date_is_not_a_message_header():
    record = parse_notice(
        "Alex Moor made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\n"
        "1. Please provide ANPR read counts for the period 1 April 2023 to 31 March 2024\n"
        "2. Please provide the number of ANPR cameras.\n\nYours faithfully,\n\nAlex Moor\n\n"
        "Kent Police 2 May 2024\n\nDear Alex Moor\n\nThe information is attached.\n"
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2"]
    assert record["outcome"] == "disclosed"


def test_a_reply_opening_with_a_receipt_is_not_an_acknowledgement():
    record = parse_notice(
        "Lee Hart made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\nHow many drones do you own?\n\nYours faithfully,\n\nLee Hart\n\n"
        "Kent Police 2 May 2024\n\nYour request has been received and considered. The figures you asked for are attached.\n"
    )
    assert record["outcome"] == "disclosed"


def test_our_response_is_provided_below_opens_the_response():
    """"...our response is provided below;" ends the request, also on a line wrapped from the one before: the
    refusal under it is the answer's, not the requester's words."""
    record = parse_notice(
        "Re: Notice of Intended Prosecution\nPlease provide a copy of the photographs the notice is based on.\n"
        "Please treat this request under Section 1 of the Freedom of Information Act 2000.\n"
        "In accordance with section 1(1) (b) of the Freedom of\nInformation Act our response is provided below;\n"
        "Photographs: I have now considered this part of your request and\nI am not obliged to provide this information.\n"
    )
    assert "not obliged" in record["response_text"] and "Please provide a copy" not in record["response_text"]
    assert "Please provide a copy" in (record["request_text"] or "")



def test_a_request_asking_the_force_to_say_if_it_does_not_have_something_is_not_the_forces_answer():
    # "Please state clearly if the force does not..." is the requester's, not the force saying what it does
    cues = pattern("response_cues")
    assert not cues.search("Please state clearly if the force does not police any rural areas, but give the rest of the figures.")
    assert cues.search("The force does not hold information on thefts of farm machinery.")
