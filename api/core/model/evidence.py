"""Evidence: the sentence of a page a finding came from, and numbers as written."""

from __future__ import annotations

import re

from .cues import NUMBER_WORDS

MAX_SNIPPET = 220

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])")
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# A count as written: "40+", "1,500", "2.5k", "eight", "twenty-five", "a dozen".
NUMBER = (
    r"(?:(?:more than|over|upwards of|at least|nearly|almost|about|around|some|up to)\s+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?\s?[kK]\b|\d+|(?:a\s+)?(?:{_WORD_NUMBER})"
    rf"(?:[- ](?:{_WORD_NUMBER}))?)\+?"
)


def sentences(text: str) -> list[str]:
    """Split text into sentences (lines first, then sentence ends)."""
    out = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            out.extend(s for s in _SENTENCE_END.split(line) if s)
    return out


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


def find(pattern: re.Pattern, lines: list[str]) -> tuple[re.Match, str] | None:
    """Return the first match of ``pattern`` in ``lines`` and its evidence snippet."""
    for line in lines:
        m = pattern.search(line)
        if m:
            return m, snippet(line, m.start(), m.end())
    return None


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
