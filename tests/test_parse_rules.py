"""Rules a careful reader of police notices applies, each shown on a small notice of its own."""

import pytest

from ncnd.parse import parse_notice

WDTK = (
    "Rekognition - a Freedom of Information request to Kent Police\n\n"
    "Ann Brook made this Freedom of Information request to Kent Police\n\n"
    "{status}\n\n"
    "Dear Kent Police,\nPlease tell me whether you use Amazon Rekognition.\nYours faithfully,\nAnn Brook\n\n"
    "Kent Police\n\nDate: 09/10/2024\n\nDear Ms Brook\n\n{reply}\n\nYours sincerely\nKent Police\n"
)

CASES = [
    # WhatDoTheyKnow's status is the requester's label: the reply decides when it shows an outcome
    (
        WDTK.format(status="The request was refused by Kent Police.", reply="Kent Police can neither confirm nor deny that it holds the information, by virtue of Section 24(2)."),
        {"doc_type": "wdtk_thread", "outcome": "ncnd", "ncnd": True},
    ),
    # ...and stands in only when the page shows no message of the authority's own: a page cut after the
    # authority's acknowledgement shows the authority's words, which give no outcome yet
    (
        WDTK.format(
            status="The request was successful.",
            reply="Thank you for your request for information, which was received today and has been logged under reference 24/0913.\n"
            "We will respond within the statutory timescale of 20 working days and will write again if we need more time.",
        ),
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    (
        "Drone trials\n\nThe request was successful.\n\nDear Kent Police,\n\nPlease list your drone trials since 2020.\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nKent Police\n\nThank you for contacting the Freedom of Information team at\n",
        {"doc_type": "wdtk_thread", "outcome": "disclosed", "ncnd": None},
    ),
    # "2 Attachments" counts a reply's files: it answers nothing, so only the status speaks (ncnd unknown)
    (
        "Drone trials\n\nThe request was successful.\n\nDear Kent Police,\n\n1) When did the trials start?\n\n2) Which company supplied the drones?\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nFreedom of Information Kent,\n\n2 Attachments\n\nDear Ms Brook,\n\nFREEDOM OF INFORMATION REQUEST REF 19/07/1036\n",
        {"outcome": "disclosed", "ncnd": None},
    ),
    # ...but a letter written into the message, cut inside its heading, is the authority's own words begun:
    # no outcome yet, whatever the status says
    (
        "Drone trials\n\nAnn Brook made this Freedom of Information request to Kent Police\n\nThe request was partially successful.\n\n"
        "Dear Kent Police,\n\nDid the force trial drones in 2019?\n\nYours faithfully,\n\nAnn Brook\n\nKent Police\n\nDear Ms Brook\n\n"
        "Freedom of Information Request Refere",
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    # the requester chased before any reply, and the authority's reply only says when it will answer: the
    # status ("refused") is the requester's word, and the authority's own words give no outcome yet
    (
        "Horse shows\n\nSam Lee made this Freedom of Information request to Kent Police\n\nThe request was refused by Kent Police.\n\n"
        "Dear Sir or Madam,\n\nPlease list every horse show the mounted unit attended in 2008.\n\nYours faithfully,\n\nSam Lee\n\n"
        "Dear Sir or Madam,\n\nI write about my request of 2nd March, which has not been acknowledged. The law gives you twenty working days.\n\n"
        "Yours faithfully,\n\nSam Lee\n\nKent Police\n\nDear Mr Lee,\n\nOur ref: 2009/0412\n\nI am sorry your request was not acknowledged. "
        "It will be our aim to respond to your request by 31 March 2009. Could you tell me which department you think holds the records, so "
        "that I can direct my search?\n\nYours sincerely,\n\nAnn Brook\nFreedom of Information Officer\n",
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    # no salutation and no sign-off: the page stops inside the requester's message, whose quoted numbered
    # paragraphs are not answers; only the status speaks
    (
        "Declared memberships\n\nThe request was partially successful.\n\nKent Police\n\nI have a copy of a force document which says:\n"
        "12. Officers must declare any membership that could conflict with their duties.\n"
        "13. The Professional Standards Department has decided not to ask staff about lawful hobbies.\n"
        "14. There is no legal basis to require officers to declare membership of a private club.\n\n"
        "Reading the above as an ordinary member of the public, I believe that officers who belong to",
        {"doc_type": "wdtk_thread", "outcome": "partially_disclosed", "ncnd": None},
    ),
    # a request opening "Hello," (no "Dear"), its numbered items, then only the authority's automatic reply:
    # the items are the request's, and the reply gives no outcome yet whatever the status says
    (
        "Officers arrested\n\nThe request was partially successful.\n\nHello,\n\nI am a reporter and would like the following, please:\n\n"
        "1. The number of officers arrested in each year from 2018 to 2022.\n\n2. The number of staff arrested in each of those years.\n\n"
        "For each arrest, please provide:\n\n3. a. The rank or role of the person arrested\nb. Years in service\nc. Date of arrest\n\n"
        "Yours faithfully,\n\nJo Reed\n\nFreedom of Information, Kent Police\n\nThis mailbox is for Freedom of Information requests only and "
        "all other mail will be deleted unactioned.\n\nFor Legal please forward your e-mail to [1][email address]\n",
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    # a requester's annotation is not the authority's reply: only the status speaks (ncnd unknown)
    (
        "Drone fleet\n\nSam Lee made this Freedom of Information request to Kent Police\n\nThe request was refused by Kent Police.\n\n"
        "Dear Kent Police,\n\nPlease list your drones.\n\nYours faithfully,\n\nSam Lee\n\n"
        "Sam Lee left an annotation (3 May 2024)\n\nThe force refused this as too costly, and I have now asked the ICO to look at it.\n",
        {"doc_type": "wdtk_thread", "outcome": "refused", "ncnd": None},
    ),
    # an acknowledgement wrapped so that a line starts "2019 which was received by": no count given, no outcome
    (
        "Uniform costs\n\nAnn Brook made this Freedom of Information request to Police Service of Northern Ireland\n\n"
        "The request was partially successful.\n\nDear Police Service of Northern Ireland,\n\nPlease provide the total cost of uniforms.\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nPolice Service of Northern Ireland\n\nDear Ann Brook,\n\n"
        "I write in connection with your request for information dated 26th May\n2019 which was received by the Police Service of Northern Ireland (PSNI)\n"
        "on 26th May 2019. This request will be dealt with under the terms of the Freedom of\nInformation Act 2000. "
        "A response should be sent to you within 20 working\ndays, although we are experiencing some delay in processing requests.\n",
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    # a reply that only sends its answer as an attachment shows no outcome
    (
        "Spit hoods\n\nAnn Brook made this Freedom of Information request to Lancashire Constabulary\n\nThe request was successful.\n\n"
        "Dear Lancashire Constabulary,\n\n1. What is your policy on spit hoods?\n2. How often were they used?\n\nYours faithfully,\n\nAnn Brook\n\n"
        "FOI Unit, Lancashire Constabulary\n\nDear Ms Brook,\n\nPlease find attached Lancashire Constabulary's second response to your recent "
        "request for information made under the Freedom of Information Act 2000. If you are unhappy with it you may ask for an internal review.\n",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # a letterhead's street line ("2 Marsh Street") under the response heading is not an answer to question 2
    (
        "Freedom of Information Request FOI 2024/001\n\nYou asked:\n1. Which unit are firearms officers part of?\n"
        "2. How many armed response vehicles are there?\n\nResponse:\nPolice Scotland\n2 Marsh Street\nGlasgow G1 1AA\n",
        {"outcome": None},
    ),
    # a request signed off "Regards," and the authority's acknowledgement after it: no outcome from the status
    (
        "Board papers\n\nRichard Roe made this Freedom of Information request to Cambridgeshire Constabulary\n\n"
        "The request was refused by Cambridgeshire Constabulary.\n\nDear Cambridgeshire Constabulary,\n\n"
        "Could you please release the papers of the board meeting held on the 5th of February 2013.\n\nRegards,\n--\nRichard Roe\n\n"
        "Cambridgeshire Constabulary\n\nDear Richard\n\nWe acknowledge receipt of your Freedom of Information request which\n"
        "was received by Cambridgeshire Constabulary on 06/02/2013. Your request will now be considered\n"
        "and you will receive a response within the statutory timescale of 20 working days.\n",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # an acknowledgement's boilerplate: a section 14 warning and numbered notes, the page cut at the last of them
    (
        "Tasers - usage and policy\n\nAnn Brook made this Freedom of Information request to Avon and Somerset Constabulary\n\n"
        "The request was successful.\n\nDear Avon and Somerset Constabulary,\n\n1. How many times was a Taser drawn in 2012?\n"
        "2. Please send your policy on Taser use.\n\nYours faithfully,\n\nAnn Brook\n\nAvon and Somerset Constabulary\n\n"
        "Thank you for your request, which has been logged under reference 171/13.\n\n"
        "Please note that you will not receive a response if you have previously\nbeen issued with a notice under section 14 of the act relating to the\nsubject of this request.\n\n"
        " 1. Requests and responses may be published on the force's website (within 24 hours), some of which may\n"
        "contain a link to additional information.\n 2. Whilst we may verbally discuss your request with you in\n",
        {"doc_type": "wdtk_thread", "outcome": None, "exemptions": []},
    ),
    # ...however long the annotation
    (
        "Armed infrastructure police\n\nSam Lee made this Rhyddid Gwybodaeth request to Civil Nuclear Police Authority\n\nGwrthodwyd y cais gan Civil Nuclear Police Authority.\n\nDear Civil Nuclear Police Authority,\n\n"
        "Please send me the papers on the proposed merger of the three national police forces.\n\nYours faithfully,\n\nSam Lee\n\n"
        "Gadawodd Sam Lee anodiad ()\n\nThis request has been refused on the grounds that answering it would cost too much, at a\n"
        "minimum of many hundreds of hours of work, as the Freedom of Information Act permits. I have asked for an internal review.\n",
        {"doc_type": "wdtk_thread", "outcome": "refused", "ncnd": None},
    ),
    # a reply that restates the request ("I note you seek / access to the following information:", wrapped) quotes
    # the requester: "partially released or withheld" in the quote is not the answer, and the page stops
    # before one
    (
        "FOI requests received\n\nThe request was successful.\n\nDear Kent Police,\n\nPlease list all requests, with for each:\n"
        "status [whether information was fully released, partially released or withheld]\n\nYours faithfully,\n\nAnn Brook\n\n"
        "Kent Police\n\nDear Ms Brook,\n\nI write about your request, received on 30/07/2010. I note you seek\naccess to the following information:\n\n"
        "* a list of all requests, with for each:\n* status [whether information was fully released, partially released or withheld]\n",
        {"outcome": None, "ncnd": None},
    ),
    # a cost refusal stated without its section: "does not hold this in a retrievable format... would cost more
    # than £450" refuses on cost; it does not say the information is not held
    (
        "Freedom of Information Request Reference Number: FOI 2019/2667\nDate: 18 October 2019\n\nDear Mr Andrews\n\n"
        "You asked for all emails about the Sandgate project.\n\nResponse\n\n"
        "Hampshire Constabulary does not hold emails pertaining to the Sandgate project in one place: each mailbox would have to be read. "
        "It is estimated that it would cost more than £450 to comply with your request.\n\nYours sincerely\nHampshire Constabulary\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # an NCND answer that opens with the usual refusal words withholds nothing of its own: the NCND is the answer
    (
        "Freedom of Information Request Reference Number: 163A/23\n\nYour request for information has now been considered and I am "
        "not obliged to supply the information you have requested.\n\nIn accordance with the Act, this letter represents a Refusal "
        "Notice for this request. West Midlands Police can neither confirm nor deny that it holds the information you requested, "
        "by virtue of the following exemptions:\n\nS30(3) Investigations\nS31(3) Law Enforcement\n",
        {"outcome": "ncnd", "ncnd": True},
    ),
    # "I am exempting this information... Please see the below exemption explanation": held, and all withheld
    (
        "Freedom of Information Request 1234/2024\n\nRequest\nQ1. Please send me your latest software licensing statement.\n\n"
        "Extent and Result of Searches to Locate Information\nI can confirm that the information you have requested is held by North Yorkshire Police.\n\n"
        "Decision\nI am exempting this information pursuant to Section 31 and Section 43 of the Freedom of Information Act 2000. "
        "Please see the below exemption explanation.\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # "we are withholding some of that information": the rest was given
    (
        "Police equipment (192A/24)\n\nRequest\n1. What body cameras do you use?\n2. What radios do you use?\n\nResponse\n"
        "We can confirm that some relevant information is held by West Midlands Police. However, we are withholding some of that "
        "information since it is exempt by virtue of the following exemptions.\n\nSection 31 (1) (a) (Law enforcement)\n",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    # "fully exempt", the published material a section 21 refusal points to set out "as follows": refused
    (
        "Freedom of Information Request Reference No: 2015050000044\n\nYour request was as follows:\n'Please name the undercover units since 2000.'\n\n"
        "DECISION\nThe requested information is fully exempt from disclosure under Section 21(1) of the Freedom of Information Act 2000.\n\n"
        "REASON FOR DECISION\nInformation accessible to you via other means is as follows:\n1) The units' histories are published in the inquiry's reports.\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # figures for question 1, then "neither confirm nor deny that they hold any other information": partial
    (
        "Informants - 910/19\nDated: 01 Nov 2019\nProvision of information held by Northumbria Police made under the Freedom of Information Act 2000\n\n"
        "You asked:\n1. How much has the force paid to informants in each year?\n2. What is the largest single payment?\n\nIn Response:\n"
        "1.\n2017/18 |\n2018/19 |\n£106,075 |\n£102,810 |\n"
        "2. Northumbria Police can neither confirm nor deny that they hold any other information relevant to this request by virtue of Section 30(3).\n",
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    # s12(2) cited by a force that confirms it holds the information: a cost refusal, not an NCND
    (
        "Request Number: FOI/14685\nRequest and Answer:\nYour request for information below has now been considered. In respect of "
        "Section 1(1)(a) of the Act we can confirm that the Police Service of Northern Ireland does hold the information you have "
        "requested however it is estimated that the cost of complying with your request would exceed the appropriate costs limit "
        "under Section 12(2) of the Freedom of Information Act 2000.\n\nRequest 1\nAll reports of unidentified aerial phenomena since 2015.\n",
        {"outcome": "refused", "ncnd": False, "ncnd_scope": None},
    ),
    # "the Authority considers that the information held is exempt": confirmed held, all withheld
    (
        "Response\nYour request for information has been considered and the Scottish Police Authority is able to confirm that information "
        "relevant to your request is held. However, the Authority considers that the information held is exempt for the following reasons.\n\n"
        "The information is held by Forensic Services for the purpose of an investigation.\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # a request closed for want of clarification: the force's account after the quoted request is the response
    (
        "Freedom of Information Request Reference Number: FOI2025/00123\nDate: 11 April 2025\n\nDear Mr Lee\n\n"
        "Thank you for your email of 2 December 2024, in which you requested the following information:\n\n"
        '"Please list all drone flights over football grounds."\n\n'
        "On 9 December 2024 we wrote to you under section 1(3) of the Act, asking which grounds you meant.\n\n"
        "We have not received a reply. Your request has therefore been closed and is treated as withdrawn.\n\n"
        "Yours sincerely\nBritish Transport Police\n",
        {"outcome": "withdrawn", "ncnd": False, "date": "2025-04-11", "questions": [{"number": None, "text": "Please list all drone flights over football grounds."}]},
    ),
    # a notice written only in Welsh: its labels, month names, "Adran" citations and NCND wording
    (
        "Camerâu cyflymder 77/2025\n\nCyfeirnod Rhyddid Gwybodaeth: 77/2025\n\nDyddiad yr ymateb: 14 Tachwedd 2025\n\n"
        "Cais:\n\n1. Faint o gamerâu ANPR sydd gan Heddlu Gwent?\n\n2. A yw'r llu yn defnyddio dronau cudd?\n\nYmateb:\n\n"
        "1. Mae gan Heddlu Gwent 31 o gamerâu ANPR.\n\n"
        "2. Ni all Heddlu Gwent gadarnhau na gwadu a yw'n cadw unrhyw wybodaeth, yn rhinwedd Adran 24(2) a 31(3).\n\n"
        "Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol.\n",
        {
            "doc_type": "force_response", "authority_id": "gwent-police", "reference": "77/2025", "date": "2025-11-14",
            "ncnd": True, "outcome": "partially_disclosed", "exemptions": ["s24(2)", "s31(3)"],
        },
    ),
    (
        "Cais Rhyddid Gwybodaeth 78/2025\nCyfeirnod: 78/2025\nDyddiad: 2il Ionawr 2026\n\nCais\nFaint o ddronau sydd gan Heddlu Gwent?\n\nYmateb\n"
        "Nid yw Heddlu Gwent yn cadw unrhyw wybodaeth am ddronau.\n",
        {"date": "2026-01-02", "outcome": "not_held", "ncnd": False},
    ),
    # a government department answering about policing data is a response; "Question n" headings
    # after the request restate its items, and an answer "provided in the table at Annex A" is given
    (
        "Home Office\n2 Marsham Street\n\nFOI Reference: 90001\nDate: 3 March 2025\n\nDear Mr Hale,\n\n"
        "Thank you for your email, in which you asked for the following information:\n\n"
        "1. The number of PND facial searches in 2024.\n2. A copy of the algorithm test report.\n\n"
        "Your request has been handled as a request for information under the Freedom of Information Act 2000.\n\n"
        "Question 1\n\nThe information you asked for is provided in the table at Annex A.\n\n"
        "Question 2\n\nWe hold the report, but it is exempt from disclosure under section 31(1)(a) and is withheld.\n\n"
        "Yours sincerely,\nHome Office\n",
        {
            "doc_type": "force_response", "authority_id": "home-office", "outcome": "partially_disclosed", "ncnd": False,
            "exemptions": ["s31(1)(a)"], "questions": [{"number": "1", "text": "The number of PND facial searches in 2024."}, {"number": "2", "text": "A copy of the algorithm test report."}],
        },
    ),
    # "In response to question 2, <figures>" answers it; a pointer to a published answer is withholding
    (
        "Our Ref: 2025/0044\nDate: 2 March 2025\nFreedom of Information Act 2000\n\nThank you for your request, in which you asked:\n\n"
        "1. How many drone flights were made in 2022?\n2. How many were made in 2024?\n\n"
        "In response to question 1, the figure was published in our response to FOI 2023/0101, so Section 21(1) applies.\n\n"
        "In response to question 2, the force made 412 drone flights in 2024.\n\nYours sincerely\nKent Police\n",
        {"outcome": "partially_disclosed", "exemptions": ["s21(1)"]},
    ),
    # a WhatDoTheyKnow reply without a date line is dated by its message header, not the acknowledgement's;
    # a reference label at a line end has its value at the start of the next line
    (
        "Drone flights\n\nAnn Brook made this Freedom of Information request to Kent Police\n\nThe request was successful.\n\n"
        "Ann Brook 2 May 2024\n\nDear Kent Police,\n\nHow many drone flights did you make in 2023?\n\nYours faithfully,\n\nAnn Brook\n\n"
        "Kent Police 3 May 2024\n\nThank you for your request, which has been logged under reference\nFOI-2024-0456. We aim to respond within 20 working days.\n\n"
        "Kent Police 28 May 2024\n\nI have today decided to disclose the located information to you. Kent Police made 212 drone flights in 2023, 14 of them over public events.\n\n"
        "Yours sincerely\nKent Police\n",
        {"doc_type": "wdtk_thread", "reference": "FOI-2024-0456", "date": "2024-05-28", "outcome": "disclosed"},
    ),
    # "the duty in s1(1)(a) does not apply, by virtue of Section 24(2)" cites the NCND's sections; a
    # section that "does not apply" on its own is not relied on
    (
        "FOI reference\nFOI 1234/23\n\nQ1) How many drones does the force own?\n\n"
        "Leeds Police can neither confirm nor deny that it holds the information you have requested as the duty in s1(1)(a) of the Act does not apply, by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.\n\n"
        "Q2) Do you use them at protests?\n\nSection 43(2) does not apply to this question. The force has used them at 3 protests.\n",
        {"exemptions": ["s24(2)", "s31(3)"], "ncnd": True, "outcome": "partially_disclosed"},
    ),
    # a section of another Act named just before it is not an FOI exemption; the FOI Act's own is
    (
        "Our Ref: FOI 2020/0101\n\nRequest:\nHow often did you close roads under the Town Police Clauses Act 1847 Section 21?\n\n"
        "Response:\nThe road closures are published on our website, so Kent Police relies on Freedom of Information Act 2000 Section 21.\n",
        {"exemptions": ["s21"]},
    ),
    (
        "Our Ref: FOI 2020/0102\n\nRequest:\nHow many road closures were made?\n\n"
        "Response:\nKent Police made 12 closures under the Town Police Clauses Act 1847 Section 21 last year.\n",
        {"exemptions": []},
    ),
    # the Act misspelt is still the Act
    (
        "Our Ref: FOI 2020/0103\n\nRequest:\nPlease send your software licensing statement.\n\n"
        "Response:\nI am exempting this information pursuant to Section 31 and Section 43 of the Freedom of Informaton Act 2000.\n",
        {"exemptions": ["s31", "s43"]},
    ),
    # "Section 30(3) (by virtue of Section 30(2))": the provision relied on is s30(3); "30(2)(a)(i)(b)" splits
    (
        "Our Ref: FOI 2021/0442\n\nRequest:\nDo you use covert cameras?\n\nResponse:\nThe force can neither confirm nor deny that it holds "
        "the information by virtue of Section 30(3) (by virtue of Section 30(2)) and Section 31(3).\n",
        {"exemptions": ["s30(3)", "s31(3)"]},
    ),
    (
        "Our Ref: FOI 2021/0443\n\nRequest:\nPlease name your informants.\n\nResponse:\nThis information has been deemed exempt by virtue of "
        "section 30(2)(a)(i)(b) concerning investigations and proceedings.\n",
        {"exemptions": ["s30(2)(a)", "s30(2)(b)"]},
    ),
    # a thread's reply gives the reference, before one the requester quotes from an earlier request
    (
        "ASU logs\n\nAnn Brook made this Freedom of Information request to Kent Police\n\nThe request was successful.\n\n"
        "Dear Kent Police,\n\nIn response to FOI Request 2013090001351 I was told that flight logs are kept. Please send three months of them.\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nKent Police\n\nDear Ms Brook\n\nFreedom of Information Request Reference No: 2013090002046\n\n"
        "I have today decided to disclose the located information to you.\n",
        {"doc_type": "wdtk_thread", "reference": "2013090002046"},
    ),
    # a page cut mid-reference ("Enquiry Ref: 2" and the next word glued on) has no reference
    (
        "Taser training\n\nThe request was partially successful.\n\nDear North Wales Police,\n\nHow many officers are Taser trained?\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nFreedom of Information Team, North Wales Police\n\nDear Ann Brook,\n\nEnquiry Ref: 2Taser",
        {"reference": None},
    ),
    # "Section 44 Searches" names a police power under another Act: no FOI exemption
    (
        "Our Ref: FOI 2009/0044\n\nRequest:\nPlease give the outcomes of Section 44 Searches for 2008.\n\n"
        "Response:\nI have today decided to disclose the located information. Of the Section 44 searches made in 2008, 2,108 led to an arrest.\n",
        {"exemptions": [], "outcome": "disclosed"},
    ),
    # a vexatious refusal's stock "refusal notice to those aspects of your request" gives no part of it
    (
        "Thank you for your request for information regarding council papers which has now been considered.\n\nApplicant Question:\n"
        "Please send every paper of every meeting since January.\n\nNPCC Response:\nIn accordance with the Freedom of Information Act 2000 "
        "this letter acts as a refusal notice to those aspects of your request.\n\nSection 14(1) Vexatious Requests applies, as preparing the "
        "papers for disclosure would impose a grossly oppressive burden.\n",
        {"outcome": "refused"},
    ),
    # a thread addressed to a force's Police and Crime Commissioner is the commissioner's, not the force's
    (
        "Decisions log\n\nThe request was refused by Cambridgeshire Police and Crime Commissioner.\n\n"
        "Dear Cambridgeshire Police and Crime Commissioner,\n\nPlease send the record of each decision made to date.\n\nYours faithfully,\n\nAnn Brook\n",
        {"doc_type": "wdtk_thread", "authority_id": "cambridgeshire-police-and-crime-commissioner"},
    ),
    # "*Registration" with no space after the star is a bullet: each field asked for counts
    (
        "Our Ref: FOI 2019/0310\n\nYou asked:\nFor each vehicle, please provide the following:\n*Registration number\n*Date first registered\n"
        "*Where it is based\n\nIn Response:\nThe attached spreadsheet lists every vehicle.\n",
        {"questions": [
            {"number": None, "text": "Registration number"},
            {"number": None, "text": "Date first registered"},
            {"number": None, "text": "Where it is based"},
        ]},
    ),
    # s21 for one period and an NCND on cost for the rest: refused, the NCND's scope the cost
    (
        "Our Ref: FOI 882/19\n\nRequest:\nPlease provide the number of drone incidents for 2016, 2017 and 2018.\n\n"
        "Response:\nUnder section 21 of the Act, we are not required to provide information in response to a request if it is already reasonably "
        "accessible to you. The information for 2016 to July 2018 is available on the following website.\n\n"
        "For July to December 2018, the cost of confirming or denying that the information is held would exceed the appropriate limit "
        "under Section 12(2).\n",
        {"outcome": "refused", "ncnd": True, "ncnd_scope": "cost"},
    ),
    # an ICO summary finding most of the information exempt and some that should have been disclosed
    (
        "Decision notice\n\nReference: FS50199999\n\nPublic authority: Hertfordshire Constabulary\n\nSummary\n\nThe complainant asked for "
        "the reports into a collision. The public authority refused under section 30(1). The Commissioner has decided that most of the "
        "remaining information is exempt by virtue of section 30(1). However, the Commissioner has identified some information which should "
        "have been disclosed under the Act.\n",
        {"doc_type": "ico_decision", "outcome": "ico_partly"},
    ),
    # "Exemption 21 (Information Accessible by other means)": a section named by its exemption number and title
    (
        "Our Ref: FOI 534/25\n\nRequest:\nIs the unit accredited?\n\nResponse:\nWe consider the Freedom of Information Act 2000 Exemption 21 "
        "(Information Accessible by other means) is engaged, as the accreditation is published by UKAS.\n",
        {"exemptions": ["s21"]},
    ),
    # ...but not an exemption number followed by words that are not its title
    (
        "Our Ref: FOI 535/25\n\nRequest:\nHow many drones?\n\nResponse:\nThe force owns 4 drones (exemption 21 (four drones) in our old list).\n",
        {"exemptions": []},
    ),
    # a copy of a decision notice whose summary says "The Information Commissioner has decided" is the
    # decision, not a story about it
    (
        "Freedom of Information Act 2000 (Section 50)\nDecision Notice\n\nDate: 3 March 2011\n\nPublic Authority: Chief Constable of Kent Police\n\n"
        "Summary\n\nThe complainant asked for the locations of ANPR cameras. The Information Commissioner has decided that the public "
        "authority was entitled to rely on section 31(1)(a) to withhold them.\n",
        {"doc_type": "ico_decision", "outcome": "ico_upheld_authority"},
    ),
    # each question followed by its answer, with no heading and no word that they alternate: answers that
    # open as only answers do ("See attached spreadsheet.") are read as the response
    (
        "FOI Reference No: FOI-2009/1234\n\nThank you for your request for information dated 3 March 2009.\n\nYou asked for:\n\n"
        "1. In each of the last five years, how many officers faced a misconduct hearing?\n\nSee attached spreadsheet.\n\n"
        "2. Of those, how many were dismissed?\n\nSee attached spreadsheet. The force records dismissals with and without notice together.\n\n"
        "3. How many resigned before the hearing?\n\nSee attached spreadsheet.\n",
        {"outcome": "disclosed", "questions": [
            {"number": "1", "text": "In each of the last five years, how many officers faced a misconduct hearing?"},
            {"number": "2", "text": "Of those, how many were dismissed?"},
            {"number": "3", "text": "How many resigned before the hearing?"},
        ]},
    ),
    # an exemption engaged for one named question, and the others answered: a partial disclosure (the cost
    # of confirming or denying for that one question does not make the whole answer an NCND)
    (
        "Freedom of Information Request 16/04/212\n\nYou asked:\nWhere can I report a fraud on the court?\n"
        "How many court staff have been reported to the force for fraud?\n\nResponse\n"
        "Fraud can be reported to Action Fraud, the national reporting centre, online or by telephone.\n"
        "The question concerning how many court staff have been reported to the force for fraud has engaged an exemption under Section 12(2) of the Act.\n",
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    # an internal review that upholds a not-held answer: confirming the decision is not an answer given
    (
        "Internal review of FOI 2024-25-061\n\nRequest\nPlease send the number of staff earning over £100,000.\n\n"
        "Response\nWe can confirm that the original decision is upheld. The information is not held by the Authority, "
        "and we should have explained why in our first response.\n",
        {"outcome": "not_held", "ncnd": False},
    ),
    # answers introduced by the question's place in words ("In response to your second question")
    (
        "FOI Request\nI write to ask, under the Freedom of Information Act 2000, about the drone bid in the Police and Crime Plan.\n"
        "- How did the office apply for the funding?\n- How much funding was available?\n\nFOI Response\n"
        "In response to your first question.\nThe office sent a written bid to the national board in March, with a costed plan.\n"
        "In response to your second question.\nA total of £2 million was available to all forces.\n",
        {"outcome": "disclosed", "ncnd": False},
    ),
    # the authority's messages only carry attachments under a signature, and the requester's own later
    # message (asking for a review) is not the authority's words: the status stands in
    (
        "Festival policing costs\n\nThe request was partially successful.\n\nDear Hampshire Constabulary,\n\n"
        "Please send the itemised policing bill for the 2010 festival.\n\nYours faithfully,\n\nAnn Brook\n\n"
        "1 Attachment\n\nSam Reed\nFreedom of Information Officer\nHampshire Constabulary\nDirect Dial 01962 000000\n\n"
        "Dear Hampshire Constabulary,\n\nPlease pass this on to the person who conducts Freedom of Information reviews. "
        "I am writing to request an internal review of your handling of my request, as the bill you sent leaves out the overtime costs.\n\n"
        "Yours faithfully,\n\nAnn Brook\n",
        {"doc_type": "wdtk_thread", "outcome": "partially_disclosed", "ncnd": None},
    ),
    # holding the information confirmed, and the page cut before the answer: no outcome, but no NCND either
    (
        "Freedom of Information Request 2024/0311\n\nRequest\nPlease send the guidance your officers follow on using drones at protests.\n\n"
        "Response\nI can confirm that Kent Police holds information relevant to your request.\n",
        {"outcome": None, "ncnd": False},
    ),
    # a reply that only attaches a letter extending the time to answer gives nothing: no outcome yet,
    # and the status (the requester's word on a later answer) is not taken
    (
        WDTK.format(status="The request was successful.", reply="Please find attached FOI request extension letter.\n\nKind regards,\nInformation Compliance Unit"),
        {"outcome": None, "ncnd": None},
    ),
    # a year and its figure on lines of their own answer the request even with no heading above them, and
    # with sections cited after them for the rest the answer is a partial disclosure
    (
        "I write in connection with your request received in this office on 2nd May. I note you seek the following:\n"
        "Please provide the number of closure orders the force applied for in each of the years 2019 / 2020 / 2021.\n"
        "2019 – no information held\n2020 – 4\n2021 – 11\n"
        "Any further details of the premises are exempt by virtue of Section 31(1)(a) Law enforcement.\n",
        {"outcome": "partially_disclosed"},
    ),
    # a cost refusal, then figures given under the duty to advise and assist: a partial disclosure
    (
        "Request\nPlease send the force's spending on interpreters for each year since 2014.\n\nResponse\n"
        "The information you have requested is not available in a readily retrievable format, and finding it would exceed the appropriate limit.\n"
        "However, in accordance with Section 16 I have a duty to provide advice and assistance and can provide information in relation to the totals for the last three years.\n"
        "2021-22 £889,120\n2022-23 £901,400\n2023-24 £915,002\n",
        {"outcome": "partially_disclosed"},
    ),
    # a request's items numbered "1," quoted in the letter are not counts given ("1, When an arrest was made")
    (
        "Our Ref: 002183/13\n\nI write in connection with your request for information.\n"
        "I can confirm that the force does hold the information you have requested.\n"
        "I would like to get the following data about arrests made during 2012:\n"
        "1, When an arrest was made\n2, How old the arrested persons were\n"
        "Giving the information in a spreadsheet of each arrest could identify the people arrested, so it is exempt under Section 40(2) and this letter is a refusal notice.\n",
        {"outcome": "refused"},
    ),
    # the force's first words after the numbered questions start its answer: "I will disclose some of..."
    (
        "Freedom of information request reference no: 01.FOI.23.040001\nI note you seek access to the following information:\n"
        "1) Do you use a social media listening platform?\n2) What do you spend on it each year?\n"
        "I will disclose some of the requested information below.\nSome data has been withheld as it is exempt from disclosure.\n",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    # a reply that only sends a letter ("Please find attached L…", cut) says nothing of what it gives
    (
        WDTK.format(status="The request was partially successful.", reply="Please find attached L"),
        {"outcome": "partially_disclosed", "ncnd": None},
    ),
    # ...nor does one that sends "correspondence": the status of a refused thread stands
    (
        WDTK.format(status="The request was refused by Kent Police.", reply="Please see attached correspondence."),
        {"outcome": "refused", "ncnd": None},
    ),
    # "...have provided the below response", then answers under "Question N" headings whose first line
    # answers (a pointer to published information, a figure): a partial disclosure under s21
    (
        "Freedom of Information request 28525\nClarification:\nQ2 - the number of officers trained only.\n"
        "We consulted with our Digital Services Division who have provided the below response to your request.\n"
        "Question 1\nAs this is available in the public domain, we are not obliged to provide it, as the following exemption applies:\n"
        "Section 21 – Information Accessible by Other Means.\nQuestion 2\n272 officers have completed the training.\n",
        {"outcome": "partially_disclosed", "exemptions": ["s21"]},
    ),
    # holding it confirmed, then "decided to exempt any information" under NCND subsections: the sections
    # withhold what is held, a refusal, not an NCND
    (
        "Request\nPlease tell me whether the force has bought software from Palantir in the last five years.\n\n"
        "Response\nI can confirm that the information you have requested is held by North Yorkshire Police.\n"
        "Decision\nI have today decided to exempt any information in relation to your request pursuant to Section 24(2) National Security and Section 31(3) Law Enforcement.\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # a sidebar heading with its links on one line is page chrome
    (
        "FOI 0101/25 Palantir contracts\nReference: 0101/25\nDate: 21/01/2025\n\nRequest\nPlease send your contracts with Palantir.\n\n"
        "Response\nPlease see the attached spreadsheet.\n\nRelated content: Body worn video footage requests | Drone unit FAQs | Request CCTV footage\n",
        {"technologies": ["palantir"]},
    ),
    # a requester's annotation runs only to the next message: the authority's letter under its name alone
    # (the site dropped the message date) is the authority's, cut before its answer, so the status word
    # stays out
    (
        "Taser use at matches\n\nThe request was refused by Kent Police.\n\nDear Kent Police,\n\n"
        "Please send the records of each Taser discharge at football grounds in 2023.\n\nYours faithfully,\n\nAnn Brook\n\n"
        "Ann Brook left an annotation ()\n\nThe grounds are listed on the league's own website.\n\n"
        "Kent Police\n\nDear Ms Brook\n\nFreedom of Information Request Reference No: 2023090004512\n"
        "I write in connection with your request for information which was received by Kent Police on 02/09/2023. "
        "I note you seek access to the following information:\n\n\"Please send the records of each Taser discharge",
        {"outcome": None, "ncnd": None},
    ),
    # an internal review's own question names the first decision's section: the review's answer is cut
    (
        "Our Ref: IM-FOI-2019-0420\nINTERNAL REVIEW\nI have now completed the review you asked for.\n"
        "The decision I have to make is whether or not the exemption at section 33(1)(b), together with section 15, "
        "was correctly applied to your request. I have looked again at the ",
        {"outcome": None, "reference": "IM-FOI-2019-0420"},
    ),
    # a flattened letter head with its labels before their values: the reference shape and the date
    (
        "OFFICIAL Our Ref: Date: IM-FOI-2019-0420 3 May 2019 FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - INTERNAL REVIEW "
        "I refer to your request for a review of our response.",
        {"reference": "IM-FOI-2019-0420", "date": "2019-05-03"},
    ),
    # a cost refusal said of one question, and no other answer shown: the rest may have been answered
    (
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 412-2024\nI write in connection with your request for information.\n"
        "Please find the response set out below.\n"
        "Response: Please be advised that the information requested at Q3 is not held in a readily retrievable format. "
        "To find each case we would need to read every custody record for the year, which ",
        {"outcome": None},
    ),
    # why confirming would harm is not an answer of "not held": the NCND stands
    (
        "Request:\nHas the force suffered a ransomware attack since 2020?\nResponse 1 & 3:\n"
        "The force can neither confirm nor deny that it holds any other information with regard to a ransomware attack as the duty in "
        "Section 1(1)(a) does not apply by virtue of the following exemptions:\nSection 24(2) National Security\nSection 31(3) Law Enforcement\n"
        "Harm in Confirming or Denying that Information is held\nTo confirm or deny whether any further information is held would show where an "
        "attack has been made. Confirming that such information is not held may assist\n",
        {"outcome": "ncnd", "ncnd": True},
    ),
    # figures given (in an attachment the page does not show), then an NCND on the rest that points back at them
    (
        "Request:\nHow many officers are suspended pending a misconduct investigation?\nResponse:\n"
        "In addition to the figures above, the force can neither confirm nor deny that it holds any other information relevant to this request "
        "by virtue of Section 30(3) and Section 40(5).\n",
        {"outcome": "partially_disclosed", "ncnd": True, "ncnd_scope": "partial"},
    ),
    # an NCND on "some of the information" after a table (its cells run together in the page's text): a partial NCND
    (
        "Request 1\nHow many data incidents were recorded in each of 2022 and 2023?\n\nAnswer 1\n"
        "The force records these as data incidents and has provided the table below in response to your request.\n\n 20222023\nIncidents by email3122\nSystem misuse1719\nTotal4841\n\nPartial NCND\n"
        "We can Neither Confirm Nor Deny that we hold some of the information relevant to your request by virtue of Section 24(2) National Security.\n",
        {"outcome": "partially_disclosed", "ncnd_scope": "partial"},
    ),
    # the cost letter that refuses the whole request, cut before its last words
    (
        "Request\n1. How many dogs does the force own?\n2. What did the dog unit cost in each of the last five years?\n"
        "Response\nPlease be advised that the information that you have requested is not available in a readily retrievable format.\n"
        "In accordance with the Freedom of Information Act 2000, this letter acts as a Refusal Notice for this part of the request "
        "and if one part of a request exceeds the fees limit then S12 of the Act a",
        {"outcome": "refused"},
    ),
    # a date that ends a period asked about ("to current date 1 November 2019") is the request's, not the answer's
    (
        "Accountability\n\nCurrently waiting for a response from Kent Police.\n\nKent Police\n\nPlease respond to the following:\n\n"
        "1. Please explain how complaints are referred.\n\n2. Please advise, by year between 1 January 2015 to current date 1 November 2019:\n"
        "2a. how many complaints were referred back?\n",
        {"date": None},
    ),
    # a thread that shows only the acknowledgement letter: its date is the receipt's, not the answer's
    (
        "Drone sightings\n\nThe request was refused by Kent Police.\n\nDear Kent Police,\n\nPlease send the witness statements about the drone sightings.\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nKent Police\n\nDate: 25/5/21\n\nOur Ref: FOI 1832/21\n\nDear Ms Brook,\n\n"
        "Thank you for your request which was received by Kent Police.\nThis request will be dealt with under the terms of the Freedom of\n"
        "Information Act 2000 and you will receive a response within the statutory\ntimescale of 20 working days.\n",
        {"outcome": None, "date": None},
    ),
    # a commissioner's office that keeps no such records: not held
    (
        "FREEDOM OF INFORMATION ACT 2000 – INFORMATION REQUEST\nRequest\n1. Why was the camera installed?\nResponse\nI do not retain records or otherwise hold this information, as the matter lies outside my remit.\n",
        {"outcome": "not_held"},
    ),
    # a refusal notice's own heading with its number is not a figure given
    (
        "Reference: 21021\nDisclosure Details\nYou have requested the following information:\nThe commissioner's diary for 2020/21.\n"
        "Refusal Notice - 21021\nAlthough I can confirm we hold this information, it will not be possible to answer your request without "
        "exceeding the appropriate cost threshold.\n",
        {"outcome": "refused"},
    ),
    # a count of none, given as a fact, answers the question
    (
        "FREEDOM OF INFORMATION ACT 2000 – INFORMATION REQUEST\nRequest\nPlease give the number of police stations opened or re-opened since January 2011.\nResponse\nPlease see the below response to your request.\n"
        "Please note there have been no police stations within the force area that have opened or re-opened since 1 January 2011.\n",
        {"outcome": "disclosed", "ncnd": False},
    ),
    # a question answered as not a valid request, beside an exempted one: nothing given
    (
        "Request\nQ1. What powers did officers use at the encampment?\nQ2. Why did the press office not reply to me?\nResponse\n"
        "Decision\nI have today decided to disclose the located information to you.\n"
        "Q1. I am exempting any information to your request pursuant to Section 31 – Law Enforcement.\n"
        "Q2. Pursuant to Section 8 of the Act, for a request to be valid it must ask for information that is recorded. Your request asks for reasons.\n",
        {"outcome": "refused"},
    ),
    # a bundle of documents attached within the request's scope, then an NCND on anything more: partial
    (
        "FOI Request\nPlease provide all correspondence between the Commissioner and the Chief Constable since March 2020.\nOPCC Response\n"
        "Attached to the email accompanying this letter is a document bundle containing 86 items which fall within the scope of your request.\n"
        "The Office of the Police and Crime Commissioner neither confirms nor denies whether additional material is or may be held.\n"
        "The following exemptions have been relied upon:\nSection 40(2) Personal Information\nSection 30(3) Investigations\n",
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    # only some of what was asked is held, and what is held is given: a partial disclosure
    (
        "Our Ref: NY1234 - Date: 24.03.2023\nI write in connection with your request for information.\nI note you seek access to the following information:\n"
        "- 1 Where did the figure in the report come from?\n- 2 Will the decision be reviewed?\n"
        "Extent and Result of Searches to Locate Information\nI can confirm that some of the information you have requested is held by the Office.\n"
        "I have today decided to disclose the located information to you.\n- The figure came from a briefing given in conversation.\n",
        {"outcome": "partially_disclosed"},
    ),
    # answers given, then "for anything else we would rely on the following:" and the page stops before the
    # provisions: the rest may be an NCND, so ncnd is not known
    (
        "Freedom of Information Act 2000\nEnquiry Reference: 44 - 26\nRequest\nHas the force used facial recognition at protests?\nResponse\nYes, on two occasions in 2025.\n"
        "Having made enquiries within the Force above is all the information we can disclose and for anything else we would rely on the following:\n"
        "Section 17 of the Act requires the force, when refusing to provide information, to give the applicant a notice which: a) states that fact b) specifies the",
        {"outcome": "partially_disclosed", "ncnd": None},
    ),
    # the older thread layout puts "Link to this" under every message: the authority's acknowledgement below it
    # is still the authority's own words, so the requester's status word is not the outcome
    (
        "CCTV camera locations\n\nThe request was refused by Kent Police.\n\nDear Kent Police,\n\nPlease list the postcodes of your fixed CCTV cameras.\n\n"
        "Many thanks\n\nAnn Brook\n\nLink to this\n\nKent Police\n\n4 February 2011\n\nDear Ms Brook\n\n"
        "Freedom of Information Request Reference No: 2011020000834\nI write in connection with your request for information which was received "
        "by Kent Police on 03/02/2011. I note you seek\naccess to the following information:\n\n\"Please list the postcodes of your fixed CCTV cameras.\"\n\n"
        "Your request will now be considered in accordance with the Act. You will receive a response within the\nstatutory timescale of 20 working days.\n",
        {"outcome": None},
    ),
    # a thread the site marks long overdue has no answer: the requester's numbered background points and the
    # refusal they quote from an earlier request are not one, and the overdue notice names the force asked
    (
        "Warrant statistics\n\nAnn Brook made this Freedom of Information request to Kent Police\n\nResponse to this request is long overdue. By law, under all circumstances, Kent Police should have "
        "responded by now (details). You can complain by requesting an internal review.\n\nDear Chief Constable,\n\n"
        "(1) the number of search warrants applied for in 2022;\n\n(2) the number of those the courts refused.\n\nYours sincerely,\n\nAnn Brook\n\n"
        "BACKGROUND\n\nMy earlier request was refused under section 12. Two points matter:\n\n"
        "(1) it is important that the courts can rely on what officers tell them when warrants are sought;\n\n"
        "(2) the public should be able to see how often this happens.\n",
        {"doc_type": "wdtk_thread", "authority_id": "kent-police", "outcome": None, "ncnd": None, "exemptions": [], "question_answers": []},
    ),
    # a requester whose name holds "Police": the authority's acknowledgement addressed to them is still the
    # authority's own words, so the status word is not the outcome
    (
        "Second jobs\n\nThe request was successful.\n\nPolice Pensioners Forum\n\nDear Kent Police,\n\n"
        "Please list the approved business interests of officers.\n\nYours faithfully,\n\nPolice Pensioners Forum\n\n"
        "Kent Police\n\nDear Police Pensioners Forum\n\nFreedom of Information Request Reference No: 2010060000123\n"
        "I write in connection with your request for information which was received by Kent Police on 02/06/2010.\n"
        "Your request will now be considered in accordance with the Act. You will receive a response within\n"
        "the statutory timescale of 20 working days.\n\nYours sincerely\n\nJo Bloggs\n",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # a thread whose request opens with no salutation, cut inside the authority's letter restating it: the
    # letter under the force's header is the authority's own words, not yet its answer
    (
        "Protest photographs\n\nThe request was partially successful.\n\nOfficers photograph protesters at marches. "
        "Please give the number of such images destroyed after each march in 2011.\n\n"
        "Kent Police\n\nDear Ms Brook\n\nFreedom of Information Request Reference No: 2011100004129\n"
        "I write in connection with your request for information which was received by Kent Police on 26/10/2011. "
        "I note you seek access to the following information:\n\n\"Officers photograph protesters at marches. Please give the number",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # a request to the regulator itself: the site's line names it as the body asked (not a force the questions
    # name), and its automatic acknowledgement is its own words, so the status word is not the outcome
    (
        "Complaint figures\n\nAnn Brook made this Freedom of Information request to Information Commissioner's Office "
        "This request has been closed to new correspondence.\n\nThe request was refused by Information Commissioner's Office.\n\n"
        "Please give by year since 2015:\n\n1. How many complaints were made about police forces?\n"
        "2. How many of those were about Kent Police?\n\nYours faithfully,\n\nAnn Brook\n\n"
        "AccessICOinformation, Information Commissioner's Office\n\nThank you for contacting the Information Commissioner's Office. "
        "We confirm\nthat we have received your correspondence. We will respond within our published service levels.\n",
        {"doc_type": "wdtk_thread", "authority_id": "information-commissioners-office", "outcome": None, "ncnd": None},
    ),
    # the whole request over the cost limit: a later sentence that one question's detail has no field of its own
    # does not make the answer "not held"
    (
        "Freedom of Information request: vehicle pursuits\nReference: 611-25\nRequest\n1. How many pursuits were recorded each year since 2015?\n"
        "2. How many pursuits ended in a collision?\nResponse\nKent Police holds information on the subject you have asked about. "
        "However, we will not be able to answer your request without exceeding the appropriate limit. "
        "Finding every pursuit would mean reading each incident log by hand, which would take far longer than 18 hours.\n"
        "Similarly, for question 2, we do not have a specific field in our systems recording how a collision happened.\n",
        {"outcome": "refused", "ncnd": False},
    ),
    # a requester's annotation, then the authority's letter under a header naming only its officer ("Lee, Sam,"):
    # the letter to the requester is the authority's own words, cut before its answer, so the status stays out
    (
        "Strip search recording\n\nThe request was partially successful.\n\nDear Kent Police,\n\n"
        "Please provide your guidance on when a strip search is recorded on CCTV.\n\nYours faithfully,\n\nAnn Brook\n\n"
        "Ann Brook left an annotation ()\n\nThe title of this request should say necessity, not fairness.\n\n"
        "Lee, Sam,\n\nDear Mr. Brook,\n\nFreedom of Information: Right to know request 1010-11\n\n"
        "Thank you for your request under the Freedom of Information Act 2000 for the following information:\n\n"
        "Please provide your guidance on when a strip search",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # a letter that only says the answer will be late: neither its date nor the status word is the answer's
    (
        "Confidential reporting line\n\nThe request was partially successful.\n\nDear Kent Police,\n\n"
        "Please send the number of calls made to your confidential reporting line in 2009.\n\nYours faithfully,\n\nSam Lee\n\n"
        "Kent Police\n\n15 April 2010\n\nDear Mr Lee,\n\nRe: Your request\n\nThank you for your email of 29th March 2010, "
        "which I now confirm receipt of.\n\nI would like to inform you that there will be a delay in responding to\nyour request, "
        "as we have seen a rise in the number of requests.\n\nOnce a decision has been made you will be contacted.\n\n"
        "Yours sincerely\n\nJo Bloggs\nFreedom of Information Team\n",
        {"doc_type": "wdtk_thread", "outcome": None, "date": None},
    ),
    # the Act's own lettered lines quoted under "Section 8 of the Act provides:" are not answers to questions a-c:
    # a request refused as invalid is refused
    (
        "Arrest figures\n\nfreeman99 made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\na) How many arrests did the support group make in 2010?\n"
        "b) How many led to a charge?\nc) How many complaints were made about them?\n\nYours faithfully,\n\nfreeman99\n\n"
        "Kent Police\n\nDear Sir / Madam,\n\nFreedom of Information Request Reference No:2010120002999\n\n"
        "DECISION\n\nI have decided to refuse access to the information you have requested under the provisions of Section 8 "
        "of the Freedom of Information Act 2000.\n\nREASON FOR DECISION\n\nSection 8 of the Act provides:\n\n"
        "(1) In this Act any reference to a \"request for information\" is a\nreference to such a request which-\n\n"
        "(a) is in writing,\n(b) states the name of the applicant and an address for correspondence,\nand\n"
        "(c) describes the information requested.\n\nWe need your full name before we can deal with the request.\n",
        {"doc_type": "wdtk_thread", "outcome": "refused"},
    ),
    # a letter to the requester by the first name they signed with is the authority's, cut while restating, even
    # where a volunteer's annotation above it ran on over it
    (
        "Misfuelling\n\nThe request was successful.\n\nDear Kent Police,\n\nHow many police vehicles were filled with the wrong fuel in 2009?\n\n"
        "Yours faithfully,\n\nNick Lee\n\nAlex Roe left an annotation ()\n\nWe have been in touch with Kent Police about their e-mail problems.\n\n"
        "Kent Police\n\n1 Attachment\n\nDear Nick\n\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: 0439/2010\n\n"
        "In reply to your request for information under the Freedom of Information\nAct 2000, dated 15/09/2010, your request was received as:\n",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    # a note that only covers "a confirmation letter" attached, with no status shown, gives no outcome
    (
        "Injury pensions policy\n\nAnn Brook made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\n"
        "Please send your injury pensions policy.\n\nYours faithfully,\n\nAnn Brook\n\nKent Police\n\n1 Attachment\n\n"
        "Further to your recent FOI request, please find attached a confirmation letter.\n\nRegards\nFOI Team\n",
        {"doc_type": "wdtk_thread", "outcome": None, "ncnd": None},
    ),
    # notes the requester writes under their name ("Notes:") are theirs: their numbered points are not answers,
    # another body they name is not the one answering, and with no authority words shown the status speaks
    (
        "Injury pension reviews\n\nThe request was successful.\n\nDear Northern Ireland Policing Board,\n\n"
        "1) How many injury pension reviews were held since 2005?\n\n2) How many reduced the pension paid?\n\n"
        "Yours faithfully,\n\nAnn Brook\n\nNotes:\n\n1) I first asked the Police Service of Northern Ireland, who say that they "
        "do not hold the information, but that you do.\n\n2) The Ministry of Justice has guidance on these reviews, which I have read.\n",
        {"doc_type": "wdtk_thread", "authority_id": "northern-ireland-policing-board", "outcome": "disclosed", "ncnd": None},
    ),
    # an acknowledgement cut after its first words is the authority's too
    (
        "PNC questions\n\nThe request was successful.\n\nDear Home Office,\n\nHow many records does the PNC hold?\n\nYours faithfully,\n\nAnn Brook\n\n"
        "FOI Requests, Home Office\n\nWe will endeavour to respond to your FoI request within\n",
        {"outcome": None},
    ),
    # "the following information can be disclosed", the figures in an attachment
    (
        "Freedom of Information Act 2000\nRequest\nPlease give the reason and outcome of each search of a child under 10.\nResponse\n"
        "Following liaison with our Performance and Demand team, the following information can be disclosed:\nPlease find the PDF attached.\n",
        {"outcome": "disclosed"},
    ),
    # a count confirmed, and "we have provided you with all relevant information"
    (
        "Dear Ms Brook,\nThank you for your e-mail of 20 October, in which you asked for up to date figures on the number of records held on the "
        "Police National Computer. Your request has been handled as a request for information under the Freedom of Information Act 2000.\n"
        "I confirm that the number of nominal records held on the PNC is 11,559,157.\n",
        {"outcome": "disclosed"},
    ),
    # a total stated is a figure given
    (
        "Investigations - 742/19\nDate Responded 02 July 2019\nProvision of information held by Northumbria Police made under the Freedom of Information Act 2000\n"
        "You asked:\n\u201cI would like the most up to date cost of the investigation into the fraud case.\u201d\nIn Response:\n"
        "The total of the costs incurred, as recorded by the force to date on this case, is £1,038,849.\n",
        {"outcome": "disclosed", "ncnd": False},
    ),
    # the page stops right after "I can confirm that": what was confirmed is not shown
    (
        "Freedom of Information Act 2000\nRequest\nHow many horses does the mounted section keep?\nIn Response:\n"
        "We have now had the opportunity to fully consider your request.\n\nFollowing receipt of your request, searches were conducted within the force. I can confirm that",
        {"outcome": None},
    ),
    # a request signed off with "--" and a name ends at the authority's name above its salutation; its
    # acknowledgement keeps the status word out
    (
        "Posts funded by the Home Office\n\nThe request was refused by Kent Police.\n\nDear Kent Police,\n\nPlease say why these posts are funded directly.\n\n--\n\nAnn Brook\n\n"
        "Kent Police\n\nDear Ann\n\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: 0579/2011\n\nWe acknowledge receipt of your Freedom of Information request which\n"
        "was received by Kent Police on 17th October 2011. You will receive a response within the statutory\ntimescale of twenty working days.\n",
        {"outcome": None},
    ),
    # a "not held" said of one later question, the rest not shown
    (
        "Freedom of Information Act 2000\nRequest\nQ1. How many speeding notices were sent in 2024?\nQ2. How many were cancelled?\nResponse\n"
        "With regards to Q2, this information is not held by the force.\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exempt",
        {"outcome": None},
    ),
    # "not obliged to provide the majority of the information": some was given
    (
        "Freedom of Information Act 2000\nRequest\nPlease send the operational orders for the visit.\nResponse\n"
        "I have now considered your request and I am not obliged to provide the majority of the information requested.\n",
        {"outcome": "partially_disclosed"},
    ),
    # one question's answer withheld, the rest given
    (
        "Freedom of Information Act 2000\nRequest\n1. Which drones does the force own?\n2. What was the unit price of each?\nResponse\n"
        "Please find attached the information for question 1. However, we are withholding information in relation to question 2 since it is exempt "
        "by virtue of the following exemption:\nSection 43(2) Commercial Interests\n",
        {"outcome": "partially_disclosed"},
    ),
    # an internal review telling what the first response said is not the review's decision
    (
        "Freedom of Information Act 2000\nInternal review report\nThe request\nThe requester asked who is responsible for the Police National Computer.\n"
        "The response\nThe response to Mr Lee stated that the Home Office does not hold the information requested, and advised him to ask the agency that runs the system.\n"
        "The review\nI have considered whether the searches made were",
        {"outcome": None},
    ),
    # held, "as outlined below", and the policy's extracts given
    (
        "FOI Reference: 473/2024\nRequest:\nWhat is the policy on recycling old uniforms?\nResponse 1:\n"
        "I can confirm that the force does hold the information requested, as outlined below. There is no specific policy, however, the below are "
        "extracts from the Uniform and Standards of Appearance guidance.\nSection 6 - Contamination of Uniform\n",
        {"outcome": "disclosed", "ncnd": False},
    ),
    # a letter whose request runs into its answers, cut before the last one: 1,500 characters and more of plain
    # answers with no word of neither confirming nor denying
    (
        'LOAMSHIRE POLICE\n'
        'Information Rights Unit, Police Headquarters, Loamford LM1 2AB\n'
        'Date: 14 May 2019 Our ref: FOI 2019-211\n'
        'Dear Ms Carter\n'
        'I write in connection with your request for information dated 2 April 2019 about speed awareness courses.\n'
        'I am required by the Freedom of Information Act 2000 to handle all requests in a manner that is blind as to the identity and motives of the requester. Any information released in response to a request is regarded as published and therefore in the public domain without restriction.\n'
        'Your request for information has now been considered and I am able to respond as follows.\n'
        'Your questions and our answers:\n'
        'Some forces have stopped giving fixed penalty notices at the roadside and send a report instead. Please tell me whether your force:\n'
        'a. Still gives fixed penalty notices at the roadside Yes, our officers still give fixed penalty notices at the roadside for most offences.\n'
        'b. Sends a traffic offence report instead for some offences Our officers send a traffic offence report where the driver must attend a course or a court.\n'
        'c. Plans to change its practice We are reviewing the process this year alongside our neighbouring forces and expect to report in the autumn.\n'
        'Please also provide:\n'
        'd. Details of the driver courses offered to offenders in the county We offer the speed awareness course, the motorway course and the driver alertness course. The alertness course is an alternative to prosecution for careless driving and usually follows a collision in which nobody was badly hurt.\n'
        'e. The number of people who attended each course in 2018 The speed awareness course was attended by 21,904 people, the motorway course by 3,118 people and the driver alertness course by 611 people in the calendar year 2018.\n'
        'f. The fee charged for each course The fee for each course is set nationally and is paid to the course provider, not to the force, so the force does not\n',
        {"ncnd": False, "outcome": None},
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rule(text, expected):
    record = parse_notice(text)
    got = {key: record[key] for key in expected}
    assert got == expected, record["warnings"]


def test_a_thread_whose_salutation_cleaning_moved_still_has_its_request_and_acknowledgement():
    """Cleaning keeps one copy of a line a quoted reply repeats, at the end of the text: a thread whose
    "Dear Essex Police," moved there still starts its request below the status line, and the page that
    stops at the authority's acknowledgement takes no outcome from the status."""
    thread = (
        "Fingerprint scanners\n\nThe request was successful.\n\n"
        "Please send me the manuals you hold for your mobile fingerprint scanners.\n\nYours faithfully,\n\nAnn Brook\n\n"
        "data foi, Essex Police\n\nThank you for your enquiry, which has been logged under the above reference number.\n"
        "Under the Act we are required to reply within 20 working days, but given the very high number of requests\n"
        "being received this may not be possible. We will reply as soon as we can.\n\n"
        "Dear Essex Police,\n"
    )
    record = parse_notice(thread)
    assert record["doc_type"] == "wdtk_thread"
    assert record["outcome"] is None
    assert any("requester marked the thread disclosed" in w for w in record["warnings"])


def test_a_log_that_answers_each_request_under_a_bare_answer_heading():
    """PSNI's logs: "Request 1" / the question / "Answer" / its answer, and so on, with one "Answer 3, 4"
    heading for several. Each answer is read for its own question: one given, one not held, is a partial
    disclosure."""
    notice = (
        "Request Number: F-2025-00412\nCategory: Finance and Procurement - Contracts\nSubject: Control room contract\n"
        "Request and Answer:\nYour request for information has now been considered.\n\n"
        "Request 1\nWho supplies the force's command and control system?\nAnswer\nThe system is supplied by Northgate Public Services.\n\n"
        "Request 2\nWhat is the average yearly spend on that contract?\nAnswer\nThe Police Service of Northern Ireland does not hold averages, as this is not recorded information.\n\n"
        "Request 3\nWhen does the contract end?\nRequest 4\nWill it be renewed?\nAnswer 3, 4\nThe contract ends in March 2027; no decision on renewal has been made.\n"
    )
    record = parse_notice(notice, "https://www.psni.police.uk/foi-publication/control-room-contract")
    assert [q["number"] for q in record["questions"]] == ["1", "2", "3", "4"]
    assert record["outcome"] == "partially_disclosed"


def test_a_numbered_request_then_the_forces_answer_with_no_heading():
    """A log page with no "Response" heading: after the request's numbered list, "Our data are not
    organised..." opens the force's answer, which refuses on cost but supplies something as goodwill."""
    notice = (
        "Dangerous Dogs Act (199A/22)\n\nThis is an information request relating to dogs seized under the Dangerous Dogs Act.\n\n"
        "Please include the information for each of the following periods: 2019-20, 2020-21:\n\n"
        "1. The annual cost to the force of seizing dogs, broken down by kennelling and veterinary costs.\n2. The number of dogs seized each year.\n\n"
        "Our data are not organised in such a way as to allow us to provide all of this information within the appropriate cost limit of the Act (section 12).\n\n"
        "However, although excess cost removes the force's obligations under the Act, as a gesture of goodwill I have supplied information relative to your request.\n\n"
        "With regard to question 1, although we have provided total costs (see attached), it is not possible to separate the kennelling costs.\n"
    )
    record = parse_notice(notice, "https://www.west-midlands.police.uk/foi-ai/west-midlands-police/disclosure-log/dangerous-dogs-act-199a-22/")
    assert record["outcome"] == "partially_disclosed"


# Rules that need the page's address as well as its text, each a real layout written in our own words:
# (what the rule is, the page, its address, the fields expected)
CASES_WITH_ADDRESS = [
    (
        "a government's shared FOI log for an island with one police force: the one police body named answered",
        "Computer misuse allegations (FOI)\nProduced by the Freedom of Information office. Authored by States of Jersey and published on\n"
        "12 March 2015.\nRequest\nHow many allegations of misuse of the Police National Computer were recorded against officers since 2010?\n"
        "Response\nThe Professional Standards Department holds no record of any such allegation in that period.\n"
        "The Police National Computer is a national database open to all police forces, including the States of Jersey Police.\n",
        "https://www.gov.je/government/freedomofinformation/pages/foi.aspx?ReportID=4321",
        {"authority_id": "states-of-jersey-police"},
    ),
    (
        "...and by the name islanders also use for it",
        "Officer bonuses (FOI)\nProduced by the Freedom of Information office. Authored by States of Jersey and published on\n"
        "02 May 2013.\nRequest\nHow much has been paid in bonuses to senior officers in Jersey States Police over the last ten years?\n"
        "Response\nNo bonuses have been paid in that period.\n",
        "https://www.gov.je/government/freedomofinformation/pages/foi.aspx?ReportID=4322",
        {"authority_id": "states-of-jersey-police"},
    ),
    (
        "an out-of-office reply wrapped so that a line starts 'a crime or ...' does not answer question 'A'",
        "Baton rounds\n\nDear Loamshire Police,\n\nPlease tell me:\nA. How many baton round launchers you own\nB. How many officers may use them\n\n"
        "Yours faithfully,\n\nSam Lee\n\nThe Information Unit is closed until Monday 4th May 2015. Should you need to report\n"
        "a crime or need police help before that date please call the control room\non 0100 000 0000. Thank you.\n",
        "https://www.whatdotheyknow.com/request/loamshire_question",
        {"outcome": None},
    ),
    (
        "the Act's section 17 quoted in a holding reply: '(1) A public authority which, ...' answers no question 1",
        "Cold case\n\nDear Loamshire Police,\n\n1. When was the review opened?\n\n2. When was it closed?\n\nYours faithfully,\n\nSam Lee\n\n"
        "Freedom of Information,\n\nDear Sir/Madam,\n\nYour response is due today, however section 17 of the Act provides:\n\n"
        "(1) A public authority which, in relation to any request for information,\nis to any extent relying on a claim that information is exempt\n",
        "https://www.whatdotheyknow.com/request/loamshire_question",
        {"outcome": None},
    ),
    (
        "'FOI Duty' heads the response of a log laid out as duties, fact, exemption and reasoning",
        "Information Request\nPlease can you tell me:\n1. How many dogs were seized in 2022?\n2. What did kennelling them cost?\n"
        "FOI Duty\nFirst Duty – Loamshire Police holds some of the information relating to your request\nSecond Duty – See below\n"
        "Fact - It is not possible to extract all the data in your request\nExemption - Section 12(1)\nRefusal - Section 17(5) of FOIA\n"
        "Reasoning – The kennelling costs are not held on a central log and are not available in an extractable format.\n",
        "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/dogs-seized-2022/",
        {"outcome": "refused", "exemptions": ["s12(1)"]},
    ),
    (
        "a refusal headed 'Questions 2, 3, 5 & 6', with nothing shown for 1 and 4, leaves the outcome unknown",
        "REQUEST\nPlease give these figures per financial year for the past five years.\nRESPONSE\nQuestions 2, 3, 5 & 6\n"
        "Your request for information has now been considered and I am not obliged to supply the information you have requested.\n"
        "In relation to your particular request, the following exemption applies:\nSection 12 – Exemption where cost of compliance exceeds appropriate limit.\n"
        "A search returned 61,200 results, each of which would need to be read.\n",
        "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/june/foi-12345/",
        {"outcome": None, "ncnd": False},
    ),
    (
        "'holds information that you have asked for (see attached)' gives it; the report withheld beside it makes the disclosure partial",
        "FOI 12082020-1 Safer Streets\n\nYou asked:\n1. Provide a copy of the bid for the Safer Streets fund.\n2. Provide the crime audit that supported it.\n\n"
        "Response\nI can confirm that the Office of the Loamshire Police and Crime Commissioner holds information that you have asked for (see attached) "
        "but we will not be providing you with a copy of the crime audit, as it is exempt from disclosure under section 31(1)(a) of the Act.\n",
        "https://northantspfcc.org.uk/foi-12082020-1-safer-streets",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "a page of the Mayor's Office for Policing and Crime's log on the GLA's site is MOPAC's, though the text never names it",
        "Key information\nRequest reference number: 321\nDate of response:\nSummary of request\n"
        "Please can you provide the following:\n1. The areas the Safer Streets bid covers.\n2. The number of cameras it will buy.\n"
        "Related documents\nFOI response Safer Streets bid\n",
        "https://www.london.gov.uk/programmes-strategies/mayors-office-policing-and-crime/governance-and-decision-making/mopac-disclosure-log/safer-streets-bid",
        {"doc_type": "force_response", "authority_id": "mayors-office-for-policing-and-crime", "reference": "321"},
    ),
    (
        "a holding reply saying what the answer to come will withhold is not that answer",
        "Fleet list\n\nThe request was successful.\n\nDear Loamshire Police,\n\nPlease list every vehicle in your fleet.\n\nYours faithfully,\n\nSam Lee\n\n"
        "Dear Mr Lee,\n\nThank you for clarifying your request, which is now being dealt with. You should note that details of covert vehicles will not "
        "be disclosed and exemptions will be applied to withhold them, and that will be fully explained in our response.\n\nRegards,\nFreedom of Information Unit\n",
        "https://www.whatdotheyknow.com/request/fleet_list_12",
        {"outcome": None, "ncnd": None},
    ),
    (
        "the requester's question restated in the letter ('Can you explain why ... no information held ...?') is not the answer",
        "Our Ref: FOI/1234/15\nDate: 3 March 2015\n\nDear Sir / Madam,\n\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: 1234/15\n\n"
        "I write in connection with your request for information dated 2 February 2015 and your further email in which you sought the following additional information:-\n\n"
        "Thank you for the reply. Can you explain in more detail why \"confirmation or denial (by citing an exemption or stating no information held) would compromise law enforcement.\"\n\n"
        "How many officers work on the unit?\n\n"
        "I am required by the Freedom of Information Act 2000 to handle all requests in a manner that is blind as to the identity of the requestor.\n",
        "https://docsbay.net/freedom-of-information-request-1234",
        {"outcome": None},
    ),
    (
        "a refusal of 'this part of your request' (the photographs), with the other part cut off, leaves the outcome unknown",
        "Re: Notice of Intended Prosecution\nPlease provide a copy of the photographs the notice is based on.\n"
        "Please also provide the date the camera was last calibrated.\n"
        "In accordance with section 1(1)(b) of the Freedom of Information Act our response is provided below;\n"
        "Photographs: I have now considered this part of your request and I am not obliged to provide this information.\n"
        "The information is exempt information by virtue of:\nSection 40(1) Personal data of the Applicant\n",
        "http://www.cheshire.police.uk/advice--information/freedom-of-information/disclosure-log/2011/08/request-1234---rp.aspx",
        {"outcome": None, "ncnd": False},
    ),
    (
        "a thread cut at the acknowledgement has no date of answer, with or without its status line",
        "Arrest figures\nDear Freedom of Information Officer,\nPlease tell me how many arrests were made in 2009.\nRegards,\nDan Lee\n"
        "Your Ref:\nOur Ref:F-2009-01234\n24 November, 2009\nDear Mr. Lee,\nThank you for your request for information, received at this office on\n"
        "23 November, 2009. Your request will now be considered and you will receive a response\nwithin the statutory timescale of 20 working days.\n",
        "https://www.whatdotheyknow.com/request/arrest_figures_2009",
        {"date": None, "outcome": None, "reference": "F-2009-01234"},
    ),
    (
        "'Qs 2, 3 & 5' heads a refusal ('we would not provide these details'): with nothing shown for 1 and 4, no outcome",
        "Officers suspended.\nClarification received:\nThe case the applicant refers to.\nQs 2, 3 & 5\n"
        "The hearing was held in private, and as such we would not provide these details. Therefore, please see below for the following exemption:\n"
        "Section 31(1)(g) 'Law Enforcement'\nEvidence of Harm:\nThe force is charged with enforcing the law.\n",
        "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure2/2022/11---november/202212345---officers-suspended/",
        {"outcome": None, "exemptions": ["s31(1)(g)"]},
    ),
    (
        "'X Police can advise you that <the fact asked about>' answers the question",
        "Stop and search records\n\nSam Lee made this Freedom of Information request to British Transport Police\n\nThe request was successful.\n\n"
        "Dear Sir or Madam,\n\nCan you tell me how long stop and search records are kept?\n\nYours faithfully,\n\nSam Lee\n\n"
        "From: Information Unit\nBritish Transport Police\n\nDear Sir\n\nWith reference to your request asking how long stop and search records are kept:\n\n"
        "British Transport Police can advise you that stop and search records are kept for seven years.\n\n"
        "I trust this answers your question.\n",
        "https://www.whatdotheyknow.com/request/stop_and_search_records",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "advice given under the duty to assist after a cost refusal ('we can advise that...') is not an answer",
        "FOI 2023-24-104\n\nRequest\nPlease provide every contract and email about the storage of body worn video footage.\n\nResponse\n"
        "Your request would exceed the cost limit of £600 set by the Freedom of Information (Scotland) Act, so we are not required to comply with it.\n"
        "In terms of our duty to assist, we can advise that negotiations are underway with the supplier for a contract amendment.\n",
        "https://spa.police.uk/publication-library/foi-2023-24-104-storage/response",
        {"outcome": "refused"},
    ),
    (
        "'do not have our own specific policy' is a not-held answer",
        "Dear Mr Lee,\n\nFREEDOM OF INFORMATION REQUEST\n\nI write in connection with your request for information received by Kent Police on 30/07/2008.\n"
        "I note you seek access to the following information:\n\nPlease outline your policy on drivers who alter their number plates.\n\n"
        "Following receipt of your request, searches were conducted within Kent Police to locate information relevant to your request and I can respond to you as follows.\n\n"
        "Kent Police do not have our own specific policy on this. The law sets out how the letters must be spaced.\n",
        "http://www.whatdotheyknow.com/request/1234/response/5678/attach/html/3/RESPONSE%20LETTER.pdf.html",
        {"outcome": "not_held", "ncnd": False},
    ),
    (
        "a not-held answer for Q2 beside a cost refusal of the rest: the rest is refused",
        "Freedom of Information Act 2000\nOur Ref: 1/24\n\nRequest:\n1. How many drones?\n2. What did they cost?\n3. Where are they based?\n4. Who flies them?\n5. How many flights?\n\nResponse:\n"
        "With regards to Q2, this information is not held by the force.\nTo answer the rest of your request would exceed the cost limit set by section 12 of the Act.\n",
        "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/may/drones/",
        {"outcome": "refused"},
    ),
    (
        "a cost refusal of the whole request, then a block adding an exemption for 'Questions 3 and 4': refused",
        "Freedom of Information Act 2000\nOur Ref: 1/24\n\nRequest:\n1. How many drones?\n2. What did they cost?\n3. Where are they based?\n4. Who flies them?\n5. How many flights?\n\nResponse:\n"
        "Your request would exceed the appropriate limit of 18 hours, so section 12 of the Act applies to the whole request.\nQuestions 3 and 4\n"
        "In addition, this information is exempt under section 31(1)(a) of the Act.\n",
        "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/may/drones/",
        {"outcome": "refused"},
    ),
    (
        "'Questions 2, 3 & 5' over a cost refusal in its own words, nothing shown for 1 and 4: no outcome",
        "Freedom of Information Act 2000\nOur Ref: 1/24\n\nRequest:\n1. How many drones?\n2. What did they cost?\n3. Where are they based?\n4. Who flies them?\n5. How many flights?\n\nResponse:\n"
        "Questions 2, 3 & 5\nTo locate this would exceed the appropriate cost limit of 18 hours, so section 12 applies.\n",
        "https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/may/drones/",
        {"outcome": None},
    ),
    (
        "an acknowledgement that 'can advise you that your request was received' answers nothing",
        "Drones\n\nSam Lee made this Freedom of Information request to Kent Police\n\nThe request was successful.\n\nDear Kent Police,\n"
        "Please tell me how many drones you own.\nYours faithfully,\nSam Lee\n\nDear Mr Lee,\n\n"
        "Thank you for your request. I can advise you that your request was received on 3 May 2023 and is being dealt with.\n",
        "https://www.whatdotheyknow.com/request/drones_1",
        {"outcome": None, "ncnd": None},
    ),
    (
        "'can advise you that this information is available on our website' is not an answer given",
        "Dear Mr Lee,\n\nFreedom of Information Request Reference No: 1234/15\n\nYou asked: how many drones does the force own?\n\n"
        "Response\nKent Police can advise you that this information is available on our website.\n",
        "https://docsbay.net/freedom-of-information-request-1234",
        {"outcome": None},
    ),
    (
        "a covering note for 'attached correspondence' is not a disclosure: the thread's status tells of the letter",
        "Road cameras\n\nThe request was refused by Loamshire Police.\n\nDear Sir / Madam,\n\nPlease tell me how many safety cameras are on Mill Road.\n\n"
        "Kind regards,\n\nSam Lee\n\n1 Attachment\n\nMr Lee\n\nPlease see attached correspondence about the safety cameras on Mill Road, which you asked us about last month.\n\n"
        "Sgt Ann Brook\nLoamshire Police\nForce Disclosure Unit\nFreedom of Information\n0141 000 0000\n\nshow quoted sections\n",
        "https://www.whatdotheyknow.com/request/mill_road_cameras",
        {"outcome": "refused"},
    ),
    (
        "a line saying who provided the answers, above 'Question 1' and its table, opens the response (the request has no heading)",
        "Please provide the following for the calendar year 2025.\nFor each offence where someone was charged, please give the count.\n"
        "We consulted with our Performance Analysts who have provided the following information in relation to your request.\n"
        "Question 1\n\nOutcome |\nCount |\n\n01: Charged |\n212 |\n\n02: Cautioned |\n9 |\n",
        "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2026/foi-12345/",
        {"doc_type": "force_response", "outcome": "disclosed", "ncnd": False},
    ),
    (
        "the requester's covering words for the request they attach are not a disclosure; 'FOI Response: N' is the reference",
        "17 March 2014 – FOI Response: 1234.2013-14 – Freedom of information request\n"
        "Please find attached a Freedom of Information request for the force and a separate request to the Commissioner's office.\n"
        "1. Please provide a copy of all internal communications about the appointment of a head of communications.\n",
        "https://www.northyorkshire-pfcc.gov.uk/foi/disclosure-log/foi-response-1234-2013-14-freedom-information-request/",
        {"doc_type": "force_response", "authority_id": "north-yorkshire-police-fire-and-crime-commissioner", "reference": "1234.2013-14", "outcome": None},
    ),
    (
        "a commissioner's log pages in Welsh ('cofnod datgelu rhyddid gwybodaeth') are its log too, weekday and all",
        "Transparency criteria\n\nReference: 13032\n\nDate Added: Dydd Mercher, 30 Hydref 2013\n\nCategory: Miscellaneous\n\nDisclosure Details\n\n"
        "a1. The names of the commissioner and deputy\n",
        "https://www.gwent.pcc.police.uk/cy/cofnod-datgelu-rhyddid-gwybodaeth/13032/",
        {"doc_type": "force_response", "authority_id": "gwent-police-and-crime-commissioner", "reference": "13032", "date": "2013-10-30"},
    ),
    (
        "a commissioner's office named only by its own domain",
        "DISCLOSURE LOG\nRESPONSE TO REQUEST\nReference: 2022 – 280 / WE5500\nDate of response: 3rd March 2022\n"
        "FREEDOM OF INFORMATION ACT 2000 – INFORMATION REQUEST\nRequest\nHow many stations have opened since 2011?\nResponse\nNone have opened.\n",
        "https://www.westmercia-pcc.gov.uk/03-03-2022-response-to-requester/",
        {"authority_id": "west-mercia-police-and-crime-commissioner"},
    ),
    (
        "GOV.UK's release pages: 'We released the following information on ...' above the attached answer",
        "FOI release\nFOI response about the criminal records office\n12345\nWe have received a request under the Freedom of Information Act 2000 "
        "for the following:\n(a) Why was the office chosen?\n(b) What does the service cost each year?\nWe released the following information on 16 June 2009.\n"
        "Published 16 June 2009\n",
        "https://www.gov.uk/government/publications/foi-response-concerning-the-criminal-records-office",
        {"doc_type": "force_response", "outcome": "disclosed"},
    ),
    (
        "a GOV.UK page headed 'FOI release' is an answer, dated by 'The information was released on', not its 'Published' line",
        "FOI release\n\nCollisions involving police vehicles\n\nCollisions on public roads involving police vehicles from 2008 to 2010.\n\n"
        "Documents\n\nCollisions involving police vehicles, 2008 to 2010\n\nDetails\n\nFOI release 30123\n\n"
        "  1. The number of collisions involving police vehicles in pursuit, by year and force.\n\n"
        "The information was released on 18 March 2014\n\nPublished 9 July 2014\n",
        "https://www.gov.uk/government/publications/collisions-involving-police-vehicles",
        {"doc_type": "force_response", "date": "2014-03-18", "outcome": "disclosed"},
    ),
    (
        "a post with an article's own marks ('by the author of this article') tells of a request, even quoting the answer",
        "Police break the law to frustrate disclosure\n\nA request made under the Freedom of Information Act by the author of this article has "
        "resulted in a county force refusing to answer. On 4 June 2023 the applicant wrote to the force and asked for a copy of a court "
        "judgment. The force replied: \"Your request has been considered and the information is exempt under section 40(2).\"\n",
        "https://example-blog.net/2023/07/03/police-break-law/",
        {"doc_type": "other"},
    ),
    (
        "GOV.JE's pages: 'Authored by States of Jersey and published on' / '26 July 2017.Request'",
        "Cost of external police reports (FOI)\nProduced by the Freedom of Information officeAuthored by States of Jersey and published on\n"
        "26 July 2017.Request\nI would like the full costs of all reports done by outside police forces since 2004.\nResponse\n"
        "The request is refused on the basis that it would exceed the cost limit under Article 16 of the Freedom of Information (Jersey) Law 2011.\n",
        "https://gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=1545",
        {"date": "2017-07-26"},
    ),
    (
        "a request lettered A, B, C answered under the same letters: figures for two, NCND on the third, is partial",
        "Officer numbers and online patrols (FOI)\nProduced by the Freedom of Information officeAuthored by Government of Jersey and published on\n"
        "3 March 2022.\nRequest\nA\nHow many officers were on duty on New Year's Eve?\nB\nHow many police staff posts are vacant?\n"
        "C\nDo officers patrol chat rooms looking for grooming?\nResponse\nA\nThere were 41 officers on duty across three shifts.\n"
        "B\nThere are six vacant police staff posts, all being recruited to.\nC\nThe States of Jersey Police neither confirms nor denies "
        "whether officers patrol chat rooms. Article 42 of the Freedom of Information (Jersey) Law 2011 is engaged.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9001",
        {"outcome": "partially_disclosed", "ncnd": True, "ncnd_scope": "partial"},
    ),
    (
        "a letter restating each numbered question with an 'Answer: -' line under it: one question answered, one not held, is partial",
        "Our Ref: 004412/19\n\n2 May 2019\n\nRequest under the Freedom of Information Act 2000 (FOIA)\n\n"
        "I write in connection with your request for information received by Loamshire Police on 12/04/2019.\n\nRESPONSE\n\n"
        "Please find below answers to your questions:-\n\n1. Who manages the force's vehicle fleet?\n\n"
        "Answer: - The Head of Transport, who reports to the Director of Finance.\n\n"
        "2. Please provide the business case for moving the workshop to Eastfield.\n\n"
        "Answer: - No Information Held in relation to a business case. The move followed the end of the lease.\n",
        "https://www.loamshire.police.uk/foi/vehicle-workshop",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a whole request refused, then a numbered list of the points considered: the points are reasons, not answers",
        "Reference: 2023 – 118 / WX2210\nDate of response: 2nd March 2023\n\nPlease could you disclose the following:\n"
        "1. Does the Commissioner agree that loud exhausts frighten horses?\n2. How much has the office spent on road safety this year?\n\n"
        "Please see the below response to your request.\nYour Freedom of Information (FOI) request is refused.\n"
        "In arriving at this conclusion the following points have been considered:\n\n"
        "  1. Your repeated contact with this office on the same subject, which we have already answered in full\n"
        "  2. The nature of what you ask for, which seeks the Commissioner's personal opinion rather than recorded information\n",
        "https://www.loamshire-pcc.gov.uk/freedom-of-information/disclosure-log/2023-118",
        {"outcome": "refused"},
    ),
    (
        "a log page giving the request and then the requester's review request, each under its reference, shows no answer yet",
        "Original FOI request (412/25)\nI write to request your standard operating procedures for enhancing CCTV stills. "
        "Please provide the most recent version held.\nRequest for internal review 430/25\n"
        "I am writing to ask for a review of the refusal of my request referenced above. I accept that the request was refused "
        "under Section 12(1) on the grounds of cost, but I believe a narrower search is possible.\n",
        "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure-log/2025/june/foi-43025/",
        {"doc_type": "force_response", "outcome": None, "exemptions": []},
    ),
    (
        "a thread whose authority's letter follows its header and the site's count of attachments is the authority's, not status-only",
        "Meeting papers\n\nThe request was partially successful.\n\n1. Was there a full Authority meeting on 14 January?\n\n"
        "2. Please publish its agenda and minutes.\n\n--\n\nSam Lee\n\nLoamshire Police Authority\n\n3 Attachments\n\nDear Mr Lee,\n\n"
        "Thank you for your email requests of 19 February made under the Freedom of\nInformation Act. For ease of reference I repeat your requests below.\n\n"
        "1. Was there a full Authority meeting on 14 January?\n",
        "https://www.whatdotheyknow.com/request/meeting_papers_loamshire",
        {"doc_type": "wdtk_thread", "outcome": None},
    ),
    (
        "a post about a decision ('Posted on August 12th, 2009') is not the decision, though it tells what the Commissioner decided",
        "Your home for FoI news\n  • What happened to the officers?\n\n    Posted on August 12th, 2009 admin 1 comment\n\n"
        "    The Scottish Information Commissioner has issued a decision notice which could change how personal information is treated.\n\n"
        "    Loamshire Police told a reporter how many officers were convicted but refused to say what happened to them, citing S.38 of "
        "the Freedom of Information (Scotland) Act.\n",
        "http://foi-news.example.co.uk/m_20090812/",
        {"doc_type": "other"},
    ),
    (
        "a story naming the decision notice a complaint led to is about the decision, not the decision",
        "Commissioners in denial\n\nAt a First Tier Tribunal hearing held in Leeds, an information rights appeal lodged by a journalist was upheld.\n\n"
        "The Tribunal found that both Commissioners were wrong to rely on a neither confirm nor deny response to a request made to the "
        "Loamshire Police and Crime Commissioner.\n\nA complaint to the ICO eventually resulted in a Decision Notice (FS50612345) "
        "which upheld the NCND position, but on a different exemption.\n",
        "https://journalist-blog.example.com/2017/09/30/commissioners-in-denial/",
        {"doc_type": "other"},
    ),
    (
        "a lettered Jersey answer pointing to published figures and one over the hours limit, beside categories given, is partial",
        "Complaints against police (FOI)\nProduced by the Freedom of Information officeAuthored by Government of Jersey and published on\n"
        "4 April 2023.\nRequest\nA\nHow many complaints were made against officers?\nB\nHow are complaints categorised?\nC\n"
        "What action followed each complaint?\nResponse\nA\nThe yearly totals are exempt as this information is already published "
        "in an earlier response. Article 23 of the Freedom of Information (Jersey) Law 2011 has been applied.\nB\n"
        "Complaints are filed under conduct, use of force, honesty and criminal offences.\nC\n"
        "A breakdown of each case has been estimated to take longer than 12.5 hours.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9002",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a log whose opening says some of what was sought is exempt and the rest disclosed, above the request, is partial",
        "September 2, 2025 | Human Resources\nRequest Number: FOI/16020\nSubject: Officer Sickness\nRequest and Answer:\n"
        "Your request for information has now been considered. In respect of Section 1(1)(a) of the Act we can confirm that the Police Service of "
        "Northern Ireland does hold some of the information to which your request relates. We consider some of the information you seek is exempt "
        "by virtue of Section 40 of FOI Act and have detailed our rationale as to why this exemption applies. The decision has been taken to disclose the following.\n"
        "Request\nPlease provide, for each year since 2020:\n1. The number of officers absent through stress.\n2. The number of days lost.\n",
        "https://www.psni.police.uk/foi-disclosure-log/officer-sickness-stress",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a refusal whose reasons are 'detailed below', beside a figure the force says is already published, is a refusal",
        "Request Number: FOI/16101\nRequest and Answer:\nYour request for information has now been considered. The decision has been taken not to "
        "supply the information you have requested and the reasons for this are set out in more detail below.\n"
        "Request\nHow many people were arrested under the Terrorism Act last year?\nAnswer\n"
        "Last year 38 people were arrested under section 41 of the Terrorism Act 2000. This information is published on the PSNI website.\n"
        "We are exempting the data you have requested, including the breakdown into the months you have provided and our reasoning is detailed below.\n",
        "https://www.psni.police.uk/foi-disclosure-log/terrorism-arrests-2",
        {"outcome": "refused"},
    ),
    (
        "a table of figures without leading bars, under a GOV.JE heading run onto its date, beside a part not held, is partial",
        "Body worn video (FOI)\nProduced by the Freedom of Information officeAuthored by States of Jersey and published on\n12 June 2017.Request\n"
        "Between 2012 and 2016 how many times has body worn video footage been used as evidence in court – a breakdown for each year.\n"
        "The number of officers who wear body worn video.\nResponse\nThe States of Jersey Police began trialling body worn video in 2014.\n"
        "The number of cases where evidence was gained from body worn video is as follows:\n2014 | 61 |\n2015 | 1,302 |\n2016 | 588 |\n"
        "The States of Jersey Police does not hold the information on whether the footage was shown at trial.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9003",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a table attached, with earlier years not held in a form that can be retrieved within the time permitted, is partial",
        "Call-outs (FOI)\nProduced by the Freedom of Information officeAuthored by Government of Jersey and published on\n9 May 2024.\nRequest\n"
        "How many call-outs were there each year since 1999?\nResponse\nPlease see the attached table with the requested information. "
        "Data from 1999 to 2002 is excluded as the information is not held in a format that enables it to be retrieved within the timeframe "
        "permitted under the Freedom of Information (Costs) (Jersey) Regulations 2014.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9004",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a publication library's summary that gives information and says why some of it is exempt is partial",
        "Issued 4 March 2024, this FOI response provides information on the appointment process for the Chief Officer post and explains why the "
        "Authority considers some of the information to be exempt.\nRequest\nPlease tell me how the post was advertised and who applied.\n",
        "https://www.spa.police.uk/publication-library/foi-2023-24-090-chief-officer-appointment/response",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a letter refusing in so many words and listing its exemptions 'as follows' refuses; the list is not information given",
        "I refer to your request of 3 March 2008 for information under the Freedom of Information (Scotland) Act 2002, which I reproduce as follows:\n\n"
        "Q1 - Can you supply the papers on the arrest of a named man at the airport?\n\n"
        "Having considered your request, I would advise you that I am refusing your request for the above information as I consider it to be "
        "exempt. The exemptions that I consider to be applicable to the information requested by you are as follows:\n\n"
        "Section 34(1)(a) (Investigations)\n\nSection 38(1)(b) (Personal Information)\n",
        "http://www.example-law-firm.co.uk/news_1234.html",
        {"outcome": "refused"},
    ),
    (
        "a page that stops inside 'I can confirm that the information you have reques' shows no answer",
        "Disclosure Details\n\nSocial media incidents - 403/12\n\nYou asked:\n\nHow many incidents logged in 2011 mention Facebook?\n\nIn response:\n\n"
        "We have now had the opportunity to fully consider your request and I provide a response for your attention.\n\n"
        "Following receipt of your request, searches were conducted within Northumbria Police. I can confirm that the information you have reques",
        "http://ww1.northumbria.police.uk/freedom_of_information/disclosure_log/social_media_incidents_40312/",
        {"outcome": None},
    ),
    (
        "an answer that could not give two breakdowns and attaches the rest is partial",
        "Strip searches in custody (602/22)\nRequest\nPlease give the number of strip searches in custody by ethnicity and outcome.\nResponse\n"
        "Unfortunately our data suppliers are unable to provide the ethnicity of the person searched or the outcome of the search. "
        "Identifying these breakdowns would require manually reviewing over 90,000 records, which would exceed the appropriate limit (FOIA, s.12).\n"
        "Therefore, please find attached our response in relation to the remainder of the requested information.\n",
        "https://foi.west-midlands.police.uk/strip-searches-602-22",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a fact given and 'no further details will be given' for the rest is partial",
        "Armoured vehicles (FOI)\nProduced by the Freedom of Information officeAuthored by Government of Jersey and published on\n5 May 2019.\nRequest\n"
        "Has the government bought armoured vehicles, and what are their specifications?\nResponse\n"
        "The government has not bought any such vehicles other than for policing. No further details will be given as to do so would compromise "
        "the police's operations. This information is therefore qualified exempt under Article 42 of the Freedom of Information (Jersey) Law 2011.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9005",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a log that holds 'some of the information' and answers each question shown is partial, though every answer shown gives something",
        "Request Number: FOI/15220\nRequest and Answer:\nYour request for information has now been considered. In respect of Section 1(1)(a) of the Act we "
        "can confirm that the Police Service of Northern Ireland does hold some of the information to which your request relates. The decision has "
        "been taken to disclose the following.\nRequest\nQuestions about staff allowances.\nQuestion 1\nDoes the force pay a standby allowance to staff?\n"
        "Answer 1\nYes, at the rate set in the staff terms and conditions.\nQuestion 2\nIs overtime pensionable for staff?\nAnswer 2\nNo, only premiums are pensionable.\n",
        "https://www.psni.police.uk/foi-disclosure-log/staff-allowances",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a log's list of what was decided ('I have decided to: • disclose ... • fully exempt ...') beside a part not held is partial",
        "FREEDOM OF INFORMATION REQUEST Request Number: F-2010-01234 Subject: COST OF MARCHES 2010 Request and Answer: I have decided to: • disclose "
        "records in answer to Question 4 in full; • fully exempt records in answer to Questions 1 to 3 pursuant to Sections 31 and 38 of the Act. "
        "In relation to Question 5, no information is held by the PSNI. Question 1 How many officers policed the march in July?\n",
        "https://docslib.org/doc/123456/cost-of-marches-2010",
        {"outcome": "partially_disclosed"},
    ),
    (
        "counts given 'in the table below', the details not obliged to be provided, is partial",
        "Trafficking offences 2016-2018\n\nQuestion\n\nHow many trafficking offences were recorded in each of the last two years? Please give a summary and "
        "location of each.\n\nAnswer\n\nPlease see the number of reports and the number of charges in the table below:\n\nTime Period\n\nReports\n\nCharges\n\n"
        "From 1 April 2016 to 31 March 2017\n\n21\n\n2\n\n"
        "I am not obliged to provide the summary and location as this information is exempt from disclosure by virtue of the following exemptions:\n\n"
        "Section 40(2) Personal Information\n",
        "https://www.avonandsomerset.police.uk/123456-trafficking-offences-2016-2018",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a request headed 'Questions 1 A – F' under a cost refusal: the refusal above it is the answer, the lettered lines are the request",
        "Request Number: FOI/16001\nSubject: Calls to 101\nRequest and Answer:\nYour request for information below has now been considered. "
        "We can confirm that the Police Service of Northern Ireland does hold the information you have requested however it is estimated that the cost of "
        "complying with your request would exceed the appropriate limit. The decision has been taken not to supply the information and this letter serves "
        "as a Refusal Notice under Section 12(1) of the Act.\nQuestions 1 A – F\nPlease provide the following for each year:\na) The number of 101 calls received.\n"
        "b) The number that led to an officer attending.\nQuestion 2s A - C\na) The number of calls about noise.\n",
        "https://www.psni.police.uk/foi-disclosure-log/calls-to-101",
        {"outcome": "refused"},
    ),
    (
        "totals given and a breakdown that 'would exceed the timescales prescribed' by Jersey's costs regulations is partial",
        "Misconduct investigations (FOI)\nProduced by the Freedom of Information officeAuthored by Government of Jersey and published on\n"
        "2 February 2024.\nRequest\nHow many misconduct investigations were there each year, and what were their outcomes?\nResponse\n"
        "Year | Total number of investigations |\n2021 | 55 |\n2022 | 64 |\n2023 | 56 |\nIdentifying the outcome of each case for 2021 would exceed "
        "the timescales prescribed in the Freedom of Information (Costs) (Jersey) Regulations 2014. Therefore, Article 16 has been applied.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9006",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a publication library's summary 'Information not held by the Authority.' and no policy to give is not held",
        "FOI 2025-26/140 – Policy on charging points\nRequest for the Authority's policy on charging points at staff homes. Information not held by the "
        "Authority.\nResponse\nThe Authority does not have an organisational policy on charging points at staff homes. Mileage is paid at the same rate "
        "whatever the car.\n",
        "https://www.spa.police.uk/publication-library/foi-2025-26-140-policy-on-charging-points/response",
        {"outcome": "not_held"},
    ),
    (
        "'Outcome' among a request's column names is not the response's heading: the cost refusal above the request decides",
        "Request Number: FOI/15880\nRequest and Answer:\nYour request for information below has now been considered. We can confirm that the Police "
        "Service of Northern Ireland does hold the information you have requested however it is estimated that the cost of complying with your request "
        "would exceed the appropriate limit. The decision has been taken not to supply the information and this letter serves as a Refusal Notice under "
        "Section 12(1) of the Act.\nQuestion 1\nPlease provide each report of anti-social behaviour since 2020 with these columns:\nMonth\nLocation\n"
        "Outcome\nContext\nArrest made (Y/N)\nQuestion 2\nPlease break down the type of anti-social behaviour by the types listed below:\n"
        "1. Vehicle nuisance\n2. Noisy neighbours\n",
        "https://www.psni.police.uk/foi-disclosure-log/anti-social-behaviour-9",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "a request that 'exceeds the limits for time and cost' is refused, whatever is held",
        "FOI 11042023-1 – Complaint Statistics\nQuestion\nPlease provide a monthly table of every complaint received since 2020 with a summary of each.\n"
        "Answer\nI can confirm that the office holds the information that you have requested. However, the cost of your request exceeds the limits "
        "for time and cost set out in 12 of the Freedom of Information Act 2000 (FOIA) and the Fees Regulations.\n",
        "https://northantspfcc.org.uk/foi-11042023-1-complaint-statistics",
        {"outcome": "refused"},
    ),
    (
        "a document attached under a name ending '_Redacted' is a partial disclosure",
        "FOI 412/25\nRequest\nPlease provide the force's custody policy.\nResponse\nPlease see attached document entitled ‘custody-policy-v12_Redacted’.\n",
        "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/april/foi-41225/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a page that stops inside 'Cleveland Police can neith', after answers, neither confirms nor denies the rest",
        "FOI 306/24 Cost of uniform\nRequest\nWhich companies supply the force's uniform and body armour, and at what cost?\nResponse\n"
        "Having made enquiries within the Force above are the companies providing the equipment and all the information we will disclose is on "
        "the below link; for anything else we would rely on the below exemptions.\nSection 1 of the Freedom of Information Act 2000 places two "
        "duties on public authorities.\nCleveland Police can neith",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-306-24-cost-of-uniform/",
        {"ncnd": True},
    ),
    (
        "one answer under 'Q1 to Q6 response:' that quotes s12(2) on the cost of confirming is a cost NCND, and the line is no question",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 412-2025\n"
        "I write in connection with your request for information which was received on 3rd March 2025 as follows:\n"
        "Please accept my apologies for the delay in replying. Please find the Warwickshire Police response set out below.\n"
        "Q1 to Q6 response: Section 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, "
        "the first duty at Section 1(1)(a) is to confirm or deny whether the information specified in a request is held. The second duty at "
        "Section 1(1)(b) is to disclose information that has been confirmed as being held.\n"
        "Section 12(2) states: \u201c\u2026Subsection (1) does not exempt the public authority from its obligation to comply with paragraph (a) "
        "of section 1(1) unless the estimated cost of complying with that paragraph alone would exceed the appropriate limit.\u201d\n"
        "Please be advised that there is no marker on the crime system to show which reports involved a sponsor lic",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2025/march-2025/foi-412-2025-sponsor-licences/",
        {"ncnd": True, "ncnd_scope": "cost", "outcome": "ncnd", "exemptions": ["s12(2)"], "questions": []},
    ),
    (
        "a page that stops one word after 'can neither confirm or deny', said of one question, has an NCND on part of the request",
        "Arrests at the summer fair\nRequest\n1. How many people were arrested at the fair?\n2. Were any officers deployed in plain clothes?\n"
        "Response\nI have today decided to disclose some of the requested information.\n"
        "With regard to Question 2, the Metropolitan Police Service can neither confirm or deny wh",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/july-2024/arrests-summer-fair/",
        {"ncnd": True, "ncnd_scope": "partial", "outcome": "partially_disclosed"},
    ),
    (
        "a request and answers lettered 'A.', 'B.', 'C.' with full stops: counts given, pay withheld as personal data, is partial",
        "Staffing (FOI)\nProduced by the Freedom of Information officeAuthored by States of Jersey and published on\n4 June 2016.\nRequest\n"
        "A.\nHow many police officers do you employ?\nB.\nHow many civilian staff do you employ?\nC.\nWhat is the pay rate for each role?\n"
        "Response\nA.\nWe have a total of 205 police officers.\nB.\nWe have a total of 112 civilian staff.\nC.\n"
        "To show the pay rate for specific roles could identify individuals and their salaries. This is personal data, which is exempt from "
        "disclosure under Article 25 of the FOI law.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9007",
        {"outcome": "partially_disclosed"},
    ),
    (
        "figures for one question and 'It is not possible to provide this information' for the other is partial",
        "Domestic abuse - 1007/15\nYou asked:\n1) How many domestic abuse records were created in 2014/15, by gender?\n"
        "2) How many of the victims had reported abuse before?\nIn response:\nI am able to disclose the located information to you as follows.\n"
        "1) 21,400 domestic abuse records were created in 2014/15: 17,900 female victims and 3,500 male.\n"
        "2) It is not possible to provide this information. The incident record has no field for earlier reports.\n",
        "http://northumbria.police.uk/freedom_of_information/disclosure_log/disclosure_log_crime_statistics/domestic_abuse_100715x/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a tribunal decision names the police party by its chief officer's title, without 'Police'",
        "Information Tribunal\nAppeal Number: EA/2005/0099\nFREEDOM OF INFORMATION ACT 2000\nDecision Promulgated 3 May 2006\nBetween\n|\nJo Bloggs |\n"
        "Appellant |\n|\nand |\n|\nTHE INFORMATION COMMISSIONER |\nRespondent |\n|\nand |\n|\nThe Chief Constable of Northamptonshire |\n"
        "Additional Party |\nJ U D G M E N T\nSpeed cameras are widely used at accident black spots.\n",
        "https://www.bailii.org/uk/cases/UKIT/2006/EA_2005_0099.html",
        {"doc_type": "other", "authority_id": "northamptonshire-police"},
    ),
    (
        "a plan sent with 'some redactions have been made' is a partial disclosure, not a refusal",
        "County show policing plan\nQuestion\nA copy of the policing plan for the county show.\n\nAnswer\n"
        "Please find a copy of the plan for the county show attached. Some redactions have been made to the names of junior staff, "
        "under Section 40(2), personal information.\n",
        "https://www.avonandsomerset.police.uk/about-us/freedom-of-information/previous-foi-requests/events/county-show-plan/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "an exemption 'applied to part of the requested information' leaves the rest given",
        "FOI Reference: 512/2024\nRequest:\nHow many seized vehicles were sold at auction in 2023, and for how much each?\nResponse:\n"
        "I can confirm that the force does hold the information requested, however a Section 31(1)(a) Law Enforcement exemption has been "
        "applied to part of the requested information thereby exempting its release.\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2024/june/seized-vehicles-5122024/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "a commissioner's office 'unable to obtain all the information' and then giving a figure is partial",
        "WA0042 - Speed awareness courses\nRequest received: 02/03/2021\nResponded: 20/03/2021\n"
        "I have spoken with the force on your behalf about your request for the following information:\n"
        "1. The number of courses held in 2019\n2. The number of courses held in 2020\n"
        "Unfortunately I have been unable to obtain all the information you have requested. Records before April 2020 are held by another force.\n"
        "However, I have been able to find that 96 courses were held between April and December 2020.\n",
        "https://www.warwickshire-pcc.gov.uk/key-information/your-right-to-information/disclosure-log/wa0042-speed-awareness-courses/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "'unable to provide you with all the information... as it would prove too costly' is still a cost refusal",
        "Freedom of Information (Scotland) Act 2002\nRequest:\nPlease send all emails about the body worn video contract since 2022.\n"
        "Response:\nUnfortunately, we are unable to provide you with all the information you have requested as it would prove too costly "
        "within the context of the fee regulations. We estimate that it would cost more than £600 to comply with your request.\n",
        "https://www.spa.police.uk/publication-library/foi-2024-25-001-bwv-emails/response",
        {"outcome": "refused"},
    ),
    (
        "one question pointed to a published page, two answered 'there is no specific recorded information': partial",
        "02 May 2016 - 12.2016-17 - Freedom of information request - Non-emergency calls\n"
        "I would like to put several questions to you:\n- What were the call answering times for the first quarter of 2016?\n"
        "- What is your view of these figures?\n- How will you improve them?\n"
        "Question 1: I can advise you that this information is now published at the below website: https://www.police.uk/example/performance/\n"
        "Questions 2 and 3: There is no specific recorded information in relation to these questions, as they ask for an opinion.\n",
        "https://www.northyorkshire-pfcc.gov.uk/foi/disclosure-log/02-may-2016-12-2016-17-non-emergency-calls/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a numbered request, then the same numbers as 'Q1.', 'Q2.' answering in turn with no heading between",
        "Custody meals\n1) A copy of your policy on meals for detainees.\n2) The name of your meal supplier.\n3) A copy of any consultation on the menu.\n"
        "Q1. Please find enclosed the policy on meals for detainees.\nQ2. The force buys its meals through a framework run by another force.\n"
        "We do hold information that the following meals are certified by a food standards body:\nChicken curry\nVegetable chilli\n"
        "Q3. This information is not held by the force.\nFOI Ref: 411/16\n",
        "https://www.avonandsomerset.police.uk/about-us/freedom-of-information/previous-foi-requests/custody/custody-meals/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a request's sub-items numbered again ('1. i) 2014') are not answers starting: the cost refusal below is the answer",
        "Speed checks (2511/17)\nRequest\n1) How many roads policing officers did the force employ in:\n  1. i) 2014\n  2. ii) 2015\n"
        "2) How many speed check volunteers were there in:\n  1. i) 2014\n  2. ii) 2015\nResponse\n"
        "Please note that researching each individual case would exceed the appropriate limit (FOIA, s.12 (1)).\n",
        "https://foi.west-midlands.police.uk/speed-checks-2511_17/",
        {"outcome": "refused"},
    ),
    (
        "pointed to the force's published answer to a similar request: refused (s21), not empty",
        "Request\nQ1. Please disclose the logs of every report of a ghost sighting since 2023.\n"
        "Decision\nThe force has recently responded to a similar Freedom of Information (FOIA) request, a copy of which is published "
        "on our website and available using the below link:\nFOI 0999-2024/25 Ghost sightings\n",
        "https://northyorkshire.police.uk/foi-ai/north-yorkshire-police/foi-disclosure-2024-25/may-2025/foi-0111-202526-ghost-sightings/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "a GOV.UK release names the force it is about; the department answered, so the force is not the authority",
        "Drone funding for a police force\n\nHome Office funding for a force's trial of drones.\n\nDocuments\n\nDetails\n\nFOI release 31207\n\n"
        "-\n\nThe amount given by the Home Office to Kent Police for the drone trial.\n\nWe released the following information on 4 March 2014.\n\n"
        "The Home Office gave Kent Police £120,000 towards the trial.\n",
        "https://www.gov.uk/government/publications/drone-funding-for-a-police-force",
        {"doc_type": "force_response", "authority_id": None, "reference": "31207"},
    ),
    (
        "a GOV.UK release in which the Ministry of Justice answers about prisons is not a police answer",
        "FOI request 240601234: drones at prisons\nPublished 1 November 2024\nFreedom of Information Act (FOIA) Request - 240601234\n"
        "Thank you for your request in which you asked for the following information from the Ministry of Justice (MOJ):\n"
        "- How many drones were seized at prisons in 2023?\nI can confirm that the MOJ holds all of the information that you have requested. "
        "In 2023, 212 drones were seized at prisons in England and Wales.\n",
        "https://www.gov.uk/government/publications/moj-freedom-of-information-releases-for-november-2024/foi-request-240601234-drones-at-prisons",
        {"doc_type": "other", "outcome": None},
    ),
    (
        "a GOV.UK release: the numbered request under 'FOI release 28150', answered under 'We released this information on...'",
        "FOI release\nFunding for dog units\nHome Office grants to forces for dog units.\nDocuments\nDetails\nFOI release 28150\n"
        "1 For the last 3 financial years, how much has the Home Office paid forces for dog units?\n"
        "2 How much is paid for each dog licensed under section 14(b).\n3 What is the process by which a force claims the money?\n"
        "We released this information on 2 May 2014.\n1 The table below gives the payments.\n2011 to 2012 £90,100\n2012 to 2013 £88,400\n"
        "2 There is no set amount per dog.\n3 Forces bid for the grant at the start of each year.\nUpdates to this page\nPublished 30 June 2014\n",
        "https://www.gov.uk/government/publications/funding-for-dog-units",
        {"outcome": "disclosed", "exemptions": [], "date": "2014-05-02"},
    ),
    (
        "a writer's own post telling of their request and pasting the force's email is not the force's answer",
        "Drones over the county show\nHere are my notes on the drones story.\nCredit to Kent Police for answering my FOIA request which I sent "
        "on the Monday.\nOn the Wednesday I had a telephone call from an inspector, who asked why I wanted to know.\n"
        "Email received 29/08/2012\nDear Ann,\nIn relation to your Freedom of Information request;\nThe drone was flown by a supplier as a "
        "demonstration and there was no cost to Kent Police. Kent Police does not hold any recorded footage from the flights.\nThe inspector should not have rung me unless it was to help the applicant get what they asked for.\n",
        "http://annbrook.example.org/research/drones/",
        {"doc_type": "other", "outcome": None},
    ),
    (
        "a news story telling what a force answered, quoting its letter, is not the force's answer",
        "Kent Police are logging a UFO report almost every day, according to the force.\n"
        "A Freedom of Information request submitted to the force revealed that since 2020 it has logged 1,210 cases mentioning UFOs.\n"
        "A later request for the logs themselves was refused on cost.\nIn its official response, the force said: 'Unfortunately, Kent Police "
        "are unable to provide you with the information requested. It is estimated that the cost of locating it would exceed the time threshold.'\n",
        "https://ufo-news.example.com/2023/11/kent-ufo-hotspot",
        {"doc_type": "other", "outcome": None},
    ),
    (
        "a copy of a force's reply that names the force once, and no other body, is that force's",
        "Freedom of Information Request\nReference No: 0412/2016\nRequest\nHow many officers were assaulted on duty in 2015?\n"
        "Response\nThere were 212 assaults on officers recorded by Surrey Police in 2015.\n",
        "https://docslib.org/doc/1234567/assaults-on-officers",
        {"authority_id": "surrey-police"},
    ),
    (
        "...but not a force the requester names in the request: the reply's own force is not known",
        "Freedom of Information Request\nReference No: 0413/2016\nRequest\nI have seen the figures for Surrey Police; how many officers "
        "were assaulted on duty in your force in 2015?\nResponse\nThere were 140 assaults on officers recorded in 2015.\n",
        "https://docslib.org/doc/1234568/assaults-on-officers",
        {"authority_id": None},
    ),
    (
        "GOV.JE questions lettered past H, some answered together ('C and D'), two exempt: a partial disclosure",
        "Police helmets (FOI)\nProduced by the Freedom of Information office\nRequest\nPlease answer the questions below about police helmets.\n"
        "A\nWho makes your helmets?\nB\nWho supplies them?\nC\nWhen does the contract end?\nD\nHow long is the contract?\nE\nWhen will you next buy?\nF\nWhat protection level do they meet?\nG\nWhat is the unit price?\nH\nWhat is the price of a visor?\nI\nWhat was the contract worth?\nJ\nHow many have you bought?\n"
        "Response\n"
        "A\nThere is no single maker; one firm has been used before.\nB\nNo contract is in place.\nC and D\nNot applicable.\nE\nHelmets are bought when they are needed.\nF\nThis information is exempt under Article 38 of the Freedom of Information (Jersey) Law 2011.\nG and H\nThis information is exempt under Article 33 of the Freedom of Information (Jersey) Law 2011.\nI\nNot applicable.\nJ\n40 helmets.\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9011",
        {"outcome": "partially_disclosed"},
    ),
    (
        "two questions answered by an attached letter named for them, two with 'no specific recorded information held'",
        "Hoax calls (512A/21)\n1. How many hoax calls did the force receive each year since 2016?\n2. How many of them were attended?\n"
        "3. What is your policy on hoax callers?\n4. What do hoax calls cost the force each year?\n"
        "With regard to questions 1 & 2, please find attached our response.\n"
        "With regard to questions 3 & 4, there is no specific recorded information held. Each case is dealt with on its own facts.\n",
        "https://foi.west-midlands.police.uk/hoax-calls-512a-21/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "'the information you seek is partly held' and 'Please find responses below': a partial disclosure",
        "Cars and drivers\nQuestion\n1. How many chief officers have a car and driver?\n2. What did the cars cost in 2019/20?\nAnswer\n"
        "Thank you for your request.\nWe can confirm that the information you seek is partly held by the Office of the Police and Crime "
        "Commissioner. Please find responses below.\n",
        "https://www.gwent.pcc.police.uk/en/disclosure-log/19123",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "figures given 'in such a way in order to avoid the exemption' of s40: nothing withheld, no exemption relied on",
        "Taser in hospitals\nYou asked:\n1. How many times has Taser been drawn in hospitals since 2017?\nIn Response:\n"
        "I can confirm that the information you have requested is held by the force.\nI am able to disclose the located information to you as follows. "
        "This has been provided in such a way in order to avoid the exemption as outlined in Section 40 of the Act (personal data).\n"
        "1. Taser was drawn twice, both times in 2018, in the grounds of one hospital.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/operational-policing/taser-in-hospitals-1234/",
        {"outcome": "disclosed", "exemptions": []},
    ),
    (
        "'First Duty - the force does hold information relating to all your request' and the page cut: held is confirmed, so no NCND",
        "Complaints against officers\nInformation Request\nPlease give the number of complaints made against officers in 2022/23.\n"
        "FOI Duty\nFirst Duty - Essex Police does hold information relating to all your request.\nSecond Duty - See below\n",
        "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/complaints-against-officers-2022/",
        {"ncnd": False, "outcome": None},
    ),
    (
        "'not centrally recorded and therefore not held in a readily retrievable format', and the page stops mid-explanation: no outcome yet",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 1201-2023\nI write in connection with your request for information as follows:\n"
        "Q1. The number of stolen pedal cycles recovered in 2022.\nPlease find the force's response set out below.\n"
        "Response: Please be advised that the requested information is not centrally recorded and is therefore not held in a readily "
        "retrievable format. There is no marker for a recovered cycle, and in order to determine a response to",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2023/december-2023/foi-1201-2023--dec-2023--pedal-cycles/",
        {"outcome": None},
    ),
    (
        "...but with the work it would take set out ('a manual trawl... 4 minutes per record'), the cost refusal is read",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 1202-2023\nI write in connection with your request for information as follows:\n"
        "Q1. The number of stolen pedal cycles recovered in 2022.\nPlease find the force's response set out below.\n"
        "Response: Please be advised that the requested information is not held in a readily retrievable format. It would require a manual "
        "trawl through 3,100 theft records, at an estimate of 4 minutes per record, which equates to",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2023/december-2023/foi-1202-2023--dec-2023--pedal-cycles/",
        {"outcome": "refused"},
    ),
    (
        "'Please see below.' leading into the harm and public interest test is not information given",
        "Firearms invoices (5811_18)\nPlease send copies of the invoices for the force's firearms bought since 2015.\n"
        "The invoices are held. However, this information is exempt by virtue of:\nS24(1) National Security\nS31(1)(a)(b) Law Enforcement\n"
        "In line with the above, I am required to complete a Prejudice Test/Public Interest Test for Section 24 and Section 31 on disclosure. "
        "Please see below.\nOverall Harm for Section 24 and Section 31\nTo disclose what the force spends on firearms would undermine its "
        "capabilities.\n",
        "https://foi.west-midlands.police.uk/firearms-invoices-5811_18/",
        {"outcome": "refused"},
    ),
    (
        "an NCND's harm argument weighing 'to say no information is held' is not a not-held answer; part 1 sent as an attachment",
        "Penetration testing (13510/19)\n1. How many cyber attacks did the force record in 2018?\n2. Has the force commissioned penetration testing?\n"
        "Please find attached our response for request part 1.\nHowever, West Midlands Police will neither confirm nor deny that information is held "
        "relevant to request part 2 as the duty in Section 1(1)(a) of the Act does not apply by virtue of the following exemptions:\n"
        "Section 24(2) - National Security\nSection 31(3) - Law Enforcement\nOverall Harm\nConfirming information is held would confirm testing "
        "has taken place, where on the flip side, to say no information is held would reveal a weakness.\n",
        "https://foi.west-midlands.police.uk/penetration-testing-13510-19/",
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    (
        "a whole-request NCND whose harm test says 'stating no information held' could map forces is an NCND, not a not-held answer",
        "Request 2140 - cloud computing\nDoes the force use cloud computing for its intelligence systems?\n"
        "The Cheshire Constabulary can neither confirm nor deny that it holds any information relevant to cloud computing used by the force as the "
        "duty in s1(1)(a) does not apply by virtue of Section 31(3) Law Enforcement.\nIrrespective of whether information is or isn't held, by citing "
        "exemptions or stating 'no information held' could enable an individual to map which forces use such systems.\n",
        "http://www.cheshire.police.uk/advice--information/freedom-of-information/disclosure-log/2009/10/request-2140---cloud.aspx",
        {"outcome": "ncnd", "ncnd": True},
    ),
    (
        "a page that stops inside the stock cost refusal 'Our data are not organised in such a way as to allow us to provide this in': refused",
        "Mobile fingerprint scanners (412A/20)\nPlease tell me how many scans were made with the mobile fingerprint devices in 2019.\n"
        "Response\nOur data are not organised in such a way as to allow us to provide this in\n",
        "https://foi.west-midlands.police.uk/mobile-fingerprint-scanners-412a-20/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "'the cost of determining whether any information is or isn't held' exceeds the limit, its section cut off: an NCND on cost",
        "FOI Reference: 214/2022\nRequest:\nHow many residential burglaries were recorded in each town in 2021?\nResponse:\n"
        "I can confirm that the cost of determining whether any information relative to your request is or isn't held is above the amount to "
        "which we are legally required to respond, i.e. the cost of compliance exceeds the appropriate limit, by virtue of Section\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure2022/march/residential-burglaries-2142022/",
        {"outcome": "ncnd", "ncnd": True, "ncnd_scope": "cost"},
    ),
    (
        "an answer that opens 'Following receipt of your request searches were conducted' and says the work 'is likely to take longer than 18 hours'",
        "Nitrous oxide and collisions\n- How many collisions involved nitrous oxide in each year since 2019?\n"
        "- How many arrests were made for selling nitrous oxide?\nFollowing receipt of your request searches were conducted within Devon & Cornwall "
        "Police to locate information relevant to your request and I can confirm that some information is held. However, it is estimated that to "
        "locate, retrieve and extract the specific information is likely to take longer than 18 hours.\nAs per section 1\n",
        "https://www.devon-cornwall.police.uk/foi-ai/devon--cornwall-police/disclosure-logs/2025-disclosures/nitrous-oxide-and-collisions/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "an answer that opens by setting out section 12(1) below the request's list, then the hours it would take: a cost refusal",
        "Freedom of Information Request 0412/2016\n1. I would like to know the ten longest periods a suspect has been held on bail\n"
        "since 1990, where the suspect was later charged.\n2. I would also like to know the ten longest periods of bail since 1990\n"
        "ending with no further action against the suspect.\n3. In each of the above cases I would like to know the age and gender of\n"
        "the suspect and the offence.\nSection 12(1) of the Freedom of Information Act states that a public authority is not obliged to comply\n"
        "with a request for information if the authority estimates that the cost of complying would exceed the\n"
        "appropriate limit of 18 hours.\nIt is estimated that it would take at least 190 hours to answer this request.\n"
        "Loamshire Constabulary has no electronic means of searching its custody records for periods of bail. We do not\n"
        "hold this in a separate record. An analyst would have to read through",
        "https://www.loamshire.police.uk/foi/0412-2016/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "a lead-in ending ':' over a numbered list, then the force's notes and a table copied one cell a line: the figures are given",
        "This site is a beta, and we would welcome your feedback.\nUnder the Freedom Of Information Act I would like to request the following "
        "data for the last 3 calendar years:\n1) The number of reported crimes which mentioned \u201ctailgating\u201d in the MO field\n"
        "2) A short summary of each crime counted in answer to question 1\nI have used the date of the offence to count the crimes.\n"
        "I have searched for the keyword 'tailgating'.\nYear |\nTotal |\n2021 |\n14 |\n2022 |\n19 |\n2023 |\n22 |\nAll years |\n55 |\n",
        "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure2/tailgating-crimes/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "...but a page cut inside such a request, with figures only in the request's own words, has no outcome",
        "Under the Freedom of Information Act 2000, please provide the following:\n1. Please explain why some 310 entries were changed in "
        "the published expenses between 2014 and 2016.\n2. Who authorised the 42 new items added in 2016?\n3. Did these items appear in "
        "the audited accounts?\nWhy has the Office not followed the guidance that states that:\n",
        "https://www.northyorkshire-pfcc.gov.uk/foi/disclosure-log/expenses-changes/",
        {"outcome": None},
    ),
    (
        "'She provided me with the enclosed spreadsheet' passes a colleague's figures on: a disclosure",
        "Crime classes\nRequest Details:\n1) How many burglaries were recorded in each year from 2015 to 2018?\n"
        "2) How many of them ended in a charge?\nLPS Response:\nI asked the administrator of our crime system for help with your request.\n"
        "He provided me with the enclosed spreadsheet and this note on how he searched:\nThe count covers every burglary recorded between "
        "1 January 2015 and 31 December 2018.\n",
        "https://www.southyorkshire.police.uk/foi/disclosurelog/burglary-classes/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "the request's numbered list, then 'Question 1:' again with 'I have interpreted...' under it: the answers, one by one",
        "Festival policing 2023\nReference: 611/24\nI would like to request the data for the following festival:\n"
        "1. I would like to request the number of officers deployed to the festival in 2023.\n"
        "2. I would like to request the number of arrests made at the festival in 2023.\n"
        "Question 1:\nI have interpreted 'deployed' to mean officers on site at the festival itself.\n"
        "Our records show that 420 officers were deployed over the five days.\nQuestion 2:\nOur records show that 12 arrests were made.\n",
        "https://www.avonandsomerset.police.uk/about/freedom-of-information/previous-foi-requests/requests/festival-policing-2023/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "figures given with a caveat that 'to answer this accurately would exceed the 18 hour time limit': a disclosure, not a cost refusal",
        "FOI Reference: 512/2025\nRequest:\n1. The number of online harassment offences recorded in each of the last three years.\n"
        "Response 1:\nI can confirm that the force does hold the information requested, the details of which are as follows:\n"
        "Please note: the figures count offences with a cyber flag ticked, and some flags may have been ticked wrongly. However, to answer "
        "this accurately would exceed the 18 hour time limit as every harassment offence would need to be reviewed.\n"
        "Year | Online harassment |\n2022 | 311 |\n2023 | 342 |\n2024 | 298 |\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2025/online-harassment-5122025/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "'we are exempting part of that information' after confirming it is held: a partial disclosure",
        "FOI Reference: 977/2025\nRequest\nI would like daily counts of hate crimes recorded from 2010 to 2025.\nResponse\n"
        "I can confirm that the force does hold the information requested; however, we are exempting part of that information as we "
        "believe that the following exemptions are relevant:\nSection 30(1)(a) Investigations and proceedings\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2025/hate-crime-daily-9772025/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "'we have been unable to locate any relevant recorded information', then an NCND on any other information: not held",
        "Helicopters (4802_14)\nI hereby request under the Freedom of Information Act:\n- Any data held on the use of balloons by the police.\n"
        "Despite extensive searches, we have been unable to locate any relevant recorded information. We have never owned a balloon.\n"
        "In addition to the above response West Midlands Police can neither confirm nor deny that it holds any other information relevant "
        "to your request as the duty in Section 1(1)(a) does not apply by virtue of Section 23(5).\n",
        "https://foi.west-midlands.police.uk/helicopters-4802_14/",
        {"outcome": "not_held", "ncnd": True},
    ),
    (
        "a page that stops at 'I have today decided to disclose some of th' has said that part was given",
        "Freedom of information request reference no: 01.FOI.23.031442\nI note you seek access to the following information:\n"
        "1. The number of arrests at the summer festival in 2022 and 2023.\n2. The cost of policing the festival in each year.\n"
        "I have today decided to disclose some of th",
        "https://www.met.police.uk/foi-ai/metropolitan-police/d/december-2023/summer-festival-arrests/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "six hundred characters or more of the force's answer with no word of neither confirming nor denying: ncnd is false, though the page stops before the outcome",
        "FOI Reference: 733/2024\nRequest:\nHow many reports of harassment mentioned a neighbour dispute in each year since 2009?\nResponse:\n"
        "Our crime system was built to manage investigations one case at a time. We asked the analysts who look after the system how the figures could be found, and they explained that each report would have to be opened and read, because the words you are interested in sit in the free text of the report. We also asked the custody team, who told us that their records are kept in the same way. Our records go back to 2009, and over that time we have recorded a little over 41,000 reports of this kind. We have looked at a sample of them to see how long the reading would take, and we set out the result below so that you can see how the work was estimated, and how we reached our decision on your request. \nThe sample",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2024/neighbour-disputes-7332024/",
        {"outcome": None, "ncnd": False},
    ),
    (
        "...but a few lines of it, cut before the answer proper, leave ncnd unknown",
        "FOI Reference: 734/2024\nRequest:\nHow many reports of harassment mentioned a neighbour dispute in each year since 2009?\nResponse:\n"
        "Our crime system was built to manage investigations one case at a time. We asked the analysts how the figures could be found, and",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2024/neighbour-disputes-7342024/",
        {"outcome": None, "ncnd": None},
    ),
    (
        "a cost refusal's stock opening, then a table sent with only some columns 'included within the table': partial",
        "Cycle thefts 2021 to 2023 (1211A/23)\nPlease complete the attached table for incidents where the log mentions 'cycle theft'.\n"
        "Our data are not organised in such a way as to allow us to provide this information within the appropriate (cost) limit.\n"
        "We cannot search on the crime outcome, so only the incident type and area have been included within the table.\n",
        "https://foi.west-midlands.police.uk/cycle-thefts-1211a-23/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "'decided to disclose some of the requested information' above questions taken one by one, each answered: partial",
        "Freedom of information request reference no: 01.FOI.24.041210\nI note you seek access to the following information:\n"
        "I have today decided to disclose some of the requested information. Questions 2 and 3 do not describe recorded information, "
        "so we have answered questions 1 and 4 below.\nDisclosure\nQ1 - Do you record why officers resign?\n"
        "The Met records the reasons officers give when they resign.\nQ4 - How many officers resigned in 2023?\n"
        "In 2023, 1,204 officers resigned.\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/march-2024/officer-resignations/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "figures for each question, then the page stops at 'can neither confirm n': a partial NCND",
        "Freedom of Information Request 712/13\nYou asked:\n1. How many drones did the force buy in each year since 2010?\n"
        "I have today decided to disclose the located information to you as follows.\n1. 2010 : 0\n2011 : 2\n2012 : 3\n"
        "Additionally, Northumbria Police can neither confirm n",
        "http://northumbria.police.uk/freedom_of_information/disclosure_log/drones-712-13/",
        {"outcome": "partially_disclosed", "ncnd": True},
    ),
    (
        "'no information is currently held by' the force: not held",
        "Request\n1. Please list each use of facial recognition by the force since 2020.\nResponse\n"
        "To locate the information relevant to your request searches were conducted within North Yorkshire Police. I can confirm that no "
        "information is currently held by North Yorkshire Police in relation to the use of facial recognition technology.\n",
        "https://www.northyorkshire.police.uk/foi-ai/north-yorkshire-police/disclosure-2024/facial-recognition-use/",
        {"outcome": "not_held", "ncnd": False},
    ),
    (
        "'Below is your request and our response', a question ending ':' and its 'Please provide a copy...' line: the request, not an answer",
        "Enquiry Reference: 802 - 24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "1) The national guidance says that each force must keep a records management strategy:\nPlease provide a copy of your strategy.\n"
        "2) Please provide your policy on the retention of intelligence. As an example, I have attached a neighbouring force's policy.\n"
        "3) Do you use one system for both crime and intelligence? What is it called?\n4) Intelligence should be graded on the national "
        "scale, and an example of guidance on it is attached:\nhttps://www.college.police.uk/app/intelligence-management - what written "
        "guidance on grading has your force produced?\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/records-strategy-802-24/",
        {"outcome": None},
    ),
    (
        "'Regarding the other elements of your request, the MPS can neither confirm nor deny...' after the request's lines: a partial NCND, the first elements' answer not shown",
        "Freedom of information request reference no: 01.FOI.23.029902\nI note you seek access to the following information:\n"
        "Did the Metropolitan Police add officers to royal protection during the coronation week?\n"
        "Is a review of protection arrangements planned?\n"
        "Regarding the other elements of your request, the Metropolitan Police Service can neither confirm nor deny (NCND) that it holds any "
        "information relating to actual or planned protection arrangements, as s1(1)(a) does not apply by virtue of section 24(2).\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/june-2023/royal-protection-review/",
        {"outcome": None, "ncnd": True, "ncnd_scope": "partial"},
    ),
    (
        "...and after an answer given above it, it neither confirms nor denies the rest only: partial",
        "Freedom of information request reference no: 01.FOI.23.029903\nI note you seek access to the following information:\n"
        "How many protests against the monarchy were recorded in 2023?\nWere more officers added to royal protection?\nResponse\n"
        "The MPS recorded 41 protests against the monarchy in 2023, as the table attached shows.\n"
        "Regarding the other elements of your request, the Metropolitan Police Service can neither confirm nor deny (NCND) that it holds any "
        "information relating to protection arrangements, as s1(1)(a) does not apply by virtue of section 24(2).\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/june-2023/royal-protests-2023/",
        {"outcome": "partially_disclosed", "ncnd": True, "ncnd_scope": "partial"},
    ),
    (
        "'Below is your request and our response', the request's lines, then 'The below table contains...' and a table: the answer",
        "Enquiry Reference: 204 - 25\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "I am writing to you under the Freedom of Information Act 2000 to request the following information from your police force. Please may "
        "you provide me with the number of stalking protection orders the force has applied for since they began in 2014.\n"
        "Please provide the figures per year in a spreadsheet.\nThe below table contains the number of applications made per year.\n"
        "|\n|\n2014 |\n2015 |\n2016 |\n2017 |\n2018 |\n2019 |\n2020 |\n2021 |\n2022 |\n2023 |\n2024 |\n|\nApplications received |\n12 |\n19 |\n25 |\n31 |\n40 |\n38 |\n44 |\n52 |\n61 |\n58 |\n66 |\nCould you please also provide the average time each application "
        "took per year - a spreadsheet would be ideal.\nThe analyst has counted the days between each application and its closure and "
        "made the table below for the average days per year.\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2025/stalking-orders-204-25/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "a count given in passing, '(this provides a response at point 1)', inside a cost refusal's sentence naming your request: partial",
        "You asked:\n1. How many parking fines did the force issue in 2022?\n2. Please break them down by street.\nIn Response:\n"
        "I can confirm that the information you have requested is held in part by Northumbria Police, however cannot be disclosed for the "
        "following reasons.\nTo provide information which meets the criteria of your request would mean a member of staff manually "
        "searching 12,118 records (this provides a response at point 1) to establish a response to point 2.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/parking-fines-1201-23/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'Please find enclosed our response.' under the questions, a withholding, then 'Question 1:' over a table whose columns ran together",
        "Deaths in custody (712A/21)\nQ1: For each year since 2015-16, please could you provide the number of deaths in custody.\n"
        "Q2: Please could you provide a breakdown of each by age and cause.\nPlease find enclosed our response.\n"
        "We can confirm that some relevant information is held by West Midlands Police. However, we are withholding that information since "
        "it is exempt by virtue of the following exemptions\nSection 38 (1) (a) (b) (Health and safety)\nQuestion 1:\n"
        "Year 2015-2016 2016-2017 2017-2018 2018-2019\nDeaths 1 0 2 0\nQuestion 2:\nThe age and cause of each death are exempt under S38.\n",
        "https://foi.west-midlands.police.uk/deaths-in-custody-712a-21/",
        {"outcome": "partially_disclosed", "exemptions": ["s38(1)(a)", "s38(1)(b)"]},
    ),
    (
        "a cost refusal, then the page stops at 'as a gesture of goodwill I h': something was given, partial",
        "Missing people (51A/21)\n1) How many people were reported missing in 2020?\n2) How many were found dead?\nResponse\n"
        "Unfortunately our data are not organised in such a way as to allow us to provide all of this information within the appropriate "
        "(cost) limit.\nHowever, although excess cost removes the force's obligations under the Act, as a gesture of goodwill I h",
        "https://foi.west-midlands.police.uk/missing-people-51a-21/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'the requested information at Q2 to Q5 is not held in an easily retrievable format', nothing shown for Q1: no outcome",
        "For the calendar year 2023:\n1) How many burglaries were reported?\n2) How many were entered by the front door?\n"
        "3) How many by the back door?\n4) How many by a window?\n5) How many by a garage?\nPlease find the force's response set out below.\n"
        "Response: Please be advised that the requested information at Q2 to Q5 is not held in an easily retrievable format. There is no "
        "way of readily identifying entry points, and in order to determine this it would be necessary",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2024/burglary-entry-points/",
        {"outcome": None},
    ),
    (
        "'while the majority of the information is attached to this email I am afraid that...': partial",
        "Officer driving (612A/24)\n1) How many officers were caught speeding in 2023?\n2) What is the policy for officers caught speeding?\n"
        "We can confirm that relevant information is held by West Midlands Police. However, while the majority of the information is "
        "attached to this email I am afraid that I cannot provide the policy asked for at question 2.\n",
        "https://foi.west-midlands.police.uk/officer-driving-612a-24/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a cost refusal whose reasons are listed under 'the reasons why ... include (but are not limited to) the following:-': refused",
        "Officers disciplined (733A/22)\n1. How many officers were disciplined for misuse of force systems in 2021?\n"
        "2. How many were dismissed?\nRESPONSE\nUnfortunately our data are not organised in such a way as to allow us to provide this "
        "information within the appropriate (cost) limit.\nKeyword searches are notoriously unreliable; the reasons why include (but are "
        "not limited to) the following:-\n1. a) Searches rely on the keywords being spelt correctly\n2. b) Searches rely on the keywords "
        "being used in the summary at all\n",
        "https://foi.west-midlands.police.uk/officers-disciplined-733a-22/",
        {"outcome": "refused"},
    ),
    (
        "a request sent as a form, its 'Response: [Yes/No]' lines left empty and its examples asked in brackets: no answer yet",
        "Freedom of information request reference no: 01.FOI.23.034410\nI note you seek access to the following information:\n"
        "1. What is the size of the population your organisation serves?\nResponse:\n2. Does your organisation hire interpreters?\n"
        "Response: [Yes/No]\n3. For what kind of material do you hire them?\n(E.g., do you hire translators for website content or letters?)\n"
        "Response:\n4. How much did you spend on interpreters in 2022?\nResp",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/july-2023/interpreters-survey/",
        {"outcome": None},
    ),
    (
        "'not all of the requested information is held in a re' where the page stops: part is given, partial",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 1512-2024\nI write in connection with your request for information as follows:\n"
        "- The number of motorcycle offences in each month of 2023.\n- The gender of the rider.\nPlease find the force's response set out below.\n"
        "Response: Please be advised that not all of the requested information is held in a re",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2024/motorcycle-offences/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'(that number provides a response to point 1 of this request)' inside a cost refusal: the count is given, partial",
        "You asked:\n1. How many missing person cases did the force deal with in 2019?\n2. How many of them had dementia?\nIn Response:\n"
        "The information requested at point 2 is not held in a format that allows extraction within the permitted time scales. To establish it "
        "would entail a manual view of 7,412 missing person records (that number provides a response to point 1 of this request), which "
        "would take over 240 hours, so Section 12(1) of the Act applies.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/missing-dementia-3312-20/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a force's own log whose whole answer is 'Please find attached our response.': disclosed, with a warning",
        "Hoax calls (231_17)\nPlease tell me how many hoax calls the force received in each year since 2014.\n"
        "Broken down by year, how many people were charged?\nPlease find attached our response.\n",
        "https://foi.west-midlands.police.uk/hoax-calls-231_17/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "...but the same covering line on a copy elsewhere says nothing of what the attachment holds",
        "Hoax calls (231_17)\nPlease tell me how many hoax calls the force received in each year since 2014.\n"
        "Broken down by year, how many people were charged?\nPlease find attached our response.\n",
        "https://docslib.org/doc/1234567/hoax-calls-231-17",
        {"outcome": None},
    ),
    (
        "a cost refusal of the whole request, then totals given as advice and assistance ('The number of claims settled ... = 812'): partial",
        "Settlement claims (901A/22)\n1. How many civil claims did the force settle from 2017 to 2021?\n2. For each, the reason and the sum paid.\n"
        "Our data are not organised in such a way as to allow us to provide all of the requested information within the appropriate (cost) "
        "limit.\nHowever, under Section 16 of the Act I have a duty to provide advice and assistance and can provide the totals found "
        "during our initial research.\nThe number of claims settled during the period requested = 812\nTotal damages paid = £3,114,200.50\n",
        "https://foi.west-midlands.police.uk/settlement-claims-901a-22/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'We have provided data below based on a text search...' with a caveat on keyword searches: a disclosure",
        "Please can you tell me the following:\nQ1: For each year since 2019, how many crimes involved a crossbow?\n"
        "You have requested information relating to keyword searches for specific terms. We have provided data below based on a text "
        "search for the terms within the MO or anywhere within the occurrence log.\nPlease note that results based on keyword searches "
        "can be misleading, as the terms may appear in a record for many reasons.\n",
        "https://www.avonandsomerset.police.uk/about/freedom-of-information/previous-foi-requests/requests/crossbow-crimes/",
        {"outcome": "disclosed"},
    ),
    (
        "answers in turn, one saying 'No written policies ... exist' and another giving facts: partial",
        "Freedom of Information Request 3021/24\nBelow is your request and our response.\n1. Does the force have a policy on disposing of old uniform?\n"
        "No written policies or procedural documents exist, although worn uniform is disposed of securely.\n"
        "2. Who collects unwanted uniform?\nUniform that cannot be reused is collected by a licensed recycling firm each month.\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/uniform-disposal-3021-24/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'a)The number of police stations ... was 27.' then 'b&c Information not held.': partial",
        "You asked:\nHow many of the following did you have on 31/12/09?\na) Police stations\nb) Front counters\nc) Custody cells\n"
        "In Response:\na)The number of police stations by that definition on 31/12/09 was 31.\nb&c Information not held.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/stations-2010-412-10/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "answers in turn, the last 'It is not possible to provide a response to this part of your request': partial",
        "You asked:\n1. Are all police cars fitted with satnav?\n2. Which systems are used?\n3. How much does each system cost?\nIn Response:\n"
        "I am able to disclose the located information to you as follows.\n1. No, only vehicles that travel across the force area.\n"
        "2. Satnav is not fitted to neighbourhood vehicles.\n3. It is not possible to provide a response to this part of your request "
        "as the cost varies widely between batches of vehicles.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/satnav-1140-19/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'I can neither confirm nor deny ... as to actually determine if it is held would exceed the permitted limit': an NCND on cost",
        "You asked:\n1. How many exhibits were lost from the property store since 2015?\nIn response:\nA public authority must confirm or "
        "deny whether it holds the information unless the cost of this alone would exceed the appropriate limit. I can neither confirm nor "
        "deny that the information you require is held by Northumbria Police, as to actually determine if it is held would exceed the "
        "permitted limit.\n",
        "http://northumbria.police.uk/freedom_of_information/disclosure_log/lost-exhibits-612-17/",
        {"outcome": "ncnd", "ncnd": True, "ncnd_scope": "cost"},
    ),
    (
        "'although I have been able to provide some of the requested information' beside an attached response is a partial disclosure",
        "Non-crime hate incidents (812A/23)\n1. How many non-crime hate incidents were recorded in 2022?\n2. Please send the anonymised report of each.\n"
        "Please find attached our response. Please note, although I have been able to provide some of the requested information, anonymised "
        "reports are not routinely made available, as they contain personal information.\n",
        "https://foi.west-midlands.police.uk/non-crime-hate-incidents-812a-23/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "figures for one question and 'we don't have any information concerning' the others: partial",
        "Damaged police cars\nYou asked:\n1. How many police cars were damaged in 2014/15?\n2. How many police cars went missing in 2014/15?\n"
        "In Response:\n1. 312 police cars were damaged in 2014/15.\nWith regards to question 2 we don't have any information concerning missing cars.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/other/damaged-cars-1234/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a cost refusal of the whole request that still gives, as advice and assistance, 'the information requested for question a)': partial",
        "Released under investigation (1702/19)\na) How many suspects were released under investigation in 2018?\nb) How many of them went on to reoffend?\n"
        "Please be advised that the information requested is not available in a readily retrievable format. The cost of locating it exceeds the "
        "appropriate level, and this letter acts as a Refusal Notice.\nHowever, in accordance with Section 16 of the Act I have a duty to provide "
        "advice and assistance in relation to your request and can provide the information requested for question a). Please find this attached.\n",
        "https://foi.west-midlands.police.uk/released-under-investigation-1702-19/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'there is no information recorded by' the force, with an NCND on any other information: not held, with NCND",
        "Ransomware (5221_14)\nPlease tell me of any ransomware attacks on the force since 2012.\n"
        "I am writing to inform you that we have searched our records and there is no information recorded by West Midlands Police.\n"
        "Additionally, West Midlands Police can neither confirm nor deny that it holds any other information relevant to this request, as the "
        "duty in Section 1(1)(a) of the Act does not apply by virtue of the following exemption:\nSection 23(5) Information supplied by, or concerning, certain Security Bodies\n",
        "https://foi.west-midlands.police.uk/ransomware-5221_14/",
        {"outcome": "not_held", "ncnd": True},
    ),
    (
        "the whole request refused on cost, 'though held, is not centrally recorded', with a count of records to illustrate the work: refused",
        "Ghost sightings\nReference: 311-22\nHow many reports of ghosts were recorded by your force in 2021?\n"
        "I am writing to confirm that the force holds information on the subject you have requested, however, I have to advise you that on "
        "this occasion we will not be able to answer your request without exceeding the appropriate cost limit. This is because the information, "
        "though held, is not centrally recorded.\nAs an illustration of the work, we can advise that 183,200 new records have been created "
        "in our crime system since January 2021.\n",
        "https://www.avonandsomerset.police.uk/about/freedom-of-information/previous-foi-requests/requests/ghost-sightings/",
        {"outcome": "refused"},
    ),    (
        "a log page titled like a request ('The number of ... between'), its numbered request under 'Posted on' with no heading, then 'Extent of Searches to Locate Information' and a "
        "cost refusal of the whole: refused (the request's items are not read as a disclosure)",
        "Home > FOI disclosure log > The number of racing pigeon thefts between 2017 and 2019 (FOI 0031.2020-21)\n\n"
        "The number of racing pigeon thefts between 2017 and 2019 (FOI 0031.2020-21)\n\nPosted on\n\n"
        "  1. The number of thefts of racing pigeons reported in 2017, 2018 and 2019.\n  2. Please break down Q1 by the town where each theft happened.\n"
        "  3. For each year, please list:\n  \u2022 The number of cases where an offender was identified\n  \u2022 The number of people charged\n\n"
        "Extent of Searches to Locate Information\n\nFollowing receipt of your request, searches were made within the force.\n\n"
        "I am not obliged to answer your request under Section 12(1) of the Freedom of Information Act 2000. When one part of a request "
        "falls under Section 12 we need not consider the rest, so the whole request is exempt.\n\nThe information, if held, is not "
        "easily retrievable: answering questions 1 and 2 would mean reading some 900 theft reports a year, which would exceed the limit.\n",
        "https://northyorkshire.police.uk/access-to-information/foi-disclosure-log/pigeon-racing-thefts-foi-0031-2020-21/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "a letter whose lines were wrapped by a PDF, refusing on cost 'in relation to question 1' with the reasons on the lines below: refused, not answered",
        "1. The number of illegal raves broken up in each year from 2015 to 2019\n"
        "2. The value of sound equipment seized at them in each of those years\n"
        "Unfortunately, Loamshire Police are unable to provide you with the information\nrequested.\n"
        "In relation to question 1 of your request, raves are dealt with by many different\n"
        "teams across the force, often with councils and neighbouring forces. To work out\n"
        "which incidents were raves would need a manual search of all public order logs. This\n"
        "would far exceed the 18 hours allowed for finding and retrieving information.\n"
        "Appendix A sets out why Section 12 of the Freedom of Information Act 2000 applies.\n",
        "https://docslib.org/doc/123/illegal-raves",
        {"outcome": "refused"},
    ),
    (
        "'Having located and considered the relevant information, I have today decided to disclose some of' it opens the answer: partial",
        "Freedom of information request reference no: 01.FOI.24.041122\nI note you seek access to the following information:\n"
        "Please disclose how many noise complaints about police helicopters were recorded in 2023.\n"
        "Please also disclose how many of them led to a change of flight route.\n"
        "Having located and considered the relevant information, I have today decided to disclose some of the requested information. "
        "Some data has been withheld as it is exempt, and this response serves as a Refusal Notice under Section 17 of the Act.\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/march-2024/helicopter-noise-complaints/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "the report asked for does not exist, and the plan the force holds instead it 'will not disclose': refused",
        "Enquiry Reference: FOI 212-25\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "Please send me the debrief report for the Boxing Day parade in Redcar.\n"
        "Having made enquiries within the Force we do not have a debrief report, we hold a briefing note for the parade instead and "
        "will not disclose this and would rely on the following.\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities.\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/parade-debrief/",
        {"outcome": "refused"},
    ),
    (
        "'we can only provide the current estimated cost which is £...' where the final bill is not settled: disclosed",
        "Enquiry Reference: FOI 355-25\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "Could you please provide the cost of policing the air show at Redcar in June 2025?\n"
        "Having made enquiries within the Force the cost of the air show has not been finalised so we can only provide the current "
        "estimated cost which is £9,412.60. This includes overtime and vehicle hire.\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/air-show-costs/",
        {"outcome": "disclosed"},
    ),
    (
        "a Ministry of Justice letter about drones over prisons, copied on a document site: not a police answer",
        "FOI - prison drones\nOur Reference: 204411\nFreedom of Information Request\n"
        "You asked for the following information from the Ministry of Justice (MoJ): the number of drones seen over prisons in 2016.\n"
        "Your request has been handled under the Freedom of Information Act 2000.\nThe figures are given in table 1 below.\n",
        "https://docslib.org/doc/99/foi-prison-drones",
        {"doc_type": "other", "outcome": None},
    ),
    (
        "'Response 1 & 2' refuses the first two of four questions and the page stops before the rest: outcome not read",
        "FOI Reference: 512/2024\nRequest:\nCould you provide the following information:\n1/ Number of officers at the Boxing Day hunt\n"
        "2/ Number of officers on overtime that day\n3/ Total cost of policing the hunt\n4/ Cost of the overtime.\nResponse 1 & 2\n"
        "I can confirm that Dyfed-Powys Police does hold the information requested, however a Section 31(1)(a) Law Enforcement "
        "exemption has been applied to it, thereby exempting its release.\nSection 1 of the Freedom of Information Act 2000 places two duties",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-log/hunt-policing/",
        {"outcome": None},
    ),
    (
        "'Response 1 and 2:' over the Act's duties cut after 'Section 1 of the Freedom of In': nothing answered yet",
        "FOI Reference: 611/2023\nRequest:\n1/ How many drones did the force buy in 2022?\n2/ What did they cost?\n"
        "3/ How many pilots are trained?\nResponse 1 and 2:\nSection 1 of the Freedom of In",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-log/drones-2022/",
        {"outcome": None, "ncnd": None},
    ),
    (
        "'- A total of 3,212 days have been lost to...' under 'In Response:': a figure given, disclosed",
        "Provision of information held by Northumbria Police made under the Freedom of Information Act 2000 (the 'Act')\nYou asked:\n"
        "- How many officer sick days were due to back injuries in 2019?\n- How many officer sick days were there in all in 2019?\n"
        "In Response:\n- A total of 3,212 days have been lost to back injuries for all officers during this period.\n"
        "- A total of 51,870 days have been lost for all absences for all officers during this period.\n",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/hr/sick-days-1234/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "an attachment whose answer is a year and a count that names what it counts ('2016 - 2 officers in total'): disclosed",
        "This is an HTML version of an attachment to the Freedom of Information request 'Officers cautioned'.\n\n"
        "Freedom of Information Unit\nResponse Date:03/02/2018\n2018/0211 - Officers cautioned\n"
        "In response to your recent request for information regarding;\nThe number of officers given a caution in each of the last two years.\n"
        "2016  - 2 officers in total\nCautioned (x1 offence)\nCautioned (x2 offences)\n2017  - 1 officer in total\nCautioned (x1 offence)\n",
        "https://www.whatdotheyknow.com/request/officers_cautioned/response/1234/attach/html/2/Response.pdf.html",
        {"outcome": "disclosed"},
    ),
    (
        "a Police Scotland letter whose answer opens 'In responding to this request' and says 'section 17 of the Act, information not held, applies': not held",
        "Our Ref: IM-FOI-2021-0412 Date: 3 March 2021\n\nI refer to your recent request for information which has been handled in accordance with "
        "the Freedom of Information (Scotland) Act 2002.\n\nFor ease of reference, your request is replicated below together with the response.\n\n"
        "Please tell me what action was taken over the party held by a councillor in Dundee during lockdown.\n\n"
        "In responding to this request, I must first advise you that the Act gives a right of access to recorded information held at the time of the request.\n\n"
        "In that regard, at the time of your request the Metropolitan Police was dealing with the matter and section 17 of the Act, information not held, applies.\n",
        "https://docslib.org/doc/555/lockdown-party",
        {"outcome": "not_held", "ncnd": False},
    ),
    (
        "'Q1 response:' refuses under s21 on a page that shows no request and stops: the other questions' answers are unknown",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: FOI-211-2024\nI write in connection with your request for information which was received on 4th March 2024.\n"
        "Please find your questions and the Warwickshire Police responses set out below.\nQ1 response: The requested information is available in the "
        "public domain and is therefore exempt by virtue of Section 21 of the Freedom of Information Act. A statement was released at the time:\n"
        "\"Earlier this year we took action over parking near the school",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/disclosure-log/school-parking/",
        {"outcome": None},
    ),
    (
        "notes on 'the data provided' above a cost exemption for one breakdown, on a page that shows no request: partial",
        "Notes:\nThe data provided is based on the date each occurrence was recorded.\nThe timeframe for the provided data is 01/01/2018 - 01/03/2023.\n"
        "Working out whether each address is a shop would need a manual check of every occurrence: 5 minutes x 400 occurrences would be 33 hours. "
        "As such, this information has not been included and a Section 12 Excess Cost exemption has been applied.\nSection 12 - Excess Cost\n",
        "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure2/2023/shop-thefts/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a table of average times, then 'Please note we can not answer the slowest response': partial",
        "Enquiry Reference: 702 - 24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "Please provide the average, fastest and slowest response times for emergency calls in each year since 2021.\n"
        "If a year is not available, please give figures from the earliest year you hold.\nIncident response priorities:\n"
        "Emergency Response - target for attendance is 15 minutes\nPriority Response - target for attendance is 60 minutes\n"
        "Row Labels |\nEmergency |\nPriority |\n2021 |\n00:12:40 |\n01:51:02 |\n2022 |\n00:13:05 |\n02:10:44 |\n2023 |\n00:12:51 |\n01:47:30 |\n"
        "Please note we can not answer the slowest response as those times are data errors and have no meaning.\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/response-times/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "the Police Federation's own log ('Received:' / 'Responded:', the Federation answering): a police body's answer, no listed authority",
        "Received: 3 May 2021\nCan you tell me how much the Federation spent on its annual conference in 2020, and where it was held?\n"
        "Responded: 11 May 2021\nThe Police Federation of England and Wales (PFEW) can confirm that the 2020 conference was cancelled, so no venue was "
        "booked. Officers from the Metropolitan Police and other forces attended the online sessions instead, at no cost to members.\n",
        "https://www.polfed.org/resources/access-to-information/disclosure-log/foi-00288-conference-2020",
        {"doc_type": "force_response", "authority_id": None, "date": "2021-05-11"},
    ),
    (
        "'The request does not constitute a valid request under section 8': refused",
        "FOI Reference: 512/2023\nRequest:\n1/ Could you confirm the road by the church was closed for the fair on 1st May?\n"
        "2/ Did the force put up any barriers?\nResponse:\nThe request does not constitute a valid request under section 8 of the Freedom "
        "of Information Act, therefore for the reasons outlined below the request cannot be dealt with under the Act.\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-log/may-fair-road-closure/",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "'Q1 response:' is 'unable to confirm whether or not any information is held', and the page stops before Q2's answer: NCND, partial, outcome unknown",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 901-2023\nI write in connection with your request for information which was received on 2nd May 2023 as follows:\n"
        "Q1. How many dispersal orders were withdrawn after being issued in 2022?\nQ2. Who decided to withdraw the order at the racecourse?\n"
        "Please find the Loamshire Police response set out below.\nQ1 response: Section 1 of the Freedom of Information Act 2000 places two duties on "
        "public authorities.\nLoamshire Police are unable to confirm whether or not any information is held regarding 'how many dispersal ord",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/disclosure-log/dispersal-orders/",
        {"ncnd": True, "ncnd_scope": "partial", "outcome": None},
    ),
    (
        "two answers given and the third cut at 'This information will not be': partial",
        "You asked:\n1. How many legal claims were brought against the force in 2020?\n2. What was paid out in 2020?\n"
        "3. Please list the claimants' solicitors.\nIn Response:\nWe have now had the opportunity to fully consider your request and I provide a "
        "response for your attention.\nI have today decided to disclose the located information to you as follows.\n\n1. 7\n\n2. £18,204.55\n\n"
        "3. This information will not be",
        "http://ww1.northumbria.police.uk/freedom_of_information/disclosure_log/legal_claims_2020.asp",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a thread addressed to a safety-camera partnership, which names the force only in the request: no listed authority",
        "Dear Kent Road Safety Partnership (KRSP),\nYour website says the partnership was formed by six councils, the courts and "
        "Kent Police in 2003.\nFOI Q1. When was the partnership renamed, and where is it based?\nFOI Q2. How many camera vans does it run?\n",
        "https://www.whatdotheyknow.com/request/krsp_camera_vans",
        {"doc_type": "wdtk_thread", "authority_id": None},
    ),
    (
        "a table copied one cell a line with no column rules (dates, counts, times), then a part exempt and a part not recorded: partial",
        "Speed camera van deployments\nA councillor told residents that 410 offences were caught by the van in June. Please give the date of each "
        "deployment, the number of offences and the times of the first and last offence.\n\nDate\n\nTotal\n\nFirst Offence\n\nLast Offence\n\n"
        "03/06/2023\n\n14\n\n08:12\n\n10:40\n\n09/06/2023\n\n51\n\n16:05\n\n18:30\n\n17/06/2023\n\n88\n\n07:45\n\n09:58\n\n"
        "21/06/2023\n\n60\n\n13:02\n\n15:44\n\n28/06/2023\n\n37\n\n18:10\n\n19:55\n\n"
        "The speeds recorded are exempt by virtue of Section 31(1) Law Enforcement of the Freedom of Information Act.\n\n"
        "Did the van count the vehicles that passed without an offence?\nThis information is not recorded, so we hold no information on this question.\n",
        "https://www.westyorkshire.police.uk/foi/speed-camera-van-deployments",
        {"outcome": "partially_disclosed"},
    ),
    (
        "monthly figures given, then 'Where exemptions are relied upon, Section 17 ... requires ... a notice' and the page stops: partial",
        "Enquiry Reference: FOI 612-24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "Please give the number of 101 calls answered each month in 2024, and the name of the call-handling software.\n"
        "Having made enquiries within the Force, the number of 101 calls answered each month is as follows.\n"
        "Month | Calls |\nJan-24 | 15230 |\nFeb-24 | 14977 |\nMar-24 | 16410 |\nApr-24 | 15802 |\n"
        "Section 1 of the Freedom of Information Act 2000 places two duties on public authorities. Where exemptions are relied upon, Section 17 of "
        "the Freedom of Information Act requires that I provide the applicant with a notice which: a) states that fact b) specifies the exemption(s).\n"
        "Cleveland Police can confirm it holds info",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure-log/101-calls-2024/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'Q1 response:' figures, then 'Q2 & Q3 response: Section 1 of the Act places two duties' and the page stops: partial",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 344-2023\nI write in connection with your request which was received on 2nd May 2023.\n"
        "Please find the Loamshire Police response set out below.\nQ1 response:\n2020/21 – £12,404\n2021/22 – £18,950\n"
        "Q2 & Q3 response: Section 1 of the Freedom of Information Act 2000 (FOIA) places two duties on public authorities, unless exemptions apply. "
        "The first duty at s1(1)(a) is to confirm or deny whether the information specified in",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/disclosure-log/informant-payments/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "yearly counts given, then 'With regards to the type of firearm:' over 'Section 17 of the Freedom of Information Act' where the page stops: partial",
        "Please tell me how many times an officer fired a Taser by accident in each year from 2022 to 2024, and the model of Taser.\n"
        "2022 = 1\n2023 = 0\n2024 = 2\nIn each case the officer was given extra training before returning to duty.\n"
        "With regards to the model of Taser:\nSection 17 of the Freedom of Information Act ",
        "https://www.northants.police.uk/foi-ai/northamptonshire-police/disclosure-log/accidental-taser-discharges/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a whole-request cost refusal, then 'can provide an answer to questions b) and c)' with their figures: partial",
        "Horse passports (1622A/23)\na) How many horses were stopped on the roads in 2022?\nb) How many passports were checked?\nc) How many horses were seized?\n"
        "Our data are not organised in such a way as to allow us to provide this information within the appropriate (cost) limit under the FOI Act.\n"
        "However, in accordance with Section 16 of the Act I have a duty to provide advice and assistance in relation to your request and can "
        "provide an answer to questions b) and c) as this was found during our initial research. Please find this information below.\n",
        "https://foi.west-midlands.police.uk/horse-passports-1622a-23/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "one bulleted item under 'You have requested the following information:', then the office's own answer: partly refused, the rest attached",
        "Request for information about the commissioner's vehicles.\n\nReference: 22051\n\nDisclosure Details\n\n"
        "Thank you for your recent request under the Freedom of Information Act (FOIA) 2000.\n\nYou have requested the following information:\n\n"
        "  \u2022 Please could you provide a list of the vehicles owned by the commissioner, with their registration numbers.\n\n"
        "We have partly refused your request under Section 31(1) Law Enforcement of the Freedom of Information Act, as the registration numbers "
        "of unmarked vehicles would help those who wish to avoid the police.\n\nPlease see attached schedule of the remaining vehicles.\n",
        "https://www.gwent.pcc.police.uk/en/disclosure-log/22051/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "answers given one by one, then the last cut at 'does hold the information requested, however the informati': partial",
        "FOI Reference: 733/2023\nRequest:\n1/ How many dogs were seized in 2022?\n2/ How many were destroyed?\n3/ What did kennelling cost?\n"
        "Response 1:\nI can confirm that Dyfed-Powys Police does hold the information requested, the details of which are as follows: 2022 - 14\n"
        "Response 2:\nI can confirm that Dyfed-Powys Police does hold the information requested, the details of which are as follows: 2022 - 3\n"
        "Response 3:\nI can confirm that Dyfed-Powys Police does hold the information requested, however the informati",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-log/seized-dogs-2022/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'not considered a valid' / 'request.' with the line broken inside the phrase (a letter a PDF wrapped): refused",
        "FOI Reference: 771/2023\nRequest:\n1/ Could you confirm why the officer was rude to me?\nResponse:\n"
        "I have decided that, in accordance with Section 8 of the Act, your enquiry is not considered a valid\nrequest.\n",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-log/rude-officer/",
        {"outcome": "refused"},
    ),
    (
        "'has decided to partially refuse your request under the following exemptions': partial",
        "Our Reference: 2019/0311\nThank you for your request about the assessors of the sergeants' exam.\n"
        "I can confirm that searches were made for all the information you asked for. However, due to its sensitivity, the College of "
        "Policing has decided to partially refuse your request under the following exemptions: Section 40(2) Personal information.\n",
        "https://www.college.police.uk/foi/disclosure-log/2019-0311",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'We have provided the information below insofar as it is held': held in part, so partial",
        "Freedom of Information request - dangerous dogs\nYou asked for the number of dog attacks recorded and the breeds involved.\n"
        "Breeds are not always recorded. We have provided the information below insofar as it is held, with an explanation for each question.\n"
        "The table below shows all occurrences recorded under this offence code from January 2018 to April 2023.\n",
        "https://www.avonandsomerset.police.uk/about-us/freedom-of-information/previous-foi-requests/dangerous-dogs/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a local news site telling of its own request ('we put in a Freedom of Information (FOI) request', 'We received an answer'): other",
        "Burglary in Dunmow: why did the force take five months to answer us?\n\nNews / Mon 3rd Oct 2022 at 9:12am\n\n"
        "We wanted to know whether burglaries were rising in the town, so we put in a Freedom of Information (FOI) request.\n\n"
        "We were told to expect an answer in twenty working days. We received an answer in September.\n\n"
        "They stated: \"Thank you for your Freedom of information (FOI) request logged under the above reference.\n\n"
        "\"Please accept our apologies in respect of the delay you have experienced.\"\n\nThe answers are below.\n\n"
        "1. How many burglaries were reported in Dunmow in 2021?\n\n83 burglaries were recorded in 2021.\n",
        "https://www.dunmowlocal.example/2022/10/03/burglary-in-dunmow/",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "a blogger's post ('I submitted an #FOI request', 'Today I received my reply') quoting a refusal: other",
        "Essex drops its horses\n\nOn 2nd May I submitted an #FOI request to Essex Police about its plan to cut the mounted section.\n\n"
        "Could you please confirm the number of horses to be kept?\n\nToday I received my reply.\n\n"
        "\"I am afraid that I am unable to provide you with this information at this point in time and this email serves as a refusal notice. "
        "Section 17 of the Freedom of Information Act states that:\n(1) A public authority which, in relation to any request for information, is "
        "relying on a claim that information is exempt information must give the applicant a notice. The information is exempt under "
        "Section 22 (information intended for future publication).\"\n",
        "https://oldcopperblog.example/essex-drops-its-horses/",
        {"doc_type": "other", "outcome": None},
    ),
    (
        "a count given inside the cost explanation ('That figure answers part one of your request') while the rest is refused: partial",
        "You asked:\n1. How many speeding offences were recorded at the Coast Road camera in 2016?\n2. How many drivers were prosecuted?\n"
        "In Response:\nI can confirm that the information you have requested is held in part by Northumbria Police however cannot be disclosed for the "
        "following reasons.\nThe information is not held in an easily retrievable format. For the period there have been 3904 recorded offences at that "
        "location. That figure answers part one of your request. Each offence would have to be read to answer the rest, which would exceed the cost limit.\n",
        "http://ww1.northumbria.police.uk/freedom_of_information/disclosure_log/coast_road_camera.asp",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'The total officer strength ... is 412.5' given, the numbers on each shift exempt: partial",
        "Officers in Walsall (912_16)\nPlease tell me how many officers are on duty in Walsall on an early, late and night shift.\n"
        "The total officer strength on the Walsall LPU as at March 2016 is 412.5.\n"
        "However, in this case the number on duty on any given shift is exempt by virtue of the following exemptions:\nSection 31(1)(a)(b) Law Enforcement\n",
        "https://foi.west-midlands.police.uk/officers-in-walsall-912_16/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'A full review of the file has been conducted ... only some of the requested information is suitable for disclosure': the answer begins, partial",
        "Freedom of information request reference no: 01.FOI.23.031144\nI note you seek access to the following information:\n"
        "I should like to see the file MEPO 2/9920 on the 1958 Notting Hill disturbances, which the National Archives lists as retained by the department.\n"
        "A full review of MEPO 2/9920 has been conducted following receipt of your request and I have today decided that the earlier response still applies. "
        "Therefore, only some of the requested information is suitable for disclosure. Some documentation has been withheld as it is exempt from disclosure.\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/october-2023/mepo-2-9920/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "'some of the information you requested is held' above an answer: held in part, so partial",
        "Question\nPlease provide details of grants awarded by the commissioner in 2018-19.\nAnswer\nI am writing to advise you that, following a search "
        "of our records, I have established that some of the information you requested is held by the Office of the Commissioner.\n"
        "Please find attached a list of the grants awarded in 2018-19.\n",
        "https://archive.northantspfcc.org.uk/our-information/information-requests/grants-2018-19/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a House of Commons FOI release about incidents on the estate: not a police answer, whatever force it names",
        "Freedom of Information Request F23-412\nYou asked for the number of incidents on the Parliamentary estate reported to the Metropolitan Police in 2022.\n"
        "The House of Commons holds some of the information. The number of incidents is exempt under Section 24 (national security).\n",
        "https://www.parliament.uk/site-information/foi/foi-and-eir/commons-foi-disclosures/security/incidents-2022/",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "held in part, then 'I have today decided to release the lo' where the page stops: what was located is given, so partial",
        "You asked:\n1. How many flood rescues did the force carry out in 2012?\n2. How much did they cost?\nIn response:\n"
        "We have now had the opportunity to fully consider your request and I provide a response for your attention.\n"
        "I can confirm that the information you have requested is held in part by Northumbria Police.\n\n"
        "As we consider that there is no harm in disclosure, I have today decided to release the lo",
        "http://northumbria.police.uk/freedom_of_information/disclosure_log/flood_rescues.asp",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a thread's invalid-request decision followed by 'NB: Please see the below guidance and examples on valid names': refused, not a disclosure",
        "Complaints about staff\n\nSam Lee made this Freedom of Information request to Metropolitan Police Service (MPS)\n\nDear Metropolitan Police,\n\n"
        "How many complaints about call handlers were made in 2016?\n\nYours faithfully,\n\nSam Lee\n\nMetropolitan Police Service (MPS)\n\n"
        "Dear Sir / Madam\n\nFreedom of Information Request Reference No: 2017050000412\n\nDECISION\n\nI have decided that, in accordance with Section 8 "
        "of the Freedom of Information Act 2000 (the Act), your enquiry is not considered a valid\nrequest.\n\nREASON FOR DECISION\n\n"
        "A request under the Act must include your name. As you have not provided your full name, the requirement of Section 8(1)(b) is not met.\n\n"
        "NB: Please see the below guidance and examples on valid names under the Act:\n",
        "https://www.whatdotheyknow.com/request/complaints_about_call_handlers",
        {"outcome": "refused"},
    ),
    (
        "a request listed as noun phrases numbered 1 and 2, then 'Please be advised that the information you have requested is not available in a readily retrievable format' and a whole-request cost refusal: refused",
        "Racecourse Costs (11842/19)\n\n1. Costs to the force of policing race meetings, by season and course, since 2015/16.\n\n"
        "2. Costs recovered from the courses in that time, again by season.\n\n"
        "Please be advised that the information that you have requested is not available in a readily retrievable format for Question 1, as the "
        "policing of roads outside a course is not charged to it. These costs are not separately recorded.\n\n"
        "The cost of compliance with the whole of your request is above the amount to which we are legally required to respond, i.e. it would "
        "exceed the appropriate costs limit under section 12(1) of the FOI Act 2000.\n",
        "https://foi.west-midlands.police.uk/racecourse-costs-11842-19/",
        {"outcome": "refused"},
    ),
    (
        "'These searches located the following records:' and the page stops in the list: nothing decided yet",
        "Freedom of information request reference no: 01.FOI.22.025511\nI note you seek access to the following information:\n"
        "1. Please could you provide any documentation received from the ICO about the fine?\n2. Please could you provide any correspondence about it?\n"
        "Following receipt of your request, I have conducted searches to locate information relevant to your request. These searches located the following records:\n"
        "1. Information Commissio",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2022/may-2022/ico-fine-documents/",
        {"outcome": None},
    ),
    (
        "'Please find the requested figures in the below tables' and a cost refusal of one part: figures given, part refused",
        "Information released in March 2010\n\nRequest re: Officers on secondment\n\nResponse:\n\n"
        "Please find the requested figures in the below tables, broken down by quarter. As agreed, police staff are not included.\n\n"
        "Officers on training courses are counted within total strength, and separating them would need a manual search of every training "
        "record. This part of your request is therefore exempt under Section 12 of the Freedom of Information (Scotland) Act 2002, excessive cost of compliance.\n\n"
        "Secondment / Career Break\n2008 - Quarter 1 / 21 / 4\n2008 - Quarter 2 / 19 / 6\n",
        "https://docs.example.org/doc/1234/information-released-in-march-2010",
        {"outcome": "partially_disclosed"},
    ),
    (
        "one answer says not held and the next sends the requester to the council that runs the cameras: not held",
        "Our Ref: IM-FOI-2021-0417 Date: 3 May 2021\n\nFreedom of Information (Scotland) Act 2002\n\n"
        "For ease of reference, your request is replicated below together with the response.\n\n"
        "1. How many street cameras in the town centre can police view?\n\n"
        "The town centre camera network is run by the local council, not the police, and consequently, in terms of Section 17 of the Freedom of "
        "Information (Scotland) Act 2002, this represents a notice that the information you seek is not held by Police Scotland.\n\n"
        "2. How many of those cameras are out of order?\n\n"
        "The only way for officers to see the council's pictures is through a sharing protocol, which needs a form from the camera operator. Please direct your request for information to the council through its website.\n",
        "https://docs.example.org/doc/5678/im-foi-2021-0417",
        {"outcome": "not_held"},
    ),
    (
        "a WhatDoTheyKnow attachment holding the Crown Office's own letter, not a police body's: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Drone prosecutions in 2019'.\n\n"
        "Response and Information Unit\nCrown Office\nEdinburgh\nOur ref: R020111\n2 March 2020\nDear Ms Brodie\n"
        "Thank you for your email of 10 February in which you asked, under the Freedom of Information (Scotland) Act 2002:\n"
        "1) How many prosecutions in 2019 involved a drone?\n\n"
        "I should explain that the Crown Office and Procurator Fiscal Service's case management system is a live database, built for the "
        "running of cases rather than for statistics.\n",
        "https://www.whatdotheyknow.com/request/501234/response/1200000/attach/html/2/R020111%20response.pdf.html",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "an ICO summary that gives the commissioner's office a short name in brackets ('the PCC') and names the force it was asked about: the office",
        "12 May 2018, Police and criminal justice\n"
        "The complainant asked for copies of any complaints the Police and Crime Commissioner for Northumbria (“the PCC”) had received about the "
        "Chief Constable of Northumbria Police. The PCC refused the request as vexatious under section 14(1) of the FOIA. The Commissioner’s decision "
        "is that the PCC was entitled to rely on section 14(1). No steps are required.\nFOI 14: Not upheld\n",
        "https://www.bailii.org/uk/cases/UKICO/2018/FS50700000.html",
        {"doc_type": "ico_decision", "authority_id": "northumbria-police-and-crime-commissioner"},
    ),
    (
        "a wiki's summary of an old decision whose last sentence 'does not uphold the complaint': the police won",
        "Decision Summary\n\n  • Case Ref: FS50123987\n  • Date: 12 March 2009\n  • Public Authority: Cheshire Constabulary\n"
        "  • Summary: The complainant asked for the force's policies on recording telephone calls. The force refused the request under "
        "section 14 of the Act as vexatious, pointing to a long run of earlier requests on the same dispute. The Commissioner has concluded "
        "that the force's use of section 14 was appropriate and does not uphold the complaint.\n",
        "https://foiwiki.com/foiwiki/index.php/FS50123987",
        {"doc_type": "ico_decision", "outcome": "ico_upheld_authority", "authority_id": "cheshire-constabulary"},
    ),
    (
        "a WhatDoTheyKnow attachment that is only the force's standard sheet on asking for a review: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Overtime at football matches'.\n\n"
        "Requesting an internal review\n"
        "Surrey Police understand that an applicant may not always agree with the decision made about their request. If so, the\n"
        "decision can be looked at again.\nTo ask for a review, write to the Information Rights Manager at the address below,\n"
        "saying why you think more should have been given. A member of staff who took no part in the first decision will look at it.\n",
        "https://www.whatdotheyknow.com/request/123456/response/654321/attach/html/4/Review%20Notice.pdf.html",
        {"doc_type": "other"},
    ),
    (
        "...but a letter that says where to ask for a review at its foot, under its answer, is the force's response",
        "This is an HTML version of an attachment to the Freedom of Information request 'Overtime at football matches'.\n\n"
        "Dear Mr Okafor\n\nFreedom of Information Request FOI 2291/23\n\nSurrey Police does not hold information on overtime worked at "
        "individual matches.\n\nRequesting an internal review\nIf you are unhappy with this answer you may ask for a review in writing.\n",
        "https://www.whatdotheyknow.com/request/123456/response/654321/attach/html/3/Response.pdf.html",
        {"doc_type": "force_response", "outcome": "not_held"},
    ),
    (
        "a campaign's own grounds of appeal about a force's NCND: other, and it names no authority (it decides nothing)",
        "KESTREL WATCH Applicant\n\n-v-\n\nINFORMATION COMMISSIONER Respondent\n\nGROUNDS OF APPEAL\n\n"
        "1. Kestrel Watch asked West Yorkshire Police whether it had bought mobile phone interception equipment. The force would neither "
        "confirm nor deny holding the information, relying on sections 24(2) and 31(3).\n2. We say that the Commissioner was wrong to uphold that reply.\n",
        "https://docs.example.org/doc/4567/west-yorkshire-police-appeal",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "...but a tribunal's own decision names the police party of the appeal",
        "First-tier Tribunal (General Regulatory Chamber) Information Rights\n\nAppeal Reference: EA/2021/0456\n\nBetween\n\nMR T GRAY\nAppellant\n\nand\n\n"
        "THE INFORMATION COMMISSIONER\nFirst Respondent\n\nWEST YORKSHIRE POLICE\nSecond Respondent\n\nDecision: the appeal is dismissed.\n",
        "https://caselaw.example.org/ukftt/grc/2022/123",
        {"doc_type": "other", "authority_id": "west-yorkshire-police"},
    ),
    (
        "a force's page explaining the Act and how to use it, on the force's own site: other, not a response",
        "Freedom of Information\n\nThe Freedom of Information Act gives a general right of access to information recorded by public bodies, so that "
        "they are open and accountable.\n\nAny person, wherever they live, can make a request for recorded information, and has two rights:\n\n"
        "  • The right to be told whether the information exists\n  • The right to be given it\n\n"
        "Both rights are subject to the exemptions in the Act, which our pages on exemptions describe.\n",
        "https://www.humberside.police.uk/foi",
        {"doc_type": "other"},
    ),
    (
        "a commissioner's own policy page on the Act, which speaks of responding to requests in general: other",
        "Freedom of Information policy\n\nThe Freedom of Information Act 2000 provides any individual with the right to request recorded information "
        "held by a public authority.\nThe Act places a legal obligation on the office to tell the person asking whether it holds the information and, "
        "if so, to give it, unless an exemption applies.\nWe have 20 working days to respond to your request. Should we not hold what you ask for, "
        "we will tell you.\n",
        "https://www.kent-pcc.gov.uk/who-we-are/office-policies/freedom-of-information-policy/",
        {"doc_type": "other"},
    ),
    (
        "a force's page in Welsh on how to ask for information: other",
        "Cais Rhyddid Gwybodaeth\n\nOs ydych yn dymuno gwneud cais am wybodaeth, ysgrifennwch atom drwy lythyr neu e-bost. Rhaid i’ch cais gynnwys "
        "eich enw a chyfeiriad.\n\nCaiff yr hawl mynediad gyffredinol hon ei rhoi i unrhyw un, ble bynnag y maent yn byw.\n",
        "https://www.gwent.police.uk/amdanom-ni/eich-hawl-i-wybodaeth/ceisiadau-rhyddid-gwybodaeth/",
        {"doc_type": "other"},
    ),
    (
        "a commissioner's appeals-procedure sheet under its letterhead, attached beside a reply: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Office car hire'.\n\n"
        "LOAMSHIRE POLICE & CRIME COMMISSIONER\nCounty Hall, Loam Road, Loamford LM1 1AA\n"
        "Freedom of Information Request Appeals Procedure\n"
        "If you are unhappy with the answer to your request, you may appeal in the following way. Write first to the Commissioner at the address "
        "above, giving the reference and date of your request and why you are appealing. Someone who took no part in the first decision will look at it.\n",
        "https://www.whatdotheyknow.com/request/office_car_hire/response/1500000/attach/html/3/Appeals%20Procedure.pdf.html",
        {"doc_type": "other"},
    ),
    (
        "a log that writes each figure beside its question, then opens a refusal notice for the last part and stops: partial",
        "Enquiry Reference: 611 - 24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "- how many officers from your force are on long-term sick leave - 12\n- how many police staff are on long-term sick leave - 7\n"
        "The main reason in each case\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities. Where exemptions are relied "
        "upon, Section 17 of the Freedom of Information Act requires that I provide the applicant with a notice which: a) states that fact b) specifies "
        "the exemption(s) in question.\nCleveland Police can confirm we hold the information re",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/june/foi-611-24-long-term-sickness/",
        {"outcome": "partially_disclosed", "ncnd": False},
    ),
    (
        "a commissioner's log whose answer is a line of figures under each bulleted question: disclosed",
        "Request for the number of complaint reviews in 2022\n\nReference: 23011\n\nDate Added: Monday, 6 March 2023\n\n"
        "You have requested the following information:\n\n  • Number of complaint reviews received by the office in 2022\n\n"
        "48 complaint reviews were received by the office in 2022.\n\n  • Number of those reviews upheld\n\n9 complaint reviews have been upheld.\n",
        "https://www.gwent.pcc.police.uk/en/disclosure-log/23011/",
        {"outcome": "disclosed"},
    ),
    (
        "the College of Policing's practice guide on the Act: other",
        "Freedom of information\n\nAuthorised Professional Practice\n\nWritten by College of Policing\n\n"
        "The Act provides any person, anywhere in the world, the right to access information held by public authorities, subject to exemptions. "
        "It places statutory obligations on public authorities, and each police force is one.\n",
        "https://www.app.college.police.uk/app-content/information-management/freedom-of-information/",
        {"doc_type": "other"},
    ),
    (
        "a commissioner's log: numbered requests, 'Please see the below response', 'Request 1' over a list given, then a refusal the page stops on",
        "Reference: 2023 - 114 / LM2201\nDate of response: 3rd May 2023\n\nHaving looked into this myself, I now ask for:\n\n"
        "  1. Every briefing the office wrote in 2022 on its handling of complaint reviews.\n"
        "  2. The number of complaint reviews received in 2022, and how many were upheld.\n\n"
        "Please see the below response to your requests.\n\nRequest 1\n\nA list of the briefings disclosed to you by the office is set out below and attached to this email:\n\n"
        "  • Review handling summary – spring\n  • Review handling summary – autumn\n\nDisclosure of the below documents has been refused",
        "https://www.loamshire-pcc.gov.uk/key-information/freedom-of-information/disclosure-log-2023/03-05-2023-response/",
        {"outcome": "partially_disclosed", "ncnd": False, "questions": [{"number": "1", "text": "Every briefing the office wrote in 2022 on its handling of complaint reviews."}, {"number": "2", "text": "The number of complaint reviews received in 2022, and how many were upheld."}]},
    ),
    (
        "a councillor's blog post: 'I wrote to Loamshire Police to ask them', their refusal quoted: other",
        "This blog is mostly about policing and local politics in the county.\n\nTuesday, March 4, 2014\n\nRural patrols?\n\n"
        "When the new commissioner promised more rural patrols I wrote to Loamshire Police to ask them (under FoI) how officers are split "
        "between town and country. I received their response today:\nThis request is refused under Section 12(1) of the FOIA. Please see below.\n"
        "Section 12(1) of the Freedom of Information Act means the force need not comply where the cost would exceed the appropriate limit. "
        "It is Loamshire Police's general policy that where a request would exceed the appropriate limit we will not respond, though each case "
        "is looked at on its own. In this instance, Loamshire Police does not record this data in one place and would need to read thousands of "
        "duty rosters by hand to answer this request for information.\n",
        "https://loamshirepolicing.blogspot.com/2014/03/rural-patrols.html",
        {"doc_type": "other", "authority_id": None, "outcome": None},
    ),
    (
        "a requester's post: 'I am trying to challenge...', 'I'll post updates here', 'Here's my letter:' over his appeal: other",
        "FOI appeal\n\nMay 2, 2010\n\nI am trying to challenge Loamshire Police's refusal to answer a freedom of information request. I'll post updates here.\n\n"
        "Here's my letter:\n\nDear Sir/Madam,\n\nI am writing to ask for an internal review of your response to my recent request. I asked how many times "
        "the force had searched computers remotely. The response refused on operational grounds.\n",
        "https://loamnews.wordpress.com/tag/remote-searching/",
        {"doc_type": "other", "authority_id": None, "date": None},
    ),
    (
        "a blog's archive page, 'Recently in Home Office Category', quoting a department's holding letter between comments: other",
        "Recently in Home Office Category\n\nStill no answer after three months\n\nHome Office\n2 Marsham Street, London SW1P 4DF\n\n"
        "FOI Reference: [nnnnn]\n\n2 March 2011\n\nDear [name]\n\nI am writing about your information request of 4 January 2011.\n\n"
        "We need to consider fully the use of the exemption in section 24(1) of the Act.\n\nNobody asked for that information!\n",
        "http://www.loamblog.org.uk/blog/foia/home-office/",
        {"doc_type": "other", "authority_id": None, "date": None},
    ),
    (
        "a force's appeals-procedure sheet under its office's address block, attached beside a reply: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Dog unit vans'.\n\n"
        "Legal Services\nPolice Headquarters,\nPO Box 12,\nLoam Road,\nLM4 2QQ\nEmail: xxxxxxx@xxxxxx.xx\n"
        "Freedom of Information Request Appeals Procedure\nIf, once you have our response, you are unhappy with the outcome, you may "
        "appeal within 40 working days and ask for an internal review as follows.\nFirst write to the Head of Legal Services at the address above, "
        "quoting the reference number of your request.\n",
        "https://www.whatdotheyknow.com/request/700001/response/1700001/attach/html/3/Appeals%20Procedure.pdf.html",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "a WhatDoTheyKnow request sent to a transport body about a force's use of its buses: the thread is that body's, other",
        "Buses lent to the police\n\nA. Requester made this Freedom of Information request to Transport for London\n\n"
        "The request was partially successful.\n\nDear Transport for London,\n\nHow many buses did you lend Loamshire Police in 2023, and on "
        "what terms?\n\nYours faithfully,\nA. Requester\n\nFOI, Transport for London\n\nOur ref: FOI-0101-2324\n\nThank you for your request.\n",
        "https://www.whatdotheyknow.com/request/buses_lent_to_the_police",
        {"doc_type": "other", "authority_id": None, "reference": None},
    ),
    (
        "a WhatDoTheyKnow request to a city council about social media monitoring, acknowledged: other",
        "Social media monitoring\n\nB. Requester made this Freedom of Information request to Loamford City Council\n\n"
        "Dear Loamford City Council,\n\nDo you hold any policy on watching public social media posts of residents?\n\nYours faithfully,\nB. Requester\n\n"
        "FOI, Loamford City Council\n\nDear B. Requester,\n\nThank you for your recent request for information, which we will answer within 20 working days.\n",
        "https://www.whatdotheyknow.com/request/social_media_monitoring_loamford",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "a blogger's post with a 'Reading Time' line, retelling the questions he sent every force: other",
        "Mostly a blog about policing.\n\nThe Station Closures Prize\n\nReading Time: 5 minutes\n\nThis year fewer forces refused my requests than last.\n\n"
        "On station closures I asked every force in England and Wales the same two questions:\n\n1). How many police stations have closed since May 2010?\n\n"
        "2). How many front counters have closed since May 2010?\n\nOnly one force sent a Refusal Notice, Loamshire Police, whose reasons were these:\n\n"
        "\"The force is not obliged to provide the information you have requested under the Freedom of Information Act. In accordance with the Act, "
        "this reply represents a Refusal Notice for this particular request.\n\nSection 17 of the Freedom of Information Act 2000 requires Loamshire "
        "Police, when refusing to provide such information, to provide you, the applicant, with a notice which states that fact.\"\n",
        "https://loamshirecopper.co.uk/the-station-closures-prize/",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "a commissioner's log where the office answers in its own voice and the force's FOI officer signs: the commissioner, a fact given",
        "Reference: 2024 - 118 / KE2231\nDate of response: 12th March 2024\n\nDear Information Team\n\nPlease tell me:\n\n"
        "  • Whether any events were held for the awareness week, with their dates.\n  • Whether any themed goods were bought, and their cost.\n\n"
        "Please see the below response to your request.\n\nThe Office of the Police and Crime Commissioner has not organised any events for "
        "the week and has not bought any themed goods.\n\nIf you wish to send the same request to Kent Police, their address is on their website.\n\n"
        "Yours sincerely,\n\nFOI Officer\n\nKent Police\n",
        "https://www.kent-pcc.gov.uk/what-we-publish/freedom-of-information/disclosure-log-2024/12-03-2024-response/",
        {"authority_id": "kent-police-and-crime-commissioner", "outcome": "disclosed", "ncnd": False},
    ),
    (
        "a commissioner's Question / Answer page that repeats each question over a prose answer: disclosed",
        "Question\nWhat support do you offer people bereaved by road crashes?\nWho delivers that support?\nHow many people took it up last year?\n"
        "Answer\nWhat support do you offer people bereaved by road crashes?\nIn the county, a specialist charity gives counselling and practical "
        "help to families from the day of the crash for as long as they need it.\nWho delivers that support?\nThe Commissioner's office funds a "
        "company it owns, set up in 2017 to serve victims and witnesses across the county.\nHow many people took it up last year?\n"
        "Around two hundred families were supported in the year.\n",
        "https://archive.northantspfcc.org.uk/our-information/information-requests/freedom-of-information-requests-2021/road-victims-support",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "a district council's reply attached on WhatDoTheyKnow, 'You have asked … District Council for…', answers inline: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Body cameras'.\n\n\nFreedom of Information Act 2000\n"
        "Information Request FOI/2019/044\nYou have asked Loamford District Council for the following information:-\nPlease send me:\n"
        "Does anyone in your organisation wear body cameras while working?\nYes - two parking officers.\nWho supplies the cameras?\n"
        "A local electronics firm.\nDate: 14 February 2019\n",
        "https://www.whatdotheyknow.com/request/500001/response/1200001/attach/html/4/044%20Response.pdf.html",
        {"doc_type": "other", "outcome": None, "date": None},
    ),
    (
        "'Question 1' over a refusal of the first of three questions, and the page stops before 'Question 2': no outcome",
        "REQUEST\nI would be grateful for the following:\n1 - A copy of the impact assessment for the new face matching app.\n"
        "2 - Any letters the force has exchanged with the regulator about the app.\n3 - Any letters exchanged with the commissioner about it.\n"
        "RESPONSE\nOur digital team have provided the response below.\nQuestion 1\nYour request has been considered and I am not obliged to supply the information.\nIn r",
        "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-2025/march/face-matching-app-assessment/",
        {"outcome": None, "ncnd": False},
    ),
    (
        "a withholding's list that names a confirm-or-deny subsection ('Section 42(2) - Legal Professional Privilege'), on a page with no NCND wording: not NCND",
        "Freedom of information request reference no: 01.FOI.24.012345\nI note you seek access to the following information:\n"
        "I have today decided to disclose some of the requested information. Some data has been withheld as it is exempt from disclosure and "
        "this response serves as a Refusal Notice under Section 17 of the Act by virtue of the following exemptions:\n"
        "Section 40(2) – Personal Information\nSection 42(2) - Legal Professional Privilege\nReason for decision\n"
        "Section 42 has been applied to the question on what legal advice the force took about its vetting backlog.\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/may-2024/vetting-backlog/",
        {"ncnd": False, "outcome": "partially_disclosed"},
    ),
    (
        "the same withholding's list naming 'Section 24(2)', whose reason argues what 'confirming or denying that the MPS holds any information' on covert equipment would reveal: a partial NCND",
        "Freedom of information request reference no: 01.FOI.24.054321\nI note you seek access to the following information:\n"
        "1. How many speed cameras does the MPS run?\n2. Where is each camera sited?\n"
        "I have today decided to disclose some of the requested information. Some data has been withheld as it is exempt from disclosure and "
        "this response serves as a Refusal Notice under Section 17 of the Act by virtue of the following exemptions:\n"
        "Section 24(2) National Security\nSection 31(3) Law Enforcement\nReason for decision\n"
        "Section 24(2) - National Security - By confirming or denying that the MPS holds any information regarding covert cameras and the "
        "sites they watch would in itself disclose exempt information. To say that information is held would show where such cameras are used.\n",
        "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/june-2024/speed-camera-sites/",
        {"ncnd": True, "ncnd_scope": "partial", "outcome": "partially_disclosed", "exemptions": ["s24(2)", "s31(3)"]},
    ),
    (
        "Police Scotland's replicated request, then 'In response to these questions, I regret…' and a cost refusal: refused",
        "Our Ref: IM-FOI-2020-0412 Date: 3rd March 2020\n\nI refer to your recent request for information which has been handled in accordance with "
        "the Freedom of Information (Scotland) Act 2002.\n\nFor ease of reference, your request is replicated below together with the response.\n\n"
        "Please could you provide the number of people arrested at concerts in Glasgow in 2019.\n\nCan you also say how many were arrested at each venue:-\n\n"
        " Hydro  Barrowland\n\nIn response to these questions, I regret to inform you that I am unable to provide you with the information you have "
        "requested, as it would prove too costly to do so within the context of the fee regulations.\n\nAs such, and in terms of Section 16(4) of the "
        "Act where Section 12(1) of the Act (Excessive Cost of Compliance) has been applied, this represents a refusal notice for the information sought.\n",
        "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/2020/march/concert-arrests/",
        {"outcome": "refused", "ncnd": False, "exemptions": ["s12(1)"]},
    ),
    (
        "the Act's duties recited, then an NCND on 'any other information' with no answer in sight (its table lost): partial, no outcome",
        "Enquiry Reference: 512 - 24\nBelow is your request and our response.\nHow many officers are under investigation for misconduct linked to violence against women?\n"
        "Section 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at Section 1(1)(a) "
        "is to confirm or deny whether the information specified in a request is held. The second duty at Section 1(1)(b) is to disclose information that "
        "has been confirmed as being held.\nLoamshire Police can neither confirm nor deny that it holds any other information relevant to this request as "
        "the duty in Section 1(1)(a) does not apply by virtue of Section 40(5).\n",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/october/officers-under-investigation-512-24/",
        {"outcome": None, "ncnd": True, "ncnd_scope": "partial"},
    ),
    (
        "a force's review-procedure sheet in Welsh, 'Rhyddid Gwybodaeth – y Drefn Adolygu', attached beside a reply: other",
        "This is an HTML version of an attachment to the Freedom of Information request 'Cameras on patrol cars'.\n\n\n \n \n"
        "Rhyddid Gwybodaeth – y Drefn Adolygu\nOs nad ydych yn fodlon ag ymateb Heddlu Gogledd Cymru i gais am wybodaeth, gallwch anfon apêl "
        "ysgrifenedig at yr Uned Rhyddid Gwybodaeth.\nBydd adolygiad mewnol yn cael ei gynnal o fewn 20 diwrnod gwaith.\n",
        "https://www.whatdotheyknow.com/request/patrol_car_cameras/response/900001/attach/html/3/Trefn%20Adolygu%20Review%20Procedure.pdf.html",
        {"doc_type": "other", "authority_id": None},
    ),
    (
        "a log's cost exemption, then 'In an effort to provide some meaningful data…' and figures from another system: partial",
        "Custody as a place of safety\n\nRequest Details:\n\nHow many times in each year since 2015 was a person detained under s136 taken to "
        "police custody rather than a hospital?\n\nExemptions Applied:\n\nSection 12 – Exemption where cost of compliance exceeds appropriate limit\n\n"
        "Response:\n\nThe following exemption applies to the disclosure of the information:\n\nSection 12 – Exemption where cost of compliance exceeds "
        "appropriate limit\n\nI know of no system that records the instances you describe, short of asking every officer.\n\nIn an effort to provide some "
        "meaningful data, I asked our custody system's administrator for help.\n\nI have extracted the data from the custody system for people actually "
        "held in a custody suite (regardl",
        "https://www.southyorks.police.uk/foi-ai/south-yorkshire-police/disclosure-2017/september/mental-health-s136-custody/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a GOV.JE release whose answer is a table flattened one row a line, empty cells as dashes ('Total-------1-1'): disclosed",
        "Use of spit guards (FOI)\n\nProduced by the Freedom of Information office\nAuthored by Government of Jersey and published on 3 March 2023.\n\n"
        "Request\n\nSince 2015, by year:\n\nA\n\nHow many times have spit guards been used on children?\n\nB\n\nHow many times on adults?\n\n"
        "Response\n\nAll responses have been provided by the States of Jersey Police.\n\nA\n\nNumber of persons under 18 on whom a spit guard was used\n\n"
        " 2015201620172018201920202021\n\nMale----1--1\nFemale-------\nTotal----1--1\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9001",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "'Response 1:' not held, then 'Response 2 and 3:' cut before its answer, over a request of four: no outcome",
        "FOI Reference: 512/2023\nRequest 1 - 4:\n1. Details of any trials of gait recognition in your area since 2020.\n"
        "2. Details of any trials of voice recognition.\n3. If any trial took place, the number of arrests that followed.\n"
        "4. A copy of any policy on these technologies.\nResponse 1:\nI can confirm that there is no information held by Loamshire Police as the "
        "force has not run any gait recognition trials in the period.\nResponse 2 and 3:\nIn relati",
        "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2023/june/biometric-trials/",
        {"outcome": None},
    ),
    (
        "the Surveillance Camera Commissioner's GOV.UK release that never names the office: its collection's address names it",
        "FOI release\n\nSCC/FOI/04/19/AB: Information on cameras in car parks\n\nPublished 5 March 2021\n\nOur reference: SCC/FOI/04/19/AB\n\n"
        "Dear\n\nI write in response to your email of 2 April 2019 asking for information relevant to my role. Your request has been handled under the "
        "Freedom of Information Act 2000.\n\n1. How many car park cameras are there in England?\n\nI do not retain records or otherwise hold this information.\n",
        "https://www.gov.uk/government/publications/surveillance-camera-commissioner-scc-foi-responses-2019/sccfoi0419ab-information-on-cameras-in-car-parks",
        {"authority_id": "biometrics-and-surveillance-camera-commissioner", "outcome": "not_held"},
    ),
    (
        "'1-3. We can neither confirm nor deny…' over a request of five numbered questions, the page stopping before 4 and 5: partial, no outcome",
        "You asked:\n\n  1. Has the force met faith groups about street preaching?\n  2. What came of any meeting?\n  3. Are more meetings planned?\n"
        "  4. Does the force have a policy on preaching and public order?\n  5. What training do officers get on it?\n\nIn Response:\n\n"
        "I can confirm that the information you have requested is held in part by Loamshire Police.\n\n1-3. We can neither confirm nor deny that "
        "information at these points is held and by doing so rely on the following exemption.\n\nSection 31 (3) – Law Enforcement\n\n"
        "Section 31 is a prejudice based qualified exemption and I have set out the harm below.\n\nEvidence of Harm in Confirming o",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/faith-groups-preaching-0412-22/",
        {"outcome": None, "ncnd": True, "ncnd_scope": "partial"},
    ),
    (
        "each question answered on a lettered line under it, 'a) 0' for one and 'a) No information held' for the next: partial",
        "I write in connection with your request for information dated 3rd May 2021. Below are the questions raised in your request and our response.\n"
        "Since 1 January 2021:\n1. How many electric scooters have been seized?\na) 0\n2. How many riders have been given warnings?\n"
        "a) No information held. Warnings are not recorded against the kind of vehicle, so they cannot be searched for.\n3. How many fines have been issued to rid",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2021/may/e-scooters/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "'a decision was made to provide some of the information requested', with the rest exempt, is a partial disclosure, also where a PDF broke the sentence",
        "NOT PROTECTIVELY MARKED\n15 March 2011\nOur Ref: 0077/2011\nDear Ms Green\nFREEDOM OF INFORMATION REQUEST REFERENCE NUMBER 0077/2011\n"
        "I refer to your request for information dated 14 February 2011.\n"
        "Your request for information has now been considered and on 14 March 2011, a decision\n\n"
        "was made to provide some of the information requested by you. Some of the information\n\n"
        "requested by you is, however, considered to be exempt in terms of the Freedom of Information (Scotland) Act 2002.\n",
        "https://docslib.org/doc/4412/foi-from-strathclyde-police",
        {"outcome": "partially_disclosed"},
    ),
    (
        "Essex's outcome line 'S12 Plus Information' (a cost refusal with some information given) is a partial disclosure",
        "Fly-tipping reports 2015 to 2020\n\nPublication Number: 1604\n\nFOI Number: 20733\n\n"
        "1. How many reports of fly-tipping did the force receive in each year since 2015?\n2. How many led to a prosecution?\n\n"
        "S12 Plus Information\n\n14/07/2020\n\n03/08/2020\n",
        "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/fly-tipping-reports-2015-to-2020/",
        {"outcome": "partially_disclosed", "exemptions": ["s12"]},
    ),
    (
        "a question's follow-up on its own line ('Could I possibly receive these figures broken down by year, please.') is the question's, not an answer",
        "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 611-2025\n"
        "I write in connection with your request for information which was received on 2nd June 2025 as follows:\n"
        "Q1. How much did the force spend on body armour from January 2021 to December 2024?\n"
        "Could I possibly receive these figures broken down by type of armour and by year, please.\n"
        "Q2. How much did the force spend on fitting the armour to officers in the same period?\n"
        "Could I please receive this information broken down by year.\n"
        "Please find the Warwickshire Police response set out below.\n"
        "Q1 response:\nRegarding the cost of body armour, I can advise that for the period asked our response is no information held.\n"
        "Fitting\nThe exact cost of fitt",
        "https://www.warwickshire.police.uk/foi-ai/warwickshire-police/foi-disclosure-2025/june-2025/foi-611-2025-body-armour/",
        {"outcome": None},
    ),
    (
        "a table row labelled 'Refused to Band 1' is not a log's outcome line: no refusal is read from it",
        "Injury awards\nRequest:\n1. Please give the number of awards reconsidered in 2024, by band.\nAnswer:\nRefused to Band 1\n4\nBand 1 to Band 2\n0\n",
        "https://www.psni.police.uk/foi-disclosure-log/injury-awards-reconsidered",
        {"outcome": None},
    ),
    (
        "a page that stops at 'I am able to disclose the located info' after 'the information you have requested is held' has given it",
        "Romance fraud - 1188/19\n\nDate Responded 3 October 2019\n\nYou asked:\n\nPlease give the number of romance fraud crimes recorded "
        "in each financial year since 2014.\n\nIn Response:\n\nFollowing receipt of your request, searches were conducted with the Corporate "
        "Development Department of Northumbria Police. I can confirm that the information you have requested is held by Northumbria Police.\n\n"
        "I am able to disclose the located info",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/crime/romance-fraud-118819/",
        {"outcome": "disclosed", "ncnd": False},
    ),
    (
        "GOV.JE's '... exemption under Articles 26A and 27 ... and the information is therefore refused' refuses the request",
        "Vessels met at harbour (FOI)\nProduced by the Freedom of Information office\nAuthored by States of Jersey and published on 12 May 2018.\n"
        "Request\nHow many vessels have the States of Jersey Police met at a harbour following intelligence, by year since 2015?\n"
        "Response\nThis information is subject to absolute exemption under Articles 26A and 27, and qualified exemption under Article 42 of the "
        "Freedom of Information (Jersey) Law 2011, and the information is therefore refused.\nExemptions applied\n"
        "Article 26A - Information supplied by, or relating to, bodies dealing with security matters\n(1) Information is absolutely exempt info",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9412",
        {"outcome": "refused", "ncnd": False},
    ),
    (
        "the stock lead-in 'This information is exempt by virtue of:' over NCND provisions only, with nothing confirmed held, is an NCND",
        "MP surgeries (2211A/17)\n\nRequest\n1 - How much did the force spend protecting MPs at their surgeries in each of the last three years?\n"
        "2 - How many times was the force asked to attend a surgery?\n\nResponse\nThis information is exempt by virtue of:\n"
        "Section 24(2) - National Security\nSection 31(3) - Law enforcement\nSectio",
        "https://foi.west-midlands.police.uk/mp-surgeries-2211a-17/",
        {"ncnd": True, "outcome": "ncnd", "exemptions": ["s24(2)", "s31(3)"]},
    ),
    (
        "'Whilst the majority of information has been disclosed..., we are withholding some information' is a partial disclosure",
        "Protest camps (3312A/24)\n\nPlease send the force's plan for policing the camp and the number of officers deployed.\n\n"
        "Please find attached our response.\n\nWhilst the majority of information has been disclosed in the response above, we are withholding "
        "some information since we consider that the exemption below applies to it.\n\nSection 31(1)(a)(b) Law Enforcement\n",
        "https://foi.west-midlands.police.uk/protest-camps-3312a-24/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a requester's example under a question ('- For example, in 2023, 15 claims were lodged...') is part of the question, not its answer",
        "Enquiry Reference: 77-24\nI write in connection with your Freedom of Information request. Below is your request and our response.\n"
        "1) How many grievances did staff raise against the force in 2023, 2022 and 2021?\n"
        "2) Please give the type of each grievance raised in those years.\n"
        "- For example, in 2023, 12 grievances were raised, 4 about bullying and 8 about pay.\n"
        "3) Please give the number upheld in each year.\n"
        "- For example, in 2023, 3 of the 12 grievances were upheld.\n"
        "Please note: if you cannot give the figures by year, please give them for the three years toge",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/april/foi-77-24-grievances/",
        {"outcome": None, "ncnd": None},
    ),
    (
        "a cost NCND under 'Regarding point 2 of your request', the page cut before point 1's answer: no outcome, scope cost",
        "Match costs - 1410/21\n\nDate Responded 02 March 2021\n\nYou asked:\n\n"
        "  1. Please give the sums the force has charged football clubs for policing matches in each of the last three seasons.\n"
        "  2. Please send copies of all emails between staff about matchday policing since March 2020.\n\nIn Response:\n\n"
        "Regarding point 2 of your request - the Commissioner's guidance says that an authority must confirm or deny whether it holds "
        "what was asked for unless the cost of that alone would exceed the appropriate limit.\n"
        "I can neither confirm nor deny that the information you require at this point is held by Northumbria Police, as to determine "
        "whether it is held would exceed the permitted 18 hours, so Section 12(2) of the Act applies.\n"
        "This part of your request would mean searching every officer's mailbox by hand, which",
        "https://beta.northumbria.police.uk/about-us/publications-and-documents/accessing-information/disclosure-log/events/match-costs-141021/",
        {"ncnd": True, "ncnd_scope": "cost", "outcome": None},
    ),
    (
        "a log answer opening 'Unfortunately our data are not organised...' under the request, then a cost figure worked out 'as a gesture of goodwill', is partial",
        "Translation costs (7120_18)\n\nHow much did the force spend last year on interpreters for people in custody?\n\n"
        "Unfortunately our data are not organised in such a way as to allow us to provide this information without reading every custody record.\n\n"
        "Researching each record would exceed the appropriate limit (FOIA, s.12 (1)).\n\n"
        "However, although excess cost removes the force's obligations under the Act, as a gesture of goodwill our Language Services Manager "
        "has calculated approximate costs and provided the following response:\n\n"
        "The force spent £912,400 on language services in 2017/18.\n",
        "https://foi.west-midlands.police.uk/translation-costs-7120_18/",
        {"outcome": "partially_disclosed", "ncnd": False, "exemptions": ["s12(1)"]},
    ),
    (
        "a cost refusal of the whole request, then 'advice and assistance' giving 'relevant information for questions 1 - 3', is partial",
        "Vehicle crime (4410A/25)\n\n1. How many vehicles were broken into in 2024?\n2. How many were vans?\n3. How many were cars?\n"
        "4. How was each vehicle entered?\n\nOur data are not organised in such a way as to allow us to provide all of this information within the "
        "appropriate (cost) limit under the Freedom of Information (FOI) Act.\n\nThere is no category recording how a vehicle was entered, so every "
        "case file would have to be read.\n\nHowever, under Section 16 of the Act I have a duty to provide advice and assistance in relation to your "
        "request and can provide relevant information for questions 1 - 3, as this was found during our first sear",
        "https://foi.west-midlands.police.uk/vehicle-crime-4410a-25/",
        {"outcome": "partially_disclosed"},
    ),
    (
        "a section named for requests still to come ('will attract a refusal by virtue of Section 12(1)') is not relied on",
        "Threat to life warnings 2020 to 2024\nThe table below shows the warnings issued each year since April 2020.\n"
        "Before April 2020 the warnings were not recorded centrally. Requests for figures before April 2020 will attract a refusal by virtue of "
        "Section 12(1) Cost of Compliance Exceeds the Appropriate Limit, as every district would have to be contacted.\n"
        "2020/21 | 41\n2021/22 | 38\n2022/23 | 45\n",
        "https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/threat-to-life-warnings-2020-2024/",
        {"exemptions": []},
    ),
    (
        "numbered request items opened by a topic label ('Case Closure Rates: Please specify...') are questions, not answers, on a page cut before its reply",
        "1. Reported Crime: For each calendar year since 2015, please provide a breakdown of the following:\n"
        "- The number of offences reported.\n- Of those, the number investigated.\n"
        "2. Suspects: For the figures given in answer to question 1, please provide a further breakdown by:\n"
        "- Age band of the suspect.\n- Recorded ethnicity of the suspect.\n"
        "3. Closure Rates: Please specify the share of reported offences closed without charge, and the main reasons for closing them.\n",
        "https://www.northants.police.uk/foi-ai/northamptonshire-police/disclosure-logs/2025/march/foi-1021-25-crime-figures/",
        {"outcome": None, "ncnd": None, "questions": [
            {"number": "1", "text": "Reported Crime: For each calendar year since 2015, please provide a breakdown of the following: - The number of offences reported. - Of those, the number investigated."},
            {"number": "2", "text": "Suspects: For the figures given in answer to question 1, please provide a further breakdown by: - Age band of the suspect. - Recorded ethnicity of the suspect."},
            {"number": "3", "text": "Closure Rates: Please specify the share of reported offences closed without charge, and the main reasons for closing them."},
        ]},
    ),
    (
        "a numbered answer that is only a body's name ('4. College of Policing') is not a letter head: the force on whose log it stands answered",
        "Training (611A/23)\n\n1. What is your yearly training budget?\n2. Which bodies accredit your courses?\n3. Please send your learning strategy.\n\n"
        "1. Learning and development budget: £2.9 million\n2. College of Policing\n3. See attached (strategy.pdf)\n",
        "https://foi.west-midlands.police.uk/training-611a-23/",
        {"authority_id": "west-midlands-police"},
    ),
    (
        "links shown as 'Ethics (college.police.uk)' lead to another body's pages; they do not make it the answering body",
        "Police procedures (FOI)\nProduced by the Freedom of Information office\nAuthored by Government of Jersey and published on 2 March 2024.\n"
        "Request\nPlease send the procedures that States of Jersey Police officers follow when making an arrest.\n"
        "Response\nMost of the documents asked for are already published, so Article 23 of the Freedom of Information (Jersey) Law 2011 applies. "
        "Links are given below.\nAuthorised Professional Practice (APP) (college.police.uk)\nDetention and custody (college.police.uk)\n"
        "Ethics (college.police.uk)\n",
        "https://www.gov.je/Government/FreedomOfInformation/pages/foi.aspx?ReportID=9311",
        {"authority_id": "states-of-jersey-police"},
    ),
]


@pytest.mark.parametrize("rule, text, address, expected", CASES_WITH_ADDRESS, ids=[c[0][:60] for c in CASES_WITH_ADDRESS])
def test_rule_with_address(rule, text, address, expected):
    record = parse_notice(text, address)
    got = {key: record[key] for key in expected}
    assert got == expected, (rule, record["warnings"])


def test_a_log_laid_out_received_request_responded_answer_keeps_the_answer_out_of_the_request():
    """"Received: <date>" / the request / "Responded: <date>" / the answer (a staff association's log): the
    answer below "Responded:" is not read as part of the question."""
    text = (
        "Staff association log\nFOI 00412 - Car park charges\nReceived: 3 March 2024\n"
        "I write to ask what staff are charged to park at headquarters. Can I also ask how many spaces there are.\n"
        "Is this set out in the yearly accounts, and under what heading?\n"
        "Responded: 15 March 2024\nStaff are not charged to park at headquarters. There are 212 spaces.\n"
    )
    record = parse_notice(text, "https://www.polfed.org/resources/access-to-information/disclosure-log/foi-00412-car-park-charges")
    assert record["questions"] and not any("212 spaces" in q["text"] or "Responded" in q["text"] for q in record["questions"])
    assert record["date"] == "2024-03-15"
