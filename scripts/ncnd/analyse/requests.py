"""Request families: one request sent, with small edits, to many authorities.

A requester surveying every force sends the same questions 45 times; each copy names a different
force, numbers its questions differently, or moves a date. Normalisation folds those differences
away and MinHash LSH finds the copies, so the answers can be laid side by side.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import cache, cluster, passage_state
from .corpus import REQUEST_DOC_TYPES, Notice

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


# Families never cross technology groups (see build), so each group is grouped on its own; a rebuild
# groups again only the groups that a changed notice was in or is in now, and keeps the others' rows.
STATE_TABLE = "analysis_state"
STATE_KEY = "requests"


def partition_of(notice: Notice) -> tuple | None:
    """The technology group a notice's request is grouped in (None: it takes part in no family)."""
    if notice.doc_type in REQUEST_DOC_TYPES and notice.request:
        return tuple(notice.request_technologies)
    return None


def state_version() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256(cache.version().encode())
    for name in ("requests.py", "cluster.py", "corpus.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def build_partition(techs: tuple, members: list[Notice], norm_keys: np.ndarray, signatures: np.ndarray) -> tuple:
    """(family rows, member rows, stats) of one technology group; norm_keys / signatures per member's request.

    A request joins a family only with requests that name the same technologies: "Do you use any
    of: drones, Palantir, Clearview?" and "... drones, Palantir, Rekognition?" are worded almost
    alike but ask different questions (on 100,000 generated notices this lifts precision from 0.60
    to 0.94 at the same recall). Two groups can share a wording, so the id mixes in the technologies.
    """
    has_form = np.flatnonzero(norm_keys != 0)
    if len(has_form) == 0:
        return [], [], {"texts": 0, "leaders": 0}
    members = [members[i] for i in has_form.tolist()]
    keys, first, member_item = np.unique(norm_keys[has_form], return_index=True, return_inverse=True)
    item_signatures = signatures[has_form][first]
    weights = np.bincount(member_item, minlength=len(keys))
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
        indices.sort(key=lambda j: (members[j].date or "9999", members[j].id))
        rep = next(j for j in indices if member_item[j] == label)
        similarity = cluster.similarity_to(item_signatures, member_item[indices], np.full(len(indices), label, dtype=np.int64))
        group = [members[j] for j in indices]
        dates = sorted(n.date for n in group if n.date)
        family_rows.append(
            {
                "id": fid,
                "representative_notice_id": members[rep].id,
                "representative_text": members[rep].request,
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
    return family_rows, member_rows, stats


def _load_state(db):
    if STATE_TABLE not in db.table_names():
        return None
    row = db.execute(f"select value from [{STATE_TABLE}] where key = ?", [STATE_KEY]).fetchone()
    if row is None:
        return None
    return passage_state.loads(row[0], state_version())


def build_incremental(db, notices: list[Notice], dirty: set | None, workers=None) -> tuple[RequestFamilies, int, dict | None]:
    """Request families, grouping again only the technology groups a changed notice was or is in.

    dirty: notices whose rows changed since the stored groups were made (None: unknown, group all).
    Returns the families, how many request texts had to be sketched, and each notice's family as
    stored before (None when nothing was stored).
    """
    parts = {n.id: partition_of(n) for n in notices}
    stored = _load_state(db) if dirty is not None else None
    results: dict = {}
    previous_family_of = None
    if stored is None:
        touched = set(parts.values()) - {None}
    else:
        old_parts, old_results = stored
        touched = ({old_parts.get(i) for i in dirty} | {parts.get(i) for i in dirty}) - {None}
        results = {p: r for p, r in old_results.items() if p not in touched}
        previous_family_of = {row["notice_id"]: row["family_id"] for _, mems, _ in old_results.values() for row in mems}
    members: dict[tuple, list[Notice]] = {}
    for n in notices:
        part = parts[n.id]
        if part in touched:
            members.setdefault(part, []).append(n)
    texts: dict[str, int] = {}
    text_of = {p: np.array([texts.setdefault(n.request, len(texts)) for n in group], dtype=np.int64) for p, group in members.items()}
    sketches = cache.sketches_for(db, list(texts), workers)
    for part, group in members.items():
        at = text_of[part]
        results[part] = build_partition(part, group, sketches.normalised_key[at], sketches.signatures[at])
    if STATE_TABLE not in db.table_names():
        db[STATE_TABLE].create({"key": str, "value": bytes}, pk="key")
    results = dict(sorted(results.items()))
    payload = passage_state.dumps((state_version(), parts, results))
    db.execute(f"insert or replace into [{STATE_TABLE}] (key, value) values (?, ?)", [STATE_KEY, payload])

    family_rows = [row for fams, _, _ in results.values() for row in fams]
    member_rows = [row for _, mems, _ in results.values() for row in mems]
    family_rows.sort(key=lambda r: r["id"])
    member_rows.sort(key=lambda r: (r["family_id"], r["notice_id"]))
    stats = {"texts": sum(r[2]["texts"] for r in results.values()), "leaders": sum(r[2]["leaders"] for r in results.values()),
             "families": len(family_rows), "groups_regrouped": len(members)}
    family_of = {row["notice_id"]: row["family_id"] for row in member_rows}
    return RequestFamilies(family_rows, member_rows, family_of, stats), sketches.computed, previous_family_of
