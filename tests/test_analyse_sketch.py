import numpy as np
import pytest
from datasketch import MinHash

from ncnd.analyse import cluster, sketch
from ncnd.analyse.text import normalise

TEXTS = [
    normalise("It is well established that police forces use covert tactics and surveillance to gain intelligence."),
    normalise("It is well established that police services use covert tactics and surveillance to gain intelligence."),
    normalise("Section 24"),
    "one",
    "two words",
]


def test_signatures_equal_datasketch_minhash_of_the_same_shingles():
    """The batch computation is datasketch's affine32 MinHash, value for value."""
    signatures, sizes = sketch.signatures(TEXTS)
    hashes, offsets = sketch.shingle_hashes(TEXTS)
    for i in range(len(TEXTS)):
        reference = MinHash(num_perm=sketch.NUM_PERM, seed=sketch.SEED, scheme=sketch.SCHEME, hashfunc=lambda x: x)
        reference.update_batch([int(h) for h in hashes[offsets[i] : offsets[i + 1]]])
        assert np.array_equal(reference.hashvalues, signatures[i])
        assert sketch.minhash(signatures[i]).jaccard(reference) == 1.0
    assert sizes.tolist() == [len(TEXTS[0].split()) - 2, len(TEXTS[1].split()) - 2, 1, 1, 1]


def test_permutations_are_datasketchs_own():
    for num_perm in (sketch.NUM_PERM, 128):
        expected = MinHash(num_perm=num_perm, seed=sketch.SEED, scheme=sketch.SCHEME).permutations
        assert np.array_equal(sketch.permutations(num_perm), expected)
        assert sketch.permutations(num_perm).dtype == expected.dtype


def test_shingles_are_word_trigrams_that_do_not_cross_texts():
    hashes, offsets = sketch.shingle_hashes(["a b c d", "b c d"])
    assert offsets.tolist() == [0, 2, 3]
    assert hashes[1] == hashes[2]  # "b c d" in both texts
    assert hashes[0] != hashes[1]
    with pytest.raises(ValueError):
        sketch.shingle_hashes(["double  space"])


def test_signatures_are_the_same_in_any_batch_and_chunk_size(monkeypatch):
    alone = np.vstack([sketch.signatures([t])[0] for t in TEXTS])
    monkeypatch.setattr(sketch, "CHUNK_SHINGLES", 5)
    assert np.array_equal(sketch.signatures(TEXTS)[0], alone)


def test_near_copies_group_and_others_stay_apart():
    signatures, sizes = sketch.signatures(TEXTS)
    labels, stats = cluster.group(signatures, sizes, cluster.Rule(bands=16, rows=2, min_jaccard=0.5))
    assert labels[0] == labels[1]
    assert len({labels[0], labels[2], labels[3], labels[4]}) == 4
    assert stats["candidate_pairs"] < len(TEXTS) * (len(TEXTS) - 1) // 2 + 1


def test_components_follow_chains():
    labels = cluster.components(6, np.array([4, 3, 1]), np.array([5, 4, 0]))
    assert labels.tolist() == [0, 0, 2, 3, 3, 3]


def test_a_passage_joining_two_paragraphs_cannot_fuse_their_families():
    # 0-1 and 2-3 are close pairs; 4 contains text of both and is attached to only one of them
    labels = np.array([0, 0, 2, 2, 4])
    nodes, partners = cluster.attachments(labels, np.array([0, 2]), np.array([4, 4]), np.array([0.35, 0.4]))
    assert nodes.tolist() == [4] and partners.tolist() == [2]
    merged = cluster.components(5, np.array([0, 2, 4]), np.array([1, 3, 2]))
    assert merged[0] != merged[2] and merged[4] == merged[2]
