"""plugins/ncnd_static_metadata.py: permissions from metadata are remembered, and still enforced."""

import asyncio

import yaml
from datasette.app import Datasette

from tests.test_plugin_setup import ROOT, seed_db  # noqa: F401 (fixture)


def test_a_table_closed_in_metadata_stays_closed_and_the_answer_is_remembered(seed_db):
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text())
    metadata["databases"]["ncnd"]["tables"]["build_errors"]["allow"] = {"id": "editor"}
    ds = Datasette(immutables=[str(seed_db)], metadata=metadata, plugins_dir=str(ROOT / "plugins"))

    async def run():
        await ds.invoke_startup()
        statuses = [(await ds.client.get(path)).status_code for path in ["/ncnd/build_errors", "/ncnd/notices"] * 3]
        return statuses, ds._table_permission_allows.cache_info()

    statuses, info = asyncio.run(run())
    assert statuses == [403, 200] * 3
    assert info.hits > 0
