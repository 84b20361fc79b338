"""What kind of document this is: a force's response, an ICO decision, a WhatDoTheyKnow thread, or other.

"other" covers what is not a UK police FOI notice: a US public-records request, a news article about
FOI responses, random text. Markers are declared in vocab/phrases.yml (doctype).
"""

from .phrases import pattern
from .text import Doc

HEAD = 4000


def classify(doc: Doc) -> str:
    head = doc.scan[:HEAD]
    text = doc.scan[:200000]
    if pattern("doctype", "wdtk").search(head):
        return "wdtk_thread"
    ico_hits = len(pattern("doctype", "ico").findall(head))
    if ico_hits and ("public authority" in head.lower() or ico_hits >= 2 or "commissioner" in head.lower()):
        return "ico_decision"
    foreign = len(pattern("doctype", "foreign").findall(text))
    foi = len(pattern("doctype", "foi").findall(text))
    response = len(pattern("doctype", "response").findall(text))
    if foreign and foreign >= response:
        return "other"
    if foi and response:
        return "force_response"
    return "other"
