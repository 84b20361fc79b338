"""Versions on the notice page: "this page changed on ..." / "withdrawn on ...", with a word diff.

`ncnd fetch` keeps every version of a source page as its own corpus file and notice; the build lists them
in document_versions. A notice page whose address has other versions, or that was withdrawn at the
source, says so above the text and shows what changed between this version and the next (or, for the
newest, the one before), word by word. Words come from notices, so every one is escaped.
"""

from difflib import SequenceMatcher

from datasette import hookimpl
from ncnd.serving.rows import notice_page_id
from datasette.utils import tilde_encode
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


async def versions_context(datasette, database: str, notice_id: str) -> dict | None:
    db = datasette.get_database(database)
    if "document_versions" not in set(await db.table_names()):
        return None
    rows = [dict(r) for r in (await db.execute(
        """select v.*, n.id as version_notice_id, n.body
           from document_versions v left join notices n on n.document_path = v.path
           where v.url = (select url from document_versions where path = (select document_path from notices where id = ?))
           order by v.version""",
        [notice_id],
    )).rows]
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
    for row in rows:
        row.pop("body", None)
    return {
        "notice_url": lambda nid: datasette.urls.row(database, "notices", tilde_encode(str(nid))),
        "versions": rows,
        "this": {k: v for k, v in this.items() if k != "body"},
        "newer": newer,
        "older": older,
        "compared": compared,
        "diff_html": diff,
        "diff_too_long": compared is not None and diff is None,
        "withdrawn": this["withdrawn"],
    }


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    notice_id = notice_page_id(view_name, table, request)
    if notice_id is None:
        return {}

    async def inner():
        return {"notice_versions": await versions_context(datasette, database, notice_id)}

    return inner
