"""Numbers read from prose: open roles, employers, attendees, capacity; and amounts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS = {word: i for i, word in enumerate(_UNITS)}
WORD_NUMBERS.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})
WORD_NUMBERS.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100})

# "one" and "zero" are left out: "one of the roles" is not a count of roles.
_WORD = "|".join(
    sorted((re.escape(w) for w in WORD_NUMBERS if w not in ("zero", "one")), key=len, reverse=True)
)
# A count: "40", "40+", "1,500", "2.5k", "sixty", "twenty-five", "more than 300". The group
# is atomic and every repeat bounded: once a number is read it is not read again shorter,
# so a run of "1 1 1 …" costs each start a few steps (issue 14).
NUMBER = (
    r"(?P<num>(?>\d{1,3}(?:[,.\u202f ]\d{3}){1,4}|\d{1,9}(?:\.\d{1,3})?\s?[kK]\b|\d{1,9}"
    rf"|(?:{_WORD})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?))\+?"
)
# A count and its noun share a line: "CA 92507" above "Meet 40 employers" counts nothing.
_SPACE = r"[^\S\n]{1,3}"
_LEAD_WORDS = r"(?:more than|over|upwards of|nearly|almost|about|around|up to|at least|some)"
_LEAD = rf"(?:{_LEAD_WORDS}{_SPACE})?"
_GAP = rf"(?:[\w&/-]{{1,30}}{_SPACE}){{0,3}}?"
# Where a count may start (a word's first character), and where its noun may (a letter):
# cheap tests that spare the alternations at every other place of a long text.
_START = r"\b(?=\w)"
_NOUN = r"(?=[^\W\d_])"
# Every place where {_START}{_LEAD}{NUMBER}{_SPACE}, the start all four count patterns share,
# matches, found once for them (see _from): none of them can match anywhere else. The scan
# steps over characters that open no count (a digit or a letter that opens a lead word or a
# number word) in C, then asks that the character starts a word and what follows it (both
# looking back over that one character).
_OPENERS = "".join(sorted({w[0] for w in (*_LEAD_WORDS[3:-1].split("|"), *_WORD.split("|"))}))
_COUNT_START = re.compile(rf"[\d{_OPENERS}](?<!\w.)(?<=(?={_LEAD}{NUMBER}{_SPACE}).)", re.I)

ROLE_WORDS = r"(?:roles?|positions?|jobs?|openings?|vacancies|vacancy|job openings?|reqs?)"
EMPLOYER_WORDS = (
    r"(?:employers?|companies|company|exhibitors?|organi[sz]ations|firms|startups|"
    r"recruiters?|hiring partners|businesses|brands|agencies|institutions|universities|"
    r"colleges|schools|(?:school )?districts|hospitals|clinics|health systems|"
    r"nonprofits)"
)
ATTENDEE_WORDS = (
    r"(?:attendees|participants|delegates|guests|people|visitors|professionals|founders|"
    r"developers|engineers|students|members of the community|registrants|leaders|marketers)"
)

_ROLES = re.compile(rf"{_START}{_LEAD}{NUMBER}{_SPACE}{_GAP}{_NOUN}{ROLE_WORDS}\b", re.I)
_ROLES_FOUND = re.compile(
    rf"\b{ROLE_WORDS}\s{{0,3}}(?:(?:found|available|open)\s{{0,3}})?[:(]\s{{0,3}}{NUMBER}", re.I
)
_EMPLOYERS = re.compile(rf"{_START}{_LEAD}{NUMBER}{_SPACE}{_GAP}{_NOUN}{EMPLOYER_WORDS}\b", re.I)
_ATTENDEES = re.compile(rf"{_START}{_LEAD}{NUMBER}{_SPACE}{_GAP}{_NOUN}{ATTENDEE_WORDS}\b", re.I)
# Whatever a community calls its members, a number that is "attending" counts people:
# "80 gophers attending", "120 going", "45 people registered".
_GOING = re.compile(
    rf"{_START}{_LEAD}{NUMBER}{_SPACE}(?:[\w-]{{1,30}}{_SPACE}){{0,2}}?(?:(?:are|have){_SPACE})?"
    r"(?:attending|going|registered|signed up|rsvp(?:'|\u2019)?d|attended|are coming)\b",
    re.I,
)
_SEATS = re.compile(rf"{_START}{NUMBER}{_SPACE}(?:seats|spots|places|tickets available)\b", re.I)
_LIMIT = re.compile(
    rf"\b(?:limited to|capacity(?: of)?:?|max(?:imum)?(?: of)?)\s{{1,3}}{NUMBER}"
    r"(?:\s{1,3}(?:people|attendees|participants|guests|seats|spots))?",
    re.I,
)
# Words between a number and the noun that show the number counts something else.
_NOT_A_COUNT = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|offices|countries|cities|"
    r"locations|teams|percent|%|times|steps|rounds)\b",
    re.I,
)

MAX_COUNT = 1_000_000

# A money amount as written: "150,000", "150 000", "1.234,50", "45.50", "120". Every repeat is
# bounded (no amount has more than five groups of digits), so a run of "1 1 1 …" on a page
# costs each start position a few steps, never a scan of the rest of the run.
AMOUNT = r"\d{1,3}(?:[,.\u202f ]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,12}(?:[.,]\d{1,2})?"
# The spaces a page puts between the parts of an amount or a range ("$120k - $150k").
SPACES = r"[^\S\n]{0,3}"


def to_count(text: str) -> int | None:
    """Read one count as written: '1,500' -> 1500, '2.5k' -> 2500, 'sixty' -> 60."""
    word = text.strip().lower().rstrip("+")
    if not word:
        return None
    if word in WORD_NUMBERS:
        return WORD_NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
        return WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]
    try:
        if word.endswith("k"):
            return int(float(word[:-1].strip()) * 1000)
        return int(re.sub(r"[,.\u202f ]", "", word))
    except ValueError:
        return None


def _from(starts: list[int], pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that can start only at ``starts``."""
    end = 0
    for at in starts:
        if at >= end and (match := pattern.match(text, at)):
            end = match.end()
            yield match


def _largest(pattern: re.Pattern, text: str, starts: list[int] | None = None) -> int | None:
    """Return the largest plausible count that ``pattern`` finds in ``text`` (from ``starts``)."""
    best = None
    matches = pattern.finditer(text) if starts is None else _from(starts, pattern, text)
    for match in matches:
        if _NOT_A_COUNT.search(match.group(0)):
            continue
        value = to_count(match.group("num"))
        if value is None or value <= 0 or value > MAX_COUNT:
            continue
        # A bare year ("2031 companies") is not a count.
        if 1900 <= value <= 2100 and "," not in match.group("num"):
            continue
        best = value if best is None else max(best, value)
    return best


def _largest_of(*patterns: re.Pattern, text: str, starts: list[int]) -> int | None:
    found = [n for n in (_largest(p, text, starts) for p in patterns) if n is not None]
    return max(found) if found else None


def read_counts(text: str) -> dict[str, int | None]:
    """Return the counts that matter to the value model, as the prose states them."""
    text = text[:200_000]
    # One scan for where counts start, not one per kind of count: most of a text starts none.
    low = _lowered(text)
    numbers = None if low is None else _number_starts(text, low)
    if numbers is None:
        starts = [m.start() for m in _COUNT_START.finditer(text)]
        found = _largest(_ROLES_FOUND, text)
    else:
        starts = _count_starts(text, low, numbers)
        found = _largest(_ROLES_FOUND, text, _word_starts(text, low, _ROLE_OPENERS))
    roles = _largest(_ROLES, text, starts)
    if found and (roles is None or found > roles):
        roles = found
    return {
        "open_roles": roles,
        "employers": _largest(_EMPLOYERS, text, starts),
        "attendees": _largest_of(_ATTENDEES, _GOING, text=text, starts=starts),
    }


def read_capacity(text: str) -> int | None:
    """Return the number of seats or places the prose announces, if any."""
    text = text[:200_000]
    low = _lowered(text)
    numbers = None if low is None else _number_starts(text, low)
    if numbers is None:
        found = [n for n in (_largest(_SEATS, text), _largest(_LIMIT, text)) if n]
    else:
        # A count of seats starts where its number does, a limit at its first word.
        found = [n for n in (_largest(_SEATS, text, sorted(numbers)),
                             _largest(_LIMIT, text, _word_starts(text, low, _LIMIT_OPENERS)))
                 if n]  # fmt: skip
    return max(found) if found else None


# Where a count may start is found from the numbers of a text, not by trying every word: the
# numbers (a digit or a number word starting a word) and the words that open the other
# patterns are found by str.find on the lowered text and a scan for digits in C, and each
# pattern is tried there alone (``_from``). A match of each pattern starts at one of them,
# so the matches are the same. Texts where re.I matches a letter beyond its lower case ("ı"
# for "i", "ſ" for "s"), or whose lower case moves offsets, or with numbers too close together
# (hostile runs of "1 1 1"), are scanned whole as before.
_ODD_LETTERS = ("\u0131", "\u017f")
_WORDS = {w.split()[-1] for w in WORD_NUMBERS if w not in ("zero", "one")}
# Found by their shortest forms: "seven" finds "seventeen" and "seventy" (_COUNT_START decides).
_NUMBER_WORDS = tuple(
    sorted(w for w in _WORDS if not any(w != o and w.startswith(o) for o in _WORDS))
)
_WORD_DIGIT = re.compile(r"\d(?<!\w\d)")  # a digit that starts a word, found by a scan in C
_LEAD_LIST = tuple(_LEAD_WORDS[3:-1].split("|"))
_LEAD_CHARS = 16  # "upwards of" and three spaces before a number, or "a " before "dozen"
_ROLE_OPENERS = ("role", "position", "job", "opening", "vacanc", "req")  # ROLE_WORDS' starts
_LIMIT_OPENERS = ("limited to", "capacity", "max")  # _LIMIT's first words
_SPARSE = 32  # at most one number in this many characters, else a whole scan


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it finds what re.I would at the same offsets, else None."""
    low = text.lower()
    if len(low) != len(text) or any(char in text for char in _ODD_LETTERS):
        return None
    return low


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def _word_starts(text: str, low: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` (lower case) starts a word of ``text``, in order."""
    found = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            if _starts_word(text, at):
                found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


def _number_starts(text: str, low: str) -> list[int] | None:
    """Every place where a number of NUMBER may start, in order: a digit or a number word
    starting a word, and "a dozen" two letters before "dozen"; None when there are too many
    to try one by one."""
    found = {m.start() for m in _WORD_DIGIT.finditer(text)}
    for at in _word_starts(text, low, _NUMBER_WORDS):
        found.add(at)
        if at >= 2 and low.startswith("a ", at - 2):
            found.add(at - 2)
    return None if len(found) * _SPARSE > len(text) else sorted(found)


def _count_starts(text: str, low: str, numbers: list[int]) -> list[int]:
    """``_COUNT_START``'s matches: at a number, or at a lead word ("more than") with a
    number close after it."""
    candidates = set(numbers)
    for at in _word_starts(text, low, _LEAD_LIST):
        after = bisect_right(numbers, at)
        if after < len(numbers) and numbers[after] <= at + _LEAD_CHARS:
            candidates.add(at)
    return [at for at in sorted(candidates) if _COUNT_START.match(text, at)]


def to_amount(value: object) -> float | None:
    """Read a money amount from a number or a string ('150,000', '$45', '1.234,50 EUR')."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if value == value and abs(value) < 1e12 else None
    if not isinstance(value, str):
        return None
    text = value.strip()[:100]
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    from price_parser import Price

    amount = Price.fromstring(text).amount_float
    if amount is None or abs(amount) >= 1e12:
        return None
    return amount


# A line that is a head count and nothing else, as an event page's attendance box prints it
# (often in a sidebar, outside the description): "178 Going", "45 attendees", "120 RSVPs",
# "32 people are going", "45 Teilnehmer", "32 inscrits", "120 asistentes".
_HEADS = (
    r"(?:attendees|participants|registrants|guests|rsvps?|"
    r"teilnehmer(?:innen)?|teilnehmende|g\u00e4ste|zusagen|inscrits|participants?|"
    r"asistentes|inscritos|participantes)"
)
# People in general ("6 personnes" serves a recipe): heads only with a verb of attending.
_PEOPLE = r"(?:people|personen|personnes|personas)"
_VERBS = (
    r"(?:going|attending|attended|registered|signed up|rsvp(?:'|\u2019)?d|coming|"
    r"nehmen teil|angemeldet|dabei|inscrits|participent|asistir\u00e1n|asisten|"
    r"inscritos|confirmados)"
)
_BEFORE_VERB = rf"{_SPACE}(?:(?:are|have|sind|sont){_SPACE})?"
_ATTENDANCE_LINE = re.compile(
    rf"\W{{0,3}}(?P<num>\d{{1,3}}(?:[,.\u202f ]\d{{3}})?|\d{{1,6}})\+?{_SPACE}"
    rf"(?:{_HEADS}(?:{_BEFORE_VERB}{_VERBS})?|{_PEOPLE}{_BEFORE_VERB}{_VERBS}|{_VERBS})\W{{0,3}}",
    re.I,
)
ATTENDANCE_LINE_CHARS = 40


def attendance_line(lines: list[str]) -> tuple[int, str] | None:
    """The head count a page prints as a line of its own ("178 Going"), with that line; None
    when it prints none, or several different ones (a list of events, each with its count)."""
    found = {}
    for line in lines:
        line = line.strip()
        if not line or len(line) > ATTENDANCE_LINE_CHARS:
            continue
        match = _ATTENDANCE_LINE.fullmatch(line)
        if match:
            value = to_count(match.group("num"))
            if value and value <= MAX_COUNT:
                found.setdefault(value, line)
    if len(found) != 1:
        return None
    return next(iter(found.items()))
