"""Consistency flags: where "confirming or denying would cause harm" was not the only answer given.

NCND only works if it is used consistently (the ICO says so in its decisions). Two patterns show
where it was not: one authority confirming (or denying) a technology in one answer and refusing to
confirm or deny it in another; and one request answered by some forces with a disclosure and by
others with NCND. Each flag names the NCND notice and one notice that answered, so both can be read.
"""

import bisect
import functools
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

    @functools.cached_property
    def id(self) -> str:
        raw = "|".join([self.kind, self.notice_a, self.notice_b, self.technology_id or "", self.family_id or ""])
        return "cf-" + hashlib.sha1(raw.encode()).hexdigest()[:12]

    def row(self) -> dict:
        return {"id": self.id} | {name: getattr(self, name) for name in FLAG_FIELDS}


FLAG_FIELDS = ["kind", "authority_id", "other_authority_id", "technology_id", "family_id", "notice_a", "notice_b", "explanation"]


def _names():
    authorities = {row["id"]: row["name"] for row in vocab.authorities()}
    technologies = {row["id"]: row["name"] for row in vocab.technologies()}
    return authorities, technologies


_DAYS: dict[str, int] = {}


def _day(notice: Notice) -> int:
    """A day number that orders and roughly spaces ISO dates (memoised: called for every comparison)."""
    d = notice.date or ""
    day = _DAYS.get(d)
    if day is None:
        try:
            day = int(d[:4]) * 372 + int(d[5:7]) * 31 + int(d[8:10])
        except ValueError:
            day = 0
        _DAYS[d] = day
    return day


class Answers:
    """Notices that answered, searchable for the one nearest in time (by bisection, not a scan)."""

    def __init__(self, notices: list[Notice], family_of: dict):
        self.dated = sorted((_day(n), n.id, n) for n in notices if n.date)
        self.days = [d for d, _, _ in self.dated]
        self.undated = sorted((n for n in notices if not n.date), key=lambda n: n.id)
        self.by_family: dict[str, list[Notice]] = {}
        for n in notices:
            if family_of.get(n.id):
                self.by_family.setdefault(family_of[n.id], []).append(n)

    def closest(self, target: Notice, family: str | None) -> Notice:
        """The answer to the same request if there is one, else the one nearest in date."""
        if family and family in self.by_family:
            same = self.by_family[family]
            return min(same, key=lambda o: (abs(_day(o) - _day(target)) if o.date and target.date else 10**9, o.id))
        if not self.dated:
            return self.undated[0]
        if not target.date:
            return self.dated[0][2]
        i = bisect.bisect_left(self.days, _day(target))
        around = [self.dated[j] for j in (i - 1, i) if 0 <= j < len(self.dated)]
        return min(around, key=lambda e: (abs(e[0] - _day(target)), e[1]))[2]


def _describe(notice: Notice) -> str:
    return f"{notice.id}" + (f" ({notice.date})" if notice.date else "")


def _side(n: Notice, tech: str) -> str | None:
    """What a notice said of one technology, compared only in the same scope: an NCND on the whole
    request that covers the technology, against an answer on it. A notice that answered overt use and
    neither confirmed nor denied covert use answered: it is not an NCND on the technology. A technology
    given only as an example in the request is on no side."""
    if n.doc_type != "force_response" or not n.authority_id:
        return None
    role, stance, covers = n.technology_facts.get(tech, (None, None, None))
    if n.ncnd == 1 and n.ncnd_scope == "full":
        return "ncnd" if covers else None
    if role == "request_example" or (role is None and stance is None):
        return None
    if stance == "confirmed" or (stance is None and n.outcome in CONFIRMED and n.ncnd == 0):
        return "confirmed"
    if stance == "not_held" or (stance is None and n.outcome in DENIED and n.ncnd == 0):
        return "denied"
    return None


def groups_of(n: Notice, family_of: dict) -> set:
    """The groups whose flags a notice can change: ("authority", authority, technology) for each
    technology it names, ("family", family id) for its request family."""
    keys = set()
    if n.doc_type == "force_response" and n.authority_id:
        keys.update(("authority", n.authority_id, tech) for tech in n.technologies)
    if n.doc_type == "force_response" and n.id in family_of:
        keys.add(("family", family_of[n.id]))
    return keys


def same_authority(notices: list[Notice], family_of: dict, only: set | None = None) -> list[Flag]:
    authority_names, technology_names = _names()
    groups: dict[tuple, dict[str, list[Notice]]] = {}
    for n in notices:
        for tech in n.technologies:
            side = _side(n, tech)
            if side is not None and (only is None or ("authority", n.authority_id, tech) in only):
                groups.setdefault((n.authority_id, tech), {}).setdefault(side, []).append(n)
    flags = []
    for (authority, tech), sides in sorted(groups.items()):
        ncnd = sides.get("ncnd", [])
        for answered_side, kind in (("confirmed", "same_authority_confirms_and_ncnds"), ("denied", "same_authority_denies_and_ncnds")):
            answered = sides.get(answered_side, [])
            if not ncnd or not answered:
                continue
            answers = Answers(answered, family_of)
            for a in ncnd:
                b = answers.closest(a, family_of.get(a.id))
                name = authority_names.get(authority, authority)
                tech_name = technology_names.get(tech, tech)
                flags.append(
                    Flag(
                        kind, authority, authority, tech, family_of.get(a.id) if family_of.get(a.id) == family_of.get(b.id) else None,
                        a.id, b.id,
                        f"{name} neither confirmed nor denied holding information about {tech_name} in {_describe(a)}, "
                        f"but {OUTCOME_WORDS.get(b.outcome, 'answered')} about {tech_name} in {_describe(b)}"
                        + (" in answer to the same request" if family_of.get(a.id) and family_of.get(a.id) == family_of.get(b.id) else "")
                        + f". {len(ncnd)} of its notices about {tech_name} are NCND, {len(answered)} "
                        + ("confirmed holding information." if answered_side == "confirmed" else "denied holding any."),
                    )
                )
    return flags


def family_split(notices: list[Notice], family_of: dict, only: set | None = None) -> list[Flag]:
    authority_names, _ = _names()
    members: dict[str, list[Notice]] = {}
    for n in notices:
        if n.doc_type == "force_response" and n.id in family_of and (only is None or ("family", family_of[n.id]) in only):
            members.setdefault(family_of[n.id], []).append(n)
    flags = []
    for fid, group in sorted(members.items()):
        # Same scope only: an NCND on the whole request against a disclosure without NCND.
        ncnd = [n for n in group if n.ncnd == 1 and n.ncnd_scope == "full"]
        disclosed = [n for n in group if n.ncnd == 0 and n.outcome in DISCLOSED]
        if not ncnd or not disclosed:
            continue
        ncnd_forces = {n.authority_id for n in ncnd if n.authority_id}
        disclosing_forces = {n.authority_id for n in disclosed if n.authority_id}
        for a in ncnd:
            others = [d for d in disclosed if d.authority_id != a.authority_id or not a.authority_id]
            if not others:
                continue
            b = Answers(others, {}).closest(a, None)
            name_a = authority_names.get(a.authority_id, a.authority_id or "An unidentified authority")
            name_b = authority_names.get(b.authority_id, b.authority_id or "an unidentified authority")
            exemptions = ", ".join(a.exemptions)
            flags.append(
                Flag(
                    "family_split", a.authority_id, b.authority_id, None, fid, a.id, b.id,
                    f"{name_a} neither confirmed nor denied" + (f" (citing {exemptions})" if exemptions else "")
                    + f" in {_describe(a)}, while {name_b} {OUTCOME_WORDS.get(b.outcome, 'answered')} in {_describe(b)} in answer to the "
                    f"same request (family {fid}). Across the family, {len(ncnd_forces)} authorities gave NCND answers "
                    f"and {len(disclosing_forces)} disclosed.",
                )
            )
    return flags


def build(notices: list[Notice], family_of: dict, only: set | None = None) -> list[Flag]:
    """All flags, or only those of these groups (see groups_of): each group's flags depend on its
    members alone, so a rebuild recomputes only the groups a changed notice was or is in."""
    flags = {f.id: f for f in same_authority(notices, family_of, only) + family_split(notices, family_of, only)}
    return [flags[k] for k in sorted(flags)]


SAME_AUTHORITY_KINDS = ("same_authority_confirms_and_ncnds", "same_authority_denies_and_ncnds")


def rewrite_groups(db, groups: set, flags: list[Flag]) -> dict:
    """Replace the stored flags of these groups by `flags` (the flags of exactly these groups)."""
    deleted = 0
    for key in sorted(groups):
        if key[0] == "authority":
            cursor = db.execute(
                f"delete from consistency_flags where kind in ({','.join('?' * len(SAME_AUTHORITY_KINDS))}) "
                "and authority_id = ? and technology_id = ?", [*SAME_AUTHORITY_KINDS, key[1], key[2]])
        else:
            cursor = db.execute("delete from consistency_flags where kind = 'family_split' and family_id = ?", [key[1]])
        deleted += cursor.rowcount
    columns = ["id"] + FLAG_FIELDS
    db.conn.executemany(
        f"insert into consistency_flags ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
        [[row[c] for c in columns] for row in (flag.row() for flag in flags)],
    )
    return {"groups": len(groups), "deleted": deleted, "inserted": len(flags)}
