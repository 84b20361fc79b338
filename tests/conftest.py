import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED_000 = CORPUS / "000_84e63d2b671adfe2.txt"


@pytest.fixture
def seed_corpus(tmp_path):
    """A writable copy of the real corpus/ (five seeds and sources.csv)."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
