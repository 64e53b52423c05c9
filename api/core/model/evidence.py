"""Evidence: the sentence of a page a finding came from, its part of the page, numbers as written.

This module knows no cue: cue tables (``cues.py`` and the lenses) build on it, never the reverse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from . import sections

# Words for small counts as written in prose.
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update(
    {
        w: 10 * i
        for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
        if i > 1
    }
)
NUMBER_WORDS.update(
    {
        "dozen": 12,
        "hundred": 100,
        "hundreds": 200,
        "thousands": 2000,
        "dozens": 36,
        "a few": 3,
        "several": 4,
        "a couple": 2,
    }
)

MAX_SNIPPET = 220
MAX_SENTENCE = 400

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])")
_SOFT_END = re.compile(r"(?<=[.!?;:])\s+")
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# A count as written: "40+", "1,500", "2.5k", "eight", "twenty-five", "a dozen".
NUMBER = (
    r"(?:(?:more than|over|upwards of|at least|nearly|almost|about|around|some|up to)\s+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?\s?[kK]\b|\d+|(?:a\s+)?(?:{_WORD_NUMBER})"
    rf"(?:[- ](?:{_WORD_NUMBER}))?)\+?"
)


def sentences(text: str) -> list[str]:
    """Split text into sentences (lines first, then sentence ends; long runs are cut)."""
    out = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            for part in _SENTENCE_END.split(line):
                if len(part) <= MAX_SENTENCE:
                    out.append(part)
                else:
                    out.extend(_cut(part))
    return out


def read(description: str, title: str = "") -> Text:
    """The description as sentences, each with the parts of the page it speaks to."""
    lines, parts = ([title], [frozenset((sections.ROLE,))]) if title else ([], [])
    for line in sections.split(description):
        for sentence in sentences(line.text):
            lines.append(sentence)
            parts.append(sections.parts_of(line, sentence))
    return Text(lines, parts)


def _cut(part: str) -> list[str]:
    # A wall of text with no sentence ends: cut at weaker stops, then at spaces.
    pieces = []
    for piece in _SOFT_END.split(part):
        while len(piece) > MAX_SENTENCE:
            at = piece.rfind(" ", 0, MAX_SENTENCE)
            at = at if at > MAX_SENTENCE // 2 else MAX_SENTENCE
            pieces.append(piece[:at])
            piece = piece[at:].lstrip()
        if piece:
            pieces.append(piece)
    return pieces


def article(word: str) -> str:
    """'a' or 'an' before ``word``, by its first sound ("an electrician", "a data analyst", "a UX
    researcher", "a user researcher", "an underwriter")."""
    first = (word.split() or [""])[0].lower()
    if first[:1] == "u" and (len(first) <= 2 or (first[1] not in "aeiou" and first[2] in "aeiou")):
        return "a"  # said "you": initials (UX, UI) and a lone consonant then a vowel (user, unit)
    return "an" if first[:1] and first[:1] in "aeiou" else "a"


def snippet(sentence: str, start: int = 0, end: int = 0) -> str:
    """Return the sentence, cut around [start, end) when it is long."""
    if len(sentence) <= MAX_SNIPPET:
        return sentence
    mid = (start + end) // 2
    lo = max(0, mid - MAX_SNIPPET // 2)
    hi = min(len(sentence), lo + MAX_SNIPPET)
    lo = max(0, hi - MAX_SNIPPET)
    cut = sentence[lo:hi].strip()
    return ("…" if lo else "") + cut + ("…" if hi < len(sentence) else "")


class Matcher:
    """A case-blind pattern that skips the scan when none of its required words is present."""

    __slots__ = ("regex", "needles", "short")

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern, re.I)
        self.needles = required_literals(pattern)
        # Failing those, words of two letters ("hr", "vc"): the rows that hold one, unless
        # there are too many to count, when every row is scanned (as with no needle).
        self.short = required_literals(pattern, 2) if self.needles is None else None

    def search(
        self, text: Text, where: Collection[str] | None = None
    ) -> tuple[re.Match, str] | None:
        """Return the first match and its sentence, in the parts ``where`` (None: anywhere)."""
        for m, i in self.matches(text, where):
            return m, text.lines[i]
        return None

    def matches(self, text: Text, where: Collection[str] | None = None):
        """Yield (match, sentence index) for the first match of each sentence, in page order."""
        needles = self.needles or self.short
        if needles is None:
            rows = range(len(text.lines))
        else:
            found = set()
            for needle in needles:
                for row in text.rows_of(needle):
                    if len(found) >= 64:
                        break
                    found.add(row)
            if self.needles is None and len(found) >= 64:
                rows = range(len(text.lines))
            else:
                rows = sorted(found)
        for i in rows:
            if where is not None and not (text.parts[i] & where):
                continue
            m = self.regex.search(text.lines[i])
            if m:
                yield m, i


def required_literals(pattern: str, shortest: int = 3) -> tuple[str, ...] | None:
    """Return strings one of which any match must contain (lower case), or None if unknown;
    none shorter than ``shortest`` characters."""
    try:
        found = _required(sre_parse.parse(pattern, re.I), shortest)
    except (re.error, TypeError, ValueError):
        return None
    return tuple(sorted(found)) if found else None


def _required(seq, shortest: int = 3) -> set[str] | None:
    """The best any-of set of literals a sequence requires (its shortest needle longest)."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(cand: set[str] | None):
        nonlocal best
        if cand and all(len(c) >= shortest for c in cand):
            if best is None or min(map(len, cand)) > min(map(len, best)):
                best = cand

    for op, av in seq:
        if op is sre.LITERAL:
            run.append(chr(av).lower())
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is sre.SUBPATTERN:
            consider(_required(av[-1], shortest))
        elif op is sre.BRANCH:
            parts = [_required(branch, shortest) for branch in av[1]]
            if all(parts):
                consider(set().union(*parts))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2], shortest))
    consider({"".join(run)} if run else None)
    return best


class Text:
    """Sentences joined into one string, so a pattern scans once and finds its sentence.

    ``parts[i]`` says which parts of the page sentence ``i`` speaks to (see ``sections``).
    """

    __slots__ = ("lines", "parts", "doc", "low", "starts", "_rows")

    def __init__(self, lines: list[str], parts: list[frozenset[str]] | None = None):
        self.lines = lines
        self.parts = parts if parts is not None else [frozenset((sections.BODY,))] * len(lines)
        self.doc = "\n".join(lines)
        self.low = self.doc.lower()
        self.starts, at = [], 0
        for line in lines:
            self.starts.append(at)
            at += len(line) + 1
        self._rows: dict[str, list[int]] = {}

    def rows_of(self, needle: str) -> list[int]:
        """The sentence of each place ``needle`` stands in the lowered text (each place found
        after the last), until 64 sentences hold it: found once for the patterns that share the
        word, not once a pattern."""
        rows = self._rows.get(needle)
        if rows is None:
            rows, seen = [], set()
            at = self.low.find(needle)
            while at >= 0 and len(seen) < 64:
                row = self.row_at(at)
                rows.append(row)
                seen.add(row)
                at = self.low.find(needle, at + len(needle))
            self._rows[needle] = rows
        return rows

    def row_at(self, pos: int) -> int:
        """Return the index of the sentence holding offset ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def line_at(self, pos: int) -> tuple[str, int]:
        """Return the sentence holding offset ``pos`` and the sentence's own offset."""
        i = self.row_at(pos)
        return self.lines[i], self.starts[i]

    def evidence(self, start: int, end: int) -> str:
        """Return the snippet of the sentence around [start, end)."""
        line, at = self.line_at(start)
        return snippet(line, start - at, end - at)


def find(
    pattern: Matcher | re.Pattern, text: Text, where: Collection[str] | None = None
) -> tuple[re.Match, str] | None:
    """Return the first match of ``pattern`` in ``text`` (in the parts ``where``), snippet."""
    if isinstance(pattern, Matcher):
        hit = pattern.search(text, where)
        return (hit[0], snippet(hit[1], hit[0].start(), hit[0].end())) if hit else None
    m = pattern.search(text.doc)
    if not m:
        return None
    return m, text.evidence(m.start(), m.end())


def to_number(text: str) -> int | None:
    """Read a count as written: '40+' -> 40, '1,500' -> 1500, 'twenty-five' -> 25."""
    t = text.lower().strip().rstrip("+")
    t = re.sub(
        r"^(?:more than|over|upwards of|at least|nearly|almost|about|around|some|up to)\s+", "", t
    )
    t = re.sub(r"^a\s+", "", t) if not t.startswith("a few") and t != "a couple" else t
    if not t:
        return None
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    t = t.replace(",", "").replace(" ", "")
    try:
        if t.endswith("k"):
            return int(float(t[:-1]) * 1000)
        return int(float(t))
    except ValueError:
        return None
