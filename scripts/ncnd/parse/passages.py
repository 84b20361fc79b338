"""The body as passages: paragraphs (hard-wrapped lines rejoined) and headings, each marked as part
of the request, the response or neither."""

from .text import Doc, collapse

MAX_PASSAGES = 20000


def passages(doc: Doc, layout) -> list[dict]:
    out: list[dict] = []
    texts, starts = doc.line_texts, doc.line_starts
    run_last = doc.paragraph_ends[1]  # the last line of the joined run each line stands in
    count = len(texts)
    index = 0
    while index < count and len(out) < MAX_PASSAGES:
        if not texts[index].strip():
            index += 1
            continue
        last = run_last[index]
        start, end = starts[index], starts[last] + len(texts[last])
        text = collapse(doc.plain[start:end])
        if text:
            out.append({"part": _part(layout, start), "text": text})
        index = last + 1
    return out


def _part(layout, pos: int) -> str:
    if layout.in_request(pos):
        return "request"
    if layout.response and layout.response[0] <= pos < layout.response[1]:
        return "response"
    return "other"


def part_text(items: list[dict], part: str) -> str | None:
    text = "\n\n".join(p["text"] for p in items if p["part"] == part)
    return text or None
