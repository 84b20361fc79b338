"""Template families: paragraphs that several authorities send in (nearly) the same words.

Forces answer NCND requests with national wording ("The threat from terrorism cannot be
ignored..."), edited a little on the way: the force's own name, "the MPS" for "the force", a
sentence dropped, a typo. A family is wording shared by at least two authorities; wording used by
one force alone is its house style, not a template.
"""

from dataclasses import dataclass

import numpy as np

from . import cluster
from .passage_state import sorted_unique
from .requests import family_id

# Paragraph copies lose whole sentences and run on into neighbours, so a pair also counts when the
# shorter copy lies mostly (75%) inside the longer one. 12 bands of 2 rows catch a pair at J = 0.38
# (the seeds' cut-short "threat from terrorism" paragraph) 85% of the time, at J = 0.5 97%.
RULE = cluster.Rule(bands=12, rows=2, min_jaccard=0.5, min_containment=0.75, containment_jaccard=0.3)
MIN_AUTHORITIES = 2


@dataclass
class TemplateFamilies:
    families: list[dict]
    passage_family: np.ndarray  # per passage given: its family's key (family_id("tf", key)), NO_FAMILY when none
    passage_similarity: np.ndarray  # per passage: similarity to its family's representative, rounded
    templating: list[tuple]  # (notice_id, templated_passages, templated_chars, total_chars, share)
    stats: dict
    form_labels: np.ndarray | None = None  # per form given: its component's label (the lowest form position in it)


NO_FAMILY = -1
KEY_MASK = 0xFFFFFFFFFFFF


def _date_number(value: str | None) -> int:
    """"2019-12-17" -> 20191217; unknown dates sort last."""
    if value and len(value) >= 10 and value[:4].isdigit():
        try:
            return int(value[:4] + value[5:7] + value[8:10])
        except ValueError:
            pass
    return 99_999_999


def unique_pairs(first: np.ndarray, second: np.ndarray, return_counts: bool = False):
    """np.unique(np.stack([first, second]), axis=1) for non-negative integers, on one packed column
    (sorting a million pairs column-wise takes seconds; one int64 column a tenth of that)."""
    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    width = int(second.max()) + 1 if len(second) else 1
    packed = first * width + second
    codes, counts = np.unique(packed, return_counts=True) if return_counts else (sorted_unique(packed), None)
    pairs = np.stack([codes // width, codes % width]) if len(codes) else np.empty((2, 0), dtype=np.int64)
    return (pairs, counts) if return_counts else pairs


def request_confinement(occ_label: np.ndarray, occ_notice: np.ndarray, request_family: list) -> dict[int, tuple]:
    """Per template label: the request family most of its notices answer, and their share.

    Wording found only in answers to one request is usually that request's questions quoted back
    between the answers, not a template; the share lets readers set such families aside.
    """
    codes: dict[str, int] = {}
    notice_code = np.array([codes.setdefault(f, len(codes)) if f else -1 for f in request_family], dtype=np.int64)
    names = {code: name for name, code in codes.items()}
    pairs = unique_pairs(occ_label, occ_notice)
    labels, notices_per_label = np.unique(pairs[0], return_counts=True)
    total = dict(zip(labels.tolist(), notices_per_label.tolist()))
    in_family = notice_code[pairs[1]] >= 0
    combos, counts = unique_pairs(pairs[0][in_family], notice_code[pairs[1][in_family]], return_counts=True)
    best: dict[int, tuple] = {}
    for label, code, count in zip(combos[0].tolist(), combos[1].tolist(), counts.tolist()):
        if label not in best or count > best[label][1] or (count == best[label][1] and names[code] < best[label][0]):
            best[label] = (names[code], count)
    return {label: (name, round(count / total[label], 3)) for label, (name, count) in best.items()}


def build(notices, passage_notice: np.ndarray, passage_seq: np.ndarray, passage_form: np.ndarray,
          passage_chars: np.ndarray, form_keys: np.ndarray, form_signatures: np.ndarray, form_sizes: np.ndarray,
          total_chars: np.ndarray, request_family: list | None, representative_text) -> TemplateFamilies:
    """passage_notice/seq/form/chars: per passage, its notice's position in `notices`, its seq, the position
    of its wording among form_keys (sorted normalised keys; -1: no wording) and its length. total_chars:
    per notice, characters of all its answer passages. request_family: per notice, its request family
    id or None. representative_text(notice_id, seq): a passage's text."""
    labels, grouping_stats = cluster.group(form_signatures, form_sizes, RULE)
    grouping = cluster.Grouping(None, form_keys, form_signatures, labels, grouping_stats)
    occ_norm = passage_form
    valid = np.flatnonzero(occ_norm >= 0)
    occ_norm = occ_norm[valid]
    occ_notice = passage_notice[valid]
    occ_label = grouping.labels[occ_norm]

    authority_codes: dict[str, int] = {}
    notice_authority = np.array(
        [authority_codes.setdefault(n.authority_id, len(authority_codes)) if n.authority_id else -1 for n in notices],
        dtype=np.int64,
    )
    occ_authority = notice_authority[occ_notice] if len(occ_notice) else np.empty(0, dtype=np.int64)
    known = occ_authority >= 0
    pairs = unique_pairs(occ_label[known], occ_authority[known])
    labels_with_authority, authority_count = np.unique(pairs[0], return_counts=True)
    kept_labels = labels_with_authority[authority_count >= MIN_AUTHORITIES]
    authorities_of = dict(zip(labels_with_authority.tolist(), authority_count.tolist()))

    in_family = np.isin(occ_label, kept_labels)
    occ = np.flatnonzero(in_family)
    occ_label, occ_norm, occ_notice = occ_label[occ], occ_norm[occ], occ_notice[occ]
    occ_passage = valid[occ]  # back to positions in the passage arrays

    weights = np.bincount(occ_norm, minlength=len(grouping.norm_keys))
    centre = cluster.representatives(grouping.labels, weights)
    centre_of_label = np.full(len(grouping.labels), -1, dtype=np.int64)
    centre_of_label[list(centre)] = list(centre.values())
    label_centre = centre_of_label[occ_label]
    # similarity depends only on the wording and its family's centre: computed once per form
    form_centre = centre_of_label[grouping.labels]
    used_forms = np.flatnonzero(form_centre >= 0)
    form_similarity = np.zeros(len(grouping.labels))
    form_similarity[used_forms] = cluster.similarity_to(grouping.signatures, used_forms, form_centre[used_forms])
    similarity = form_similarity[occ_norm]

    confined = request_confinement(occ_label, occ_notice, request_family or [None] * len(notices))
    label_notices = unique_pairs(occ_label, occ_notice)[0]
    counted_labels, notices_per_label = np.unique(label_notices, return_counts=True)
    notice_count = dict(zip(counted_labels.tolist(), notices_per_label.tolist()))
    notice_dates = np.array([_date_number(n.date) for n in notices], dtype=np.int64)
    occ_date = notice_dates[occ_notice]
    # per family, occurrences ordered by date then notice: the first is where it was first seen
    order = np.lexsort((occ_notice, occ_date, occ_label))
    starts = np.flatnonzero(np.r_[True, occ_label[order][1:] != occ_label[order][:-1]]) if len(order) else np.empty(0, dtype=np.int64)
    ends = np.r_[starts[1:], len(order)]

    families, family_ids = [], {}
    for start, end in zip(starts.tolist(), ends.tolist()):
        members = order[start:end]
        label = int(occ_label[members[0]])
        rep_norm = centre[label]
        fid = family_id("tf", int(grouping.norm_keys[rep_norm]))
        family_ids[label] = int(grouping.norm_keys[rep_norm]) & KEY_MASK
        rep_occurrence = members[occ_norm[members] == rep_norm][0]
        dated = members[occ_date[members] < 99_999_999]
        first = notices[int(occ_notice[members[0]])]
        families.append(
            {
                "id": fid,
                "representative_text": representative_text(notices[int(occ_notice[rep_occurrence])].id,
                                                           int(passage_seq[occ_passage[rep_occurrence]])),
                "passage_count": int(end - start),
                "notice_count": int(notice_count[label]),
                "authority_count": int(authorities_of[label]),
                "first_seen": notices[int(occ_notice[dated[0]])].date if len(dated) else None,
                "last_seen": notices[int(occ_notice[dated[-1]])].date if len(dated) else None,
                "first_notice_id": first.id,
                "first_authority_id": first.authority_id,
                "request_family_id": confined.get(label, (None, 0.0))[0],
                "request_family_share": confined.get(label, (None, 0.0))[1],
            }
        )
    families.sort(key=lambda r: r["id"])

    # per passage columns: there are millions of passages in a large corpus
    passage_family = np.full(len(passage_notice), NO_FAMILY, dtype=np.int64)
    passage_similarity = np.full(len(passage_notice), np.nan)
    if len(occ_label):
        unique_labels = sorted_unique(occ_label)
        label_keys = np.array([family_ids[int(label)] for label in unique_labels], dtype=np.int64)
        passage_family[occ_passage] = label_keys[np.searchsorted(unique_labels, occ_label)]
        passage_similarity[occ_passage] = np.round(similarity, 3)
    templated_chars = np.bincount(occ_notice, weights=passage_chars[occ_passage], minlength=len(notices))
    templated_count = np.bincount(occ_notice, minlength=len(notices))
    templating = []
    for index in np.flatnonzero(total_chars).tolist():
        total = int(total_chars[index])
        chars = int(templated_chars[index])
        templating.append((notices[index].id, int(templated_count[index]), chars, total, round(min(chars / total, 1.0), 3)))
    stats = grouping.stats | {"families": len(families), "templated_passages": len(occ_passage)}
    return TemplateFamilies(families, passage_family, passage_similarity, templating, stats, labels)


def passage_rows(notice_ids: list, passage_notice, passage_seq, passage_family, passage_similarity) -> list[tuple]:
    """passage_templates rows (notice_id, seq, family_id, similarity) of the templated passages."""
    chosen = np.flatnonzero(passage_family != NO_FAMILY)
    ids = np.asarray(notice_ids, dtype=object)
    return list(zip(
        ids[passage_notice[chosen]].tolist(),
        passage_seq[chosen].tolist(),
        [f"tf-{key:012x}" for key in passage_family[chosen].tolist()],
        passage_similarity[chosen].tolist(),
    ))
