"""Job titles to O*NET occupations, how near two occupations are, and seniority.

Public interface::

    match_title(title) -> {"code", "title", "major", "family", "minor", "broad",
                           "job_zone", "confidence"} | None
        the best O*NET occupation for a job title or a target role; confidence is 1
        for a known title, about 0.9 for one with seniority or schedule words around
        it, lower for a guess from shared words (0.5 at most when only the head noun,
        "consultant", is shared: then the occupation the index gives that head noun)
    similarity(code_a, code_b) -> float in [0, 1]
        1 same; 0.8/0.65/0.5 O*NET related tiers (Primary-Short/Long/Supplemental);
        0.85/0.6/0.4/0.2 same SOC detailed/broad/minor/major group; about 0.45 for a
        Primary-Short relation of a Primary-Short relation; else 0
    seniority_of(title) -> "intern"|"entry"|"mid"|"senior"|"lead"|"executive"|None
    technologies_of(code) -> [skill name]   canonical names, hot/in-demand first, <= 40
    describe(code) -> the same dict as match_title, for a known code

Backed by the shipped index (see ``_index.py``), loaded once on first use.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache
from typing import Any

from api.core.model import _index

# --- normalisation (shared with scripts/build_index.py, so index and queries agree) ---

_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "mgr": "manager",
    "mngr": "manager",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "asst": "assistant",
    "assoc": "associate",
    "vp": "vice president",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "avp": "assistant vice president",
    "swe": "software engineer",
    "sde": "software development engineer",
    "sre": "site reliability engineer",
    "ml": "machine learning",
    "hr": "human resources",
    "backend": "back end",
    "frontend": "front end",
    "fullstack": "full stack",
    "programme": "program",
    "lpn": "licensed practical nurse",
    "cna": "certified nursing assistant",
    "np": "nurse practitioner",
    "pa": "physician assistant",
}

_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "a", "an", "to", "with", "at", "on", "or"})

# Words that say how senior or how scheduled a role is, not what it is. Seniority is
# written before the role ("Senior Engineer") or after it ("Engineer II", "... Intern");
# in the middle such words belong to the role ("Chief of Staff", "Head Start Teacher").
_LEADING_QUALIFIERS = frozenset(
    """
    senior junior staff principal lead head intern trainee entry level mid experienced
    associate new grad graduate
    """.split()
)
_TRAILING_QUALIFIERS = frozenset(
    {"i", "ii", "iii", "iv", "1", "2", "3", "4", "intern", "internship", "trainee", "level"}
)
_SCHEDULE_WORDS = frozenset(
    """
    remote hybrid onsite contract temporary temp night shift weekend evening overnight
    seasonal summer winter urgent hiring 1st 2nd 3rd
    """.split()
)
_SCHEDULE_PAIRS = {("part", "time"), ("full", "time"), ("day", "shift")}


def strip_qualifiers(words: list[str]) -> list[str]:
    """The words of a title that name the role, without seniority or schedule."""
    kept: list[str] = []
    for w in words:
        if kept and (kept[-1], w) in _SCHEDULE_PAIRS:
            kept.pop()
        elif w not in _SCHEDULE_WORDS:
            kept.append(w)
    words = kept
    start, end = 0, len(words)
    while start < end and words[start] in _LEADING_QUALIFIERS:
        start += 1
    while end > start and words[end - 1] in _TRAILING_QUALIFIERS:
        end -= 1
    return words[start:end]


_SPLIT_RE = re.compile(r"\s[-\u2013\u2014|/:]\s|[,(\[)\]|\u2013\u2014]|\s@\s|\sat\s")
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:\+\+|#)?")


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ics")):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    """Lowercase, expand abbreviations, drop stopwords, stem plurals."""
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    out: list[str] = []
    for tok in _TOKEN_RE.findall(text):
        expanded = _ABBREVIATIONS.get(tok)
        for part in expanded.split() if expanded else (tok,):
            if part not in _STOPWORDS:
                out.append(_stem(part))
    return out


def normalize(text: str) -> str:
    """The lookup key of a title: its normalised tokens joined by spaces."""
    return " ".join(tokens(text))


def split_title(title: str) -> tuple[str, str]:
    """Split into the role (before a comma, dash or parenthesis) and the rest."""
    parts = [p for p in (s.strip() for s in _SPLIT_RE.split(title)) if p]
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])


# --- the loaded structures ---


class _Occupations:
    def __init__(self, data: dict[str, Any]) -> None:
        occ = data["occupations"]
        self.codes: list[str] = occ["codes"]
        self.position = {c: i for i, c in enumerate(self.codes)}
        self.titles: list[str] = occ["titles"]
        self.job_zone: list[int] = occ["job_zone"]
        self.related: list[list[list[int]]] = occ["related"]
        self.tech: list[list[str]] = occ["tech"]
        self.soc_names: dict[str, str] = data["soc_names"]
        titles = data["titles"]
        self.keys: list[str] = titles["keys"]
        # normalised title -> index of its best code
        self.exact: dict[str, int] = dict(zip(self.keys, titles["code"], strict=True))
        self.key_code: list[int] = titles["code"]
        # head noun -> the code a title with it most likely means, all else unknown
        self.heads: dict[str, int] = titles.get("heads", {})
        self.postings: dict[str, list[int]] = dict(
            zip(titles["tokens"], titles["postings"], strict=True)
        )
        n = len(self.keys)
        self.idf = {t: math.log(1 + n / len(p)) for t, p in self.postings.items()}
        self.default_idf = math.log(1 + n)
        # each title's summed idf, as the fuzzy match weighs how much of it a query covers
        self.key_mass = [0.0] * n
        for t, p in self.postings.items():
            w = self.idf[t]
            for i in p:
                self.key_mass[i] += w
        # related occupations both ways: code index -> {related code index: score}
        self.neighbours: list[dict[int, float]] = [{} for _ in self.codes]
        for a, tiers in enumerate(self.related):
            for tier_value, members in zip(_TIER_VALUES, tiers, strict=True):
                for rank, b in enumerate(members):
                    score = tier_value - 0.004 * rank
                    for x, y in ((a, b), (b, a)):
                        if self.neighbours[x].get(y, 0.0) < score:
                            self.neighbours[x][y] = score


_CODE_RE = re.compile(r"\d\d-\d{4}\.\d\d")
_TIER_VALUES = (0.8, 0.65, 0.5)  # Primary-Short, Primary-Long, Supplemental
_TWO_HOPS = 0.75  # two Primary-Short steps: about 0.45
_occupations: _Occupations | None = None
_lock = threading.Lock()


def _data() -> _Occupations:
    global _occupations
    if _occupations is None:
        with _lock:
            if _occupations is None:
                _occupations = _Occupations(_index.load())
    return _occupations


# --- public interface ---


def describe(code: str) -> dict[str, Any] | None:
    """The facts the index holds about one O*NET code (title, SOC groups, job zone)."""
    d = _data()
    i = d.position.get(_full_code(code))
    if i is None:
        return None
    return _describe(d, i, 1.0)


def _full_code(code: str) -> str:
    return code if "." in code else code + ".00"


def _describe(d: _Occupations, i: int, confidence: float) -> dict[str, Any]:
    code = d.codes[i]
    major = code[:2] + "-0000"
    return {
        "code": code,
        "title": d.titles[i],
        "major": major,
        "family": d.soc_names.get(major),
        "minor": code[:5] + "00",
        "broad": code[:6] + "0",
        "job_zone": d.job_zone[i] or None,
        "confidence": round(confidence, 3),
    }


# "Head of Engineering", "VP of Sales", "Director of Nursing": the function comes after
# "of", and the title reads as "Engineering Director", "Sales Vice President".
_OF_RE = re.compile(
    r"\s*(head|director|vp|vice president|svp|evp|manager|lead)\s+of\s+(?:the\s+)?(.+)",
    re.IGNORECASE,
)
_OF_ROLE = {"head": "director", "lead": "manager"}
_OF_ROLE.update(dict.fromkeys(["vp", "vice president", "svp", "evp"], "director"))
# Words that name a rank rather than a function ("Director, Product Management").
_RANK_WORDS = frozenset("director manager vice president chief officer".split())


@lru_cache(maxsize=4096)
def _match(title: str) -> tuple[int, float] | None:
    d = _data()
    primary, secondary = split_title(title)
    of = _OF_RE.fullmatch(primary)
    if of:
        rank = of.group(1).lower()
        primary = f"{of.group(2)} {_OF_ROLE.get(rank, rank)}"
    whole = normalize(title)
    p_tokens = tokens(primary)
    stripped = strip_qualifiers(p_tokens)
    candidates = [(whole, 1.0), (" ".join(p_tokens), 0.97), (" ".join(stripped), 0.92)]
    s_tokens = strip_qualifiers(tokens(secondary)) if secondary else []
    if s_tokens and whole not in d.exact:
        # "Nurse, Emergency Room" may be a title of its own ("Emergency Room Nurse")
        specific = s_tokens + stripped
        code = d.exact.get(" ".join(specific))
        if code is not None:
            return code, 0.95
        bare = d.exact.get(" ".join(stripped))
        if len(stripped) == 1 and bare is not None and not set(stripped) <= _RANK_WORDS:
            # "Teacher, Kindergarten": a bare noun before the comma says too little;
            # the words after it may narrow it down within its SOC minor group
            found = _fuzzy(d, specific, [])
            if found and found[1] >= 0.6 and d.codes[found[0]][:5] == d.codes[bare][:5]:
                return found
    if secondary and set(stripped) <= _RANK_WORDS:
        # "Director, Product Management": the function is in the second part.
        stripped = strip_qualifiers(tokens(secondary)) + stripped
        candidates = [(whole, 1.0), (" ".join(stripped), 0.92)]
        secondary = ""
    for key, confidence in candidates:
        code = d.exact.get(key) if key else None
        if code is not None:
            return code, confidence
    if not stripped:
        return None
    return _fuzzy(d, stripped, strip_qualifiers(tokens(secondary)))


_MAX_CANDIDATES = 1500  # per query word; posting lists hold the shortest titles first
_MIN_SCORE = 0.35


def _fuzzy(d: _Occupations, primary: list[str], secondary: list[str]) -> tuple[int, float] | None:
    """Best code by the titles that share the query's head noun and most of its words."""
    idf, postings = d.idf, d.postings
    known = [t for t in dict.fromkeys(primary) if t in postings]
    if not known:
        return None
    weight = {t: 0.35 * idf[t] for t in secondary if t in postings}
    weight.update({t: idf[t] for t in known})
    primary_words = set(known)
    # words no title has ("Quant Researcher") still count against the match
    q_mass = sum(weight[t] for t in known) + d.default_idf * (len(set(primary)) - len(known))
    # The head noun ("consultant", "teacher") says what the role is: keep to titles
    # that have it when any do.
    head = known[-1] if primary[-1] == known[-1] else None
    # What each candidate title shares with the query, summed word by word over the
    # posting lists (no title is split): candidates come from the first titles of each
    # word but the head; the head, when any title has it, must be among their words.
    shared: dict[int, float] = {}
    for t in known:
        if t != head:
            w = weight[t]
            for i in postings[t][:_MAX_CANDIDATES]:
                shared[i] = shared.get(i, 0.0) + w
    if head is not None:
        with_head = {}
        w = weight[head]
        for i in postings[head]:
            if i in shared:
                with_head[i] = shared[i] + w
        if not with_head:
            # No title has the head noun with the other words ("Strategy Consultant"):
            # answer as for the head noun alone, and say that it is a weak guess.
            return _head_only(d, head, w / q_mass)
        shared = with_head
    # the rest of each long posting list and the words after the comma add to the
    # candidates found, so that every candidate is weighed by all its words
    primary = dict(shared)
    for t in known:
        if t != head and len(postings[t]) > _MAX_CANDIDATES:
            w = weight[t]
            for i in postings[t][_MAX_CANDIDATES:]:
                if i in shared:
                    shared[i] += w
                    primary[i] += w
    for t in weight:
        if t not in primary_words:
            w = weight[t]
            for i in postings[t]:
                if i in shared:
                    shared[i] += w
    # a title must cover enough of the query to score 0.35 (cover ** 0.7 * ...)
    floor = _MIN_SCORE ** (1 / 0.7) * q_mass
    by_code: dict[int, list[float]] = {}
    key_mass, key_code = d.key_mass, d.key_code
    for i, covered in primary.items():
        if covered < floor:
            continue
        cover_query = covered / q_mass
        cover_title = min(1.0, shared[i] / key_mass[i])
        score = cover_query**0.7 * cover_title**0.3
        slot = by_code.setdefault(key_code[i], [0.0, 0])
        if score > slot[0]:
            slot[0] = score
        if cover_query >= 0.999:
            slot[1] += 1
    if not by_code:
        return None
    # Several titles of one occupation that hold every query word back each other up.
    best = max(by_code, key=lambda c: (by_code[c][0] + 0.03 * min(by_code[c][1], 5), -c))
    score = by_code[best][0]
    if score < _MIN_SCORE:
        return None
    return best, round(min(0.9, score * 0.9), 3)


def _head_only(d: _Occupations, head: str, cover: float) -> tuple[int, float] | None:
    """The occupation a title with this head noun most likely means (the index says,
    for each head noun of O*NET's titles); for another word ("Epidemiology Intern"),
    the occupation of the shortest title that has it."""
    confidence = min(0.5, 0.7 * cover**0.7)
    if confidence < 0.3:  # the head noun is too little of the title to go by
        return None
    code = d.heads.get(head)
    if code is None:
        code = d.key_code[min(d.postings[head], key=lambda i: (d.key_mass[i], i))]
    return code, round(confidence, 3)


def match_title(title: str) -> dict[str, Any] | None:
    """The best O*NET occupation for a free-text job title or target role."""
    if not title or not title.strip():
        return None
    found = _match(title.strip()[:200])
    if found is None:
        return None
    return _describe(_data(), found[0], found[1])


@lru_cache(maxsize=16384)
def similarity(code_a: str, code_b: str) -> float:
    """How near two occupations are, 0 (unrelated) to 1 (the same)."""
    if not code_a or not code_b:
        return 0.0
    a, b = _full_code(code_a), _full_code(code_b)
    if a == b:
        return 1.0
    if not (_CODE_RE.fullmatch(a) and _CODE_RE.fullmatch(b)):
        return 0.0
    d = _data()
    related = 0.0
    ia, ib = d.position.get(a), d.position.get(b)
    if ia is not None and ib is not None:
        near_a = d.neighbours[ia]
        related = near_a.get(ib, 0.0)
        # a relation of a relation ("Survey Researcher" - "Data Scientist" - "Statistician")
        # through Primary-Short relations only: longer chains reach across fields
        for c, via in near_a.items():
            onward = d.neighbours[c].get(ib, 0.0)
            if via > _TIER_VALUES[1] and onward > _TIER_VALUES[1]:
                related = max(related, _TWO_HOPS * via * onward)
    if a[:7] == b[:7]:
        prefix = 0.85  # one SOC occupation, two O*NET specialisations
    elif a[:6] == b[:6]:
        prefix = 0.6  # same broad group
    elif a[:5] == b[:5]:
        prefix = 0.4  # same minor group
    elif a[:2] == b[:2]:
        prefix = 0.2  # same major group
    else:
        prefix = 0.0
    return round(max(related, prefix), 3)


def technologies_of(code: str) -> list[str]:
    """Canonical technology skills typical of the occupation, hot/in-demand first."""
    d = _data()
    i = d.position.get(_full_code(code)) if code else None
    return list(d.tech[i]) if i is not None else []


# --- seniority ---

_SENIORITY_TOKEN_RE = re.compile(r"[a-z0-9]+")
_EXECUTIVE = frozenset(
    """
    chief ceo cto cfo coo cio cmo cpo ciso cdo cro vp svp evp avp president founder
    cofounder
    """.split()
)
_INTERN = frozenset({"intern", "internship", "interns", "coop", "trainee", "placement"})
_LEAD = frozenset({"lead", "principal", "head", "director", "distinguished"})
_SENIOR = frozenset({"senior", "sr", "snr", "iii", "iv", "expert"})
_ENTRY = frozenset({"junior", "jr", "entry", "graduate", "grad", "apprentice", "i", "beginner"})
_MID = frozenset({"mid", "intermediate", "ii"})
# "Staff" is a level only for these kinds of work ("Staff Engineer", not "Staff Nurse").
_STAFF_LEVEL_NEXT = frozenset(
    """
    engineer software data developer scientist designer architect product research
    researcher machine ml security frontend backend site infrastructure platform applied
    analytics systems mobile ux
    """.split()
)
_ROLE_AFTER_ASSOCIATE_TOP = frozenset(
    {"director", "vp", "vice", "principal", "partner", "dean", "professor"}
)


@lru_cache(maxsize=4096)
def seniority_of(title: str) -> str | None:
    """intern, entry, mid, senior, lead or executive, as the title words say; else None."""
    if not title:
        return None
    text = title.lower().replace("co-op", "coop").replace("co-founder", "cofounder")
    words = _SENIORITY_TOKEN_RE.findall(text)
    if not words:
        return None
    ws = set(words)
    if (
        ws & _EXECUTIVE
        or "vice president" in text
        or "managing director" in text
        or ("executive director" in text)
    ):
        return "executive"
    if ws & _INTERN or "summer analyst" in text:
        return "intern"
    if "director" in ws and ("senior" in ws or "sr" in ws or "group" in ws):
        return "executive"
    lead = bool(ws & _LEAD) and not (words[-1] == "principal" and len(words) <= 2)
    for i, w in enumerate(words[:-1]):
        if w == "staff" and words[i + 1] in _STAFF_LEVEL_NEXT:
            lead = True
    if lead:
        return "lead"
    if ws & _SENIOR:
        return "senior"
    if "associate" in ws:
        i = words.index("associate")
        if i + 1 < len(words) and words[i + 1] in _ROLE_AFTER_ASSOCIATE_TOP:
            return "senior"
        if i + 1 < len(words):
            return "entry"
    if ws & _ENTRY or "new grad" in text or "entry level" in text:
        return "entry"
    if ws & _MID:
        return "mid"
    return None
