"""Build api/data/occupations.json.gz from O*NET 30.1 and 29.3 and SOC 2018.

    python scripts/build_index.py [DATA_DIR] [--out PATH]

DATA_DIR defaults to ../shared/data relative to the project root (see its README).
The index holds facts only (codes, titles, relations, job zones, technology names and
their neighbours, the words that set each occupation's tasks apart), never the
datasets' descriptions or task sentences. Curated skill knowledge comes from
scripts/skill_terms.toml. The same files give the same index (every list in a fixed order;
gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import json
import math
import os
import re
import sys
import tempfile
import tomllib
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.core.model.occupations import normalize  # noqa: E402
from api.core.model.skills import skill_key  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "api" / "data" / "occupations.json.gz"
TERMS = Path(__file__).resolve().parent / "skill_terms.toml"
INDEX_VERSION = 2
TECH_PER_OCCUPATION = 40
OWN_TITLE = 6.0  # a title's weight for the occupation it is the name of
NEAR_BEST = 0.8  # codes this near the best-attested one are as likely
REPORTED = 4.0  # the least weight of a title in O*NET's Sample of Reported Titles
AMBIGUOUS = 4  # so many of them, mostly in one SOC group: the title names the group
NEIGHBOURS_PER_SKILL = 20
TASK_MENTIONS = 2  # task statements that must name a method for the occupation to have it
TASK_WORDS = 60  # the words kept per occupation to weigh a job description against
COMMON_SKILL_SHARE = 0.25  # a technology a quarter of all occupations list tells none apart
TECH_SHARE = 0.5  # technologies against skills and knowledge in how near two occupations are
MIN_NEIGHBOUR = 0.3  # nearer than this, two occupations share much of what they use and know
NEIGHBOURS_PER_OCCUPATION = 15  # within the SOC major group, and as many outside it
ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9+#./-]*[A-Z0-9+#]")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# --- occupations ---


def xlsx_rows(path: Path) -> list[list[str | None]]:
    """Rows of the first sheet of an .xlsx file (stdlib only: it is zipped XML)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[int, str | None] = {}
        for c in row.findall("m:c", ns):
            col = 0
            for ch in re.match(r"[A-Z]+", c.get("r", "A")).group():
                col = col * 26 + ord(ch) - 64
            v = c.find("m:v", ns)
            if c.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in c.iter(f"{{{ns['m']}}}t"))
            elif v is None:
                text = None
            elif c.get("t") == "s":
                text = shared[int(v.text)]
            else:
                text = v.text
            cells[col - 1] = text
        rows.append([cells.get(i) for i in range(max(cells, default=-1) + 1)])
    return rows


def soc_names(data: Path) -> dict[str, str]:
    """SOC 2018 group code -> name ("15-0000" -> "Computer and Mathematical")."""
    names: dict[str, str] = {}
    for row in xlsx_rows(data / "soc-2018" / "soc_structure_2018.xlsx"):
        code = next((c for c in row[:3] if c and re.fullmatch(r"\d\d-\d{4}", c.strip())), None)
        name = row[-1] if row else None
        if code and name and not re.fullmatch(r"\d\d-\d{4}", name.strip()):
            names[code.strip()] = re.sub(r" Occupations$", "", name.strip())
    return names


def title_keys(title: str) -> list[tuple[str, float]]:
    """Lookup keys for one title, with a weight penalty for partial forms."""
    keys = [(normalize(title), 0.0)]
    m = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*(.*)", title)
    if m:
        outside = f"{m.group(1)} {m.group(3)}".strip()
        inside = m.group(2).strip()
        if ACRONYM_RE.fullmatch(inside.replace(" ", "")) or ACRONYM_RE.fullmatch(outside):
            keys += [(normalize(outside), 0.5), (normalize(inside), 0.5)]
    return [(k, p) for k, p in keys if k]


def own_title_forms(title: str) -> list[str]:
    """The ways people write an O*NET title: without its tail ("Kindergarten Teachers,
    Except Special Education" is a kindergarten teacher) and in reading order ("Cooks,
    Restaurant" are restaurant cooks, "Chemistry Teachers, Postsecondary" postsecondary
    chemistry teachers)."""
    core = re.sub(r",\s*(All Other|Except\b.*|Including\b.*)$", "", title)
    forms = [core] if core != title else []
    head, comma, tail = core.partition(", ")
    if comma and "," not in tail and len(tail.split()) <= 3 and "--" not in core:
        forms.append(f"{tail} {head}")
    return forms


# SOC 2018 major groups as people name a line of work ("Computer and Mathematical
# Occupations" is computing and mathematics).
FAMILY_NAMES = {
    "11-0000": "management",
    "13-0000": "business and finance",
    "15-0000": "computing and mathematics",
    "17-0000": "architecture and engineering",
    "19-0000": "the sciences",
    "21-0000": "community and social services",
    "23-0000": "law",
    "25-0000": "education and libraries",
    "27-0000": "arts, design, entertainment, sports and media",
    "29-0000": "healthcare",
    "31-0000": "healthcare support",
    "33-0000": "protective services",
    "35-0000": "food preparation and service",
    "37-0000": "building and grounds cleaning and maintenance",
    "39-0000": "personal care and service",
    "41-0000": "sales",
    "43-0000": "office and administrative support",
    "45-0000": "farming, fishing and forestry",
    "47-0000": "construction and extraction",
    "49-0000": "installation, maintenance and repair",
    "51-0000": "production",
    "53-0000": "transportation and material moving",
    "55-0000": "the military",
}
# Words that end in "s" without being plural, and plurals the common rules get wrong.
_SINGULAR = {
    "police": "police", "clergy": "clergy", "forces": "forces", "series": "series",
    "customs": "customs", "sales": "sales", "news": "news", "midwives": "midwife",
    "services": "services", "sciences": "sciences", "studies": "studies",
    "securities": "securities", "commodities": "commodities", "operations": "operations",
    "gas": "gas",
}
# The few O*NET titles no rule reads well, by code.
DISPLAY_NAMES = {
    "53-7062.00": "laborer or material mover",
    "41-9091.00": "door-to-door sales worker or street vendor",
}


def singular(word: str) -> str:
    """The singular of an English plural noun as O*NET titles use them."""
    if "/" in word:  # "Engineers/Architects"
        return "/".join(singular(part) for part in word.split("/"))
    low = word.lower()
    if low in _SINGULAR:
        return _SINGULAR[low] if word.islower() else _SINGULAR[low].capitalize()
    if low.endswith("'s") or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return word
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


def _plural(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and singular(words[-1]) != words[-1]


def _singular_phrase(phrase: str) -> str:
    """Only the nouns of a list of roles become singular: "Accountants and Auditors" ->
    "accountant or auditor", "Medical and Health Services Managers" -> "... manager"."""
    left, sep, right = phrase.rpartition(" and ")
    items = [i.strip() for i in left.rstrip(",").split(",") if i.strip()]
    # "Heating, Air Conditioning, and Refrigeration Mechanics and Installers" lists two
    # roles; "Compensation, Benefits, and Job Analysis Specialists" one
    roles = items and _plural(items[-1]) and (
        items[-1].startswith("and ") or all(_plural(i) for i in items)
    )
    if sep and _plural(right) and roles:
        items = [_singular_phrase(i) if _plural(i) else i for i in items]
        return ", ".join(items) + " or " + _singular_phrase(right)
    words = phrase.split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else phrase


def display_name(code: str, title: str) -> str:
    """A name for people: singular, in reading order, without O*NET's tails ("Software
    Developers" -> "software developer", "Cooks, Restaurant" -> "restaurant cook",
    "Accountants and Auditors" -> "accountant or auditor")."""
    if code in DISPLAY_NAMES:
        return DISPLAY_NAMES[code]
    core = re.sub(r",\s*(All Other|Except\b.*|Including\b.*)$", "", title)
    helper = re.fullmatch(r"Helpers--(.+)", core)
    if helper:
        core = helper.group(1)
    items = core.split(", ")
    if not _plural(items[0]):
        # modifiers first ("Transportation, Storage, and Distribution Managers"): the
        # phrase runs to the item that ends in "and" and a plural noun
        ends = (k for k, item in enumerate(items) if item.startswith("and ") and _plural(item))
        k = next(ends, 0)
    else:
        # a list of roles ("Farmers, Ranchers, and Other Agricultural Managers"), or one
        # role and its specialty after a comma ("Cooks, Restaurant")
        k = 0
        for n, item in enumerate(items[1:], start=1):
            if not _plural(item):
                break
            if item.startswith(("and ", "or ")):
                k = n
                break
    head, tail = ", ".join(items[: k + 1]), items[k + 1 :]
    if len(tail) == 1 and len(tail[0].split()) <= 3 and " of " not in head:
        if not _plural(tail[0]):
            head = f"{tail[0]} {head}"  # "Cooks, Restaurant": a restaurant cook
    before, of, after = head.partition(" of ")
    name = _singular_phrase(before) + (of + after if of else "")
    if helper:
        name = f"{name} helper"
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in name.split())


def soc_groups(codes: list[str], names: dict[str, str]) -> dict[str, tuple[str, str]]:
    """O*NET code -> its SOC (broad, minor) group codes, as SOC 2018 draws them.

    The code's digits do not always say: Pediatricians (29-1221) are in the broad group
    Physicians (29-1210), and both in the minor group 29-1000."""
    broads = sorted(c for c in names if c[-1] == "0" and c[-2] != "0")
    minors = sorted(c for c in names if c.endswith("00") and not c.endswith("0000"))

    def within(code: str, groups: list[str]) -> str:
        return max((g for g in groups if g[:2] == code[:2] and g <= code[:7]), default="")

    return {c: (within(c, broads), within(c, minors)) for c in codes}


def core_words(title: str) -> set[str]:
    """The words of an occupation's title that name a specialty: "Health Specialties
    Teachers, Postsecondary" has four, "Surgeons, All Other" one."""
    title = re.sub(r",\s*(All Other|Except\b.*)$", "", title)
    return set(normalize(title).split())


def resolve(
    key: str,
    by_code: dict[int, float],
    own: dict[str, int],
    support_of: list[Counter[str]],
    prior: list[float],
    core: list[set[str]],
    residual: dict[str, int],
    groups: list[tuple[str, str]],
) -> int:
    """The occupation a title most likely means, of those O*NET lists it under.

    An occupation's own title names it. Else evidence first ( Sample of Reported Titles, then
    Alternate Titles, by how many sources give it). A title that several occupations
    of one SOC group report alike ("Professor", "Physician") names the group, not a
    specialty: it goes to the group's catch-all ("Postsecondary Teachers, All Other").
    Otherwise the best attested, the more so where many of the occupation's titles
    use the words ("Security Analyst" is an information security analyst more than a
    securities analyst); between equals, the occupation whose own title adds
    the fewest specialty words to the key ("Healthcare Social Workers" over "Mental
    Health and Substance Abuse Social Workers"), then the one with more titles (a
    larger, more varied occupation).
    """
    if key in own:
        return own[key]
    top = max(by_code.values())
    near = sorted(i for i, w in by_code.items() if w >= NEAR_BEST * top)
    if len(near) >= AMBIGUOUS and top >= REPORTED:
        for level in (0, 1):  # SOC broad group, then minor group
            group, n = Counter(groups[i][level] for i in near).most_common(1)[0]
            enough = AMBIGUOUS * (1 + level)  # a minor group spans more specialties
            if n >= enough and 3 * n >= 2 * len(near) and group in residual:
                return residual[group]
    words = set(key.split())

    def rank(i: int) -> tuple:
        # how many of the occupation's titles use the words: generic keys ("ux designer")
        # go to the occupation whose titles use them most
        support = support_of[i]
        typical = 0.4 * math.log1p(min(support[w] for w in words))
        typical += 0.1 * math.log1p(support[key.split()[-1]])
        # a title that shares no word with the key says nothing of how specialised it is
        extra = len(core[i] - words) if core[i] & words else 99
        return (round(by_code[i] + typical, 3), -extra, prior[i], -i)

    return max(by_code, key=rank)


def head_defaults(
    keys: list[str],
    best: list[int],
    weights: dict[str, dict[int, float]],
    prior: list[float],
    titles: list[str],
) -> dict[str, int]:
    """For each head noun ("consultant"), the occupation a title with it most likely
    means when nothing else in the title is known.

    The head alone when it is a title; else the two-word titles with that head vote,
    the more the better attested they are and the more general their other word is
    (found across more occupations): "Management Consultant" and "Business Consultant"
    outvote "Solar Consultant" and "Wallpaper Consultant"."""
    spread: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        for word in key.split():
            spread[word].update(weights[key])
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    heads: dict[str, int] = {}
    for key, code in zip(keys, best, strict=True):
        words = key.split()
        if len(words) == 1:
            # the word as a title, when O*NET gives it one clear meaning (its group's
            # catch-all, or one occupation well above any other); not when one
            # occupation's reported titles happen to hold it ("Technician")
            ranked = sorted(weights[key].values(), reverse=True)
            clear = len(ranked) == 1 or ranked[1] < 0.5 * ranked[0]
            if clear or titles[code].endswith(", All Other"):
                heads[key] = code
        elif len(words) == 2:
            evidence = max(weights[key].values())
            votes[words[1]][code] += evidence**2 * math.log1p(len(spread[words[0]]))
    for head, v in sorted(votes.items()):
        heads.setdefault(head, max(v, key=lambda i: (round(v[i], 6), prior[i], -i)))
    return dict(sorted(heads.items()))


def build_occupations(data: Path, names: dict[str, str]) -> tuple[dict, dict, list[str]]:
    onet = data / "onet-30.1"
    occ_rows = read_tsv(onet / "Occupation Data.txt")
    codes = sorted(r["O*NET-SOC Code"] for r in occ_rows)
    pos = {c: i for i, c in enumerate(codes)}
    titles = {r["O*NET-SOC Code"]: r["Title"] for r in occ_rows}

    weights: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    count: Counter[int] = Counter()

    def add(title: str, code: str, weight: float) -> None:
        if code not in pos:
            return
        count[pos[code]] += 1
        for key, penalty in title_keys(title):
            weights[key][pos[code]] += weight - penalty

    for code, title in titles.items():
        add(title, code, OWN_TITLE)
        for form in own_title_forms(title):
            add(form, code, OWN_TITLE - 1)
    for r in read_tsv(onet / "Sample of Reported Titles.txt"):
        shown = r["Shown in My Next Move"] == "Y"
        add(r["Reported Job Title"], r["O*NET-SOC Code"], REPORTED + shown)
    for r in read_tsv(onet / "Alternate Titles.txt"):
        n_sources = len(r["Source(s)"].split(","))
        add(r["Alternate Title"], r["O*NET-SOC Code"], 2.0 + 0.25 * n_sources)
        if r["Short Title"] not in ("n/a", ""):
            add(r["Short Title"], r["O*NET-SOC Code"], 1.5 + 0.25 * n_sources)

    prior = [round(math.log1p(count[i]), 3) for i in range(len(codes))]
    core = [core_words(titles[c]) for c in codes]
    groups = soc_groups(codes, names)
    # each SOC group's own catch-all ("Postsecondary Teachers, All Other")
    residual: dict[str, int] = {}
    for i, c in enumerate(codes):
        if titles[c].endswith(", All Other") and c.endswith(".00"):
            broad, minor = groups[c]
            residual.setdefault(broad, i)
            if broad.endswith("90"):  # the minor group's "Miscellaneous ..." broad group
                residual[minor] = i
    keys = sorted(weights)
    group_of = [groups[c] for c in codes]
    own = {normalize(t): pos[c] for c, t in titles.items()}
    for c, t in titles.items():
        if not t.endswith(", All Other"):  # "X, All Other" is what no other X is
            for form in own_title_forms(t):
                own.setdefault(normalize(form), pos[c])
    keys_of_code: dict[int, list[str]] = defaultdict(list)
    for key in keys:
        for i in weights[key]:
            keys_of_code[i].append(key)
    support_of = [
        Counter(t for k in keys_of_code[i] for t in set(k.split())) for i in range(len(codes))
    ]
    best = [
        resolve(key, weights[key], own, support_of, prior, core, residual, group_of) for key in keys
    ]
    heads = head_defaults(keys, best, weights, prior, [titles[c] for c in codes])
    postings: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        for tok in dict.fromkeys(key.split()):
            postings[tok].append(n)
    # Shortest titles (by summed idf, as occupations.py weighs them) first, so that a
    # lookup may read only the head of a long posting list.
    idf = {t: math.log(1 + len(keys) / len(p)) for t, p in postings.items()}
    mass = [sum(idf[t] for t in dict.fromkeys(key.split())) for key in keys]
    for p in postings.values():
        p.sort(key=lambda n: (mass[n], n))
    # every occupation that lists each title, with its weight (tenths), heaviest first:
    # the matcher weighs them against what else the query says
    listed = []
    for key in keys:
        ranked = sorted(weights[key].items(), key=lambda kv: (-round(kv[1], 3), kv[0]))
        listed.append([x for i, w in ranked for x in (i, round(w * 10))])
    title_index = {
        "keys": keys,
        "code": best,
        "listed": listed,
        "tokens": list(postings),
        "postings": list(postings.values()),
        "heads": heads,
    }

    job_zone = [0] * len(codes)
    for r in read_tsv(onet / "Job Zones.txt"):
        if r["O*NET-SOC Code"] in pos:
            job_zone[pos[r["O*NET-SOC Code"]]] = int(r["Job Zone"])

    tiers = ("Primary-Short", "Primary-Long", "Supplemental")
    related: list[list[list[int]]] = [[[], [], []] for _ in codes]
    rows = read_tsv(onet / "Related Occupations.txt")
    rows.sort(key=lambda r: int(r["Index"]))
    for r in rows:
        a, b = r["O*NET-SOC Code"], r["Related O*NET-SOC Code"]
        if a in pos and b in pos and r["Relatedness Tier"] in tiers:
            related[pos[a]][tiers.index(r["Relatedness Tier"])].append(pos[b])

    occupations = {
        "codes": codes,
        "titles": [titles[c] for c in codes],
        "display": [display_name(c, titles[c]) for c in codes],
        "job_zone": job_zone,
        "related": related,
        "tech": [[] for _ in codes],  # filled once skills are known
        "skills": [[] for _ in codes],
    }
    return occupations, title_index, codes


# --- skills ---


def english_words(data: Path) -> Counter[str]:
    """Lowercase words of O*NET's prose: a product name found here is an everyday word."""
    onet = data / "onet-30.1"
    words: Counter[str] = Counter()
    for name, column in (("Task Statements.txt", "Task"), ("Occupation Data.txt", "Description")):
        for r in read_tsv(onet / name):
            words.update(w for w in re.findall(r"[a-z]+", r[column]) if w.islower())
    return words


def is_acronym_of(acronym: str, words: list[str]) -> bool:
    if not words or acronym[0].lower() not in words[0].lower():
        return False
    letters = iter("".join(words).lower())
    return all(ch in letters for ch in acronym.lower() if ch.isalnum())


class SkillBuilder:
    def __init__(self, terms: dict, english: Counter[str]) -> None:
        self.terms = terms
        self.english = english
        self.vendors = sorted(terms["vendors"], key=len, reverse=True)
        self.ambiguous = {a.lower(): a for a in terms["ambiguous"]}
        self.exclude = set(terms["exclude"])
        self.names: list[str] = []
        self.position: dict[str, int] = {}
        # idx -> key -> (the case text must match or "", whether skill context is needed)
        self.aliases: dict[int, dict[str, tuple[str, int]]] = defaultdict(dict)
        self.commodities: dict[int, Counter[str]] = defaultdict(Counter)
        self.group: dict[int, str] = {}
        self.near: dict[int, set[str]] = defaultdict(set)
        self.findable: dict[int, bool] = {}
        self.curated: set[int] = set()

    def common(self, word: str) -> bool:
        return self.english[word.lower()] >= 2

    def skill(self, name: str) -> int:
        if name not in self.position:
            self.position[name] = len(self.names)
            self.names.append(name)
        return self.position[name]

    def strip_vendor(self, name: str) -> str:
        for v in self.vendors:
            if name.startswith(v + " ") and len(name) > len(v) + 1:
                return name[len(v) + 1 :]
        return name

    def product(self, product: str, well_known: bool) -> tuple[int, list[str], bool]:
        """Canonical index, alias forms and whether it is a generic category."""
        curated = self.terms["canonical"].get(product)
        base = product[: -len(" software")] if product.endswith(" software") else product
        forms = [product, base]
        words = base.split()
        generic = not curated and product.endswith(" software") and self.generic(words)
        acronym = words[-1] if len(words) >= 2 and ACRONYM_RE.fullmatch(words[-1]) else None
        if acronym:
            for head in (words[:-1], self.strip_vendor(" ".join(words[:-1])).split()):
                if is_acronym_of(acronym, head):
                    forms += [acronym, " ".join(head)]
                    break
            else:
                acronym = None
        stripped = self.strip_vendor(base)
        if " " in stripped or (well_known and stripped.lower() in self.ambiguous):
            forms.append(stripped)  # "Illustrator" names Adobe Illustrator, in context
        if (
            stripped != base
            and " " not in stripped
            and (self.common(stripped) or stripped.lower() in self.ambiguous or not well_known)
        ):
            stripped = base  # "Google Docs", "IBM Notes", "Google Scholar": keep the vendor
        forms.append(stripped)
        name = curated or (acronym if acronym else stripped)
        forms.append(name)
        return self.skill(name), forms, generic

    def generic(self, words: list[str]) -> bool:
        """A kind of software rather than a product: "Word processing", "Debugging"."""
        if len(words) > 1:
            return all(w.islower() for w in words[1:])
        word = words[0].lower()
        return self.common(word) or word.endswith("ing")

    def add_alias(self, idx: int, form: str, well_known: bool = True) -> None:
        """Add a spelling; say whether text must match its case, and need skill context.

        Everyday words ("Go", "Excel") need both; acronyms ("SQL", "ETC") need their
        case; single-word names of little-used products ("Compris", "Chat") need both.
        """
        key = skill_key(form)
        if not key:
            return
        form = form.strip()
        parts = key.split()
        rule: tuple[str, int] = ("", 0)
        if key in self.ambiguous:
            rule = (self.ambiguous[key], 1)
        elif idx in self.curated:
            pass  # curated names are skills wherever they appear
        elif len(parts) == 1:
            if len(key) <= 2 or self.common(key):
                rule = (form, 1)
            elif not well_known:
                # "ETC", "LES", "Compris": names of little-used products that are words
                # elsewhere, or headings in capitals
                rule = (form, 1)
        elif all(self.common(p) for p in parts):
            rule = (form, 1)
        if len(key) == 1 and key not in self.ambiguous:
            return  # only the letters curated as languages ("R", "C")
        self.aliases[idx].setdefault(key, rule)


def build_skills(data: Path, terms: dict, occupations: dict, codes: list[str]) -> dict:
    sb = SkillBuilder(terms, english_words(data))
    rows = read_tsv(data / "onet-30.1" / "Technology Skills.txt")
    pos = {c: i for i, c in enumerate(codes)}
    occ_skills: dict[int, dict[int, tuple[bool, bool]]] = defaultdict(dict)
    frequency: Counter[int] = Counter()
    for entry in terms["skill"]:
        sb.curated.add(sb.skill(entry["name"]))
    # How widely each product is used, before naming it: a little-used product keeps
    # its vendor ("Google Scholar") and must be written as it is to count.
    product_codes: dict[str, set[str]] = defaultdict(set)
    product_hot: set[str] = set()
    for r in rows:
        product_codes[r["Example"].strip()].add(r["O*NET-SOC Code"])
        if r["Hot Technology"] == "Y" or r["In Demand"] == "Y":
            product_hot.add(r["Example"].strip())
    products: dict[str, tuple[int, list[str], bool]] = {}
    for r in rows:
        product = r["Example"].strip()
        if product not in products:
            well_known = product in product_hot or len(product_codes[product]) >= 5
            idx, forms, generic = sb.product(product, well_known)
            products[product] = (idx, forms, well_known)
            excluded = product in sb.exclude or sb.names[idx] in sb.exclude
            sb.findable[idx] = sb.findable.get(idx, True) and not (generic or excluded)
        idx = products[product][0]
        sb.commodities[idx][r["Commodity Code"]] += 1
        code = r["O*NET-SOC Code"]
        if code in pos:
            flags = (r["Hot Technology"] == "Y", r["In Demand"] == "Y")
            old = occ_skills[pos[code]].get(idx, (False, False))
            occ_skills[pos[code]][idx] = (old[0] or flags[0], old[1] or flags[1])
    for occ in occ_skills.values():
        frequency.update(occ.keys())
    for idx, forms, well_known in products.values():
        for form in forms:
            sb.add_alias(idx, form, well_known=well_known)

    for entry in terms["skill"]:
        idx = sb.skill(entry["name"])
        sb.findable[idx] = True
        if entry.get("group"):
            sb.group[idx] = entry["group"]
        if entry.get("commodity"):
            sb.commodities[idx][entry["commodity"]] += 1000
        sb.near[idx].update(entry.get("near", []))
        for form in [entry["name"], *entry.get("aliases", [])]:
            sb.add_alias(idx, form)
    for name, aliases in terms["aliases"].items():
        idx = sb.skill(name)
        for form in [name, *aliases]:
            sb.add_alias(idx, form)

    n = len(sb.names)
    # Alias key -> the skill it names; curated and frequent skills win collisions.
    order = sorted(range(n), key=lambda i: (i not in sb.curated, -frequency[i], i))
    alias_index: dict[str, list] = {}
    for idx in order:
        for key, (surface, context) in sb.aliases[idx].items():
            if key not in alias_index:
                alias_index[key] = (
                    [idx, surface, 1] if context else [idx, surface] if surface else [idx]
                )

    neighbours = skill_neighbours(sb, occ_skills, frequency, n)

    # Occupation technology lists, typical-and-wanted first.
    for occ_idx, skills in occ_skills.items():
        ranked = sorted(
            (i for i in skills if sb.findable.get(i, False)),
            key=lambda i: (not skills[i][1], not skills[i][0], -frequency[i], sb.names[i]),
        )
        occupations["tech"][occ_idx] = [sb.names[i] for i in ranked[:TECH_PER_OCCUPATION]]
        # all of them, each with its flags (1 hot technology, 2 in demand), for what
        # every holder of the occupation uses and for telling occupations apart by skills
        occupations["skills"][occ_idx] = [
            x for i in ranked for x in (i, skills[i][0] + 2 * skills[i][1])
        ]

    return {
        "names": sb.names,
        "aliases": alias_index,
        "findable": [1 if sb.findable.get(i, False) else 0 for i in range(n)],
        "curated": sorted(sb.curated),
        "commodity": [
            sb.commodities[i].most_common(1)[0][0] if sb.commodities[i] else "" for i in range(n)
        ],
        "group": [sb.group.get(i, "") for i in range(n)],
        "neighbours": neighbours,
    }


def skill_neighbours(sb: SkillBuilder, occ_skills: dict, frequency: Counter, n: int) -> list:
    """Top neighbours of each skill: co-occurrence across occupations, and curated `near`."""
    pairs: Counter[tuple[int, int]] = Counter()
    for skills in occ_skills.values():
        common = sorted(i for i in skills if frequency[i] >= 2)
        for x in range(len(common)):
            a = common[x]
            for b in common[x + 1 :]:
                pairs[(a, b)] += 1
    scores: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), together in pairs.items():
        if together < 2:
            continue
        cosine = together / math.sqrt(frequency[a] * frequency[b])
        sim = min(0.9, cosine)
        if sim >= 0.2:
            scores[a][b] = scores[b][a] = sim
    for idx, names in sb.near.items():
        for name in sorted(names):
            other = sb.position.get(name)
            if other is not None and other != idx:
                for x, y in ((idx, other), (other, idx)):
                    scores[x][y] = max(scores[x].get(y, 0.0), 0.65)
    out: list = [[] for _ in range(n)]
    for a, by in scores.items():
        top = sorted(by.items(), key=lambda kv: -kv[1])[:NEIGHBOURS_PER_SKILL]
        out[a] = [[b, round(s * 100)] for b, s in top]
    return out


def abilities(
    data: Path, codes: list[str], borrowed: dict[int, str] | None = None
) -> tuple[list[str], dict[int, list[float]]]:
    """O*NET 29.3 skills and knowledge: element names, and each rated occupation's
    importance (1-5) of each, in the names' order. ``borrowed`` receives, for each
    occupation 29.3 does not rate, the SOC group whose mean profile it takes."""
    folder = data / "onet-29.3-skills-knowledge"
    pos = {c: i for i, c in enumerate(codes)}
    names: list[str] = []
    ratings: dict[int, dict[str, float]] = defaultdict(dict)
    for sheet in ("Skills.xlsx", "Knowledge.xlsx"):
        path = folder / sheet
        if not path.exists():
            continue
        rows = xlsx_rows(path)
        header = rows[0]
        col = {name: header.index(name) for name in header if name}
        for row in rows[1:]:
            if row[col["Scale ID"]] != "IM" or row[col["O*NET-SOC Code"]] not in pos:
                continue
            element = row[col["Element Name"]]
            if element not in names:
                names.append(element)
            ratings[pos[row[col["O*NET-SOC Code"]]]][element] = float(row[col["Data Value"]])
    out = {i: [r.get(n, 1.0) for n in names] for i, r in ratings.items()}
    # occupations 29.3 does not rate (new in 30.x, or "All Other") take their SOC broad
    # group's mean profile, else their minor group's
    for i, code in enumerate(codes):
        for width in (6, 5):
            kin = [out[j] for j in out if codes[j][:width] == code[:width]]
            if i not in out and kin:
                out[i] = [sum(col) / len(kin) for col in zip(*kin, strict=True)]
                if borrowed is not None:
                    borrowed[i] = code[:width]
    return names, out


def occupation_neighbours(data: Path, occupations: dict, n_skills: int) -> dict:
    """Occupations near each other by what their holders know and use: the technologies
    O*NET lists for both (rarer ones and those in demand weigh more) and the importance
    of O*NET's 35 skills and 33 knowledge areas (how alike the two profiles are, past
    what all occupations share). Career changers move along these as much as along
    O*NET's related-occupation lists, which mostly stay within a field."""
    codes = occupations["codes"]
    n = len(codes)
    # technologies: idf-weighted vectors, those in demand or named in tasks counting double
    rows = [dict(zip(r[::2], r[1::2], strict=True)) for r in occupations["skills"]]
    df: Counter[int] = Counter(s for r in rows for s in r)
    vectors: list[dict[int, float]] = []
    for r in rows:
        v = {
            s: math.log(n / df[s]) * (1 + bool(f & 6))
            for s, f in r.items()
            if df[s] <= n * COMMON_SKILL_SHARE
        }
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({s: w / norm for s, w in v.items()})
    holders: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for s, w in v.items():
            holders[s].append((i, w))
    tech = [defaultdict(float) for _ in range(n)]
    for members in holders.values():
        for a, wa in members:
            row = tech[a]
            for b, wb in members:
                if a != b:
                    row[b] += wa * wb
    # skills and knowledge: the correlation of two importance profiles
    borrowed: dict[int, str] = {}
    elements, ratings = abilities(data, codes, borrowed)
    means = [sum(v[k] for v in ratings.values()) / len(ratings) for k in range(len(elements))]
    centred: dict[int, list[float]] = {}
    for i, v in ratings.items():
        c = [x - m for x, m in zip(v, means, strict=True)]
        norm = math.sqrt(sum(x * x for x in c)) or 1.0
        centred[i] = [x / norm for x in c]
    near: list[list[int]] = []
    for a in range(n):
        scores: dict[int, float] = {}
        ca = centred.get(a)
        candidates = set(tech[a]) | (set(centred) if ca else set())
        for b in candidates:
            if b == a:
                continue
            t = tech[a].get(b, 0.0)
            cb = centred.get(b)
            # two unrated siblings that borrow one group's profile (Software Developers
            # and Web and Digital Interface Designers) are alike by it only by construction
            alike = borrowed.get(a) is not None and borrowed.get(a) == borrowed.get(b)
            if ca and cb and not alike:
                k = max(0.0, sum(x * y for x, y in zip(ca, cb, strict=True)))
                score = TECH_SHARE * t + (1 - TECH_SHARE) * k
            else:
                score = t
            if score >= MIN_NEIGHBOUR:
                scores[b] = score
        # the nearest in the same SOC major group, and the nearest outside it (where a
        # career changer would go), kept apart so that neither crowds out the other
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        within = [kv for kv in ranked if codes[kv[0]][:2] == codes[a][:2]]
        across = [kv for kv in ranked if codes[kv[0]][:2] != codes[a][:2]]
        top = sorted(
            within[:NEIGHBOURS_PER_OCCUPATION] + across[:NEIGHBOURS_PER_OCCUPATION],
            key=lambda kv: (-kv[1], kv[0]),
        )
        near.append([x for b, sc in top for x in (b, round(100 * sc))])
    # the skills and knowledge each occupation rates most important, for reasons
    top_elements = [
        [k for k in sorted(range(len(elements)), key=lambda k: (-ratings[i][k], k))[:8]]
        if i in ratings
        else []
        for i in range(n)
    ]
    return {"neighbours": near, "elements": elements, "top_elements": top_elements}


def task_words(data: Path, occupations: dict) -> dict:
    """The words that set each occupation's task statements apart from others' (tf-idf,
    the top few dozen, as integer weights): what a description of the work would say.
    Words, not the sentences: a bag of words per occupation, never a task as written."""
    pos = {c: i for i, c in enumerate(occupations["codes"])}
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for r in read_tsv(data / "onet-30.1" / "Task Statements.txt"):
        i = pos.get(r["O*NET-SOC Code"])
        if i is not None:
            counts[i].update(w for w in normalize(r["Task"]).split() if len(w) > 2)
    # "All Other" occupations have no tasks of their own: their kin's, as for technologies
    codes = occupations["codes"]
    for i, code in enumerate(codes):
        if i not in counts:
            for width in (7, 6, 5):
                kin = [j for j in counts if codes[j][:width] == code[:width]]
                if kin:
                    for j in kin:
                        counts[i].update(counts[j])
                    break
    df: Counter[str] = Counter(w for c in counts.values() for w in c)
    n = len(codes)
    vocabulary: dict[str, int] = {}
    rows: list[list[int]] = []
    for i in range(n):
        scored = {w: (1 + math.log(k)) * math.log(n / df[w]) for w, k in counts[i].items()}
        top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:TASK_WORDS]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        row = []
        for w, v in top:
            row += [vocabulary.setdefault(w, len(vocabulary)), round(100 * v / norm)]
        rows.append(row)
    return {"task_vocabulary": list(vocabulary), "task_words": rows}


def task_skills(data: Path, skills: dict, occupations: dict) -> None:
    """Add to each occupation the skills its O*NET task statements name at least twice
    ("patient care" for registered nurses, "payroll" for payroll clerks), flagged 4:
    methods every holder uses that O*NET's technology list does not name."""
    from api.core.model.skills import _find, _Skills

    finder = _Skills({"skills": skills})
    pos = {c: i for i, c in enumerate(occupations["codes"])}
    mentions: dict[int, Counter[int]] = defaultdict(Counter)
    for r in read_tsv(data / "onet-30.1" / "Task Statements.txt"):
        i = pos.get(r["O*NET-SOC Code"])
        if i is not None:
            mentions[i].update(_find(finder, r["Task"]))
    for i, counts in mentions.items():
        row = occupations["skills"][i]
        flags = dict(zip(row[::2], row[1::2], strict=True))
        for idx, n in sorted(counts.items()):
            if n >= TASK_MENTIONS:
                flags[idx] = flags.get(idx, 0) | 4
        occupations["skills"][i] = [x for idx, f in flags.items() for x in (idx, f)]


def fill_from_siblings(occupations: dict) -> None:
    """Give "All Other" occupations (no O*NET ratings) the job zone and technologies
    their specialisations share, or else their SOC broad or minor group's."""
    codes, tech, zone = occupations["codes"], occupations["tech"], occupations["job_zone"]
    skills = occupations["skills"]
    for i, code in enumerate(codes):
        if tech[i] and zone[i] and skills[i]:
            continue
        for width in (7, 6, 5):
            kin = [j for j, c in enumerate(codes) if c[:width] == code[:width] and tech[j]]
            if kin:
                break
        if not kin:
            continue
        if not tech[i]:
            counts = Counter(t for j in kin for t in tech[j])
            first = {t: min(tech[j].index(t) for j in kin if t in tech[j]) for t in counts}
            ranked = sorted(counts, key=lambda t: (-counts[t], first[t], t))
            tech[i] = ranked[:TECH_PER_OCCUPATION]
        if not skills[i]:
            # the skills at least half of the kin list, with the flags any of them gives
            seen: Counter[int] = Counter()
            flags: dict[int, int] = {}
            for j in kin:
                for idx, f in zip(skills[j][::2], skills[j][1::2], strict=True):
                    seen[idx] += 1
                    flags[idx] = flags.get(idx, 0) | f
            shared = sorted(idx for idx, n in seen.items() if 2 * n >= len(kin))
            skills[i] = [x for idx in shared for x in (idx, flags[idx])]
        zones = sorted(zone[j] for j in kin if zone[j])
        if not zone[i] and zones:
            zone[i] = zones[len(zones) // 2]


def build(data: Path, out: Path) -> dict:
    terms = tomllib.loads(TERMS.read_text(encoding="utf-8"))
    names = soc_names(data)
    occupations, title_index, codes = build_occupations(data, names)
    skills = build_skills(data, terms, occupations, codes)
    task_skills(data, skills, occupations)
    fill_from_siblings(occupations)
    occupations.update(occupation_neighbours(data, occupations, len(skills["names"])))
    occupations.update(task_words(data, occupations))
    index = {
        "version": INDEX_VERSION,
        "source": "O*NET 30.1 and 29.3 Databases (USDOL/ETA, CC BY 4.0); SOC 2018 (BLS)",
        "soc_names": names,
        "family_names": FAMILY_NAMES,
        "occupations": occupations,
        "titles": title_index,
        "skills": skills,
    }
    payload = json.dumps(index, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    write_atomically(out, payload)
    return index


def write_atomically(out: Path, payload: bytes) -> None:
    """Gzip the payload into a temporary file beside ``out``, then rename it over
    ``out``: a reader (or a failed build) never sees half an index."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            with gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as fh:
                fh.write(payload)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.data / "onet-30.1").is_dir():
        parser.error(f"no O*NET data under {args.data}")
    index = build(args.data, args.out)
    print(
        f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, "
        f"{len(index['occupations']['codes'])} occupations, {len(index['titles']['keys'])} titles, "
        f"{len(index['skills']['names'])} skills"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
