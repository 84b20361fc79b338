"""Group near-duplicate texts with MinHash LSH, never comparing every pair.

Each signature falls into one bucket per band (the band's values, as datasketch.MinHashLSH keys its
buckets); texts that share a bucket are candidates. Each bucket is checked as a star (every member against the bucket's lowest-numbered
member), so the work is linear in the number of texts times the number of bands, however large a
bucket grows. Close pairs are joined into connected components: a paragraph edited twice over
still lands with the original through its intermediate copies. A text that is only contained in
(or contains) others joins just one of them, so a passage that runs two template paragraphs
together cannot fuse their families into one.
"""

from dataclasses import dataclass

import numpy as np

PAIR_CHUNK = 500_000  # candidate pairs verified per numpy batch


@dataclass(frozen=True)
class Rule:
    """When two texts count as the same wording.

    bands x rows picks the LSH's sensitivity; min_jaccard accepts a pair outright; a pair with at
    least containment_jaccard is also accepted when the shorter text lies mostly inside the longer
    (min_containment): a paragraph that one force cut short, or ran on into the next paragraph.
    """

    bands: int
    rows: int
    min_jaccard: float
    min_containment: float | None = None
    containment_jaccard: float = 1.0
    leaders: bool = False  # group around leaders (no chaining) instead of connected components


def band_buckets(signatures: np.ndarray, rule: Rule, band: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, starts): the signature indices sorted by this band's values (ties by index), and where
    each bucket of equal values starts in that order. Same buckets as datasketch.MinHashLSH, which keys
    a bucket by the band's values as bytes."""
    values = signatures[:, band * rule.rows : (band + 1) * rule.rows]
    order = np.lexsort((np.arange(len(values)),) + tuple(values[:, j] for j in reversed(range(rule.rows))))
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)]) if len(order) else order
    return order, starts


def candidate_pairs(signatures: np.ndarray, rule: Rule) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) index pairs that share at least one LSH bucket, each bucket read as a star around its
    lowest index; sorted by bands with numpy rather than a Python insert per text."""
    n = len(signatures)
    if n < 2:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    codes = []
    for band in range(rule.bands):
        order, starts = band_buckets(signatures, rule, band)
        first = np.zeros(n, dtype=bool)
        first[starts] = True
        bucket = np.cumsum(first) - 1
        centre = order[starts][bucket]
        member = order != centre
        codes.append(centre[member].astype(np.int64) * n + order[member])
    codes = np.unique(np.concatenate(codes))
    return codes // n, codes % n


def estimated_jaccard(signatures: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(len(a), dtype=np.float64)
    for start in range(0, len(a), PAIR_CHUNK):
        stop = start + PAIR_CHUNK
        out[start:stop] = (signatures[a[start:stop]] == signatures[b[start:stop]]).mean(axis=1)
    return out


def accepted(jaccard: np.ndarray, size_a: np.ndarray, size_b: np.ndarray, rule: Rule) -> np.ndarray:
    keep = jaccard >= rule.min_jaccard
    if rule.min_containment is not None:
        # |A n B| = J (|A| + |B|) / (1 + J); containment = |A n B| / min(|A|, |B|)
        overlap = jaccard * (size_a + size_b) / (1.0 + jaccard)
        containment = overlap / np.maximum(np.minimum(size_a, size_b), 1)
        keep |= (jaccard >= rule.containment_jaccard) & (containment >= rule.min_containment)
    return keep


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label (the smallest member index) for every node, by min-label propagation."""
    labels = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return labels
    while True:
        low = np.minimum(labels[a], labels[b])
        before = labels.copy()
        np.minimum.at(labels, a, low)
        np.minimum.at(labels, b, low)
        labels = labels[labels]  # pointer jumping: follow labels to their own labels
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        if np.array_equal(labels, before):
            return labels


def attachments(labels: np.ndarray, a: np.ndarray, b: np.ndarray, jaccard: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each text with no close partner, its single best containment partner (most similar).

    Every chosen edge starts at such a lone text, so no chain of them can join two groups that
    each have close members: a component ends up with at most one group of close texts.
    """
    core_size = np.bincount(labels, minlength=len(labels))
    nodes = np.concatenate([a, b])
    partners = np.concatenate([b, a])
    similarity = np.concatenate([jaccard, jaccard])
    lone = (core_size[labels[nodes]] == 1) & (labels[nodes] != labels[partners])
    nodes, partners, similarity = nodes[lone], partners[lone], similarity[lone]
    if len(nodes) == 0:
        return nodes, partners
    order = np.lexsort((partners, -similarity, nodes))
    first = order[np.r_[True, nodes[order][1:] != nodes[order][:-1]]]
    return nodes[first], partners[first]


def group(signatures: np.ndarray, sizes: np.ndarray, rule: Rule) -> tuple[np.ndarray, dict]:
    """Component labels for each signature, and counts that show how much work the LSH saved."""
    a, b = candidate_pairs(signatures, rule)
    jaccard = estimated_jaccard(signatures, a, b)
    keep = accepted(jaccard, sizes[a].astype(np.float64), sizes[b].astype(np.float64), rule)
    close = keep & (jaccard >= rule.min_jaccard)
    labels = components(len(signatures), a[close], b[close])
    contained = keep & ~close
    attached = 0
    if contained.any():
        nodes, partners = attachments(labels, a[contained], b[contained], jaccard[contained])
        attached = len(nodes)
        labels = components(len(signatures), np.concatenate([a[close], nodes]), np.concatenate([b[close], partners]))
    stats = {"texts": len(signatures), "candidate_pairs": int(len(a)), "close_pairs": int(close.sum()), "attached": attached}
    return labels, stats


def similarity_to(signatures: np.ndarray, items: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of each item to its centre (1.0 for the centre itself)."""
    return estimated_jaccard(signatures, items, centres)


@dataclass
class Grouping:
    """Near-duplicate components over the distinct normalised forms of a list of raw texts."""

    raw_norm: np.ndarray  # per raw text: index of its normalised form, -1 when it normalises to nothing
    norm_keys: np.ndarray  # per normalised form, sorted: its key
    signatures: np.ndarray  # per normalised form
    labels: np.ndarray  # per normalised form: component label
    stats: dict


def representatives(labels: np.ndarray, weights: np.ndarray) -> dict[int, int]:
    """Per component label, its member with the largest weight (ties: lowest index)."""
    order = np.lexsort((np.arange(len(labels)), -weights, labels))
    firsts = order[np.r_[True, labels[order][1:] != labels[order][:-1]]] if len(order) else order
    return {int(labels[i]): int(i) for i in firsts}


def leader_groups(signatures: np.ndarray, weights: np.ndarray, rule: Rule,
                  partition: np.ndarray | None = None) -> tuple[np.ndarray, dict]:
    """Each text joins the most similar leader (a text seen more often), or leads a group itself.

    Unlike connected components this never chains: every member is within min_jaccard of its
    group's leader, so two requests on one subject that share a preamble, each similar to a third
    text, stay two families. The LSH holds only leaders, which are mutually dissimilar, so its
    buckets stay small and every query is cheap. partition: a text only joins a leader with the
    same partition value.
    """
    n = len(signatures)
    labels = np.arange(n, dtype=np.int64)
    # one dict per band from the band's values (as bytes, like datasketch's buckets) to the leaders in it
    band_keys = [np.ascontiguousarray(signatures[:, b * rule.rows : (b + 1) * rule.rows]) for b in range(rule.bands)]
    buckets: list[dict] = [{} for _ in range(rule.bands)]
    leaders = 0
    for i in np.lexsort((np.arange(n), -weights)).tolist():
        keys = [band_keys[b][i].tobytes() for b in range(rule.bands)]
        found = set()
        for b, key in enumerate(keys):
            found.update(buckets[b].get(key, ()))
        candidates = sorted(found)
        if candidates and partition is not None:
            candidates = [c for c in candidates if partition[c] == partition[i]]
        if candidates:
            candidates = np.asarray(candidates, dtype=np.int64)
            similarity = (signatures[candidates] == signatures[i]).mean(axis=1)
            best = int(np.argmax(similarity))  # first maximum: the lowest index among ties
            if similarity[best] >= rule.min_jaccard:
                labels[i] = candidates[best]
                continue
        for b, key in enumerate(keys):
            buckets[b].setdefault(key, []).append(i)
        leaders += 1
    return labels, {"texts": n, "leaders": leaders}
