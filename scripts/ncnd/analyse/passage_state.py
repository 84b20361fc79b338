"""Every answer passage and question reduced to numbers, for a full analysis: its notice, seq, length,
text key and wording form.

Template families are computed over all 1.4 million passages of a large corpus, but from numbers
alone. A full analysis reads them here; a rebuild reads only the changed notices' passages and keeps
the rest in analysis_passages (see ncnd.analyse.store and template_state). Also the small helpers
both use: unique values and membership by sorting, and pickles that equal values turn into equal bytes.
"""

import io
import pickle
from dataclasses import dataclass

import numpy as np

from . import cache, corpus


@dataclass
class PassageState:
    notice_ids: list  # sorted: every notice analysed
    total_chars: np.ndarray  # per notice: characters of all its answer passages (0: none)
    p_notice: np.ndarray  # per answer passage of 80+ characters, ordered by (notice, seq)
    p_seq: np.ndarray
    p_chars: np.ndarray
    p_text: np.ndarray  # text key (analysis_sketches.key)
    p_form: np.ndarray  # normalised key, 0 when the text normalises to nothing
    q_notice: np.ndarray  # per question
    q_text: np.ndarray
    q_form: np.ndarray
    form_keys: np.ndarray  # sorted normalised keys of passage forms, with their signatures and sizes
    form_signatures: np.ndarray
    form_sizes: np.ndarray


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique(values) by sorting: numpy 2 finds plain unique values by hashing, which on a million
    int64 values takes a second where a sort takes a few hundredths."""
    ordered = np.sort(np.asarray(values))
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def found_in(values: np.ndarray, sorted_haystack: np.ndarray) -> np.ndarray:
    """np.isin(values, haystack) for a sorted haystack, by bisection (np.isin hashes a million values)."""
    if len(sorted_haystack) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_haystack, values), len(sorted_haystack) - 1)
    return sorted_haystack[at] == values


def loads(data: bytes, expected_version: str):
    """The stored value, or None when it was written by other code (another version or format)."""
    try:
        saved_version, *value = pickle.loads(data)
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError, ImportError):
        return None
    return value if saved_version == expected_version else None


def dumps(value) -> bytes:
    """Pickle without the memo, so equal values give equal bytes however they were built (a full and an
    incremental build must leave byte-identical state)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


def read(db, notices, workers=None) -> tuple[PassageState, int]:
    """Every notice's answer passages and questions as numbers (notices: all of them, in id order), and
    how many texts had to be sketched."""
    ids = [n.id for n in notices]
    position = {nid: i for i, nid in enumerate(ids)}
    total_chars = np.zeros(len(ids), dtype=np.int64)
    p_notice, p_seq, p_chars, p_text_at = [], [], [], []
    texts: dict[str, int] = {}
    for notice_id, seq, value in corpus.load_passages(db):
        if not value or notice_id not in position:
            continue
        at = position[notice_id]
        total_chars[at] += len(value)
        if len(value) < corpus.MIN_PASSAGE_CHARS:
            continue
        p_notice.append(at)
        p_seq.append(seq)
        p_chars.append(len(value))
        p_text_at.append(texts.setdefault(value, len(texts)))
    q_notice, q_text_at = [], []
    for notice_id, value in db.execute("select notice_id, text from questions where text is not null order by notice_id, seq"):
        if notice_id in position:
            q_notice.append(position[notice_id])
            q_text_at.append(texts.setdefault(value, len(texts)))
    sketches = cache.sketches_for(db, list(texts), workers)

    def column(values):
        return np.asarray(values, dtype=np.int64) if values else np.empty(0, dtype=np.int64)

    p_at, q_at = column(p_text_at), column(q_text_at)
    # the forms passages use, sorted by key (0: the text normalises to nothing)
    form_keys, first = np.unique(sketches.normalised_key[p_at], return_index=True)
    used = form_keys != 0
    state = PassageState(
        ids, total_chars, column(p_notice), column(p_seq), column(p_chars), sketches.keys[p_at], sketches.normalised_key[p_at],
        column(q_notice), sketches.keys[q_at], sketches.normalised_key[q_at],
        form_keys[used], sketches.signatures[p_at][first[used]], sketches.shingles[p_at][first[used]],
    )
    return state, sketches.computed
