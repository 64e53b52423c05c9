"""Where: remote, hybrid and online flags read from fields and prose."""

from __future__ import annotations

import re

from .cues import trie_pattern

_REMOTE_STRONG = re.compile(
    r"\b(?:fully|100%|completely|entirely|full[- ]time)\s+remote\b|\bremote[- ](?:first|only)\b"
    r"|\bwork (?:from|at) home\b|\bwork from anywhere\b|\bwfh\b"
    r"|\bthis (?:is a |role is |position is )?(?:remote|a remote) (?:role|position|job)\b"
    r"|\b(?:remote|telecommute) (?:role|position|job|opportunity)\b",
    re.I,
)
_REMOTE = re.compile(r"\b(?:remote|telecommut\w*|anywhere)\b", re.I)
_NOT_REMOTE = re.compile(r"\b(?:not|no|non)[- ]remote\b|\bremote (?:work )?is not\b", re.I)
# "Hybrid" as the pages' languages write it: hybridní, hybride, hybrides Arbeiten, híbrido.
_HYBRID_WORD = (r"\b(?:hybrid(?:n\u00ed|n\u011b|e|es|er|en)?|h\u00edbrid[oa]s?|hibrid[oa]s?"
                r"|ibrid[oa])\b")
_HYBRID = re.compile(_HYBRID_WORD, re.I)
# What a hybrid arrangement is said beside: the office, days, the week, remote work.
_HYBRID_BESIDE = (r"\b(?:office|offices|kancel\u00e1\u0159\w{0,2}|b\u00fcro|oficina|bureau|days?"
                  r"|dn[y\u00ed]|tage?n?|d\u00edas|jours|week|t\u00fdd\w{0,4}|woche|semana|semaine"
                  r"|onsite|on-site|remote|homeoffice|home office|z domova)\b")
# "Home office" offered beside an office ("možnost home office", "Homeoffice möglich", "2 days
# home office a week"): some days at home, the rest at the office.
_PARTLY_HOME = re.compile(
    r"\b(?:mo\u017enost|option|possibility|m\u00f6glichkeit|\d\s?(?:days?|tage?|dny|dn\u00ed))"
    r"[^.\n]{0,25}\bhome[- ]?office\b|\bhome[- ]?office\b[^.\n]{0,25}\b(?:m\u00f6glich|possible"
    r"|option|mo\u017en\u00fd|mo\u017en\u00e1|days?|tage?|dny|dn\u00ed|t\u00fddn\u011b|per week"
    r"|pro woche)"
    # Work from home some days, in the pages' languages: "částečně z domova", "2 dny z domova",
    # "teilweise mobiles Arbeiten", "2 jours de télétravail", "días de teletrabajo".
    r"|\b(?:\u010d\u00e1ste\u010dn\w{0,3}|mo\u017enost\w{0,3}|\d\s?(?:dny|dn\u00ed))"
    r"[^.\n]{0,25}\bz domova\b"
    r"|\b(?:teilweise|anteilig|\d\s?tage?n?)[^.\n]{0,25}\b(?:mobile[sn]?\s{1,3}arbeiten|homeoffice)\b"
    r"|\b(?:\d\s?jours?|partiel)[^.\n]{0,25}\bt\u00e9l\u00e9travail\b|\bt\u00e9l\u00e9travail\s{1,3}partiel\b"
    r"|\b(?:\d\s?d\u00edas?)[^.\n]{0,25}\bteletrabajo\b|\bteletrabajo\s{1,3}parcial\b",
    re.I,
)


def remote_hybrid_flags(title: str, location_text: str, description: str) -> tuple[bool, bool]:
    """Return (remote, hybrid) as the title, the location or the description state them."""
    head = f"{title}\n{location_text}"
    body = description[:50_000]
    hybrid = bool(_HYBRID.search(head) or re.search(
        _HYBRID_WORD + r"[^.\n]{0,60}" + _HYBRID_BESIDE, body, re.I)
        or _PARTLY_HOME.search(body))  # fmt: skip
    remote = bool(_REMOTE.search(head) and not _NOT_REMOTE.search(head))
    if not remote and not hybrid:
        remote = bool(_REMOTE_STRONG.search(body)) and not _NOT_REMOTE.search(body)
    return remote, hybrid


# A street address as written: a number and a street ("1644 Platte St", "50 Milk Street",
# "Hauptstraße 5", "12 rue de Rivoli", "Calle Mayor 3"), or a town with its postcode
# ("Denver, CO 80202", "London EC1V 9BX", "10115 Berlin").
_STREET_TYPES = trie_pattern(
    """St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Way Pl Place Sq Square
    Ct Court Pkwy Parkway Hwy Highway Ter Terrace Cres Crescent Row Plaza Cir Circle
    Broadway Alley Wharf Quay Walk Mall Close Gardens Embankment""".split()
)
_STREET = re.compile(
    rf"(?<![\w/:.,-])\d{{1,5}}[a-z]?(?:-\d{{1,5}})?,?\s{{1,3}}(?:[NSEW]\.?\s{{1,3}})?"
    rf"(?:[A-Z0-9][\w.'\u2019-]{{0,30}}\s{{1,3}}){{0,4}}?"
    rf"(?:{_STREET_TYPES})\b\.?(?!\w)"
    r"|\b[A-Z\u00c0-\u017d][\w\u00df.-]{2,40}?(?:stra(?:\u00df|ss)e|str\.|gasse|weg|platz|allee"
    r"|damm|ufer|laan|straat|gracht|plein|v\u00e4gen|gatan|gade|vej)\s{1,3}\d{1,4}[a-z]?\b"
    r"|\b(?i:rue|avenue|boulevard|bd|place|quai|chemin|calle|avenida|plaza|paseo|via|viale"
    r"|piazza|corso|ulice|ul\.|rua)\s{1,3}(?:[\w'\u2019.-]{1,40}\s{1,3}){0,4}?\d{1,4}[a-z]?\b"
    r"|\b\d{1,4}[a-z]?,?\s{1,3}(?i:rue|avenue|boulevard|bd|place|quai|chemin|all\u00e9e|impasse)\s",
)
# "Denver, CO 80202", "London EC1V 9BX", ", 10115 Berlin", ", M5V 2T6".
_POSTCODE = re.compile(
    r"(?:^|,)\s{0,3}[A-Z][A-Za-z .'-]{1,30},?\s{1,3}[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
    r"|,\s{0,3}(?:[A-Z]{1,2}-)?\d{4,5}\s{1,3}[A-Z\u00c0-\u017d][a-z\u00e0-\u017e]+"
    r"|,\s{0,3}[A-Z]\d[A-Z]\s?\d[A-Z]\d\b",
)
# A sentence, not an address: a lowercase word ends it ("... in Denver. We"); "S.E. Main St"
# and "St. Louis" are abbreviations.
_SENTENCE = re.compile(r"\b[a-z]{3,}[.!?]\s{1,3}[A-Z]|\b(?:we|you|our|your|will|is|are|was)\b",
                       re.I)  # fmt: skip


def looks_like_address(line: str) -> bool:
    """True for a short line that is (or ends with) a street address, not a sentence."""
    if not 6 <= len(line) <= 160 or len(line.split()) > 20:
        return False
    if not (_STREET.search(line) or _POSTCODE.search(line)):
        return False
    return not _SENTENCE.search(line)


def address_line(lines: list[str], limit: int = 120) -> int | None:
    """The index of the first line that is a street address."""
    for index, line in enumerate(lines[:limit]):
        if looks_like_address(line):
            return index
    return None
