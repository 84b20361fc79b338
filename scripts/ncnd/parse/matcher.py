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


class TermMatcher:
    """Terms mapped to keys; case-insensitive terms and exact-case terms (acronyms) kept apart."""

    def __init__(self, folded: dict[str, object], exact: dict[str, object]):
        self.folded = {normalise_term(t): k for t, k in folded.items() if t.strip()}
        self.exact = {normalise_term(t, False): k for t, k in exact.items() if t.strip()}
        self._patterns = []
        if self.folded:
            self._patterns.append((re.compile(r"(?<![\w])(?:%s)(?![\w])" % _trie_regex(self.folded), re.I), True))
        if self.exact:
            self._patterns.append((re.compile(r"(?<![\w])(?:%s)(?![\w])" % _trie_regex(self.exact)), False))

    def find(self, text: str) -> list[tuple[int, int, object, str]]:
        """Non-overlapping (start, end, key, matched text), longest first where matches overlap."""
        found = []
        for regex, folded in self._patterns:
            table = self.folded if folded else self.exact
            for m in regex.finditer(text):
                key = table.get(normalise_term(m.group(), folded))
                if key is not None:
                    found.append((m.start(), m.end(), key, m.group()))
        if len(self._patterns) > 1:
            found.sort(key=lambda f: (f[0], f[0] - f[1]))
            kept, last_end = [], -1
            for f in found:
                if f[0] >= last_end:
                    kept.append(f)
                    last_end = f[1]
            found = kept
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
