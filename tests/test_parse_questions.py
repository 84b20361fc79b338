"""Questions of a request with their numbers as written."""

import pytest

from ncnd.parse import parse_notice


def questions(request):
    record = parse_notice(f"Freedom of Information Act 2000\nOur Ref: 1/24\n\nRequest:\n{request}\n\nResponse:\nThe information is attached.\n")
    return [(q["number"], q["text"]) for q in record["questions"]]


@pytest.mark.parametrize(
    "request_text, expected",
    [
        ("1.In the 2017 calendar year how many events?\n2.For each event please state the matches.", [("1", "In the 2017 calendar year how many events?"), ("2", "For each event please state the matches.")]),
        # "1.0" questions with "1.1" parts
        (
            "1.0 How much did the operation cost?\n1.1 Wages.\n1.2 Vehicle hire.\n2.0 How many officers attended?\n2.1 By rank.",
            [("1.0", "How much did the operation cost? 1.1) Wages. 1.2) Vehicle hire."), ("2.0", "How many officers attended? 2.1) By rank.")],
        ),
        # a lettered list of periods, then the questions Q1, Q2
        (
            "For the years:\na) April 2017 - March 2018\nb) April 2018 - March 2019\nQ1. How many drones were bought?\nQ2. What did they cost?",
            [("Q1", "How many drones were bought?"), ("Q2", "What did they cost?")],
        ),
        # a PDF's text layer ran the numbered list into one line
        (
            "I would like the following information. 1. How many drones does the force own? 2. The cost of each drone in 2019. 3. The make and model.",
            [("1", "How many drones does the force own?"), ("2", "The cost of each drone in 2019."), ("3", "The make and model.")],
        ),
        # a web page's list of one-item lists: every question flattened to "1."
        (
            "  1. How many drones does the force own?\n\n  1. For what purposes are they used?\n\n  1. What are the policies for their use?",
            [("1", "How many drones does the force own?"), ("2", "For what purposes are they used?"), ("3", "What are the policies for their use?")],
        ),
        # a PDF's list with en-dash or Word-symbol bullets: one question a bullet
        (
            "Please provide me with:\n\u2013 Impact assessments for each use of the cameras\n\u2013 The number of matches made\n\u2013 Minutes of the meeting that extended the trial",
            [(None, "Impact assessments for each use of the cameras"), (None, "The number of matches made"), (None, "Minutes of the meeting that extended the trial")],
        ),
        (
            "I would like:\n\uf0b7 The number of drones bought in 2020\n\uf0b7 Their total cost",
            [(None, "The number of drones bought in 2020"), (None, "Their total cost")],
        ),
        ("Q1 - Has your force partnered with Ring?\nQ2 - How many cameras?", [("Q1", "Has your force partnered with Ring?"), ("Q2", "How many cameras?")]),
        # numbered with a slash, spaced or not, and lettered parts the same way
        (
            "1/ Has the force deployed live facial recognition?\n1a/ Please give the dates.\n2/Has the force used it on body-worn video?\na/How many alerts were raised?",
            [("1", "Has the force deployed live facial recognition? 1a) Please give the dates."), ("2", "Has the force used it on body-worn video? a) How many alerts were raised?")],
        ),
        # a web page's one-item lists flattened to "1." each, a lettered part among them
        (
            "  1. How many people are subject to notification requirements?\n  1. How many breaches has the force recorded?\n  1. a) The month of each breach\n  1. b) The action taken",
            [("1", "How many people are subject to notification requirements?"), ("2", "How many breaches has the force recorded? a) The month of each breach b) The action taken")],
        ),
        # the years covered as bullets, then the numbered questions
        (
            "I am seeking the following for each year below:\n\u2022 2023\n\u2022 2024\n1. The total number of media enquiries received.\n2. The number of staff in the press office.",
            [("1", "The total number of media enquiries received."), ("2", "The number of staff in the press office.")],
        ),
        # letters with nothing after them but a space, as a flattened list leaves them
        (
            "I am writing to request information on,\na Details of any credit cards issued to chief officers.\nb Details of the spending limit on each card.",
            [("a", "Details of any credit cards issued to chief officers."), ("b", "Details of the spending limit on each card.")],
        ),
        # hyphen bullets with no space after them, one field a line: one question each
        (
            "Please could you include for marked vehicles:\n-Make and model\n-Full registration\n-Roof code",
            [(None, "Make and model"), (None, "Full registration"), (None, "Roof code")],
        ),
        # a bullet whose own text opens with a roman numeral ("- (i) In how many...") is still a bullet
        (
            "You asked:\n- How many requests were received?\n- (i) In how many was a record disclosed? (ii) In how many was it not?\n- What was the main offence in the first ten cases?",
            [(None, "How many requests were received?"), (None, "(i) In how many was a record disclosed? (ii) In how many was it not?"), (None, "What was the main offence in the first ten cases?")],
        ),
        # "2a and b)": a numbered question with its lettered parts in one label
        (
            "1a) The number of complaints in 2014.\n1b) A summary of each.\n2a and b) The same for 2013.\n3a and b) The same for 2012.",
            [("1a", "The number of complaints in 2014. 1b) A summary of each."), ("2a", "The same for 2013."), ("3a", "The same for 2012.")],
        ),
        # a number and a space before "In what year" numbers an item too
        (
            "1 In what year did your force start recording these incidents?\n2 Please provide the policy for recording them.\n3 In each year, how many were recorded?",
            [("1", "In what year did your force start recording these incidents?"), ("2", "Please provide the policy for recording them."), ("3", "In each year, how many were recorded?")],
        ),
        # a bulleted question in the requester's voice about the force is not the force answering
        (
            "\u2022 Does your force use facial recognition?\n\u2022 If your police force does not use it, by which year will it be introduced?",
            [(None, "Does your force use facial recognition?"), (None, "If your police force does not use it, by which year will it be introduced?")],
        ),
        # capital letters number a list too
        (
            "Could you please state:\nA. The number of tasers you own\nB. The number of officers trained to use them",
            [("A", "The number of tasers you own"), ("B", "The number of officers trained to use them")],
        ),
        # an unmarked list, one item a line, under a line announcing it: each item that asks is a question
        (
            "Please could you provide the following information:\nHow many images were passed to the team after each march;\n"
            "Whether those images were stored on discs or on a networked computer;\nWhether any images have since been destroyed.",
            [(None, "How many images were passed to the team after each march;"), (None, "Whether those images were stored on discs or on a networked computer;"), (None, "Whether any images have since been destroyed.")],
        ),
        # ...but a field list under it is one question
        (
            "Please can you supply me with the following information?\nRegistration number:\nMake:\nModel:",
            [(None, "Please can you supply me with the following information? Registration number: Make: Model:")],
        ),
        # a letter with no space after its bracket
        ("a)The number of collisions each year\nb)The five roads with the most collisions", [("a", "The number of collisions each year"), ("b", "The five roads with the most collisions")]),
        # a lettered list naming who the request is about, prose, then the numbered questions
        (
            "It concerns two data controllers:\n\na. The Chief Constable of the force and\n\nb. The Police and Crime Commissioner\n\n"
            "The time frame is April 2015 to June 2017 and the requests are as follows:\n\n1. Dates of any visits to the controllers.\n\n2. Copies of the notes of those visits.",
            [("1", "Dates of any visits to the controllers."), ("2", "Copies of the notes of those visits.")],
        ),
        # lettered parts of a numbered question join it
        ("Q1. How many?\nQ1a. If so, when?\nQ2. Who supplied them?", [("Q1", "How many? Q1a) If so, when?"), ("Q2", "Who supplied them?")]),
        # "FOI Q1." and "FOIQ2." as a requester numbers them in a thread
        ("FOI Q1.What is the operation called?\nFOIQ2.How many officers will it use?", [("Q1", "What is the operation called?"), ("Q2", "How many officers will it use?")]),
        ("1a. The circumstances of each use.\n1b. The type of device used.\n2a. The reasons each use was authorised.", [("1a", "The circumstances of each use. 1b) The type of device used."), ("2a", "The reasons each use was authorised.")]),
        # bullets that ask nothing after a bullet announcing them are its parts
        (
            "\u2022 How many requests were made?\n\u2022 How many applications concerned:\n\u2022 Staff\n\u2022 Journalists\n\u2022 Other",
            [(None, "How many requests were made?"), (None, "How many applications concerned: - Staff - Journalists - Other")],
        ),
        # a bulleted list whose bullets carry letters under an item announcing them
        (
            "- Which drones do you own?\n- Please provide the following:\n- a) any guidance you rely on\n- b) your impact assessment\n- Which companies supplied them?",
            [(None, "Which drones do you own?"), (None, "Please provide the following: a) any guidance you rely on b) your impact assessment"), (None, "Which companies supplied them?")],
        ),
        ("(a) Has the force bought one?\n(b) If so, what was the cost?", [("a", "Has the force bought one?"), ("b", "If so, what was the cost?")]),
        ("a) Has BTP used LFR?\nb) If so, where?", [("a", "Has BTP used LFR?"), ("b", "If so, where?")]),
        ("1) Does the force have a contract?\n2) If so, what was its value?", [("1", "Does the force have a contract?"), ("2", "If so, what was its value?")]),
        ("- Has the force used Facewatch?\n- Please provide any agreement.", [(None, "Has the force used Facewatch?"), (None, "Please provide any agreement.")]),
        ("Request 1\nDoes the PSNI own CCDC equipment?\nRequest 2\nHow much was spent?", [("1", "Does the PSNI own CCDC equipment?"), ("2", "How much was spent?")]),
        # a preamble and a postscript are not questions; a wrapped line joins its item
        (
            "Please provide the following:\n1. The number of drones owned by\nthe force.\n2. The make of each drone.\n\nPlease limit your searches to 2023.",
            [("1", "The number of drones owned by the force."), ("2", "The make of each drone.")],
        ),
        # one paragraph, or several without numbers, is one question
        ("Please provide copies of any agreement with Ring.\n\nIf this would exceed the cost limit, please advise me.", [(None, "Please provide copies of any agreement with Ring. If this would exceed the cost limit, please advise me.")]),
        ('"Have ANPR records been passed to MI5?"', [(None, "Have ANPR records been passed to MI5?")]),
        # a request repeated in Markdown italics: the stars are markup, not text
        ("*1. How many ANPR cameras?*\n\n*2. How long is the data kept?*", [("1", "How many ANPR cameras?"), ("2", "How long is the data kept?")]),
        # a number and a comma: "3, Who was the provider"
        (
            "1, How many wildlife crime officers does the force have?\n2, How were they trained?\n3, Who was the service provider?",
            [("1", "How many wildlife crime officers does the force have?"), ("2", "How were they trained?"), ("3", "Who was the service provider?")],
        ),
        # the letter o as a bullet, as a word processor's list comes out in text
        (
            "Please provide, for each year:\no the number of officers who failed vetting,\no the number who remained employed, and\no the roles they moved to.",
            [(None, "the number of officers who failed vetting,"), (None, "the number who remained employed, and"), (None, "the roles they moved to.")],
        ),
        # a report's categories quoted as bullets, then numbered items whose asking words come later in the line
        (
            'An inspection report lists these categories:\n"\u2022 bribery;\n\u2022 misuse of force systems;\n\u2022 abuse of position."\n'
            "1. For the year 2022/23, please provide the figures recorded in each category.\n"
            "2. If you do not use these categories, please provide the ones you use and their figures.",
            [("1", "For the year 2022/23, please provide the figures recorded in each category."), ("2", "If you do not use these categories, please provide the ones you use and their figures.")],
        ),
        # unmarked lines under "the following information.", some naming what they want ("Total number of...")
        (
            "Please could you provide the following information.\nTotal number of police officers\nTotal number of staff\n"
            "How these numbers differ from a year ago.\nNumber of officers on long-term sick leave.",
            [(None, "Total number of police officers"), (None, "Total number of staff"), (None, "How these numbers differ from a year ago."), (None, "Number of officers on long-term sick leave.")],
        ),
    ],
)
def test_questions(request_text, expected):
    assert questions(request_text) == expected


def test_letter_run_into_one_line_gives_its_numbered_questions_without_the_answer():
    """A PDF whose text layer ran the whole letter into one line: the numbered questions are split out,
    and the last one stops where the reply begins."""
    letter = (
        "Our Ref: 001234/13 Date 19 August 2013 Dear Mr Jones, Freedom of Information Act 2000 I write further to your "
        "request for information. I note you seek access to the following information: 1. A copy of the review of the "
        "drone trial. 2. The terms of reference for the review. 3. Details of: a. the number of staff; b. the hours "
        "worked on the review Following receipt of your request, searches were conducted within the force. "
        "I can confirm that the review was carried out by two officers."
    )
    record = parse_notice(letter)
    assert [(q["number"], q["text"]) for q in record["questions"]] == [
        ("1", "A copy of the review of the drone trial."),
        ("2", "The terms of reference for the review."),
        ("3", "Details of: a. the number of staff; b. the hours worked on the review"),
    ]


def test_answer_headings_are_not_the_list_a_request_announces():
    """A request that announces a list ("Please provide the following:") whose list the page lost: the
    answers' "Question 1" headings at the end are not its questions."""
    notice = (
        "Freedom of Information Act 2000\nOur Ref: 1/24\n\nREQUEST\nThis is a request about your force's use of facial recognition. Please provide the following information:\n\n"
        "RESPONSE\nOur digital services department has provided the following.\n\n"
        "Question 1\nThe force follows national guidance on searches of the Police National Database.\n"
        "Question 2\nNo, not within any system the force runs.\n"
    )
    record = parse_notice(notice)
    assert [q["number"] for q in record["questions"]] == [None]


def test_a_log_page_without_a_request_heading_still_has_its_question():
    """A log page that quotes the request with no "Request" heading: the sentence that asks, before the
    response begins, is one question."""
    notice = (
        "PUB 1234\n15901\nBody worn video and facial recognition\nN/A\n\n"
        "Please confirm whether your force has trialled body worn cameras with facial recognition in the last 12 months.\n\n"
        "Full Disclosure\n05 October 2021\n\nHaving completed enquiries within Essex Police, no such trial has taken place.\n"
    )
    record = parse_notice(notice, "https://www.essex.police.uk/foi-ai/essex-police/disclosure-log/bwv-frt/")
    assert [q["number"] for q in record["questions"]] == [None]
    assert record["questions"][0]["text"].startswith("Please confirm whether your force")


def test_question_lines_under_a_cue_that_announces_them():
    """"I note you seek access to the following information:" then one question a line: each a question."""
    notice = (
        "Freedom of information request reference no: 01.FOI.22.024103\n\nI note you seek access to the following information:\n\n"
        "How many known gangs are there in each London borough?\nHow many of those gangs have members under 18?\n\n"
        "I have today decided to disclose some of the requested information.\n"
    )
    record = parse_notice(notice)
    assert [q["text"] for q in record["questions"]] == [
        "How many known gangs are there in each London borough?",
        "How many of those gangs have members under 18?",
    ]


def test_a_question_that_opens_with_in_relation_to_the_stays_in_the_request():
    """"- In relation to the disclosure scheme, how many requests...?" asks; it does not open the answer
    the way "In relation to the above request, ..." does."""
    record = parse_notice(
        "Provision of information held by Northumbria Police made under the Freedom of Information Act 2000\n\n"
        "You asked:\n- In relation to the disclosure scheme, how many requests has your force received in 2019?\n"
        "- (i) In how many of these did you disclose a record? (ii) In how many was the subject registered?\n"
        "- Of the first ten cases, what was the main offence?\n\nIn Response:\n\n"
        "I can neither confirm nor deny that the information is held, as finding out would exceed the cost limit.\n"
    )
    assert len(record["questions"]) == 3


@pytest.mark.parametrize(
    "page",
    [
        # an empty "Request:" heading, then the numbered responses
        "FOI Reference: 0123/24\nRequest:\nResponse 1:\nI can confirm that the force holds the information, as below.\n14\nResponse 2:\nI can confirm that the force holds the information, as below.\n£210,000\n",
        # a request cue with nothing quoted under it
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 077-2024\nI write in connection with your request for information which was received on 14th August 2024 as follows:\nPlease find the Warwickshire Police response set out below.\nResponse: The requested information is not held in a readily retrievable format.\n",
        # an empty "Request" heading, then the decision
        "Request\nDecision\nYour request for information has now been considered and the force can neither confirm nor deny that information is held.\nSection 24(2) National Security\n",
    ],
)
def test_a_page_that_shows_no_request_has_no_questions(page):
    """A page that lost its request (or never quoted it) opens with the response: "Response 1:", "Please
    find the … response set out below", "I have today decided to disclose…" is not the request."""
    assert parse_notice(page)["questions"] == []


def test_answers_labelled_q4_q5_are_not_the_questions_restated():
    """A request cut to one sentence, then answers labelled by their question numbers: the labels do not
    make the answers questions, even when one of them happens to open like a request ("All drones...")."""
    notice = (
        "Request:\nProvide a full list of the drones the force can use, in a table with the following fields;\n\n"
        "Response:\nI have today decided to disclose some of the information to you.\n"
        "I am exempting a response to Q1 to Q3 under Section 31(1) of the Act.\n"
        "Q4. The force sets aside £20K for replacing drones every four years.\n"
        "Q5. All drones are owned by the force.\n"
        "Q6. This is part of the replacement programme.\n"
    )
    record = parse_notice(notice)
    assert [q["number"] for q in record["questions"]] == [None]
    assert record["questions"][0]["text"].startswith("Provide a full list")


def test_bullets_naming_places_are_one_questions_breakdown():
    """Districts or years under a question that asks for figures "in each of these districts" are the
    breakdown of that one question; fields a request asks for ("Make and model") still count one each."""
    districts = questions(
        "For each of the years 2019 to 2023, could you provide the number of stop and searches in each of these districts:\n"
        "• Colchester\n• Tendring\n• Maldon\n• Castle Point"
    )
    assert len(districts) == 1 and districts[0][1].startswith("For each of the years") and "Castle Point" in districts[0][1]
    fields = questions("Please send me a list of the drones the force owns, with for each:\n• Make and model\n• Date bought\n• Base\n• Cost")
    assert [t for _, t in fields] == ["Make and model", "Date bought", "Base", "Cost"]


def test_i_after_h_is_the_next_letter_not_a_roman_numeral():
    """A lettered list that runs past "h)" goes on to "i)" and "j)": the ninth question, not a part of the
    eighth; "i)" under "1." is still a part."""
    lettered = questions("\n".join(f"{letter}) Question {n}?" for n, letter in enumerate("abcdefghij", 1)))
    assert [n for n, _ in lettered] == list("abcdefghij")
    assert questions("1. How many drones?\ni) by type\nii) by cost\n2. How many pilots?") == [("1", "How many drones? i) by type ii) by cost"), ("2", "How many pilots?")]


def test_a_second_request_heading_opens_its_own_numbered_list():
    """"Request 1" / 1.–2. / "Request 2" / 1.–2.: two requests in one letter, four questions; a list that
    starts again at 1 with no heading above it is the questions restated."""
    got = questions("Request 1\n1. Which is the most powerful vehicle in the fleet?\n2. How many of it does the force have?\n"
                    "Request 2\n1. What did servicing cost in each of the last three years?\n2. How many vehicles were written off?")
    assert [t for _, t in got] == [
        "Which is the most powerful vehicle in the fleet?", "How many of it does the force have?",
        "What did servicing cost in each of the last three years?", "How many vehicles were written off?",
    ]


def test_question_headings_with_a_full_stop_each_above_its_question():
    """"Question 1." alone on a line, its question on the next: four headed questions, not one paragraph."""
    record = parse_notice(
        "FOI Reference: 812/2024\nRequest:\nQuestion 1.\nHow many prosecutions for riding e-scooters were there in 2023?\n"
        "Question 2.\nHow many e-bikes were checked for legality?\nQuestion 3.\nIf none, what other action was taken?\n"
        "Question 4.\nWhat is your policy on e-scooters?\nResponse:\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities.\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2024/may/e-scooters/",
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2", "3", "4"]


def test_a_log_answering_each_question_under_it_counts_the_later_questions_in_its_response():
    """"Question 1" / "Answer" / "Question 2" / "Answer": the questions after the first stand in the response,
    each under its own heading, and are the request's questions still."""
    record = parse_notice(
        "Request Number: FOI/16200\nRequest and Answer:\nYour request for information has now been considered. In respect of Section 1(1)(a) of "
        "the Act we can confirm that the Police Service of Northern Ireland does hold the information.\n"
        "Question 1\nWhat is the reporting frequency of your data (e.g., monthly, quarterly)?\nAnswer\nIn relation to the statistics, figures are published monthly.\n"
        "Question 2\nNumber of fixed penalty notices issued a) by officers b) by cameras\nAnswers 2 A - B\n  1. Officers issued 4,120 notices in 2024.\n"
        "  2. Cameras led to 31,000 notices.\nQuestion 3\nHow many tickets were issued a) on paper b) on handheld devices\nAnswer\nAll were issued on handheld devices.\n",
        "https://www.psni.police.uk/foi-disclosure-log/fixed-penalty-notices-2",
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "opening",
    [
        "The number of motorists stopped for drink driving in your force area, broken down by month for 2022 and 2023 to date.",
        "The FOI request - Why was it necessary for the district to buy mugs printed with the force's logo for the open day?",
    ],
)
def test_a_log_page_with_no_request_heading_asks_in_its_first_paragraph(opening):
    """A log page that gives its reference and then the request, with no "Request" heading: the paragraph that
    names what is wanted ("The number of ...", "The FOI request - Why ...?") is its one question."""
    record = parse_notice(
        f"June 06, 2023 | Drugs and Alcohol\nReference: F-2023-01410\n{opening}\n",
        "https://www.psni.police.uk/foi-disclosure-log/drink-driving-2",
    )
    assert len(record["questions"]) == 1


def test_a_lead_in_that_asks_after_a_time_frame_heads_its_list_of_short_items():
    """A commissioner's log with no request heading: "For each year since 2014, I would like to know how much
    the office spent on:" and a numbered list of short items, then the searches made: each item is a question."""
    record = parse_notice(
        "12 May 2017 - 1203.2016-17 - Freedom of information request - Office spending\n"
        "For each year since January 2014, I would like to know how much the Office of the Commissioner spent on:\n"
        "  1. Agency staff\n  2. Catering\n  3. Office furniture\n"
        "Extent and Result of Searches to Locate Information\n"
        "To locate the information relevant to your request searches were carried out within the Office of the Commissioner.\n"
        "I have today decided to disclose the located information to you.\n",
        "https://www.northyorkshire-pfcc.gov.uk/foi/disclosure-log/12-may-2017-1203-2016-17-office-spending/",
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2", "3"]


def test_a_numbered_question_that_opens_with_its_period_counts():
    """"1 For the last 3 financial years, how much..." (a number and a space, no full stop) opens the first
    question as "2 How much..." opens the second."""
    record = parse_notice(
        "FOI release 28150\n1 For the last 3 financial years, how much has the Home Office paid forces for dog units?\n"
        "2 How much is paid for each dog?\n3 What is the process by which a force claims the money?\n"
        "We released this information on 2 May 2014.\n1 The table below gives the payments.\n",
        "https://www.gov.uk/government/publications/funding-for-dog-units",
    )
    assert [q["number"] for q in record["questions"]] == ["1", "2", "3"]


def test_times_in_a_tables_cells_are_not_numbered_questions():
    # "00:12:34 |" (a response time in a table flattened one cell a line) is not item "00"
    text = (
        "Please provide the average response time to emergency calls in each year since 2021.\n"
        "Row Labels |\nEmergency |\n2021 |\n00:12:34 |\n2022 |\n00:13:05 |\n"
    )
    record = parse_notice(text, "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/response-times/")
    assert [q["number"] for q in record["questions"]] in ([None], [])


def test_questions_answered_in_turn_whose_later_items_name_what_they_want():
    # "2a) The number (headcount) of ..." and "2b) For each instance, please list ..." ask, though neither opens
    # with a question word: the request goes on below the first answer
    text = (
        "Enquiry Reference: 512 - 24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "1) The total number (headcount) of dog handlers employed by the force as of:\n"
        "We have looked at the content of your request and consider that Exemption 21 (Information Accessible by other means) is engaged.\n"
        "2a) The number (headcount) of dog handlers who left the unit in 2023 but stayed with the force.\n"
        "2b) For each instance, please list the month they left and the reason.\n"
    )
    record = parse_notice(text, "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/dog-handlers/")
    # ("2b" joins "2a": the parts of one question count once)
    assert [q["number"] for q in record["questions"]] == ["1", "2a"]
