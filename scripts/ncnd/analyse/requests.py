"""Request families: one request sent, with small edits, to many authorities.

A requester surveying every force sends the same questions 45 times; each copy names a different
force, numbers its questions differently, or moves a date. Normalisation folds those differences
away and MinHash LSH finds the copies, so the answers can be laid side by side.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import cache, cluster, passage_state
from .corpus import REQUEST_DOC_TYPES, Notice
from .passage_state import found_in

# Requests on one subject often share a preamble ("For the avoidance of doubt, by NLEDS I mean...")
# and differ in their questions, so requests are grouped around leaders (the wording most often
# sent), never chained, and a copy must keep 65% of the leader's word trigrams. On 10,000 generated
# notices (bench/families.py) 0.60 gives P 0.91 R 0.90, 0.65 P 0.94 R 0.89, 0.70 P 0.96 R 0.87.
# 10 bands of 3 rows find a leader at J = 0.65 almost always (P = 0.96).
RULE = cluster.Rule(bands=10, rows=3, min_jaccard=0.65, leaders=True)
DISCLOSED = ("disclosed", "partially_disclosed")


@dataclass
class RequestFamilies:
    families: list[dict]
    members: list[dict]
    family_of: dict  # notice id -> family id
    stats: dict


def family_id(prefix: str, key: int) -> str:
    return f"{prefix}-{key & 0xFFFFFFFFFFFF:012x}"


# Families never cross technology groups (see build_partition), so each group is grouped on its own and
# stored on its own (one analysis_state row per group): a rebuild reads, groups again and rewrites only
# the groups that a changed notice was in or is in now.
STATE_TABLE = "analysis_state"
STATE_PREFIX = "requests:"


class Member(NamedTuple):
    """What grouping a request needs of its notice; the request text itself is read only for representatives."""

    id: str
    date: str | None
    authority_id: str | None
    ncnd: int | None
    outcome: str | None
    norm_key: int  # normalised key of the request (0: normalises to nothing)


@dataclass
class Partition:
    members: list  # Member, sorted by id
    form_keys: np.ndarray  # sorted normalised keys of the members' requests, with their signatures
    form_signatures: np.ndarray
    family_rows: list
    member_rows: list
    stats: dict
    form_weights: np.ndarray | None = None  # members per form, and the form that leads its group
    form_leaders: np.ndarray | None = None


def partition_of(notice: Notice) -> tuple | None:
    """The technology group a notice's request is grouped in (None: it takes part in no family)."""
    if notice.doc_type in REQUEST_DOC_TYPES and notice.request:
        return tuple(notice.request_technologies)
    return None


def state_key(part: tuple) -> str:
    return STATE_PREFIX + json.dumps(list(part))


def build_partition(techs: tuple, members: list[Member], form_keys: np.ndarray, form_signatures: np.ndarray,
                    request_of, previous: Partition | None = None) -> Partition:
    """Families of one technology group. form_keys / form_signatures: sorted normalised keys of its
    requests and their signatures; request_of(member): the member's request text (representatives only).

    A request joins a family only with requests that name the same technologies: "Do you use any
    of: drones, Palantir, Clearview?" and "... drones, Palantir, Rekognition?" are worded almost
    alike but ask different questions (on 100,000 generated notices this lifts precision from 0.60
    to 0.94 at the same recall). Two groups can share a wording, so the id mixes in the technologies.

    previous: the group as stored; when its members use the same wordings as often as before (one
    changed only its answer, date or outcome), its leaders are kept rather than chosen again.
    """
    members = sorted(members, key=lambda m: m.id)
    norm_keys = np.array([m.norm_key for m in members], dtype=np.int64)
    has_form = np.flatnonzero(norm_keys != 0)
    if len(has_form) == 0:
        empty = np.empty(0, dtype=np.int64)
        return Partition(members, form_keys[:0], form_signatures[:0], [], [], {"texts": 0, "leaders": 0}, empty, empty)
    grouped = [members[i] for i in has_form.tolist()]
    keys, member_item = np.unique(norm_keys[has_form], return_inverse=True)
    item_signatures = form_signatures[np.searchsorted(form_keys, keys)]
    weights = np.bincount(member_item, minlength=len(keys))
    if (previous is not None and previous.form_weights is not None and np.array_equal(previous.form_keys, keys)
            and np.array_equal(previous.form_weights, weights)):
        item_labels, stats = np.searchsorted(keys, previous.form_leaders), previous.stats
    else:
        item_labels, stats = cluster.leader_groups(item_signatures, weights, RULE)
    member_label = item_labels[member_item]
    labels, counts = np.unique(member_label, return_counts=True)
    kept = set(labels[counts >= 2].tolist())
    by_label: dict[int, list[int]] = {}
    for j, label in enumerate(member_label.tolist()):
        if label in kept:
            by_label.setdefault(label, []).append(j)
    tech_hash = int.from_bytes(hashlib.sha1("|".join(techs).encode()).digest()[:6], "little") if techs else 0
    family_rows, member_rows = [], []
    for label, indices in by_label.items():
        fid = family_id("rf", int(keys[label]) ^ tech_hash)
        indices.sort(key=lambda j: (grouped[j].date or "9999", grouped[j].id))
        rep = next(j for j in indices if member_item[j] == label)
        similarity = cluster.similarity_to(item_signatures, member_item[indices], np.full(len(indices), label, dtype=np.int64))
        group = [grouped[j] for j in indices]
        dates = sorted(n.date for n in group if n.date)
        family_rows.append(
            {
                "id": fid,
                "representative_notice_id": grouped[rep].id,
                "representative_text": request_of(grouped[rep]),
                "size": len(group),
                "authority_count": len({n.authority_id for n in group if n.authority_id}),
                "ncnd_count": sum(1 for n in group if n.ncnd == 1),
                "disclosed_count": sum(1 for n in group if n.outcome in DISCLOSED),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
            }
        )
        for n, sim in zip(group, np.round(similarity, 3).tolist()):
            member_rows.append({"family_id": fid, "notice_id": n.id, "similarity": sim})
    family_rows.sort(key=lambda r: r["id"])
    member_rows.sort(key=lambda r: (r["family_id"], r["notice_id"]))
    used = found_in(form_keys, keys)
    return Partition(members, form_keys[used], form_signatures[used], family_rows, member_rows, stats, weights, keys[item_labels])


def member_of(notice: Notice, norm_key: int) -> Member:
    return Member(notice.id, notice.date, notice.authority_id, notice.ncnd, notice.outcome, int(norm_key))


FAMILY_COLUMNS = ["id", "representative_notice_id", "representative_text", "size", "authority_count", "ncnd_count",
                  "disclosed_count", "first_date", "last_date"]
MEMBER_COLUMNS = ["family_id", "notice_id", "similarity"]


def save_partition(db, version: str, part: tuple, partition: Partition) -> None:
    """Stored as tuples and array bytes: a group of thousands of notices is read back in milliseconds."""
    payload = passage_state.dumps((
        version, [tuple(m) for m in partition.members], partition.form_keys.tobytes(), partition.form_signatures.tobytes(),
        [tuple(row[c] for c in FAMILY_COLUMNS) for row in partition.family_rows],
        [tuple(row[c] for c in MEMBER_COLUMNS) for row in partition.member_rows], partition.stats,
        partition.form_weights.astype(np.int64).tobytes(), partition.form_leaders.astype(np.int64).tobytes(),
    ))
    db.execute(f"insert or replace into [{STATE_TABLE}] (key, value) values (?, ?)", [state_key(part), payload])


UNREADABLE = "unreadable"


def load_partition(db, version: str, part: tuple):
    """The stored group; None when there is none, UNREADABLE when what is stored was written by other code."""
    row = db.execute(f"select value from [{STATE_TABLE}] where key = ?", [state_key(part)]).fetchone()
    if row is None:
        return None
    stored = passage_state.loads(row[0], version)
    if stored is None:
        return UNREADABLE
    members, keys, signatures, family_rows, member_rows, stats, weights, leaders = stored
    form_keys = np.frombuffer(keys, dtype=np.int64)
    form_signatures = np.frombuffer(signatures, dtype=np.uint32).reshape(len(form_keys), -1)
    return Partition([Member._make(m) for m in members], form_keys, form_signatures,
                     [dict(zip(FAMILY_COLUMNS, row)) for row in family_rows], [dict(zip(MEMBER_COLUMNS, row)) for row in member_rows],
                     stats, np.frombuffer(weights, dtype=np.int64), np.frombuffer(leaders, dtype=np.int64))


def build_all(db, notices: list[Notice], version: str, workers=None) -> tuple[RequestFamilies, int]:
    """Every group's families, each group stored for later rebuilds. Returns the families and how many
    request texts had to be sketched."""
    parts = {n.id: partition_of(n) for n in notices}
    db.execute(f"delete from [{STATE_TABLE}] where key like ?", [STATE_PREFIX + "%"])
    texts: dict[str, int] = {}
    at = {n.id: texts.setdefault(n.request, len(texts)) for n in notices if parts[n.id] is not None}
    sketches = cache.sketches_for(db, list(texts), workers)
    by_part: dict[tuple, list[Notice]] = {}
    for n in notices:
        if parts[n.id] is not None:
            by_part.setdefault(parts[n.id], []).append(n)
    request_of = {n.id: n.request for n in notices}
    results = {}
    for part, group in sorted(by_part.items()):
        rows = np.array([at[n.id] for n in group], dtype=np.int64)
        form_keys, first = np.unique(sketches.normalised_key[rows], return_index=True)
        signatures = sketches.signatures[rows][first]
        members = [member_of(n, k) for n, k in zip(group, sketches.normalised_key[rows].tolist())]
        results[part] = build_partition(part, members, form_keys, signatures, lambda m: request_of[m.id])
        save_partition(db, version, part, results[part])
    return collect(results, len(results)), sketches.computed


def collect(results: dict, regrouped: int) -> RequestFamilies:
    family_rows = [row for p in results.values() for row in p.family_rows]
    member_rows = [row for p in results.values() for row in p.member_rows]
    family_rows.sort(key=lambda r: r["id"])
    member_rows.sort(key=lambda r: (r["family_id"], r["notice_id"]))
    stats = {"texts": sum(p.stats["texts"] for p in results.values()), "leaders": sum(p.stats["leaders"] for p in results.values()),
             "families": len(family_rows), "groups_regrouped": regrouped}
    family_of = {row["notice_id"]: row["family_id"] for row in member_rows}
    return RequestFamilies(family_rows, member_rows, family_of, stats)
