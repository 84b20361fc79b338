"""Request families: one request sent, with small edits, to many authorities.

A requester surveying every force sends the same questions 45 times; each copy names a different
force, numbers its questions differently, or moves a date. Normalisation folds those differences
away and MinHash LSH finds the copies, so the answers can be laid side by side.
"""

import hashlib
from dataclasses import dataclass

import numpy as np

from . import cluster
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


def hash_technologies(notices, indices, norm, rep_norm) -> int:
    """Two families can share a wording and differ in technologies: their ids must differ too."""
    techs = next(notices[i].request_technologies for i in indices if norm[i] == rep_norm)
    if not techs:
        return 0
    return int.from_bytes(hashlib.sha1("|".join(techs).encode()).digest()[:6], "little")


def build(notices: list[Notice], request_index: np.ndarray, sketches) -> RequestFamilies:
    """request_index[i] is the position of notice i's request among the distinct texts, or -1.

    A request joins a family only with requests that name the same technologies: "Do you use any
    of: drones, Palantir, Clearview?" and "... drones, Palantir, Rekognition?" are worded almost
    alike but ask different questions (on 100,000 generated notices this lifts precision from 0.60
    to 0.94 at the same recall).
    """
    raw_norm, norm_keys, signatures, _ = cluster.distinct_forms(sketches)
    eligible = np.array([n.doc_type in REQUEST_DOC_TYPES for n in notices], dtype=bool)
    norm = np.full(len(notices), -1, dtype=np.int64)
    has_text = request_index >= 0
    norm[has_text] = raw_norm[request_index[has_text]]
    members = np.flatnonzero(eligible & (norm >= 0))
    if len(members) == 0:
        return RequestFamilies([], [], {}, {"texts": 0, "leaders": 0, "families": 0})
    # items: distinct (technologies asked about, normalised wording)
    partitions: dict[tuple, int] = {}
    items: dict[tuple, int] = {}
    member_item = np.empty(len(members), dtype=np.int64)
    for j, i in enumerate(members.tolist()):
        part = partitions.setdefault(tuple(notices[i].request_technologies), len(partitions))
        member_item[j] = items.setdefault((part, int(norm[i])), len(items))
    item_partition = np.array([part for part, _ in items], dtype=np.int64)
    item_norm = np.array([form for _, form in items], dtype=np.int64)
    # a stable order (by wording key, then technologies) keeps leaders the same in any build
    order = np.lexsort((item_partition, norm_keys[item_norm]))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    weights = np.bincount(rank[member_item], minlength=len(items))
    item_labels, stats = cluster.leader_groups(signatures[item_norm[order]], weights, RULE, partition=item_partition[order])
    member_label = item_labels[rank[member_item]]  # a leader's position in `order`
    labels, counts = np.unique(member_label, return_counts=True)
    kept = set(labels[counts >= 2].tolist())
    centre = {int(label): int(item_norm[order[label]]) for label in kept}
    by_label: dict[int, list[int]] = {}
    for i, label in zip(members.tolist(), member_label.tolist()):
        if label in kept:
            by_label.setdefault(label, []).append(i)
    family_rows, member_rows, family_of = [], [], {}
    for label, indices in by_label.items():
        rep_norm = centre[label]
        fid = family_id("rf", int(norm_keys[rep_norm]) ^ hash_technologies(notices, indices, norm, rep_norm))
        indices.sort(key=lambda i: (notices[i].date or "9999", notices[i].id))
        rep_notice = next(i for i in indices if norm[i] == rep_norm)
        similarity = cluster.similarity_to(signatures, norm[indices], np.full(len(indices), rep_norm, dtype=np.int64))
        dates = sorted(notices[i].date for i in indices if notices[i].date)
        family_rows.append(
            {
                "id": fid,
                "representative_notice_id": notices[rep_notice].id,
                "representative_text": notices[rep_notice].request,
                "size": len(indices),
                "authority_count": len({notices[i].authority_id for i in indices if notices[i].authority_id}),
                "ncnd_count": sum(1 for i in indices if notices[i].ncnd == 1),
                "disclosed_count": sum(1 for i in indices if notices[i].outcome in DISCLOSED),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
            }
        )
        for i, sim in zip(indices, np.round(similarity, 3).tolist()):
            member_rows.append({"family_id": fid, "notice_id": notices[i].id, "similarity": sim})
            family_of[notices[i].id] = fid
    family_rows.sort(key=lambda r: r["id"])
    member_rows.sort(key=lambda r: (r["family_id"], r["notice_id"]))
    return RequestFamilies(family_rows, member_rows, family_of, stats | {"families": len(family_rows)})
