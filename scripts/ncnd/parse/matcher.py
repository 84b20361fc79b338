"""Find many literal terms in a long text in one pass.

The terms are compiled into a character trie expressed as one regular expression, so a 5 MB notice
is scanned once instead of once per term. Spaces and hyphens in a term match any run of spaces,
hyphens, slashes or quotes ("body-worn video", "body worn video", '"Neighbours" app'). Terms never
match inside a longer word: "Ring" is not found in "spring" or "boring".
"""

import re

# What may stand between the words of a term in the text: 'Neighbours" app', "body-worn", "Dyfed Powys"
SEPARATOR = r"[\s\"\-/]{1,4}"
_SEPARATOR_RUN = re.compile(r"[\s\"\-/]+")


def normalise_term(term: str, fold_case: bool = True) -> str:
    term = _SEPARATOR_RUN.sub(" ", term).strip()
    return term.lower() if fold_case else term


def _trie_regex(strings) -> str:
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alternatives = [
            (SEPARATOR if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch
        ]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_TOKEN = re.compile(r"[A-Za-z0-9]+")
# The word after a place in lower-case text: "commissioner" after "information" in
# "information commissioner's office", "unit" after "police" in "police - unit"
_NEXT_WORD = re.compile(r"[^a-z0-9]*([a-z0-9]*)")
# Letters that re.I matches to ASCII letters although str.lower() does not make them so: long s,
# Kelvin sign, dotted and dotless I (the only four in Unicode)
FOLD_EXCEPTIONS = "\u0130\u0131\u017f\u212a"
TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of ASCII letters and digits: the places a term can begin."""
    return [m.span() for m in _TOKEN.finditer(text)]


# Bytes table: ASCII letters and digits kept (letters lower-cased), everything else a space.
_TOKEN_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if (97 <= c <= 122 or 48 <= c <= 57) else 32 for c in range(256))


# The same table for str.translate, which is as fast as bytes.translate on ASCII text
_TOKEN_CHARS_TABLE = str.maketrans({chr(c): chr(_TOKEN_BYTES[c]) for c in range(128)})


def token_set(text: str) -> set[str]:
    """The distinct lower-case tokens of a text (runs of ASCII letters and digits, as tokens() finds
    them), by one translation instead of a regular expression. ASCII text is translated as it is;
    other text as bytes, in which non-ASCII characters become "?" and so separate tokens, as they
    do for tokens()."""
    if text.isascii():
        return set(text.translate(_TOKEN_CHARS_TABLE).split())
    return {word.decode() for word in set(text.encode("ascii", "replace").translate(_TOKEN_BYTES).split())}


def token_words(text: str) -> list[str]:
    """The lower-case text of each token, in the order of tokens(text), built without a Python loop."""
    words = _TOKEN.findall(text)
    return " ".join(words).lower().split(" ") if words else []


class TermMatcher:
    """Terms mapped to keys; case-insensitive terms and exact-case terms (acronyms) kept apart.

    Terms are grouped by their first word; the text is walked word by word and only the terms that
    begin with the word at hand are tried there, each group compiled as a trie.
    """

    def __init__(self, folded: dict[str, object], exact: dict[str, object]):
        self.folded = {normalise_term(t): k for t, k in folded.items() if t.strip()}
        self.exact = {normalise_term(t, False): k for t, k in exact.items() if t.strip()}
        self._by_first: dict[tuple[bool, str], re.Pattern] = {}
        for table, fold in ((self.folded, True), (self.exact, False)):
            groups: dict[str, list[str]] = {}
            for term in table:
                first = _TOKEN.match(term)
                if first:
                    groups.setdefault(first.group(), []).append(term)
            for word, terms in groups.items():
                regex = re.compile(r"(?:%s)(?![\w])" % _trie_regex(terms), re.I if fold else 0)
                self._by_first[(fold, word)] = regex
        self._folded_first = {w: r for (fold, w), r in self._by_first.items() if fold}
        self._exact_first = {w: r for (fold, w), r in self._by_first.items() if not fold}
        self._exact_lower = {w.lower() for w in self._exact_first}
        self._firsts = frozenset(self._folded_first) | self._exact_lower
        # The second words of the terms each first word opens ("the" -> {"metropolitan", "chief", ...}),
        # or None when a term is that word alone: a common first word whose terms cannot occur is skipped.
        self._seconds: dict[str, set[str] | None] = {}
        for term in list(self.folded) + list(self.exact):
            words = _TOKEN.findall(term.lower())
            if not words:
                continue
            if len(words) == 1:
                self._seconds[words[0]] = None
            elif self._seconds.get(words[0], set()) is not None:
                self._seconds.setdefault(words[0], set()).add(words[1])
        # First words whose terms are all ASCII with a second word: a place where the word is not
        # followed by one of those second words cannot start a term, and its pattern is not tried.
        non_ascii = {_TOKEN.findall(term.lower())[0] for term in list(self.folded) + list(self.exact) if not term.isascii() and _TOKEN.search(term)}
        self._next_words = {word: following for word, following in self._seconds.items() if following is not None and word not in non_ascii}

    def find(self, text: str, spans=None, lower: str | None = None, words: set[str] | None = None):
        """Non-overlapping (start, end, key, matched text), longest first where matches overlap.

        Only the first words that occur in the text are looked for, each with str.find: a notice holds
        a handful of them, so no Python code runs per word of the text. `words` is the set of the
        text's lower-case tokens when the caller has it (`spans` is accepted and not needed).
        """
        if lower is None or len(lower) != len(text):
            lower = text.lower()
        if words is None:
            words = token_set(text)
        size = len(lower)
        starts = []
        seconds = self._seconds
        # The next word is read from the lower-case text, which re.I agrees with but for a few letters.
        next_words = self._next_words if not any(char in text for char in FOLD_EXCEPTIONS) else {}
        next_word = _NEXT_WORD.match
        for word in self._firsts.intersection(words):
            following = seconds.get(word)
            if following is not None and following.isdisjoint(words):
                continue
            n = len(word)
            required = next_words.get(word)
            pos = lower.find(word)
            while pos != -1:
                after = pos + n
                if (pos == 0 or lower[pos - 1] not in TOKEN_CHARS) and (after >= size or lower[after] not in TOKEN_CHARS):
                    if required is None or next_word(lower, after).group(1) in required:
                        starts.append((pos, after))
                pos = lower.find(word, pos + 1)
        starts.sort()
        found = []
        folded_first, exact_first = self._folded_first, self._exact_first
        last_end = -1
        for start, end in starts:
            word = lower[start:end]
            if word not in folded_first and (word not in self._exact_lower or text[start:end] not in exact_first):
                continue
            if start < last_end or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
                continue
            best = None
            for fold, regex in ((True, folded_first.get(word)), (False, exact_first.get(text[start:end]))):
                if regex is None:
                    continue
                m = regex.match(text, start)
                if not m:
                    continue
                table = self.folded if fold else self.exact
                key = table.get(normalise_term(m.group(), fold))
                if key is not None and (best is None or m.end() > best[1]):
                    best = (start, m.end(), key, m.group())
            if best is not None:
                found.append(best)
                last_end = best[1]
        return found


def is_exact_case(term: str) -> bool:
    """Acronyms and short capitalised words must appear as written: "LEDS" is not "LEDs", "Met" is not "met"."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", term)
    for word in words:
        capitals = sum(c.isupper() for c in word)
        if capitals >= 2 and capitals >= len(word) - 1:
            return True
        if word[0].isupper() and len(word) <= 3 and len(words) <= 2:
            return True
    return False
