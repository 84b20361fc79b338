"""Consistency flags: where "confirming or denying would cause harm" was not the only answer given.

NCND only works if it is used consistently (the ICO says so in its decisions). Two patterns show
where it was not: one authority confirming (or denying) a technology in one answer and refusing to
confirm or deny it in another; and one request answered by some forces with a disclosure and by
others with NCND. Each flag names the NCND notice and one notice that answered, so both can be read.
"""

import hashlib
from dataclasses import dataclass

from .. import vocab
from .corpus import Notice

CONFIRMED = ("disclosed", "partially_disclosed", "refused")  # with ncnd false: holding was confirmed
DENIED = ("not_held",)  # with ncnd false: holding was denied
DISCLOSED = ("disclosed", "partially_disclosed")
OUTCOME_WORDS = {
    "disclosed": "disclosed information",
    "partially_disclosed": "disclosed some information",
    "refused": "confirmed it held information (and withheld it)",
    "not_held": "said it held no information",
}


@dataclass
class Flag:
    kind: str
    authority_id: str | None
    other_authority_id: str | None
    technology_id: str | None
    family_id: str | None
    notice_a: str
    notice_b: str
    explanation: str

    @property
    def id(self) -> str:
        raw = "|".join([self.kind, self.notice_a, self.notice_b, self.technology_id or "", self.family_id or ""])
        return "cf-" + hashlib.sha1(raw.encode()).hexdigest()[:12]

    def row(self) -> dict:
        return {"id": self.id} | self.__dict__


def _names():
    authorities = {row["id"]: row["name"] for row in vocab.authorities()}
    technologies = {row["id"]: row["name"] for row in vocab.technologies()}
    return authorities, technologies


def _day(notice: Notice) -> int:
    d = notice.date or ""
    try:
        return int(d[:4]) * 372 + int(d[5:7]) * 31 + int(d[8:10])
    except ValueError:
        return 0


def _closest(target: Notice, options: list[Notice], family_of: dict) -> Notice:
    """The answer nearest in time, preferring one to the same request."""
    same_request = [o for o in options if family_of.get(o.id) and family_of.get(o.id) == family_of.get(target.id)]
    pool = same_request or options
    return min(pool, key=lambda o: (abs(_day(o) - _day(target)) if o.date and target.date else 10**9, o.id))


def _describe(notice: Notice) -> str:
    return f"{notice.id}" + (f" ({notice.date})" if notice.date else "")


def same_authority(notices: list[Notice], family_of: dict) -> list[Flag]:
    authority_names, technology_names = _names()
    groups: dict[tuple, dict[str, list[Notice]]] = {}
    for n in notices:
        if n.doc_type != "force_response" or not n.authority_id:
            continue
        if n.ncnd == 1:
            side = "ncnd"
        elif n.ncnd == 0 and n.outcome in CONFIRMED:
            side = "confirmed"
        elif n.ncnd == 0 and n.outcome in DENIED:
            side = "denied"
        else:
            continue
        for tech in n.technologies:
            groups.setdefault((n.authority_id, tech), {}).setdefault(side, []).append(n)
    flags = []
    for (authority, tech), sides in sorted(groups.items()):
        ncnd = sides.get("ncnd", [])
        for answered_side, kind in (("confirmed", "same_authority_confirms_and_ncnds"), ("denied", "same_authority_denies_and_ncnds")):
            answered = sides.get(answered_side, [])
            if not ncnd or not answered:
                continue
            for a in ncnd:
                b = _closest(a, answered, family_of)
                name = authority_names.get(authority, authority)
                tech_name = technology_names.get(tech, tech)
                flags.append(
                    Flag(
                        kind, authority, authority, tech, family_of.get(a.id) if family_of.get(a.id) == family_of.get(b.id) else None,
                        a.id, b.id,
                        f"{name} neither confirmed nor denied holding information about {tech_name} in {_describe(a)}, "
                        f"but {OUTCOME_WORDS[b.outcome]} about {tech_name} in {_describe(b)}"
                        + (" in answer to the same request" if family_of.get(a.id) and family_of.get(a.id) == family_of.get(b.id) else "")
                        + f". {len(ncnd)} of its notices about {tech_name} are NCND, {len(answered)} "
                        + ("confirmed holding information." if answered_side == "confirmed" else "denied holding any."),
                    )
                )
    return flags


def family_split(notices: list[Notice], family_of: dict) -> list[Flag]:
    authority_names, _ = _names()
    members: dict[str, list[Notice]] = {}
    for n in notices:
        if n.doc_type == "force_response" and n.id in family_of:
            members.setdefault(family_of[n.id], []).append(n)
    flags = []
    for fid, group in sorted(members.items()):
        ncnd = [n for n in group if n.ncnd == 1]
        disclosed = [n for n in group if n.ncnd == 0 and n.outcome in DISCLOSED]
        if not ncnd or not disclosed:
            continue
        ncnd_forces = {n.authority_id for n in ncnd if n.authority_id}
        disclosing_forces = {n.authority_id for n in disclosed if n.authority_id}
        for a in ncnd:
            others = [d for d in disclosed if d.authority_id != a.authority_id or not a.authority_id]
            if not others:
                continue
            b = _closest(a, others, {})
            name_a = authority_names.get(a.authority_id, a.authority_id or "An unidentified authority")
            name_b = authority_names.get(b.authority_id, b.authority_id or "an unidentified authority")
            exemptions = ", ".join(a.exemptions)
            flags.append(
                Flag(
                    "family_split", a.authority_id, b.authority_id, None, fid, a.id, b.id,
                    f"{name_a} neither confirmed nor denied" + (f" (citing {exemptions})" if exemptions else "")
                    + f" in {_describe(a)}, while {name_b} {OUTCOME_WORDS[b.outcome]} in {_describe(b)} in answer to the "
                    f"same request (family {fid}). Across the family, {len(ncnd_forces)} authorities gave NCND answers "
                    f"and {len(disclosing_forces)} disclosed.",
                )
            )
    return flags


def build(notices: list[Notice], family_of: dict) -> list[Flag]:
    flags = {f.id: f for f in same_authority(notices, family_of) + family_split(notices, family_of)}
    return [flags[k] for k in sorted(flags)]
