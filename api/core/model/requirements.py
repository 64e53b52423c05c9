"""The conditions a page sets on who can be considered or attend (profile-independent).

Read from the page's words in several languages: years of experience, degrees, licences and
clearances, languages, work authorisation and visa sponsorship, where applicants must live,
"students only", and for events approval or membership. Each condition keeps the sentence it
came from; ``eligibility.py`` weighs them against a person. A condition in a sentence that
calls it an advantage ("a plus", "von Vorteil", "výhodou") is preferred, not required.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import sections
from .evidence import Text, snippet, to_number

_NUM = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
YEARS = re.compile(
    rf"(?:\b(?:at least|minimum(?: of)?|min\.?|over|more than)\s+)?\b(?P<n>{_NUM})"
    rf"(?:\s*(?:-|–|to|à|a|bis)\s*(?P<m>{_NUM}))?\s*\+?\s*(?:plus\s+)?"
    r"(?:years?|yrs?|jahren?|ans|años|let|roky|rok\w*)(?:'|’)?\s+"
    r"(?:d['’]|(?:of|de|an?|in|with|im|in der|v)\s+)?(?:[\w/&,.-]+\s+){0,7}?"
    r"(?:experience|exp\b|expérience|experiencia|berufserfahrung|erfahrung|praxe|zkušenost)",
    re.I,
)
_OPTIONAL = re.compile(
    r"\b(?:a plus|plus\b|an? (?:big |great )?advantage|advantageous|nice[- ]to[- ]have|preferred"
    r"|preferably|ideally|desirable|desired|bonus points?|is a bonus|beneficial|welcome[ds]?"
    r"|von vorteil|wünschenswert|idealerweise|un (?:plus|atout)|souhait\w+|se valorar[aá]"
    r"|deseable|výhodou|vítán\w*)\b",
    re.I,
)
_REQUIRED = re.compile(
    r"\b(?:required|requirement|essential|must|mandatory|necessary|need to|needs to|you need"
    r"|minimum|at least|erforderlich|voraussetzung|zwingend|exig\w+|obligatoire|requerid\w+"
    r"|imprescindible|obligatorio|podmínkou|nutn\w+)\b",
    re.I,
)
DEGREE_LEVELS = ("secondary", "associate", "bachelor", "master", "doctorate")
_DEGREES = (
    (
        "secondary",
        r"\b(?:secondary school|high school|ged|matura|abitur|baccalaur[ée]at g[ée]n[ée]ral"
        r"|maturit\w+|středoškolské)\b",
    ),
    (
        "associate",
        r"\bassociate(?:['’]s)? degree\b|\bassociates? in\b|\bhnd\b"
        r"|\btwo-year (?:degree|college)\b",
    ),
    (
        "bachelor",
        r"\bbachelor(?:'s)?\b|\bb\.?s\.?c?\.?\b|\bb\.?a\.?\b|\bb\.?eng\b|\bundergraduate degree\b"
        r"|\b(?:university|college|engineering|technical|academic|four-year) degree\b|\bdegree in\b"
        r"|\bbaccalaur[ée]at\b|\bhochschulabschluss\b|\bstudium\b|\blicence\b|\bgrado\b"
        r"|\blicenciatura\b|\bvysokoškolské\b|\bvš\b",
    ),
    (
        "master",
        r"\bmaster(?:'s)?\b|\bm\.?s\.?c?\.?\b|\bmba\b|\bm\.?eng\b|\bgraduate degree\b|\bdiplom\w*\b"
        r"|\bmaestr[ií]a\b",
    ),
    ("doctorate", r"\bph\.?d\.?\b|\bdoctora\w+\b|\bpromotion\b"),
)
_DEGREE_RE = tuple((level, re.compile(p, re.I)) for level, p in _DEGREES)
_DEGREE_WORD = re.compile(
    r"\bdegree\b|\bdiploma\b|\bbachelor|\bmaster|\bph\.?d|\bbsc\b|\bmsc\b|\bmba\b|\bhochschul"
    r"|\bstudium"
    r"|\bbaccalaur|\bvysokoškolské|\bgrado\b|\blicenciatura",
    re.I,
)
_OR_EQUIVALENT = re.compile(
    r"\bor (?:an? )?(?:equivalent|comparable|relevant|related)(?: (?:practical |work "
    r"|professional )?"
    r"(?:experience|qualification|combination))?\b|\bor equivalent\b|\bo equivalente\b"
    r"|\bou équivalent",
    re.I,
)
_CREDENTIAL_CONTEXT = re.compile(
    r"\b(?:qualifications?|qualified|certifi\w+|licen[cs]\w*|registered|chartered|designation"
    r"|credentials?|accredit\w+|professional (?:body|membership))\b",
    re.I,
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,5}\b")
# Capitals that are not credentials: places, fields, common abbreviations.
_NOT_CREDENTIALS = frozenset(
    "IT HR US USA UK EU AI ML API IC QA UX UI OR AND THE IN OF TO AS AN BS BA MS MA MBA PHD CV GPA "
    "KPI KPIS SQL AWS GCP ERP CRM SAP PMO ESG HSE OEM R&D IFRS GAAP".split()
)
CLEARANCE = re.compile(
    r"\b(?:(?:active|current|valid)\s+)?(?:ts/sci|top secret|secret|security|sc|dv|nv1|nv2|baseline"
    r"|public trust)\s+(?:security\s+)?clearance\b|\bclearance\b[^.]{0,30}\brequired\b"
    r"|\bpolygraph\b",
    re.I,
)
# A clearance named by its own compartment, without the word ("An active TS/SCI is required").
CLEARANCE_NAMED = re.compile(r"\b(?:ts|top secret)/sci\b", re.I)
NO_SPONSORSHIP = re.compile(
    r"\b(?:unable|not able|cannot|can't|can not|will not|won't|do not|don't|does not|doesn't|is not"
    r"|are not)\s+(?:able\s+)?(?:to\s+)?(?:currently\s+)?(?:offer\s+|provide\s+"
    r"|support\s+)?(?:visa\s+|work\s+)?"
    r"sponsor\w*|\b(?:visa |work )?sponsorship (?:is |will )?(?:not|unavailable|isn't|won't)\b"
    r"|\bno (?:visa |work )?sponsorship\b|\bwithout (?:the need for "
    r"|requiring )?(?:current or future )?"
    r"(?:visa |work )?sponsorship\b|\bnot (?:eligible|available) for (?:visa )?sponsorship\b",
    re.I,
)
SPONSORSHIP = re.compile(
    r"\bvisa sponsorship\b|\b(?:we|will|can) (?:can |will |do )?sponsor (?:visas?|work permits?)\b"
    r"|\bsponsorship (?:is )?(?:available|offered|provided|possible)\b|\bvisa (?:support"
    r"|assistance)\b"
    r"|\bwork permit (?:support|assistance)\b",
    re.I,
)
_PLACE = r"(?P<where>(?:the )?[A-Z][\w.'-]*(?:[ ,/]+(?:and |or )?[A-Z][\w.'-]*){0,3})"
AUTHORIZED = re.compile(
    r"\b(?:must|need to|needs to|should|required to|you will need to)\s+(?:be"
    r"|have)\s+(?:legally\s+)?"
    r"(?:authori[sz]ed|eligible|entitled|permitted|the (?:legal )?right)\s+to\s+work\s+in\s+"
    + _PLACE
    + r"|\b(?:right|authori[sz]ation|eligibility|permit) to work in\s+"
    + _PLACE.replace("where", "where2")
    + r"|\bwork (?:permit|authori[sz]ation) (?:for|in)\s+"
    + _PLACE.replace("where", "where3"),
)
RESIDENCY = re.compile(
    r"\b(?:must|need to|needs to|will need to|should|required to|have to)\s+(?:be\s+)?"
    r"(?:based|located|living|residing|reside|live)\s+(?:in|within)\s+"
    + _PLACE
    + r"|\b(?:must|need to|will need to|have to)\s+be\s+"
    r"(?P<where2>[A-Z][\w]+)[- ]based\b"
    + r"|\bopen (?:only )?to (?:candidates|applicants|residents|people)\s+"
    r"(?:based |located |living |residing )?in\s+"
    + _PLACE.replace("where", "where3")
    + r"|\b(?P<where4>[A-Z][\w]+) (?:residents|applicants|candidates) only\b"
    + r"|\bremote\s*\((?P<where5>[A-Z][\w .]+?)(?: only)?\)"
    + r"|\b[Yy]ou(?:'re| are) (?:located|based|living|residing) in (?:the )?"
    r"(?P<where6>[A-Z][\w.]*(?: [A-Z]\w*)?)",
)
STUDENTS = re.compile(
    r"\b(?:university|college|enrolled|current) students?\b[^.]{0,40}\b(?:required|only)\b"
    r"|\bmust be (?:a |an )?(?:currently )?(?:enrolled|current|full-time) (?:university "
    r"|college )?students?\b"
    r"|\b(?:students|interns) only\b|\bonly (?:open to |for )?(?:university |current )?students\b",
    re.I,
)
APPROVAL = re.compile(
    r"\b(?:approval|invitation|invite)[- ](?:only|required|based)\b"
    r"|\brequires? (?:host )?approval\b"
    r"|\bsubject to approval\b|\bmembers[- ]only\b|\bfree for members\b|\bnot confirmed until\b"
    r"|\bby application only\b|\bapplication required\b|\bverif\w+ (?:that )?you (?:hold|own)\b"
    r"|\bownership (?:check|verification)\b|\bmust (?:hold|own) (?:at least )?(?:one|a|an|\d)\b",
    re.I,
)
SOLD_OUT = re.compile(
    r"\bsold out\b|\bfully booked\b|\bwait ?list\b|\bausgebucht\b|\bcomplet\b", re.I
)
ON_SITE = re.compile(
    r"\b(?:\d|one|two|three|four|five)\s+days?\s+(?:a|per|each)\s+week\s+(?:in|at|on)[- ](?:the "
    r"|our )?"
    r"(?:\w+ )?(?:office|site)\b|\bon-?site (?:time|presence|work) (?:at|in)\b"
    r"|\brequire (?:some )?on-?site\b"
    r"|\bin[- ]office\b|\bthis is not a remote\b|\bnot (?:a )?(?:fully )?remote\b"
    r"|\bon-?site at our\b",
    re.I,
)
_PROFICIENT = re.compile(
    r"\b(?:fluen\w+|native|proficien\w+|business[- ]level|working knowledge|good|excellent|strong"
    r"|very good"
    r"|knowledge|command|level|bilingual|speak\w*|spoken|written|[abc][12]|fließend"
    r"|verhandlungssicher"
    r"|sehr gut\w*|gut\w*|kenntnisse|courant|ma[îi]trise|bilingue|dominio|nivel|znalost\w*|slovem"
    r"|perfekt\w*|required|must|essential|úrov\w*|komunika\w*|pokročil\w*)\b",
    re.I,
)
_CEFR = re.compile(r"\b([ABC][12])\b")
# Languages a page may ask for, by their names in the languages the model reads.
_LANGUAGE_CODES = (
    "en de fr es it pt nl cs sk pl hu ro bg hr sl sr uk ru lt lv et fi sv no da is el tr ar he "
    "fa hi bn ur zh ja ko vi th id ms tl sw af ca eu gl ga cy"
).split()
_NAME_LANGS = ("en", "de", "fr", "es", "cs", "it", "pt", "nl", "pl")


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Language names written in the languages the model reads: name -> code."""
    import langcodes

    names: dict[str, str] = {}
    for code in _LANGUAGE_CODES:
        lang = langcodes.Language.get(code)
        for shown_in in _NAME_LANGS:
            name = lang.display_name(shown_in).lower()
            if len(name) >= 4 and " " not in name:
                names.setdefault(name, code)
        names.setdefault(lang.autonym().lower(), code)
    return names


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[str, str]]]:
    """Language names by their first four letters: a word must start so to be one."""
    names = _language_names()
    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in names.items():
        out.setdefault(name[:4], []).append((name, code))
    return out


def language_of(word: str) -> str | None:
    """The ISO 639-1 code of a language named by ``word`` ("Deutschkenntnisse" -> "de")."""
    low = word.lower()
    best = None
    for name, code in _heads().get(low[:4], ()):
        stem = name[:-1] if len(name) > 6 else name
        if low.startswith(stem) and (best is None or len(stem) > best[0]):
            best = (len(stem), code)
    return best[1] if best else None


def optional_flags(text: Text) -> list[bool]:
    """For each sentence, whether what it asks is an advantage rather than a requirement.

    "Experience in the following areas is an advantage:" makes the list after it optional,
    until the next part of the page; "Nice to have" as a heading does the same.
    """
    flags, mode = [], False
    for i, sentence in enumerate(text.lines):
        if i and text.parts[i] != text.parts[i - 1]:
            mode = False
        own = bool(_OPTIONAL.search(sentence))
        if sentence.rstrip().endswith(":") or (own and len(sentence) < 40):
            mode = own
        flags.append(mode or own)
    return flags


# Words one of which each kind of condition needs (lower case): a sentence without any is not
# searched with that kind's patterns (most sentences of a page hold none; this keeps the
# analysis fast on long pages).
_NEEDS = {
    "years": ("experi", "erfahrung", "expérience", "praxe", "zkušen"),
    "degree": (
        "degree",
        "diplom",
        "bachelor",
        "master",
        "ph",
        "bsc",
        "msc",
        "mba",
        "school",
        "hochschul",
        "studium",
        "baccalaur",
        "vysokoškol",
        "grado",
        "licenc",
        "ged",
    ),
    "credential": (
        "qualif",
        "certif",
        "licen",
        "registered",
        "chartered",
        "designation",
        "credential",
        "accredit",
        "clearance",
        "polygraph",
        "/sci",
        "professional",
    ),
    "authorisation": (
        "sponsor",
        "visa",
        "authori",
        "right to work",
        "permit",
        "eligible to work",
        "entitled to work",
    ),
    "residency": ("based", "located", "living", "resid", "remote", "only", "live in"),
    "students": ("student",),
    "approval": (
        "approv",
        "invit",
        "member",
        "confirm",
        "application",
        "verif",
        "owner",
        "must hold",
        "must own",
    ),
    "sold_out": ("sold out", "booked", "wait", "ausgebucht", "complet"),
    "on_site": ("office", "site", "remote"),
}


def _has(low: str, kind: str) -> bool:
    return any(map(low.__contains__, _NEEDS[kind]))  # the loop in C: once a sentence a kind


def conditions(
    opportunity: dict[str, Any], text: Text, flags: list[bool] | None = None
) -> list[dict[str, Any]]:
    """Every condition the page sets, each with its sentence (JSON-ready).

    ``flags``: ``optional_flags(text)``, when the caller has them already.
    """
    out: list[dict[str, Any]] = []
    flags = flags if flags is not None else optional_flags(text)
    is_event = opportunity.get("kind") == "event"
    for i, sentence in enumerate(text.lines):
        low = sentence.lower()
        parts = text.parts[i]
        if _has(low, "authorisation"):
            out.extend(_authorisation(sentence))
        if sections.BENEFITS in parts and sections.REQUIREMENTS not in parts:
            continue  # "tuition for a master's degree" is a benefit, not a requirement
        optional = flags[i]
        if sections.LEGAL not in parts:
            if _has(low, "years"):
                out.extend(_years(sentence, optional))
            if _has(low, "degree"):
                out.extend(_degree(sentence, optional))
            if _has(low, "credential"):
                out.extend(_credentials(sentence, optional))
            out.extend(_languages(sentence, optional))
            if _has(low, "students") and STUDENTS.search(sentence):
                out.append(
                    {"id": "students", "required": True, "evidence": _cut(sentence, STUDENTS)}
                )
            for kind, pattern, required in (
                ("approval", APPROVAL, True),
                ("sold_out", SOLD_OUT, False),
                ("on_site", ON_SITE, True),
            ):
                if kind != "on_site" and not is_event:
                    continue
                if _has(low, kind) and (m := pattern.search(sentence)):
                    out.append(
                        {
                            "id": kind,
                            "required": required,
                            "evidence": snippet(sentence, m.start(), m.end()),
                        }
                    )
        if _has(low, "residency"):
            out.extend(_residency(sentence))
    return _dedupe(out)


def _cut(sentence: str, pattern: re.Pattern) -> str:
    m = pattern.search(sentence)
    return snippet(sentence, m.start(), m.end()) if m else snippet(sentence)


def _years(sentence: str, optional: bool) -> list[dict]:
    out = []
    for m in YEARS.finditer(sentence):
        # "12+ years, preferably in fintech": the word after qualifies the field, not the years.
        before = _OPTIONAL.search(sentence, 0, m.start())
        optional = optional and bool(
            before or _OPTIONAL.search(m.group(0)) or _list_optional(sentence)
        )
        n = to_number(m.group("n"))
        if n is None or n > 40:  # "0–1 years": a first job (see levels.py)
            continue
        out.append(
            {
                "id": "years",
                "value": n,
                "required": not optional,
                "evidence": snippet(sentence, m.start(), m.end()),
            }
        )
    # "8-10 years in media … 5 years in software": the largest is what the role asks.
    return sorted(out, key=lambda c: -c["value"])[:1]


def _list_optional(sentence: str) -> bool:
    """A short item of a list under "…is an advantage:" (its optional word is not its own)."""
    return not _OPTIONAL.search(sentence)


def _degree(sentence: str, optional: bool) -> list[dict]:
    if not _DEGREE_WORD.search(sentence) and not re.search(
        r"\bsecondary school\b|\bhigh school\b", sentence, re.I
    ):
        return []
    levels = [level for level, p in _DEGREE_RE if p.search(sentence)]
    if not levels:
        return []
    # "Secondary school diploma or university degree": the lowest named is enough.
    lowest = min(levels, key=DEGREE_LEVELS.index)
    return [
        {
            "id": "degree",
            "value": lowest,
            "required": not optional,
            "or_equivalent": bool(_OR_EQUIVALENT.search(sentence)),
            "evidence": snippet(sentence),
        }
    ]


def _credentials(sentence: str, optional: bool) -> list[dict]:
    out = []
    if m := CLEARANCE.search(sentence) or CLEARANCE_NAMED.search(sentence):
        out.append(
            {
                "id": "clearance",
                "value": m.group(0).lower(),
                "required": not optional,
                "evidence": snippet(sentence, m.start(), m.end()),
            }
        )
    if _CREDENTIAL_CONTEXT.search(sentence):
        names = [a for a in _ACRONYM.findall(sentence) if a.upper() not in _NOT_CREDENTIALS]
        if names and (_REQUIRED.search(sentence) or not optional):
            out.append(
                {
                    "id": "credential",
                    "value": [n.lower() for n in names[:4]],
                    "required": not optional and bool(_REQUIRED.search(sentence)),
                    "or_equivalent": bool(_OR_EQUIVALENT.search(sentence)),
                    "evidence": snippet(sentence),
                }
            )
    return out


_WORD = re.compile(r"[^\W\d_]{4,}")


def _languages(sentence: str, optional: bool) -> list[dict]:
    heads = _heads()
    found = [m for m in _WORD.finditer(sentence) if m.group(0)[:4].lower() in heads]
    if not found or not _PROFICIENT.search(sentence):
        return []
    out = []
    for m in found:
        code = language_of(m.group(0))
        if not code:
            continue
        level = _CEFR.search(sentence)
        out.append(
            {
                "id": "language",
                "value": code,
                "level": level.group(1) if level else None,
                "required": not optional,
                "evidence": snippet(sentence, m.start(), m.end()),
            }
        )
    return out


def names_language(sentence: str) -> bool:
    """Whether a sentence asks for a language ("basic English", "Angličtina – komunikační")."""
    return bool(_languages(sentence, False))


def _authorisation(sentence: str) -> list[dict]:
    out = []
    if m := NO_SPONSORSHIP.search(sentence):
        out.append(
            {"id": "sponsorship", "value": False, "evidence": snippet(sentence, m.start(), m.end())}
        )
    elif m := SPONSORSHIP.search(sentence):
        out.append(
            {"id": "sponsorship", "value": True, "evidence": snippet(sentence, m.start(), m.end())}
        )
    if m := AUTHORIZED.search(sentence):
        where = m.group("where") or m.group("where2") or m.group("where3")
        countries = countries_named(where)
        if countries:
            out.append(
                {
                    "id": "authorization",
                    "value": sorted(countries),
                    "evidence": snippet(sentence, m.start(), m.end()),
                }
            )
    return out


def _residency(sentence: str) -> list[dict]:
    m = RESIDENCY.search(sentence)
    if not m:
        return []
    where = next(
        g
        for g in (m.group(k) for k in ("where", "where2", "where3", "where4", "where5", "where6"))
        if g
    )
    countries = countries_named(where)
    place = None if countries else _city(where)
    if not countries and not place:
        return []
    return [
        {
            "id": "residency",
            "countries": sorted(countries),
            "place": place,
            "evidence": snippet(sentence, m.start(), m.end()),
        }
    ]


def countries_named(where: str | None) -> set[str]:
    """The countries a phrase names: "the United States", "US/CA", "the EU", "Canada or the US"."""
    from . import places

    if not where:
        return set()
    out: set[str] = set()
    text = re.sub(r"^the\s+", "", where.strip(), flags=re.I)
    for piece in re.split(r"\s*(?:/|,|\bor\b|\band\b)\s*", text):
        piece = piece.strip(" .")
        if not piece:
            continue
        region = places.region_countries(piece)
        if region:
            out |= region
            continue
        code = places.country_code(piece)
        if code:
            out.add(code)
            continue
        words = piece.split()
        while len(words) > 1:  # "United States of America only", "Canada based"
            words.pop()
            code = places.country_code(" ".join(words)) or (
                places.region_countries(" ".join(words)) and None
            )
            if code:
                out.add(code)
                break
    return out


def _city(where: str | None) -> dict | None:
    from . import places

    if not where:
        return None
    found = places.locate(where.strip(" ."))
    return found if found and found.get("precision") == "city" else None


def _dedupe(found: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in found:
        key = (c["id"], str(c.get("value")), str(c.get("countries")))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
