"""The questions of a request, each with its number as written ("1", "Q1", "a") or None.

A numbered or bulleted list gives one question per item: "1.In the 2017 calendar year...",
"Q1 - Has your force...", "(a) Has Police Scotland...", "a) Has British Transport Police...",
"Request 1" on its own line followed by the question. Lines that carry on an item (a wrapped line,
one not ending a sentence) join it; preamble and postscript paragraphs around the list are not
questions. A request with no list is one question, its paragraphs joined.
"""

import re

from .phrases import line_pattern, pattern
from .text import Doc, collapse

# The number or bullet that opens an item, as written ("Q1.", "FOI Q1.", "2)", "1.1", "(a)", "b.").
# ("00:12:34 |", a time in a table's cell, is not item 00)
ITEM = re.compile(
    r"""^\W{0,2}?["']?\s*(?:
        (?:FOI\s?)?(?P<q>Q(?:uestion)?\s?\d{1,2}[a-z]?)\s*(?:[.):-]\s*|\s+)
      | (?P<dotted>\d{1,2}(?:\.\d{1,2})+)(?:\.?\s+|\.(?=[A-Z]))
      | (?P<num>\d{1,2}[a-z]?)(?:\s+and\s+[a-z](?=\)))?(?:[.)]|/(?=\s|[A-Z])|\s+-|\s*:(?!\d)|,(?=\s+[A-Z][a-z])|\s*[•·▪](?=\s)|\s+(?=(?:Has|Have|Does|Do|Did|Is|Are|Was|Were|What|How|When|Where|Which|Who|Why|Please|Can|Could|Will|Would|In\s+(?:what|which|how|each)|For\s+(?:the|each|every|all)\s+(?:last|past|financial|calendar|year|years|month|months|period))\b))\s*
      | \((?P<paren>[a-z]{1,3}|\d{1,2})\)\s*
      | (?P<letter>[a-z]|[ivx]{1,4}|[A-H](?=[.)]\s+[A-Z]))(?:[.)]\s+|\)(?=[A-Z])|/\s*(?=[A-Z])|(?<=^[a-h])\s+(?=[A-Z][a-z]))
      | (?P<bullet>[-–—•*·▪◦●○■►➢➤]|\uf0b7|\uf0a7|o(?=\s+[a-zA-Z]))\s+
      | (?P<tight_bullet>[-•*])(?=[A-Z][a-z])
    )(?P<text>\S.*)$""",
    re.X,
)
# "Request 1", "Question 2:", "Part 3" alone on a line: the question follows.
ITEM_HEADING = re.compile(r"^\W*(?:request|question|part)\s+(?P<num>\d{1,2}[a-z]?)\s*[:.]?\s*$", re.I)
# "B" alone on a line: a lettered question's heading (when "A" and "B" both stand alone), or its answer's
# label; "C and D" heads one answer to both
LETTER_LABEL = re.compile(r"^\W*([A-Za-z](?:\s*(?:and|&|,)\s*[A-Za-z])*)\s*[.):]?[ \t]*$")


# ...as a question's own heading in a request: one letter, A to H ("I" may be a roman numeral there)
LONE_LETTER_HEADING = re.compile(r"^[A-H]\.?$")


def letters_as_headings(lines) -> bool:
    """Whether an "A" and a "B" each stand alone on a line of these: only then are lone letters headings
    (a page cut after the word "I" is not lettered)."""
    return {"A", "B"} <= {line.strip().rstrip(".") for line in lines}
TERMINAL = re.compile(r"[.?!:;][\"')\]]*$")
# A request paragraph that is only a heading or title: "Freedom of Information request - Agreements with Ring"
TITLE_LIKE = re.compile(r"^\W*(?:freedom of information|foi)\b.{0,120}$|^\W*(?:request|requests|your request|you asked|you wrote|response|our response|answer|answers)\W*$", re.I)


OPENING, CLOSING = "\"\u201c'\u2018", "\"\u201d'\u2019"


def _strip_quotes(text: str) -> str:
    """Quotation marks around a quoted request: '"Have ANPR camera records...?"' -> 'Have ANPR...?'."""
    text = text.strip()
    quotes = sum(text.count(q) for q in "\"\u201c\u201d")
    if len(text) > 1 and text[0] in OPENING and text[-1] in CLOSING and text[0] in "\"\u201c":
        return text[1:-1].strip()
    if quotes % 2 == 1:
        if text[:1] in "\"\u201c":
            text = text[1:]
        elif text[-1:] in "\"\u201d":
            text = text[:-1]
    return text.strip()


# A numbered item run into a line by a PDF's text layer: "... as follows: 1. How many ...? 2. The total ..."
INLINE_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=[A-Z\"'\u201c\u2018])")


def _split_inline(line: str) -> list[str]:
    """A line holding a run of numbered items 1, 2, 3... split before each number; else the line."""
    marks = [(int(m.group(1)), m.start()) for m in INLINE_ITEM.finditer(line)]
    run, expected = [], 1
    for number, pos in marks:
        if number == expected:
            run.append(pos)
            expected += 1
    if len(run) < 2:
        return [line]
    parts = [line[: run[0]]] + [line[a:b] for a, b in zip(run, run[1:] + [len(line)])]
    return [p for p in parts if p.strip()]


def _items(lines: list[str]):
    """(number, text) of each list item in lines (which may contain blank lines)."""
    lines = [part for line in lines for part in _split_inline(line)]
    # "A" / "B" / "C" each alone on a line above its question (Jersey's log): letters as headings, only
    # when the run has at least an A and a B
    letter_headings = letters_as_headings(lines)
    items: list[list] = []
    pending_heading = None
    previous_blank = True
    interrupted = False  # a line of other text since the last item
    for raw in lines:
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        heading = ITEM_HEADING.match(line)
        if heading or (letter_headings and LONE_LETTER_HEADING.match(line)):
            pending_heading = heading.group("num") if heading else line.rstrip(".")
            previous_blank = True
            continue
        m = ITEM.match(line)
        if m and m.group("bullet"):
            # a bullet before a lettered item ("- a) any guidance you rely on"): the letter numbers it
            lettered = ITEM.match(m.group("text"))
            # (not "- (i) In how many..." whose roman numeral opens the bullet's own parts)
            roman = lettered and re.fullmatch(r"[ivx]{1,4}", (lettered.group("letter") or lettered.group("paren") or ""))
            if lettered and (lettered.group("letter") or lettered.group("paren")) and not roman:
                m = lettered
        if m:
            number = m.group("q") or m.group("num") or m.group("dotted") or m.group("paren") or m.group("letter")
            number = number.replace(" ", "") if number else None
            if number and number.lower().startswith("question"):
                number = number[len("question") :]
            style = _style(m)
            if style == "roman" and number and len(number) == 1 and items and items[-1][2] == "letter" and items[-1][0] and ord(items[-1][0].lower()) + 1 == ord(number.lower()):
                style = "letter"  # "i)" after "h)": the next letter, not a roman numeral
            # (an item under a "Request 2" heading opens that request's own list)
            items.append([number, m.group("text"), style, "heading" if pending_heading is not None else interrupted])
            pending_heading = None
            interrupted = False
        elif pending_heading is not None:
            items.append([pending_heading, line, "heading", interrupted])
            pending_heading = None
            interrupted = False
        elif items and not previous_blank and (not TERMINAL.search(items[-1][1]) or line[:1].islower()):
            items[-1][1] = items[-1][1] + " " + line
        else:
            interrupted = True
        previous_blank = False
    return [(n, _strip_quotes(collapse(t))) for n, t in _top_level(items)]


# A sentence that asks, wherever its asking words stand ("For each year, could you provide...")
_ASKS_ANYWHERE = re.compile(r"\?|\b(?:please|could\s+you|can\s+you|would\s+you|provide|supply|send\s+me|how\s+many|whether)\b", re.I)


# "Please find below answers to your questions:-": the questions restated come next, then the answers
_ANSWERS_BELOW = re.compile(r"\b(?:find|see)\s+below\s+(?:the\s+)?(?:answers?|responses?)\s+to\s+your\s+(?:questions?|request)\b", re.I)


def _restated_below_answers(lines: list[str]) -> list[str]:
    """The questions a letter restates under "Please find below answers to your questions", one a line,
    until the first line that does not ask (the answers begin). Up to two lines may stand between (a
    confirmation that the information is held)."""
    lines = [collapse(line) for line in lines if line.strip()]
    start = next((i for i, line in enumerate(lines) if _ANSWERS_BELOW.search(line)), None)
    if start is None:
        return []
    out, skipped = [], 0
    for line in lines[start + 1 :]:
        asking = line.rstrip().endswith("?") or asks(line) or _ASKS_ANYWHERE.search(line)
        if not asking:
            if out or skipped >= 2:
                break
            skipped += 1
            continue
        out.append(line)
    if any(ITEM.match(line) for line in out):
        return []  # a numbered list: the restated questions are read as items elsewhere
    return out


def _breakdown_list(items, request_lines) -> bool:
    """Whether the request's only list is four or more unnumbered short names (places, years) under a
    sentence that asks: the breakdown of that one question."""
    if len(items) < 4 or any(n is not None for n, _ in items):
        return False
    # (proper names, each word capitalised: "Castle Point", "2019/20"; not fields a request asks for,
    # "Make and model" / "Date bought", which count one each)
    if any(len(t.split()) > 4 or t.rstrip().endswith("?") or asks(t) or not all(w[:1].isupper() or w[:1].isdigit() for w in t.split()) for _, t in items):
        return False
    names = {t for _, t in items}
    return any(
        (asks(line.strip()) or _ASKS_ANYWHERE.search(line) or pattern("list_announcements").search(line))
        for line in request_lines
        if line.strip() and collapse(ITEM.sub(lambda m: m.group("text"), line.strip())) not in names
    )


def _style(match: re.Match) -> str:
    """How an item is numbered: "q" (Q1), "num" (1.), "paren" ((a), (1)), "letter" (a.), "roman" (ii)),
    "bullet"."""
    if match.group("q"):
        return "q"
    if match.group("dotted"):
        return "dotted"
    if match.group("num"):
        return "num"
    if match.group("paren"):
        return "paren-digit" if match.group("paren").isdigit() else "paren"
    letter = match.group("letter")
    if letter:
        return "roman" if len(letter) > 1 or letter in "iv" else "letter"
    return "bullet"


LETTERED = re.compile(r"^([a-z])[.)]\s+(\S.*)$")


def _top_level(items: list) -> list:
    """Items numbered like the first are the questions; items numbered otherwise between them ("a)",
    "i.", bullets under "1.") are parts of the question above and join its text."""
    if not items:
        return []
    # "Q1".."Q6" after a lettered list of periods ("a) April 2017 - March 2018"): the Q items are the
    # questions, the list before them a preamble
    q_items = [i for i, item in enumerate(items) if item[2] == "q"]
    if items[0][2] != "q" and len(q_items) >= 2:
        items = items[q_items[0] :]
    # "a. The Chief Constable and b. the Commissioner" naming who the request concerns, then prose, then
    # "1." to "6.": the numbered items after the prose are the questions, the lettered list a preamble
    num_items = [i for i, item in enumerate(items) if item[2] == "num"]
    if items[0][2] in ("letter", "paren") and len(num_items) >= 2 and items[num_items[0]][3] and items[num_items[0]][0] == "1":
        items = items[num_items[0] :]
    # bullets that only set the scene (a report's categories quoted, the years covered), then "1." and "2."
    # that ask, wherever their asking words stand ("For the year 2022/23, please provide..."): the numbered
    # items are the questions
    # (or a single bulleted line, "-Date: 2022", before "1." to "11.")
    if items[0][2] == "bullet" and len(num_items) >= 2:
        bullets = [item for item in items[: num_items[0]] if item[2] == "bullet"]
        numbered = [items[i] for i in num_items]
        lone_bullet = len(bullets) == 1 and sum(item[2] == "bullet" for item in items) == 1
        scene_setting = sum(asks(item[1]) for item in bullets) * 2 < len(bullets) and sum(asks(item[1]) or bool(_ASKS_ANYWHERE.search(item[1])) for item in numbered) * 2 > len(numbered)
        if lone_bullet or scene_setting:
            items = items[num_items[0] :]
    top = items[0][2]
    same_style = [item for item in items if item[2] == top]
    if top == "num" and len(same_style) >= 2 and all(item[0] == "1" for item in same_style):
        # "1." before every item: a web page's list of one-item lists ("  1. How many...", "  1. For what
        # purposes..."), each question numbered 1 when flattened to text; a restated list would go on to "2."
        # A lettered part flattened the same way ("1. a) The month of the breach") stays a part.
        position = 0
        for item in same_style:
            lettered = LETTERED.match(item[1])
            if lettered and position:
                item[0], item[1], item[2] = lettered.group(1), lettered.group(2), "letter"
            else:
                position += 1
                item[0] = str(position)
    # "1.0" / "1.1" / "1.2" / "2.0": the whole numbers are the questions, the rest their parts
    whole = top == "dotted" and (items[0][0] or "").endswith(".0")

    def is_top(number, style):
        return style == top and (not whole or (number or "").endswith(".0"))

    out = [[items[0][0], items[0][1]]]
    attached = True  # whether parts may still join the last question
    announcing = False  # whether the last question is a bullet announcing the bullets after it
    for number, text, style, interrupted in items[1:]:
        if style == top and number is not None and number == items[0][0] and interrupted != "heading":
            break  # the list starts again: the questions restated, each before its answer
        if style == "bullet" == top and (announcing or out[-1][1].rstrip().endswith(":")) and not asks(text):
            # "• How many applications concerned:" then "• Staff", "• Journalists": the bullets after a
            # bullet announcing them, asking nothing of their own, are its parts
            out[-1][1] += f" - {text}"
            announcing = True
            continue
        announcing = False
        if is_top(number, style) and not _part_of(number, out[-1][0]):
            out.append([number, text])
            attached = True
        elif is_top(number, style):
            out[-1][1] += f" {number}) {text}"
        elif attached and not interrupted:
            out[-1][1] += f" {number + ')' if number else '-'} {text}"
        else:
            attached = False  # a list after other text is not part of the question
    return out


SUB_NUMBER = re.compile(r"^(?:Q(?:uestion)?)?(\d{1,2})([a-z])$", re.I)


def _part_of(number: str | None, previous: str | None) -> bool:
    """Whether "1b" (or "Q1a") is a lettered part of the question numbered just before it ("1", "Q1",
    "1a"): parts of one numbered question join it."""
    if not number or not previous:
        return False
    m = SUB_NUMBER.match(number)
    if not m:
        return False
    before = re.match(r"^(?:Q(?:uestion)?)?(\d{1,2})[a-z]?$", previous, re.I)
    return bool(before and before.group(1) == m.group(1))


def _announced_before(doc: Doc, layout) -> bool:
    """Whether the line just before the request announces a list ("I note you seek access to the
    following information:")."""
    if not layout.request or layout.request[0] <= 0:
        return False
    index = doc.line_index(layout.request[0] - 1)
    while index >= 0:
        line = doc.plain[slice(*doc.line_span(index))].strip()
        if line:
            return bool(pattern("list_announcements").search(line))
        index -= 1
    return False


def _unmarked_list(lines: list[str], announced: bool = False) -> list[str]:
    """Items of a list without numbers or bullets, one a line, under a line that announces them
    ("Please could you provide the following information:" / "How many stills images..." / "Whether
    those images..."): each is a question. Wrapped lines (the next starting in lower case) join.
    `announced`: the line before these announced them."""
    lines = [ln.strip() for ln in lines]
    start = -1 if announced else next((i for i, ln in enumerate(lines) if ln and pattern("list_announcements").search(ln) and len(ln) < 500), None)
    if start is None:
        return []
    items: list[str] = []
    for line in lines[start + 1 :]:
        if not line:
            continue
        if pattern("after_list").match(line) or TITLE_LIKE.match(line):
            break
        if items and line[:1].islower() and not TERMINAL.search(items[-1]):
            items[-1] += " " + line
        else:
            items.append(line)
    # (each item asks for something of its own: not a field list, "Make:" / "Model:", nor quoted figures;
    # a whole sentence that ends by announcing its own details, "For each contract please provide the
    # following:", still asks)
    if len(items) < 2 or any(len(t) > 400 or (t.endswith(":") and len(t.split()) <= 6) or not (asks(t) or pattern("named_items").match(t)) for t in items):
        return []
    return [_strip_quotes(collapse(t)) for t in items]


def _announced_list(doc: Doc) -> list:
    """The list a request announces ("please provide:") but that is not under it.

    When a reply quotes the request, its lines occur twice, and cleaning keeps one copy of
    repeated lines at the end of the text (with page furniture): the list is then the last
    paragraph, or the quoted lines of the reply.
    """
    candidates = []
    if doc.quoted:
        candidates.append([doc.plain[s:e] for s, e in doc.quoted])
    tail = doc.plain.rstrip()
    last_break = tail.rfind("\n\n")
    candidates.append(tail[last_break + 2 :].split("\n"))
    for lines in candidates:
        items = _items(lines)
        # ...and most of its items ask something: not the answers' own "Question 1" headings, nor the
        # Act's "(a) states that fact, (b) specifies the exemption" recited at the end
        if len(items) >= 2 and all(n is not None for n, _ in items) and sum(asks(t) for _, t in items) * 2 > len(items):
            return items
    return []


def asks(text: str) -> bool:
    """Whether an item reads as a question or a request for something (phrases.yml `asks`)."""
    return text.rstrip().endswith("?") or bool(pattern("asks").match(text))


def _before_answer(text: str) -> str:
    """An item's text up to where the reply begins, when a letter run into one line carries on after the
    last question ("...their rank. Following receipt of your request, searches were conducted...")."""
    m = pattern("inline_answer_start").search(text, 20)
    return text[: m.start()].rstrip() if m else text


def _numbered_list_anywhere(doc: Doc, attempts: int = 5) -> list:
    """The first list of two or more numbered items, most of them asking something, anywhere in the
    notice: the request of a page whose layout was not recognised (a letter quoting the questions
    before its answers, questions each followed by its answer, a page cut before its response heading).
    Tried from the first line of each of the first few numbered runs."""
    # (a PDF's text layer may run the whole letter into one line: its numbered items are split out first)
    lines = [part.strip() for s, e, _ in doc.lines(0, doc.length) for part in _split_inline(doc.plain[s:e])]
    runs, previous = [], None
    for i, line in enumerate(lines):
        if not line:
            continue
        numbered = bool(ITEM.match(line))
        if numbered and not previous:
            runs.append(i)
        previous = numbered
    for i in runs[:attempts]:
        items = [(n, _before_answer(t)) for n, t in _items(lines[i:]) if n is not None]
        if len(items) >= 2 and sum(asks(t) for _, t in items) * 2 > len(items):
            return items
    return []


# "Q. How many drones...?" / "A. Nine." : questions and answers in pairs, unnumbered
QA_QUESTION = re.compile(r"^\W*Q\s*[.:]\s+(?P<text>\S.*)$")
QA_ANSWER = re.compile(r"^\W*A\s*[.:]\s+(?P<text>\S.*)$")


def question_answer_pairs(doc: Doc) -> list[tuple[str, int, int]]:
    """(question, answer start, answer end) for each "Q." line followed by an "A." line; the answer runs
    to the next "Q." line (or a blank-line-separated closing paragraph)."""
    lines = [(s, e, doc.plain[s:e].strip()) for s, e, _ in doc.lines(0, doc.length)]
    pairs = []
    for index, (s, e, text) in enumerate(lines):
        q = QA_QUESTION.match(text)
        if not q:
            continue
        following = next(((i, ln) for i, ln in enumerate(lines[index + 1 :], index + 1) if ln[2]), None)
        if not following or not QA_ANSWER.match(following[1][2]):
            continue
        start = following[1][0] + QA_ANSWER.match(following[1][2]).start("text")
        end = following[1][1]
        for s2, e2, t2 in lines[following[0] + 1 :]:
            if QA_QUESTION.match(t2) or not t2:
                break
            end = e2
        pairs.append((collapse(q.group("text")), start, end))
    return pairs if len(pairs) >= 2 else []


def find_questions(doc: Doc, layout, response_restated: bool = True) -> list[dict]:
    found = _find_questions(doc, layout, response_restated)
    if not found and response_restated:
        # No request found where a request stands: a page that asks, in a sentence of its own before
        # the response begins, is one unnumbered question (a log page with no "Request" heading)
        asked = _asking_paragraph(doc, layout)
        if asked:
            found = [{"number": None, "text": asked}]
    if len(found) <= 1 and not (found and found[0]["number"]):
        pairs = question_answer_pairs(doc)
        if pairs:
            return [{"number": None, "text": q} for q, _, _ in pairs]
    if len(found) <= 1 and not (found and found[0]["number"]):
        listed = _numbered_list_anywhere(doc)
        if len(listed) >= 2:
            return [{"number": n, "text": t} for n, t in listed if t]
    if len(found) == 1 and found[0]["number"] is None and _reads_as_response(found[0]["text"]):
        return []  # "Response 1:", "Decision", "I have today decided to disclose...": the answer, not a question
    return found


def _reads_as_response(text: str) -> bool:
    """Whether a lone unnumbered "question" is the response's own heading or opening: a page that shows
    no request (it lost it, or never quoted it) has none."""
    from .split import ANSWER_HEADING

    first = text.strip()
    head = first.split(". ")[0].rstrip(" :")
    return bool(
        line_pattern("response_headings").match(head)
        or ITEM_HEADING.match(head)
        or ANSWER_HEADING.match(head)
        or pattern("response_cues").match(first)
        or pattern("response_openings").match(first)
    )


def _asking_paragraph(doc: Doc, layout) -> str | None:
    """The first line, before the response begins, that asks for something in a sentence of its own
    ("Please confirm whether your force has trialled...", "How many drones does the force own?")."""
    end = layout.response[0] if layout.response and layout.response[0] > 0 else doc.length
    for s, e, _ in doc.lines(0, min(end, doc.length)):
        line = " ".join(doc.plain[s:e].split())
        if len(line) >= 30 and pattern("request_openers").match(line) and (line.endswith(("?", ".", ":")) or len(line) >= 80):
            return _strip_quotes(line)
    return None


def _later_question_headings(lines: list[str]) -> list[tuple[str, str]]:
    """(number, text) of each "Question 2", "Question 3"... heading in a response, numbered in turn from 2,
    with the line under it that asks."""
    out, expected = [], 2
    for index, line in enumerate(lines):
        heading = ITEM_HEADING.match(line.strip())
        if not heading or not heading.group("num").isdigit() or int(heading.group("num")) != expected:
            continue
        text = next((collapse(below) for below in lines[index + 1 : index + 4] if below.strip()), "")
        if not text or not (asks(text) or text.rstrip().endswith("?") or _ASKS_ANYWHERE.search(text)):
            break
        out.append((heading.group("num"), _strip_quotes(text)))
        expected += 1
    return out


def _find_questions(doc: Doc, layout, response_restated: bool = True) -> list[dict]:
    def lines_of(span):
        # the first line may hold a label before the request starts ("Request: Please provide...")
        # (an empty span, a request whose lines cleaning moved elsewhere, holds no line at all)
        return [doc.plain[max(s, span[0]) : e] for s, e, _ in doc.lines(*span)] if span and span[1] > span[0] else []

    if layout.request_parts:
        request_lines = [line for part in layout.request_parts for line in [*lines_of(part), ""]]
    else:
        request_lines = lines_of(layout.request)
    items = _items(request_lines)
    numbered = [i for i in items if i[0] is not None]
    if _breakdown_list(items, request_lines):
        # "...the number of stop and searches in each district:" / "• Colchester" / "• Tendring": the
        # bullets name the parts of one question's breakdown, they ask nothing of their own
        text = _strip_quotes(" ".join(collapse(line) for line in request_lines if line.strip()))
        return [{"number": None, "text": text}] if text else []
    if numbered and [n for n, _ in numbered] == ["1"] and layout.response:
        # "Question 1" / its answer / "Question 2" / its answer...: a log that answers each question under it
        # holds the later questions in its response, each under its own heading
        later = _later_question_headings(lines_of(layout.response))
        if later:
            items = [*items, *later]
    if len(items) >= 2 or numbered:
        return [{"number": n, "text": t} for n, t in items if t]
    if response_restated and layout.response:
        # Some forces restate the questions in the response ("Q1 - Has your force partnered...").
        restated = [(n, t) for n, t in _items(lines_of(layout.response)) if n and n.upper().startswith("Q")]
        asking = sum(1 for _, t in restated if asks(t) or t.rstrip().endswith("?"))
        if asking * 2 < len(restated) or not asking:
            # "Q1. 4 drones." / "Q5. All drones are owned by the force.": answers labelled by their
            # questions, not the questions (one that happens to open like a request does not make them so)
            restated = []
        if len(restated) >= 1:
            return [{"number": n, "text": t} for n, t in restated if t]
    if response_restated and layout.response and not request_lines:
        below = _restated_below_answers(lines_of(layout.response))
        if below:
            return [{"number": None, "text": t} for t in below]
    paragraphs = [collapse(line) for line in request_lines if line.strip()]
    paragraphs = [p for p in paragraphs if not TITLE_LIKE.match(p)]
    if not items and paragraphs and paragraphs[-1].endswith(":"):
        announced = _announced_list(doc)
        if announced:
            return [{"number": n, "text": t} for n, t in announced if t]
    if items and len(items) == 1 and not paragraphs:
        return [{"number": items[0][0], "text": items[0][1]}]
    if not items:
        listed = _unmarked_list(request_lines, announced=_announced_before(doc, layout))
        if listed:
            return [{"number": None, "text": t} for t in listed]
    text = _strip_quotes(" ".join(paragraphs))
    return [{"number": None, "text": text}] if text else []
