"""Job titles to O*NET occupations, how near two occupations are, and seniority.

Public interface::

    match_title(title, description=None, *, skills=(), cached=True)
        -> {"code", "title", "display_name", "major", "family", "family_name", "minor",
            "broad", "job_zone", "confidence"} | None
        the O*NET occupation a job title or a target role means. The title is read as
        a role (seniority, schedule, pay, place and team words set aside: "Sr. Software
        Engineer II (Payments) - Remote" is a software engineer), weighed against every
        occupation that lists that title or titles like it, and against the words those
        occupations' titles are made of; a rank with its function ("Director, Commercial
        Legal") is read as the function at that rank, a trailing "Lead" as a rank ("Site
        Reliability Lead"), a field without a role noun as the one who works in it
        ("Design Lead": a designer, at most 0.45 sure), a unit word as where the role
        sits ("Coordinator (Events Team)"), British words as O*NET's ("Labourer"); a
        role noun with words no title pairs it with ("Lecturer in Nursing") as the noun,
        its words choosing among its occupations. When the title leaves a choice
        ("Analyst", "Technician"), the skills of ``description`` (or ``skills``, names)
        choose among the candidates by the technologies each occupation uses.
        ``title`` is the O*NET name (plural, as O*NET writes it); ``display_name`` and
        ``family_name`` are for people ("software developer", "computing and
        mathematics"). Confidence is 1 for a title O*NET lists, about 0.9 with seniority
        or schedule words around it, lower for a guess from shared words (0.5 at most
        when only the head noun, "consultant", is known). ``cached=False`` for a profile's
        own words: nothing of the call is kept in the process (see "Privacy" below).
    similarity(code_a, code_b) -> float in [0, 1]
        1 same; 0.8/0.65/0.5 O*NET related tiers (Primary-Short/Long/Supplemental);
        0.85/0.6/0.4/0.2 same SOC detailed/broad/minor/major group; about 0.45 for a
        Primary-Short relation of a Primary-Short relation; a relation or group (but
        the detailed one) worth down to a fifth of that where both occupations have
        many common skills and share few of them (Software Developers and Web and
        Digital Interface Designers: Git and Java against Figma); 0.8 x the nearness of
        two occupations by technologies, skills and knowledge (neighbours); else 0
    neighbours(code, *, limit=10, across_fields=None)
        -> [{"code", "title", "display_name", "family_name", "score", "shared"}]
        the nearest occupations, by O*NET relations and by what their holders use and
        know (technologies, 35 skills and 33 knowledge areas); across_fields=True for
        those outside the SOC major group (a career changer's moves); shared names the
        rarer technologies and the top skills and knowledge both have
    baseline_skills(code) -> [{"name", "hot", "in_demand", "from_tasks", "common"}]
        the skills O*NET gives the occupation; common ones (hot, in demand, or named by
        its tasks) are what every holder can be taken to know
    is_common_for(skill, code) -> bool
        whether the skill (any spelling) is common for the occupation: not "new" to
        someone who holds it; keeps nothing of the skill name
    seniority_of(title, *, cached=True) -> "intern"|"entry"|"mid"|"senior"|"lead"|"executive"|None
    technologies_of(code) -> [skill name]   canonical names, hot/in-demand first, <= 40
    describe(code) -> the same dict as match_title, for a known code

Privacy: page-derived titles are memoized (a page's title recurs across a results
page); a profile's target roles are not. Call ``match_title(text, cached=False)`` and
``seniority_of(text, cached=False)`` for anything the person wrote: those calls keep
nothing of the text in any process-wide cache.

Backed by the shipped index (see ``_index.py``), loaded once on first use.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    "engr": "engineer",
    "asst": "assistant",
    "assoc": "associate",
    "dir": "director",
    "coord": "coordinator",
    "rep": "representative",
    "exec": "executive",
    "ops": "operations",
    "mktg": "marketing",
    "mgmt": "management",
    "svc": "service",
    "svcs": "service",
    "cust": "customer",
    "sw": "software",
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
# British spellings and words of job titles, as O*NET's (American) titles write them
# ("Labourer", "Paediatric Nurse", "Tyre Fitter", "Carer", "Warehouse Operative").
_BRITISH = {
    "labour": "labor",
    "labourer": "laborer",
    "paediatric": "pediatric",
    "paediatrician": "pediatrician",
    "paediatrics": "pediatrics",
    "orthopaedic": "orthopedic",
    "orthopaedics": "orthopedics",
    "anaesthetist": "anesthesiologist",
    "anaesthetic": "anesthetic",
    "anaesthesia": "anesthesia",
    "gynaecology": "gynecology",
    "gynaecologist": "gynecologist",
    "haematology": "hematology",
    "oesophageal": "esophageal",
    "tyre": "tire",
    "tyres": "tires",
    "jewellery": "jewelry",
    "jeweller": "jeweler",
    "colour": "color",
    "defence": "defense",
    "licence": "license",
    "centre": "center",
    "organisation": "organization",
    "organisational": "organizational",
    "catalogue": "catalog",
    "aluminium": "aluminum",
    "fibre": "fiber",
    "mould": "mold",
    "moulder": "molder",
    "behaviour": "behavior",
    "behavioural": "behavioral",
    "counsellor": "counselor",
    "counselling": "counseling",
    "modelling": "modeling",
    "travelling": "traveling",
    "draughtsman": "draftsman",
    "draughtsperson": "drafter",
    "carer": "caregiver",
    "operative": "operator",
    "maths": "math",
}
# Shortenings that name the role when they end it ("Surgical Tech", "Sys Admin") and
# its field before another word ("Tech Lead", "Admin Assistant", "Eng Manager").
_ROLE_ABBREVIATIONS = {
    "tech": ("technician", "technical"),
    "admin": ("administrator", "administrative"),
    "eng": ("engineer", "engineering"),
    "dev": ("developer", "development"),
    "spec": ("specialist", "specialist"),
    "acct": ("accountant", "account"),
}

_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "a", "an", "to", "with", "at", "on", "or"})

# Words that say how senior or how scheduled a role is, not what it is. Seniority is
# written before the role ("Senior Engineer") or after it ("Engineer II", "... Intern");
# in the middle such words belong to the role ("Chief of Staff", "Head Start Teacher").
_LEADING_QUALIFIERS = frozenset(
    """
    senior junior staff principal lead head intern trainee entry level mid experienced
    associate new grad graduate adjunct visiting
    """.split()
)
_DEPUTY = frozenset({"deputy"})
_TRAILING_QUALIFIERS = frozenset(
    {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5", "intern", "internship", "trainee",
     "level", "senior", "junior"}  # "Audit Senior"
)
_SCHEDULE_WORDS = frozenset(
    """
    remote hybrid onsite wfh telecommute contract contractor temporary temp seasonal
    permanent night nights shift shifts weekend weekends evening evenings overnight
    overnights noc prn urgent urgently hiring immediate immediately asap bonus signing
    hourly 1st 2nd 3rd
    """.split()
)
_SCHEDULE_PAIRS = frozenset(
    {("part", "time"), ("full", "time"), ("day", "shift"), ("per", "diem"), ("sign", "on"),
     ("new", "grad"), ("on", "site")}
)


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
    while start < end and (
        words[start] in _LEADING_QUALIFIERS
        # "Deputy Director", "Deputy Manager": a rank's stand-in ("Deputy Sheriff" stays)
        or (words[start] in _DEPUTY and start + 1 < end and words[start + 1] in _RANK_WORDS)
    ):
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
    raw = _TOKEN_RE.findall(text)
    out: list[str] = []
    for n, tok in enumerate(raw):
        role_form = _ROLE_ABBREVIATIONS.get(tok) if len(raw) > 1 else None
        if role_form:
            nxt = raw[n + 1] if n + 1 < len(raw) else None
            ends = nxt is None or nxt in _TRAILING_QUALIFIERS
            expanded = role_form[0] if ends else role_form[1]
        else:
            expanded = _ABBREVIATIONS.get(tok) or _BRITISH.get(tok)
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
        self.display: list[str] = occ.get("display") or [t.lower() for t in self.titles]
        self.job_zone: list[int] = occ["job_zone"]
        self.related: list[list[list[int]]] = occ["related"]
        self.tech: list[list[str]] = occ["tech"]
        self.soc_names: dict[str, str] = data["soc_names"]
        self.family_names: dict[str, str] = data.get("family_names", {})
        titles = data["titles"]
        self.keys: list[str] = titles["keys"]
        # normalised title -> index of the code it most likely means alone
        self.exact: dict[str, int] = {k: i for i, k in enumerate(self.keys)}
        self.key_code: list[int] = titles["code"]
        # every code that lists each title, and its weight (tenths): [c, w, c, w, ...]
        self.listed: list[list[int]] = titles["listed"]
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
        # how many titles each word ends: the nouns that name roles ("nurse", "analyst"),
        # and in how many occupations ("technician" in hundreds, "welder" in a few)
        self.head_count: dict[str, int] = {}
        ending: dict[str, dict[int, int]] = {}
        for key, listed in zip(self.keys, titles["listed"], strict=True):
            last = key.rsplit(" ", 1)[-1]
            self.head_count[last] = self.head_count.get(last, 0) + 1
            counts = ending.setdefault(last, {})
            for c in listed[::2]:
                counts[c] = counts.get(c, 0) + 1
        self.head_spread = {w: len(counts) for w, counts in ending.items()}
        # the share of those titles the occupation with most of them holds
        self.head_top_share = {
            w: max(counts.values()) / sum(counts.values()) for w, counts in ending.items()
        }
        # the words that set each occupation's tasks apart (scripts/build_index.py): read
        # on first need (a description, or a skill to place)
        self._task_data = (occ.get("task_vocabulary", []), occ.get("task_words", []))
        self._task_words: dict[str, list[tuple[int, float]]] | None = None
        self._task_set: list[frozenset[str]] = []
        # each description word -> the occupations whose titles use it, and how much
        self._word_occupations: dict[str, list[tuple[int, float]]] | None = None
        # each occupation's titles, word by word: how characteristic a word is of it
        title_count = [0] * len(self.codes)
        word_count: list[dict[str, int]] = [{} for _ in self.codes]
        for key, listed in zip(self.keys, self.listed, strict=True):
            words = key.split()
            for c in listed[::2]:
                title_count[c] += 1
                counts = word_count[c]
                for w in words:
                    counts[w] = counts.get(w, 0) + 1
        self.title_count, self.word_count = title_count, word_count
        # the words of each occupation's own O*NET title count as if in many of its titles
        self.own_words = [frozenset(normalize(_core_title(t)).split()) for t in self.titles]
        # skills: index -> flags (1 hot, 2 in demand) per occupation, and how rare each is
        self.skills: list[dict[int, int]] = [
            dict(zip(row[::2], row[1::2], strict=True)) for row in occ.get("skills", [])
        ] or [{} for _ in self.codes]
        spread: dict[int, int] = {}
        for row in self.skills:
            for s in row:
                spread[s] = spread.get(s, 0) + 1
        n_occ = len(self.codes)
        most = max(self.title_count)
        self.breadth = [math.log1p(n) / math.log1p(most) for n in self.title_count]
        self.skill_idf = {s: math.log(1 + n_occ / k) for s, k in spread.items()}
        # occupations near by skills and knowledge (scripts/build_index.py), both ways
        self.skill_near: list[dict[int, float]] = [{} for _ in self.codes]
        for a, row in enumerate(occ.get("neighbours", [])):
            for b, score in zip(row[::2], row[1::2], strict=True):
                for x, y in ((a, b), (b, a)):
                    if self.skill_near[x].get(y, 0.0) < score / 100:
                        self.skill_near[x][y] = score / 100
        self._core: list[frozenset[int]] | None = None
        self.elements: list[str] = occ.get("elements", [])
        self.top_elements: list[list[int]] = occ.get("top_elements", [])
        # related occupations both ways: code index -> {related code index: score}
        self.neighbours: list[dict[int, float]] = [{} for _ in self.codes]
        for a, tiers in enumerate(self.related):
            for tier_value, members in zip(_TIER_VALUES, tiers, strict=True):
                for rank, b in enumerate(members):
                    score = tier_value - 0.004 * rank
                    for x, y in ((a, b), (b, a)):
                        if self.neighbours[x].get(y, 0.0) < score:
                            self.neighbours[x][y] = score

    @property
    def task_words(self) -> dict[str, list[tuple[int, float]]]:
        """Each task word -> (occupation, its weight among the occupation's task words)."""
        if self._task_words is None:
            vocabulary, rows = self._task_data
            by_word: dict[str, list[tuple[int, float]]] = {}
            sets = []
            for c, row in enumerate(rows):
                names = [vocabulary[w] for w in row[::2]]
                for name, weight in zip(names, row[1::2], strict=True):
                    by_word.setdefault(name, []).append((c, weight / 100))
                sets.append(frozenset(names))
            self._task_set = sets
            self._task_words = by_word
        return self._task_words

    @property
    def task_set(self) -> list[frozenset[str]]:
        """Each occupation's task words."""
        if self._task_words is None:
            self.task_words  # noqa: B018 (builds both)
        return self._task_set

    def word_occupations(self) -> dict[str, list[tuple[int, float]]]:
        """Each title word -> (occupation, how characteristic the word is of it)."""
        if self._word_occupations is None:
            inverted: dict[str, list[tuple[int, float]]] = {}
            for c, counts in enumerate(self.word_count):
                n = max(1, self.title_count[c])
                for w, k in counts.items():
                    share = 1.0 if w in self.own_words[c] else min(1.0, k / (FIELD_FULL_SHARE * n))
                    inverted.setdefault(w, []).append((c, share))
            self._word_occupations = inverted
        return self._word_occupations

    def core(self, c: int) -> frozenset[int]:
        """The skills every holder of the occupation has (in demand, or named by tasks)."""
        if self._core is None:
            self._core = [frozenset(s for s, f in row.items() if f & 6) for row in self.skills]
        return self._core[c]

    def listings(self, key: int) -> Iterable[tuple[int, float]]:
        row = self.listed[key]
        return zip(row[::2], (w / 10 for w in row[1::2]), strict=True)


def _core_title(title: str) -> str:
    """An O*NET title without its catch-all or exception tail."""
    return re.sub(r",\s*(All Other|Except\b.*|Including\b.*)$", "", title)


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
        "display_name": d.display[i],
        "major": major,
        "family": d.soc_names.get(major),
        "family_name": d.family_names.get(major) or (d.soc_names.get(major) or "").lower(),
        "minor": code[:5] + "00",
        "broad": code[:6] + "0",
        "job_zone": d.job_zone[i] or None,
        "confidence": round(confidence, 3),
    }


# --- reading a title ---

# "Head of Engineering", "Director of Nursing", "Professor of Chemistry", "Lecturer in
# Economics": the field comes after "of"/"in", and the title reads as "Engineering
# Director", "Chemistry Professor". After "for"/"to" comes whom the role serves.
_OF_ROLE = {"head": "director", "lead": "manager", "president": "director", "chief": "director"}
# Words that name a rank rather than a function ("Director, Product Management").
_RANK_WORDS = frozenset("director manager vice president chief officer head vp executive".split())
# Function names that O*NET's titles write otherwise.
_FUNCTION_SYNONYMS = {"people": "human resources", "talent": "talent acquisition"}
_PAY_RE = re.compile(
    r"(?:up to\s+)?[$£€]\s?\d[\d,.]*\s*[kK]?"
    r"(?:\s*(?:/|per|an|a)\s*(?:hr|hour|year|yr|week|wk|month))?"
    r"|\b\d+\s*(?:weeks?|wks?|months?)\b|#\s?\w+|\b(?:req|job)\s*(?:id|#|no\.?)\s*:?\s*\w+",
    re.IGNORECASE,
)
_PIECE_RE = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_SEPARATOR_RE = re.compile(r"\s[-\u2013\u2014|/:]\s|[,|;\u2013\u2014]|\s@\s|\s-(?=\S)|(?<=\S)-\s")
# Words that name a unit of an organisation ("Engineer, Payments Team"): beside the role
# they say where it sits, not what it is ("team" would pull towards Team Assemblers).
_UNIT_WORDS = frozenset(
    "team squad group department dept division unit org organisation organization pod "
    "tribe office function practice".split()
)
_MIN_HEAD_TITLES = 3  # a word that ends so many titles names a kind of role
_ROLE_NOUN_TITLES = 10  # ...and surely one ("product" ends a few titles, "designer" hundreds)


@dataclass
class _Query:
    role: list[str]  # the words that name the role, qualifiers stripped
    keys: list[tuple[str, float]]  # exact lookups to try, with their quality
    context: list[str] = field(default_factory=list)  # team, unit, specialty words
    skills: list[str] = field(default_factory=list)  # skills the title names
    function: str | None = None  # the function a bare rank leads ("legal" in "Director, Legal")
    derived: bool = False  # the role noun is read from its field ("Design Lead": designer)


def _segments(title: str) -> list[str]:
    """The title's parts: before and after commas, dashes, bars; bracketed parts."""
    title = _PAY_RE.sub(" ", title)
    pieces = [a or b for a, b in _PIECE_RE.findall(title)]
    rest = _PIECE_RE.sub(" , ", title)
    out = [p.strip() for p in _SEPARATOR_RE.split(rest)]
    out += [p.strip() for piece in pieces for p in _SEPARATOR_RE.split(piece)]
    return [p for p in out if p]


def _known(d: _Occupations, words: list[str]) -> list[str]:
    return [w for w in words if w in d.postings]


def _is_head(d: _Occupations, word: str) -> bool:
    return d.head_count.get(word, 0) >= _MIN_HEAD_TITLES


def _role_of(d: _Occupations, words: list[str]) -> tuple[list[str], list[str]]:
    """Split a part into the role (up to its last role noun) and trailing words."""
    for end in range(len(words), 0, -1):
        if _is_head(d, words[end - 1]):
            return words[:end], words[end:]
    return words, []


# A linking word between two words ("Head of Sales", "Assistant to the CEO"); the run of spaces
# is taken whole where it starts, after a word, so no space is a new start.
_LINK_RE = re.compile(r"(?<=\S)\s+(of|in|for|to)\s+(?:the\s+)?", re.IGNORECASE)


def _link(text: str) -> tuple[str, str, str] | None:
    """(X, link, Y) of a stripped "X of Y": the first link with one line on either side."""
    first, last = text.find("\n"), text.rfind("\n")
    at = 0
    while m := _LINK_RE.search(text, at):
        if first != -1 and m.start() > first:
            return None  # a line break in X: no later link leaves X one line either
        if m.end() > last:
            return text[: m.start()], m.group(1), text[m.end() :]
        at = m.start() + 1
    return None


def _role_words(words: list[str]) -> list[str]:
    """The words that name the role; a qualifier alone is the role ("Associate")."""
    stripped = strip_qualifiers(words)
    if stripped or not words:
        return stripped
    kept = [w for w in words if w not in _SCHEDULE_WORDS]
    return kept[-1:]


def _trailing_lead(d: _Occupations, words: list[str]) -> list[str]:
    """A role with "Lead" after it ("Site Reliability Lead", "Design Lead") is the role at
    a lead's rank, not a "lead" of anything: the word goes, as "Senior" does before the
    role; but where O*NET lists the leader ("Team Lead", "Crew Lead") it is that."""
    if len(words) < 2 or words[-1] != "lead":
        return words
    leader = [*words[:-1], "leader"]
    return leader if " ".join(strip_qualifiers(leader)) in d.exact else words[:-1]


def _agent_noun(d: _Occupations, word: str) -> str | None:
    """The role noun for one who does ``word`` ("design" -> "designer", "engineering" ->
    "engineer", "nursing" -> "nurse"), if titles end with it; else None."""
    stem = word[:-3] if word.endswith("ing") and len(word) > 5 else None
    forms = [word + "er", word + "r"] + ([stem + "er", stem + "e", stem] if stem else [])
    return next((f for f in forms if _is_head(d, f)), None)


def _reorder(d: _Occupations, segment: str) -> tuple[list[str], list[str]]:
    """A part's words, "X of Y" read as "Y X"; and whom a role serves ("to the CEO")."""
    words = _trailing_lead(d, tokens(segment))
    link = _link(segment.strip())
    if not link or " ".join(words) in d.exact:
        return words, []
    left, right = tokens(link[0]), tokens(link[2])
    if not left or not right or not (left[-1] in _RANK_WORDS or _is_head(d, left[-1])):
        return words, []
    if link[1].lower() in ("for", "to"):
        return left, right
    # "Head of Engineering", "VP of Sales", "Director of Nursing", "Professor of Chemistry"
    if set(strip_qualifiers(left)) <= _RANK_WORDS:
        left = [_OF_ROLE.get(left[-1], left[-1])]
    return right + left[:-1] + [_OF_ROLE.get(left[-1], left[-1])], []


def _function_words(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.extend(_FUNCTION_SYNONYMS.get(w, w).split())
    return out


def _read(d: _Occupations, title: str) -> _Query | None:
    """The role a title names, the other words it gives, and the lookups to try."""
    parts = [_reorder(d, segment) for segment in _segments(title)]
    role_at = None
    for n, (words, _) in enumerate(parts):
        stripped = _role_words(words)
        if any(_is_head(d, w) for w in stripped) or (stripped and " ".join(words) in d.exact):
            role_at = n
            break
    if role_at is None:
        # no part has a role noun ("Epidemiology Intern"): the first with known words
        known = (n for n, (w, _) in enumerate(parts) if _known(d, strip_qualifiers(w)))
        role_at = next(known, None)
    if role_at is None:
        return None
    whole, served = parts[role_at]
    field_word = None
    named = _role_words(whole)
    derived = False
    if (
        named
        and " ".join(named) not in d.exact
        and not any(d.head_count.get(w, 0) >= _ROLE_NOUN_TITLES for w in named)
    ):
        # a field without a role noun names the one who works in it ("Design Lead" is a
        # designer, "Research Lead" a researcher, "Engineering Intern" an engineer)
        agent = _agent_noun(d, named[-1])
        if agent:
            named = [*named[:-1], agent]
            derived = True
    role, trailing = _role_of(d, named)
    if len(role) > 1:
        # a word no O*NET title has is a technology or a name ("iOS Engineer", "Python
        # Developer"): the skills of the title weigh it; as a word it only dilutes
        role = [w for w in role[:-1] if w in d.postings] + role[-1:]
    rest = [w for n, (words, extra) in enumerate(parts) if n != role_at for w in words + extra]
    rest = strip_qualifiers(rest)
    if role and set(role) <= _RANK_WORDS:
        # "Director, Commercial Legal": the function follows the rank
        after = strip_qualifiers(parts[role_at + 1][0]) if role_at + 1 < len(parts) else []
        function = _function_words(after)
        if function:
            role = function + [_OF_ROLE.get(role[-1], role[-1])]
            rest = [w for w in rest if w not in after]
            whole = role
            field_word = function[-1]
    else:
        role = _function_words(role[:-1]) + role[-1:]
        if len(role) >= 2 and role[-1] in _RANK_WORDS:
            field_word = role[-2]  # "Legal Director", "Head of Legal"
    context: list[str] = []
    for w in [*trailing, *served, *rest]:
        if w in d.postings and w not in role and w not in context and w not in _UNIT_WORDS:
            context.append(w)
    if not role:
        return None
    keys = [(" ".join(whole), 1.0)] if whole != role else []
    if context:
        keys.append((" ".join(context + role), 0.97))
    keys.append((" ".join(role), 0.95 if (whole != role or context) else 1.0))
    if context and len(role) > 1:
        # "Adjunct Professor - Nursing" may be listed as a nursing professor
        keys.append((" ".join(context + role[-1:]), CONTEXT_PROBE))
    return _Query(role=role, keys=keys, context=context, function=field_word, derived=derived)


# --- weighing the candidates ---

EXACT_FLOOR = 0.55  # a title listed once, by one source, is still good evidence...
EXACT_PER_WEIGHT = 0.075  # ...and more so the more sources list it (own title: 6 -> 1.0)
CONTEXT_PROBE = 0.9  # a title made of the other part's words and the head noun, if listed
PROBE_QUALITY = 0.95  # ...is a candidate, not the title as written
EXACT_OTHER = 0.85  # another occupation that lists the title, as well attested as the first
FUZZY_SHARE = 0.9  # a title that shares most words is weaker evidence than one listed
CONTEXT_WEIGHT = 0.35  # words from the other parts of the title, against the role's own
FIELD_WEIGHT = 0.3  # how characteristic the role's other words are of the occupation
MODIFIER_DECAY = 0.7  # how much less a modifier says for each word between it and the noun
FIELD_FULL_SHARE = 0.25  # a word in a quarter of an occupation's titles is fully its own
SKILLS_WEIGHT = 0.45  # the skills named, by the technologies the occupation uses
DESCRIPTION_WEIGHT = 0.3  # the description's words, relative to the best-fitting candidate
WEIGHED_CANDIDATES = 60  # candidates by title that the skills and description weigh
GENERIC_HEAD_SPREAD = 12  # a word heading titles of so many occupations names no one of them
GENERIC_TOP_SHARE = 0.3  # ...none of which holds this share of the titles it ends
GENERIC_WEAK_LISTING = 4.0  # a listing weaker than a reported title does not settle it
GENERIC_RIVAL = 0.5  # ...nor one another occupation's listing comes this near to
GENERIC_TITLE = 0.5  # what such a one-word title is worth against the rest of the evidence
GENERIC_DEFAULT = 0.5  # the edge of what the word alone most likely means (see _default)
GENERIC_FLOOR = 0.2  # an occupation whose titles seldom use the word is an unlikely reading
GENERIC_PRIOR = 0.2  # how far a broad occupation (many titles) is likelier for such a title
IN_DEMAND = 0.5  # a skill in demand in the occupation's postings counts half as much again
FUNCTION_SHARE = 0.2  # a function word this characteristic of an occupation's titles names it
FUNCTION_TITLE = 0.6  # what a rank over a function says of the function's most senior occupation
THIN_TITLES = 2  # a word in fewer of an occupation's titles ties a query to it only loosely
THIN_CONFIDENCE = 0.55  # a title placed by its field and head noun only
HEADLESS_CONFIDENCE = 0.5  # a title placed by a field word, with no role noun
DERIVED_CONFIDENCE = 0.45  # a title whose role noun is read from its field ("Design Lead")
MIN_SCORE = 0.35  # a title that fits less than this says nothing of the occupation


def _evidence(weight: float) -> float:
    return min(1.0, EXACT_FLOOR + EXACT_PER_WEIGHT * weight)


def _candidates(
    d: _Occupations, q: _Query
) -> tuple[dict[int, float], str | None, dict[int, frozenset[str]], dict[int, float]]:
    """Each occupation the title may mean, by how well one of its titles fits (0-1); the
    most specific form of the title O*NET lists (None if none); and for the occupations
    that list it, its words (a listed title speaks for all its words)."""
    found: dict[int, float] = {}
    sure: dict[int, float] = {}  # how sure an answer would be, where not the score itself
    covered: dict[int, frozenset[str]] = {}  # the words of the listed title each code is by
    exact = None
    hits: set[int] = set()
    for key, quality in q.keys:
        i = d.exact.get(key)
        if i is None:
            continue
        if quality >= PROBE_QUALITY:
            exact = exact or key
        hits.add(i)
        resolved = d.key_code[i]
        top = max(w for c, w in d.listings(i) if c == resolved or c == d.listed[i][0])
        # the code the build chose for the title (see resolve(): it may be a group's
        # catch-all that does not list it) is what it means alone; the others that list
        # it are candidates the rest of the query may pick
        found[resolved] = max(found.get(resolved, 0.0), quality)
        for c, w in d.listings(i):
            s = quality if c == resolved else quality * EXACT_OTHER * min(1.0, w / top)
            if s > found.get(c, 0.0):
                found[c] = s
            covered[c] = covered.get(c, frozenset()) | frozenset(key.split())
        covered[resolved] = covered.get(resolved, frozenset()) | frozenset(key.split())
    for c, (s, plain) in _fuzzy(d, q.role, q.context, hits).items():
        s *= FUZZY_SHARE
        if s > found.get(c, 0.0):
            found[c] = s
            # how sure: how well the title fits, whoever lists it how often
            sure[c] = FUZZY_SHARE * plain
    return found, exact, covered, sure


def _field(
    d: _Occupations,
    c: int,
    words: list[str],
    weights: dict[str, float],
    covered: frozenset[str] = frozenset(),
) -> float:
    """How characteristic the query's words are of one occupation's titles (0-1)."""
    total = sum(weights[w] for w in words)
    if not total:
        return 0.0
    n = max(1, d.title_count[c])
    counts, own = d.word_count[c], d.own_words[c]
    got = 0.0
    for w in words:
        if w in own or w in covered:
            share = 1.0
        else:
            share = min(1.0, counts.get(w, 0) / (FIELD_FULL_SHARE * n))
        got += weights[w] * share
    return got / total


def _skill_fit(d: _Occupations, c: int, skills: list[int], words: list[list[str]]) -> float:
    """The share of the named skills (rarer ones weigh more) the occupation uses, those in
    demand in its postings counting more. A skill O*NET does not list for it counts when
    its name is what the occupation's titles or tasks are about ("HVAC" technicians)."""
    if not skills:
        return 0.0
    have = d.skills[c]
    tasks = d.task_set[c] if c < len(d.task_set) else frozenset()
    counts = d.word_count[c]
    total = sum(d.skill_idf.get(s, 1.0) for s in skills) * (1 + IN_DEMAND)
    got = 0.0
    for s, name in zip(skills, words, strict=True):
        flags = have.get(s)
        if flags is not None:
            got += d.skill_idf.get(s, 1.0) * (1 + IN_DEMAND * (flags >= 2))
        elif name and all(w in tasks or counts.get(w, 0) >= THIN_TITLES for w in name):
            got += d.skill_idf.get(s, 1.0)
    return got / total


def _text_words(d: _Occupations, text: str) -> dict[str, float]:
    """The words of a description that occupations' titles or tasks use, by how often."""
    counts: dict[str, int] = {}
    for w in tokens(text):
        if w in d.postings or w in d.task_words:
            counts[w] = counts.get(w, 0) + 1
    return {w: 1 + math.log(n) for w, n in counts.items()}


def _description_fit(d: _Occupations, text: dict[str, float], among) -> dict[int, float]:
    """How well a description's words fit each candidate (0-1, the best 1): the words
    that set its tasks apart, and the words of its titles (rarer ones weigh more)."""
    by_tasks: dict[int, float] = {}
    by_titles: dict[int, float] = {}
    inverted = d.word_occupations()
    for w, tf in text.items():
        for c, weight in d.task_words.get(w, ()):
            if c in among:
                by_tasks[c] = by_tasks.get(c, 0.0) + tf * weight
        idf = d.idf.get(w)
        if idf:
            for c, share in inverted.get(w, ()):
                if c in among:
                    by_titles[c] = by_titles.get(c, 0.0) + tf * idf * share
    fit: dict[int, float] = {}
    for part in (by_tasks, by_titles):
        most = max(part.values(), default=0.0)
        for c, f in part.items():
            fit[c] = fit.get(c, 0.0) + f / most / 2
    return fit


def _default(d: _Occupations, word: str) -> int | None:
    """What a one-word title means alone: the code the build chose for it as a head noun
    (its group's catch-all, "Engineer"; or what the titles it ends mostly mean,
    "Consultant"; see scripts/build_index.py), else as a title."""
    if word in d.heads:
        return d.heads[word]
    i = d.exact.get(word)
    return d.key_code[i] if i is not None else None


def _generic(d: _Occupations, word: str) -> bool:
    """Whether a one-word title names no one occupation: it ends titles of many, none
    holding many of them ("Analyst", "Technician"), and O*NET does not list it alone
    under one with good evidence ("Custodian", "Cashier" are not generic)."""
    if d.head_spread.get(word, 0) < GENERIC_HEAD_SPREAD:
        return False
    i = d.exact.get(word)
    weights = sorted((w for _, w in d.listings(i)), reverse=True) if i is not None else []
    if not weights or weights[0] < GENERIC_WEAK_LISTING:
        return True
    # "Developer": listed alone under software developers well above any other
    rivalled = len(weights) > 1 and weights[1] >= GENERIC_RIVAL * weights[0]
    return rivalled and d.head_top_share.get(word, 0.0) < GENERIC_TOP_SHARE


def _led_function(d: _Occupations, word: str, found: dict[int, float]) -> dict[int, float]:
    """The candidates for a rank and its function ("Director, Commercial Legal"): those
    whose titles name the function; if none does, the occupations whose titles do, the
    most senior first (a director of legal work is a lawyer, not a legal secretary)."""
    kept = {c: s for c, s in found.items() if d.word_count[c].get(word)}
    if kept:
        return kept
    out: dict[int, float] = {}
    for c, share in d.word_occupations().get(word, ()):
        if share >= FUNCTION_SHARE:
            out[c] = FUNCTION_TITLE * (d.job_zone[c] or 3) / 5
    return out or found


def _choose(
    d: _Occupations,
    q: _Query,
    skills: list[int],
    text: dict[str, float],
    trace: dict[int, list[float]] | None = None,
) -> tuple[int, float] | None:
    """The likeliest occupation and how sure; ``trace`` (for looking into an answer)
    receives each candidate's title, field, skills and description parts."""
    found, exact, covered, sure = _candidates(d, q)
    if q.function:
        found = _led_function(d, q.function, found)
    names = _skill_words(skills)
    unexplained = False
    # the word next to the role noun says most what kind it is ("Clinical Coding
    # Specialist" is a coding specialist); each word further out says a little less
    modifiers = q.role[:-1]
    if not found and len(q.role) > 1 and _is_head(d, q.role[-1]) and (
        skills or text or _known(d, q.role[:-1])
    ):
        # no title has the head noun with the other words ("Rust Engineer"): read it as
        # the head noun alone, which its other words (as the field of the titles), the
        # skills and the description then narrow down ("Lecturer in Nursing")
        q = _Query(
            role=q.role[-1:], keys=[(q.role[-1], 0.95)], context=q.context, function=q.function
        )
        found, exact, covered, sure = _candidates(d, q)
        if q.function:
            found = _led_function(d, q.function, found)
        unexplained = True
    if not found:
        return _head_guess(d, q)
    words = modifiers + q.context
    weights = {
        w: d.idf.get(w, d.default_idf) * MODIFIER_DECAY ** (len(modifiers) - 1 - k)
        for k, w in enumerate(modifiers)
    }
    for w in q.context:
        weights.setdefault(w, CONTEXT_WEIGHT * d.idf.get(w, d.default_idf))
    # One word that heads titles of many occupations ("Analyst", "Technician") says
    # little: the title's candidates are nearly alike, and the rest of what is known
    # (skills, description) chooses among them.
    generic = exact in (None, q.role[0]) and len(q.role) == 1 and _generic(d, q.role[0])
    if generic:
        # every occupation whose titles use the word is a reading; what the word means
        # alone counts only when nothing else is known of the role
        for c, _ in d.word_occupations().get(q.role[0], ()):
            found.setdefault(c, 0.0)
        default = _default(d, q.role[0]) if not (skills or text) else None
        if default is not None:
            found.setdefault(default, 0.0)
    scores = {}
    for c, s in found.items():
        if generic:
            # which of them O*NET lists the bare word under is noise; what counts is how
            # much of the occupation's titles the word heads, how broad it is, and what
            # the word alone most likely means (the build's choice)
            share = _field(d, c, q.role, {q.role[0]: 1.0})
            s = GENERIC_FLOOR + (1 - GENERIC_FLOOR) * share
            s += GENERIC_PRIOR * d.breadth[c] + GENERIC_DEFAULT * (c == default)
            s = GENERIC_TITLE * s / (1 + GENERIC_PRIOR + GENERIC_DEFAULT)
            found[c] = s
        field_part = FIELD_WEIGHT * _field(d, c, words, weights, covered.get(c, frozenset()))
        scores[c] = s + field_part
        if trace is not None:
            trace[c] = [s, field_part, 0.0, 0.0]
    if skills or text:
        # the skills and the description weigh the likeliest by title only (the rest
        # could not catch up with what the title says), or all when the title is generic
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        weighed = set(ranked if generic else ranked[:WEIGHED_CANDIDATES])
    if skills:
        for c in weighed:
            skill_part = SKILLS_WEIGHT * _skill_fit(d, c, skills, names)
            scores[c] += skill_part
            if trace is not None:
                trace[c][2] = skill_part
    if text:
        # the description's words, against each candidate's tasks and titles
        for c, f in _description_fit(d, text, weighed).items():
            scores[c] += DESCRIPTION_WEIGHT * f
            if trace is not None:
                trace[c][3] = DESCRIPTION_WEIGHT * f
    best = min(scores, key=lambda c: (-scores[c], c))
    confidence = found[best] if generic else sure.get(best, found[best])
    if unexplained and modifiers:
        # the role noun is known, and the other words say which of its occupations: as
        # sure as they are characteristic of its titles ("Lecturer in Nursing")
        fit = _field(d, best, modifiers, weights, covered.get(best, frozenset()))
        confidence = max(confidence, HEADLESS_CONFIDENCE * fit)
    if confidence < MIN_SCORE and not generic:
        return _head_guess(d, q)
    if not exact and not generic and _thin(d, best, q.role[:-1]):
        # "Platform Engineer": the one O*NET title that has both words ("Technical Platform
        # Engineer", under Blockchain Engineers) says which field the title belongs to, not
        # which of its occupations: there, the one whose titles the head noun most heads
        # (the score of that one title no longer says how sure the answer is)
        best = _typical_in_group(d, best, q.role[-1], skills)
        confidence = THIN_CONFIDENCE
    if unexplained or (not _is_head(d, q.role[-1]) and exact is None):
        # no word of the title names a kind of role ("Epidemiology Intern"), or only
        # the head noun is known: a guess
        confidence = min(confidence, HEADLESS_CONFIDENCE)
    if q.derived:
        # the role noun is read from its field ("Mechanical Design Lead" as a mechanical
        # designer, where it may be an engineer): a guess, less than half sure
        confidence = min(confidence, DERIVED_CONFIDENCE)
    return best, round(min(1.0, confidence), 3)


def _thin(d: _Occupations, c: int, modifiers: list[str]) -> bool:
    """Whether no word but the head ties the title to this occupation more than once."""
    words = [w for w in modifiers if w in d.postings]
    return bool(words) and all(
        d.word_count[c].get(w, 0) < THIN_TITLES and w not in d.own_words[c] for w in words
    )


def _typical_in_group(d: _Occupations, c: int, head: str, skills: list[int]) -> int:
    """The occupation of c's SOC minor group that a title with this head most likely means."""
    group = d.codes[c][:5]

    def typical(o: int) -> tuple[float, int]:
        share = _field(d, o, [head], {head: 1.0})
        fit = SKILLS_WEIGHT * _skill_fit(d, o, skills, _skill_words(skills)) if skills else 0.0
        return (round(share + GENERIC_PRIOR * d.breadth[o] + fit, 6), -o)

    pool = [o for o, code in enumerate(d.codes) if code[:5] == group and d.word_count[o].get(head)]
    return max(pool, key=typical) if pool else c


# --- titles that share words (posting lists) ---

_MAX_CANDIDATES = 1500  # per query word; posting lists hold the shortest titles first
SUPPORT = 0.03  # each further title of an occupation that holds every word of the query...
SUPPORT_TITLES = 4  # ...up to so many
_MAX_HEAD_ONLY = 400  # for a one-word title, its shortest titles name every likely reading


def _fuzzy(
    d: _Occupations, primary: list[str], secondary: list[str], listed: set[int] = frozenset()
) -> dict[int, tuple[float, float]]:
    """Codes by the titles that share the query's head noun and most of its words (but
    the titles already ``listed`` as the query, which weigh as such): for each, the fit
    weighed by how well attested the title is, and the fit alone."""
    idf, postings = d.idf, d.postings
    known = [t for t in dict.fromkeys(primary) if t in postings]
    if not known:
        return {}
    weight = {t: CONTEXT_WEIGHT * idf[t] for t in secondary if t in postings}
    weight.update({t: idf[t] for t in known})
    primary_words = set(known)
    # words no title has ("Quant Researcher") still count against the match
    q_mass = sum(weight[t] for t in known) + d.default_idf * (len(set(primary)) - len(known))
    # The head noun ("consultant", "teacher") says what the role is: keep to titles
    # that have it when any do.
    head = known[-1] if primary[-1] == known[-1] else None
    shared: dict[int, float] = {}
    for t in known:
        if t != head:
            w = weight[t]
            for i in postings[t][:_MAX_CANDIDATES]:
                shared[i] = shared.get(i, 0.0) + w
    if head is not None:
        with_head = {}
        w = weight[head]
        if len(known) == 1:
            for i in postings[head][:_MAX_HEAD_ONLY]:
                with_head[i] = w
        for i in postings[head]:
            if i in shared:
                with_head[i] = shared[i] + w
        shared = with_head
    primary_cover = dict(shared)
    for t in known:
        if t != head and len(postings[t]) > _MAX_CANDIDATES:
            w = weight[t]
            for i in postings[t][_MAX_CANDIDATES:]:
                if i in shared:
                    shared[i] += w
                    primary_cover[i] += w
    for t in weight:
        if t not in primary_words:
            w = weight[t]
            for i in postings[t]:
                if i in shared:
                    shared[i] += w
    floor = MIN_SCORE ** (1 / 0.7) * q_mass
    out: dict[int, float] = {}
    plain: dict[int, float] = {}  # the best fit of a title of each code, however listed
    whole: dict[int, int] = {}  # titles of each code that hold every word of the query
    key_mass = d.key_mass
    for i, covered in primary_cover.items():
        if covered < floor or i in listed:
            continue
        cover_query = min(1.0, covered / q_mass)
        cover_title = min(1.0, shared[i] / key_mass[i])
        score = cover_query**0.7 * cover_title**0.3
        for c, w in d.listings(i):
            s = score * _evidence(w)
            if s > out.get(c, 0.0):
                out[c] = s
            if score > plain.get(c, 0.0):
                plain[c] = score
            if cover_query >= 0.999:
                whole[c] = whole.get(c, 0) + 1
    # several titles of one occupation that hold every word back each other up
    for c, n in whole.items():
        bonus = SUPPORT * min(n - 1, SUPPORT_TITLES)
        out[c] = min(1.0, out[c] + bonus)
        plain[c] = min(1.0, plain[c] + bonus)
    return {c: (s, plain[c]) for c, s in out.items()}


def _head_guess(d: _Occupations, q: _Query) -> tuple[int, float] | None:
    """The occupation a title with this head noun most likely means (the index says,
    for each head noun of O*NET's titles), when nothing else of the title is known."""
    known = [t for t in q.role if t in d.postings]
    if not known:
        return None
    head = known[-1]
    mass = sum(d.idf.get(t, d.default_idf) for t in q.role)
    cover = d.idf[head] / mass if mass else 0.0
    confidence = min(0.5, 0.7 * cover**0.7)
    if confidence < 0.3:  # the head noun is too little of the title to go by
        return None
    code = d.heads.get(head)
    if code is None:
        code = d.key_code[min(d.postings[head], key=lambda i: (d.key_mass[i], i))]
    return code, round(confidence, 3)


def _match(title: str, skills: tuple[str, ...], description: str = "") -> tuple[int, float] | None:
    d = _data()
    q = _read(d, title)
    if q is None:
        return None
    text = _text_words(d, description) if description else {}
    return _choose(d, q, _skill_indices(skills), text)


_match_cached = lru_cache(maxsize=4096)(_match)


def _skill_words(skills: list[int]) -> list[list[str]]:
    """Each skill's name as title words ("HVAC" -> ["hvac"])."""
    if not skills:
        return []
    from api.core.model import skills as skill_lib

    names = skill_lib.names()
    return [tokens(names[s]) for s in skills]


def _skill_indices(names: Iterable[str]) -> list[int]:
    if not names:
        return []
    from api.core.model import skills as skill_lib

    return skill_lib.indices(names)


def match_title(
    title: str,
    description: str | None = None,
    *,
    skills: Iterable[str] = (),
    cached: bool = True,
) -> dict[str, Any] | None:
    """The best O*NET occupation for a free-text job title or target role."""
    if not title or not isinstance(title, str) or not title.strip():
        return None
    names = list(skills)
    if description:
        from api.core.model import skills as skill_lib

        names += skill_lib.find_skills(description[:20_000])
    names += _title_skills(title)
    key = tuple(dict.fromkeys(names))
    text = title.strip()[:200]
    if description:
        # a description is long and seldom repeats: not worth memoizing
        found = _match(text, key, description[:20_000])
    else:
        found = _match_cached(text, key) if cached else _match(text, key)
    if found is None:
        return None
    return _describe(_data(), found[0], found[1])


def _title_skills(title: str) -> list[str]:
    from api.core.model import skills as skill_lib

    return skill_lib.find_skills(title[:200]) if title else []


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
        return round(max(related, 0.85), 3)  # one SOC occupation, two O*NET specialisations
    if a[:6] == b[:6]:
        prefix = 0.6  # same broad group
    elif a[:5] == b[:5]:
        prefix = 0.4  # same minor group
    elif a[:2] == b[:2]:
        prefix = 0.2  # same major group
    else:
        prefix = 0.0
    related = max(related, prefix)
    if ia is not None and ib is not None:
        # a relation or a group says the two are near; what their holders are asked for
        # says how near: where both are known by many skills, those they share
        agree = _core_agreement(d, ia, ib)
        if agree is not None:
            ramp = (agree - AGREE_NONE) / (AGREE_FULL - AGREE_NONE)
            related *= AGREE_FLOOR + (1 - AGREE_FLOOR) * max(0.0, min(1.0, ramp))
        # holders of both use and know much the same (technologies, skills, knowledge)
        related = max(related, SKILL_NEAR * d.skill_near[ia].get(ib, 0.0))
    return round(related, 3)


# O*NET relates Software Developers to Web and Digital Interface Designers (both write
# HTML), but the one is asked for Git, Java and Docker and the other for Figma: each
# occupation's common skills (in demand in its postings, or named by its tasks) say how
# much of the one's work the other does.
MIN_CORE = 12  # so many common skills before they say anything (tech-heavy occupations)
AGREE_NONE = 0.2  # the share of each's common skills the other has, up to which none...
AGREE_FULL = 0.32  # ...and from which fully: a relation or a group holds as O*NET gives it
AGREE_FLOOR = 0.2  # what a relation or a group is worth with none shared


def _core_agreement(d: _Occupations, a: int, b: int) -> float | None:
    """How much of each occupation's common skills the other has in common too (rarer
    skills weighing more; the geometric mean of the two shares); None if either has too
    few to say."""
    ca, cb = d.core(a), d.core(b)
    if len(ca) < MIN_CORE or len(cb) < MIN_CORE:
        return None
    idf = d.skill_idf

    def share(mine: frozenset[int], theirs: frozenset[int]) -> float:
        total = sum(idf.get(s, 1.0) for s in mine)
        return sum(idf.get(s, 1.0) for s in mine if s in theirs) / total

    return math.sqrt(share(ca, cb) * share(cb, ca))


SKILL_NEAR = 0.8  # a near neighbour by skills (about 0.5) is as near as an O*NET relation
_TELLING_SKILL = math.log(1 + 4)  # a skill a fifth of all occupations list tells little


def neighbours(code: str, *, limit: int = 10, across_fields: bool | None = None) -> list[dict]:
    """The occupations nearest to ``code`` by what their holders use and know: O*NET's
    related occupations and the neighbours by technologies, skills and knowledge.

    Each is ``{"code", "title", "display_name", "family_name", "score", "shared"}``:
    score as ``similarity``; shared, the technologies and methods both have as common,
    then the skills and knowledge both rate most important. ``across_fields``: True
    for those outside the code's SOC major group only (where a career changer goes),
    False for those inside it, None for both.
    """
    d = _data()
    a = d.position.get(_full_code(code)) if code else None
    if a is None:
        return []
    candidates = set(d.neighbours[a]) | set(d.skill_near[a])
    out = []
    for b in candidates:
        outside = d.codes[b][:2] != d.codes[a][:2]
        if across_fields is not None and outside != across_fields:
            continue
        out.append((similarity(d.codes[a], d.codes[b]), b))
    out.sort(key=lambda sb: (-sb[0], sb[1]))
    return [_neighbour(d, a, b, score) for score, b in out[:limit]]


def _neighbour(d: _Occupations, a: int, b: int, score: float) -> dict[str, Any]:
    from api.core.model import skills as skill_lib

    names = skill_lib.names()
    mine, theirs = d.skills[a], d.skills[b]
    # the rarer first: Excel and Outlook are everyone's
    both = [s for s, f in mine.items() if f and theirs.get(s)]
    both.sort(key=lambda s: (-d.skill_idf.get(s, 0.0), names[s]))
    shared = [names[s] for s in both if d.skill_idf.get(s, 0.0) >= _TELLING_SKILL]
    elements = [
        d.elements[k]
        for k in (d.top_elements[a] if a < len(d.top_elements) else [])
        if b < len(d.top_elements) and k in d.top_elements[b]
    ]
    found = _describe(d, b, 1.0)
    return {
        "code": found["code"],
        "title": found["title"],
        "display_name": found["display_name"],
        "family_name": found["family_name"],
        "score": score,
        "shared": (shared[:8] + elements[:4]),
    }


def baseline_skills(code: str) -> list[dict[str, Any]]:
    """The skills O*NET gives for an occupation, each ``{"name", "hot", "in_demand",
    "from_tasks", "common"}``: its technologies (hot: an O*NET Hot Technology; in
    demand: frequent in its postings) and the methods its task statements name
    (from_tasks). ``common``: hot, in demand or from its tasks, i.e. what every holder
    of the occupation can be taken to know; commonest first."""
    d = _data()
    i = d.position.get(_full_code(code)) if code else None
    if i is None:
        return []
    from api.core.model import skills as skill_lib

    names = skill_lib.names()
    out = [
        {
            "name": names[s],
            "hot": bool(f & 1),
            "in_demand": bool(f & 2),
            "from_tasks": bool(f & 4),
            "common": bool(f),
        }
        for s, f in d.skills[i].items()
    ]
    out.sort(key=lambda r: (-(r["in_demand"] + r["from_tasks"]), -r["hot"], r["name"]))
    return out


def is_common_for(skill: str, code: str) -> bool:
    """Whether every holder of the occupation can be taken to have the skill (any
    spelling: "postgres" is PostgreSQL); see ``baseline_skills``. Keeps nothing of
    ``skill``: safe for a profile's own words."""
    d = _data()
    i = d.position.get(_full_code(code)) if code and skill else None
    if i is None:
        return False
    from api.core.model import skills as skill_lib

    found = skill_lib.indices([skill])
    return bool(found) and bool(d.skills[i].get(found[0]))


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


def seniority_of(title: str, *, cached: bool = True) -> str | None:
    """intern, entry, mid, senior, lead or executive, as the title words say; else None."""
    if not title:
        return None
    return _seniority_cached(title) if cached else _seniority(title)


def _seniority(title: str) -> str | None:
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


_seniority_cached = lru_cache(maxsize=4096)(_seniority)
