"""Where: remote, hybrid and online flags read from fields and prose."""

from __future__ import annotations

import re

from .cues import trie_pattern

# Working away from any office, said outright in a description: "fully remote", "work from
# home", "100% Homeoffice", "vollständig remote", "télétravail complet", "en distanciel",
# "100% remoto", "plně z domova".
_FULLY = (r"(?:100\s?%|fully|completely|entirely|full[- ]time|full|vollst\u00e4ndig|komplett"
          r"|ausschlie\u00dflich|enti\u00e8rement|int\u00e9gralement|totalmente|completamente"
          r"|pln\u011b|\u00fapln\u011b|helt)")
_AWAY = (r"(?:remote|remotely|im\s{1,3}home\s?office|home\s?office|von\s{1,3}zu\s{1,3}hause"
         r"|mobil|en\s{1,3}t\u00e9l\u00e9travail|t\u00e9l\u00e9travail|en\s{1,3}remoto|remoto"
         r"|teletrabajo|z\s{1,3}domova|na\s{1,3}d\u00e1lku|p\u00e5\s{1,3}distans|distanciel)")
_REMOTE_STRONG = re.compile(
    rf"\b{_FULLY}\s{{1,3}}{_AWAY}\b|\bremote[- ](?:first|only)\b"
    r"|\bwork(?:ing)? (?:from|at) home\b|\bwork from anywhere\b|\bwfh\b"
    r"|\bthis (?:is a |role is |position is )?(?:remote|a remote) (?:role|position|job)\b"
    r"|\b(?:remote|telecommute) (?:role|position|job|opportunity)\b"
    r"|\bt\u00e9l\u00e9travail\s{1,3}(?:complet|total|int\u00e9gral|\u00e0\s{0,2}100\s?%)"
    r"|\b(?:en|100\s?%)\s{1,3}distanciel\b|\btrabajo\s{1,3}(?:100\s?%\s{1,3})?remoto\b"
    r"|\b(?:teletrabajo|remoto)\s{1,3}(?:100\s?%|total|completo)\b",
    re.I,
)
# Remote work named in a title or a location line, in the pages' languages: "Remote",
# "Telecommute", "Work from home", "Homeoffice", "Télétravail", "Remoto", "Z domova".
_REMOTE_WORDS = (r"remote|telecommut\w*|anywhere|work(?:ing)?[- ]from[- ]home|wfh|home[- ]?office"
                 r"|t\u00e9l\u00e9travail|teletravail|distanciel|remoto|teletrabajo|telearbeit"
                 r"|z\s{1,3}domova|na\s{1,3}d\u00e1lku|p\u00e5\s{1,3}distans|distansarbete"
                 r"|thuiswerk\w*|zdaln\w*")
_REMOTE = re.compile(rf"\b(?:{_REMOTE_WORDS})\b", re.I)
# "Remote" as the adjective of a thing, not of the work: "Remote Sensing Analyst", "remote
# monitoring", "remote areas".
_REMOTE_THING = re.compile(
    r"\bremote[- ](?:sensing|monitoring|control\w*|access|desktop|pilot\w*|patient\w*"
    r"|procedures?|sites?|areas?|regions?|communit\w+|locations?|islands?|villages?"
    r"|operat\w+|diagnos\w+|surveillance|learning|teaching|device\w*|server\w*"
    r"|teams?|companies|collaboration|tools?|workforces?|meetings?)\b",
    re.I,
)
_NOT_REMOTE = re.compile(
    r"\b(?:not|no|non)[- ]remote\b|\bremote (?:work(?:ing)? )?(?:is not|isn't|is no)\b"
    r"|\bremote (?:work(?:ing)? )?(?:is )?not (?:possible|available|an option|offered)\b"
    r"|\b(?:on-?site|in-office|in office) only\b|\bonly (?:on-?site|in[- ]office)\b"
    r"|\bremote(?:\s{1,3}work(?:ing)?)?\s{0,3}[:?]\s{0,3}(?:no|nein|non|ne|nie)\b"
    r"|\b(?:kein(?:e|en)?|ohne)\s{1,3}(?:home\s?office|remote|mobile[sn]?\s{1,3}arbeiten)\b"
    r"|\bhome\s?office\s{1,3}(?:\w+\s{1,3}){0,6}nicht\b"
    r"|\b(?:pas de|sans|aucun)\s{1,3}t\u00e9l\u00e9travail\b"
    r"|\bt\u00e9l\u00e9travail\s{0,2}:\s{0,2}non\b"
    r"|\bsin\s{1,3}(?:teletrabajo|remoto)\b|\bno\s{1,3}(?:es\s{1,3})?remoto\b"
    r"|\bbez\s{1,3}(?:home\s?office|mo\u017enosti)",
    re.I,
)


# The words that say remote in any line of a header, even among benefits and sentences:
# "Homeoffice", "télétravail" there are as often a benefit (some days) as the whole job.
_REMOTE_PLAIN = re.compile(r"\b(?:remote|telecommut\w*|work(?:ing)?[- ]from[- ]home|wfh)\b",
                           re.I)  # fmt: skip


# "Hybrid remote in Austin, TX", "Remote-Hybrid": one arrangement, the hybrid one.
_HYBRID_REMOTE = re.compile(r"\bhybrid[- ]remote\b|\bremote[- ]hybrid\b", re.I)


def says_remote(text: str, anywhere: bool = True, plain: bool = False) -> bool:
    """A title or a location line that says the work is remote ("Remote (US)", "Telecommute",
    "100% Homeoffice", "Télétravail"): not "Remote Sensing Analyst", not "remote work is not
    possible", and not some days at home ("Homeoffice möglich" is hybrid). ``plain``: only
    the words that say it in any line of a header ("Remote", "Telecommute")."""
    if not text or _NOT_REMOTE.search(text) or _PARTLY_HOME.search(text):
        return False
    text = _HEADQUARTERS.sub(" ", _REMOTE_THING.sub(" ", _HYBRID_REMOTE.sub(" ", text)))
    if plain:
        return bool(_REMOTE_PLAIN.search(text))
    match = _REMOTE.search(text)
    if match and not anywhere and match.group(0).lower() == "anywhere":
        return any(m.group(0).lower() != "anywhere" for m in _REMOTE.finditer(text))
    return bool(match)


# "Hybrid" as the pages' languages write it: hybridní, hybride, hybrides Arbeiten, híbrido.
_HYBRID_WORD = (r"\b(?:hybrid(?:n\w{1,3}|e|es|er|en)?|h\u00edbrid[oa]s?|hibrid[oa]s?"
                r"|ibrid[oa]|hybryd\w{1,4})\b")
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
    r"|\b(?:\d\s?d\u00edas?)[^.\n]{0,25}\bteletrabajo\b|\bteletrabajo\s{1,3}parcial\b"
    # "2x týdně home office", "home office 1x per week": a number of times a week.
    r"|\b\d\s?x\s{0,2}(?:t\u00fddn\u011b|v\s{1,3}t\u00fddnu|per\s{1,3}week|a\s{1,3}week"
    r"|pro\s{1,3}woche|par\s{1,3}semaine|por\s{1,3}semana|a\s{1,3}la\s{1,3}semana)[^.\n]{0,25}"
    r"\b(?:home[- ]?office|z\s{1,3}domova|remote|t\u00e9l\u00e9travail|teletrabajo)\b"
    r"|\b(?:home[- ]?office|z\s{1,3}domova|remote|t\u00e9l\u00e9travail|teletrabajo)[^.\n]{0,25}"
    r"\b\d\s?x\s{0,2}(?:t\u00fddn\u011b|v\s{1,3}t\u00fddnu|per\s{1,3}week|a\s{1,3}week"
    r"|pro\s{1,3}woche)"
    # "částečný home office", "Homeoffice nach Absprache", "home office po dohodě".
    r"|\b\u010d\u00e1ste\u010dn\w{0,3}\s{1,3}home[- ]?office\b"
    r"|\bhome[- ]?office\s{1,3}(?:nach\s{1,3}(?:absprache|vereinbarung)|po\s{1,3}dohod\u011b"
    r"|dle\s{1,3}dohody|by\s{1,3}arrangement)"
    # Office and home combined: "kombinace práce z kanceláře a z domova", "a mix of office and
    # home working", "Kombination aus Büro und Homeoffice".
    r"|\b(?:kombinac\w{1,3}|kombination|combination|combinaci\u00f3n|mix|mezcla|m\u00e9lange)\b"
    r"[^.\n]{0,40}\b(?:kancel\u00e1\u0159\w{0,3}|office|b\u00fcro|oficina|bureau)\b[^.\n]{0,30}"
    r"\b(?:domova|home|homeoffice|remote|casa|t\u00e9l\u00e9travail)\b",
    re.I,
)
# Hybrid said of the work itself: "Modalidad de trabajo: híbrida", "we work in a hybrid model",
# "Hybrid working"; not "hybrid cloud" or "hybrid mobile apps" (a thing the word qualifies).
_WORK_WORDS = (r"(?:work|working|arbeit\w{0,3}|arbeiten|trabajo|travail|pr\u00e1ce"
               r"|re\u017eim\w{0,2}|role|position|stelle|poste|puesto|setup|schedule|model|modell|modelo|mod\u00e8le"
               r"|office|remote|onsite|on-site)")
_HYBRID_ALONE = re.compile(_HYBRID_WORD + r"(?!\s{1,3}(?!" + _WORK_WORDS + r"\b)[^\W\d_])", re.I)
_HYBRID_WORK = re.compile(
    r"\b(?:modalidad|modalit\u00e9|mode|re\u017eim\w{0,2}|work|working|arbeitsmodell|arbeitsweise"
    r"|formato|workplace(?:\s{1,3}type)?|role|position|job|stelle|pozice|poste|puesto)\b"
    r"[^.\n]{0,25}?" + _HYBRID_ALONE.pattern
    # "hybrid working", "hybridní režim", "hybrides Arbeiten", "a hybrid role".
    + r"|" + _HYBRID_WORD + r"\s{1,3}(?:work|working|arbeit\w{0,3}|arbeiten|pr\u00e1c\w{1,2}"
    r"|re\u017eim\w{0,2}|pracovn\w{1,3}|role|position|stelle|poste|puesto|schedule|setup)\b",
    re.I,
)
# "Home office" as an item of a list of what a posting offers ("Benefity: home office,
# stravenky", "<li>Homeoffice</li>"): some days at home. Not "our home office in Dallas" (the
# headquarters, in English), which is a noun in a sentence.
_HOME_OFFICE_ITEM = re.compile(
    r"(?:^|[,;:\u2022\u00b7]|\b(?:und|and|a|i|et|y)\b)[^\S\n]{0,3}home[- ]?office[^\S\n]{0,3}"
    r"(?=$|[,;.\u2022\u00b7]|[^\S\n](?:und|and|a|i|et|y)\b)",
    re.I | re.M,
)
# The headquarters, as English calls it: "our home office", "the company's home office".
_HEADQUARTERS = re.compile(r"\b(?:our|the|their|its|corporate|company['\u2019]?s?)\s{1,3}"
                           r"home[- ]?office\b", re.I)  # fmt: skip


def says_hybrid(text: str) -> bool:
    """A title, a location line or a header's piece that says the work is hybrid ("Berlin
    (Hybrid)", "Hybrid working", "Homeoffice möglich"), not a thing called hybrid ("Hybrid
    Cloud Engineer")."""
    return bool(text) and bool(_HYBRID_ALONE.search(text) or _PARTLY_HOME.search(text))


# A labelled line that says how the work is done, in the pages' languages: "Workplace type:
# Hybrid", "Work mode – On-site", "Arbeitsmodell: Hybrid", "Modalidad: Presencial", "Mode de
# travail : Hybride", "Tryb pracy: zdalna", "Forma práce: hybridní"; the value may stand on the
# next line (a definition list, a table). And a yes-or-no label: "Remote: No", "Homeoffice: Ja".
_MODE_LABEL = (r"(?:workplace(?:\s{1,3}type)?|work(?:ing)?\s{1,3}(?:mode|model|arrangement"
               r"|style|setup|location\s{1,3}type)|location\s{1,3}type|job\s{1,3}type"
               r"|arbeitsmodell|arbeitsweise|arbeitsform|modalidad(?:\s{1,3}de\s{1,3}trabajo)?"
               r"|modalit\u00e9(?:\s{1,3}de\s{1,3}travail)?|mode\s{1,3}de\s{1,3}travail"
               r"|tryb\s{1,3}pracy|forma\s{1,3}pracy|model\s{1,3}pracy|typ\s{1,3}pracy"
               r"|forma\s{1,3}pr\u00e1ce|zp\u016fsob\s{1,3}pr\u00e1ce|re\u017eim\s{1,3}pr\u00e1ce"
               r"|modalit\u00e0(?:\s{1,3}di\s{1,3}lavoro)?|arbetss\u00e4tt|werkvorm)")
_YES_NO_LABEL = (r"(?:remote(?:\s{1,3}work(?:ing)?)?|home\s?office|mobiles\s{1,3}arbeiten"
                 r"|teletrabajo|t\u00e9l\u00e9travail|praca\s{1,3}zdalna"
                 r"|pr\u00e1ce\s{1,3}z\s{1,3}domova)")
_MODE_VALUES = {
    "remote": r"(?:(?:fully|100\s?%|full)\s{1,3})?(?:remote|remoto|remota|teletrabajo"
              r"|t\u00e9l\u00e9travail|zdaln\w{1,3}|z\s{1,3}domova|na\s{1,3}d\u00e1lku|distans|telecommut\w{0,3}"
              r"|work\s{1,3}from\s{1,3}home|home\s?office)",
    "hybrid": r"(?:hybrid\w{0,3}|h\u00edbrid[oa]|hibrid[oa]|hybryd\w{1,3}|ibrid[oa])",
    "onsite": r"(?:on[- ]?site|in[- ]office|office[- ]based|office|presencial|pr\u00e9sentiel"
              r"|sur\s{1,3}site|stacjonarn\w{1,2}|vor\s{1,3}ort|pr\u00e4senz|in\s{1,3}person"
              r"|in\s{1,3}sede|kancel\u00e1\u0159)",
}  # fmt: skip
_WORK_MODE = re.compile(
    r"^[^\S\n]{0,3}" + _MODE_LABEL + r"[^\S\n]{0,3}(?::|\s[-\u2013|])?[^\S\n]{0,3}\n?[^\S\n]{0,3}"
    r"(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _MODE_VALUES.items()) + r")[^\S\n]{0,3}"
    r"(?:$|[,;(/\u00b7|])"
    r"|^[^\S\n]{0,3}" + _YES_NO_LABEL + r"[^\S\n]{0,3}[:?][^\S\n]{0,3}\n?[^\S\n]{0,3}"
    r"(?:(?P<yes>yes|ja|s\u00ed|si|oui|ano|tak|possible|m\u00f6glich)"
    r"|(?P<no>no|nein|non|ne|nie|not\s{1,3}possible|nicht\s{1,3}m\u00f6glich))[^\S\n]{0,3}[.!]?$",
    re.I | re.M,
)
MODE_REACH = 6000  # the description's head, where such facts are listed


_ONSITE_VALUE = re.compile(_MODE_VALUES["onsite"].replace("|office|", "|") + r"(?:\s{1,3}only)?",
                           re.I)  # fmt: skip


def says_onsite(text: str) -> bool:
    """A header's piece or a part of a location line that says the work is at the office:
    "On-site", "Dublin, Ireland · In-office", "Barcelona · Presencial", "(Office-based)"."""
    return bool(text) and len(text) <= 80 and any(
        _ONSITE_VALUE.fullmatch(part.strip()) for part in re.split(r"[,;()|/\u00b7\u2022]", text))


def labelled_work_mode(text: str) -> tuple[str, str] | None:
    """How a labelled line says the work is done: ("remote" | "hybrid" | "onsite", the line)."""
    match = _WORK_MODE.search(text[:MODE_REACH]) if text else None
    if match is None:
        return None
    mode = next(name for name, value in match.groupdict().items() if value)
    mode = {"yes": "remote", "no": "onsite"}.get(mode, mode)
    return mode, " ".join(match.group(0).split())


def remote_hybrid_flags(title: str, location_text: str, description: str) -> tuple[bool, bool]:
    """Return (remote, hybrid) as the title, the location or the description state them; a
    labelled line that says it ("Workplace type: Hybrid", "Remote: No") first."""
    labelled = labelled_work_mode(location_text) or labelled_work_mode(description)
    if labelled:
        return labelled[0] == "remote", labelled[0] == "hybrid"
    body = description[:50_000]
    hybrid = bool(says_hybrid(title) or says_hybrid(location_text) or re.search(
        _HYBRID_WORD + r"[^.\n]{0,60}" + _HYBRID_BESIDE, body, re.I)
        or _PARTLY_HOME.search(body) or _HYBRID_WORK.search(body)
        or (_HOME_OFFICE_ITEM.search(body) and not _NOT_REMOTE.search(body)))  # fmt: skip
    remote = says_remote(title) or says_remote(location_text)
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


# A line that opens with a label ("Category: Social", "Tags:", "Kategorie: Vortrag"): the
# address block above it has ended.
_LABELLED = re.compile(r"^[^\W\d_][\w .'&/-]{0,30}:(?:\s|$)")
# A town's postcode as an address block writes it: "OR 97214", "10115 Berlin", "LS1 4DY".
_TOWN_POSTCODE = re.compile(r"\b[A-Z]{2}\s{1,3}\d{5}\b|\b\d{4,5}\s{1,3}[A-Z\u00c0-\u017d][a-z]"
                            r"|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
                            r"|\b[A-Z][a-z]+,?\s{1,3}\d{5}\b")  # fmt: skip
ADDRESS_LINES = 4  # a street, a town with its postcode, a region, a country


def address_block(lines: list[str], index: int) -> str:
    """The address that opens at ``lines[index]`` (its street line), its lines joined by commas:
    the lines under it while they go on being an address, never the label, the date or the
    sentence that follows ("3702 Hawthorne Blvd", "Portland, Oregon 97214", not "Category:")."""
    from .cues import DATE
    from .labels import is_label

    block = [lines[index]]
    for line in lines[index + 1: index + ADDRESS_LINES]:
        line = line.strip()
        if (not line or len(line) > 60 or _LABELLED.match(line) or is_label(line)
                or DATE.search(line) or _SENTENCE.search(line)
                or not (re.search(r"[^\W\d_]{2}", line) or _TOWN_POSTCODE.search(line))):
            break
        # The street line's own number is no postcode ("3702 Harbour Road"); its town after
        # a comma may be ("Hauptstraße 5, 10115 Berlin").
        postcodes = [bool(_TOWN_POSTCODE.search(taken if n else taken.partition(",")[2]))
                     for n, taken in enumerate(block)]  # fmt: skip
        if any(postcodes):
            # After the town with its postcode only its country goes on, and nothing after it.
            from .gazetteer import read_place

            place = read_place(line) if postcodes[-1] else None
            if not (place and place.country and not place.locality):
                break
        block.append(line)
    return ", ".join(block)


def address_line(lines: list[str], limit: int = 120) -> int | None:
    """The index of the first line that is a street address."""
    for index, line in enumerate(lines[:limit]):
        if looks_like_address(line):
            return index
    return None
