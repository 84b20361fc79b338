"""Dates as notices write them, and which one is the date of the response."""

import pytest

from ncnd.parse.dates import parse_date, response_date
from ncnd.parse.text import Doc


@pytest.mark.parametrize(
    "text, expected",
    [
        ("17 December 2019", "2019-12-17"),
        ("1st October 2019", "2019-10-01"),
        ("12thMarch 2013", "2013-03-12"),
        ("05 /04 /2012", "2012-04-05"),  # slashes a form spaced out
        ("2nd November 2023", "2023-11-02"),
        ("23rd day of May 2011", "2011-05-23"),
        ("March 04, 2025", "2025-03-04"),
        ("06/02/26", "2026-02-06"),
        ("17/12/2019", "2019-12-17"),
        ("17.12.2019", "2019-12-17"),
        ("2024-11-18", "2024-11-18"),
        ("03-09-2023", "2023-09-03"),
        ("08.11.2021", "2021-11-08"),
        ("08.11/2021", None),
        ("667 - 24", None),
        ("58 -25", None),
        ("14 Sept 2023", "2023-09-14"),
        ("3 Mehefin 2025", "2025-06-03"),
        ("1af Rhagfyr 2024", "2024-12-01"),
        ("31/02/2024", None),
        ("FOI/2023/1456", None),
        ("Section 24(2)", None),
        ("2021/22 - 9,102", None),
        # a table of monthly counts: a month and its figure, then the next year's heading
        ("November 12\nDecember 12\n2020: 6", None),
        ("Released on December 12,\n2020", "2020-12-12"),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Date: 18 November 2024\nPublic Authority: Chief Constable of Kent Police", "2024-11-18"),
        # GOV.UK's release line with a colon before the date, above the page's own later "Published" line
        ("Published 10 December 2012\n\nWe released the following information on: 03 December 2012\n\nYou asked how many staff each commissioner employs.", "2012-12-03"),
        # a log's title line of date, colon, reference and subject
        ("08 April 2014: 761.2013-14 – Freedom of information request – Mobile safety vans\nRequest\nHow many vans?", "2014-04-08"),
        ("Date Responded 13 August 2018\n\nYou asked:", "2018-08-13"),
        ("Date: 06/02/26\nEnquiry Reference: 44 -26", "2026-02-06"),
        ("Responded to: 2nd November 2023", "2023-11-02"),
        ("Dyddiad / Date: 12/03/2024", "2024-03-12"),
        ("17 December 2019\n\nRequest:\nPlease provide...", "2019-12-17"),
        ("March 04, 2025 | Organisational Information and Performance", "2025-03-04"),
        # a log line whose categories run long, and one that goes on with a reference and title after dashes
        ("January 27, 2026 | Operational Policing, Investigations and Events , Strategic Partnerships and Community Schemes", "2026-01-27"),
        ("29 March 2016 – 634.2015-16 – Freedom of information requests – the commissioner's engagements", "2016-03-29"),
        # an email header's date, weekday abbreviated and time after; a log's "Date released"
        ("Date: Mon, 28 Sep 2015 09:57:45 +0100\nSubject: Your request", "2015-09-28"),
        ("  • Reference Number: 2238\n  • Date released: 16 December 2009", "2009-12-16"),
        ("Dated the 23rd day of May 2011", "2011-05-23"),
        # the request's date is not the response's
        ("Date received: 02/09/2024\nDate responded: 30/09/2024", "2024-09-30"),
        ("Date of request: 12 January 2021\nReference: 077/21", None),
        ("I write in connection with your request which was received on 6th March 2023.", None),
        ("Please provide figures between 1 January 2018 and 1 October 2019.", None),
        # a label of higher rank wins: the date a log entry was published is not the response's
        ("Dated: 14 Feb 2019\nDate of request: 02/01/19\nDate of response: 30/01/19", "2019-01-30"),
        ("Published: 3 March 2022\nDate: 24 February 2022", "2022-02-24"),
        # a label standing above its value
        ("Date of response:\n\n18/09/23", "2023-09-18"),
        ("Date received:\n04.05.2021\nDate responded:\n27.05.2021", "2021-05-27"),
        ("Request received:\n04.05.2021", None),
        # a letter-head date leading a metadata line
        ("9 May 2023, Police and criminal justice", "2023-05-09"),
        # a date in a sentence is when something else happened, even after "responded"
        ("5. The force responded on 2 July 2024 and refused to confirm or deny.", None),
        ("Date of Response: 01-12-2022", "2022-12-01"),
        # a table of dates: the column's heading labels each value
        ("| Date received | Date responded |\n|---|---|\n| 01/02/2024 | 27/02/2024 |", "2024-02-27"),
        ("| Received | Reference |\n|---|---|\n| 01/02/2024 | FOI/123 |", None),
        ("| Date | Borough | Arrests |\n|---|---|---|\n| 11/01/2024 | Croydon | 3 |", None),
        # an empty "Your ref:" field runs into the letter's date
        ("Our ref: HQ/PA/000123/19 Your ref: 22 October 2019\n\nDear Ms Lee,", "2019-10-22"),
        # the letter's date run onto its reference line
        ("Loamshire Port Police\nOur ref: FOI 2021-112 19th May 2021 foi@example.org\n\nDear Mr Lee,", "2021-05-19"),
        # a weekday between the label and the date
        ("Reference: 21053\nDate Added: Monday, February 7, 2022", "2022-02-07"),
        ("Our Ref: / 000166/09\nDate: / 8 October 2018", "2018-10-08"),
        # a letter head run into one line: after the fax number, after a bare "Date"
        ("Force HQ, Sherwood Lodge NG5 8PP Tel: 101 Ext 800 2507 Fax: 0115 967 2896 11 June 2015 Request under the Freedom of Information Act", "2015-06-11"),
        ("Address Correspondence to: Jo Bloggs, Information Management Date 19 August 2013 Dear Mr Jones,", "2013-08-19"),
        # ...but not a date in a sentence
        ("We will reply by the date 19 August 2013 at the latest.", None),
        # two bare dates side by side, their labels stripped (received, responded): which is which is unknown
        ("PUB 1440\n16188\n\n01 October 2021\n\n05 October 2021\n\nRequest\nHow many drones?", None),
        ("| Date of request | Date of response | Outcome |\n| --- | --- | --- |\n| 3 May 2023 | 30 May 2023 | Disclosed |", "2023-05-30"),
        # a Welsh page's weekday before its date
        ("Reference: 13032\n\nDate Added: Dydd Mercher, 30 Hydref 2013\n\nCategory: Miscellaneous", "2013-10-30"),
        # "Date of initial response", as a commissioner's log labels it
        ("Reference: 2024-373/ WE09531\nDate of initial response: 23rd February 2024", "2024-02-23"),
        # a period asked about, alone on its line, is not a letter-head date
        ("Make:\nModel:\nof all vehicles sold between\n14/11/2022 - 05/09/2023\nPlease find the response set out below.", None),
        ("Non-crime hate incidents\n3rd June 2023 - 2nd June 2024 | Data", None),
        # a date ending the period asked about
        ("2. Please advise, by year between 1 January 2015 to current date 1 November 2019:", None),
    ],
)
def test_response_date(text, expected):
    assert response_date(Doc(text))[0] == expected
