"""Cleaning removes what is not the notice and rejoins what page furniture split."""

from ncnd.clean import clean
from ncnd.ingest import ingest

from .conftest import CORPUS, SEED_000


def test_seed_000_footer_is_removed_and_the_split_sentence_rejoined():
    original = SEED_000.read_text(encoding="utf-8")
    assert original.count("In an emergency call") == 4
    cleaned = clean(original)
    assert "This would be to the detriment of providing an efficient policing service" in cleaned
    assert "Her Majesty's Inspectorate of Constabulary, the Independent Police Complaints Commission" in cleaned
    # The furniture is kept once, at the end, so nothing it said is lost.
    assert cleaned.count("In an emergency call") == 1
    assert cleaned.rstrip().endswith("Fighting crime, protecting people")


def test_web_chrome_lines_are_removed_from_text_copies():
    cleaned = clean(ingest(CORPUS / "002_927cc23e3b5a4c43.txt").text)
    assert "cookie" not in cleaned.lower()
    assert "Leave this site" not in cleaned
    assert "This site is a beta" not in cleaned
    assert "technical problem" not in cleaned
    assert cleaned.startswith("Please provide the following information")


def test_pdf_page_break_mid_sentence_is_rejoined():
    text = "15. ... the confirmation or denial must be provided if the public interest in\n\nthe maintenance of the exemption does not outweigh it."
    assert "public interest in the maintenance of the exemption" in clean(text)


def test_paragraphs_that_end_properly_are_not_joined():
    text = "Harm\n\nconfirming would show criminals the capabilities.\n\nThe threat from terrorism cannot be ignored."
    assert clean(text).rstrip().split("\n\n") == ["Harm", "confirming would show criminals the capabilities.", "The threat from terrorism cannot be ignored."]


def test_unicode_and_whitespace_are_normalised():
    text = "Section\u00a024(2)\u200b National\tSecurity  \r\nﬁnal   answer \r\n"
    assert clean(text) == "Section 24(2) National Security\nfinal answer\n"


def test_two_page_letter_footer_block_is_furniture_but_a_repeated_heading_is_not():
    footer = "Kent Police\nFOI Unit, Sutton Road"
    text = f"Section 24 – National Security\n\nThe harm is clear and\n\n{footer}\n\nongoing.\n\nSection 24 – National Security\n\n{footer}"
    cleaned = clean(text)
    assert "The harm is clear and ongoing." in cleaned
    assert cleaned.count("Section 24 – National Security") == 2
    assert cleaned.count("FOI Unit, Sutton Road") == 1


def test_a_reply_quoting_the_request_keeps_the_questions_in_place():
    questions = "1. How many drones does the force own?\n2. How many flying hours were logged?"
    quoted = "\n".join("> " + line for line in questions.split("\n"))
    text = f"Dear Derbyshire Constabulary,\n\n{questions}\n\nYours faithfully,\n\n{quoted}\n\nAnswer 1: 12.\n\n{quoted}\n\nAnswer 2: 340 hours."
    cleaned = clean(text)
    assert cleaned.startswith(f"Dear Derbyshire Constabulary,\n\n{questions}\n\nYours faithfully,")
    assert cleaned.count("How many drones does the force own?") == 3


def test_questions_a_reply_restates_stay_where_they_are():
    """A reply that restates the request repeats its numbered questions in order: they are the request,
    twice, not a two-page letter's footer, and the request keeps them."""
    text = (
        "Dear Kent Police,\n\n1) Were drones used at the games?\n2) Which models do you own?\n\nYours faithfully,\nAnn Brook\n\n"
        "Kent Police\n\nDear Ms Brook\n\nI note you seek access to the following information:\n\n"
        "1) Were drones used at the games?\n2) Which models do you own?\n\nYour request will now be considered.\n"
    )
    cleaned = clean(text)
    assert cleaned.index("1) Were drones used at the games?") < cleaned.index("Yours faithfully")
    assert cleaned.count("2) Which models do you own?") == 2


def test_a_request_of_plain_sentences_a_reply_restates_stays_in_the_request():
    """A request written as sentences, not a numbered list, restated word for word in the acknowledgement: seen
    twice in order, it is the request and its restatement, not a two-page letter's footer."""
    request = (
        "Could you provide your marked vehicle fleet list, up to date for October 2013.\n"
        "Please include the fleet number, registration and make."
    )
    text = (
        f"Dear Kent Police,\n\n{request}\n\nYours faithfully,\nAnn Brook\n\n"
        f"Kent Police\n\nDear Ms Brook\n\nYou asked:\n\n{request}\n\nYour request has been logged and will be answered within 20 working days.\n"
    )
    cleaned = clean(text)
    assert cleaned.index("Could you provide your marked vehicle fleet list") < cleaned.index("Yours faithfully")
    assert cleaned.count("Please include the fleet number") == 2


def test_a_requesters_sign_off_stays_under_each_of_their_messages():
    """A thread repeats the requester's sign-off under the request and under every chaser: it closes each
    message, so it is not furniture, and the request still ends where the requester signed it."""
    text = (
        "Dear Sussex Police,\n\nPlease send me the record of the decision to impose conditions on the march.\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nSussex Police\n\nDear Ms Brook\n\nThank you for your request, which we received today.\n\n"
        "Dear Sussex Police,\n\nThe 20 working days have now passed.\n\nYours faithfully,\n\nAnn Brook\n"
    )
    cleaned = clean(text)
    assert cleaned.count("Yours faithfully,") == 2
    assert cleaned.index("Yours faithfully,") < cleaned.index("Dear Ms Brook")
