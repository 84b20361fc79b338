"""What a careful reader takes from answers given per question, in tables, and from ICO rulings that
the first parser rules missed: each rule on a small notice of its own."""

import pytest

from ncnd.parse import parse_notice

LETTER = (
    "Lancashire Constabulary\n\nOur Ref: {ref}\n{date_line}\n\nDear Requester\n\n"
    "Thank you for your request, in which you asked:\n\n"
    "1. How many drones does the force own?\n2. Does the force use counter-drone equipment?\n\n"
    "{heading}{answer}\n\n"
    "If you are unhappy with this response you may ask for an internal review.\n\nYours sincerely\nLancashire Constabulary\n"
)


def letter(answer, ref="FOI 2025/0877", date_line="Date: 12 March 2025", heading="Response\n\n"):
    return LETTER.format(ref=ref, date_line=date_line, heading=heading, answer=answer)


ICO = (
    "Reference: IC-402211-K9P3\n\nFreedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate: 2 June 2025\n\n"
    "Public Authority: Chief Constable of Lancashire Constabulary\n\nDecision (including any steps ordered)\n\n"
    "1. The complainant asked for drone flight logs. {decision}\n\n{steps}\n\nReasons for decision\n\n{reasons}\n"
)

CASES = [
    # a document sent "redacted" is a partial disclosure
    (
        letter("Please see attached document entitled 'Emails redacted' which includes the messages the unit sent."),
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    # held, and "deemed unsuitable for disclosure": refused
    (
        letter(
            "I can advise that the information is held in relation to the number of officers on duty that night; however, this "
            "information has been deemed unsuitable for disclosure.\nWhen refusing to provide information, section 17 of the Act "
            "requires a notice which: (a) states that fact,"
        ),
        {"outcome": "refused", "ncnd": False},
    ),
    # "I have listed the total number of..." gives the figures; "I have set out the reasons" would not
    (
        letter("I have listed the total number of drones the force has bought each year:\n\n2019 - 3 drones, all fixed wing.\n\n2020 - 5 drones, two of them rotary."),
        {"outcome": "disclosed", "ncnd": False},
    ),
    # an answer cut off after "will not b" gives nothing: with the other question refused, the request is refused
    (
        letter(
            "I can confirm that the information you have requested is held by Lancashire Constabulary, however will not be "
            "disclosed as the following exemptions apply.\n\n1. As the information is accessible by other means I will rely on "
            "Section 21 of the Freedom of Information Act 2000.\n\n2. The information requested at this point will not b"
        ),
        {"outcome": "refused", "ncnd": False},
    ),
    # the provisions listed question by question under an NCND ("Question 2 - S24(2) National Security") are
    # not answers to those questions
    (
        letter(
            "Lancashire Constabulary neither confirms nor denies that it holds information relevant to this request by virtue "
            "of the following exemptions:\nQuestion 1 - S31(3) Law Enforcement\nQuestion 2 - S24(2) National Security"
        ),
        {"outcome": "ncnd", "ncnd": True, "ncnd_scope": "full"},
    ),
    # counts given as "label = figure" lines under the restated questions: figures given
    (
        letter("I will answer each question in the order asked.\n(1) the number of drones owned\nFixed wing = 3\nRotary = 11"),
        {"outcome": "disclosed", "ncnd": False},
    ),
    # the force explaining the table it has just given ("The table above splits...") has disclosed it, even where
    # the page lost the table's cells
    (
        letter("Total\n\nUnder 16\n\n17-18\n\nOver 18\n\nThe table above splits the offences into age ranges of the victim."),
        {"outcome": "disclosed", "ncnd": False},
    ),
    # what the records show was none is an answer given: "...indicates that ... no allegations ... were made"
    (
        letter(
            "The information held by the Professional Standards Department indicates that during the period in your "
            "request no allegations of misuse of force computers were made."
        ),
        {"outcome": "disclosed", "ncnd": False},
    ),
    # an answer under "Question n:" gives what was asked, so with an NCND on the rest it is a partial disclosure
    (
        letter(
            "Question 1: The force owns eleven drones.\n\n"
            "Question 2: Lancashire Constabulary neither confirms nor denies that it holds this information, "
            "by virtue of section 24(2) and section 31(3)."
        ),
        {"outcome": "partially_disclosed", "ncnd": True, "exemptions": ["s24(2)", "s31(3)"]},
    ),
    # figures given in prose, then an NCND on "any other information": the rest was answered
    (
        letter(
            "During 2024 the drone unit flew 640 missions, most of them searches for missing people.\n\n"
            "Lancashire Constabulary can neither confirm nor deny that it holds any other information relevant to "
            "your request, by virtue of section 31(3)."
        ),
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    # a table of counts is an answer given, even with no sentence announcing it
    (
        letter("| Year | Drones | Flights |\n\n| 2023 | 9 | 512 |\n\n| 2024 | 11 | 640 |"),
        {"outcome": "disclosed", "ncnd": False},
    ),
    # counts "carried out as follows", one part not held, one withheld: some of it was given
    (
        letter(
            "Flights were carried out as follows:\n\n2023: 512\n\n2024: 640\n\n"
            "The make of any counter-drone equipment is exempt under section 31(1)(a). The cost of training is not held."
        ),
        {"outcome": "partially_disclosed", "exemptions": ["s31(1)(a)"]},
    ),
    # exemptions given only in a table's section column ("43(2)" with no "Section" before it)
    (
        letter(
            "The count is 11. The cost is withheld; see the table.\n\n"
            "| Question | Section of the Act | Exemption |\n|---|---|---|\n| 1 | 43(2) | Commercial interests |\n"
            "| 2 | 31(3) | Law enforcement |"
        ),
        {"exemptions": ["s31(3)", "s43(2)"]},
    ),
    # an internal review's "Outcome of the review" heading opens the response
    (
        letter(
            "Question 1: The force owns eleven drones. This figure should have been given at first.\n\n"
            "Question 2: I uphold the original decision that section 12(1) applies to this question.",
            heading="Outcome of the review\n\n",
        ),
        {"outcome": "partially_disclosed", "exemptions": ["s12(1)"]},
    ),
    # a date after a weekday, an ISO date after "Response sent:", a two-word reference prefix
    (letter("Question 1: Eleven.", date_line="Wednesday 12th March 2025"), {"date": "2025-03-12"}),
    (letter("Question 1: Eleven.", date_line="Response sent: 2025-03-12"), {"date": "2025-03-12"}),
    (letter("Question 1: Eleven.", ref="LC FOI 2025/0877"), {"reference": "LC FOI 2025/0877"}),
    # a page title with its reference and then the site's name
    (
        "Drone flights (4410_25) - Lancashire Constabulary Freedom of Information\n\nRequest\n\n"
        "How many drone flights were there in 2024?\n\nResponse\n\nThere were 640 flights in 2024.\n",
        {"reference": "4410_25"},
    ),
    # ICO: not held on the balance of probabilities is the authority's answer upheld
    (
        ICO.format(
            decision="The Commissioner's decision is that, on the balance of probabilities, the Constabulary does not hold the logs.",
            steps="2. The Commissioner does not require the public authority to take any steps.",
            reasons="3. The Constabulary searched its flight records.",
        ),
        {"outcome": "ico_upheld_authority", "exemptions": []},
    ),
    # ICO: cost limit upheld but the duty to advise and assist breached, with a step: partly
    (
        ICO.format(
            decision="The Commissioner's decision is that the Constabulary was entitled to rely on section 12(1). "
            "However, it did not provide adequate advice and assistance and so breached section 16(1).",
            steps="2. The Commissioner requires the Constabulary to take the following steps:\n\n- Provide advice and assistance.",
            reasons="3. Section 12(1) is engaged.",
        ),
        {"outcome": "ico_partly", "exemptions": ["s12(1)"]},
    ),
    # ICO: "neither section X nor section Y is engaged" rules both out
    (
        ICO.format(
            decision="The Constabulary refused to confirm or deny under sections 24(2) and 31(3). "
            "The Commissioner's decision is that neither section 24(2) nor section 31(3) is engaged.",
            steps="2. The Commissioner requires the Constabulary to confirm or deny whether it holds the logs.",
            reasons="3. The flights had been publicised.",
        ),
        {"outcome": "ico_upheld_complainant"},
    ),
    # ICO: the matters "mentioned in section 31(1)" explain s31(3) and are not relied on
    (
        ICO.format(
            decision="The Constabulary relied on section 31(3). The Commissioner's decision is that it was entitled to do so.",
            steps="2. No steps are required.",
            reasons="3. Section 31(3) removes the duty where confirming or denying would prejudice any of the matters "
            "mentioned in section 31(1).",
        ),
        {"exemptions": ["s31(3)"]},
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rule(text, expected):
    record = parse_notice(text)
    got = {key: record[key] for key in expected}
    assert got == expected, record["warnings"]


def test_ico_request_lead_in_wrapping_over_two_lines():
    text = ICO.format(
        decision="The Commissioner's decision is that the Constabulary was entitled to rely on section 31(3).",
        steps="2. No steps are required.",
        reasons="Request and response\n\n4. On 3 April 2025, the complainant wrote to the Constabulary and requested\n"
        "information in the following terms:\n\n\"How many drone flights were made in 2024?\"\n\n"
        "5. The Constabulary responded on 1 May 2025.",
    )
    record = parse_notice(text)
    assert [q["text"] for q in record["questions"]] == ["How many drone flights were made in 2024?"]

