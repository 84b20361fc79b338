"""Request and case references as written, with spacing repaired."""

import pytest

from ncnd.parse.references import find_reference, normalise_reference
from ncnd.parse.text import Doc


@pytest.mark.parametrize(
    "text, doc_type, expected",
    [
        ("Freedom of information request reference no: 01.FOI.19.012185", "force_response", "01.FOI.19.012185"),
        # a value in square brackets
        ("Police dogs\nRequest Number: [FOI/14344]\nRequest\nHow many dogs?", "force_response", "FOI/14344"),
        # a log's title line: date, a colon, then the reference
        ("08 April 2014: 761.2013-14 – Freedom of information request – Mobile safety vans\nRequest\nHow many vans?", "force_response", "761.2013-14"),
        # a PDF's lost space glues the next word to the reference
        ("FREEDOM OF INFORMATION REQUEST REFERENCE NO 2012-117Following receipt of your request searches were made.", "force_response", "2012-117"),
        ("FREEDOM OF INFORMATION REQUEST 21/03/0457", "force_response", "21/03/0457"),
        ("Body Worn Video ( 502A/22)\nRequest\nHow many cameras does the force own?", "force_response", "502A/22"),
        # "request number 2" in the text numbers a question, not the request; the label on its line is the reference
        ("Request: FOI/13384\nCategory: Policy\nIn relation to request number 2, the force does not hold the information.", "force_response", "FOI/13384"),
        ("FOI REQUEST 212", "force_response", "212"),
        ("February 12, 2025 | Operational Policing\nRequest: F-013412\nCategory: Policy", "force_response", "F-013412"),
        ("Ms Ann Brook\n\nOur Ref: FOI_1339_BROOK\n\n25 February 2016", "force_response", "FOI_1339_BROOK"),
        # a case system's own label after the reference label; "Date:" there is no such label
        ("Our Ref: eCase: FOI2017/07922 RFI: 226/17 Date:\n\nDear Mr Smith", "force_response", "FOI2017/07922"),
        ("Our ref: Date: 12/03/2019\n\nDear Mr Smith", "force_response", None),
        # a GOV.UK release's title opening with the office's request code
        ("FOI release\n\nBSCC-FOI-0926-HD: letters about the camera code survey\n\nUpdated 3 October 2025", "force_response", "BSCC-FOI-0926-HD"),
        # GOV.JE's request number under the site's long page head (its menus, the title twice, the author line)
        (
            "Skip to main content\nSkip to accessibility\nThis site needs a newer browser.\n\nGovernment of Jersey\n\nInformation and public services\n\n"
            "Menu\nSearch\n\nTaser use near chemical hazards (FOI)\n\nTaser use near chemical hazards (FOI)\n\nProduced by the Freedom of Information office\n"
            "Authored by States of Jersey Police and published on 2 May 2025.\nPrepared internally, no external costs.\n\nRequest 733297795\n\nRequest for information on Taser use.",
            "force_response",
            "733297795",
        ),
        # one letter answering two requests, one decision on two cases: both numbers, as written
        ("Date: 3 March 2021\nFOI Ref: 21/02/0412 & 21/02/0467\nDear Ms Lane,", "force_response", "21/02/0412 & 21/02/0467"),
        ("Applicant: Ms A\nAuthority: Chief Constable of Loamshire Police\nCase No: 200704112 and 200704391\nDecision Date: 2 May 2008", "ico_decision", "200704112 and 200704391"),
        # "and" before words, or a number of another shape, is not a second reference
        ("FOI Ref: 21/02/0412 and 2021 figures attached\nDear Ms Lane,", "force_response", "21/02/0412"),
        # a commissioner's log: its own case number after a slash, and the page's dashes as written
        ("Reference: 2021 – 249 / WE4333\nDate of response: 15th June 2021", "force_response", "2021 – 249 / WE4333"),
        ("Reference: 2024-373/ WE09531", "force_response", "2024-373/ WE09531"),
        # an older log's title, the subject then the number with no dash; a financial year in a title is not one
        ("Disclosure Details\n\nVans 014/16\n\nDated: 20 Jan 2016\n\nThank you for your e mail.", "force_response", "014/16"),
        ("Disclosure Details\n\nMental health 2016/17\n\nDated: 20 Jan 2017\n\nThank you for your e mail.", "force_response", None),
        # the number alone under the "Request" heading, before the request's own words
        ("Request\n0412.2024-25\nI am interested in the force's plans for new custody suites.", "force_response", "0412.2024-25"),
        # a log's title line of date, number and subject
        ("17 December 2017 – 905.2017-18 – Fire service governance consultation\n\nRequest", "force_response", "905.2017-18"),
        # a log's "Request:" line with a category code after the reference
        ("Request: FOI-2024-01234 FOI/07\nHas the force bought body worn cameras?", "force_response", "FOI-2024-01234"),
        # GOV.JE's line naming the request by its long number, below the site's banner lines
        ("\n".join(["Skip to main content", "Government of Jersey", "", "Information and public services", "", "Tasers and sprays", "",
                    "Tasers and sprays", "", "Produced by the Freedom of Information office", "Authored by States of Jersey Police and published on 24 July 2025.",
                    "Prepared internally, no external costs.", "", "Request 733290001", "", "How many times was a Taser drawn?"]), "force_response", "733290001"),
        # ...but "Request 1" heads a question
        ("Request 1\nHow many drones does the force own?", "force_response", None),
        # a follow-up request citing the requester's earlier one is not this answer's reference
        ("Request\nThank you for your response to my Freedom of Information request (Reference: 0812.2024-25). I have a further question.", "force_response", None),
        ("Enquiry Reference: 89- 26", "force_response", "89- 26"),
        ("Case No: 200601298", "ico_decision", "200601298"),
        ("Freedom of Information Request Reference N o: FOI 001264-19", "force_response", "FOI 001264-19"),
        ("Our Ref: / 2605/15", "force_response", "2605/15"),
        # a law report's neutral citation of a decision, the case number without its suffix
        ("The complainant asked the Federation for minutes.\n[2021] UKICO IC-47737\nUpdated: 3 November 2022; Ref: scu.659845", "ico_decision", "IC-47737"),
        ("[2022] UKICO ic-87061", "ico_decision", "IC-87061"),
        ("Freedom of Information: Right to know request 1009-11", "force_response", "1009-11"),
        ("Reference: IC-320081-J7L0", "ico_decision", "IC-320081-J7L0"),
        ("Reference: FS50123456", "ico_decision", "FS50123456"),
        ("Reference:  IC -80804 -J7C6", "ico_decision", "IC-80804-J7C6"),
        ("Enquiry Reference: 44 -26", "force_response", "44 -26"),
        ("Enquiry Reference: 667 - 24", "force_response", "667 - 24"),
        ("Our Ref: FOI 2024/01234", "force_response", "FOI 2024/01234"),
        ("Our Ref: IM-FOI-2024-1187", "force_response", "IM-FOI-2024-1187"),
        ("Request Number: FOI/15233", "force_response", "FOI/15233"),
        ("FOI Reference: 318/2024", "force_response", "318/2024"),
        ("Cyfeirnod / Reference: FOI/2024/0812", "force_response", "FOI/2024/0812"),
        ("Predictive analytics and the National Data Analytics Solution (14022_21)\n\nRequest", "force_response", "14022_21"),
        ("FOI-0412-202425 AI-enabled CCTV analytics\nRequest", "force_response", "FOI-0412-202425"),
        # the label above its value, or in the table cell beside it
        ("Request No:\n\n2023/00872\n\nResponse date:", "force_response", "2023/00872"),
        ("FOI Ref: | 2019-0388 |", "force_response", "2019-0388"),
        ("Reference:\nThe request below was answered in full.", "force_response", None),
        # a disclosure-log title that ends with the reference
        ("Speed camera sites - 207/15\n\nDated: 3 Mar 2015", "force_response", "207/15"),
        ("Use of drones at protests (2023/00412)\n\nRequest", "force_response", "2023/00412"),
        ("Between 2019 - 2021 the force used drones.", "force_response", None),
        ("Your ref: ABC 123\nNo reference of ours here.", "force_response", None),
        ("With reference to your request of last week.", "force_response", None),
        # an office's prefix on the request's number in the letter head: the request's number, labelled below it
        ("Our ref: GSA/4/12\n31 January 2012\nDear Ms Shah\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: 4/12\n", "force_response", "4/12"),
        ("Our Ref: TL/ICU/DC/FOI/72/10\nREQUEST REFERENCE NO: 72/10\n", "force_response", "72/10"),
        # (two different numbers: the first labelled stays)
        ("Our ref: NY5854\nFreedom of Information request reference no: 2019/12\n", "force_response", "NY5854"),
    ],
)
def test_find_reference(text, doc_type, expected):
    assert find_reference(Doc(text), doc_type)[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("IC -80804 -J7C6", "IC-80804-J7C6"), ("ic-287114-q2w8", "IC-287114-Q2W8"), ("FS 50123456", "FS50123456"), ("667  -  24", "667 - 24"), ("318/2024.", "318/2024")],
)
def test_normalise_reference(raw, expected):
    assert normalise_reference(raw) == expected
