"""What kind of event a page is: about work, or a dating, sports, arts, civic or leisure one.

A career or professional event (a meetup, a fair, a conference, a workshop, a talk, an info
session, a hackathon) is weighed for every lens. Any other kind is valued only for what a
person really gets from it: the people and the subject there touch their own field (a
heritage tour for someone who wants to work in heritage), never for a head count alone.
The title speaks loudest; the body's words break a tie.
"""

from __future__ import annotations

import re
from typing import Any

from .cues import Cue
from .evidence import Text

CAREER = "career"
KINDS = (
    Cue(
        "dating",
        "a dating event",
        r"\bspeed[- ]dating\b|\bsingles?\b|\bdating\b|\bmatchmaking\b|\bflirt\w*|\bromance\b",
    ),
    Cue(
        "sports",
        "a sports event",
        r"\b(?:football|soccer|basketball|baseball|hockey|rugby|cricket|tennis|volleyball|golf)\b"
        r"|\b(?:match|game) (?:vs\.?|versus|against)\b|\bvs\.? \w+|\btournament\b|\bmarathon\b"
        r"|\b5k\b"
        r"|\b10k\b|\bfun run\b|\byoga\b|\bfitness\b|\bhik(?:e|ing)\b|\bcycling\b|\bclimbing\b",
    ),
    Cue(
        "arts",
        "a concert, show or screening",
        r"\bconcerts?\b|\blive music\b|\bgigs?\b|\bdj\b|\borchestra\b|\bopera\b|\bband\b|\bcomedy\b"
        r"|\bstand-?up\b|\bscreenings?\b|\bfilm night\b|\bmusical\b|\bballet\b|\bkonzert\b"
        r"|\bfestival\b"
        r"|\bart (?:show|exhibition|market)\b|\bgallery opening\b|\bperformance by\b",
    ),
    Cue(
        "civic",
        "a civic meeting",
        r"\bpublic hearings?\b|\b(?:council|commission(?:ers)?|board|public|open|committee"
        r"|authority|trustees) meetings?\b|\bopen to the public\b|\bcivic\b|\bcommissioners\b"
        r"|\bpublic comment\b|\bzoning\b|\bplanning board\b|\bhearing on\b|\bcity council\b"
        r"|\bballot\b|\bminutes\b|\bagenda\b|\bordinance\b|\bchange orders?\b",
    ),
    Cue(
        "leisure",
        "a leisure outing",
        r"\bbook clubs?\b|\breading groups?\b|\bguided tours?\b|\btours? of\b|\bmuseum visit\b"
        r"|\bcraft\w*\b|\b(?:flea|farmers?|christmas|artisan|queer|makers?) (?:market|mart|fair)\b"
        r"|\bmarkets?\b|\bmart\b|\btasting\b|\bcooking class\b|\bpicnic\b|\bparty\b|\bbrunch\b"
        r"|\bfamily day\b|\bkids\b|\bworship\b|\bservice at\b|\bpub quiz\b|\btrivia\b"
        r"|\bgames? night\b"
        r"|\bbingo\b|\bkaraoke\b|\bnovel\b|\bpoetry\b|\bheritage\b|\bhistory\b"
        r"|\bfamil(?:y|ies)\b|\byouth\b|\bchildren\b|\bdrop-in\b|\bvendors\b|\bfoodie\b"
        r"|\bfood trucks?\b|\bplay\b|\bcommunity event\b|\bspecial events?\b",
    ),
    Cue(
        CAREER,
        "a career or professional event",
        r"\bmeetups?\b|\bconferences?\b|\bsummit\b|\bworkshops?\b|\btalks?\b|\bwebinars?\b"
        r"|\bseminars?\b"
        r"|\bcareers?\b|\bjobs?\b|\bhiring\b|\brecruit\w*|\bemployers?\b"
        r"|\binfo(?:rmation)? sessions?\b"
        r"|\bhackathons?\b|\bnetworking\b|\bdemo day\b|\bpitch\w*\b|\bbootcamp\b|\bpanel\b"
        r"|\bmentor\w*"
        r"|\bprofessionals?\b|\bfounders?\b|\bstartups?\b|\bdevelopers?\b|\bengineers?\b"
        r"|\bindustry\b"
        r"|\btraining\b|\bcertification\b|\bkeynote\b|\bexpo\b|\bigni\w+\b|\bkarriere\w*|\bberuf\w*"
        r"|\barbeitgeber\b|\bunternehmen\b|\bgraduates\b|\bsprungbrett\b|\btech\b|\bprogramm\w+"
        r"|\bvalidators?\b|\bnodes?\b|\bcode\b|\bsoftware\b|\bdata\b|\bpress\b|\bjournalis\w+",
    ),
)
_KIND = {c.id: c for c in KINDS}
TITLE_WEIGHT = 3  # a word in the title counts as much as this many in the body
_WORDS = {c.id: re.compile(c.pattern, re.I) for c in KINDS}


# What a page's schema.org type says of its kind ("MusicEvent": a concert, whatever its words).
SCHEMA_KINDS = {
    "musicevent": "arts",
    "comedyevent": "arts",
    "danceevent": "arts",
    "theaterevent": "arts",
    "screeningevent": "arts",
    "festival": "arts",
    "sportsevent": "sports",
    "foodevent": "leisure",
    "literaryevent": "leisure",
    "childrensevent": "leisure",
    "visualartsevent": "leisure",
    "businessevent": CAREER,
    "conferenceevent": CAREER,
    "educationevent": CAREER,
    "hackathon": CAREER,
}
SCHEMA_WEIGHT = 4  # a typed page says its kind as loudly as a career format does


def kind_of(
    title: str, text: Text, formats: list[dict[str, Any]], schema_type: str | None = None
) -> dict[str, Any]:
    """The kind of event and the words it rests on: career, dating, sports, arts, civic, leisure."""
    votes: dict[str, float] = {}
    evidence: dict[str, str] = {}
    typed = SCHEMA_KINDS.get((schema_type or "").lower())
    if typed:
        votes[typed] = SCHEMA_WEIGHT
        evidence[typed] = f"The page marks it as a {schema_type}"
    for cue in KINDS:
        in_title = len(_WORDS[cue.id].findall(title or ""))
        body = sum(len(_WORDS[cue.id].findall(line)) for line in text.lines[1:60])
        if in_title or body:
            votes[cue.id] = TITLE_WEIGHT * in_title + min(body, 6)
            evidence[cue.id] = title if in_title else (cue.find(text) or (None, ""))[1]
    # An interactive career format (a fair, a hackathon, speed networking) says career outright.
    career_formats = {f["id"] for f in formats} & {
        "career_fair",
        "hackathon",
        "speed_rounds",
        "conference",
    }
    if career_formats:
        votes[CAREER] = votes.get(CAREER, 0) + 4
        evidence.setdefault(
            CAREER, next(f["evidence"] for f in formats if f["id"] in career_formats)
        )
    if not votes:
        return {"id": CAREER, "label": _KIND[CAREER].label, "evidence": title}
    best = max(votes, key=lambda k: (votes[k], k == CAREER))
    return {"id": best, "label": _KIND[best].label, "evidence": evidence.get(best) or title}
