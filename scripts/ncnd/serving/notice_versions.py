"""A notice's other versions: "this page changed on ..." / "withdrawn on ...", with a word diff.

`ncnd fetch` keeps every version of a source page as its own corpus file and notice; the build lists them
in document_versions. A notice page whose address has other versions, or that was withdrawn at the
source, says so above the text and shows what changed between this version and the next (or, for the
newest, the one before), word by word. Words come from notices, so every one is escaped. The notice page
(plugins/ncnd_notice_page.py) reads the versions with the rest of the notice, in one SQL call.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from markupsafe import Markup, escape

MAX_WORDS = 30_000  # beyond this a word diff is slow and unreadable: the page says so instead
CONTEXT_WORDS = 12  # unchanged words kept on each side of a change


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> Markup | None:
    """Old and new text as one escaped run, removals in <del>, additions in <ins>, long unchanged runs cut."""
    a, b = (old or "").split(), (new or "").split()
    if len(a) > MAX_WORDS or len(b) > MAX_WORDS:
        return None
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            words = a[i1:i2]
            if len(words) > 2 * context:
                head = words[:context] if out else []
                tail = words[-context:] if i2 < len(a) or j2 < len(b) else []
                skipped = len(words) - len(head) - len(tail)
                out.append(escape(" ".join(head)))
                out.append(Markup(f' <span class="diff-skip">[{skipped} words unchanged]</span> '))
                out.append(escape(" ".join(tail)))
            else:
                out.append(escape(" ".join(words)))
            continue
        if i2 > i1:
            out.append(Markup("<del>") + escape(" ".join(a[i1:i2])) + Markup("</del>"))
        if j2 > j1:
            out.append(Markup("<ins>") + escape(" ".join(b[j1:j2])) + Markup("</ins>"))
    return Markup(" ").join(part for part in out if part)


VERSIONS_SQL = """select v.*, n.id as version_notice_id, n.body
   from document_versions v left join notices n on n.document_path = v.path
   where v.url = (select url from document_versions where path = (select document_path from notices where id = ?))
   order by v.version"""


def read_versions(conn, notice_id: str) -> list[dict]:
    """Every version of the notice's source address, oldest first (empty when it has none)."""
    return [dict(row) for row in conn.execute(VERSIONS_SQL, [notice_id]).fetchall()]


def versions_context(rows: list[dict], notice_id: str, notice_url) -> dict | None:
    """What the versions box shows, or None for a notice with one version still up at its source.

    notice_url(notice_id) gives a version's page."""
    this = next((r for r in rows if r["version_notice_id"] == notice_id), None)
    if this is None or (len(rows) == 1 and not this["withdrawn"]):
        return None
    newer = next((r for r in rows if r["version"] == this["version"] + 1), None)
    older = next((r for r in rows if r["version"] == this["version"] - 1), None)
    if newer:
        compared, diff = newer, word_diff(this["body"], newer["body"])
    elif older:
        compared, diff = older, word_diff(older["body"], this["body"])
    else:
        compared, diff = None, None
    rows = [{k: v for k, v in row.items() if k != "body"} for row in rows]
    strip = lambda row: row and {k: v for k, v in row.items() if k != "body"}  # noqa: E731
    return {
        "notice_url": notice_url,
        "versions": rows,
        "this": strip(this),
        "newer": strip(newer),
        "older": strip(older),
        "compared": strip(compared),
        "diff_html": diff,
        "diff_too_long": compared is not None and diff is None,
        "withdrawn": this["withdrawn"],
    }
