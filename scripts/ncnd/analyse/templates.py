"""Template families: paragraphs that several authorities send in (nearly) the same words.

Forces answer NCND requests with national wording ("The threat from terrorism cannot be
ignored..."), edited a little on the way: the force's own name, "the MPS" for "the force", a
sentence dropped, a typo. A family is wording shared by at least two authorities; wording used by
one force alone is its house style, not a template.
"""

from dataclasses import dataclass

import numpy as np

from . import cluster
from .requests import family_id

# Paragraph copies lose whole sentences and run on into neighbours, so a pair also counts when the
# shorter copy lies mostly (75%) inside the longer one. 12 bands of 2 rows catch a pair at J = 0.38
# (the seeds' cut-short "threat from terrorism" paragraph) 85% of the time, at J = 0.5 97%.
RULE = cluster.Rule(bands=12, rows=2, min_jaccard=0.5, min_containment=0.75, containment_jaccard=0.3)
MIN_AUTHORITIES = 2


@dataclass
class TemplateFamilies:
    families: list[dict]
    passages: list[tuple]  # (notice_id, seq, family_id, similarity)
    templating: list[tuple]  # (notice_id, templated_passages, templated_chars, total_chars, share)
    stats: dict


def _date_number(value: str | None) -> int:
    """"2019-12-17" -> 20191217; unknown dates sort last."""
    if value and len(value) >= 10 and value[:4].isdigit():
        try:
            return int(value[:4] + value[5:7] + value[8:10])
        except ValueError:
            pass
    return 99_999_999


def request_confinement(occ_label: np.ndarray, occ_notice: np.ndarray, request_family: list) -> dict[int, tuple]:
    """Per template label: the request family most of its notices answer, and their share.

    Wording found only in answers to one request is usually that request's questions quoted back
    between the answers, not a template; the share lets readers set such families aside.
    """
    codes: dict[str, int] = {}
    notice_code = np.array([codes.setdefault(f, len(codes)) if f else -1 for f in request_family], dtype=np.int64)
    names = {code: name for name, code in codes.items()}
    pairs = np.unique(np.stack([occ_label, occ_notice]), axis=1) if len(occ_label) else np.empty((2, 0), dtype=np.int64)
    labels, notices_per_label = np.unique(pairs[0], return_counts=True)
    total = dict(zip(labels.tolist(), notices_per_label.tolist()))
    in_family = notice_code[pairs[1]] >= 0
    combos, counts = np.unique(np.stack([pairs[0][in_family], notice_code[pairs[1][in_family]]]), axis=1, return_counts=True) \
        if in_family.any() else (np.empty((2, 0), dtype=np.int64), np.empty(0, dtype=np.int64))
    best: dict[int, tuple] = {}
    for label, code, count in zip(combos[0].tolist(), combos[1].tolist(), counts.tolist()):
        if label not in best or count > best[label][1] or (count == best[label][1] and names[code] < best[label][0]):
            best[label] = (names[code], count)
    return {label: (name, round(count / total[label], 3)) for label, (name, count) in best.items()}


def build(notices, passage_notice: np.ndarray, passage_seq: np.ndarray, passage_raw: np.ndarray,
          raw_texts: list[str], sketches, chars_per_notice: dict[str, int],
          request_family: list | None = None) -> TemplateFamilies:
    """passage_notice/seq/raw: per passage, its notice's position in `notices`, its seq, and its text's
    position in raw_texts (the distinct passage texts, aligned with sketches). request_family: per
    notice, its request family id or None."""
    grouping = cluster.group_texts(sketches, RULE)
    occ_norm = grouping.raw_norm[passage_raw] if len(passage_raw) else np.empty(0, dtype=np.int64)
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
    pairs = np.unique(np.stack([occ_label[known], occ_authority[known]]), axis=1) if known.any() else np.empty((2, 0), dtype=np.int64)
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
    similarity = cluster.similarity_to(grouping.signatures, occ_norm, label_centre)

    confined = request_confinement(occ_label, occ_notice, request_family or [None] * len(notices))
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
        family_ids[label] = fid
        rep_occurrence = members[occ_norm[members] == rep_norm][0]
        dated = members[occ_date[members] < 99_999_999]
        first = notices[int(occ_notice[members[0]])]
        families.append(
            {
                "id": fid,
                "representative_text": raw_texts[int(passage_raw[occ_passage[rep_occurrence]])],
                "passage_count": int(end - start),
                "notice_count": int(len(np.unique(occ_notice[members]))),
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

    # per passage rows, built column-wise: there are millions of them in a large corpus
    notice_ids = np.array([n.id for n in notices], dtype=object)
    label_ids = np.array([family_ids[int(label)] for label in np.unique(occ_label)], dtype=object)
    family_column = label_ids[np.searchsorted(np.unique(occ_label), occ_label)] if len(occ_label) else label_ids
    passage_rows = list(zip(
        notice_ids[occ_notice].tolist(),
        passage_seq[occ_passage].tolist(),
        family_column.tolist(),
        np.round(similarity, 3).tolist(),
    ))
    raw_lengths = np.fromiter((len(t) for t in raw_texts), dtype=np.int64, count=len(raw_texts))
    templated_chars = np.bincount(occ_notice, weights=raw_lengths[passage_raw[occ_passage]], minlength=len(notices))
    templated_count = np.bincount(occ_notice, minlength=len(notices))
    templating = []
    for index, notice in enumerate(notices):
        total = chars_per_notice.get(notice.id)
        if not total:
            continue
        chars = int(templated_chars[index])
        templating.append((notice.id, int(templated_count[index]), chars, total, round(min(chars / total, 1.0), 3)))
    stats = grouping.stats | {"families": len(families), "templated_passages": len(passage_rows)}
    return TemplateFamilies(families, passage_rows, templating, stats)
