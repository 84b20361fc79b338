"""MinHash signatures of normalised texts, computed for many texts at once.

datasketch's MinHash hashes one set at a time in Python; a build has hundreds of thousands of
paragraphs, so the same "affine32" scheme (same permutations, same fmix pre-mix, same uint32
arithmetic) is applied here to a whole batch with numpy. tests/test_analyse_sketch.py checks that
every signature equals the one datasketch.MinHash computes for the same shingles, so the
signatures can be handed to datasketch.MinHashLSH and compared with MinHash.jaccard.
"""

from functools import lru_cache

import numpy as np

NUM_PERM = 64
SEED = 7
SCHEME = "affine32"
SHINGLE_WORDS = 3
CHUNK_SHINGLES = 100_000  # shingles per numpy batch: 100k x 64 x 4 bytes = 26 MB

_P = np.uint64(0x100000001B3)  # odd multiplier for the polynomial hash of characters
_Q = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier that chains word hashes into a shingle hash
_MASK32 = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=None)
def permutations(num_perm: int = NUM_PERM) -> np.ndarray:
    """datasketch's affine32 permutation parameters (a odd, b), shape (2, num_perm), uint32.

    Drawn as datasketch 2.0 draws them (tests/test_analyse_sketch.py compares the two) rather than
    asked of datasketch: importing it pulls in scipy, half a second a rebuild does not need.
    """
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer, as datasketch applies it before the affine32 permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _powers(base: np.uint64, n: int) -> np.ndarray:
    out = np.full(n, base, dtype=np.uint64)
    out[0] = 1
    return np.cumprod(out, dtype=np.uint64)


def _inverse(odd: int) -> np.uint64:
    return np.uint64(pow(int(odd), -1, 1 << 64))


def shingle_hashes(texts: list[str], k: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """uint32 hashes of every k-word shingle of every text, and offsets: text i owns [off[i], off[i+1]).

    Texts must be normalised (ASCII words separated by single spaces) and non-empty. A text shorter
    than k words is one shingle of all its words. Computed without a Python loop over words: a
    prefix polynomial hash over the joined bytes gives each word's hash in one vector operation.
    """
    joined = (" ".join(texts) + " ").encode("ascii", "replace")
    data = np.frombuffer(joined, dtype=np.uint8)
    n = len(data)
    is_space = data == 32
    # word starts/ends over the joined buffer (texts are separated by one space too)
    prev_space = np.empty(n, dtype=bool)
    prev_space[0] = True
    prev_space[1:] = is_space[:-1]
    starts = np.flatnonzero(~is_space & prev_space)
    ends = np.flatnonzero(~is_space & np.append(is_space[1:], True)) + 1
    powers = _powers(_P, n + 1)
    inverse_powers = _powers(_inverse(_P), n + 1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(data.astype(np.uint64) * powers[:n], dtype=np.uint64, out=prefix[1:])
    word_hash = (prefix[ends] - prefix[starts]) * inverse_powers[starts]
    word_hash = word_hash * _Q + (ends - starts).astype(np.uint64)  # mixes in the length too

    # which text each word belongs to
    lengths = np.fromiter((t.count(" ") + 1 for t in texts), dtype=np.int64, count=len(texts))
    first_word = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=first_word[1:])
    if first_word[-1] != len(word_hash):
        raise ValueError("texts must be normalised: single spaces, no leading or trailing space")

    # shingle i of a text starts at word i and spans min(k, words left in the text) words
    shingles_per_text = np.maximum(lengths - k + 1, 1)
    shingle_offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(shingles_per_text, out=shingle_offsets[1:])
    total = int(shingle_offsets[-1])
    text_of_shingle = np.repeat(np.arange(len(texts)), shingles_per_text)
    start_word = first_word[text_of_shingle] + (np.arange(total) - shingle_offsets[text_of_shingle])
    span = np.minimum(lengths[text_of_shingle], k)
    h = np.zeros(total, dtype=np.uint64)
    for j in range(k):
        inside = j < span
        h[inside] = h[inside] * _Q + word_hash[start_word[inside] + j]
    folded = ((h >> np.uint64(32)) ^ h) & _MASK32
    return folded.astype(np.uint32), shingle_offsets


def signatures(texts: list[str], num_perm: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (len(texts) x num_perm, uint32) and shingle counts per text."""
    a, b = permutations(num_perm)
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    sizes = np.empty(len(texts), dtype=np.int64)
    start = 0
    while start < len(texts):
        # take texts until the chunk holds about CHUNK_SHINGLES shingles
        stop, budget = start, 0
        while stop < len(texts) and (budget == 0 or budget + texts[stop].count(" ") < CHUNK_SHINGLES):
            budget += texts[stop].count(" ") + 1
            stop += 1
        hashes, offsets = shingle_hashes(texts[start:stop])
        with np.errstate(over="ignore"):
            # one row per permutation keeps each row contiguous for the reduction: ~15x faster
            permuted = np.multiply.outer(a, _fmix32(hashes))
            permuted += b[:, None]
        out[start:stop] = np.minimum.reduceat(permuted, offsets[:-1], axis=1).T
        sizes[start:stop] = np.diff(offsets)
        start = stop
    return out, sizes


def minhash(signature: np.ndarray) -> "MinHash":
    """A datasketch MinHash carrying a stored signature (for MinHashLSH and MinHash.jaccard)."""
    from datasketch import MinHash

    return MinHash(hashvalues=signature, permutations=permutations(len(signature)), scheme=SCHEME, seed=SEED)
