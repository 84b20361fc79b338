"""Which notice a row page shows: the plugins that add to the notice page ask the same question."""

from __future__ import annotations

from datasette.utils import urlsafe_components


def notice_page_id(view_name: str, table: str | None, request) -> str | None:
    """The notice id of a `/ncnd/notices/<id>` page, or None for any other page (or a compound key)."""
    if view_name != "row" or table != "notices" or request is None:
        return None
    pks = urlsafe_components(request.url_vars["pks"])
    return pks[0] if len(pks) == 1 else None
