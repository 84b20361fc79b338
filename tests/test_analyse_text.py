import pytest

from ncnd.analyse.text import normalise


@pytest.mark.parametrize(
    "a, b",
    [
        # force names, self-references and numbering fold away
        ("Q1 - Has Kent Police used Ring since 1 January 2018?", "1. Has your force used Ring since 1st Jan 2019?"),
        ("the capabilities of the MPS are", "the capabilities of the force are"),
        ("Northumbria Police can neither confirm nor deny", "We can neither confirm nor deny"),
        ("Chief Constable of Kent Police was entitled", "the Constabulary was entitled"),
        # dates in every common form, and figures
        ("Date: 17/12/2019, valued at £21,596", "Date: 2019-12-17, valued at £3.5"),
        ("between December 2019 and 1 September 2020", "between March 2021 and 30th June 2022"),
        ("(a) How many drones?", "a) How many drones?"),
        ("• How many drones?", "How many drones?"),
    ],
)
def test_normalise_folds_differences_that_are_not_wording(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Has the force used Ring doorbells?", "Has the force used Amazon Rekognition?"),
        ("police forces use covert tactics", "police forces use overt tactics"),
        ("The requirements were met in full", "The requirements were Met in full"),  # "Met" the force
    ],
)
def test_normalise_keeps_wording(a, b):
    assert normalise(a) != normalise(b)


def test_normalise_output_is_plain_words():
    out = normalise("**Response:**\n\n1.In the 2017 calendar year, how many events?  See <https://www.mi5.gov.uk/threat-levels>")
    assert out == "response in the 0 calendar year how many events see https www mi 0 gov uk threat levels"
    assert normalise(None) == "" and normalise("  \n ") == ""
    assert normalise("The requirements were met in full") == "the requirements were met in full"
