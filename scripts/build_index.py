"""Build api/data/occupations.json.gz from O*NET 30.1 and SOC 2018.

    python scripts/build_index.py [DATA_DIR] [--out PATH]

DATA_DIR defaults to ../shared/data relative to the project root (see its README).
The index holds facts only (codes, titles, relations, job zones, technology names and
their neighbours), never the datasets' descriptions or task sentences. Curated skill
knowledge comes from scripts/skill_terms.toml.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import sys
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
INDEX_VERSION = 1
TECH_PER_OCCUPATION = 40
NEIGHBOURS_PER_SKILL = 20
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


def build_occupations(data: Path) -> tuple[dict, dict, list[str]]:
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
        add(title, code, 6.0)
    for r in read_tsv(onet / "Sample of Reported Titles.txt"):
        add(r["Reported Job Title"], r["O*NET-SOC Code"], 4.0 + (r["Shown in My Next Move"] == "Y"))
    for r in read_tsv(onet / "Alternate Titles.txt"):
        n_sources = len(r["Source(s)"].split(","))
        add(r["Alternate Title"], r["O*NET-SOC Code"], 2.0 + 0.25 * n_sources)
        if r["Short Title"] not in ("n/a", ""):
            add(r["Short Title"], r["O*NET-SOC Code"], 1.5 + 0.25 * n_sources)

    prior = [round(math.log1p(count[i]), 3) for i in range(len(codes))]
    # How many titles of each code contain a token: generic keys ("consultant",
    # "ux designer") go to the occupation whose titles use those words most.
    keys_of_code: dict[int, set[str]] = defaultdict(set)
    for key, by_code in weights.items():
        for i in by_code:
            keys_of_code[i].add(key)
    token_support: dict[int, Counter[str]] = {
        i: Counter(t for k in ks for t in set(k.split())) for i, ks in keys_of_code.items()
    }
    keys = sorted(weights)
    best = []
    for key in keys:
        head = key.split()[-1]
        words = key.split()

        def strength(item: tuple[int, float], head: str = head, words: list = words) -> tuple:
            i, w = item
            support = token_support[i]
            w += 0.4 * math.log1p(min(support[t] for t in words)) + 0.1 * math.log1p(support[head])
            return (-w, -prior[i], i)

        best.append(min(weights[key].items(), key=strength)[0])
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
    title_index = {
        "keys": keys,
        "code": best,
        "tokens": list(postings),
        "postings": list(postings.values()),
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
        "job_zone": job_zone,
        "related": related,
        "tech": [[] for _ in codes],  # filled once skills are known
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


def fill_from_siblings(occupations: dict) -> None:
    """Give "All Other" occupations (no O*NET ratings) the job zone and technologies
    their specialisations share, or else their SOC broad or minor group's."""
    codes, tech, zone = occupations["codes"], occupations["tech"], occupations["job_zone"]
    for i, code in enumerate(codes):
        if tech[i] and zone[i]:
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
        zones = sorted(zone[j] for j in kin if zone[j])
        if not zone[i] and zones:
            zone[i] = zones[len(zones) // 2]


def build(data: Path, out: Path) -> dict:
    terms = tomllib.loads(TERMS.read_text(encoding="utf-8"))
    occupations, title_index, codes = build_occupations(data)
    skills = build_skills(data, terms, occupations, codes)
    fill_from_siblings(occupations)
    index = {
        "version": INDEX_VERSION,
        "source": "O*NET 30.1 Database (USDOL/ETA, CC BY 4.0); SOC 2018 (BLS)",
        "soc_names": soc_names(data),
        "occupations": occupations,
        "titles": title_index,
        "skills": skills,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(index, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as fh:
        fh.write(payload)
    return index


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
