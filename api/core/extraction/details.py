"""What a page says about one job or event beyond its markup: the site it sits on, the
employer or organizer, the place, remote work and where applicants must live, the status and
the language. Each is read from the page's structure (labelled lines, the header beside the
title, address blocks, the <title>, meta tags) with its words kept as evidence.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from .content import byline_pieces, title_parts
from .cues import DATE, JOB_CUES, TIME, TOOK_PLACE, trie_pattern
from .dates import SERIES_LINES, _in_year_after, iso_date, series_dates, written_span
from .gazetteer import Place, country_code, read_place
from .labels import WHERE_LABELS, is_label, labelled_organization
from .locations import (
    address_block,
    address_line,
    labelled_work_mode,
    says_hybrid,
    says_onsite,
    says_remote,
)
from .numbers import attendance_line
from .text import squash

# Sites that carry other people's postings and events: their name is never the employer's or
# the organizer's. Known by name and by address (a page's og:url or canonical link).
PLATFORMS = {
    "LinkedIn": ("linkedin.com",), "Indeed": ("indeed.com", "indeed.co"),
    "Glassdoor": ("glassdoor.",), "Monster": ("monster.",), "StepStone": ("stepstone.",),
    "XING": ("xing.com",), "Jobs.cz": ("jobs.cz",), "Práce.cz": ("prace.cz",),
    "InfoJobs": ("infojobs.",), "Welcome to the Jungle": ("welcometothejungle.com",),
    "We Work Remotely": ("weworkremotely.com",), "Remote OK": ("remoteok.",),
    "Remotive": ("remotive.com",), "Working Nomads": ("workingnomads.com",),
    "Himalayas": ("himalayas.app",), "JustRemote": ("justremote.co",),
    "Wellfound": ("wellfound.com", "angel.co"), "Dice": ("dice.com",),
    "ZipRecruiter": ("ziprecruiter.",), "SimplyHired": ("simplyhired.",),
    "CareerBuilder": ("careerbuilder.",), "SEEK": ("seek.com.au", "seek.co.nz"),
    "Reed": ("reed.co.uk",), "Totaljobs": ("totaljobs.com",), "Jobindex": ("jobindex.dk",),
    "Arbetsförmedlingen": ("arbetsformedlingen.se",), "Pôle emploi": ("pole-emploi.fr",),
    "Greenhouse": ("greenhouse.io",), "Lever": ("lever.co",), "Ashby": ("ashbyhq.com",),
    "Workday": ("myworkdayjobs.com", "workday.com"), "SmartRecruiters": ("smartrecruiters.com",),
    "Workable": ("workable.com",), "Teamtailor": ("teamtailor.com",),
    "Recruitee": ("recruitee.com",), "Personio": ("personio.",), "BambooHR": ("bamboohr.com",),
    "SuccessFactors": ("successfactors.",), "Taleo": ("taleo.net",), "iCIMS": ("icims.com",),
    "Jobvite": ("jobvite.com",), "Eventbrite": ("eventbrite.",), "Meetup": ("meetup.com",),
    "Luma": ("lu.ma", "luma.com"), "TicketSource": ("ticketsource.",),
    "Ticketmaster": ("ticketmaster.",), "Eventim": ("eventim.",), "Tito": ("ti.to",),
    "Universe": ("universe.com",), "Bizzabo": ("bizzabo.com",), "Hopin": ("hopin.com",),
    "Allevents": ("allevents.in",), "Facebook": ("facebook.com",), "Humanitix": ("humanitix.com",),
    "Sessionize": ("sessionize.com",), "Konfera": ("konfera.",),
    "Stack Overflow": ("stackoverflow.com", "stackoverflow.co"), "Otta": ("otta.com",),
    "Jobs.ch": ("jobs.ch",), "karriere.at": ("karriere.at",), "Pracuj.pl": ("pracuj.pl",),
    "StartupJobs": ("startupjobs.cz",), "Honeypot": ("honeypot.io",),
    "Calagator": ("calagator.org",), "OutSavvy": ("outsavvy.com",),
    "Ticket Tailor": ("tickettailor.com",), "Billetto": ("billetto.",), "Skiddle": ("skiddle.com",),
    "See Tickets": ("seetickets.",),
}  # fmt: skip
# Boards that carry remote jobs only: a posting there is remote whatever else it says.
REMOTE_BOARDS = frozenset({"We Work Remotely", "Remote OK", "Remotive", "Working Nomads",
                           "Himalayas", "JustRemote"})  # fmt: skip
_PLATFORM_NAMES = {re.sub(r"\W", "", name.lower()): name for name in PLATFORMS}

# Texts of a header that are buttons, counts or facts, never a name.
_NOT_A_NAME_WORDS = [
    word.replace("_", " ")
    for word in """
    apply save saved share sign_in log_in login join follow report print email posted ago
    applicant applicants review reviews star stars rating ratings see_who show_more details
    job_type salary pay full-time full_time part-time part_time contract internship remote
    hybrid onsite on-site on_site in-person in_person new promoted easy_apply register
    registration ticket tickets rsvp going free approval required about summary description
    overview home job jobs career careers event events odpovědět uložit sdílet bewerben
    merken teilen postular guardar postuler ansök spara level employees followers seniority
    """.split()
]
_NOT_A_NAME = re.compile(
    rf"\b(?:{trie_pattern(sorted(set(_NOT_A_NAME_WORDS)))}|attend\w*)\b",
    re.I,
)
_NAME_SHAPE = re.compile(r"^[\w\u00c0-\u017e(\"'\u201c&][\w\u00c0-\u017e .,&'\u2019()@+-]{1,58}$")


def platform_named(name: str | None) -> str | None:
    """The platform a name or an address names ('Indeed.com', 'au.linkedin.com/...')."""
    if not name:
        return None
    text = name.strip().lower()
    host = urlparse(text).hostname if "://" in text else None
    for platform, hosts in PLATFORMS.items():
        if host and any(host == h or host.endswith("." + h) or (h.endswith(".") and h in host)
                        for h in hosts):  # fmt: skip
            return platform
    key = re.sub(r"\W", "", re.sub(r"\.(?:com|co|cz|de|fr|es|io|uk|ma)\b.*$", "", text))
    return _PLATFORM_NAMES.get(key)


# A site that carries events other people add: its visitors add, submit and save events, and
# each event page shows who added it and the site's other events.
_CALENDAR_SITE = re.compile(
    r"\b(?:add|submit|post|list)\s{1,3}(?:an\s{1,3}|your\s{1,3}|a\s{1,3}|new\s{1,3})?event\b"
    r"(?!\s{1,3}to\b)|\badded by\b|\b(?:other|similar|related|more) events like this\b"
    r"|\bveranstaltung (?:eintragen|melden)\b|\bpublica tu evento\b"
    r"|\bproposer un \u00e9v\u00e9nement\b",
    re.I,
)


# Sites whose name says they publish other people's events: tourism boards, city guides,
# newspapers and calendars ("Tourism Prince George", "Visit Bath", "Portland Tribune").
_PUBLISHER = re.compile(
    r"^(?:tourism|visit|discover|destination|explore)\b|\b(?:tourism|visitors? bureau"
    r"|city guide|magazine|magazin|zeitung|newspaper|news|times|herald|gazette|tribune"
    r"|chronicle|calendar|kalender|tourismus|turismo|tourisme)\b",
    re.I,
)


def _headline_link(evidence) -> str | None:
    """The address the headline links to: a page's own permalink, on saved pages without an
    og:url or a canonical link (a board's job card links its title to the posting)."""
    root, headline = evidence.root, evidence.headline
    if root is None or not headline:
        return None
    for link in root.iter("a"):
        href = link.get("href") or ""
        if href.startswith("http") and squash(link.text_content()) == headline:
            return href
    return None


def title_site(title_tag: str, headline: str) -> str | None:
    """The site's name in a <title> that puts it beside the headline ("Ignite Portland 4 at
    Bagdad Theater - Upcoming", "Systems Administrator | Fio banka"): the last part, when an
    earlier part carries the headline."""
    parts = title_parts(title_tag)
    low = headline.lower()
    if len(parts) < 2 or not low or low in parts[-1].lower():
        return None
    if not any(low in part.lower() or part.lower() in low for part in parts[:-1]):
        return None
    last = parts[-1]
    if len(last) > 40 or DATE.search(last) or not re.search(r"[A-Za-z\u00c0-\u017e]{2}", last):
        return None
    if read_place(last) is not None:
        return None  # "Data Analyst | Nordhavn | Aarhus": the place, not the site
    return last


_SECOND_LEVEL = frozenset("co com org net ac gov edu or ne".split())


def host_name(evidence) -> str | None:
    """The site's name its address abbreviates, as the page spells it out: business.rpba.org
    and "Rogers Park Business Alliance" (each initial in turn)."""
    for address in (evidence.meta.get("og:url"), evidence.canonical, evidence.url):
        host = (urlparse(address).hostname or "") if address and "://" in address else ""
        labels = [label for label in host.split(".") if label and label != "www"]
        if len(labels) < 2:
            continue
        main = labels[-3] if labels[-2] in _SECOND_LEVEL and len(labels) >= 3 else labels[-2]
        if 2 <= len(main) <= 6 and main.isalpha():
            full = expand_abbreviation(main.upper(), evidence.full_text)
            if full:
                return full
    return None


def site_of(evidence) -> tuple[str | None, bool]:
    """(the site a page sits on, whether it is a platform carrying others' listings)."""
    meta = evidence.meta
    for address in (evidence.url, meta.get("og:url"), evidence.canonical, _headline_link(evidence)):
        platform = platform_named(address)
        if platform:
            return platform, True
    site = meta.get("og:site_name") or meta.get("application-name")
    platform = platform_named(site)
    if platform:
        return platform, True
    parts = title_parts(evidence.title_tag)
    for part in parts[1:] + parts[:1]:
        platform = platform_named(part) or platform_named(part.split(" from ")[-1])
        if platform:
            return platform, True
    site = (squash(site)[:100] or title_site(evidence.title_tag, evidence.headline)
            or host_name(evidence))  # fmt: skip
    calendar = bool(site) and bool(_PUBLISHER.search(site)
                                   or _says_calendar(evidence.full_text[:200_000]))
    return (site or None), calendar


# Words one of which every match of _CALENDAR_SITE holds (as str.lower() writes them; none
# holds an "i", "s" or "k", which re.I matches to other letters too), and how far before such a
# word its match may start: the pattern is tried near them, not at every word of a long page.
_CALENDAR_ANCHORS = ("event", "added by", "tragen", "melden", "nement")
_CALENDAR_BEFORE = 20  # longest lead: "veranstaltung ein" before "tragen", 17 characters
_CALENDAR_AFTER = 64  # a match and its lookahead end within 40 characters of its word


def _says_calendar(text: str) -> bool:
    """``bool(_CALENDAR_SITE.search(text))``, tried only around the words its matches hold."""
    low = text.lower()
    if len(low) != len(text):  # lowercasing moved the offsets: scan it all
        return bool(_CALENDAR_SITE.search(text))
    for anchor in _CALENDAR_ANCHORS:
        at = low.find(anchor)
        while at >= 0:
            # A match found here starts at or before the word, so it ends far before the
            # window does: the window's end changes nothing of it (\b, the lookahead).
            found = _CALENDAR_SITE.search(text, max(0, at - _CALENDAR_BEFORE),
                                          at + _CALENDAR_AFTER)
            if found and found.start() <= at:
                return True
            at = low.find(anchor, at + 1)
    return False


def _name_like(piece: str, headline: str) -> bool:
    piece = piece.strip()
    return (
        bool(_NAME_SHAPE.match(piece))
        and piece[:1].isupper() or piece[:1].isdigit() and bool(re.search(r"[A-Za-z]{3}", piece))
    ) and not (
        _NOT_A_NAME.search(piece) or DATE.search(piece) or TIME.search(piece)
        or piece.lower() == headline.lower() or len(piece.split()) > 7 or is_label(piece)
        or re.search(r"[$\u20ac\u00a3]|\d{3,}", piece) or read_place(piece) is not None
        or bool(JOB_CUES.fullmatch(piece.strip(" :")))  # a section's heading ("Requirements")
    )  # fmt: skip


# Nouns that make a name an organization's ("The Japan Society", "Illinois Commerce
# Commission", "Kotlin Vienna Meetup"), in the pages' languages.
_ORGANIZATION_NOUNS = [
    word.replace("_", " ")
    for word in """
    society association commission committee council club library university college
    institute foundation federation chamber agency department ministry museum gallery
    community group network alliance union guild league authority trust school academy inc
    ltd llc gmbh ag e.v verein verband gesellschaft stiftung kammer hochschule universität
    spolek sdružení komora nadace asociación fundación ayuntamiento société förening förbund
    kommun stad city_of town_of county
    """.split()
]
ORGANIZATION_NOUNS = re.compile(rf"\b(?:{trie_pattern(sorted(set(_ORGANIZATION_NOUNS)))})\b", re.I)


def byline_organization(pieces: list[str], headline: str) -> str | None:
    """The name in the header beside the title: the first short text that is a name, before
    the texts turn into the description."""
    for piece in pieces[:8]:
        if JOB_CUES.fullmatch(piece.strip(" :")):
            return None  # a section's heading: the posting's text has begun
        if _name_like(piece, headline):
            return piece.strip()
    return None


_CONNECTORS = r"(?:\s{1,3}(?:of|for|and|&|the|de|der|des|du|la|del|f\u00fcr|und)){0,2}\s{1,3}"


def expand_abbreviation(name: str, text: str) -> str | None:
    """The full name an abbreviated organization has elsewhere on its page: "PGPL" ->
    "Prince George Public Library", "PBC Chicago" -> "Public Building Commission of Chicago"
    (the words that spell it, each capitalised, small joining words allowed)."""
    token = re.search(r"\b[A-Z]{2,6}\b", name)
    if not token:
        return None
    spelled = _CONNECTORS.join(rf"{letter}[\w\u00c0-\u017e'-]{{1,30}}"
                               for letter in token.group(0))  # fmt: skip
    pattern = re.compile(rf"\b{spelled}(?:\s{{1,3}}(?:of|for|f\u00fcr)\s{{1,3}}(?:the\s{{1,3}})?"
                         rf"[A-Z][\w\u00c0-\u017e'-]{{1,30}})?")  # fmt: skip
    rest = set(name.replace(token.group(0), " ").split())
    for match in pattern.finditer(text[:200_000]):
        full = match.group(0)
        if all(word in full for word in rest):
            return full
    return None


# A public body's meeting named after the body: "Howard Street SSA #19 Commissioners Meeting",
# "Board of Trustees Meeting", "Planning Committee Meeting".
_BODY_MEETING = re.compile(
    r"^(?P<body>.{3,80}?\b(?:board|commission(?:ers)?|committee|council|authority|trustees"
    r"|directors|assembly|senate|society|association|club)(?:\s{1,3}of\s{1,3}[\w .&'-]{2,40})?)"
    r"\s{1,3}(?:(?:regular|special|annual|monthly|quarterly|general|public|open)\s{1,3})*"
    r"meeting\b",
    re.I,
)
_MEETING_KIND = re.compile(r"^(?:(?:regular|special|annual|monthly|quarterly|general|public|open"
                           r"|the)\s{1,3})*", re.I)  # fmt: skip


def organizer_in_meeting_title(title: str) -> str | None:
    """The body a meeting is of, from its title; None when the title names no more than the
    kind of body ("Board Meeting")."""
    match = _BODY_MEETING.match(squash(title))
    if not match:
        return None
    body = _MEETING_KIND.sub("", match.group("body")).strip(" -\u2013:")
    return body if len(body.split()) >= 2 else None


def _organizer_in_header(pieces: list[str], title: str) -> str | None:
    """An event's header piece that names an organization by its kind ("… Society")."""
    from .cues import EVENT_NOUNS

    for piece in pieces[:12]:
        if ORGANIZATION_NOUNS.search(piece) and not EVENT_NOUNS.search(piece) and _name_like(
                piece, title):  # fmt: skip
            return piece.strip()
    return None


def named_city_place(names: list[str], prose: str) -> Place | None:
    """A city both in the organizer's or the site's name and in the page's prose ("Tourism
    Prince George" and "… in Prince George!"): two mentions where the page prints no place."""
    from .gazetteer import city_in_words

    for name in names:
        for city in city_in_words(name):
            mention = re.search(rf"\b(?:in|at|around|near|of)\s{{1,3}}{re.escape(city.name)}\b",
                                prose[:20_000])  # fmt: skip
            if mention:
                return Place(city.name, city.region, city.country,
                             f"{name}; {_line_of(prose, mention)}"[:300])
    return None


# Words that announce where an event is held, in the pages' languages: "takes place in Lyon",
# "will be held at the Grand Hotel in Denver", "findet in Leipzig statt", "se celebrará en
# Madrid", "aura lieu à Lyon", "vindt plaats in Utrecht", "äger rum i Malmö", "si terrà a
# Milano". The place follows within the sentence, after a preposition.
_ANNOUNCES = re.compile(
    r"\b(?:takes?\s{1,3}place|took\s{1,3}place|taking\s{1,3}place|will\s{1,3}take\s{1,3}place"
    r"|(?:will\s{1,3}be|is\s{1,3}being|is|was|are|were)\s{1,3}(?:held|hosted|located)"
    r"|findet|fand|finden|stattfinden|stattfindet|se\s{1,3}celebrar[\u00e1a]n?|se\s{1,3}celebra"
    r"|tendr[\u00e1a]n?\s{1,3}lugar|tiene\s{1,3}lugar|se\s{1,3}realizar[\u00e1a]"
    r"|se\s{1,3}llevar[\u00e1a]\s{1,3}a\s{1,3}cabo|aura\s{1,3}lieu|a\s{1,3}lieu"
    r"|se\s{1,3}tiendra|se\s{1,3}d[\u00e9e]roulera|se\s{1,3}d[\u00e9e]roule"
    r"|vindt\s{1,3}plaats|zal\s{1,3}plaatsvinden|\u00e4ger\s{1,3}rum|h\u00e5lls"
    r"|si\s{1,3}terr[\u00e0a]|si\s{1,3}svolger[\u00e0a]|odb\u0119dzie\s{1,3}si\u0119"
    # Czech, Slovak and Polish: "se koná v Brně", "proběhne v Praze", "sa uskutoční v Žiline",
    # "odbywa się w Krakowie".
    r"|(?:se|sa)\s{1,3}(?:kon[\u00e1a]|konaj[\u00edi]|konal[ao]?|bude\s{1,3}kona[t\u0165]"
    r"|uskute\u010dn[\u00edi])|prob\u011bhne|prob\u011bhl[ao]?"
    r"|odbywa\s{1,3}si\u0119|odb\u0119d\u0105\s{1,3}si\u0119|odby\u0142[oa]?\s{1,3}si\u0119)"
    r"(?![\w-])",
    re.I,
)
# A preposition and the capitalised words after it, with a comma's region or country.
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|en|\u00e0|a|au|i|im|w|we|v|ve|na|em)\s{1,3}(?:(?:the|der|dem|la|le|el|het)"
    r"\s{1,3})?"
    r"(?-i:(?P<place>[A-Z\u00c0-\u017d][\w'\u2019.-]{1,30}(?:\s{1,2}[A-Z\u00c0-\u017d][\w'\u2019.-]{1,30})"
    r"{0,3}(?:,\s{1,2}[A-Z\u00c0-\u017d][\w'\u2019.-]{1,30}(?:\s{1,2}[A-Z\u00c0-\u017d][\w'\u2019.-]{1,30})"
    r"{0,2}){0,2}))",
    re.I,
)
ANNOUNCED_REACH = 160  # characters after the announcing words where the place may stand


def announced_place(text: str) -> Place | None:
    """The town of a sentence that announces where the event is ("The fair takes place in
    Lyon", "findet am 4. März in Leipzig statt"): weaker than a label, read only when none."""
    from .gazetteer import read_place

    for count, match in enumerate(_ANNOUNCES.finditer(text[:20_000])):
        if count > 20:
            break
        window = text[match.end(): match.end() + ANNOUNCED_REACH]
        # The sentence ends at a stop not after a digit ("am 4. März" goes on) or a line's end.
        window = re.split(r"(?<!\d)[.!?;](?:\s|$)|\n", window, maxsplit=1)[0]
        found = None
        for place_match in _PLACE_AFTER.finditer(window):
            words = place_match.group("place")
            if re.match(r"(?i:v|ve|w|we|na)\s", place_match.group(0)):
                words = place_match.group(0)  # "v Brně": the preposition asks the locative
            place = read_place(words)
            if place and place.locality:
                found = place
                break
            found = found or (place if place and place.country else None)
        if found:
            opening = max(text.rfind(mark, max(0, match.start() - 120), match.start())
                          for mark in ".!?\n") + 1  # fmt: skip
            sentence = squash(text[max(opening, match.start() - 120): match.end() + len(window)])
            return Place(found.locality, found.region, found.country, sentence[:300])
    return None


# A headline that ends with where the job is: "… in Dresden", "… à Lyon", "… v Praze", "… w
# Krakowie" (not "at", which names the employer: "Data Engineer at Phoenix").
_CAPITALISED = r"(?-i:[A-Z\u00c0-\u017d])[\w'\u2019.-]{1,30}"
_HEADLINE_PLACE = re.compile(r"(?<!\w)(?:in|en|\u00e0|v|ve|w|we|na)\s{1,3}" + _CAPITALISED
                             + r"(?:[\s,]{1,3}" + _CAPITALISED + r"){0,3}\)?$", re.I)  # fmt: skip


def _one_line(window: str, compact_lines: list[str]) -> bool:
    """True when the pieces run together in ``window`` stand on one line of the page."""
    compact = re.sub(r"\s", "", window)
    return any(compact in line for line in compact_lines)


def page_place(evidence, location: dict[str, Any], pieces: list[str],
               kind: str = "job") -> Place | None:  # fmt: skip
    """Where the job or the event is, from the place texts of the page in order of trust."""
    candidates: list[str] = []
    if location.get("text"):
        candidates.append(location["text"])
    for part in (location.get("locality"), location.get("region"), location.get("country")):
        if part:
            candidates.append(", ".join(filter(None, (location.get("locality"),
                                                      location.get("region"),
                                                      location.get("country")))))  # fmt: skip
            break
    region_lines = evidence.headline_region.splitlines()
    labelled: set[str] = set()  # a place label's values: a town alone is taken at any size
    for index, line in enumerate(region_lines[:80]):
        match = WHERE_LABELS.match(line)
        if match:
            value = (match.group(1) or "").strip()
            following = region_lines[index + 1: index + 3]
            candidates.append(value or " ".join(following[:1]))
            labelled.add(candidates[-1])
            candidates.append(", ".join([value, *following]))
    candidates += pieces[:10] + evidence.lines_above_headline
    # The headline's words beyond the <title>'s, an element of its own inside it ("Senior Data
    # Engineer <small>Glasgow</small>"): what the page prints beside the title.
    headline = evidence.headline or ""
    inside = _HEADLINE_PLACE.search(headline[-80:])
    if inside:
        # "Softwareentwickler (m/w/d) in Dresden"; "v Praze" keeps its preposition (locative).
        words = inside.group(0).strip()
        candidates.append(words if re.match(r"(?i:v|ve|w|we|na)\s", words)
                          else words.split(None, 1)[1].rstrip(")"))  # fmt: skip
    for name in title_parts(evidence.title_tag)[:3]:
        if name and headline.lower().startswith(name.lower()) and (
                2 < len(headline) - len(name) <= 60):  # fmt: skip
            candidates.append(headline[len(name):].strip(" -\u2013|,\u00b7"))
    # The short lines under the title (or opening the page when no heading carries it).
    candidates += [line for line in region_lines[:10] if len(line) <= 80]
    # Inline parts of one line ("Remote", "(", "United States", ")") read together, never
    # pieces of separate lines glued ("Talk 7", "The Old Mill", "12 High St").
    compact_lines = [re.sub(r"\s", "", line) for line in region_lines[:40]]
    candidates += [window for window in (" ".join(pieces[index: index + 4])
                                         for index in range(min(len(pieces), 10)))
                   if _one_line(window, compact_lines)]  # fmt: skip
    lines = region_lines + evidence.main_text.splitlines()[:150]
    found = address_line(lines, limit=150)
    if found is not None:
        candidates.append(address_block(lines, found))
    candidates += map_link_places(evidence.root)
    for name in (evidence.title_tag, evidence.meta.get("og:title", "")):
        for part in title_parts(name):
            inside = re.search(r"\bin\s+(.{3,80})$", part)
            candidates.append(inside.group(1) if inside else part)
    meta = evidence.meta
    for key in ("geo.placename", "og:locality", "place:location:locality", "geo.region",
                "og:country-name"):  # fmt: skip
        if meta.get(key):
            candidates.append(meta[key])
    candidates += meta_labelled(meta, WHERE_LABELS)
    if kind == "job":
        # Last, the site's own header above the title: on a small employer's site it names
        # the office ("Office: Wrocław, Poland"); a city there needs its country or region.
        candidates += [line for line in evidence.banner_lines if "," in line
                       or WHERE_LABELS.match(line)]  # fmt: skip
    for text in candidates:
        labelled_value = WHERE_LABELS.match(text or "")
        is_value = text in labelled
        if labelled_value and labelled_value.group(1):
            text, is_value = labelled_value.group(1), True  # "Office: Wrocław, Poland"
        # A line that dates something is not a place line ("Fri, Jul 4 2025, 11am").
        if text and len(text) <= 300 and not is_label(text) and not DATE.search(text):
            place = read_place(text, labelled=is_value)
            if place and (place.locality or place.country):
                return in_locale_country(place, evidence.locale_country)
    # Last, an element the page's markup calls the location ("job-location", "locality") or
    # marks with a map pin: as sure as a label, but looked for only when nothing else names one.
    for text in located_texts(evidence.root):
        if not DATE.search(text):
            place = read_place(text, labelled=True)
            if place and (place.locality or place.country):
                return in_locale_country(place, evidence.locale_country)
    return None


# Class names that call an element the place ("job-location", "event__locality", "city") and
# icons that mark it ("fa-map-marker", "icon-location", "pin").
_LOCATED = ("//body//*[@class][contains(@class, 'location') or contains(@class, 'Location')"
            " or contains(@class, 'locality') or contains(@class, 'map-marker')"
            " or contains(@class, 'icon-pin') or contains(@class, 'fa-map')"
            " or contains(@class, 'job-city') or contains(@class, 'event-city')]")  # fmt: skip
MAX_LOCATED = 6


def located_texts(root) -> list[str]:
    """The short texts of the elements the page's classes call the place, outside furniture;
    an icon's text is its parent's ("<i class='fa-map-marker'></i> Annecy")."""
    from .content import is_furniture

    found: list[str] = []
    if root is None:
        return found
    for node in root.xpath(_LOCATED)[:40]:
        holder = node if squash(node.text_content()) else node.getparent()
        if holder is None or any(is_furniture(a) for a in holder.iterancestors()):
            continue
        if holder.tag in ("a", "button", "select", "option", "input", "label", "form"):
            continue  # a filter or a link to other places' listings
        text = squash(holder.text_content())
        if 2 <= len(text) <= 80 and text not in found:
            found.append(text)
        if len(found) >= MAX_LOCATED:
            break
    return found


# Map services a venue is linked to (or embedded from), and the parameters and paths that
# carry the place looked up: "?q=Lanzadera, Valencia", "/maps/place/Kulturhaus+Dock+4,+Kassel/".
_MAP_HOST = re.compile(r"(?:^|\.)(?:google\.[a-z.]{2,6}|maps\.apple\.com|openstreetmap\.org"
                       r"|bing\.com|waze\.com|mapy\.cz|here\.com)$")  # fmt: skip
_MAP_PATH = re.compile(r"/maps/(?:place|search|dir)/(?:[^/]*/)?(?P<place>[^/@]{3,200})")
_MAP_PARAMETERS = ("q", "query", "address", "daddr", "destination", "where")
MAX_MAP_LINKS = 300  # links looked at


def map_link_places(root) -> list[str]:
    """The places the page's map links and embedded maps look up, outside its furniture (a
    footer's link to the site's own office is not the venue): "Lanzadera, Valencia"."""
    from urllib.parse import parse_qs, unquote_plus

    from .content import is_furniture

    found: list[str] = []
    if root is None:
        return found
    for count, node in enumerate(root.iter("a", "iframe")):
        if count > MAX_MAP_LINKS or len(found) >= 3:
            break
        address = node.get("href") or node.get("src") or ""
        if "map" not in address or "://" not in address:
            continue
        parsed = urlparse(address)
        host = (parsed.hostname or "").lower()
        if not _MAP_HOST.search(host) or ("google." in host and "/maps" not in parsed.path
                                          and not host.startswith("maps.")):  # fmt: skip
            continue
        if any(is_furniture(a) for a in node.iterancestors()):
            continue
        query = parse_qs(parsed.query)
        texts = [query[key][0] for key in _MAP_PARAMETERS if query.get(key)]
        path = _MAP_PATH.search(parsed.path)
        if path:
            texts.append(unquote_plus(path.group("place")))
        for text in texts:
            text = squash(text.replace("+", " "))
            last = re.search(r"\s([^\W\d_][\w.]{1,40})$", text)
            if last and "," not in text[last.start():] and country_code(last.group(1)):
                text = f"{text[:last.start()]}, {last.group(1)}"  # "Valencia Spain"
            if re.search(r"[^\W\d_]{3}", text) and text not in found:
                found.append(text)  # words, not coordinates
    return found


def meta_labelled(meta: dict[str, str], label: re.Pattern) -> list[str]:
    """The values of the labelled facts a page gives link previews ("twitter:label1"
    "Location", "twitter:data1" "Prague, Czechia") whose label is ``label``."""
    return [meta[f"twitter:data{index}"] for index in range(1, 5)
            if meta.get(f"twitter:data{index}")
            and label.fullmatch(squash(meta.get(f"twitter:label{index}") or "").rstrip(": "))]


def in_locale_country(place: Place, country: str | None) -> Place:
    """A city named without its country, in the page's declared country when a city of that
    name is there ("46001 Valencia" on an es-ES page is Spain's, not Venezuela's)."""
    from .gazetteer import cities, fold

    if not (country and place.locality and place.country != country):
        return place
    text = place.evidence or ""
    parts = [part.strip() for part in re.split(r"[,;()|/\n]|\s[-\u2013]\s", text)]
    if any(country_code(part) for part in parts if part) or (
            place.region and re.search(rf"\b{re.escape(place.region)}\b", text)):  # fmt: skip
        return place  # the text names its country or its region
    same = [c for c in cities().get(fold(place.locality), []) if c.country == country]
    if not same:
        return place
    best = max(same, key=lambda c: c.population)
    return Place(best.name, best.region, best.country, place.evidence)


def street_only(text: str | None) -> bool:
    """A venue given by its street alone ("The Factory Theater 1623 W. Howard St.")."""
    from .locations import _STREET

    return bool(text) and bool(_STREET.search(text))


def site_address_place(text: str) -> Place | None:
    """The town of the address a local site prints as its own (its contact block: "1448 W.
    Morse Ave." over "Chicago, IL 60626"): where a venue given by its street alone is, on a
    page of a local body's or a local business group's site. A town with its postcode only."""
    for line in text[-50_000:].splitlines()[-400:]:
        if len(line) <= 80 and _POSTCODE_NEAR.search(line):
            place = read_place(line)
            if place and place.locality and place.country:
                return Place(place.locality, place.region, place.country, squash(line))
    return None


# A postcode as towns carry it: "IL 60626", "10115 Berlin", "V2N 1B2", "EC1V 9BX".
_POSTCODE_NEAR = re.compile(r"\b[A-Z]{2}\s{1,3}\d{5}\b|\b\d{4,5}\s{1,3}[A-Z][a-z]"
                            r"|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
                            r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")  # fmt: skip


# Where applicants must live, as a remote posting says it.
_ANYWHERE = re.compile(r"\b(?:anywhere|worldwide|world-wide|global(?:ly)?|any location"
                       r"|from any country|weltweit|partout|cualquier lugar)\b", re.I)  # fmt: skip
REGION_WORDS = {
    "EMEA": r"emea", "EU": r"eu|european union", "Europe": r"europe|europa|european",
    "Americas": r"the americas|americas", "North America": r"north american?",
    "LATAM": r"latam|latin america", "APAC": r"apac|asia[- ]pacific", "Asia": r"asia",
    "Africa": r"africa", "CET": r"cet|cest|central european time",
}  # fmt: skip
_REGION = re.compile(
    r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(REGION_WORDS.values())) + r")\b",
    re.I,
)
_TIMEZONES = re.compile(
    # "UTC-5 to UTC+1", "(GMT-08:00) Pacific Time to (GMT+02:00) Eastern European Time".
    r"\b(?:UTC|GMT)\s{0,2}[+\-\u2212]\s{0,2}\d{1,2}(?::\d\d)?(?:\)?(?:\s{1,2}[A-Z][a-z]{2,12})"
    r"{0,3}\s{0,2}(?:to|-|\u2013)\s{0,2}\(?(?:UTC|GMT)?\s{0,2}[+\-\u2212]\s{0,2}\d{1,2}(?::\d\d)?)?"
    r"|[+\u00b1]\s{0,2}\d{1,2}\s{0,2}hours?\s{1,3}(?:of|from)\s{1,3}[A-Z]{2,4}\b"
    r"|\b(?:[ECMP][SD]?T|CES?T|EES?T|WES?T|BST|GMT)\s{0,2}(?:to|-|\u2013)\s{0,2}(?:[ECMP][SD]?T"
    r"|CES?T|EES?T|WES?T|BST|GMT)\b",
)
# A sentence that says where applicants must be: "must be based in", "open to candidates in".
_RESIDENCE = re.compile(
    r"\b(?:must|should|need to|have to)\s{1,3}(?:(?:currently|already|permanently|legally)"
    r"\s{1,3})?(?:be\s{1,3})?(?:based|located|living|residing"
    r"|reside|live)\s{1,3}(?:in|within)\s{1,3}(?P<a>[^.;\n]{2,80})"
    r"|\b(?:open to|hiring|accepting)\s{1,3}(?:candidates|applicants|applications|people)"
    r"(?:\s{1,3}(?:based|located|living))?\s{1,3}(?:in|from|within)\s{1,3}(?P<b>[^.;\n]{2,80})"
    r"|\byou\s{1,3}(?:are|'re)\s{1,3}(?:based|located)\s{1,3}in\s{1,3}(?P<c>[^.;\n]{2,80})"
    r"|\bremote\s{1,3}(?:(?:position|role|job|opportunity|work)\s{1,3})?(?:within|in|from)"
    r"\s{1,3}(?:the\s{1,3})?(?!following\b)(?P<d>[^.;,\n]{2,60})"
    r"|\b(?:reside|residing|resident|residents|live|living|located|based)\s{1,3}(?:in|within)"
    r"\s{1,3}(?P<e>[^.;\n]{2,80})"
    r"|\banywhere\s{1,3}(?:in|within|across)\s{1,3}(?:the\s{1,3})?(?P<f>[^.;,\n]{2,60})"
    # "residents of the United Kingdom", "eligible to work in the US", "a permanent address in
    # Spain": where applicants live or may work, said of them.
    r"|\b(?:residents?|citizens?|nationals?)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?P<g>[^.;,\n]{2,60})"
    r"|\b(?:eligible|authori[sz]ed|permitted|entitled)\s{1,3}to\s{1,3}work\s{1,3}in\s{1,3}"
    r"(?:the\s{1,3})?(?P<h>[^.;,\n]{2,60})"
    r"|\bright\s{1,3}to\s{1,3}work\s{1,3}in\s{1,3}(?:the\s{1,3})?(?P<i>[^.;,\n]{2,60})"
    r"|\b(?:permanent|tax|registered)\s{1,3}(?:address|residence|residency)\s{1,3}in\s{1,3}"
    r"(?:the\s{1,3})?(?P<j>[^.;,\n]{2,60})"
    # "We can hire in the following countries: Germany, Netherlands and Spain", "remotely from
    # anywhere in the United States".
    r"|\b(?:in|from|within)\s{1,3}(?P<k>(?:one\s{1,3}of\s{1,3})?the\s{1,3}following\s{1,3}"
    r"(?:[\w.]{2,20}\s{1,3})?(?:countries|locations|states|regions|provinces)\s{0,3}:?"
    r"[^.;\n]{2,120})"
    r"|\bremotely\s{1,3}(?:from|in|within)\s{1,3}(?:anywhere\s{1,3}in\s{1,3})?(?:the\s{1,3})?"
    r"(?P<l>[^.;,\n]{2,60})"
    # "We hire in Spain and Portugal", "we can only hire people from the EU", "currently
    # hiring in Canada": where a remote posting's employer can take people on.
    r"|\b(?:we|we\s{1,3}can|we\s{1,3}only|we\s{1,3}can\s{1,3}only|currently|only)\s{1,3}"
    r"(?:are\s{1,3})?(?:hire|hiring|recruit|recruiting|employ)\s{1,3}(?:people\s{1,3}"
    r"|candidates\s{1,3}|talent\s{1,3})?(?:in|from|within)\s{1,3}(?:the\s{1,3})?(?!following\b)"
    r"(?P<m>[^.;\n]{2,80})",
    re.I,
)
# Who a sentence says is based somewhere when it is not the applicant: the company, its
# offices, customers and investors ("Our customers are based in Germany").
_NOT_APPLICANTS = re.compile(
    r"\b(?:customers?|clients?|users?|partners?|offices?|headquarters|hq|investors?|company"
    r"|we(?:'re|\s{1,3}are)|founders?|members)\b[^.;\n]{0,30}$",
    re.I,
)
# "one of the following US states: CA, NY, TX": a country's states, the country.
_FOLLOWING = re.compile(r"^(?:one\s{1,3}of\s{1,3})?(?:the\s{1,3})?following\s{1,3}(?P<c>[\w.]{2,20}"
                        r"\s{1,3})?(?P<what>countries|states|provinces|locations|regions)"
                        r"\s{0,3}:?\s{0,3}", re.I)  # fmt: skip
# A remote posting that says it hires wherever people live: "work from anywhere in the world",
# "we hire globally", "open to candidates worldwide" (not "clients around the world").
_ANYWHERE_SAID = re.compile(
    r"\b(?:work|working|apply|join\s{1,3}us)\s{1,3}from\s{1,3}anywhere\b(?!\s{1,3}(?:in|within)"
    r"\s{1,3}(?!the\s{1,3}world\b))"
    r"|\b(?:hire|hiring|recruit\w{0,3}|employ)\s{1,3}(?:\w{1,15}\s{1,3})?(?:globally|worldwide"
    r"|anywhere|around\s{1,3}the\s{1,3}world|all\s{1,3}over\s{1,3}the\s{1,3}world)\b"
    r"|\b(?:candidates|applicants|applications|people|talent)\s{1,3}(?:from\s{1,3})?(?:worldwide"
    r"|anywhere(?:\s{1,3}in\s{1,3}the\s{1,3}world)?|around\s{1,3}the\s{1,3}world"
    r"|all\s{1,3}over\s{1,3}the\s{1,3}world)\b|\bfrom\s{1,3}any\s{1,3}(?:country|time\s?zone)\b",
    re.I,
)
# A sentence of a remote posting about the hours people must share: "hire anywhere between
# UTC-5 and UTC+1", "overlap with Central European Time", "North American time zones".
_TIME_ZONE_WORD = re.compile(r"\b(?:time[- ]?zones?|UTC|GMT|overlap)\b", re.I)
SENTENCE_REACH = 120  # characters either side of a word, within its sentence


def _sentence_around(text: str, match: re.Match) -> str:
    start = max(text.rfind(mark, max(0, match.start() - SENTENCE_REACH), match.start())
                for mark in ".;\n") + 1  # fmt: skip
    start = max(start, match.start() - SENTENCE_REACH)
    ends = [i for i in (text.find(mark, match.end(), match.end() + SENTENCE_REACH)
                        for mark in ".;\n") if i >= 0]  # fmt: skip
    return text[start: min(ends, default=min(len(text), match.end() + SENTENCE_REACH))]
# The zones' names between the two ends of a range: "(GMT-08:00) Pacific Time to (GMT+02:00".
_ZONE_NAMES = re.compile(r"\)?(?:\s{1,2}[A-Z][a-z]{2,12}){1,3}\s{0,2}(to|-|\u2013)\s{0,2}\(?")
# Time-zone abbreviations are not countries ("EST" is Eastern time, not Estonia).
_ZONE_ABBREVIATION = re.compile(r"^\s{0,3}\(?(?:[ECMP][SD]T|UTC|GMT|CES?T|EES?T|WES?T|BST|IST"
                                r"|AES?T|AEDT|SGT|JST|KST|HST|AKST)\)?\s{0,3}$")  # fmt: skip
# Where the area a sentence names ends: "Canada to be considered", "the EU and be able to…".
_AREA_END = re.compile(r"\s(?:to|for|in order|who|which|that|with|while|during|at|by|as|if"
                       r"|and (?:be|have|are|can)|so|because)\s", re.I)  # fmt: skip
# A header's short line that says who may apply from where: "USA Only", "Americas only",
# "Anywhere in the World", "Worldwide".
_ONLY = re.compile(r"^\(?(?P<area>[^()]{2,40}?)\s{1,3}only\)?$|^(?P<world>anywhere in the world"
                   r"|anywhere|worldwide|work from anywhere)$", re.I)  # fmt: skip


SCOPE_LINE = 60  # a title or a location line ("Remote | Australia"); longer is a sentence


def remote_scope(texts: list[str], prose: str) -> dict[str, Any] | None:
    """Where applicants to a remote job must live: anywhere, countries, regions, time zones."""
    for text in texts:
        if text and len(text) <= SCOPE_LINE and re.search(r"\bremote\b", text, re.I):
            said = _RESIDENCE.search(text)
            area = next(g for g in said.groups() if g) if said else None
            scope = (area and _scope_of(_AREA_END.split(area, maxsplit=1)[0], evidence=text)
                     or _scope_of(text))  # fmt: skip
            if scope:
                return scope
    for text in texts:
        only = _ONLY.match(squash(text or "")) if text and len(text) <= SCOPE_LINE else None
        if only:
            scope = _scope_of(only.group(0))
            if scope:
                return scope
    for match in _RESIDENCE.finditer(prose[:30_000]):
        if _NOT_APPLICANTS.search(prose[max(0, match.start() - 60): match.start()]):
            continue  # "Our customers are based in …", "our offices are located in …"
        area = next(g for g in match.groups() if g)
        following = _FOLLOWING.match(area)
        if following:
            country = country_code((following.group("c") or "").strip())
            if country and following.group("what").lower() in ("states", "provinces"):
                area = following.group("c")  # its states: the country
            else:
                area = area[following.end():]
        area = _AREA_END.split(area, maxsplit=1)[0]
        scope = _scope_of(area, evidence=match.group(0))
        if scope:
            return scope
    for match in _TIME_ZONE_WORD.finditer(prose[:30_000]):
        scope = _scope_of(_sentence_around(prose, match), zones_only=True)
        if scope:
            return scope
    anywhere = _ANYWHERE_SAID.search(prose[:30_000])
    if anywhere:
        return {"anywhere": True, "countries": [], "regions": [], "timezones": [],
                "evidence": squash(_sentence_around(prose, anywhere))[:200]}  # fmt: skip
    for text in texts:
        if text and re.search(r"\bremote\b", text, re.I):
            return {"anywhere": False, "countries": [], "regions": [], "timezones": [],
                    "evidence": text}  # fmt: skip
    return None


def _scope_of(text: str, evidence: str | None = None,
              zones_only: bool = False) -> dict[str, Any] | None:  # fmt: skip
    """The area ``text`` names (countries, regions, time zones, anywhere); with ``zones_only``
    (a sentence about working hours) only its time zones and the regions they are of."""
    countries: list[str] = []
    parts = re.split(r"[,/;|()]|\s(?:and|or|&|und|et|y|a)\s|(?<=\w)\s{0,2}[-\u2013]\s{0,2}(?=\w)",
                     text)  # fmt: skip
    for part in [] if zones_only else parts:
        if _ZONE_ABBREVIATION.match(part):
            continue
        place = read_place(re.sub(r"^\s{0,3}the\s{1,3}", "", part, flags=re.I))
        if place and place.country and place.country not in countries:
            countries.append(place.country)
    regions = [list(REGION_WORDS)[int(name[1:])] for match in _REGION.finditer(text)
               for name, value in match.groupdict().items() if value]  # fmt: skip
    # The zones of the whole sentence: an area cut at "to" ("EST to PST") keeps its range.
    timezones = list(dict.fromkeys(_ZONE_NAMES.sub(r" \1 ", squash(m.group(0)))
                                   for m in _TIMEZONES.finditer(evidence or text)))  # fmt: skip
    if zones_only:
        regions = [r for r in regions if r not in ("EU", "Europe", "Asia", "Africa")
                   or re.search(r"time", text, re.I)]  # fmt: skip
        if not (timezones or regions):
            return None
    anywhere = bool(_ANYWHERE.search(text)) and not (countries or regions or timezones)
    if not (countries or regions or timezones or anywhere):
        return None
    return {"anywhere": anywhere, "countries": countries, "regions": list(dict.fromkeys(regions)),
            "timezones": timezones, "evidence": squash(evidence or text)[:200]}  # fmt: skip


# A posting or a registration no longer open, and an event the page says has taken place.
_CLOSED = re.compile(
    r"\b(?:no longer (?:accepting|taking|available|open)|not accepting (?:applications|new)"
    r"|(?:applications?|registrations?|applying|registering) (?:is |are |has |have )?(?:now )?"
    r"(?:closed|ended)|this (?:job|position|posting|vacancy|role|opening|listing) (?:has )?"
    r"(?:expired|been filled|is (?:closed|filled|no longer))|position (?:has been )?filled"
    r"|job (?:has )?expired|(?:we are |we're )?fully booked|sold out|registration closed"
    r"|bewerbungsfrist (?:ist )?abgelaufen|stelle (?:ist )?(?:bereits )?besetzt"
    r"|nicht mehr verf\u00fcgbar|ausgebucht|inzer\u00e1t (?:ji\u017e |u\u017e )?(?:nen\u00ed|byl)"
    r"|ya no (?:acepta|est\u00e1 disponible)|oferta (?:cerrada|caducada)|agotad[oa]s?"
    r"|n'accepte plus|offre (?:expir\u00e9e|pourvue)|complet\b"
    r"|ans\u00f6kningstiden har g\u00e5tt ut|fullbokad|utsolgt|slutsåld)",
    re.I,
)
_PAST = TOOK_PLACE
# A ticket or event page's note that the event is over: "This event has ended", "Past event"
# (a line of its own: "Past events" heads a list of others), "Este evento ya ha finalizado",
# "Diese Veranstaltung ist bereits vorbei", "Cet événement est terminé".
_ENDED = re.compile(
    r"\bthis event (?:has )?(?:already )?(?:ended|passed|finished|is over|took place)\b"
    r"|^[^\S\n]{0,3}(?:past event|event ended|event has ended|event is over)[^\S\n]{0,3}$"
    r"|\b(?:este|el) evento (?:ya )?(?:ha )?(?:finalizado|terminado|pasado|concluido)\b"
    r"|^[^\S\n]{0,3}evento (?:finalizado|terminado|pasado)[^\S\n]{0,3}$"
    r"|\b(?:diese|die) veranstaltung (?:ist )?(?:bereits |schon )?(?:vorbei|beendet|vergangen"
    r"|abgelaufen)\b|^[^\S\n]{0,3}(?:veranstaltung beendet|vergangene veranstaltung)[^\S\n]{0,3}$"
    r"|\b(?:cet|l')\s?\u00e9v\u00e9nement (?:est )?(?:d\u00e9j\u00e0 )?"
    r"(?:termin\u00e9|pass\u00e9)\b"
    r"|^[^\S\n]{0,3}\u00e9v\u00e9nement (?:termin\u00e9|pass\u00e9)[^\S\n]{0,3}$"
    r"|\bakce (?:ji\u017e |u\u017e )?(?:skon\u010dila|prob\u011bhla)\b"
    r"|\bevenemanget (?:har )?(?:redan )?(?:\u00e4gt rum|avslutats)\b",
    re.I | re.M,
)
# Documents that exist only after a meeting: its minutes, its recording, what it decided.
_AFTERWARDS = re.compile(r"^(?:minutes|approved minutes|meeting minutes|board actions|recording"
                         r"|video recording|protokoll|z\u00e1pis|acta)$", re.I)  # fmt: skip


def status_of(kind: str, title: str, head: str, lines: list[str]) -> tuple[str | None, str | None]:
    """(status, the words it rests on): closed, past or cancelled, as the page states it."""
    said = f"{title}\n{head}"
    cancelled = re.search(r"\b(?:cancel+ed|abgesagt|annul\u00e9e?|cancelad[oa]|zru\u0161en[aoy]?"
                          r"|inst\u00e4lld)\b", f"{title}\n{head[:600]}", re.I)  # fmt: skip
    if cancelled:
        return "cancelled", cancelled.group(0)
    closed = _CLOSED.search(said)
    if closed:
        return "closed", _line_of(said, closed)
    if kind == "event":
        past = _PAST.search(said) or _ENDED.search(said)
        if past:
            return "past", _line_of(said, past)
        after = next((line for line in lines[:300] if _AFTERWARDS.match(line.strip())), None)
        if after:
            return "past", after
    return None, None


def _line_of(text: str, match: re.Match) -> str:
    """The line a match sits on: the page's words for what it found."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return squash(text[start: end if end >= 0 else len(text)])[:300]


MIN_LANGUAGE_TEXT = 40  # characters below which a detector guesses; the page's lang is surer


def language_of(text: str, declared: str | None) -> str | None:
    """The language a page's text is written in (ISO 639-1), else the one it declares."""
    sample = text[:4000]
    if len(sample) >= MIN_LANGUAGE_TEXT:
        import pycld2

        try:
            reliable, _, details = pycld2.detect(sample.encode("utf-8", "replace").decode(),
                                                 bestEffort=True)  # fmt: skip
        except pycld2.error:
            details, reliable = (), False
        code = details[0][1] if details else "un"
        if code not in ("un", "xxx") and (reliable or len(sample) >= 200):
            return code.split("-")[0]
    if declared:
        code = declared.strip().replace("_", "-").split("-")[0].lower()
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return None


_WHEN_LABEL = re.compile(r"(?:when|date|dates|date and time|date & time|datum|fecha|date et heure"
                         r"|starts?)", re.I)  # fmt: skip
_META_START = ("event:start_time", "og:event:start_time", "event:start_date", "og:start_time")
_META_END = ("event:end_time", "og:event:end_time", "event:end_date", "og:end_time")


def _complete_dates(opportunity: dict[str, Any], evidence) -> None:
    """The event's day from the words under its title when the markup gave none, and the
    other dates of a series."""
    lines = evidence.headline_region.splitlines()
    meta = evidence.meta
    marked = next((meta[key] for key in _META_START if meta.get(key)), None)
    if marked and iso_date(marked) and opportunity["sources"].get("start") in (None, "text"):
        # The Open Graph event tags a ticket site writes for its own event are surer than
        # the first date its text shows.
        opportunity["start"] = iso_date(marked)
        ended = next((meta[key] for key in _META_END if meta.get(key)), None)
        opportunity["end"] = iso_date(ended) if ended else None
        opportunity["sources"]["start"] = "opengraph"
    if not opportunity.get("start"):
        said = "\n".join((opportunity["title"], *meta_labelled(meta, _WHEN_LABEL),
                          evidence.headline_region,
                          *evidence.lines_above_headline,
                          opportunity.get("description") or ""))  # fmt: skip
        start, end = written_span(said, evidence.published, evidence.page_year,
                                  evidence.day_first)
        if start:
            opportunity["start"], opportunity["end"] = start, opportunity.get("end") or end
            opportunity["sources"]["start"] = "text"
    days = series_dates(lines)
    start, end = (opportunity.get("start") or "")[:10], (opportunity.get("end") or "")[:10]
    if start and end > start:
        days = [day for day in days if not start <= day <= end]  # inside the event's own span
    if days and not opportunity.get("other_dates"):
        start = start or days[0]
        opportunity["other_dates"] = [day for day in days if day != start]
        if not opportunity.get("start"):
            opportunity["start"] = days[0]
        opportunity.setdefault("evidence", {})["other_dates"] = "; ".join(
            line for line in lines[:SERIES_LINES] if DATE.match(line))[:300]
    _more_dates(opportunity, evidence, lines)


# "(+ 2 other dates)", "+3 more dates", "and 2 more dates", "+ 2 weitere Termine": a ticket
# page's note that the event runs on other days too (the days may be listed further on).
_MORE_DATES = re.compile(
    r"(?:\+|\band)\s{0,2}(?P<n>\d{1,2})\s{1,3}(?:other|more|further|weitere|autres|otras"
    r"|fechas|dal\u0161\u00ed|andra)\s{1,3}(?:dates?|days?|termine|dates|m\u00e1s|term\u00edny"
    r"|datum)\b",
    re.I,
)


def _more_dates(opportunity: dict[str, Any], evidence, lines: list[str]) -> None:
    """A note that the event has N other dates: its words kept as evidence, and the first N
    days written at the start of a line after it (a list of the other dates) as other_dates."""
    text = "\n".join(lines[:SERIES_LINES])
    more = _MORE_DATES.search(text)
    if not more:
        return
    opportunity.setdefault("evidence", {})["other_dates"] = _line_of(text, more)
    if opportunity.get("other_dates"):
        return
    start = (opportunity.get("start") or "")[:10]
    begun = dt_date(start)
    after = text[more.end():].splitlines() + (opportunity.get("description") or "").splitlines()
    days: list[str] = []
    for line in after[:200]:
        match = DATE.match(line.strip())
        if not match:
            continue
        written = match.group(0)
        if begun and not re.search(r"\b(?:19|20)\d\d\b", written):
            written = _in_year_after(written, begun)
        day = (iso_date(written, any_language=True) or "")[:10]
        if day and day != start and day not in days and (not start or day > start):
            days.append(day)
        if len(days) == int(more.group("n")):
            break
    if days:
        opportunity["other_dates"] = sorted(days)


def dt_date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _names_site(name: str | None, site: str | None) -> bool:
    if not (name and site):
        return False
    name, site = name.lower(), site.lower()
    return name in site or site in name


# "DevTernity is organised with pride by the Latvian Software Craftsmanship Community",
# "Hosted by Boston Python", "veranstaltet von der IHK": the organizer in a sentence.
_DONE_BY = re.compile(
    r"\b(?i:organi[sz]ed|hosted|presented|run|put on|brought to you|veranstaltet|organisiert"
    r"|organizado|organisé)\b[^.\n]{0,40}?\b(?i:by|von|por|par)\s{1,3}(?:(?i:the|der|die|das|el|la|le)"
    r"\s{1,3})?(?P<name>[A-Z\u00c0-\u017d][^\n,.;:!?()]{1,60})"
)
# "Website: http://www.igniteportland.com": the event's own site, labelled.
_WEBSITE = re.compile(r"^\s{0,3}(?:web\s?site|homepage|web|webseite|p\u00e1gina web|site web)"
                      r"\s{0,3}:?\s{0,3}(?:https?://)?(?:www\.)?(?P<host>[\w-]{3,60})\.[a-z]{2,6}\b",
                      re.I)  # fmt: skip


def event_organizer(evidence, title: str) -> str | None:
    """The organizer an event page names other than by a label: in a sentence ("organised by
    …"), as the body behind an abbreviation in the title that the page spells out ("Neue
    DJV-Seminare" and "Deutscher Jagdverband (DJV)"), or as the words of the title that spell
    the event's own labelled website ("Ignite Portland 4" and "Website: igniteportland.com")."""
    text = evidence.main_text[:20_000]
    # A conference's own site says who organises it as often in its footer as in its text.
    said = _DONE_BY.search(text) or _DONE_BY.search(evidence.full_text[:100_000])
    if said:
        return squash(said.group("name"))
    for token in re.findall(r"\b[A-Z]{2,6}\b", title)[:3]:
        body = spelled_out(token, evidence.full_text)
        if body:
            return body
    for line in text.splitlines()[:200]:
        site = _WEBSITE.match(line)
        if site:
            return words_spelling(re.sub(r"\W", "", site.group("host")).lower(), title)
    return None


def spelled_out(token: str, text: str) -> str | None:
    """The name a page writes before an abbreviation in brackets: "Deutscher Jagdverband
    (DJV)" for DJV (the capitalised words from one starting with its first letter)."""
    words = r"((?:[\w\u00c0-\u017e.&'-]{1,30}\s{1,3}){1,6})"
    match = re.search(words + rf"\({token}\)", text[:200_000])
    if not match:
        return None
    words = match.group(1).split()
    for index, word in enumerate(words):
        if word[:1] == token[0] and word[:1].isupper() and word.lower() not in _ARTICLES:
            return f"{' '.join(words[index:])} ({token})"
    return None


_ARTICLES = frozenset("the der die das des dem den el la los las le les il lo".split())


def words_spelling(host: str, title: str) -> str | None:
    """The run of the title's words that spells a web host ("Ignite Portland" for
    igniteportland)."""
    words = re.findall(r"[\w\u00c0-\u017e'-]{1,30}", title)[:20]
    for start in range(len(words)):
        joined = ""
        for end in range(start, len(words)):
            joined += words[end].lower()
            if joined == host:
                return " ".join(words[start: end + 1])
            if not host.startswith(joined):
                break
    return None


# "© 2026 Leipziger Messe GmbH. All rights reserved.", "Copyright © 2019–2026 Civic Tech Club":
# who holds the site's copyright, the years and the reserved rights left out.
_COPYRIGHT_HOLDER = re.compile(
    r"(?:\u00a9|\(c\)|\bcopyright\b)(?:\s{0,3}(?:\u00a9|\(c\)))?\s{0,3}"
    r"(?:(?:19|20)\d\d(?:\s{0,3}[-\u2013/]\s{0,3}(?:19|20)?\d\d)?[,.]?\s{0,3})?"
    r"(?:by\s{1,3})?(?P<name>(?-i:[A-Z\u00c0-\u017d])[^\n|.,;:!?()\u00a9]{1,60})",
    re.I,
)
_RIGHTS = re.compile(r"\s(?:all rights|alle rechte|todos los derechos|tous droits"
                     r"|v\u0161echna pr\u00e1va|alla r\u00e4ttigheter|powered by|designed by"
                     r"|made by)\b.*$", re.I)  # fmt: skip


def copyright_holder(text: str) -> str | None:
    """The holder the page's last copyright line names ("© 2026 Northwind Events"), or None."""
    found = None
    for match in _COPYRIGHT_HOLDER.finditer(text[-20_000:]):
        name = _RIGHTS.sub("", squash(match.group("name")))
        name = re.sub(r"\s(?:19|20)\d\d\b.*$", "", name).strip(" -\u2013")
        if 2 <= len(name) <= 60 and re.search(r"[^\W\d_]{2}", name):
            found = name
    return found


def _complete_organization(opportunity: dict[str, Any], evidence, pieces: list[str],
                           site: str | None, is_platform: bool) -> None:  # fmt: skip
    """The employer or organizer, never the board or the ticket site; the site as `via`."""
    kind, sources = opportunity["kind"], opportunity["sources"]
    found = opportunity["evidence"]
    organization = opportunity.get("organization")
    if organization and (platform_named(organization) or (
            is_platform and sources.get("organization") in ("opengraph", "text")
            and site and organization.lower() == site.lower())):  # fmt: skip
        organization = None  # the board or the ticket site is not the employer
    if not organization or sources.get("organization") == "opengraph":
        lines = evidence.headline_region.splitlines() + evidence.main_text.splitlines()[:40]
        # A posting's header names its employer beside the title; an event's header holds
        # venues and categories as often as its organizer, so events need a label or a name
        # that says what kind of body it is.
        better = labelled_organization(lines, kind) or (
            byline_organization(pieces, opportunity["title"]) if kind == "job"
            else _organizer_in_header(pieces, opportunity["title"])
            or organizer_in_meeting_title(opportunity["title"]))
        if better and not platform_named(better):
            organization, sources["organization"] = better, "text"
            found["organization"] = better
    if kind == "event" and (not organization or _names_site(organization, site)):
        # The site's own name is the organizer only when the page names no other.
        other = event_organizer(evidence, opportunity["title"])
        if other and not _names_site(other, site) and not platform_named(other):
            organization, sources["organization"] = other, "text"
            found["organization"] = other
    if kind == "event" and not organization and not is_platform:
        # Last and weakest: the holder of the site's copyright, on a site of its own.
        holder = copyright_holder(evidence.full_text)
        if holder and not platform_named(holder):
            organization, sources["organization"] = holder, "text"
            found["organization"] = holder
    if organization and re.search(r"\b[A-Z]{2,6}\b", organization) and len(organization) <= 40:
        full = expand_abbreviation(organization, evidence.full_text)
        if full and full != organization:
            # Both names: the page's own short one and the full one it spells.
            organization = f"{full} ({organization})"
            found["organization"] = organization
    opportunity["organization"] = organization
    if not organization:
        sources.pop("organization", None)
    if site and (is_platform or not organization or site.lower() not in organization.lower()
                 and organization.lower() not in site.lower()):  # fmt: skip
        opportunity["via"] = site
        found.setdefault("via", site)


def _complete_location(opportunity: dict[str, Any], evidence, pieces: list[str],
                       site: str | None) -> None:  # fmt: skip
    """The place with its words, remote and hybrid, and where remote applicants must live."""
    kind, sources = opportunity["kind"], opportunity["sources"]
    location = opportunity["location"]
    if location.get("country"):
        location["country"] = country_code(location["country"]) or location["country"]
    written = location.get("locality") or ""
    if len(written) > 40 or re.search(r"\s[-\u2013|/]\s|[,;]", written):
        # An applicant tracking system's whole path as the locality ("AMER - Canada - Quebec -
        # Montreal - 10 Rue Duke"): the city it names, the words kept as the text.
        place = read_place(written)
        if place and place.locality and place.locality.lower() != written.lower():
            location["text"] = location.get("text") or written
            location["locality"] = place.locality
            location["region"] = location.get("region") or place.region
            location["country"] = location.get("country") or place.country
    if not (location.get("locality") or location.get("country")):
        place = page_place(evidence, location, pieces, kind)
        if place:
            location["locality"] = location.get("locality") or place.locality
            location["region"] = location.get("region") or place.region
            location["country"] = place.country
            location["evidence"] = place.evidence
            location["text"] = location.get("text") or place.evidence
            sources.setdefault("location", "text")
        elif kind == "event" and not (location.get("online") or opportunity.get("attendance_mode")
                                      == "online"):  # fmt: skip
            names = [n for n in (opportunity.get("organization"), site) if n]
            place = (announced_place(opportunity.get("description") or "")
                     or announced_place(evidence.main_text)
                     or named_city_place(names, opportunity.get("description") or ""))
            if place is None and street_only(location.get("text")):
                town = site_address_place(evidence.full_text)
                place = town and Place(town.locality, town.region, town.country,
                                       f"{location['text']}; {town.evidence}"[:300])  # fmt: skip
            if place:
                location.update(locality=place.locality, region=place.region,
                                country=place.country, evidence=place.evidence)
                sources.setdefault("location", "text")
    elif not location.get("evidence"):
        location["evidence"] = location.get("text")
    if kind != "job":
        return
    # The header's inline parts read together too: "Remote", "(", "United States", ")".
    windows = [" ".join(pieces[index: index + 4]) for index in range(min(len(pieces), 10))]
    # A bar between two pieces ("Remote" | "Australia") joins them as the page shows them.
    windows += [" | ".join(pieces[index: index + 2]) for index in range(min(len(pieces), 10))]
    head = [opportunity["title"], location.get("text") or "", *pieces[:10], *windows,
            *title_parts(evidence.title_tag)]
    # A labelled line that says how the work is done ("Workplace type: On-site") settles it;
    # the header's words are read only when the page labels none.
    labelled = labelled_work_mode(opportunity.get("description") or "") or next(
        (("onsite", t) for t in head if says_onsite(t)), None)
    if not labelled and not location.get("remote") and (
        any(says_remote(t, anywhere=False, plain=True) for t in head)
        or opportunity.get("via") in REMOTE_BOARDS
        or any((m := _ONLY.match(squash(t))) and m.group("world") for t in head if t)
    ):
        location["remote"] = True
    if not labelled and not (location.get("remote") or location.get("hybrid")) and any(
        says_hybrid(t) for t in head
    ):
        location["hybrid"] = True
    if location.get("remote") and not location.get("remote_scope"):
        location["remote_scope"] = remote_scope(head, opportunity.get("description") or "")
        place_line = location.get("evidence") or location.get("text") or ""
        said = location["remote_scope"]
        if location.get("country") and place_line and len(place_line) <= SCOPE_LINE and not (
                said and (said["anywhere"] or said["countries"] or said["regions"]
                          or said["timezones"])):  # fmt: skip
            # A remote posting placed in a country by its location line and saying nothing
            # else of where applicants may live ("Remote" and "Brno, Czechia"): that country,
            # as boards list remote postings under the country they hire in.
            location["remote_scope"] = {"anywhere": False, "countries": [location["country"]],
                                        "regions": [], "timezones": [], "evidence": place_line}
    scope = location.get("remote_scope") or {}
    _quote_scope(scope, pieces, evidence.root)
    if len(scope.get("countries") or []) == 1 and not location.get("country"):
        # A remote job open to one country's residents is that country's job.
        location["country"] = scope["countries"][0]
        location["evidence"] = location.get("evidence") or scope.get("evidence")
        sources.setdefault("location", "text")


def _quote_scope(scope: dict[str, Any], pieces: list[str], root) -> None:
    """A scope read from header pieces run together ("Data", "Remote", "(", "United States") is
    quoted as the page shows it: the text of the one element holding its words ("Remote (United
    States)"), else the piece that names the area; never pieces of several elements glued."""
    said = scope.get("evidence") or ""
    glued = next((pieces[i: i + n] for n, bar in ((4, " "), (2, " | "))
                  for i in range(min(len(pieces), 10))
                  if squash(bar.join(pieces[i: i + n]))[:200] == said), None)  # fmt: skip
    if not glued or said in pieces:
        return
    areas = [p for p in glued if _scope_of(p)]
    words = [p for p in glued if p in areas or re.search(r"\bremote\b", p, re.I)]
    if not areas:
        return
    scope["evidence"] = areas[0]
    for node in root.xpath("//body//text()") if root is not None else []:
        if squash(node) != areas[0]:
            continue
        holder = node.getparent()
        holder = holder.getparent() if node.is_tail and holder is not None else holder
        while holder is not None:
            text = squash(holder.text_content())
            if len(text) > SCOPE_LINE:
                break
            rest = text
            for w in words:
                rest = rest.replace(w, " ", 1) if rest is not None and w in rest else None
            if rest is not None and not re.search(r"\w", rest):
                scope["evidence"] = text  # its words and punctuation only: one phrase
                return
            if rest is not None:
                break  # other pieces too ("Design", "Remote", "Germany" in one list)
            holder = holder.getparent()
        return


def _complete_attendance(opportunity: dict[str, Any], evidence) -> None:
    """An event's head count from the line the page gives it ("178 Going"), when its text
    states none: an attendance box is often a sidebar's, outside the description block."""
    counts = opportunity.get("counts")
    if not isinstance(counts, dict) or counts.get("attendees") is not None:
        return
    found = attendance_line(evidence.full_text.splitlines())
    if found:
        counts["attendees"], opportunity["evidence"]["counts.attendees"] = found
        opportunity["sources"]["counts.attendees"] = "text"


def complete(opportunity: dict[str, Any], evidence) -> dict[str, Any]:
    """Fill what the page says beyond the fields already read; never overwrite markup."""
    kind = opportunity["kind"]
    opportunity.setdefault("sources", {})
    found = opportunity.setdefault("evidence", {})
    site, is_platform = site_of(evidence)
    pieces = byline_pieces(evidence.root, evidence.headline) if evidence.root is not None else []
    _complete_organization(opportunity, evidence, pieces, site, is_platform)
    _complete_location(opportunity, evidence, pieces, site)
    if kind == "event":
        _complete_dates(opportunity, evidence)
        _complete_attendance(opportunity, evidence)
    if not opportunity.get("status"):
        # The documents filed beside a meeting (its minutes) sit under its title, often
        # outside the description block.
        status, words = status_of(kind, opportunity["title"], evidence.headline_region[:3000],
                                  evidence.headline_region.splitlines()[:200]
                                  + evidence.main_text.splitlines())  # fmt: skip
        if status:
            opportunity["status"] = status
            found["status"] = words
    if not opportunity.get("language"):
        text = "\n".join((opportunity["title"], opportunity.get("description") or ""))
        opportunity["language"] = language_of(text, evidence.declared_language)
    return opportunity
