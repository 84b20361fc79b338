"""A server that opened the database live sees an incremental build's commit and a full build's new file on
its next request, without a restart."""

import asyncio
import shutil

import yaml
from datasette.app import Datasette

from ncnd.build import build_database
from tests.test_plugin_setup import CORPUS, ROOT


def live_datasette(db_path) -> Datasette:
    return Datasette(
        files=[str(db_path)],
        metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()),
        plugins_dir=str(ROOT / "plugins"),
    )


def built_copy(tmp_path):
    """(corpus, db_path): the seed corpus copied under tmp_path and built, to build again in place."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    db_path = tmp_path / "ncnd.db"
    build_database(corpus, db_path, workers=1)
    return corpus, db_path


def count(ds) -> int:
    response = asyncio.run(ds.client.get("/ncnd.json?sql=select+count(*)+as+n+from+notices&_shape=array"))
    assert response.status_code == 200, response.text
    return response.json()[0]["n"]


def test_the_server_follows_both_kinds_of_build(tmp_path):
    corpus, db_path = built_copy(tmp_path)
    ds = live_datasette(db_path)
    assert count(ds) == 5
    (corpus / "extra.txt").write_text("Kent Police can neither confirm nor deny that it holds the information.")
    assert not build_database(corpus, db_path, workers=1).full
    assert count(ds) == 6  # the in-place commit
    inode = db_path.stat().st_ino
    (corpus / "extra-2.txt").write_text("Kent Police can neither confirm nor deny that it holds the information.")
    assert build_database(corpus, db_path, full=True, workers=1).full
    assert db_path.stat().st_ino != inode
    assert count(ds) == 7  # the renamed-in file
    response = asyncio.run(ds.client.get("/ncnd/notices/extra-2.json?_shape=array"))
    assert response.status_code == 200 and response.json()[0]["id"] == "extra-2"
    live = ds._ncnd_live_files[0]
    assert live.swaps == 1
