"""Labelled lines: "Where: Hall 2", "Company" above "Northwind", "Organizer – Civic Tech Club".

A label ends its line or is followed by a colon or a dash; an icon or a bullet may come before
it. The labels are general vocabulary in the languages of the pages we meet; the employer's
labels belong to postings and the organizer's to events.
"""

from __future__ import annotations

import re

from .cues import DATE, EVENT_LABEL
from .text import squash

# Spaces are bounded: lines come stripped, and a run of spaces must not be split every way.
# A label may be asked as a question: "¿Dónde?", "Wo?", "Where?" (its value follows).
_LABEL = (r"^\s{{0,3}}[^\w\s]{{0,3}}\s{{0,3}}(?:{})\s{{0,3}}"
          r"(?:(?::|\?|\s[-\u2013\u2014|\u00b7])\s{{0,3}}(.*)|$)")  # fmt: skip
WHERE_LABELS = re.compile(
    _LABEL.format(r"where|location|venue|place|address|event location|ort|lugar|lieu|m\u00edsto"
                  r"|d\u00f3nde|wo(?=\s{0,3}\?)|o\u00f9(?=\s{0,3}\?)|kde(?=\s{0,3}\?)"
                  r"|waar(?=\s{0,3}\?)"
                  r"|místo pr\u00e1ce|pracovi\u0161t\u011b|standort|arbeitsort|job location"
                  r"|dienstort|ubicaci\u00f3n|localisation|plats|ort f\u00fcr"
                  r"|direcci\u00f3n|direcci\u00f3"
                  r"|lloc|adre\u00e7a|sede|luogo|indirizzo|endere\u00e7o|adresse|anschrift"
                  r"|veranstaltungsort|adres|adress|lokalizacja|miejsce|office|office location"
                  r"|work location|workplace|place of work|based in|city|einsatzort|dienstsitz"
                  r"|lieu de travail|localidad|ciudad|standplaats|plaats|werkplek|arbetsort"
                  r"|miasto|m\u00edsto v\u00fdkonu pr\u00e1ce"
                  # Labels of several words: the event's or the job's place, in the pages'
                  # languages ("Místo konání", "Lieu de l'événement", "Primary Location").
                  r"|m\u00edsto kon\u00e1n\u00ed|lokalita|adresa|pracovn\u00ed m\u00edsto"
                  r"|miejsce (?:wydarzenia|pracy|spotkania)|lugar del evento|lugar de trabajo"
                  r"|lieu de l['\u2019]\u00e9v[\u00e9\u00e8]nement|locatie|werklocatie|sted"
                  r"|arbeidssted|paikka|sijainti|sede di lavoro|primary location"
                  r"|job locations|work locations|locations|location\(s\)|work location\(s\)"),
    re.I,
)  # fmt: skip
ORGANIZATION_LABELS = {
    "job": re.compile(_LABEL.format(
        r"company|employer|hiring organi[sz]ation|organi[sz]ation|arbeitgeber|unternehmen|firma"
        r"|spole\u010dnost|zam\u011bstnavatel|empresa|entreprise|employeur|f\u00f6retag"
        r"|arbetsgivare|bedrijf|werkgever|azienda"), re.I),
    "event": re.compile(_LABEL.format(
        r"organi[sz]ed by|organi[sz]ers?|hosted by|host|hosts|presented by|veranstalter"
        r"|veranstaltet von|organizador|organizado por|organisateur|organis\u00e9 par"
        r"|po\u0159adatel|arrang\u00f6r|organizzatore|organiza|organizan|organizadores"
        r"|organitza|organitzen|organitzat per|organitzador|organizzato da|organizza"
        r"|organiza\u00e7\u00e3o|organizator|organizatorzy|arrang\u00f8r"
        r"|j\u00e4rjest\u00e4j\u00e4|who(?:['\u2019]s|\s{1,3}is)\s{1,3}organi[sz]ing"
        r"|wer\s{1,3}organisiert|qui\u00e9n\s{1,3}organiza|qui\s{1,3}organise"), re.I),
}  # fmt: skip
MAX_LINES = 200  # labels are near the top; a schedule far down has other labels


def is_label(text: str) -> bool:
    """A line that is itself a label ('Venue', 'Date:'), not a value."""
    line = squash(text)
    if line.endswith(":") and len(line) <= 40:
        return True  # "Requisition ID:", "Location:": a label whatever its words
    bare = line.rstrip(": ")
    return bool(EVENT_LABEL.fullmatch(bare) or WHERE_LABELS.fullmatch(bare)
                or any(p.fullmatch(bare) for p in ORGANIZATION_LABELS.values()))  # fmt: skip


def labelled_at(lines: list[str], pattern: re.Pattern, limit: int = MAX_LINES):
    """The value after a label and the index of the line that ends it, or None."""
    for index, line in enumerate(lines[:limit]):
        match = pattern.match(line)
        if match:
            value = (match.group(1) or "").strip()
            end = index
            if not value and index + 1 < len(lines):
                value, end = lines[index + 1], index + 1
            value = squash(value)
            if 2 <= len(value) <= 200 and not is_label(value):
                return value, end
    return None


def labelled(lines: list[str], pattern: re.Pattern, limit: int = MAX_LINES) -> str | None:
    """The value after a label ('Where: ...'), or on the line after a bare label."""
    found = labelled_at(lines, pattern, limit)
    return found[0] if found else None


def labelled_organization(lines: list[str], kind: str, limit: int = 60) -> str | None:
    """The employer (for a job) or the organizer (for an event) a labelled line names."""
    value = labelled(lines, ORGANIZATION_LABELS[kind], limit)
    return value if value and len(value) <= 100 and not DATE.search(value) else None
