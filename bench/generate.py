#!/usr/bin/env python3
"""Write a synthetic, seeded corpus of UK police FOI notices with ground truth beside it.

The benchmark needs volume (tens of thousands of notices) and the cross-notice analysis needs
known answers: which notices carry the same request (a *request family*: one request sent to many
forces with small edits) and which paragraphs come from shared national wording (*templates*).
Every sentence here was written for this generator; nothing is copied from a real notice.

    python bench/generate.py OUT_DIR --count 10000 [--seed 1]

writes OUT_DIR/<id>.txt|.md|.html, OUT_DIR/sources.csv and OUT_DIR/truth.jsonl.
Same seed and count give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

GENERATOR_VERSION = "1"
AUTHORITIES_CSV = Path(__file__).resolve().parent.parent / "scripts" / "ncnd" / "vocab" / "authorities.csv"

# ---------------------------------------------------------------------------------------------
# Forces
# ---------------------------------------------------------------------------------------------

def slug(name: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in name)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def load_forces() -> list[dict]:
    """Territorial forces from the project vocabulary, so truth ids match what the parser emits."""
    forces = []
    with open(AUTHORITIES_CSV, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("kind") != "territorial_police":
                continue
            domains = [d for d in (row.get("domains") or "").split("|") if d]
            forces.append({
                "id": row["id"],
                "name": row["name"],
                "short": row.get("short_name") or row["name"],
                "domain": domains[0] if domains else slug(row["name"]).split("-")[0] + ".police.uk",
            })
    for force in forces:
        # "the Constabulary" / "the Force" as a force refers to itself; the Met calls itself "the MPS".
        name = force["name"]
        force["self"] = "the MPS" if force["id"] == "metropolitan-police-service" else (
            "the Constabulary" if "Constabulary" in name else "the force")
    return forces


# ---------------------------------------------------------------------------------------------
# Technologies: every phrase that may name one, with the ids it names (truth is built from these)
# ---------------------------------------------------------------------------------------------

TECH_ORDER = [
    "ring_doorbell", "ring_neighbors_portal", "amazon_rekognition", "facial_recognition_live",
    "facial_recognition_retrospective", "facial_recognition_operator_initiated", "facial_recognition",
    "facewatch", "clearview_ai", "nleds", "pnd", "pnc", "anpr", "imsi_catcher", "drones", "body_worn_video",
    "predictive_policing", "social_media_monitoring", "mobile_phone_extraction", "palantir", "ai_tools", "cctv",
]

TECH_PHRASES = {
    "ring_doorbell": ["Ring doorbells", "Ring video doorbells", "Ring Video Doorbells", "Ring doorbell cameras"],
    "ring_neighbors_portal": ["the Neighbors app", "the Neighbours app", "the Law Enforcement Neighborhood Portal",
                              "the Neighbors Public Safety Service"],
    "amazon_rekognition": ["Amazon Rekognition", "Rekognition", "the Amazon Rekognition service"],
    "facial_recognition_live": ["live facial recognition", "Live Facial Recognition (LFR)", "LFR"],
    "facial_recognition_retrospective": ["retrospective facial recognition",
                                         "Retrospective Facial Recognition (RFR)"],
    "facial_recognition_operator_initiated": ["operator initiated facial recognition",
                                              "Operator Initiated Facial Recognition (OIFR)"],
    "facial_recognition": ["facial recognition technology", "facial recognition software", "facial recognition"],
    "facewatch": ["Facewatch", "the Facewatch system"],
    "clearview_ai": ["Clearview AI", "the Clearview AI platform"],
    "nleds": ["NLEDS", "the National Law Enforcement Data Service (NLEDS)", "LEDS"],
    "pnd": ["the Police National Database (PND)", "the PND"],
    "pnc": ["the Police National Computer (PNC)", "the PNC"],
    "anpr": ["ANPR", "Automatic Number Plate Recognition (ANPR)", "ANPR cameras"],
    "imsi_catcher": ["IMSI catchers", "IMSI catcher devices", "IMSI grabbers"],
    "drones": ["drones", "Remotely Piloted Aircraft Systems (drones)", "police drones"],
    "body_worn_video": ["body worn video", "body-worn video cameras", "Body Worn Video (BWV)"],
    "predictive_policing": ["predictive policing", "predictive policing software", "predictive policing tools"],
    "social_media_monitoring": ["social media monitoring", "social media monitoring software"],
    "mobile_phone_extraction": ["mobile phone extraction", "mobile phone data extraction",
                                "mobile phone extraction kiosks"],
    "palantir": ["Palantir", "Palantir Technologies"],
    "ai_tools": ["artificial intelligence (AI) tools", "AI tools", "artificial intelligence tools"],
    "cctv": ["CCTV", "CCTV cameras", "closed circuit television (CCTV)"],
}

# The phrase a response uses when it refers back to the topic (lower-case, no article games).
TECH_RESPONSE_PHRASE = {
    "ring_doorbell": "Ring doorbells", "ring_neighbors_portal": "the Neighbors app",
    "amazon_rekognition": "Amazon Rekognition", "facial_recognition_live": "live facial recognition",
    "facial_recognition_retrospective": "retrospective facial recognition",
    "facial_recognition_operator_initiated": "operator initiated facial recognition",
    "facial_recognition": "facial recognition", "facewatch": "Facewatch", "clearview_ai": "Clearview AI",
    "nleds": "NLEDS", "pnd": "the PND", "pnc": "the PNC", "anpr": "ANPR", "imsi_catcher": "IMSI catchers",
    "drones": "drones", "body_worn_video": "body worn video", "predictive_policing": "predictive policing",
    "social_media_monitoring": "social media monitoring", "mobile_phone_extraction": "mobile phone extraction",
    "palantir": "Palantir", "ai_tools": "AI tools", "cctv": "CCTV",
}

# Words a typo must never touch: a misspelt technology name would change the truth.
PROTECTED_WORDS = {w.strip("(),").lower() for phrases in TECH_PHRASES.values() for p in phrases for w in p.split()}
PROTECTED_WORDS |= {"ring", "amazon", "section", "sections", "police", "constabulary", "force"}


class Topic:
    """What a request family is about: its technologies, how it is asked and how sensitive it is.

    Titles, definitions and questions are (text, extra technology ids) pairs: {t} is filled with a
    phrase for the main technology, any other technology is written out literally and listed.
    """

    def __init__(self, key, main, titles, definition, questions, product=False, sensitivity=0.5):
        self.key = key
        self.main = main
        self.titles = titles
        self.definition = definition
        self.questions = questions
        self.product = product  # a named commercial product: the "named product" harm paragraph fits
        self.sensitivity = sensitivity  # 0 = forces usually disclose, 1 = forces usually NCND


RING, NEIGHBORS, REKOG = "ring_doorbell", "ring_neighbors_portal", "amazon_rekognition"
LFR, RFR, OIFR, FR = ("facial_recognition_live", "facial_recognition_retrospective",
                      "facial_recognition_operator_initiated", "facial_recognition")

TOPICS = [
    Topic("ring", RING,
          [("Agreements with Ring", [RING]), ("Ring doorbell partnership", [RING]),
           ("Ring Video Doorbells given to residents", [RING])],
          ("the internet-connected doorbell products sold by Ring, a company owned by Amazon", [RING]),
          [("Has {yf} entered into any partnership under which {t} were supplied to residents free or at a discount between {start} and {end}?", []),
           ("How many {t} has {yf} handed out to victims of burglary since {start}?", []),
           ("Please disclose any correspondence between {yf} and Ring about the Neighbors app since {start}.", [RING, NEIGHBORS]),
           ("Does {yf} have an account on the Neighbours app, and if so how many requests for footage have been made through it?", [NEIGHBORS])],
          product=True, sensitivity=0.35),
    Topic("neighbors", NEIGHBORS,
          [("Neighbors app access", [NEIGHBORS]), ("Requests for doorbell footage", []),
           ("Law Enforcement Neighborhood Portal", [NEIGHBORS])],
          ("the service that lets officers ask owners of home security devices to share their recordings", []),
          [("Has {yf} signed up to {t}? If so, on what date?", []),
           ("How many requests for footage from Ring doorbells has {yf} made through {t} between {start} and {end}?", [RING]),
           ("Please provide any guidance issued to officers on the use of {t}.", [])],
          product=True, sensitivity=0.45),
    Topic("rekognition", REKOG,
          [("Contracts with Amazon for Rekognition", [REKOG]), ("Amazon Rekognition", [REKOG]),
           ("Use of Amazon Rekognition", [REKOG])],
          ("the image and video analysis product offered by Amazon Web Services", []),
          [("Please provide details of any contract between {yf} and Amazon for {t}, including the start date.", []),
           ("Has {yf} used {t} at any time since {start}, and is it still in use?", []),
           ("Has any contract for {t} been varied, or a new contract signed, since {start}?", []),
           ("Please outline how facial recognition technology supplied by Amazon has been used by {yf}, in broad terms.", [FR])],
          product=True, sensitivity=0.85),
    Topic("lfr", LFR,
          [("Use of Live Facial Recognition", [LFR]), ("LFR deployments", [LFR]),
           ("Live facial recognition at public events", [LFR])],
          ("cameras that compare the faces of passers-by in real time against a watchlist", []),
          [("On how many occasions between {start} and {end} did {yf} deploy {t}? Please give the date and location of each deployment.", []),
           ("For each deployment, how many alerts did {t} generate, and how many of those were confirmed as correct matches?", []),
           ("How many people were arrested following an alert from {t} between {start} and {end}?", []),
           ("How many images were on the watchlist used with {t} for each deployment?", []),
           ("Has {yf} used {t} together with fixed CCTV cameras?", ["cctv"])],
          sensitivity=0.55),
    Topic("rfr", RFR,
          [("Retrospective Facial Recognition", [RFR]), ("Retrospective facial recognition searches", [RFR]),
           ("Facial image searches", [])],
          ("searching still images, for example stills taken from CCTV footage, against custody images", ["cctv"]),
          [("How many searches using {t} did {yf} carry out in each year from {start_year} to {end_year}?", []),
           ("How many of those searches were run against custody images held on the Police National Database (PND)?", ["pnd"]),
           ("Please provide the policy or procedure that governs the use of {t} by {yf}.", [])],
          sensitivity=0.5),
    Topic("oifr", OIFR,
          [("Operator Initiated Facial Recognition", [OIFR]), ("Facial recognition app for officers", [FR]),
           ("Identification app for officers", [])],
          ("an application on an officer's phone that checks a photograph against custody images", []),
          [("Does {yf} use {t}? If so, from what date?", []),
           ("How many officers have access to {t}?", []),
           ("How many searches were made using {t} between {start} and {end}?", [])],
          sensitivity=0.5),
    Topic("frt", FR,
          [("Facial recognition", [FR]), ("Use of facial recognition technology", [FR]),
           ("Facial recognition software", [FR])],
          ("any software that identifies or verifies a person from an image of their face", []),
          [("In the period {start} to {end}, how many events were policed by {yf} at which {t} was used?", []),
           ("On how many occasions did {yf} use {t} to try to identify people from CCTV recordings?", ["cctv"]),
           ("Which supplier provides the {t} used by {yf}?", [])],
          sensitivity=0.6),
    Topic("facewatch", "facewatch",
          [("Facewatch data sharing", ["facewatch"]), ("Information sharing with Facewatch", ["facewatch"]),
           ("Facewatch", ["facewatch"])],
          ("the company that supplies watchlist alerts to shops and other private premises", []),
          [("Does {yf} have an information sharing agreement with {t}? Please provide a copy.", []),
           ("How many images has {yf} shared with {t} since {start}?", []),
           ("Has {yf} received any alerts or reports from {t} between {start} and {end}?", [])],
          product=True, sensitivity=0.6),
    Topic("clearview", "clearview_ai",
          [("Clearview AI", ["clearview_ai"]), ("Use of Clearview AI", ["clearview_ai"]),
           ("Trials of Clearview AI", ["clearview_ai"])],
          ("the company that offers searches of faces against images collected from the internet", []),
          [("Has any officer or member of staff of {yf} used {t}, including on a free trial, since {start}?", []),
           ("How many searches have been run on {t} by {yf}?", []),
           ("Please provide any correspondence with {t} about facial recognition between {start} and {end}.", [FR])],
          product=True, sensitivity=0.9),
    Topic("nleds", "nleds",
          [("NLEDS training material", ["nleds"]), ("National Law Enforcement Data Service", ["nleds"]),
           ("Use of NLEDS", ["nleds"])],
          ("the national system that is replacing the Police National Computer (PNC) and the Police National Database (PND)", ["pnc", "pnd"]),
          [("Any training manuals, handbooks or guidance issued to staff about {t}.", []),
           ("Any briefing material or presentations given to staff about the roll out of {t}.", []),
           ("Any internal procedures relating to the operation of {t} by {yf}.", []),
           ("When did {yf} begin to use {t} in place of the Police National Computer (PNC)?", ["pnc"])],
          sensitivity=0.7),
    Topic("pnd", "pnd",
          [("Police National Database searches", ["pnd"]), ("Use of the PND", ["pnd"]), ("PND audit", ["pnd"])],
          ("the national intelligence sharing system used by police forces", []),
          [("How many searches of {t} were made by staff of {yf} between {start} and {end}?", []),
           ("How many audits of access to {t} were carried out by {yf} since {start}?", []),
           ("How many members of staff were disciplined for misuse of {t} since {start}?", [])],
          sensitivity=0.35),
    Topic("anpr", "anpr",
          [("ANPR camera locations", ["anpr"]), ("Automatic Number Plate Recognition", ["anpr"]),
           ("ANPR data retention", ["anpr"])],
          ("fixed or mobile cameras that read vehicle registration marks", []),
          [("How many {t} were operated by {yf} on {end}?", []),
           ("Please provide the locations of all fixed {t} in the force area.", []),
           ("How long does {yf} retain data captured by {t}?", []),
           ("How many {t} share data with local authority CCTV systems?", ["cctv"])],
          sensitivity=0.45),
    Topic("imsi", "imsi_catcher",
          [("IMSI catchers", ["imsi_catcher"]), ("Covert handset identification equipment", []),
           ("Purchase of IMSI catchers", ["imsi_catcher"])],
          ("equipment that imitates a mobile phone mast to identify nearby handsets", []),
          [("Has {yf} purchased or used {t} since {start}?", []),
           ("How much has {yf} spent on {t} in each financial year from {start_year} to {end_year}?", []),
           ("Please provide any legal advice received by {yf} about the use of {t}.", [])],
          sensitivity=0.95),
    Topic("drones", "drones",
          [("Police drones", ["drones"]), ("Drone deployments", ["drones"]), ("Use of drones", ["drones"])],
          ("remotely piloted aircraft carrying cameras", []),
          [("How many {t} does {yf} currently own or lease?", []),
           ("How many times were {t} deployed by {yf} between {start} and {end}?", []),
           ("What was the total cost of purchasing {t} since {start}?", []),
           ("Please provide the privacy impact assessment for the use of {t}.", [])],
          sensitivity=0.25),
    Topic("bwv", "body_worn_video",
          [("Body worn video", ["body_worn_video"]), ("Body worn video policy", ["body_worn_video"]),
           ("Retention of footage from uniform cameras", [])],
          ("cameras worn on an officer's uniform", []),
          [("How many {t} units are in use by {yf}?", []),
           ("What is the retention period for footage recorded on {t}?", []),
           ("How many complaints since {start} involved a failure to switch on {t}?", [])],
          sensitivity=0.15),
    Topic("predictive", "predictive_policing",
          [("Predictive policing", ["predictive_policing"]), ("Use of predictive policing tools", ["predictive_policing"]),
           ("Crime forecasting software", ["predictive_policing"])],
          ("software that forecasts where crime may occur or who may be involved in it", []),
          [("Does {yf} use, or has it trialled, {t} since {start}?", []),
           ("Please name the supplier of any {t} used by {yf} and the cost of the contract.", []),
           ("Has {yf} assessed {t} for bias, for example through an equality impact assessment?", []),
           ("Does {yf} use any AI tools to support decisions about where officers are deployed?", ["ai_tools"])],
          sensitivity=0.55),
    Topic("social", "social_media_monitoring",
          [("Social media monitoring", ["social_media_monitoring"]),
           ("Social media monitoring software", ["social_media_monitoring"]), ("Monitoring of online posts", [])],
          ("tools used to search, collect or analyse publicly available posts", []),
          [("Does {yf} use {t}? If so, please name the product.", []),
           ("How much has {yf} spent on {t} between {start} and {end}?", []),
           ("Please provide the policy governing the use of {t} by {yf}.", [])],
          sensitivity=0.75),
    Topic("phones", "mobile_phone_extraction",
          [("Mobile phone extraction", ["mobile_phone_extraction"]),
           ("Mobile phone data extraction", ["mobile_phone_extraction"]), ("Examination of handsets", [])],
          ("taking data from the phones of victims, witnesses and suspects", []),
          [("How many {t} devices does {yf} operate?", []),
           ("How many phones belonging to victims were examined using {t} between {start} and {end}?", []),
           ("Please provide the guidance given to officers on consent for {t}.", [])],
          sensitivity=0.4),
    Topic("palantir", "palantir",
          [("Contracts with Palantir", ["palantir"]), ("Palantir", ["palantir"]), ("Data analysis platforms", [])],
          ("the data integration and analysis software company", []),
          [("Does {yf} hold any contract with {t}? If so, please state its value and duration.", []),
           ("Has {yf} attended any meetings or demonstrations with {t} since {start}?", []),
           ("Does {yf} use any artificial intelligence tools supplied by {t}?", ["ai_tools"])],
          product=True, sensitivity=0.7),
    Topic("ai", "ai_tools",
          [("Use of artificial intelligence tools", ["ai_tools"]), ("AI tools in policing", ["ai_tools"]),
           ("Machine learning in policing", ["ai_tools"])],
          ("software that uses machine learning to assist with tasks such as transcription or analysis", []),
          [("Please list all {t} currently used by {yf}.", []),
           ("How much has {yf} spent on {t} between {start} and {end}?", []),
           ("Has {yf} published any policy on the use of {t}?", [])],
          sensitivity=0.45),
    Topic("cctv", "cctv",
          [("Public space CCTV", ["cctv"]), ("CCTV cameras", ["cctv"]), ("CCTV monitoring", ["cctv"])],
          ("cameras covering public spaces, whether owned by the force or by a council", []),
          [("How many {t} does {yf} own or monitor?", []),
           ("Does {yf} have access to any council-owned {t}?", []),
           ("How much did {yf} spend on {t} maintenance in each year from {start_year} to {end_year}?", [])],
          sensitivity=0.2),
]

# A family about several technologies at once ("do you use any of the following...").
MULTI_TECH = ["facial_recognition_live", "anpr", "imsi_catcher", "drones", "predictive_policing",
              "social_media_monitoring", "mobile_phone_extraction", "clearview_ai", "palantir", "body_worn_video"]

GENERIC_QUESTIONS = [
    ["Please provide copies of any contracts, memoranda of understanding or service agreements relating to {t} from {start} to date.",
     "Copies of all contracts or agreements relating to {t} in force at any time since {start}."],
    ["How much has {yf} spent on {t} in each financial year from {start_year} to {end_year}?",
     "Please state the total expenditure by {yf} on {t}, broken down by year, from {start_year} to {end_year}."],
    ["Please provide any data protection impact assessment carried out for {t}.",
     "Has {yf} completed a data protection impact assessment for {t}? If so please provide a copy."],
    ["Please provide any policy, standard operating procedure or guidance that governs the use of {t}.",
     "Copies of any written policy or guidance on {t} issued to officers."],
    ["How many officers and staff have been trained to use {t}?",
     "Please state how many members of staff have received training in {t} since {start}."],
    ["How many complaints has {yf} received about its use of {t} between {start} and {end}?",
     "Has {yf} received any complaints relating to {t} since {start}? If so, how many?"],
    ["Has {yf} carried out any trial or pilot of {t}? If so, please provide the evaluation report.",
     "Please provide any evaluation of a trial of {t} conducted by {yf}."],
    ["Please provide any minutes of meetings at which {t} was discussed between {start} and {end}.",
     "Minutes or notes of any board meeting since {start} that considered {t}."],
    ["Please name every supplier {yf} has used in connection with {t}, with the value of each contract.",
     "Which companies have supplied {t} to {yf}, and at what cost?"],
]

CONTEXT_SENTENCES = [
    "I am researching the use of {t} by police forces across the United Kingdom.",
    "I am a journalist looking at how police forces use {t}.",
    "I am writing on behalf of a civil liberties group interested in {t}.",
    "I understand from press reports that several forces have trialled {t}.",
    "This request forms part of a study of police procurement of {t}.",
    "Please treat this email as a request under the Freedom of Information Act 2000.",
]

OTHER_FORCE_SENTENCE = "I note that {other} has published information about its own use of {t}."
COST_LIMIT_SENTENCE = ("If answering every part of this request would exceed the cost limit in section 12 of the Act, "
                       "please answer the questions in the order given until the limit is reached, and advise me how "
                       "to narrow the remainder.")
FORMAT_SENTENCES = [
    "I would prefer to receive the information electronically, as a spreadsheet where possible.",
    "Please send the information by email.",
    "Where the information is held in a database, an extract in CSV format would be ideal.",
]

# ---------------------------------------------------------------------------------------------
# Template paragraphs: shared national wording, reused across forces with small edits.
# {force} = the force's name, {self} = how it refers to itself, {topic} = the technology phrase.
# ---------------------------------------------------------------------------------------------

TEMPLATES = {
    # --- neither confirm nor deny: openings ---
    "ncnd-open-a": "{force} can neither confirm nor deny whether it holds information falling within the scope of your request. The duty in Section 1(1)(a) of the Freedom of Information Act 2000 to tell you whether information is held does not apply, because the following exemptions are engaged:",
    "ncnd-open-b": "This letter is a Refusal Notice. {force} neither confirms nor denies that it holds the information you have asked for, and relies on the exemptions below, each of which removes the duty under Section 1(1)(a) of the Act:",
    "ncnd-open-c": "Having considered your request carefully, {force} will neither confirm nor deny whether it holds the information you seek. In doing so we rely on the following exemptions:",
    "ncnd-open-rest": "In addition, and without affecting the answers given above, {force} will neither confirm nor deny whether it holds any further information about any covert use of {topic}. The duty in Section 1(1)(a) of the Act does not apply by virtue of the following exemptions:",
    # --- harm ---
    "ncnd-qualified": "These are qualified, prejudice-based exemptions. {force} therefore has to explain the harm that a confirmation or denial would cause, and must weigh the public interest, before it can rely on them.",
    "ncnd-harm-release": "An answer given under the Act is in effect a release to the world at large, not only to the person who asked. Requests are treated as motive blind: we do not doubt the intentions of this applicant, but we have to consider what anyone could do with the same answer.",
    "ncnd-harm-capability": "To confirm or deny whether information is held about {topic} would tell offenders something about the reach, tactics and capabilities of {self}. With that knowledge they could choose where and how to commit crime so as to avoid detection, and investigations that depend on covert methods would be put at risk. That would undermine an efficient policing service and the duty of care owed to every member of the public.",
    "ncnd-harm-threat": "The risk posed by terrorism has to be taken into account. The international security picture is complicated and hard to predict, and the Government has published a national threat level since 2006, set on the basis of current intelligence. The United Kingdom still faces a sustained threat from violent extremists, and the threat level at the time of writing is assessed as {level}.",
    "ncnd-harm-covert": "It is widely understood that the police use covert methods to gather intelligence and to disrupt crime, and it has been reported that attacks have been prevented as a result. What is not in the public domain is which particular methods a given force does or does not have at its disposal.",
    "ncnd-harm-mosaic": "The harm is greater where the same question is put to many law enforcement bodies. By comparing the answers, an organised group could build a picture of where a capability is present or absent across the country and plan accordingly. Each answer may look harmless on its own, but together they would expose gaps that could be exploited, putting operations and future prosecutions at risk.",
    "ncnd-harm-integrity": "Information that shows where policing effort is or is not focused would be of value to terrorists and organised criminals. Anything that weakens the integrity of such operations would damage public safety and would harm both national security and law enforcement.",
    "ncnd-harm-product": "Confirming whether {self} has bought, trialled or used a named product such as {topic} is not the same as acknowledging that the police use commercial products in general. If a force confirmed a particular product, adversaries could study its strengths and weaknesses and adapt their behaviour to exploit any limitation, whether by changing how they present themselves or by targeting the supplier.",
    # --- public interest ---
    "ncnd-pit-for-24": "Confirming or denying would show how public money is spent and would reassure people that the police are doing all they can to counter terrorism. A better informed public may also be more alert and more willing to pass on information.",
    "ncnd-pit-against-24": "Confirming or denying whether information is held would make security arrangements less effective. Current or planned operations to protect the security and infrastructure of the United Kingdom could be compromised and the risk of harm to the public would rise.",
    "ncnd-pit-for-31": "Greater openness about the methods available to the police could improve confidence in policing and might encourage people to come forward with information. Some information about policing methods is already in the public domain.",
    "ncnd-pit-against-31": "Confirming or denying would compromise law enforcement tactics and hamper the prevention and detection of crime. More offences would follow, placing people at risk and creating extra demand on police resources that are already stretched.",
    "ncnd-balance": "The security of the country is of the utmost importance, and the police service will not reveal whether or not information is held where doing so could weaken national security or compromise law enforcement. There is a public interest in transparency and in knowing that the police deal properly with the threat from serious criminals, but there is a much stronger public interest in protecting national security and the integrity of police investigations. The balance therefore favours neither confirming nor denying.",
    "ncnd-accountability": "There is no need to confirm or deny in order to answer concerns about the lawfulness of police activity. Forces are already held to account by legislation such as the Police and Criminal Evidence Act 1984 and the Regulation of Investigatory Powers Act 2000, and by independent oversight from His Majesty's Inspectorate of Constabulary and Fire & Rescue Services, the Independent Office for Police Conduct and the Investigatory Powers Commissioner. Accountability would not be improved by a confirmation or denial here.",
    "ncnd-consistency": "To be effective, a neither confirm nor deny response has to be given consistently, whatever the true position. If it were only used where information existed, the response itself would give the answer away. For that reason this reply should not be read as a sign either way.",
    "ncnd-s23": "Section 23(5) is an absolute, class-based exemption. Where a confirmation or denial would reveal whether a body dealing with security matters was involved, there is no requirement to consider harm or the public interest, and the duty to confirm or deny does not arise.",
    "ncnd-s30": "Section 30(3) removes the duty to confirm or deny in relation to information held for the purposes of criminal investigations. Saying whether particular methods were used in any investigation could prejudice current and future cases.",
    "ncnd-close": "Nothing in this response should be taken to mean that the information you have asked for does or does not exist.",
    # --- refusals (information held, withheld) ---
    "ref-s17": "Section 17 of the Act requires {force}, when it refuses a request because information is exempt, to issue a notice which says so, identifies the exemption in question and, where it is not otherwise obvious, explains why it applies. This letter is that notice.",
    "ref-harm-systems": "Police information systems hold intelligence, investigation records and personal data. Publishing details of how they are built or operated would raise the risk of a malicious attack, whether by theft of data, denial of service or some other disruption, and a successful attack would leave officers unable to reach the information they need to keep people safe.",
    "ref-harm-tactics": "Releasing operational detail about {topic} would show those intent on offending where the limits of police capability lie. They could adjust their behaviour to avoid detection, and the value of the tactic would be lost.",
    "ref-pit-for": "Releasing the information would show how public funds have been used and would demonstrate a commitment to openness, helping the public to understand how modern methods support their safety.",
    "ref-pit-against": "Against that, publishing the information would weaken the protection the tactic provides and could place officers and the public at greater risk. Any rise in offending would also draw on limited police resources.",
    "ref-balance": "Weighing these factors, {force} has concluded that the public interest in withholding the information outweighs the public interest in releasing it. Protecting the public and the ability of the police to prevent and detect crime must take precedence.",
    "ref-cost": "The cost of locating, retrieving and extracting the information would exceed the appropriate limit of £450, which equates to 18 hours of work. The Act therefore removes the obligation to comply with your request. It may be possible to answer a narrower request, for example one covering a single year.",
    "ref-personal": "Some of the material contains personal data, including the names of staff below senior level. Releasing it would breach the data protection principles, so those details have been removed.",
    "ref-commercial": "Pricing provided by suppliers has been withheld, as releasing it would be likely to prejudice the commercial interests of the suppliers and of {self} in future procurement.",
    # --- withdrawn ---
    "wd-clarify": "On {clarify} we wrote to you asking you to clarify your request, because it could be read in more than one way. We have not received a reply. In line with our procedures the request has now been closed and is treated as withdrawn. You are welcome to make a new request at any time.",
    "wd-requester": "Thank you for letting us know that you no longer wish to pursue this request. As you asked, it has been withdrawn and no further action will be taken. If you would like to make a new request in future, please contact the Freedom of Information Unit.",
    # --- letter furniture ---
    "boiler-purpose": "The Freedom of Information Act 2000 gives a general right of access to recorded information held by public authorities, including the police, at the time a request is received. That right is subject to certain limitations and exemptions.",
    "boiler-thanks": "Thank you for your request for information dated {received}, which has been dealt with under the Freedom of Information Act 2000.",
    "boiler-review": "If you are unhappy with the way your request has been handled you may ask for an internal review. Please write to the Freedom of Information Unit within 40 working days of the date of this response, explaining why you are dissatisfied. If you remain unhappy after the review, you may complain to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "boiler-copyright": "The information supplied to you remains subject to copyright. You may use it for your own purposes, including non-commercial research, private study and news reporting, but any other re-use, such as publication or commercial sale, needs the permission of the copyright holder.",
    "boiler-log": "Responses to requests made under the Act may be published in our disclosure log, with the requester's personal details removed.",
    "boiler-advice": "As part of our duty to advise and assist, you may wish to send your request to the Home Office, which leads on national procurement in this area.",
    # --- ICO decision notices ---
    "ico-duty": "Section 1(1)(a) of FOIA requires a public authority to tell a requester whether it holds the information described in the request.",
    "ico-theory": "Whether an authority in fact holds the information does not decide whether an NCND response is appropriate. The question is usually a theoretical one: what would follow from confirming or denying that information of the kind requested is held?",
    "ico-consistency": "An authority that relies on NCND needs to do so consistently across separate requests, whether or not it holds the information, so that the response itself does not become a signal to requesters.",
    "ico-s24-test": "Section 24(2) removes the duty to confirm or deny where that is required for the purpose of safeguarding national security. The Commissioner applies a two stage test: first, whether the exemption is engaged; second, because it is qualified, whether the public interest in maintaining the exclusion outweighs the public interest in confirming or denying.",
    "ico-s31-test": "Section 31(3) removes the duty to confirm or deny where doing so would, or would be likely to, prejudice any of the matters listed in section 31(1), such as the prevention or detection of crime.",
    "ico-weight": "The public interest in safeguarding national security carries very considerable weight. For the balance to favour confirmation or denial, there would need to be public interest factors of at least equal weight.",
    "ico-appeal": "Either party may appeal against this decision notice to the First-tier Tribunal (Information Rights). Information about the appeals process, with the relevant forms, is available from the Tribunal. A notice of appeal must be served on the Tribunal within 28 calendar days of the date on which this decision notice is sent.",
}

HARM_ORDER = ["ncnd-harm-release", "ncnd-harm-capability", "ncnd-harm-threat", "ncnd-harm-covert",
              "ncnd-harm-mosaic", "ncnd-harm-integrity"]

SPELLING_VARIANTS = [("organised", "organized"), ("recognised", "recognized"), ("minimise", "minimize")]

# ---------------------------------------------------------------------------------------------
# Exemption citations: how a section is written, and what the parser should make of it
# ---------------------------------------------------------------------------------------------

SECTION_TITLES = {
    "12": "Cost of compliance exceeds appropriate limit", "23": "Information supplied by, or relating to, bodies dealing with security matters",
    "24": "National Security", "30": "Investigations and Proceedings", "31": "Law Enforcement",
    "40": "Personal Information", "43": "Commercial Interests",
}


def exemption_sort_key(exemption_id: str):
    digits = "".join(c for c in exemption_id[1:].split("(")[0] if c.isdigit())
    return (int(digits), exemption_id)


def section_written(exemption_id: str) -> tuple[str, str]:
    """'s31(1)(a)' -> ('31', '31(1)(a)')."""
    body = exemption_id[1:]
    return body.split("(")[0], body


def citation_line(rng: random.Random, exemption_id: str) -> str:
    number, written = section_written(exemption_id)
    title = SECTION_TITLES.get(number, "")
    style = rng.randrange(6)
    if style == 0:
        return f"Section {written} {title}"
    if style == 1:
        return f"Section {written} – {title}"
    if style == 2:
        return f"S{written} – {title}"
    if style == 3:
        return f"s.{written} - {title}"
    if style == 4:
        return f"Section {written} ({title})"
    return f"Section {written} - {title}"


def render_citations(rng: random.Random, ids: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """Blocks citing the exemptions relied on, plus the ids a correct parser extracts from them."""
    ids = sorted(ids, key=exemption_sort_key)
    truth = list(ids)
    if "s40(2)" in ids and rng.random() < 0.6:
        # "Section 40(2)&(3)": the older personal-data wording, two subsections written at once.
        ids = [i for i in ids if i != "s40(2)"]
        truth = sorted(set(truth) | {"s40(3)"}, key=exemption_sort_key)
        extra = ["Section 40(2)&(3) – Personal Information"]
    else:
        extra = []
    if len(ids) == 2 and rng.random() < 0.3 and all("(" in i for i in ids):
        a, b = section_written(ids[0])[1], section_written(ids[1])[1]
        joiner = rng.choice([" & ", " and "])
        sentence = rng.choice([
            f"The exemptions applied are sections {a}{joiner}{b} of the Act.",
            f"We rely on sections {a}{joiner}{b} of the Freedom of Information Act 2000.",
        ])
        return [("p", sentence)] + [("p", e) for e in extra], truth
    bullet = rng.random() < 0.35
    blocks = [("li" if bullet else "p", citation_line(rng, i)) for i in ids]
    blocks += [("li" if bullet else "p", e) for e in extra]
    return blocks, truth


# ---------------------------------------------------------------------------------------------
# Dates and references
# ---------------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_ordinal(d: date) -> str:
    return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"


def fmt_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fmt_short(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


DATE_FORMATS_IN_REQUEST = [fmt_long, fmt_ordinal, fmt_slash]


def response_date_line(rng: random.Random, d: date) -> str:
    style = rng.randrange(8)
    if style == 0:
        return fmt_long(d)
    if style == 1:
        return f"Date: {fmt_long(d)}"
    if style == 2:
        return f"Date Responded {fmt_long(d)}"
    if style == 3:
        return fmt_short(d)
    if style == 4:
        return f"Date: {fmt_short(d)}"
    if style == 5:
        return f"Response date: {fmt_ordinal(d)}"
    if style == 6:
        return f"Date of response: {fmt_slash(d)}"
    return f"Dated {fmt_long(d)}"


def reference_line(rng: random.Random, d: date) -> tuple[str, str]:
    """(line as printed, reference as the parser should report it)."""
    yy = f"{d.year % 100:02d}"
    style = rng.randrange(6)
    if style == 0:
        number = rng.randrange(1, 2000)
        ref = rng.choice([f"{number} -{yy}", f"{number} - {yy}", f"{number}-{yy}"])
        return f"Enquiry Reference: {ref}", ref
    if style == 1:
        ref = f"FOI {d.year}/{rng.randrange(1, 9999):04d}"
        return f"Our ref: {ref}", ref
    if style == 2:
        ref = f"01.FOI.{yy}.{rng.randrange(1, 999999):06d}"
        return rng.choice([f"Reference No: {ref}", f"Freedom of information request reference no: {ref}"]), ref
    if style == 3:
        ref = f"{rng.randrange(1, 999999):06d}/{yy}"
        return f"FOI Reference: {ref}", ref
    if style == 4:
        ref = f"FOI-{d.year}-{rng.randrange(1, 99999):05d}"
        return f"Request Number: {ref}", ref
    ref = f"CS/{rng.randrange(100, 9999)}/{d.year}"
    return f"Our Reference: {ref}", ref


def ico_reference(rng: random.Random, d: date) -> str:
    if d.year < 2021:
        return f"FS50{rng.randrange(100000, 999999)}"
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    tail = "".join(rng.choice(alphabet) for _ in range(4))
    return f"IC-{rng.randrange(100000, 399999)}-{tail}"


# ---------------------------------------------------------------------------------------------
# Small edits: what makes copies of the same text not quite identical
# ---------------------------------------------------------------------------------------------


def add_typo(rng: random.Random, text: str) -> str:
    """Swap two adjacent letters in one ordinary word (never a technology name or a number)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()
                  and w not in PROTECTED_WORDS]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def drop_sentence(rng: random.Random, text: str) -> str:
    sentences = text.split(". ")
    if len(sentences) < 3:
        return text
    del sentences[rng.randrange(1, len(sentences))]
    text = ". ".join(sentences)
    return text if text.endswith((".", ":", "?")) else text + "."


def edit_template(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        text = drop_sentence(rng, text)
    elif roll < 0.25:
        text = add_typo(rng, text)
    elif roll < 0.32:
        a, b = rng.choice(SPELLING_VARIANTS)
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------------------------------------
# Request families
# ---------------------------------------------------------------------------------------------

NUMBERING_STYLES = ["n.", "n)", "n -", "n.nospace", "Qn -", "Qn.", "Qn:", "a)", "(a)", "bullet"]


def number_prefix(style: str, i: int) -> tuple[str, str | None]:
    """(printed prefix, number as the parser should report it)."""
    n = str(i + 1)
    letter = "abcdefghijklmnop"[i]
    if style == "n.":
        return f"{n}. ", n
    if style == "n)":
        return f"{n}) ", n
    if style == "n -":
        return f"{n} - ", n
    if style == "n.nospace":
        return f"{n}.", n
    if style == "Qn -":
        return f"Q{n} - ", f"Q{n}"
    if style == "Qn.":
        return f"Q{n}. ", f"Q{n}"
    if style == "Qn:":
        return f"Q{n}: ", f"Q{n}"
    if style == "a)":
        return f"{letter}) ", letter
    if style == "(a)":
        return f"({letter}) ", letter
    return "• ", None


class Family:
    """One request as first written, before it is sent (with small edits) to many forces.

    Texts are (text, technology ids) pairs so that each copy's truth covers exactly what it prints.
    "{force}", "{start}" and "{end}" stay as slots for the copy sent to each force.
    """

    def __init__(self, rng: random.Random, index: int, forces: list[dict]):
        self.id = f"fam-{index:05d}"
        multi = rng.random() < 0.06
        self.topic = None if multi else rng.choice(TOPICS)
        self.sent = date(2016, 1, 1) + timedelta(days=rng.randrange(0, 3600))
        start = self.sent - timedelta(days=rng.randrange(200, 2200))
        self.start = start.replace(day=1) if rng.random() < 0.6 else start
        self.end = self.sent - timedelta(days=rng.randrange(0, 60))
        self.numbering = rng.choice(NUMBERING_STYLES)
        self.your_force_literal = rng.random() < 0.6  # "your force" rather than the force's own name
        self.other_force = rng.choice(forces) if rng.random() < 0.15 else None
        self.interleaved = rng.random() < 0.25  # questions repeated beside their answers in the response
        self.product = bool(self.topic and self.topic.product)
        if multi:
            self._build_multi(rng)
        else:
            self._build(rng)

    def _fill(self, text: str, t: str) -> str:
        yf = "your force" if self.your_force_literal else "{force}"
        return (text.replace("{t}", t).replace("{yf}", yf)
                .replace("{start_year}", str(self.start.year)).replace("{end_year}", str(self.end.year)))

    def _build(self, rng: random.Random) -> None:
        topic = self.topic
        main = topic.main
        self.title = rng.choice(topic.titles)
        pool = [(q, techs) for q, techs in topic.questions]
        pool += [(rng.choice(variants), []) for variants in GENERIC_QUESTIONS]
        count = rng.choice([1, 2, 3, 3, 4, 4, 5, 6])
        chosen = sorted(rng.sample(range(len(pool)), count))
        if chosen[0] >= len(topic.questions):  # at least one question only this topic would ask
            chosen = [rng.randrange(len(topic.questions))] + chosen[1:]
            chosen = sorted(set(chosen))
        self.questions = []
        for i in chosen:
            text, techs = pool[i]
            # The requester varies the wording of the technology from question to question.
            named = {main, *techs} if "{t}" in text else set(techs)
            self.questions.append((self._fill(text, rng.choice(TECH_PHRASES[main])), named))
        t = rng.choice(TECH_PHRASES[main])
        self.preamble = []
        if rng.random() < 0.7:
            self.preamble.append((self._fill(rng.choice(CONTEXT_SENTENCES), t), {main}))
        if rng.random() < 0.4:
            definition, techs = topic.definition
            self.preamble.append((f"For the avoidance of doubt, by {t} I mean {definition}.", {main, *techs}))
        if self.other_force is not None:
            self.preamble.append((OTHER_FORCE_SENTENCE.replace("{t}", t), {main}))
        self.closing = []
        if rng.random() < 0.2:
            self.closing.append(COST_LIMIT_SENTENCE)
        if rng.random() < 0.3:
            self.closing.append(rng.choice(FORMAT_SENTENCES))
        self.topic_phrase = TECH_RESPONSE_PHRASE[main]
        self.topic_tech = main
        self.sensitivity = topic.sensitivity

    def _build_multi(self, rng: random.Random) -> None:
        picks = [MULTI_TECH[i] for i in sorted(rng.sample(range(len(MULTI_TECH)), rng.randrange(3, 6)))]
        names = [rng.choice(TECH_PHRASES[tech]) for tech in picks]
        self.title = (rng.choice(["Surveillance technologies", "Use of surveillance equipment", "Policing technology"]), [])
        yf = "your force" if self.your_force_literal else "{force}"
        listing = ", ".join(names[:-1]) + " or " + names[-1]
        self.questions = [
            (f"Does {yf} currently use any of the following: {listing}?", set(picks)),
            ("For each one that is used, please give the date it was first used and the annual cost.", set()),
            ("Please provide any policy documents governing their use.", set()),
        ][: rng.randrange(1, 4)]
        self.preamble = [("I am researching the use of surveillance equipment by police forces across the United Kingdom.", set())]
        self.closing = [COST_LIMIT_SENTENCE] if rng.random() < 0.3 else []
        self.topic_phrase = TECH_RESPONSE_PHRASE[picks[0]]
        self.topic_tech = picks[0]
        self.sensitivity = 0.7


class RequestCopy:
    """The family's request as sent to one force: name swapped, numbering, dates, the odd typo."""

    def __init__(self, rng: random.Random, family: Family, force: dict):
        numbering = family.numbering if rng.random() < 0.7 else rng.choice(NUMBERING_STYLES)
        date_format = rng.choice(DATE_FORMATS_IN_REQUEST) if rng.random() < 0.4 else fmt_long
        start = family.start
        if rng.random() < 0.12 and not (start.month == 2 and start.day == 29):
            start = start.replace(year=start.year + 1)  # re-sent later with the start date moved on
        slots = {"{force}": force["name"], "{start}": date_format(start), "{end}": date_format(family.end),
                 "{other}": (family.other_force or force)["name"]}

        def fill(text: str) -> str:
            for key, value in slots.items():
                text = text.replace(key, value)
            return text

        self.techs: set[str] = set()
        questions = []
        for text, techs in family.questions:
            if len(family.questions) > 2 and rng.random() < 0.04:
                continue  # one question left out of this copy
            text = fill(text)
            if rng.random() < 0.12:
                text = add_typo(rng, text)
            questions.append(text)
            self.techs |= techs
        if not questions:
            questions = [fill(family.questions[0][0])]
            self.techs |= family.questions[0][1]
        self.preamble = []
        for text, techs in family.preamble:
            self.preamble.append(fill(text))
            self.techs |= techs
        if len(questions) == 1 and rng.random() < 0.6:
            prefixes, self.numbers, self.numbering = [""], [None], "paragraph"
        else:
            pairs = [number_prefix(numbering, i) for i in range(len(questions))]
            prefixes = [p for p, _ in pairs]
            self.numbers = [n for _, n in pairs]
            self.numbering = numbering
        self.lines = [p + q for p, q in zip(prefixes, questions)]
        self.closing = list(family.closing)


# ---------------------------------------------------------------------------------------------
# One notice
# ---------------------------------------------------------------------------------------------

OUTCOMES = ["ncnd", "disclosed", "partially_disclosed", "not_held", "refused", "withdrawn"]

REQUEST_LABELS = ["Request:", "You asked:", "Your request:", "I note you seek access to the following information:",
                  "Information requested", "Request details"]
RESPONSE_LABELS = ["Response:", "In Response:", "Our response", "Response to your request", "Decision"]
HARM_HEADINGS = ["Harm", "Evidence of Harm", "Overall Harm", "Harm in confirming or denying"]
BALANCE_HEADINGS = ["Balance Test", "Balancing Test", "Balance of the public interest"]

ANSWERS = [
    "{force} first began using this in {month} {year}.",
    "The total expenditure for the period was £{amount}, excluding VAT.",
    "{n} officers and members of staff have received the relevant training.",
    "No complaints on this subject have been recorded during the period you specified.",
    "Please see the attached document, which is provided in full.",
    "There were {n} occasions recorded during the period you specified.",
    "The retention period is {days} days unless the material is required as evidence.",
    "The contract was awarded following a competitive tender and runs for {years} years.",
    "The relevant policy is published on our website and a copy is attached for convenience.",
]
NOT_HELD_REASONS = [
    "{self} has not purchased or deployed {topic} at any time during the period you specified.",
    "No contract or agreement of the kind you describe exists.",
    "Searches of the relevant departments found no recorded information on this subject.",
    "{self} has never trialled {topic}, so no reports or assessments exist.",
]


class Notice:
    """Blocks of a notice in reading order plus its truth; rendered later as txt, md or html."""

    def __init__(self):
        self.blocks: list[tuple[str, str]] = []  # (kind, text): h, p, li, q, table
        self.templates: list[str] = []

    def add(self, kind: str, text: str) -> None:
        self.blocks.append((kind, text))

    def template(self, rng: random.Random, template_id: str, fill: dict, kind: str = "p") -> None:
        text = TEMPLATES[template_id]
        for key, value in fill.items():
            text = text.replace("{" + key + "}", value)
        self.blocks.append((kind, edit_template(rng, text)))
        self.templates.append(template_id)


def choose_outcome(rng: random.Random, sensitivity: float) -> str:
    ncnd_weight = 0.15 + 0.6 * sensitivity
    weights = [ncnd_weight, 0.35 * (1 - sensitivity) + 0.05, 0.18, 0.17, 0.12, 0.05]
    return rng.choices(OUTCOMES, weights)[0]


def ncnd_exemptions(rng: random.Random) -> list[str]:
    roll = rng.random()
    if roll < 0.62:
        return ["s24(2)", "s31(3)"]
    if roll < 0.72:
        return ["s23(5)", "s24(2)", "s31(3)"]
    if roll < 0.8:
        return ["s24(2)", "s30(3)", "s31(3)"]
    if roll < 0.9:
        return ["s24", "s31"]
    return ["s31(3)"]


def build_force_notice(rng: random.Random, family: Family, force: dict) -> tuple[Notice, dict]:
    notice = Notice()
    fill = {"force": force["name"], "self": force["self"], "topic": family.topic_phrase,
            "level": rng.choice(["substantial", "severe"])}
    outcome = choose_outcome(rng, family.sensitivity)
    respond = family.sent + timedelta(days=rng.randrange(8, 75))
    truth = {"doc_type": "force_response", "authority_id": force["id"], "outcome": outcome}

    # Header: force name, reference, date, title.
    if rng.random() < 0.55:
        notice.add("p", force["name"])
        if rng.random() < 0.5:
            notice.add("p", "Freedom of Information Unit")
    reference = None
    if rng.random() < 0.88:
        line, reference = reference_line(rng, respond)
        notice.add("p", line)
    response_date = None
    if rng.random() < 0.9:
        notice.add("p", response_date_line(rng, respond))
        response_date = respond.isoformat()
    title = None
    techs: set[str] = set()
    if rng.random() < 0.8:
        title, title_techs = family.title
        techs |= set(title_techs)
        notice.add("h", rng.choice(["", "Freedom of Information Request - ", "Re: ", "FOI: "]) + title)
    if rng.random() < 0.5:
        received = family.sent + timedelta(days=rng.randrange(0, 4))
        notice.template(rng, "boiler-thanks", {"received": fmt_long(received)})
    if rng.random() < 0.35:
        notice.template(rng, "boiler-purpose", fill)

    copy = RequestCopy(rng, family, force)
    techs |= copy.techs
    question_lines = copy.lines
    interleaved = family.interleaved and outcome in ("disclosed", "partially_disclosed") and copy.numbers[0] is not None
    notice.add("label", rng.choice(REQUEST_LABELS))
    for p in copy.preamble:
        notice.add("p", p)
    if not interleaved:
        for line in question_lines:
            notice.add("q", line)
    for p in copy.closing:
        notice.add("p", p)
    notice.add("label", rng.choice(RESPONSE_LABELS))

    exemptions: list[str] = []
    ncnd = False

    def answer(i: int) -> str:
        template = ANSWERS[(i + rng.randrange(len(ANSWERS))) % len(ANSWERS)]
        return (template.replace("{force}", force["name"]).replace("{month}", rng.choice(MONTHS))
                .replace("{year}", str(rng.randrange(family.start.year, family.end.year + 1)))
                .replace("{amount}", f"{rng.randrange(1200, 900000):,}").replace("{n}", str(rng.randrange(2, 400)))
                .replace("{days}", str(rng.choice([31, 90, 180, 365]))).replace("{years}", str(rng.randrange(2, 6))))

    def answers(indices, held: bool = True) -> None:
        for i in indices:
            if interleaved:
                notice.add("q", question_lines[i])
            text = answer(i) if held else "This information is not held."
            notice.add("p", text)
            if held and rng.random() < 0.25:
                years = list(range(max(family.start.year, family.end.year - 3), family.end.year + 1))
                notice.add("table", "\n".join(["Year|Number"] + [f"{y}|{rng.randrange(0, 250)}" for y in years]))

    def ncnd_block(opening: str, ids: list[str]) -> list[str]:
        notice.template(rng, opening, fill)
        blocks, cited = render_citations(rng, ids)
        for kind, text in blocks:
            notice.add(kind, text)
        if any(i.startswith(("s24", "s31")) for i in ids) and rng.random() < 0.8:
            notice.template(rng, "ncnd-qualified", fill)
        if "s23(5)" in ids:
            notice.template(rng, "ncnd-s23", fill)
        if "s30(3)" in ids:
            notice.template(rng, "ncnd-s30", fill)
        notice.add("h", rng.choice(HARM_HEADINGS))
        harms = [h for h in HARM_ORDER if rng.random() < 0.75] or ["ncnd-harm-capability"]
        if family.product and rng.random() < 0.6:
            harms.insert(1, "ncnd-harm-product")
        for h in harms:
            notice.template(rng, h, fill)
        sections = {section_written(i)[0] for i in ids}
        for number in ("24", "31"):
            if number not in sections:
                continue
            notice.add("h", f"Factors favouring confirming or denying whether any information is held for Section {number}")
            notice.template(rng, f"ncnd-pit-for-{number}", fill)
            notice.add("h", f"Factors against confirming or denying whether any information is held for Section {number}")
            notice.template(rng, f"ncnd-pit-against-{number}", fill)
        notice.add("h", rng.choice(BALANCE_HEADINGS))
        notice.template(rng, "ncnd-balance", fill)
        if rng.random() < 0.5:
            notice.template(rng, "ncnd-accountability", fill)
        if rng.random() < 0.4:
            notice.template(rng, "ncnd-consistency", fill)
        notice.template(rng, "ncnd-close", fill)
        return cited

    def refusal_block(ids: list[str]) -> list[str]:
        notice.template(rng, "ref-s17", fill)
        notice.add("p", "The exemptions applicable to the information requested are:" if len(ids) > 1
                   else "The exemption applicable to the information requested is:")
        blocks, cited = render_citations(rng, ids)
        for kind, text in blocks:
            notice.add(kind, text)
        if any(i.startswith("s12") for i in ids):
            notice.template(rng, "ref-cost", fill)
            return cited
        if any(i.startswith("s40") for i in ids):
            notice.template(rng, "ref-personal", fill)
        if "s43(2)" in ids:
            notice.template(rng, "ref-commercial", fill)
        notice.add("h", rng.choice(HARM_HEADINGS))
        if any(i.startswith("s24") for i in ids):
            notice.template(rng, "ref-harm-systems", fill)
        notice.template(rng, "ref-harm-tactics", fill)
        notice.add("h", "Public Interest Test")
        notice.template(rng, "ref-pit-for", fill)
        notice.template(rng, "ref-pit-against", fill)
        notice.add("h", rng.choice(BALANCE_HEADINGS))
        notice.template(rng, "ref-balance", fill)
        return cited

    n_questions = len(question_lines)
    response_start = len(notice.blocks)
    if outcome == "ncnd":
        ncnd = True
        exemptions = ncnd_block(rng.choice(["ncnd-open-a", "ncnd-open-b", "ncnd-open-c"]), ncnd_exemptions(rng))
    elif outcome == "disclosed":
        notice.add("p", f"I can confirm that {force['name']} holds information relevant to your request. Our response to each question is set out below.")
        answers(range(n_questions))
    elif outcome == "partially_disclosed":
        notice.add("p", "I have decided to disclose some of the information you asked for. Where information is exempt this letter serves as a Refusal Notice under Section 17 of the Act.")
        held = max(1, n_questions - 1) if n_questions > 1 else 1
        answers(range(held))
        if n_questions > held:
            answers(range(held, n_questions), held=False)
        if rng.random() < 0.55:
            ncnd = True
            exemptions = ncnd_block("ncnd-open-rest", ["s24(2)", "s31(3)"])
        else:
            ids = rng.choice([["s40(2)"], ["s31(1)(a)"], ["s43(2)"], ["s31(1)(a)", "s40(2)"]])
            exemptions = refusal_block(ids)
    elif outcome == "not_held":
        notice.add("p", f"I can confirm that the information you have requested is not held by {force['name']}.")
        reason = rng.choice(NOT_HELD_REASONS).replace("{topic}", family.topic_phrase)
        if reason.startswith("{self}"):
            reason = force["self"][0].upper() + force["self"][1:] + reason[len("{self}"):]
        notice.add("p", reason)
        if rng.random() < 0.3:
            notice.template(rng, "boiler-advice", fill)
        if rng.random() < 0.4:
            ncnd = True
            exemptions = ncnd_block("ncnd-open-rest", ["s24(2)", "s31(3)"])
    elif outcome == "refused":
        ids = rng.choice([["s24(1)", "s31(1)(a)"], ["s31(1)(a)"], ["s43(2)", "s31(1)(a)"], ["s12(1)"], ["s12"],
                          ["s31(1)(a)", "s40(2)"]])
        exemptions = refusal_block(ids)
    else:  # withdrawn
        ncnd = None
        if rng.random() < 0.5:
            notice.template(rng, "wd-clarify", {"clarify": fmt_long(family.sent + timedelta(days=rng.randrange(3, 15)))})
        else:
            notice.template(rng, "wd-requester", fill)
    # Response paragraphs name no technology except through the topic phrase; small edits may drop it.
    if any(family.topic_phrase in text for _, text in notice.blocks[response_start:]):
        techs.add(family.topic_tech)

    notice.template(rng, "boiler-review", fill)
    if rng.random() < 0.6:
        notice.template(rng, "boiler-copyright", fill)
    if rng.random() < 0.3:
        notice.template(rng, "boiler-log", fill)
    # Real letters always say who sent them somewhere; the truth must be knowable from the text.
    if not any(force["name"] in text for _, text in notice.blocks):
        notice.add("p", rng.choice(["Freedom of Information Unit", "Information Rights Team", "Disclosure Officer"]))
        notice.add("p", force["name"])

    truth.update({
        "ncnd": ncnd,
        "exemptions": exemptions,
        "date": response_date,
        "reference": reference,
        "title": title,
        "technologies": [t for t in TECH_ORDER if t in techs],
        "question_numbers": copy.numbers,
        "numbering": copy.numbering,
    })
    return notice, truth


ICO_STREETS = ["Police Headquarters", "Force Headquarters", "Central Police Station", "Police Offices"]


def build_ico_notice(rng: random.Random, family: Family, force: dict) -> tuple[Notice, dict]:
    notice = Notice()
    fill = {"force": force["name"], "self": force["self"], "topic": family.topic_phrase,
            "level": rng.choice(["substantial", "severe"])}
    request_date = family.sent
    response_date = request_date + timedelta(days=rng.randrange(15, 45))
    review_date = response_date + timedelta(days=rng.randrange(7, 60))
    complaint_date = review_date + timedelta(days=rng.randrange(1, 30))
    decision_date = complaint_date + timedelta(days=rng.randrange(90, 400))
    reference = ico_reference(rng, decision_date)
    is_ncnd = rng.random() < 0.75
    outcome = rng.choices(["ico_upheld_authority", "ico_upheld_complainant", "ico_partly"], [0.65, 0.2, 0.15])[0]
    ids = ["s24(2)", "s31(3)"] if is_ncnd else rng.choice([["s31(1)(a)"], ["s24(1)", "s31(1)(a)"]])
    public_authority = rng.choice([f"Chief Constable of {force['name']}", force["name"]])
    if force["id"] == "metropolitan-police-service":
        public_authority = rng.choice(["Commissioner of Police of the Metropolis", "Metropolitan Police Service"])
    f = force["name"]
    n = [0]

    def para(text: str) -> None:
        n[0] += 1
        notice.add("p", f"{n[0]}. {text}")

    def tpara(template_id: str) -> None:
        n[0] += 1
        text = TEMPLATES[template_id]
        for key, value in fill.items():
            text = text.replace("{" + key + "}", value)
        notice.add("p", f"{n[0]}. {edit_template(rng, text)}")
        notice.templates.append(template_id)

    notice.add("p", "Freedom of Information Act 2000 (FOIA)")
    notice.add("h", "Decision notice")
    if rng.random() < 0.5:
        notice.add("p", f"Reference: {reference}")
    notice.add("p", f"Date: {fmt_long(decision_date)}")
    notice.add("p", f"Public Authority: {public_authority}")
    notice.add("p", f"Address: {rng.choice(ICO_STREETS)}")
    notice.add("h", "Decision (including any steps ordered)")
    cites = " and ".join(f"section {section_written(i)[1]}" for i in ids)
    topic = family.topic_phrase
    if is_ncnd:
        para(f"The complainant asked {f} for information about {topic}. {f} would neither confirm nor deny holding the requested information, citing {cites} of FOIA.")
    else:
        para(f"The complainant asked {f} for information about {topic}. {f} confirmed that it held information but refused to provide it, citing {cites} of FOIA.")
    steps_required = outcome != "ico_upheld_authority"
    main = ids[0]
    findings = []
    if outcome == "ico_upheld_authority":
        para(f"The Commissioner's decision is that {f} was entitled to rely on section {section_written(main)[1]} of FOIA.")
        para("No steps are required as a result of this notice.")
        findings.append({"exemption_id": main, "engaged": True, "public_interest": "maintain"})
        for other in ids[1:]:
            findings.append({"exemption_id": other, "engaged": None, "public_interest": None})
    elif outcome == "ico_upheld_complainant":
        para(f"The Commissioner's decision is that {f} was not entitled to rely on {cites} of FOIA.")
        action = "issue a fresh response to the request which does not rely on those exemptions" if is_ncnd else "disclose the requested information"
        para(f"The Commissioner requires {f} to take the following step to ensure compliance with the legislation: {action}. This step must be taken within 35 calendar days of the date of this decision notice.")
        for other in ids:
            findings.append({"exemption_id": other, "engaged": False, "public_interest": None})
    else:
        para(f"The Commissioner's decision is that {f} was entitled to rely on section {section_written(main)[1]} of FOIA for part of the request, but not for the remainder.")
        para(f"The Commissioner requires {f} to issue a fresh response to the remaining parts of the request within 35 calendar days of the date of this decision notice.")
        findings.append({"exemption_id": main, "engaged": True, "public_interest": "maintain"})
    notice.add("h", "Request and response")
    para(f"On {fmt_long(request_date)}, the complainant wrote to {f} and requested information in the following terms:")
    copy = RequestCopy(rng, family, force)
    quoted = [("p", line) for line in copy.preamble] + [("q", line) for line in copy.lines]
    quoted[0] = (quoted[0][0], "\u201c" + quoted[0][1])
    quoted[-1] = (quoted[-1][0], quoted[-1][1] + "\u201d")
    for kind, line in quoted:
        notice.add(kind, line)
    verb = "refused to confirm or deny that the requested information was held" if is_ncnd else "refused to provide the requested information"
    para(f"{f} responded on {fmt_long(response_date)} and {verb}, citing the following exemptions:")
    for i in ids:
        number, written = section_written(i)
        notice.add("li", f"Section {written} – {SECTION_TITLES[number].lower()}")
    para(f"Following an internal review, {f} wrote to the complainant on {fmt_long(review_date)}. It maintained its original position.")
    notice.add("h", "Scope of the case")
    para(f"The complainant contacted the Commissioner on {fmt_long(complaint_date)} to complain about the way the request for information had been handled.")
    notice.add("h", "Reasons for decision")
    if is_ncnd:
        tpara("ico-duty")
        tpara("ico-theory")
        tpara("ico-consistency")
        tpara("ico-s24-test")
        para(f"In its submissions, {f} explained that:")
        quoted_ids = [h for h in HARM_ORDER if rng.random() < 0.6] or ["ncnd-harm-capability"]
        first = len(notice.blocks)
        for template_id in quoted_ids:
            notice.template(rng, template_id, fill)
        kind, text = notice.blocks[first]
        notice.blocks[first] = (kind, "\u201c" + text)
        kind, text = notice.blocks[-1]
        notice.blocks[-1] = (kind, text + "\u201d")
        if rng.random() < 0.5:
            tpara("ico-s31-test")
        notice.add("h", "Balance of the public interest")
        tpara("ico-weight")
    else:
        para(f"{f} explained that releasing the information would be likely to prejudice the prevention or detection of crime.")
        notice.template(rng, "ref-harm-tactics", fill)
        notice.add("h", "Balance of the public interest")
        notice.template(rng, "ref-pit-for", fill)
    if outcome == "ico_upheld_authority":
        para(f"The Commissioner accepts that the public interest in maintaining the exemption outweighs the public interest in {'confirmation or denial' if is_ncnd else 'disclosure'}. It follows that {f} was entitled to rely on section {section_written(main)[1]}.")
    elif outcome == "ico_upheld_complainant":
        para(f"The Commissioner is not persuaded that {f} has shown the harm it describes would be likely to occur. The exemptions are therefore not engaged.")
    else:
        para(f"The Commissioner accepts the position of {f} for the first part of the request only.")
    notice.add("h", "Right of appeal")
    tpara("ico-appeal")
    if rng.random() >= 0.5 or not any(text.startswith("Reference:") for _, text in notice.blocks):
        notice.add("p", f"Reference: {reference}")
    notice.add("p", rng.choice(["Senior Case Officer", "Team Manager", "Head of FOI Casework"]))
    notice.add("p", "Information Commissioner's Office")
    notice.add("p", "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF")

    techs = copy.techs | {family.topic_tech}
    truth = {
        "doc_type": "ico_decision",
        "authority_id": force["id"],
        "outcome": outcome,
        "ncnd": is_ncnd,
        "exemptions": sorted(ids, key=exemption_sort_key),
        "date": decision_date.isoformat(),
        "reference": reference,
        "title": None,
        "technologies": [t for t in TECH_ORDER if t in techs],
        "question_numbers": copy.numbers,
        "numbering": copy.numbering,
        "ico": {
            "case_reference": reference, "public_authority": public_authority,
            "request_date": request_date.isoformat(), "response_date": response_date.isoformat(),
            "internal_review_date": review_date.isoformat(), "steps_required": steps_required,
            "findings": findings,
        },
    }
    return notice, truth


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

COOKIE_LINES = [
    "We use some essential cookies to keep this website working, and we would like to set optional ones to learn how it is used.",
    "Accept additional cookies",
    "Reject additional cookies",
]
BETA_LINE = "This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks. Your feedback helps us make things better, so please let us know what you think."
NAV_ITEMS = ["Report", "Apply and register", "Request information", "Contact us", "Give feedback", "News"]
FOOTER_ITEMS = ["Accessibility", "Cookies", "Privacy notice", "Terms and conditions", "Freedom of information"]
MOTTOS = ["Keeping people safe", "Protecting our communities", "Working together to cut crime",
          "Serving with pride", "Safer communities"]


def render_table_text(table: str) -> str:
    rows = [r.split("|") for r in table.split("\n")]
    return "\n".join(f"{r[0]:<10}{r[1]}" for r in rows)


def render_table_md(table: str) -> str:
    rows = [r.split("|") for r in table.split("\n")]
    out = [f"| {rows[0][0]} | {rows[0][1]} |", "| --- | --- |"]
    out += [f"| {r[0]} | {r[1]} |" for r in rows[1:]]
    return "\n".join(out)


def render_txt(rng: random.Random, notice: Notice, force: dict) -> str:
    web_dump = rng.random() < 0.35
    lines: list[str] = []
    if web_dump:
        # A web page saved as text: chrome at the top, one paragraph per line.
        if rng.random() < 0.5:
            lines.append("Quickly exit this site by pressing the Escape key Leave this site")
        if rng.random() < 0.5:
            lines += COOKIE_LINES[:1]
        if rng.random() < 0.4:
            lines.append(BETA_LINE)
        for kind, text in notice.blocks:
            if kind == "table":
                lines.append(render_table_text(text))
            elif kind == "li":
                lines.append("• " + text)
            else:
                lines.append(text)
        if rng.random() < 0.5:
            lines.append("back to top")
        return "\n".join(lines) + "\n"
    # A letter extracted from a PDF: blank lines between paragraphs, page furniture every so often.
    paragraphs = []
    for kind, text in notice.blocks:
        if kind == "table":
            paragraphs.append(render_table_text(text))
        elif kind == "li":
            paragraphs.append("• " + text)
        else:
            paragraphs.append(text)
    furniture = rng.random() < 0.5
    out: list[str] = []
    page, budget = 1, 0
    pages_total = 1 + sum(len(p) for p in paragraphs) // 3000
    for para in paragraphs:
        if furniture and budget > 3000:
            split_mid = len(para) > 200 and rng.random() < 0.4
            if split_mid:
                cut = para.rfind(" ", 0, len(para) // 2)
                out.append(para[:cut])
                para = para[cut + 1:]
            out.append(f"Page {page} of {pages_total}")
            out.append("OFFICIAL")
            page += 1
            budget = 0
        out.append(para)
        budget += len(para)
    if furniture:
        out.append(f"Page {page} of {max(pages_total, page)}")
    return "\n\n".join(out) + "\n"


def render_md(rng: random.Random, notice: Notice, force: dict) -> str:
    footer = (f"In an emergency dial **999**  \nFor anything else dial **101**\n\n"
              f"[www.{force['domain']}](https://www.{force['domain']})\n\n**{force['name']}**\n\n{rng.choice(MOTTOS)}")
    with_footer = rng.random() < 0.6
    out: list[str] = []
    budget = 0
    for kind, text in notice.blocks:
        if with_footer and budget > 2500:
            if kind == "p" and len(text) > 200 and rng.random() < 0.5:
                cut = text.rfind(" ", 0, len(text) // 2)
                out.append(text[:cut])
                text = text[cut + 1:]
            out.append(footer)
            budget = 0
        if kind == "h":
            out.append(("#### " if len(text) > 40 else "## ") + text)
        elif kind == "label":
            out.append(f"**{text}**")
        elif kind == "li":
            out.append("- " + text)
        elif kind == "table":
            out.append(render_table_md(text))
        else:
            out.append(text)
        budget += len(text)
    if with_footer:
        out.append(footer)
    return "\n\n".join(out) + "\n"


def render_html(rng: random.Random, notice: Notice, force: dict) -> str:
    esc = html.escape
    title = next((text for kind, text in notice.blocks if kind == "h"), "Freedom of Information disclosure")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f"<head><meta charset=\"utf-8\"><title>{esc(title)} | {esc(force['name'])}</title></head>",
        "<body>",
        '<div class="cookie-banner" role="region" aria-label="Cookies on this site">',
        f"<p>{esc(COOKIE_LINES[0])}</p>",
        f"<button>{COOKIE_LINES[1]}</button> <button>{COOKIE_LINES[2]}</button> <a href=\"/cookies\">View cookies</a>",
        "</div>",
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        f'<div class="quick-exit"><a href="https://www.bbc.co.uk/weather">Leave this site</a></div>',
        f'<header class="site-header"><a href="/" class="logo">{esc(force["name"])}</a>',
        "<nav><ul>" + "".join(f'<li><a href="/{slug(item)}/">{esc(item)}</a></li>' for item in NAV_ITEMS) + "</ul></nav>",
        "</header>",
        f'<div class="beta-banner"><p>{esc(BETA_LINE)}</p></div>',
        '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/foi-ai/">Request information</a></li>'
        '<li><a href="/foi-ai/disclosure-log/">Disclosure log</a></li></ol></nav>',
        '<main id="main-content">',
    ]
    in_list = False
    for kind, text in notice.blocks:
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "h":
            parts.append(f"<h2>{esc(text)}</h2>")
        elif kind == "label":
            parts.append(f"<h3>{esc(text.rstrip(':'))}</h3>")
        elif kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{esc(text)}</li>")
        elif kind == "table":
            rows = [r.split("|") for r in text.split("\n")]
            parts.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                         + "</tbody></table>")
        else:
            parts.append(f"<p>{esc(text)}</p>")
    if in_list:
        parts.append("</ul>")
    parts += [
        "</main>",
        '<div class="feedback"><p>Was this page useful?</p><button>Yes</button> <button>No</button></div>',
        '<footer class="site-footer"><ul>' + "".join(f'<li><a href="/{slug(i)}/">{esc(i)}</a></li>' for i in FOOTER_ITEMS) + "</ul>",
        f"<p>&copy; {esc(force['name'])}</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html}

# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


def plan_families(rng: random.Random, count: int, forces: list[dict]) -> list[tuple[Family, dict, bool]]:
    """(family, force, is_ico) for every notice: each family goes to several distinct forces."""
    plan: list[tuple[Family, dict, bool]] = []
    index = 0
    while len(plan) < count:
        family = Family(rng, index, forces)
        index += 1
        size = rng.choice([1, 1, 2, 3, 4, 6, 8, 12, 20, 30, 45])
        pool = [f for f in forces if family.other_force is None or f["id"] != family.other_force["id"]]
        recipients = rng.sample(pool, min(size, len(pool)))
        for force in recipients:
            plan.append((family, force, False))
        # Now and then a requester took one of the answers to the Commissioner.
        complainable = [f for f in recipients if f["id"] != "police-scotland"]  # FOISA: not the ICO
        if size >= 3 and complainable and rng.random() < 0.5:
            plan.append((family, rng.choice(complainable), True))
    plan = plan[:count]
    rng.shuffle(plan)
    return plan


def generate(out_dir: Path, count: int, seed: int = 1) -> dict:
    """Write the corpus; returns counts. Deterministic in (count, seed)."""
    started = time.perf_counter()
    rng = random.Random(seed)
    forces = load_forces()
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = plan_families(rng, count, forces)
    width = max(6, len(str(count - 1)))
    sources = io.StringIO()
    sources_writer = csv.writer(sources, lineterminator="\n")
    sources_writer.writerow(["file", "sha256", "format", "source_url", "retrieved", "licence", "notes"])
    truth_lines = []
    total_bytes = 0
    for i, (family, force, is_ico) in enumerate(plan):
        note_rng = random.Random(rng.getrandbits(64))
        if is_ico:
            notice, truth = build_ico_notice(note_rng, family, force)
        else:
            notice, truth = build_force_notice(note_rng, family, force)
        roll = note_rng.random()
        fmt = "html" if roll < 0.1 else "md" if roll < 0.2 else "txt"
        if is_ico and fmt == "html":
            fmt = "txt"
        text = RENDERERS[fmt](note_rng, notice, force)
        data = text.encode("utf-8")
        if fmt == "txt" and note_rng.random() < 0.02:
            data = b"\xef\xbb\xbf" + data  # saved by a Windows editor with a byte-order mark
        name = f"{i:0{width}d}_{note_rng.getrandbits(64):016x}.{fmt}"
        (out_dir / name).write_bytes(data)
        total_bytes += len(data)
        digest = hashlib.sha256(data).hexdigest()
        when = date.fromisoformat(truth["date"]) if truth["date"] else family.sent + timedelta(days=60)
        retrieved = when + timedelta(days=note_rng.randrange(1, 400))
        sources_writer.writerow([name, digest, fmt, f"https://synthetic.invalid/{force['id']}/{name}",
                                 retrieved.isoformat(), "CC0-1.0", f"synthetic notice, generator v{GENERATOR_VERSION} seed {seed}"])
        record = {"file": name, "format": fmt, **truth, "request_family": family.id,
                  "template_ids": notice.templates}
        truth_lines.append(json.dumps(record, ensure_ascii=False))
    (out_dir / "sources.csv").write_text(sources.getvalue(), encoding="utf-8")
    (out_dir / "truth.jsonl").write_text("\n".join(truth_lines) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - started
    return {"files": count, "bytes": total_bytes, "seconds": seconds}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    stats = generate(args.out_dir, args.count, args.seed)
    rate = stats["files"] / stats["seconds"] if stats["seconds"] else float("inf")
    print(f"wrote {stats['files']} notices ({stats['bytes'] / 1e6:.1f} MB, mean {stats['bytes'] / stats['files'] / 1024:.1f} KB) "
          f"to {args.out_dir} in {stats['seconds']:.1f}s ({rate:,.0f} notices/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
