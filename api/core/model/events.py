"""What kind of event a page is: about work, or a dating, sports, arts, civic or leisure one.

A career or professional event (a meetup, a fair, a conference, a workshop, a talk, an info
session, a hackathon) is weighed for every lens. Any other kind is valued only for what a
person really gets from it: the people and the subject there touch their own field (a
heritage tour for someone who wants to work in heritage), never for a head count alone.
The title speaks loudest; the body's words break a tie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
        r"|\bplay-?offs?\b|\bhome games?\b|\bgame \d+\b|\bchampionships?\b|\b5k\b"
        r"|\b10k\b|\bfun run\b|\byoga\b|\bfitness\b|\bhik(?:e|ing)\b|\bcycling\b|\bclimbing\b",
    ),
    Cue(
        "arts",
        "a concert, show or screening",
        r"\bconcerts?\b|\blive music\b|\bgigs?\b|\bdj\b|\borchestra\b|\bopera\b|\bband\b|\bcomedy\b"
        r"|\bstand-?up\b|\bscreenings?\b|\bfilm night\b|\bmusical\b|\bballet\b|\bkonzert\b"
        r"|\bfestival\b"
        r"|\bart (?:show|exhibition|market)\b|\bgallery opening\b|\bperformance by\b"
        r"|\b(?<!trade )exhibitions?\b",
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
        r"\bbook clubs?\b|\breading (?:groups?|circles?)\b|\bguided (?:tours?|walks?|visits?)\b"
        r"|\bwalking tours?\b|\btours? of\b|\bmuseum visit\b"
        r"|\bcraft\w*\b|\b(?:flea|farmers?|christmas|artisan|queer|makers?) (?:market|mart|fair)\b"
        r"|\bmarkets?\b|\bmart\b|\btasting\b|\bcooking class\b|\bpicnic\b|\bparty\b|\bbrunch\b"
        r"|\bfamily day\b|\bkids\b|\bworship\b|\bservice at\b|\bpub quiz\b|\btrivia\b"
        r"|\bgames? night\b"
        r"|\bbingo\b|\bkaraoke\b|\bnovel\b|\bpoetry\b|\bheritage\b|\bhistory\b"
        r"|\bnovelists?\b|\bliterary\b|\bbook (?:signings?|launch(?:es)?)\b|\bauthor (?:talks?"
        r"|nights?|readings?)\b|\breadings? (?:by|from)\b"
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
        r"|\btraining\b|\bcertification\b|\bkeynote\b|\bexpo\b|\bkarriere\w*|\bberuf\w*"
        r"|\bignite\b|\bpecha ?kucha\b|\blightning talks?\b"  # talk formats
        r"|\btrade (?:shows?|fairs?|exhibitions?)\b|\bexhibitors?\b"
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
    "exhibitionevent": "arts",
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


# --- Who hosts and who attends: ties between a non-career event and the person's own field ---

# The work whose people a kind of event gathers: a civic meeting's commissioners, officials and
# their staff do public and regulatory work; a concert's, a show's or a gallery's people work in
# the arts; a match's or a race's in sport. Matched against the person's target roles and
# industries (their own words), never against the page.
KIND_PEOPLE = {
    "civic": Cue(
        "civic",
        "the officials and staff of public work",
        r"\bpolic(?:y|ies)\b|\bregulat\w*|\bgovernment\w*|\bpublic (?:sector|affairs|policy"
        r"|administration|service|works|health)\b|\blegislat\w*|\bmunicipal\w*|\bcivic\b"
        r"|\b(?:economic|community|neighbou?rhood) development\b|\bcommunity (?:organi[sz]\w+"
        r"|engagement|relations)\b|\b(?:urban|city|town|regional|transport\w*|land[- ]use) "
        r"plann\w+|\blobby\w*|\bgovernmental\b|\bpublic[- ]sector\b",
    ),
    "arts": Cue(
        "arts",
        "artists, performers and the people who stage their work",
        r"\bartists?\b|\bmusicians?\b|\bperform\w*|\bactors?\b|\bactress\w*|\bdancers?\b"
        r"|\bsingers?\b|\bcomposers?\b|\bcurat\w*|\barts\b|\bgaller\w*|\btheat(?:er|re)\w*"
        r"|\bmusic\w*|\bfilm\w*|\bstage manag\w*|\bsound engineer\w*",
    ),
    "sports": Cue(
        "sports",
        "athletes, coaches and the people who run sport",
        r"\bsports?\b|\bcoach\w*|\bathlet\w*|\bfitness\b|\bpersonal trainers?\b|\brecreation\b",
    ),
}


# An event for children, young people or families is run by the people who teach and look
# after them: a tie for someone who aims at that work (teaching, outreach, youth work, libraries).
YOUNG_AUDIENCE = re.compile(
    r"\b(?:kids|children|youth|young people|famil(?:y|ies)|teens|pupils|school[- ]age)\b", re.I
)
EDUCATORS = Cue(
    "educators",
    "the educators and outreach staff who run it",
    r"\bteach\w*|\beducat\w*|\btutor\w*|\byouth\b|\bchild\w*|\bearly years\b|\boutreach\b"
    r"|\blibrar\w*|\bschools?\b",
)


# A reading, a book signing or a literary evening gathers writers, booksellers and the people
# who publish and lend books: a tie for someone who aims at that work.
LITERARY = re.compile(
    r"\b(?:readings? by|authors?|book (?:signings?|launch(?:es)?|talks?)|literary|poetry"
    r"|novelists?|booksellers?|bookshops?|bookstores?|writers?)\b(?!\.\w)",
    re.I,
)
BOOK_PEOPLE = Cue(
    "books",
    "the writers, booksellers and editors of books",
    r"\bpublish\w*|\beditor\w*|\bliterary\b|\bbooks?\b|\bbooksell\w*|\bwriters?\b"
    r"|\bwriting\b|\bauthors?\b|\blibrar\w*|\bcopy ?edit\w*",
)
# A target role that stages events of some kind (a race director, a talent buyer, an events
# coordinator): any event is that work done in public, and those who run it could hire for it.
STAGING = re.compile(
    r"\b(?:promoters?|organi[sz]ers?|talent buyers?|booking agents?|bookers?|event planners?"
    r"|(?:events?|race|festival|tournament|concert|venue|exhibitions?|tour|show)s? "
    r"(?:coordinator|director|manager|producer|planner|officer|assistant)s?)\b",
    re.I,
)


# What a staging role stages, by its own words: a race director stages sport, a talent buyer
# arts; a role that names corporate or conference events stages career events, which are
# weighed as such (a guided tour is not one). A role naming no kind stages any event.
STAGED_KINDS = (
    (re.compile(r"\b(?:corporate|conferences?|business|trade show|exhibitions?|expo)\b", re.I),
     frozenset({CAREER})),
    (re.compile(r"\b(?:race|tournament|sports?|athletic\w*|league)\b", re.I),
     frozenset({"sports"})),
    (re.compile(r"\b(?:talent buyers?|booking agents?|bookers?|promoters?|concert|venue|festival"
                r"|show|music|gallery|theat(?:er|re))\b", re.I),
     frozenset({"arts"})),
    (re.compile(r"\b(?:tours?|wedding|party|parties)\b", re.I), frozenset({"leisure"})),
)


def stages(target: str, kind: str) -> bool:
    """Whether a staging target role stages events of this kind (any, when it names none)."""
    named = [kinds for pattern, kinds in STAGED_KINDS if pattern.search(target)]
    return not named or any(kind in kinds for kinds in named)


# A host's or event's name holds these on every event page ("Fairfield House event tickets"):
# they name the page, not the field of whoever runs it.
EVENT_WORDS = frozenset({"event", "ticket", "booking", "registration", "admission"})
# Where the body names the organisations that run an event with its host ("demonstrations from
# our partners at the Exploration Place and UNBC's engineering outreach team").
PARTNERS = re.compile(
    r"\b(?:partners?|partnership|hosted by|presented by|organi[sz]ed by|run by|led by"
    r"|in collaboration with|co-?hosted|sponsored by|with (?:the )?(?:support|help) of)\b",
    re.I,
)
PARTNER_NAMES_FIELD = 0.45  # the organisations named as running it hold a target role's field

# A historic house, a museum or a heritage site: its people are those of heritage work.
HERITAGE = re.compile(
    r"\b(?:heritage|histor(?:y|ic|ical)|museums?|archives?|palace|castle|historic house"
    r"|monuments?|exhibits?|collections?|curat\w+)\b",
    re.I,
)
HERITAGE_PEOPLE = Cue(
    "heritage",
    "the curators, guides and learning staff of heritage",
    r"\bheritage\b|\bmuseums?\b|\bcurat\w*|\barchiv\w*|\bhistor\w*|\bconservat\w*"
    r"|\bgalleries\b|\bvisitor (?:experience|services)\b|\btour guides?\b"
    r"|\binterpret\w* (?:officer|guide|specialist)s?\b",
)


_ORDINAL = r"(?:first|second|third|fourth|last|other)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
# An event that recurs on a stated rhythm ("the first and third Wednesdays of each month",
# "every Thursday", "meets monthly").
REGULAR = re.compile(
    rf"\b(?:every|each)\s+(?:{_ORDINAL}(?:\s+and\s+{_ORDINAL})?\s+)?(?:weeks?|months?|{_DAY})\b"
    rf"|\b{_ORDINAL}(?:\s+and\s+{_ORDINAL})?\s+{_DAY}\s+of\s+(?:each|every|the)\s+month\b"
    r"|\b(?:weekly|monthly|fortnightly|bi-?weekly|bi-?monthly)\b"
    rf"|\b(?:on|most)\s+{_DAY}\b",
    re.I,
)
REGULAR_TIES = 0.3  # a recurring gathering tied to one's field: ties one can keep up


@dataclass(frozen=True)
class Tie:
    """A link between an event's hosts or people and the person's own field, with its words."""

    id: str  # host, language, craft or kind
    strength: float  # how far it makes the event's people the person's own field, 0..1
    text: str  # the reason, in the person's terms
    evidence: str  # the page's words it rests on


HOST_NAMES_FIELD = 0.55  # the host's name (or the event's) names the field of a target role
LANGUAGE_COMMUNITY = 0.45  # the host gathers the community of a language the person works in
OWN_CRAFT = 0.5  # the event is the person's own work done in public (a guided tour for a guide)
KIND_OF_WORK = 0.5  # the kind of event gathers the people of the person's work (a civic meeting)
CRAFT_MIN_STEM = 4  # a skill's word matches a page word it begins ("guid" in "guided")
# Ties to one's field make a networking chance: two ties (the people of one's industry, and
# one's own work done there) can make a local, cheap evening worth a look, never one tie alone.
TIES_MOST = 0.85


def ties_value(found: list[Tie]) -> float:
    """How far an event's ties make its people the person's field: noisy-or, at most TIES_MOST."""
    miss = 1.0
    for tie in found:
        miss *= 1.0 - tie.strength
    return min(TIES_MOST, 1.0 - miss)


def ties(
    opportunity: dict[str, Any], kind: str, person: Any, skills: list[str]
) -> list[Tie]:
    """How an event's hosts and people touch the person's field: by the host's name, the
    language community it gathers, the person's own craft done there, or its kind's people.

    ``person`` is a ``profile.Person``; ``skills`` the person's skills as written, less the
    abilities everyone claims. Nothing of the person is cached or compiled into a pattern.
    """
    from . import places
    from .profile import WORD, stem

    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    host = f"{title}\n{org}"
    host_stems = {stem(w) for w in WORD.findall(host.lower())}
    named = org or title
    out: list[Tie] = []
    host_stems -= EVENT_WORDS
    for target in person.targets:
        field = [w for w in target.words[:-1] if len(w) >= CRAFT_MIN_STEM]
        hits = [w for w in field if w in host_stems]
        if field and len(hits) * 2 >= len(field):
            out.append(
                Tie("host", HOST_NAMES_FIELD,
                    f"Hosted by {named}: its name is the field of your target role ({target.text})",
                    host.strip().replace("\n", " — "))  # fmt: skip
            )
            break
    lines = [title, *(opportunity.get("description") or "").splitlines()[:40]]
    if not any(t.id == "host" for t in out):
        partner = _partner_of_field(lines[1:], person, stem)
        if partner is not None:
            out.append(partner)
    home = set(places.languages_of(person.country)[:1]) if person.country else set()
    host_low = f" {' '.join(WORD.findall(host.lower()))} "
    for code in sorted(person.languages - home):
        if any(f" {name} " in host_low for name in _language_names(code)):
            out.append(
                Tie("language", LANGUAGE_COMMUNITY,
                    f"{named} gathers people who work with {_language_label(code)}, a language "
                    "you offer", host.strip().replace("\n", " — "))  # fmt: skip
            )
            break
    for skill in skills:
        words = [stem(w) for w in WORD.findall(skill.lower()) if len(w) > 2]
        if len(words) < 2 or any(len(w) < CRAFT_MIN_STEM for w in words):
            continue
        line = next((ln for ln in lines if _all_begin(words, ln)), None)
        if line:
            out.append(
                Tie("craft", OWN_CRAFT,
                    f"The event is your own work done in public ({skill}): those who run it do"
                    " what you want to do", line.strip()[:200])  # fmt: skip
            )
            break
    own = [*(t.text for t in person.targets), *person.industries]
    staged = next(
        (t.text for t in person.targets if STAGING.search(t.text) and stages(t.text, kind)), None
    )
    if staged:
        out.append(
            Tie("staging", OWN_CRAFT,
                f"Running events like this one is the work you aim for ({staged}): those who "
                "organise it hire for it", named)  # fmt: skip
        )
    literary = next((ln for ln in lines if LITERARY.search(ln)), None)
    if literary and any(BOOK_PEOPLE.matcher.regex.search(text) for text in own):
        out.append(
            Tie("books", KIND_OF_WORK,
                f"A literary evening: {BOOK_PEOPLE.label}, the work you aim for, are in the room",
                literary.strip()[:200])  # fmt: skip
        )
    heritage = next((ln for ln in lines if HERITAGE.search(ln)), None)
    if heritage and any(HERITAGE_PEOPLE.matcher.regex.search(text) for text in own):
        out.append(
            Tie("heritage", KIND_OF_WORK,
                f"A heritage site's own event: {HERITAGE_PEOPLE.label}, the work you aim for, "
                "run it", heritage.strip()[:200])  # fmt: skip
        )
    young = next((ln for ln in lines if YOUNG_AUDIENCE.search(ln)), None)
    if young and any(EDUCATORS.matcher.regex.search(text) for text in own):
        out.append(
            Tie("audience", KIND_OF_WORK,
                f"An event for young people and families: {EDUCATORS.label} do the work you "
                "aim for", young.strip()[:200])  # fmt: skip
        )
    cue = KIND_PEOPLE.get(kind)
    if cue is not None:
        if any(cue.matcher.regex.search(text) for text in own):
            out.append(
                Tie("kind", KIND_OF_WORK,
                    f"{_KIND[kind].label[0].upper()}{_KIND[kind].label[1:]} of {named}: "
                    f"{cue.label} you aim to join are in the room", named)  # fmt: skip
            )
    regular = next((ln for ln in lines if REGULAR.search(ln)), None) if out else None
    if regular:
        # Weak ties grow from meeting the same people again: a gathering of one's field that
        # recurs is one a person can keep coming back to.
        out.append(
            Tie("regular", REGULAR_TIES,
                "It meets again and again: the same people each time, ties you can keep up",
                regular.strip()[:200])  # fmt: skip
        )
    return out


def _partner_of_field(lines: list[str], person: Any, stem) -> Tie | None:
    """The organisations the body names as running the event, where their names hold the
    field of a target role (half its field words, as for the host's own name)."""
    from .profile import WORD

    for line in lines:
        if not PARTNERS.search(line):
            continue
        # Names are written with capitals, or as a team ("UNBC's engineering outreach team").
        stems = {stem(w) for w in WORD.findall(line.lower())} - EVENT_WORDS
        for target in person.targets:
            field = [w for w in target.words[:-1] if len(w) >= CRAFT_MIN_STEM]
            if field and len([w for w in field if w in stems]) * 2 >= len(field):
                return Tie("partner", PARTNER_NAMES_FIELD,
                           f"Run with partners whose work is the field of your target role "
                           f"({target.text})", line.strip()[:200])  # fmt: skip
    return None


def _all_begin(words: list[str], line: str) -> bool:
    tokens = re.findall(r"[a-z]+", line.lower())
    return all(any(t.startswith(w) for t in tokens) for w in words)


def _language_names(code: str) -> set[str]:
    """A language's English name and own name, and the countries it is the main language of."""
    import langcodes

    from . import places

    lang = langcodes.Language.get(code)
    names = {lang.display_name().lower(), lang.autonym().lower()}
    names.update(name.lower() for name in places.countries_speaking(code))
    return names


def _language_label(code: str) -> str:
    import langcodes

    return langcodes.Language.get(code).display_name()


# People an event's own prose names as its hosts ("Ana Ruiz along with Tom Becker will be
# hosting", "led by Dr Mia Chen"), for a page that lists no speakers: a run of capitalised words
# (a title may lead it: "Arts Educator Owen Ellis"), not the organisation or the event itself.
_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z‘'’][\w’'‘.-]+|de|van|von|da|di|del|la|le)){1,5}"
_HOSTS_WILL = re.compile(
    rf"({_NAME})(?:,?\s+(?:along with|together with|and|with)\s+({_NAME}))?,?\s+will\s+(?:be\s+)?"
    r"(?:host|present|lead|facilitat|speak|moderat|teach)\w*"
)
_HOSTS_BY = re.compile(
    rf"\b(?:hosted|led|presented|facilitated|moderated|taught|run)\s+by\s+({_NAME})"
    rf"(?:,?\s+(?:and|along with|with)\s+({_NAME}))?"
)
_NOT_A_PERSON = frozenset({"the", "this", "our", "we", "it", "join", "please", "all", "each"})
MAX_HOSTS = 4
# A talk's title followed by its speakers, at the end of a line ("Leveraging Rust to Improve
# Your Fundamentals by Ana Ruiz and Li Wei", "De Rust a Solana por Dayana Rodrigues"); a page's
# lines may break mid-sentence, so a line is read with the one or two after it.
_TALK_BY = re.compile(
    rf"(?:^|\s)(?P<before>\w+\s+)?(?:[Bb]y|por|von|par)\s+({_NAME})"
    rf"(?:\s+(?:and|y|und|et|&)\s+({_NAME}))?\s*$"
)
# Words before "by" that credit a picture, a post or a sponsor, not a talk's speakers.
_CREDIT = frozenset(
    {"photo", "image", "picture", "posted", "powered", "written", "sponsored", "organised",
     "organized", "created", "designed", "made", "built", "hosted", "run", "led", "presented"}
)
# Where the page speaks of talks: a talk's title is near these words (above it, or its abstract
# just after it).
_TALKISH = re.compile(
    r"\b(?:talks?|charlas?|ponencias?|vortr(?:a|ä)ge?|presentations?|sessions?|keynotes?"
    r"|lectures?|abstract|resumen|zusammenfassung|speakers?)\b",
    re.I,
)
TALK_LINES_JOINED = 3


def hosts_named(title: str, text: Text, organization: str = "") -> list[dict[str, str]]:
    """The people the event's own sentences name as its hosts, each with its sentence."""
    out: list[dict[str, str]] = []
    names = f"{title}\n{organization}".lower()
    for line in text.lines[:40]:
        for pattern in (_HOSTS_WILL, _HOSTS_BY):
            for m in pattern.finditer(line):
                for name in (g for g in m.groups() if g):
                    name = name.strip(" .,")
                    first = name.split()[0].lower()
                    if first in _NOT_A_PERSON or name.lower() in names:
                        continue
                    if name not in (h["name"] for h in out):
                        out.append({"name": name, "evidence": line})
    lines = text.lines[:40]
    for j in range(len(lines)):
        near = " ".join(lines[max(0, j - 4) : j + 2])
        if not _TALKISH.search(near):
            continue
        for k in range(1, TALK_LINES_JOINED + 1):
            part = [ln.strip() for ln in lines[max(0, j - k + 1) : j + 1]]
            if any(_ends_a_sentence(ln) for ln in part[:-1]):
                break
            m = _TALK_BY.search(" ".join(part))
            if not m:
                continue
            if (m.group("before") or "").strip().lower() in _CREDIT:
                break
            for name in (g for g in m.groups()[1:] if g):
                name = name.strip(" .,")
                if name.split()[0].lower() in _NOT_A_PERSON or name.lower() in names:
                    continue
                if name not in (h["name"] for h in out):
                    out.append({"name": name, "evidence": " ".join(part)[:200]})
            break
    return out[:MAX_HOSTS]


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", ":", ";"))
