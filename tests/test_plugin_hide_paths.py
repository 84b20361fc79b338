"""/-/databases.json and /-/databases do not tell where the database lives on the server."""

from tests.test_plugin_setup import ds, get, seed_db  # noqa: F401 (fixtures)


def test_databases_json_does_not_show_server_paths(ds, seed_db):
    for path in ("/-/databases.json", "/-/databases"):
        response = get(ds, path)
        assert response.status_code == 200
        assert str(seed_db.parent) not in response.text and "path" not in response.json()[0]
        assert response.json()[0]["name"] == "ncnd" and response.json()[0]["is_mutable"] is False
