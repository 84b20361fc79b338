"""Who answered: the police body that wrote the response, or the one an ICO decision is about.

Every mention of an authority from vocab/authorities.csv is scored by where it stands. The letter's
own name ("Northamptonshire Police will neither confirm nor deny...", a signature line, "Public
Authority: Chief Constable of Kent Police", "made this request to Essex Police") outweighs forces the
requester merely mentions. A wrong force is worse than none, so a close call gives null and a warning.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocab
from .matcher import FOLD_EXCEPTIONS, TermMatcher, is_exact_case
from .phrases import finder, pattern
from .text import Doc, collapse

# "The Kent Police" -> "Kent Police"
_LEADING_THE = re.compile(r"^the\s+", re.I)
# What a letterhead line may hold besides names: "Freedom of Information Unit", "FOI Team"
_UNIT_WORD_LIST = ("freedom of information", "foi", "unit", "team", "officer", "department")
_UNIT_WORDS = re.compile(r"(?i)" + "|".join(_UNIT_WORD_LIST))
# Longer than any unit word: a unit word overlapping a span lies within this many characters of it
_UNIT_REACH = max(map(len, _UNIT_WORD_LIST))
_WORD_OF_THREE = re.compile(r"[a-z]{3,}")
# "Public Authority: " just before a name
_PUBLIC_AUTHORITY_LABEL = re.compile(r"(?:public authority|authority)\s*:\s*(?:address\s*:\s*)?$", re.I)

POLICE_SUFFIXES = ("Police Service", "Police Force", "Constabulary", "Police")
# Kinds that write about police FOI but are not the answering force unless the text says so clearly.
BYSTANDER_KINDS = {"regulator", "government"}
# The information commissioners: a police reply names one in its complaint-rights paragraph and address block
# ("you may complain to the Information Commissioner, Wycliffe House, Water Lane..."); neither answers a
# police FOI request, so in a response or a thread neither is ever the answering body.
FOI_REGULATORS = {"information-commissioners-office", "scottish-information-commissioner"}

# Phrases that look like a police body's name: "Chief Constable of Loamshire Police", "Loamshire
# Constabulary will neither confirm nor deny". Used to warn about bodies missing from the vocabulary.
UNKNOWN_BODY = re.compile(
    r"\b(?:Chief Constable of (?:the )?(?:[A-Z][\w'&-]*\s?){1,5}"
    r"|Commissioner of (?:Police of )?(?:the )?(?:[A-Z][\w'&-]*\s?){1,4}"
    r"|(?:[A-Z][\w'&-]*\s){1,3}(?:Police|Constabulary)(?=\s+(?:will|can|cannot|does|is unable|neither|confirms|holds)\b))"
)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:and|of|the|for|in|to|on|at|by|&))+\s*$|\s+$")

SCORE_RESPONDER = 6.0
SCORE_PUBLIC_AUTHORITY = 30.0
SCORE_OWN_LINE = 3.0
SCORE_SLUG = 2.0
SCORE_MENTION = 1.0
SCORE_IN_REQUEST = 0.3


@dataclass
class Authority:
    id: str | None = None
    name: str | None = None
    evidence: str | None = None
    as_written: str | None = None
    # Named where an answering body stands (a letterhead, a signature, "X will neither confirm..."),
    # not only mentioned.
    responder: bool = False
    # Whether any police body is named at all (a council's or a department's answer may name none)
    police_named: bool = False


# a word of two capitals or more: "PCC", "OPCC", "CoLP"
_ACRONYM = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")


def _variants(alias: str) -> set[str]:
    forms = {alias}
    if "&" in alias:
        forms.add(alias.replace("&", "and"))
    if " and " in alias:
        forms.add(alias.replace(" and ", " & "))
    return forms


@lru_cache(maxsize=None)
def rows() -> dict[str, dict]:
    try:
        return vocab.by_id(vocab.authorities())
    except (OSError, KeyError):
        return {}


@lru_cache(maxsize=None)
def matcher() -> TermMatcher:
    folded, exact = {}, {}
    for row in rows().values():
        names = {row["name"], *row.get("aliases", [])}
        # "Kent Police" also stands as "Kent Constabulary" and "Chief Constable of Kent Police".
        for name in list(names):
            for suffix in POLICE_SUFFIXES:
                if name.endswith(" " + suffix):
                    core = name[: -len(suffix)].strip()
                    names.update(f"{core} {s}" for s in POLICE_SUFFIXES)
                    break
        for name in list(names):
            if not name.startswith(("Chief Constable", "Commissioner", "Chief Officer")) and row.get("kind") in {
                "territorial_police",
                "special_police",
                "crown_dependency",
                "former_police",
            }:
                names.update({f"Chief Constable of {name}", f"Chief Constable of the {name}"})
        for name in names:
            for form in _variants(name):
                if is_exact_case(form):
                    exact.setdefault(form, row["id"])
                    if _ACRONYM.search(form):
                        # (and in a heading set in capitals: "WEST MERCIA PCC: DISCLOSURE LOG"; not "THE MET",
                        # which a heading about the weather also writes)
                        exact.setdefault(form.upper(), row["id"])
                else:
                    folded.setdefault(form, row["id"])
    return TermMatcher(folded, exact)


@lru_cache(maxsize=None)
def _domains() -> dict[str, str]:
    """Web domains of each authority ("northants.police.uk"), found in page links and letter footers."""
    return {d.lower(): row["id"] for row in rows().values() for d in row.get("domains") or []}


@lru_cache(maxsize=None)
def _domain_order() -> tuple[dict[str, int], tuple[str, ...]]:
    """Each domain's place in the vocabulary, and the last labels domains end with ("uk", "scot")."""
    domains = _domains()
    return {d: i for i, d in enumerate(domains)}, tuple(sorted({"." + d.rsplit(".", 1)[-1] for d in domains if "." in d}))


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


# A path after a host name: the link points into a site's pages
_LINK_PATH = re.compile(r"/[^\s/]")
# A link title's host in brackets after it, as a page's links are shown in its text: "APP (college.police.uk)"
_LINK_HOST = re.compile(r"\S\s\((?:www\.)?\Z")


def _domain_of(auth_id: str, raw: str, pos: int) -> str:
    """The known domain of `auth_id` that stands at `pos` in the text."""
    lower = raw[pos : pos + 80].lower()
    return next((d for d, a in _domains().items() if a == auth_id and lower.startswith(d)), "")


def _domain_hits(raw: str):
    """(position, authority id) of each authority's domain in the text ("www.northants.police.uk").

    Found from the few places a domain can end (".uk", ".scot"): the host name before each is read
    back to its start, and every known domain it ends with counts, in vocabulary order.
    """
    lower = raw.lower()
    domains = _domains()
    order, endings = _domain_order()
    hits = []
    size = len(lower)
    for ending in endings:
        pos = lower.find(ending)
        while pos != -1:
            end = pos + len(ending)
            after = lower[end : end + 1]
            if not (after.isalnum() or after == "-"):
                start = pos
                while start > 0 and lower[start - 1] in _HOST_CHARS:
                    start -= 1
                host = lower[start:end]
                for i in range(len(host)):
                    if i and host[i - 1] != ".":
                        continue
                    domain = host[i:]
                    if domain in domains:
                        before = lower[start + i - 1 : start + i]
                        if not before or before in "./@ \n\t(<[\"'":
                            hits.append((order[domain], start + i, domains[domain]))
            pos = lower.find(ending, pos + 1 if pos + 1 < size else size)
    hits.sort()
    return [(pos, auth_id) for _, pos, auth_id in hits]


@lru_cache(maxsize=None)
def _slug_pattern():
    """Force slugs in page paths: "/foi-ai/staffordshire-police/", "/foi-media/staffordshire/"."""
    slugs = {}
    for row in rows().values():
        if row.get("kind") in BYSTANDER_KINDS:
            continue
        slugs[row["id"]] = row["id"]
        if row.get("police_uk_id"):
            slugs.setdefault(row["police_uk_id"], row["id"])
    alternation = "|".join(re.escape(s) for s in sorted(slugs, key=len, reverse=True))
    return re.compile(r"/(?:foi[\w-]*|disclosure[\w-]*)/(?:[\w-]+/)?(%s)/" % alternation, re.I), slugs


# The part of a link before a path: "https://www.kent.police.uk" in "https://www.kent.police.uk/foi-ai/...",
# nothing in "(/foi-ai/kent-police/...)"
_URL_START = re.compile(r"[^\s(<\[\"'=]*$")


def _relative_path(raw: str, pos: int) -> bool:
    """Whether the path at pos is a link within the page's own site ("/foi-ai/kent-police/...").

    A full address ("https://www.kent.police.uk/foi-ai/kent-police/...") may point to another
    force's site from a related-links list; its domain is counted on its own.
    """
    token = _URL_START.search(raw, max(0, pos - 200), pos).group()
    return token == "" or token.startswith("/") and not token.startswith("//")


def lookup(name: str) -> str | None:
    """The id of the authority a phrase names exactly ("Chief Constable of Kent Police" -> kent-police),
    also when a PDF's text layer broke a word of it ("Chief Constable of Av on and Somerset")."""
    name = _LEADING_THE.sub("", name.strip())
    found = matcher().find(name)
    if len(found) == 1 and found[0][1] - found[0][0] >= len(name) - 2:
        return found[0][2]
    key, names = _squash(name), _squashed_names()
    # ("Chief Constable of Avon and Somerset" leaves out its "Constabulary")
    return next((names[key + suffix] for suffix in ("", "police", "constabulary") if key + suffix in names), None)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("&", "and"))


@lru_cache(maxsize=None)
def _squashed_names() -> dict[str, str]:
    """Every name the matcher knows, letters only, lower case: one body each (names two bodies share are
    left out)."""
    out: dict[str, str | None] = {}
    for terms in (matcher().folded, matcher().exact):
        for form, auth_id in terms.items():
            key = _squash(form)
            if len(key) >= 8:
                out[key] = auth_id if out.get(key, auth_id) == auth_id else None
    return {k: v for k, v in out.items() if v}


# A numbered or lettered list item's opening: "4. ", "(b) ", "Q3 - ", "2) "
_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|q\d{1,2}\s*[.:)–-]?)\s", re.I)


def _own_line(doc: Doc, index: int, mentions_on_line) -> bool:
    """Whether a line holds nothing but authority names: a letterhead or a signature."""
    start, end = doc.line_span(index)
    rest = doc.scan[start:end]
    if _LIST_ITEM.match(rest):
        return False  # "4. College of Policing": a numbered answer naming a body, not a letter's head or signature
    for s, e, _, _ in sorted(mentions_on_line, reverse=True):
        rest = rest[: s - start] + rest[e - start :]
    word = _WORD_OF_THREE.search(rest)
    if word is not None:
        # A lower-case word that no unit word touches is left whole when unit words are removed: the
        # line is a sentence, decided without rewriting it (most lines with a name in them are).
        near = rest[max(0, word.start() - _UNIT_REACH) : word.end() + _UNIT_REACH]
        if not any(char in near for char in FOLD_EXCEPTIONS):
            lowered = near.lower()
            if not any(unit in lowered for unit in _UNIT_WORD_LIST):
                return False
    return not _WORD_OF_THREE.search(_UNIT_WORDS.sub("", rest))


# The first lines of a notice, where a letter head stands; what a letter head run into one line holds (an
# address, a postcode, a telephone number) is vocab/phrases.yml `letterhead`.
HEAD_LINES = 6


def _head_line_indexes(doc: Doc) -> set[int]:
    """The first few non-empty lines of the notice: where a letter's head stands."""
    out = set()
    for index in range(len(doc.line_starts)):
        if len(out) >= HEAD_LINES:
            break
        if doc.scan[slice(*doc.line_span(index))].strip():
            out.add(index)
    return out


def _letterhead(doc: Doc, index: int) -> bool:
    return bool(pattern("letterhead").search(doc.scan[slice(*doc.line_span(index))]))


_DATE_ONLY = re.compile(r"^\s*(?:\d{1,2}\s+\w+\s+\d{4})?\s*$")


def _ends_running_text(scan: str, start: int, after: str) -> bool:
    """A name that ends its line after a long run of words ("...broken down in accordance with the Home
    Office" in a PDF's wrapped column) ends a wrapped line of prose, not a signature or message header
    ("FOI Unit, Greater Manchester Police 5 November 2025")."""
    if not _DATE_ONLY.match(after):
        return False
    line_start = scan.rfind("\n", 0, start) + 1
    return len(scan[line_start:start].strip()) > 40


def _score(doc: Doc, start: int, end: int, in_request: bool, own_line: bool, responder_before, responder_after) -> float:
    """`responder_before` and `responder_after` are phrases.finder tests of those groups."""
    scan, lower = doc.scan, doc.lower
    before = scan[max(0, start - 80) : start]
    after = scan[end : end + 90].split("\n", 1)[0]
    score = SCORE_MENTION
    if _PUBLIC_AUTHORITY_LABEL.search(before):
        return SCORE_PUBLIC_AUTHORITY
    if responder_before(before, lower[max(0, start - 80) : start]) or (
        responder_after(after, lower[end : end + len(after)]) and not _ends_running_text(scan, start, after)
    ):
        score += SCORE_RESPONDER
    if own_line:
        score += SCORE_OWN_LINE
    if in_request:
        score *= SCORE_IN_REQUEST
    return score


def find_authority(doc: Doc, doc_type: str, in_request=None, public_authority_line: str | None = None, by_reference=None, by_url=None, sole_police_body=False, addressed_to=None):
    """(Authority, warnings). `in_request(pos)` tells whether a position lies in the request.

    `by_url` is the police body whose own domain published the page (parse.source): it counts as much
    as a name where the answering body stands, since a force's disclosure log only holds its own answers.
    """
    warnings: list[str] = []
    table = rows()
    if not table:
        return Authority(), ["authority vocabulary unavailable"]
    scores: dict[str, float] = {}
    best_pos: dict[str, tuple[float, int]] = {}

    best_spans: dict[str, tuple[int, int]] = {}

    def add(auth_id, score, pos, end=None, addressee=False):
        kind = table[auth_id].get("kind")
        if doc_type == "ico_decision" and kind in BYSTANDER_KINDS and not (kind == "government" and score >= SCORE_RESPONDER):
            # (a decision names the Home Office's counting rules in passing; only "the Home Office refused
            # to confirm..." / "was entitled to rely on..." makes a department the body complained about)
            return
        if doc_type in ("force_response", "wdtk_thread") and auth_id in FOI_REGULATORS and not addressee:
            # (a reply's "you may complain to the Information Commissioner" names the regulator; only a
            # thread's request addressed to it makes it the body answering)
            return
        scores[auth_id] = scores.get(auth_id, 0.0) + score
        if pos is not None and score > best_pos.get(auth_id, (-1, 0))[0]:
            best_pos[auth_id] = (score, pos)
            if end is not None:
                best_spans[auth_id] = (pos, end)

    mentions = matcher().find(doc.scan, lower=doc.lower, words=doc.token_words)
    by_line: dict[int, list] = {}
    for mention in mentions:
        by_line.setdefault(doc.line_index(mention[0]), []).append(mention)
    responder_before, responder_after = finder(doc, "responder_before"), finder(doc, "responder_after")
    if doc_type == "ico_decision":
        general, complained_of = responder_before, finder(doc, "ico_responder_before")
        responder_before = lambda text, lowered: general(text, lowered) or complained_of(text, lowered)
    head_lines = _head_line_indexes(doc)
    for index, on_line in by_line.items():
        own_line = _own_line(doc, index, on_line) or (index in head_lines and _letterhead(doc, index))
        for start, end, auth_id, _ in on_line:
            if pattern("commissioner_after").match(doc.scan, end):
                continue  # "Staffordshire Police and Crime Commissioner": another body than the force
            asked = bool(in_request and in_request(start))
            add(auth_id, _score(doc, start, end, asked, own_line, responder_before, responder_after), start, end)

    for pos, auth_id in _domain_hits(doc.raw):
        domain_end = pos + len(_domain_of(auth_id, doc.raw, pos))
        if _LINK_PATH.match(doc.raw, domain_end):
            continue  # a link into another body's pages ("college.police.uk/app-content/..."): guidance, not who answered
        if _LINK_HOST.search(doc.raw, max(0, pos - 80), pos) and doc.raw.startswith(")", domain_end):
            continue  # a link's host shown after its title, "Ethics (college.police.uk)": where a link leads, not who answered
        add(auth_id, SCORE_SLUG, None)
    slug_re, slugs = _slug_pattern()
    for m in slug_re.finditer(doc.raw):
        if _relative_path(doc.raw, m.start()):
            add(slugs[m.group(1).lower()], SCORE_SLUG, None)

    if by_reference in table:
        add(by_reference, SCORE_SLUG, None)
    if by_url in table and doc_type != "ico_decision" and (is_police_body(by_url) or table[by_url].get("kind") == "regulator"):
        # (a regulator's own pages hold its own answers: the Surveillance Camera Commissioner's releases, the IOPC's log)
        add(by_url, SCORE_RESPONDER, None)
        if table[by_url].get("kind") == "pcc" and any(
            not (in_request and in_request(m.start())) for m in pattern("commissioner_voice").finditer(doc.scan)
        ):
            # "The Office of the Police and Crime Commissioner has not organised any events": the office
            # speaks without naming its area, on its own site, whichever force's officer signs the reply
            add(by_url, SCORE_RESPONDER, None)
    if addressed_to in table:
        # a WhatDoTheyKnow request's addressee: the one body the site sent it to
        add(addressed_to, SCORE_RESPONDER, None, addressee=True)

    as_written = auth_id = None
    if public_authority_line and doc_type == "ico_decision" and pattern("several_chief_officers").search(public_authority_line):
        # one decision on requests to several forces ("the Chief Constables of Fife, Grampian and Tayside Police"):
        # none of them alone is the authority, so none is named
        warnings.append(f"a decision about several police bodies: {public_authority_line}")
        return Authority(as_written=public_authority_line), warnings
    if public_authority_line:
        as_written = public_authority_line
        auth_id = lookup(public_authority_line)
        if auth_id is None:
            # (not "Lancashire Police" in "Lancashire Police Authority": another body than the force)
            found = [f for f in matcher().find(public_authority_line) if not pattern("commissioner_after").match(public_authority_line, f[1])]
            if found:
                auth_id = found[0][2]
                as_written = public_authority_line[: found[0][1]].strip()
        if auth_id is None:
            warnings.append(f"authority not recognised: '{public_authority_line}'")
            if doc_type == "ico_decision" and pattern("unlisted_police_body").search(public_authority_line):
                # the decision is issued against a police body the vocabulary does not list ("the Northern
                # Joint Police Board"): a force its account names is not that body
                return Authority(as_written=as_written), warnings
        else:
            # the decision's own "Public Authority:" line (or a Scottish decision's title), also in words the
            # text matcher did not find there (a PDF's broken word: "Chief Constable of Av on and Somerset"):
            # the body the decision is issued against, whoever else its account of the case names more often
            add(auth_id, SCORE_PUBLIC_AUTHORITY, None)

    unknown = _unknown_bodies(doc)
    if public_authority_line and auth_id is not None:
        # a piece of the broken name is not a body of its own
        unknown = [w for w in unknown if w.partition("'")[2].rstrip("'") not in public_authority_line]
    warnings.extend(unknown)
    if not scores:
        warnings.append("no authority found")
        return Authority(as_written=as_written), warnings

    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_id, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    bystander = table[best_id].get("kind") in BYSTANDER_KINDS
    # (in a force's reply, a force the requester names in the request is not the one answering: "West Midlands
    # Police keeps it as one document - if you have a wider one...")
    requester_named = doc_type == "force_response" and in_request is not None and best_id in best_pos and in_request(best_pos[best_id][1])
    sole_force = doc_type in ("force_response", "wdtk_thread") and len(ranked) == 1 and is_force(best_id) and not unknown and not requester_named
    if (sole_police_body and len(ranked) == 1 and is_police_body(best_id) or sole_force) and best < 2.0:
        # A tribunal's decision names the police body of its appeal, often once and in passing; a force's
        # log page or a thread names the force once ("...recorded by Surrey Police") and no other body:
        # when it names no other body, that is the one.
        warnings.append(f"authority named once: {table[best_id]['name']}, the only police body the text names")
    elif best < 2.0 or (runner_up and best < 1.5 * runner_up) or (bystander and best < SCORE_RESPONDER):
        if len(ranked) > 1 and runner_up and by_url in (best_id, ranked[1][0]) and scores[by_url] >= 2.0:
            # two bodies named as often ("communications between SPA and Police Scotland"): the page is
            # on one's own site, and that one answered
            warnings.append(
                f"authority from the source URL's domain: the text names {table[best_id]['name']} and {table[ranked[1][0]]['name']} as often"
            )
            row = table[by_url]
            written = collapse(doc.plain[slice(*best_spans[by_url])]) if by_url in best_spans else as_written
            return Authority(by_url, row["name"], "source URL", written, True, True), warnings
        if len(ranked) > 1 and runner_up:
            warnings.append(f"authority ambiguous: {table[best_id]['name']} or {table[ranked[1][0]]['name']}")
        else:
            warnings.append(f"authority uncertain: {table[best_id]['name']} only mentioned in passing")
        return Authority(as_written=as_written), warnings
    evidence = doc.evidence_at(best_pos[best_id][1]) if best_id in best_pos else None
    if best_id == by_url and scores[best_id] - SCORE_RESPONDER < 2.0:
        warnings.append("authority from the source URL's domain: the text does not name it where the answer stands")
        evidence = evidence or "source URL"
    responder = (best_id in best_pos and best_pos[best_id][0] >= SCORE_OWN_LINE) or best_id == by_url
    if as_written is None and best_id in best_spans:
        as_written = collapse(doc.plain[slice(*best_spans[best_id])])  # the name as the notice writes it
    police_named = any(is_police_body(auth_id) for auth_id in scores)
    return Authority(best_id, table[best_id]["name"], evidence, as_written, responder, police_named), warnings


# Kinds of body that answer police FOI requests; a government department or a regulator answering its
# own requests is not a police FOI response.
POLICE_KINDS = {"territorial_police", "special_police", "crown_dependency", "former_police", "national_agency", "pcc", "other"}
# Police forces themselves: not a board, a commissioner's office, an agency or a regulator
FORCE_KINDS = {"territorial_police", "special_police", "crown_dependency", "former_police"}


def is_force(auth_id: str | None) -> bool:
    row = rows().get(auth_id or "")
    return bool(row) and row.get("kind") in FORCE_KINDS


def is_police_body(auth_id: str | None) -> bool:
    row = rows().get(auth_id or "")
    return bool(row) and row.get("kind") in POLICE_KINDS


UNKNOWN_ANCHORS = ("chief constable of", "commissioner of", "police will", "police can", "police does", "police is unable",
                   "police neither", "police confirms", "police holds", "constabulary will", "constabulary can",
                   "constabulary does", "constabulary neither", "constabulary confirms", "constabulary holds")  # fmt: skip


MAX_UNKNOWN_LINES = 200


def _anchor_groups() -> dict[str, tuple[str, ...]]:
    """UNKNOWN_ANCHORS by first word: "police " -> ("will", "can", ...), "chief " -> ("constable of",)."""
    groups: dict[str, tuple[str, ...]] = {}
    for anchor in UNKNOWN_ANCHORS:
        first, _, rest = anchor.partition(" ")
        groups[first + " "] = groups.get(first + " ", ()) + (rest,)
    return groups


_ANCHOR_GROUPS = _anchor_groups()


def _unknown_body_lines(doc: Doc) -> set[int]:
    """The lines holding an UNKNOWN_ANCHORS phrase (at most MAX_UNKNOWN_LINES of them, taken anchor
    by anchor). Each first word ("police ") is found once and what follows it compared, rather than
    each phrase being looked for through the whole text."""
    lower = doc.lower
    lines = set()
    for first, rests in _ANCHOR_GROUPS.items():
        pos = lower.find(first)
        while pos != -1:
            if lower.startswith(rests, pos + len(first)):
                lines.add(doc.line_index(pos))
            pos = lower.find(first, pos + 1)
    if len(lines) < MAX_UNKNOWN_LINES:
        return lines
    lines = set()  # the cap decides which lines count: as many as there are, anchor by anchor
    for anchor in UNKNOWN_ANCHORS:
        pos = lower.find(anchor)
        while pos != -1 and len(lines) < MAX_UNKNOWN_LINES:
            lines.add(doc.line_index(pos))
            pos = lower.find(anchor, pos + 1)
    return lines


def _unknown_bodies(doc: Doc) -> list[str]:
    warnings = []
    seen = set()
    lines = _unknown_body_lines(doc)
    for index in sorted(lines):
        start, end = doc.line_span(index)
        # "Wight Constabulary" inside "Hampshire and Isle of Wight Constabulary" is a known name's tail
        known = [(start + s, start + e) for s, e, _, _ in matcher().find(doc.scan[start:end])]
        for m in UNKNOWN_BODY.finditer(doc.scan, start, end):
            if any(s < m.end() and m.start() < e for s, e in known):
                continue
            phrase = _TRAILING_WORDS.sub("", collapse(m.group()))
            if phrase in seen or len(phrase) < 8:
                continue
            seen.add(phrase)
            if matcher().find(phrase):
                continue
            if phrase.lower().startswith(("the police", "chief constable of the police")):
                continue
            warnings.append(f"authority not recognised: '{phrase}'")
    return warnings[:5]
