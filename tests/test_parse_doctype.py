"""What kind of document a notice is, decided by who answered rather than by who is mentioned."""

import pytest

from ncnd.parse import parse_notice

TRIBUNAL = """First-tier Tribunal
(General Regulatory Chamber)
Information Rights

Appeal Reference: EA/2021/0456

Between

JORDAN PRICE
Appellant

and

THE INFORMATION COMMISSIONER
First Respondent

and

THE CHIEF CONSTABLE OF MERSEYSIDE POLICE
Second Respondent

DECISION

The appeal is allowed.

1. This is an appeal against the Commissioner's decision notice IC-55501-K2L3. Merseyside Police neither confirmed nor denied holding information about drones, relying on sections 24(2) and 31(3) of FOIA.
"""

COUNCIL = """# Response 5520119 - ANPR and CCTV

Reference: 5520119

Response date: 3 April 2024

Request
1. How many CCTV cameras does the council operate?
2. Do any of them have ANPR?

Response
1. The council operates 64 CCTV cameras.
2. The council does not operate ANPR. ANPR cameras on the ring road are run by Lancashire Police, and requests about them should be made to Lancashire Police.
The council considers that camera locations are exempt under section 31(1)(a).
"""

POLICE_MENTIONING_COUNCIL = """Lancashire Constabulary
Freedom of Information Act 2000
Our Ref: 2024/0771

Request:
How many town-centre CCTV cameras does the force monitor?

Response:
Lancashire Constabulary does not hold the information you have requested. The council operates the town-centre cameras and the council holds the records of their locations.
"""


DEPARTMENT = """Freedom of Information Act 2000
Our Ref: FOI 81234

Request:
Please provide the number of facial recognition searches of the Police National Database in 2023.

Response:
The Home Office holds the information you have requested. The figures are attached.
"""


# A log page that never names the Act: headings, and an answer only a police body gives.
LOG_WITHOUT_THE_ACT = """Body worn video (2210/23)

Request
How many body worn video cameras does the force have?

Response
North Wales Police can confirm that it holds no information relevant to your request, as the cameras are counted by the supplier.
"""

NEWS_ABOUT_A_REQUEST = """Town centre cameras: what the force would not say

Published 4 May 2024

Police in the county do not hold any recorded information about how often the new cameras are watched, a spokesperson said.
"""


ROADS_AGENCY = """Our ref: 620999
Dear Sir or Madam

INTERNAL REVIEW OF YOUR FOI REQUEST

I am writing in response to your request for a review of our answer about ANPR cameras on the motorway network,
which Kent Police also use.

With regards to your request and our review I can confirm that the Highways Agency does hold most of the
information you requested. Some of it can be released; the rest is withheld under section 31(1) of the Freedom
of Information Act 2000.
"""


# A story that reports in the third person what the force said in its answer ("the force said:", "said police"):
# its quotes of the letter read like a refusal, but the page is the story
STORY_QUOTING_A_REFUSAL = (
    "Loamshire Police have declined to say how much another force was paid for air cover in the months its own helicopter was out of action.\n"
    "This site asked for the sum under the Freedom of Information Act, and the force said it would not release it.\n"
    "In its reply the force said: \"I can confirm that Loamshire Police does hold the information requested. "
    "Releasing it would harm commercial interests, so section 43(2) applies.\"\n"
    "The aircraft returned to service in July, said police.\n"
)

# A force's own page on the Act (its history, its purpose, what it cannot be used for) that says in passing what
# the force does with requests for a person's own data: it answers no request, and gives no NCND
FORCE_PAGE_ON_THE_ACT = (
    "Freedom of Information\n\n"
    "Our short guide: the Act came fully into force on 1 January 2005 and covers all recorded information held by public authorities. "
    "Its aim is to make public authorities more open about what they do and what they spend.\n"
    "The Act works in two ways:\n"
    "- a publication scheme, listing what we publish as a matter of course\n"
    "- conferring a general right of access on anyone, anywhere, who asks\n\n"
    "Personal Information\n"
    "Freedom of Information legislation cannot be used to request your own police record. "
    "If you ask under FOI for data about yourself, we give a 'Neither Confirm Nor Deny' "
    "answer and send your request on to our data protection office.\n"
)


@pytest.mark.parametrize(
    "text, doc_type, authority_id",
    [
        (LOG_WITHOUT_THE_ACT, "force_response", "north-wales-police"),
        # a roads agency answering about ANPR in its own voice is not a police body, whatever force it names
        (ROADS_AGENCY, "other", None),
        (NEWS_ABOUT_A_REQUEST, "other", None),
        # a government department answering a request about policing data reads as a force's response
        (DEPARTMENT, "force_response", "home-office"),
        # a tribunal's decision is `other`, but it names the police body its appeal concerns
        (TRIBUNAL, "other", "merseyside-police"),
        # a council's answer is `other`, even though it names a force and a FOIA exemption
        (COUNCIL, "other", None),
        # a force's answer that mentions the council is still the force's
        (POLICE_MENTIONING_COUNCIL, "force_response", "lancashire-constabulary"),
    ],
)
def test_who_answered_decides(text, doc_type, authority_id):
    record = parse_notice(text)
    assert (record["doc_type"], record["authority_id"]) == (doc_type, authority_id)
    if doc_type == "other":
        assert record["exemptions"] == [] and record["outcome"] is None and record["questions"] == []
        assert record["reference"] is None and record["date"] is None

# A commissioner's page on how to ask: "your request" and "our response" in the future tense, no request, no
# answer, no letter
COMMISSIONER_PAGE_ON_HOW_TO_ASK = (
    "Freedom of Information\n"
    "Any person or organisation has the right to request information held by the Office of the Police and Crime Commissioner.\n"
    "Before Making a Request\n"
    "Please check our publication scheme and disclosure log first: the answer may already be published there.\n"
    "Making an FOI Request\n"
    "Fill in the online form, or write to us with a description of the information you want. Each request for information "
    "is given a reference number.\n"
    "How your request will be handled\n"
    "We will send our response within 20 working days of receiving your request. If your request is unclear we will contact you.\n"
)

# The same in Welsh: "Making a request" / "to make a valid request..." / "how long will it take to get a response?"
COMMISSIONER_PAGE_ON_HOW_TO_ASK_IN_WELSH = (
    "Gwneud Cais\n"
    "I wneud cais dilys dan Ddeddf Rhyddid Gwybodaeth, rhaid rhoi eich enw llawn a chyfeiriad.\n"
    "- rhaid i'r cais fod yn ysgrifenedig;\n"
    "- rhaid i'r cais ddangos yn glir pa wybodaeth rydych yn gofyn amdani.\n"
    "Faint o amser fydd hi'n ei gymryd i gael ymateb?\n"
    "Byddwn yn ymateb i'r ymgeisydd o fewn 20 diwrnod gwaith.\n"
)

# A force's landing page on the Act: what it is, what can be asked for, how to send a request; a stray "exempt ...
# by virtue of Section 40(1)" about subject access is no refusal
FORCE_LANDING_PAGE_ON_THE_ACT = (
    "What is the Freedom of Information Act?\n"
    "The Act gives rights of access to recorded information held by public authorities, subject to exemptions.\n"
    "The Force is also required to maintain a publication scheme, which lists what we publish routinely.\n"
    "What information can be requested?\n"
    "Any recorded information. Requests for your own personal data are exempt under the Act by virtue of Section 40(1); "
    "please use our Subject Access page instead.\n"
    "Making an Individual Request for Information\n"
    "An individual request for information should be made in writing to the Information Disclosure Unit, "
    "Police Headquarters, Loamford.\n"
)

# An oversight body's page on its own handling of requests, and a police authority's yearly summary of its requests
REGULATOR_PAGE_ON_ITS_REQUESTS = (
    "Access to Information\n"
    "We aim to be as open as the law allows about how complaints against the police are handled.\n"
    "We also publish and maintain a Publication Scheme, as section 19 of the Act requires.\n"
    "As part of our normal business we answer requests for information from public bodies, the media and complainants.\n"
    "If your request is not part of our normal business, you can make a Freedom of Information request in writing.\n"
)
AUTHORITY_YEARLY_SUMMARY = (
    "Published: 2 July 2025\nFOI Annual Summary 2024-2025\n"
    "This report summarises the Authority's compliance with the requirements under the Freedom of Information (Scotland) Act 2002.\n"
    "Summary 2024-25\n131 requests received (up from 118 in 2023-24).\n"
    "Requesters who are unhappy with the Authority's response can ask it to review its response. Six reviews were received.\n"
)


@pytest.mark.parametrize(
    "text, address",
    [
        (STORY_QUOTING_A_REFUSAL, "https://news.example.org/wales/loamshire-helicopter-cost.stm"),
        (FORCE_PAGE_ON_THE_ACT, "https://www.loamshire.police.uk/foi/about-freedom-of-information.html"),
        (COMMISSIONER_PAGE_ON_HOW_TO_ASK, "https://www.dorset.pcc.police.uk/information-hub/freedom-of-information/how-to-ask/"),
        (COMMISSIONER_PAGE_ON_HOW_TO_ASK_IN_WELSH, "https://gwent.pcc.police.uk/cy/rhyddid-gwybodaeth/gwneud-cais-newydd"),
        (FORCE_LANDING_PAGE_ON_THE_ACT, "https://www.cumbria.police.uk/Information-Rights/About-Freedom-of-Information.aspx"),
        (REGULATOR_PAGE_ON_ITS_REQUESTS, "https://www.policeombudsman.org/access-to-information"),
        (AUTHORITY_YEARLY_SUMMARY, "https://www.spa.police.uk/publication-library/foi-annual-summary-2024-2025/summary-2024-25"),
    ],
)
def test_pages_that_quote_or_describe_answers_are_other_wherever_they_stand(text, address):
    """Read with their addresses, as a build reads them (a news site's address, a force's own): neither page is
    an answer, so it names no police body and no outcome, and the force page's "we give" is no NCND."""
    record = parse_notice(text, address)
    assert (record["doc_type"], record["authority_id"], record["outcome"], record["ncnd"]) == ("other", None, None, None)


def test_an_ico_notice_that_mentions_the_tribunal_is_still_an_ico_notice():
    record = parse_notice(
        "Freedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate: 2 May 2024\n\nPublic Authority: Chief Constable of Kent Police\n\n"
        "Decision (including any steps ordered)\n\n1. The Commissioner's decision is that Kent Police was entitled to rely on section 24(2) of FOIA.\n\n"
        "Right of appeal\n\n2. Either party has the right to appeal against this decision notice to the First-tier Tribunal (Information Rights).\n"
    )
    assert record["doc_type"] == "ico_decision"


def test_a_tribunal_naming_one_police_body_once_gives_that_body():
    record = parse_notice(
        "First-tier Tribunal (General Regulatory Chamber) Information Rights\n\nAppeal Reference: EA/2023/0101\n\n"
        "Between\n\nJANE ROE\nAppellant\n\nand\n\nTHE INFORMATION COMMISSIONER\nRespondent\n\nDECISION\n\n"
        "1. The appeal concerns the drone flights of Dorset Police over the county's beaches, a request refused on cost grounds.\n"
    )
    assert (record["doc_type"], record["authority_id"]) == ("other", "dorset-police")
    assert any("only police body" in w for w in record["warnings"])


def test_a_force_letter_citing_a_tribunal_case_is_still_the_forces_response():
    body = "Police Informants (148_15)\n\nRequest\nUnder the Freedom of Information Act, how much was paid to informants?\n\nResponse\nPlease find below our response.\n\n2013/14 183,152\n\n"
    filler = "Disclosure could affect the recruitment of sources. " * 40
    record = parse_notice(body + filler + "In an Information Tribunal case about such payments (EA/2010/0006), this argument was accepted.\n")
    assert record["doc_type"] == "force_response"


def test_a_decision_notice_whose_request_came_through_whatdotheyknow_is_a_decision():
    record = parse_notice(
        "Reference: FS50612345\n\nFreedom of Information Act 2000 (FOIA)\n\nDecision notice\n\nDate: 21 December 2016\n\n"
        "Public Authority: Chief Constable of Humberside Police\n\nDecision (including any steps ordered)\n\n"
        "1. The Commissioner decided that Humberside Police had acted correctly in relying on section 14(1) to refuse the request.\n\n"
        "2. The complainant made his request via the WhatDoTheyKnow website.\n"
    )
    assert (record["doc_type"], record["outcome"]) == ("ico_decision", "ico_upheld_authority")


def test_a_news_story_about_a_late_answer_is_not_a_police_response():
    """A paper's story of its own unanswered request quotes the request and the force's spokesperson."""
    story = (
        "Kent Police have failed to answer a request for information made by this paper under the Freedom of Information Act.\n"
        "On January 12 we asked how many reports of harassment had been made to the force's HR department.\n"
        "The request asked for two pieces of information, which were as follows:\n"
        "\"How many internal reports have been made?\"\n"
        "When approached for a comment a Kent Police spokesperson said: \"We recognise our response times do not meet the law.\"\n"
        "At the time of publication, it has been 63 working days since the request was made.\n"
    )
    assert parse_notice(story)["doc_type"] == "other"


def test_a_document_sites_similar_documents_list_is_not_read_as_the_notice():
    """A copy of a letter on a document-sharing site shows the letter's first line, then "Similar documents" and
    other uploads to the end of the page: decisions naming other forces, with their numbers and dates. None of
    them is this notice's: what is left is a letter's opening, naming no force."""
    page = (
        "I refer to your recent request for information which has been handled in accordance with the Freedom of Information (Scotland) Act 2002.\n\n"
        "Similar documents\n"
        "Decision Notice. Decision 044/2019: Mr B and the Chief Constable of the Police Service of Scotland. Use of drones\n\n"
        "Decision 101/2008 Ms K Reid and the Chief Constable of Loamshire Constabulary\n\n"
        "Decision Notice. Decision 210/2017: Mr T and a city council. Reference No: Decision Date: 3 May 2017\n\n"
        "Guidance on answering requests about speed cameras\n"
    )
    record = parse_notice(page, "https://documents.example.net/amp/1234-i-refer-to-your-recent-request.html")
    assert (record["doc_type"], record["authority_id"], record["reference"], record["date"], record["ncnd"]) == ("force_response", None, None, None, None)


def test_a_gov_uk_foi_release_is_an_answer_whatever_its_published_line():
    """GOV.UK's "Published 16 June 2009" is the page's own line, not a news byline: the Home Office's FOI
    release there is an answer."""
    page = (
        "FOI release\nFOI response about the criminal records office\n\n"
        "We have received a request under the Freedom of Information Act 2000 for the following:\n"
        "(a) why was the office chosen to exchange criminal records?\n(b) were Ministers briefed?\n\n"
        "We released the following information on 16 June 2009.\nPublished 16 June 2009\n"
    )
    url = "https://www.gov.uk/government/publications/foi-response-concerning-the-criminal-records-office"
    assert parse_notice(page, url)["doc_type"] == "force_response"
    assert parse_notice(page)["doc_type"] == "other"  # the address decides: the text alone does not


def test_a_blog_post_about_a_whatdotheyknow_request_is_not_the_thread():
    """A blogger telling of the request they made through WhatDoTheyKnow writes the site's name; on the
    blog's own address the page is a blog post, not the thread."""
    text = (
        "Stop and search and my FOI requests\n\n"
        "Last summer I was stopped and searched at a railway station. I wanted to know more, so using the "
        "website WhatDoTheyKnow I filed a Freedom of Information request to the Metropolitan Police, asking for "
        "the number of such searches since 2010.\n\nThe answer came back a month later.\n"
    )
    assert parse_notice(text, "https://example-blog.org/2010/03/stop-and-search-foi/")["doc_type"] == "other"
    assert parse_notice(text, "https://www.whatdotheyknow.com/request/stop_and_search_2")["doc_type"] == "wdtk_thread"


def test_copies_of_letters_that_never_say_freedom_of_information_in_full_are_still_letters():
    """A copy of a force's letter on a document-sharing site: its "Request No:" line, or a cost refusal in
    other words ("the appropriate limit would be exceeded", "unable to provide the information"), marks it."""
    numbered = (
        "Devon & Cornwall Police\n\nRecord 1\n\nFreedom of Information Act Request No:2863/13\n\n"
        "1. How many officers carry a TASER?\n\n2. How many officers are trained to use one?\n\n"
        "The Operations Department has provided the following information:\n\n1. How many officers carry a TASER?\n\n"
        "No information is held on the number who carry one each day.\n\n2. How many officers are trained to use one?\n\n670 officers are trained.\n"
    )
    assert parse_notice(numbered, "https://docsbay.net/freedom-of-information-act-request-no-2863-13")["doc_type"] == "force_response"
    cost = (
        "1. The number of brothel raids in each of the following years:\n- 2013/2014\n- 2014/2015\n\n"
        "Finding which visits were raids would need a manual search of every record, which would greatly exceed the 18 hour time frame for "
        "locating and retrieving information. Where a reasonable estimate has been made that the appropriate limit would be exceeded, "
        "there is no need to do the work. West Yorkshire Police are unable to provide the information.\n"
    )
    record = parse_notice(cost, "https://paperzz.com/doc/6818269/1.-the-number-of-brothel-raids")
    assert (record["doc_type"], record["authority_id"], record["outcome"]) == ("force_response", "west-yorkshire-police", "refused")


def test_a_news_story_about_a_decision_notice_is_not_the_decision_and_a_forces_about_page_is_no_answer():
    """A local news story quoting a decision's reference is a story; a force's page about itself under its
    FOI section ("who we are") answers no request."""
    story = (
        "Police Slammed by ICO for Failing to Disclose Operation Costs\n\n14th May 2025\n\n"
        "The Information Commissioner's Office has issued a landmark ruling against Cleveland Police after it failed to answer a "
        "Freedom of Information request about the cost of two investigations. The decision notice, issued under reference "
        "IC-334983-H9P5, found that the force did not carry out a reasonable search.\n"
    )
    assert parse_notice(story, "https://www.local-news.example/post/police-slammed-by-ico")["doc_type"] == "other"
    about = "Kent Police uses visible surveillance camera systems in public places.\n\nOur use of drones\n\nWe have 6 drones.\n"
    assert parse_notice(about, "https://www.kent.police.uk/foi-ai/kent-police/who-we-are/who-we-are-and-what-we-do/surveillance/")["doc_type"] == "other"


def test_a_requesters_own_account_of_their_request_is_not_the_letter():
    """A column or blog post by the requester ("I had asked them...", "I received a letter...") quotes the
    force's answer, but on its own site it is an account of the request, not the force's letter."""
    text = (
        "A few days ago I received an interesting letter from Loamshire Police about the missing-person inquiry.\n"
        "I had asked them, in July, whether they had obtained any warrants to intercept phone calls.\n"
        "After six months they wrote: \"Loamshire Police can neither confirm nor deny that it holds the information you "
        "have requested, by virtue of Section 23(5) and Section 24(2).\"\n"
    )
    assert parse_notice(text, "https://a-journalists-blog.example/2009/02/letter.htm")["doc_type"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        # the requester's letter to the regulator, posted on their own site
        "Having now received Loamshire Police's response to FOI reference 30411, I would be grateful if you would continue with "
        "your investigation into this matter.\nThe response raises questions about the handling of my original request (FOI 29870).\n"
        "In particular, the authority has told me that:\n- no searches were carried out to find whether the information was held,\n"
        "- this was because a section 14 (vexatious) refusal was applied at the time,\n- emails are deleted automatically.\n",
        # a campaigner's post telling what the body answered, in the third person
        "The NPCC sends circulars to every chief officer through an online platform rather than by email.\n"
        "We asked the NPCC who at the Met receives them. The NPCC treated the email as a request under the Act and subsequently responded:\n"
        "\"The NPCC does not hold information captured by your request.\"\n",
    ],
)
def test_a_requesters_post_or_letter_to_the_regulator_is_not_the_answer(text):
    """Words only a requester writes of their own request ("my original request (FOI ...)", "continue with your
    investigation") or a post writes of the body ("...subsequently responded:") make the page an account of the
    answer: no police body, no outcome, however plainly the answer is quoted."""
    record = parse_notice(text, "https://a-campaign-site.example/2025/11/our-request/")
    assert (record["doc_type"], record["authority_id"], record["outcome"]) == ("other", None, None)


def test_a_story_that_reports_the_commissioner_twice_is_a_story():
    text = (
        "Greater Loamshire Police criticised by ICO\n\n"
        "Greater Loamshire Police must improve its handling of internal reviews, the Information Commissioner's Office (ICO) has said.\n"
        "In one case the force failed to respond to a request for information for more than 150 days.\n"
    )
    assert parse_notice(text, "https://www.news.example/gmp-criticised")["doc_type"] == "other"


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Loamshire Police and Crime Commissioner refuses drone oversight Freedom of Information request\n\n"
            "Reasons the commissioner gave for refusing the Freedom of Information Act request about drone oversight\n\n"
            "The commissioner's office has used national security and law enforcement exemptions within the Freedom of Information Act "
            "to refuse our request for details of how the force's drone flights are overseen. The exemptions were:\n\n"
            "  • Section 23(5) – Information supplied by, or concerning, certain security bodies\n  • Section 24(2) – National Security\n"
            "  • Section 31(3) – Law enforcement\n\nThe response is long, and sets out in detail why the commissioner can neither confirm nor deny "
            "that the information is held.\n",
            "https://loamshire-rights.wordpress.com/2019/05/02/commissioner-refuses-drone-request/",
        ),
        (
            "12 March 2015\n\nLoamshire Police Baton Losses (Follow Up)\n\nOur Reference:\n2015-004\n\nPublic Authority:\nLoamshire Police.\n\n"
            "Background Information:\nIn a previous request we asked Loamshire Police how many batons its officers had lost since 2010. "
            "Loamshire Police responded that 14 had been lost.\n\nRequest:\nUnder the Freedom of Information Act, please provide the dates of each loss.\n\n"
            "Response:\nLoamshire Police can confirm that the dates are held and they are set out below.\n",
            "http://www.foi-by-post.example.com/2015/03/loamshire-police-baton-losses.html",
        ),
        (
            "Software was blamed for a flawed intelligence report Kent Police used to ban away fans. I attempted to use the Freedom "
            "of Information Act to get the prompts the officers typed.\n"
            "Kent Police refused the request under Section 31(1)(g), citing the conduct investigation, and a public interest test would "
            "likely fail until that is over.\nRelated\nDiscover more from Loamshire Drone News\nSubscribe to get the latest posts sent to your email.\n",
            "https://news.example.com/computer-says-no-kent-police-prompts/",
        ),
    ],
)
def test_a_headline_or_a_requesters_earlier_request_makes_a_post_not_the_answer(text, address):
    """A post headed with what a body did with a request ("... refuses ... Freedom of Information request"), or a
    requesters' site telling of its own earlier request ("In a previous request we asked..."), is not the
    force's response, even with a list of the sections it cited or a reference of its own."""
    assert parse_notice(text, address)["doc_type"] == "other"


def test_a_letter_quoting_its_requester_of_our_request_is_still_the_letter():
    """The requester's own words quoted in a force's letter ("You refused our request last year") do not make
    the copy of the letter a post about it."""
    letter = (
        "Dear Mr Lee,\n\nFreedom of Information Request Reference No: 1234/15\n\n"
        "You wrote: You refused our request last year under section 31. Please tell me how many drones the force owns.\n\n"
        "Response\nThe force owns 4 drones. Please find the information below.\n"
    )
    assert parse_notice(letter, "https://docsbay.net/freedom-of-information-request-1234")["doc_type"] == "force_response"



def test_a_fan_groups_post_about_its_complaint_to_the_ico_is_not_a_decision():
    """A post with its byline ("Written by ..."), telling of "various FOIA requests" the group made and its
    complaint to the ICO, speaks of the Commissioner without being a decision: `other`, and no force."""
    post = (
        "Flares and Fireworks - Loamshire Police in Breach of Freedom of Information Act\n\nWritten by Loamshire Supporters Trust\n\n"
        "Loamshire Police are in breach of the Freedom of Information Act following a complaint made to the ICO by the Trust.\n\n"
        "In March, we made various FOIA requests to find out why the force said flares had been found. In May, they refused to "
        "disclose any information on public interest grounds. We told Loamshire Police that if they did not respond within a week we "
        "would report them to the Information Commissioners Office. They ignored us. On 2 July, we made a complaint to the ICO about "
        "Loamshire Police's refusal.\n\nFollowing our complaint, an investigation was opened into Loamshire Police by the ICO. It "
        "concerned the force's failure to respond to parts of our requests and to review its refusals.\n\nThe ICO has now issued a "
        "decision notice against Loamshire Police for their failure to respond.\n\nThe Decision Notice\n"
    )
    record = parse_notice(post, "http://loamshirefanzine.uk/interviews/9-news/4411-flares-and-fireworks")
    assert record["doc_type"] == "other"
    assert record["authority_id"] is None
