"""Section citations and which of them an authority relied on."""

import pytest

from ncnd.parse import parse_notice
from ncnd.parse.sections import citation_ids, find_citations, sort_key, trim_to_known


def ids(text):
    return [i for c in find_citations(text) for i in c.ids]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Section 24(2) National Security", ["s24(2)"]),
        ("Adran 24(2) – Diogelwch Gwladol", ["s24(2)"]),
        ("adrannau 24(2) a 31(3)", ["s24(2)", "s31(3)"]),
        ("S31(1)(a) – Law Enforcement", ["s31(1)(a)"]),
        # a postcode in a letter head is not a section
        ("Churchill Way\nSheffield\nS35 2PY", []),
        ("S24(1) - National Security", ["s24(1)"]),
        ("sections 24(2) & 31(3)", ["s24(2)", "s31(3)"]),
        ("Section 40(2)&(3) - Personal Information", ["s40(2)", "s40(3)"]),
        ("Section 31(1)(a)(b) - Law Enforcement", ["s31(1)(a)", "s31(1)(b)"]),
        ("Section 31(1)(a)&(b) – Law Enforcement", ["s31(1)(a)", "s31(1)(b)"]),
        ("s.30(3) Investigations and Proceedings", ["s30(3)"]),
        ("Sections 23(5), 24(2), 30(3), 31(3) and 40(5)", ["s23(5)", "s24(2)", "s30(3)", "s31(3)", "s40(5)"]),
        ("citing sections 24(2) (national security) and 31(3) (law enforcement) of FOIA", ["s24(2)", "s31(3)"]),
        # a title longer than most, in a law report's summary
        ("citing sections 23(5) (information supplied by, or relating to, bodies dealing with security matters), 24(2) (national security) and 40(5) (personal information)", ["s23(5)", "s24(2)", "s40(5)"]),
        ("Sections 24 and 31 are prejudice based qualified exemptions", ["s24", "s31"]),
        ("Section 24 – National Security", ["s24"]),
        ("relying on section 31(1)(a) and (b) to withhold the camera locations", ["s31(1)(a)", "s31(1)(b)"]),
        ("Section 40(2)(a)(b) and (3)(a)(i)(ii)(b) Personal information", ["s40(2)(a)", "s40(2)(b)", "s40(3)(a)(i)", "s40(3)(a)(ii)", "s40(3)(b)"]),
        ("ss. 24 and 31", ["s24", "s31"]),
        ("Sec. 12 of the Act", ["s12"]),
        ("section 22A(1)", ["s22A(1)"]),
        # a word run onto the number is not a letter of the section
        ("exempt by virtue of Section 40of FOIA", ["s40"]),
        ("section 40(3A) of FOIA", ["s40(3A)"]),
        ("Section 35(1)(a)&(b) - Law Enforcement", ["s35(1)(a)", "s35(1)(b)"]),
        # spaces between the brackets, as older letters write them
        ("Section 31(1) (a) (b) - Law Enforcement", ["s31(1)(a)", "s31(1)(b)"]),
        ("Section 31 (1) (a) (c) Law Enforcement", ["s31(1)(a)", "s31(1)(c)"]),
        ("Section 24 (1) National Security", ["s24(1)"]),
        ("Sections 23 (5) and 30 (3)", ["s23(5)", "s30(3)"]),
        # not citations at all
        ("Kent Police's 24 cameras", []),
        ("Figures 24 and 31 show", []),
        ("Buses 12 and 14", []),
    ],
)
def test_citation_ids(text, expected):
    assert ids(text) == expected


def test_citation_ids_of_one_citation_keep_order():
    assert citation_ids("Section 43(2) & 31(1)(a)") == ["s43(2)", "s31(1)(a)"]


@pytest.mark.parametrize(
    "ident, expected",
    [("s40(2)(a)", "s40(2)"), ("s31(1)(a)", "s31(1)(a)"), ("s24", "s24"), ("s99(1)", None)],
)
def test_trim_to_known(ident, expected):
    assert trim_to_known(ident, {"s24", "s31(1)(a)", "s40(2)", "s40"}) == expected


def test_sort_key_orders_by_section_number_then_id():
    assert sorted(["s40(2)", "s24(2)", "s12", "s31(3)", "s31(1)(a)", "s23(5)"], key=sort_key) == [
        "s12", "s23(5)", "s24(2)", "s31(1)(a)", "s31(3)", "s40(2)",
    ]  # fmt: skip


LETTER = """Freedom of Information Act 2000 request
Date: 3 March 2024
Request:
{request}
Response:
{response}
"""


def relied(request, response):
    return parse_notice(LETTER.format(request=request, response=response))["exemptions"]


@pytest.mark.parametrize(
    "request_text, response_text, expected",
    [
        # s1(1)(a) and s17 are procedural; the exemptions are listed after the NCND statement
        (
            "Please tell me whether you use IMSI catchers.",
            "Kent Police will neither confirm nor deny that information is held as the duty in Section 1(1)(a) does not apply by virtue of the following exemptions:\nSection 23(5) Information supplied by security bodies\nSection 24(2) National Security\nThis response serves as a Refusal Notice under Section 17 of the Act.",
            ["s23(5)", "s24(2)"],
        ),
        # section 12 mentioned by the requester is not relied on
        (
            "Please provide your ANPR policy. If the request would fall foul of section 12, please advise me how to narrow it.",
            "Kent Police can confirm that the information is attached.",
            [],
        ),
        # a hypothetical in advice and assistance is not reliance
        (
            "Please list every ANPR camera site.",
            "Kent Police is unable to provide this information as it is exempt under Section 12 of the Act because the cost would exceed the appropriate limit.\nPlease be aware that camera locations are unlikely to be disclosed, as this information is generally considered exempt under Section 31 (Law Enforcement).",
            ["s12"],
        ),
        # sections of other Acts
        (
            "How many stop and search encounters took place?",
            "Kent Police can confirm that 120 searches under section 60 of the Criminal Justice and Public Order Act 1994 and 3 under section 44 of the Terrorism Act took place. The figures are attached.",
            [],
        ),
        # a bare section number stands for itself only when no subsection of it is cited
        (
            "Do you use Clearview AI?",
            "Kent Police neither confirms nor denies that it holds the information by virtue of Section 24(2) and Section 31(3).\nSections 24 and 31 are qualified exemptions.",
            ["s24(2)", "s31(3)"],
        ),
        # s40(3) is a condition of s40(2), not an exemption of its own
        (
            "Please provide the names of the officers.",
            "Some information has been withheld under Section 40(2)&(3) - Personal Information.",
            ["s40(2)"],
        ),
        # advice about a refined request: the force would consider a section, it does not rely on it
        (
            "Please list every drone flight since 2019.",
            "The cost of complying would exceed the appropriate limit under Section 12(1). If you narrowed the request to the number of flights, the force may then consider whether Section 31 applied to the flight locations.",
            ["s12(1)"],
        ),
        # a section the authority finds does not apply is not relied on
        (
            "Please provide the contract.",
            "The contract is attached. Section 43(2) does not apply, as the contract has already been published by the supplier.",
            [],
        ),
        # a subsection named as the list of matters another one protects is explained, not relied on
        (
            "Do you use IMSI catchers?",
            "Kent Police neither confirms nor denies that it holds the information, by virtue of Section 31(3). Section 31(3) applies where confirming or denying would prejudice any of the purposes set out in section 31(1), such as the apprehension of offenders.",
            ["s31(3)"],
        ),
        # a pointer to published material is reliance on s21
        (
            "Please provide your drone policy and the number of drones.",
            "The force owns eight drones. The drone policy is published on our website and is therefore exempt under Section 21(1).",
            ["s21(1)"],
        ),
    ],
)
def test_relied_on_versus_mentioned(request_text, response_text, expected):
    assert relied(request_text, response_text) == expected


def test_roles_follow_ncnd_context():
    record = parse_notice(
        LETTER.format(
            request="1. How many drones do you own?\n2. Do you use them covertly?",
            response="I have today decided to disclose some of the requested information. The make and model are exempt by virtue of Section 31(1)(a) Law Enforcement.\n\nIn addition, Kent Police will neither confirm nor deny whether it holds any other information, by virtue of:\nSection 24(2) National Security",
        )
    )
    assert record["exemption_details"][0]["id"] == "s24(2)" and record["exemption_details"][0]["role"] == "ncnd"
    assert record["exemption_details"][1]["id"] == "s31(1)(a)" and record["exemption_details"][1]["role"] == "withholding"


def test_foisa_sections_are_kept_as_written_with_a_warning():
    record = parse_notice(
        "Our Ref: IM-FOI-2024-0001\nFreedom of Information (Scotland) Act 2002\n\nYour request is replicated below.\n"
        "1. How many cyber kiosks do you have?\n\nIn response to question 1, the number is exempt from disclosure in terms of the Act. The following exemption applies:\n"
        "Section 35(1)(a)&(b) - Law Enforcement\n"
    )
    assert record["exemptions"] == ["s35(1)(a)", "s35(1)(b)"]
    assert any("FOISA" in w for w in record["warnings"])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("by virtue of the following exemptions:\n\n24(2) \u2013 National Security\n\n31(3) - Law Enforcement\n", ["s24(2)", "s31(3)"]),
        ("40(2) - Personal information", ["s40(2)"]),
        ("12(2) - 2024 figures", []),  # not a section's title
        ("31(1)(a) - 17 cameras", []),
        ("1. Yes, 24 officers", []),
        # a decision's list of what the authority cited, the titles in brackets
        ("cited the following sections of the FOIA:\n24(2) (national security)\n31(3) (prejudice to law enforcement)\n", ["s24(2)", "s31(3)"]),
        ("12(2) (2024 figures)", []),
        ("31(3) (see the table below)", []),
    ],
)
def test_bare_list_items_count_only_with_their_own_title(text, expected):
    from ncnd.parse.exemptions import _section_titles
    from ncnd.parse.sections import bare_list_citations

    found = [i for c in bare_list_citations(text.replace("\u2013", "-"), _section_titles(False)) for i in c.ids]
    assert found == expected
