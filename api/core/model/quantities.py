"""Quantities read from a page: open roles, employers, attendees, seats, offices, contacts."""

from __future__ import annotations

import re

from .evidence import NUMBER, NUMBER_WORDS, Text, to_number

# Noun classes counted after a number ("40+ roles", "eight startups").
QUANTITY_NOUNS = {
    "open_roles": r"(?:open )?(?:roles|positions|openings|jobs|vacancies|hires|reqs)",
    "employers": r"(?:employers|companies|exhibitors|organi[sz]ations|firms|startups|"
    r"businesses|brands|booths|hospitals|schools|agencies|clinics|studios|nonprofits|"
    r"charities|contractors|institutions|universities|labs|unions|locals)",
    "attendees": r"(?:attendees|participants|delegates|guests|people|visitors|professionals|"
    r"founders|operators|members|students|engineers|developers|leaders|alumni|"
    r"investors|builders|nurses|teachers|designers|parents|makers|going|teilnehmende|teilnehmer)",
    "capacity": r"(?:seats|spots|places|tickets|plätze)",
    "speakers": r"(?:speakers|talks|sessions|panelists|keynotes|workshops|mentors)",
    "placements": r"(?:candidates|placements|hires a year)",
    "sites": r"(?:offices|locations|countries|cities|sites|campuses|teams|departments)",
    "contacts": r"(?:new contacts|contacts|connections|conversations|introductions)",
}
# How a count from a field reads in a reason, when the page's own words are not at hand.
_COUNTED = {"open_roles": "open roles", "employers": "employers", "attendees": "attendees"}

GAP = r"(?:[\w&/'-]+[ \t]+){0,2}?"
# Cheap tests that spare the alternations elsewhere in a long text: a count starts a word, its
# noun a letter; spaces after a number are taken from their start, never from inside a run.
_START = r"\b(?=\w)"
_NOUN = r"(?=[^\W\d_])"
_AFTER = r"(?<![ \t-])"
_NUMBER = re.compile(rf"(?P<n>{NUMBER})", re.I)
# Words that can open a count; the full number pattern is tried only where one stands.
_NUMBER_OPENERS = frozenset(
    {w.split()[0] for w in NUMBER_WORDS}
    | {"more", "over", "upwards", "at", "nearly", "almost", "about", "around", "some", "up", "a"}
)
# The words ([a-z0-9]+ in the lowered text) that open a count: one that starts with a digit, or
# an opener whole. One scan in C instead of a test of every word of the text in Python.
_OPENING = re.compile(
    r"(?<![a-z0-9])(?:[0-9]|(?:"
    + "|".join(sorted(map(re.escape, _NUMBER_OPENERS), key=len, reverse=True))
    + r")(?![a-z0-9]))"
)
# The noun a number counts, read right after the number ("40+ open roles").
_NOUN_AFTER = {
    k: re.compile(rf"{_AFTER}[ \t]+{GAP}{_NOUN}{v}\b", re.I) for k, v in QUANTITY_NOUNS.items()
}
EMPLOYERS = re.compile(
    rf"{_START}(?P<n>{NUMBER})[ \t]+{GAP}{_NOUN}{QUANTITY_NOUNS['employers']}\b", re.I
)
_UNIT_AFTER = re.compile(
    rf"{_AFTER}\+?[ -]*(?:years?|months?|weeks?|days?|hours?|%|percent|times)\b"
)
_A_COUNTS = ("a dozen", "a few", "a couple", "a hundred")
_GOING_AFTER = re.compile(
    rf"{_AFTER}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_NOUN}"
    r"(?:attending|attend|registered|going|signed up|expected)\b"
)
_HIRING_BEFORE = re.compile(r"\b(?:hiring|hire|adding|recruiting)\s+(?:for\s+|up to\s+)?$")
# A count of countries or cities is where an organization is present only when its own clause
# says so ("offices in 30 countries", "operations in more than 40 countries"); "sold in 180
# countries" and "customers in 195 countries" are markets, not places that hire.
_PRESENCE_BEFORE = re.compile(
    r"\b(?:offices?|teams?|employees|staff|colleagues|operations|operating|operate|presence"
    r"|locations|hubs|studios|branches|subsidiaries|sites)\b[^.;,]{0,25}$"
)
_PLACES_COUNTED = ("countr", "cit")


def quantities(opportunity: dict, lines: Text) -> dict[str, dict]:
    """Return each kind of count the page states, the largest, with its sentence."""
    out: dict[str, dict] = {}
    best: dict[str, tuple] = {}
    for word in _OPENING.finditer(lines.low):
        if word.group() == "a" and not lines.low.startswith(_A_COUNTS, word.start()):
            continue  # "a" opens a count only in "a dozen", "a few", "a hundred"
        if word.start() and lines.low[word.start() - 1].isdigit():
            continue
        m = _NUMBER.match(lines.doc, word.start())
        if not m:
            continue
        # The noun nearest the number is what it counts ("40+ roles across teams": roles).
        nearest = None
        for key, noun in _NOUN_AFTER.items():
            after = noun.match(lines.doc, m.end())
            if after and (nearest is None or after.end() < nearest[1]):
                nearest = (key, after.end())
        if _HIRING_BEFORE.search(lines.low, max(0, m.start() - 30), m.start()) and not (
            _UNIT_AFTER.match(lines.low, m.end())
        ):
            # "hiring 15 engineers", "adding 200 people": whatever the noun, they are openings.
            end = nearest[1] if nearest else m.end()
            nearest = ("open_roles", end)
        if not nearest:
            # "80 gophers attending": whoever they are, they are attendees.
            going = _GOING_AFTER.match(lines.low, m.end())
            if not going:
                continue
            nearest = ("attendees", going.end())
        key, end = nearest
        if key == "sites" and any(w in lines.low[m.end() : end] for w in _PLACES_COUNTED):
            if not _PRESENCE_BEFORE.search(lines.low, max(0, m.start() - 40), m.start()):
                continue
        n = to_number(m.group("n"))
        if n and (key not in best or n > best[key][0]):
            best[key] = (n, lines.evidence(m.start(), end), m.group("n").strip())
    for key, (n, ev, written) in best.items():
        out[key] = {"value": n, "plus": "+" in written or " than" in written, "evidence": ev}
    counts = opportunity.get("counts") or {}
    for key in ("open_roles", "employers", "attendees"):
        if counts.get(key) and key not in out:
            said = (opportunity.get("evidence") or {}).get(f"counts.{key}")
            out[key] = {
                "value": int(counts[key]),
                "plus": False,
                "evidence": said
                or f"{int(counts[key]):,} {_COUNTED[key]}, as the page counts them",
            }
    if opportunity.get("capacity"):
        out["capacity"] = {
            "value": int(opportunity["capacity"]),
            "plus": False,
            "evidence": (opportunity.get("evidence") or {}).get("capacity")
            or f"Capacity: {int(opportunity['capacity']):,}",
        }
    speakers = opportunity.get("speakers") or []
    if speakers and len(speakers) >= out.get("speakers", {}).get("value", 0):
        out["speakers"] = {
            "value": len(speakers),
            "plus": False,
            "evidence": "Speakers: " + ", ".join(speakers[:4]),
        }
    return out
