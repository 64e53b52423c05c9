"""Words and patterns that mark a posting, an event or a listing, in the languages we meet."""

from __future__ import annotations

import re

# Cheap tests in front of long alternations. Python's re tries every alternative at every
# place of a text; these let it skip the places where no word (or no letter) begins, so a
# long run of digits, spaces or punctuation costs a step a character (issue 14). Spaces
# between words are bounded too ({1,3}): page text comes with its runs of spaces squashed.
WORD_START = r"\b(?=\w)"
LETTER_START = r"\b(?=[^\W\d_])"

# Section labels and calls to action of a job posting (en, de, fr, es, it, nl, cs, pt).
JOB_CUES = re.compile(
    LETTER_START + r"(?:responsibilities|requirements|qualifications|what you(?:'|\u2019)ll do"
    r"|what you will do"
    r"|about the (?:role|job|position|team)|about you|who you are|job (?:description|details|type"
    r"|summary|requirements|function)|apply (?:now|for this (?:job|position|role))|how to apply"
    r"|employment type|full[- ]time|part[- ]time|years of (?:professional )?experience"
    r"|salary|compensation|benefits|we offer|your profile|the role|the job|job id"
    r"|a\u00f1os de experiencia|ans d['\u2019]exp\u00e9rience|berufserfahrung"
    r"|req(?:uisition)? id"
    r"|seniority level|hiring|candidates?|applicants?|cover letter|resume|r\u00e9sum\u00e9|cv\b"
    r"|aufgaben|anforderungen|ihr profil|wir bieten|bewerb\w*|stellenangebot|vollzeit|teilzeit"
    r"|missions?|profil recherch\u00e9|votre profil|postule[rz]|candidature|poste\b|cdi\b"
    r"|requisitos|funciones|responsabilidades|tu perfil|ofrecemos|postula\w*|vacante"
    r"|jornada completa"
    r"|requisiti|candidati|offriamo"
    r"|vacature|functie-eisen|solliciteer"
    r"|po\u017eadujeme|nab\u00edz\u00edme|n\u00e1pl\u0148 pr\u00e1ce|pracovn\u00ed|mzda|plat\b"
    r"|odpov\u011bd\u011bt|benefity|zam\u011bstnan\u00ed|\u017eivotopis|po\u017eadavky"
    r"|zku\u0161enost\w*|budete d\u011blat|hled\u00e1me|pracovn\u00ed nab\u00eddka"
    r"|koho hled\u00e1me|\u010dek\u00e1 na (?:tebe|v\u00e1s)"
    # Polish and Slovak postings: "Wymagania", "Zakres obowiązków", "Oferujemy", "Aplikuj",
    # "Požiadavky", "Ponúkame".
    r"|wymagania|obowi\u0105zki|zakres obowi\u0105zk\u00f3w|oferujemy|aplikuj\w{0,3}"
    r"|lat(?:a)? do\u015bwiadczenia|wynagrodzenie|umowa o prac\u0119|twoje zadania"
    r"|po\u017eiadavky|pon\u00fakame|n\u00e1pl\u0148 pr\u00e1ce)",
    re.I,
)
# Labels and calls to action of an event page.
EVENT_CUES = re.compile(
    LETTER_START + r"(?:when|where|venue|location|date(?:s)?(?: and time| & time| / time)?|time"
    r"|doors open"
    r"|register|registration|rsvp|tickets?|book (?:now|tickets|your (?:place|seat|spot))|sold out"
    r"|add to (?:my )?calendar|admission|agenda|speakers?|programme|program|attend\w*|join us"
    r"|starts?|ends?|free entry|entry fee|organi[sz]ed by|hosted by|organi[sz]er|meeting|workshop"
    r"|conference|webinar|meetup|concert|festival|seminar|session|talk|exhibition|performance"
    r"|datum|uhrzeit|ort|anmeld\w*|veranstalt\w*|eintritt|kosten"
    r"|fecha|hora|lugar|inscri\w*|entradas|evento|ponente"
    r"|lieu|horaire|inscription|billets|\u00e9v\u00e9nement"
    r"|termin|vstupn\u00e9|akce)\b",
    re.I,
)
# Labels an event page puts before its facts, at the start of a line ("When:", "Venue").
EVENT_LABEL = re.compile(
    r"^[^\S\n]{0,3}[\u00bf\u00a1]?(?:when|where|d\u00f3nde|date|dates|time|venue|location"
    r"|date and time|date & time|doors"
    r"|register|registration|rsvp|tickets|book now|book tickets|booking details|admission"
    r"|add to calendar|datum|zeit|uhrzeit|ort|anmeldung|fecha|hora|lugar|lieu|horaire"
    r"|event location|event date|event time|speaker|speakers|(?:\w{1,30}\s{1,3})?organi[sz]ed by"
    r"|hosted by|(?:\w{1,30}\s{1,3})?organizad[ao] por|organis\u00e9 par|veranstaltet von|ponente"
    r"|fecha y hora|happening|starts|doors open|performers|program|programme|line-up|lineup"
    r"|agenda|wann|kdy|wanneer|quand|cu\u00e1ndo|d\u00f3nde|n\u00e4r)\b[^\S\n]{0,3}:?",
    re.I | re.M,
)
# Headings and titles of a page that lists many postings or events.
LIST_CUES = re.compile(
    WORD_START + r"(?:(?:\d[\d,.]{0,12}\+?\s{1,3})?(?:jobs|job openings|openings|open positions?"
    r"|open roles"
    r"|positions"
    r"|vacancies|careers|job search|search results|results|upcoming events|past events|events"
    r"|calendar|meetings|meeting schedule|schedule|gigography|concerts|listings|programme"
    r"|timetable|line-?up)"
    r"|stellenangebote|offene stellen|ofertas|empleos|offres d'emploi|nab\u00eddky pr\u00e1ce"
    r"|voln\u00e9 pozice|voln\u00e1 m\u00edsta|lediga (?:tj\u00e4nster|jobb)|vacatures"
    r"|veranstaltungen|termine|agenda)\b",
    re.I,
)

# The languages of the pages we meet (dateparser reads dates in them).
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "cs", "pl", "sv", "da"]
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _calendar_names(keys: tuple[str, ...], shortest: int) -> list[str]:
    """The names dateparser's language data gives months or weekdays in LANGUAGES, in full
    ("října", "februari", "czwartek"): abbreviations that begin a fuller name ("led" for
    "leden") and short ones that may be words ("out", "po") are left to the hand list below.
    Read from its data files as literals, so that importing this module does not load
    dateparser itself."""
    import ast
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        return []
    base = Path(list(spec.submodule_search_locations)[0]) / "data" / "date_translation_data"
    found: set[str] = set()
    for language in LANGUAGES:
        try:
            source = (base / f"{language}.py").read_text(encoding="utf-8")
            info = ast.literal_eval(source.split("=", 1)[1])
        except (OSError, ValueError, SyntaxError, IndexError):
            continue
        for key in keys:
            names = {name.lower().rstrip(".") for name in info.get(key, [])}
            for name in names:
                prefix = any(other != name and other.startswith(name) for other in names)
                if not prefix and (len(name) >= shortest or len(names) == 1):
                    found.add(name)
    return sorted(found, key=lambda name: (-len(name), name))


def trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` written as a trie ("ma(?:j|rca|rzec)"), so a regex tries
    one branch a letter instead of every word at every place of a text."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())
                    if char]  # fmt: skip
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return pattern(tree)


_MONTH_NAMES = _calendar_names(_MONTH_KEYS, 4)
_WEEKDAY_NAMES = _calendar_names(_WEEKDAY_KEYS, 5)
# Months and weekdays as the pages write them: the usual abbreviations of English, German,
# French and Spanish, and every full name dateparser knows in LANGUAGES. Written as a trie,
# so a date costs one branch a letter wherever a word begins.
_HAND_MONTHS = (
    "jan january januar janvier janeiro ene enero feb february februar febrero f\u00e9v"
    " f\u00e9vrier mar march mars marzo m\u00e4rz apr april aprile avr avril abr abril may mai"
    " mayo maggio jun june juni junio juin jul july juli julio juil juillet aug august ao\u00fbt"
    " ago agosto sep sept september septembre septiembre set settembre oct october octobre"
    " octubre okt oktober ott ottobre nov november novembre noviembre dec december d\u00e9c"
    " d\u00e9cembre dez dezember dic diciembre dicembre"
).split()
_HAND_WEEKDAYS = (
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday"
    " sun sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi"
    " mercredi jeudi vendredi samedi dimanche lunes martes mi\u00e9rcoles jueves viernes"
    " s\u00e1bado domingo"
).split()
MONTHS = rf"(?:{trie_pattern(sorted(set(_HAND_MONTHS + _MONTH_NAMES)))})\.?"
WEEKDAYS = rf"(?:{trie_pattern(sorted(set(_HAND_WEEKDAYS + _WEEKDAY_NAMES)))})\.?"
# A calendar date as written: "Sat Sep 14", "April 28, 2026", "13 June 2015", "04/21/16",
# "20.11.2019", "2031-04-10".
DATE = re.compile(
    rf"{WORD_START}(?:(?:{WEEKDAYS}),?\s{{1,3}})?(?:"
    rf"{MONTHS},?\s{{0,3}}\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s{{1,3}}\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s{{1,3}}(?:(?:de|of)\s{{1,3}})?{MONTHS}"
    rf"(?:,?\s{{1,3}}(?:de\s{{1,3}})?\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d"  # "15. 10. 2026", as Czech and Slovak write it
    # A year may touch the time after it in text given without its HTML (a browser's innerText
    # joins inline elements with no space); HTML is rendered with the space (element_text).
    r")(?:\b|(?<=\d{4})(?=\d{1,2}:\d\d))",
    re.I,
)
# Labels of a date that is not the event's: the last day to apply or to register.
DEADLINE = re.compile(
    r"\b(?:deadline|apply by|register by|rsvp by|book by|register before|closing date"
    r"|registration (?:closes|deadline)"
    r"|anmeldeschluss|bewerbungsfrist|einsendeschluss|anmeldung bis|fecha l\u00edmite"
    r"|date limite|inscriptions? jusqu'au|uz\u00e1v\u011brka"
    r"|sista (?:anm\u00e4lnings|ans\u00f6knings)dag"
    r"|valid through|expires?)\b[^\n]{0,30}$",
    re.I,
)
# Labels of the date a page itself was posted or changed: not an event's day.
POSTED_LABEL = re.compile(
    r"\b(?:posted|published|updated|last updated|last modified|created|added|submitted"
    r"|ver\u00f6ffentlicht|aktualisiert|erstellt|publicado|actualizado|publi\u00e9|mis \u00e0 jour"
    r"|zve\u0159ejn\u011bno|aktualizov\u00e1no|publicerad|uppdaterad)\b(?:\s{1,3}(?:on|am|el|le))?"
    r"\s{0,3}:?\s{0,3}$"
    r"|\b(?:posted|published|added|submitted|written)\s{1,3}by\b[^\n]{1,30}\bon\s{0,3}$"
    # An author's byline that dates the post: "von Lena Vogt, 2. Februar 2026".
    r"|(?:^|\n)[^\S\n]{0,3}(?:by|von|par|por|door)[^\S\n]{1,3}(?-i:[A-Z\u00c0-\u017d][\w.'\u2019-]{1,30}"
    r"(?:[^\S\n]{1,3}[A-Z\u00c0-\u017d][\w.'\u2019-]{1,30}){0,3})[^\S\n]{0,3}[,|\u00b7\u2022-]"
    r"[^\S\n]{0,3}(?:on|am|le|el)?[^\S\n]{0,3}$",
    re.I,
)
# "7:00 pm", "8 p.m.", "19:00", "19h30"; a 12-hour time may follow a year with no space.
TIME = re.compile(
    r"(?<![:.\d])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:[ap]\.?\s?m\.?)(?=\W|$)"
    r"|(?<=\d{4})(?:1[0-2]|0?[1-9]):[0-5]\d\s?(?:[ap]\.?\s?m\.?)(?=\W|$)"
    r"|\b(?!00:00)(?:[01]?\d|2[0-3])[:h][0-5]\d\b"
    # 24-hour times with a dot, when a unit or a range says so: "18.30 Uhr", "18.00–20.00".
    r"|(?<![\d.,$\u20ac\u00a3])(?<![$\u20ac\u00a3]\s)(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?(?:Uhr|uur|h)\b"
    r"|\s{0,2}[-\u2013]\s{0,2}(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])(?!\s?(?:[$\u20ac\u00a3]|eur\b"
    r"|usd\b|gbp\b|chf\b|czk\b|k\u010d)))",
    re.I,
)
# What events are called, in titles and first lines.
_EVENT_NOUN_WORDS = (
    "meeting meetup meet-up conference summit workshop webinar seminar symposium forum session"
    " class course bootcamp camp lecture talk panel hackathon festival fair faire expo exhibition"
    " concert gig show performance screening party mixer networking gala tour market club night"
    " fest reading tasting event veranstaltung tagung vortrag konzert messe treffen kongress"
    " kolloquium stammtisch jornada charla taller curso conferencia evento encuentro feria"
    " congreso atelier conf\u00e9rence rencontre salon soir\u00e9e \u00e9v\u00e9nement congr\u00e8s"
    " konferens m\u00e4ssa seminarium tr\u00e4ff f\u00f6rel\u00e4sning evenemang congres"
    " conferentie bijeenkomst beurs lezing evenement konferencja targi spotkanie"
    " setk\u00e1n\u00ed p\u0159edn\u00e1\u0161ka akce veletrh konference semin\u00e1\u0159"
).split() + ["info session", "book club", "open house"]
EVENT_NOUNS = re.compile(
    # Plurals: English -s, German -e/-en/-n ("Seminare", "Veranstaltungen").
    LETTER_START + rf"(?:{trie_pattern(sorted(set(_EVENT_NOUN_WORDS)))})(?:s|e|en|n)?\b",
    re.I,
)
# German, Dutch and Scandinavian write an event's name as one word ending in its kind
# ("Jobmesse", "Fachkonferenz", "Karriereforum", "Ausbildungstag", "Arbetsmarknadsdagen",
# "Banenbeurs"): the kind as the end of a longer word. Some ends name an event surely
# (-messe, -konferenz); others name days, platforms and parties as often ("Zukunftsforum",
# "Stichtag", "Sommerfest") and count for less; days that are no event ("Montag",
# "Feiertag", "Vertrag") are left out by _NOT_EVENT_DAY.
_SURE_ENDS = (r"messe|konferenz|kongress|tagung|seminar|workshop|treffen|festival|vortrag"
              r"|veranstaltung|konferens|m\u00e4ssa|tr\u00e4ff|beurs|congres|bijeenkomst")
COMPOUND_EVENT_NOUN = re.compile(
    r"(?<=[^\W\d_]{2})(?:(?P<sure>" + _SURE_ENDS + r")|forum|fest|abend|tag|dag|avond|kv\u00e4ll)"
    r"(?:e|en|n|es|s|ar|arna|et|a)?\b",
    re.I,
)
_NOT_EVENT_DAY = re.compile(
    r"(?:mon|diens|mitt|donners|frei|sams|sonn|feier|werk|arbeits|wochen|stich|jahres|ruhe"
    r"|urlaubs|kalender|folge|all|vormit|nachmit|mit|ver|bei|an|auf|er|ein|ab|vor|man|tis|ons"
    r"|tors|fre|l\u00f6r|s\u00f6n|m\u00e5n|var|helg|arbets|i|maan|dins|woens|donder|vrij|zater|zon"
    r"|van|feest|vrije|gister|verjaar|mani|lebens|mittwoch|sonnabend)"
    r"(?:tag|dag|fest|abend|avond)(?:e|en|n|es|s|ar|arna|et|a)?",
    re.I,
)


def event_noun_weight(text: str) -> int:
    """How surely ``text`` calls something an event: 2 for a word for one ("conference",
    "Messe") or a compound ending in a sure one ("Jobmesse"), 1 for a compound ending in a
    word that names other things too ("Karriereforum", "Ausbildungstag"), else 0."""
    if EVENT_NOUNS.search(text):
        return 2
    weight = 0
    for match in COMPOUND_EVENT_NOUN.finditer(text[:20_000]):
        start = match.start()
        while start > max(0, match.start() - 30) and text[start - 1].isalpha():
            start -= 1
        if match.group("sure"):
            return 2
        if not _NOT_EVENT_DAY.fullmatch(text[start: match.end()]):
            weight = 1
    return weight


def names_event(text: str) -> bool:
    """True when ``text`` calls something an event (see event_noun_weight)."""
    return event_noun_weight(text) > 0
# Words that say something is going to happen on a day, or that invite people to a stand at
# it: an announcement of an event ("findet am 18. Mai statt", "will be held on", "tendrá
# lugar", "visit us at booth 14"). The past ("took place", "fand statt") is not here.
HAPPENS = re.compile(
    LETTER_START + r"(?:(?:takes|will take) place|will be held|is being held|findet\b[^.\n]{0,60}"
    r"\bstatt\b|finden\b[^.\n]{0,60}\bstatt\b|tendr\u00e1 lugar|se celebrar\u00e1|aura lieu"
    r"|se (?:uskute\u010dn\u00ed|kon\u00e1)|\u00e4ger rum|vindt plaats|avr\u00e0 luogo"
    r"|(?:visit|meet|find) us at (?:our )?(?:booth|stand)|besuch(?:t|en sie) uns"
    r"|(?:an|auf) (?:unserem |dem )?(?:messe)?stand\b)",
    re.I,
)
# Words that say an event has taken place (a report of it, or a past event's page).
TOOK_PLACE = re.compile(
    r"\b(?:took place|was held|were held|has taken place|thank(?:s| you) (?:to everyone |all )?"
    r"(?:for|who) (?:attending|attended|joining|came)|(?:watch|view) the recording|recording of"
    r"|fand (?:am |vom )?[^.\n]{0,40}statt|hat stattgefunden|tuvo lugar|se celebr\u00f3"
    r"|a eu lieu|s'est tenu|se kona(?:l|la|lo)|prob\u011bhl[aoy]?|\u00e4gde rum|hölls)\b",
    re.I,
)
RELATIVE_POSTED = re.compile(
    WORD_START + r"(?:\d{1,4}\+?\s{1,3}(?:minutes?|hours?|days?|weeks?|months?)\s{1,3}ago"
    r"|just posted|posted (?:today"
    r"|yesterday|on)|today|yesterday|new)\b",
    re.I,
)
PRICE = re.compile(
    r"(?:[$\u20ac\u00a3\u00a5]|\b(?:usd|eur|gbp|chf|czk|k\u010d|cad|aud)\b)\s?\d|\d\s?(?:[$\u20ac\u00a3]"
    r"|\b(?:usd|eur|gbp|chf|czk|k\u010d)\b)|\d\s?euros?\b|\bfree\b|\bgratis\b|\bkostenlos\b|\bgratuit\b",
    re.I,
)

# A programme's row: a clock time, then what happens ("09:30 Keynote: small models",
# "10:00 – 10:45 Panel").
PROGRAMME_LINE = re.compile(
    r"^[^\S\n]{0,3}(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[^\S\n]{0,3}[ap]\.?m\.?)?"
    r"(?:[^\S\n]{0,3}[-\u2013][^\S\n]{0,3}(?:[01]?\d|2[0-3])[:.h][0-5]\d"
    r"(?:[^\S\n]{0,3}[ap]\.?m\.?)?)?"
    r"[^\S\n]{0,3}[^\W\d_]",
    re.I | re.M,
)
# Sections of a careers landing page, which talks about working somewhere and links to the
# openings elsewhere: "Life at …", "Our teams", "How we hire", "Talent community".
CAREERS_SECTIONS = re.compile(
    r"^[^\S\n]{0,3}(?:life at\b|our (?:teams?|culture|values|benefits|offices|people|story"
    r"|hiring process)|how we (?:hire|work)|what we (?:offer|do)|who we are|where we work"
    r"|why (?:work|join)\b|join our (?:team|talent)|talent (?:community|network|pool)"
    r"|students and graduates|early careers|benefits|perks"
    r"|(?:unsere|unser) (?:werte|kultur|teams?|benefits)|was wir bieten|warum \w{1,20}"
    r"|arbeiten bei|leben bei|nos valeurs|pourquoi nous rejoindre|notre culture"
    r"|nuestros valores|por qu\u00e9 \w{1,20}|co nab\u00edz\u00edme|pro\u010d (?:u n\u00e1s|my)"
    r"|v\u00e5ra v\u00e4rderingar|varf\u00f6r \w{1,20})",
    re.I | re.M,
)
# Head nouns of job titles (the occupations people are hired as), in the languages we meet.
_JOB_TITLE_WORDS = [
    word.replace("_", " ")
    for word in """
    engineer developer programmer architect analyst scientist designer manager director
    lead head_of chief officer specialist consultant advisor adviser associate assistant
    coordinator administrator technician operator supervisor executive representative
    clerk accountant auditor controller nurse physician therapist teacher tutor
    instructor driver mechanic electrician installer writer editor researcher intern
    internship trainee apprentice recruiter sourcer planner expert strategist marketer
    cashier attendant inspector investigator counsel lawyer paralegal pharmacist chemist
    economist statistician agent worker cook chef waiter waitress cleaner receptionist
    salesperson carpenter plumber welder pilot courier dispatcher buyer merchandiser
    picker packer caregiver aide housekeeper barista bartender dentist hygienist
    veterinarian surgeon psychologist librarian professor lecturer postdoc doktorand
    operative porter stylist hairdresser photographer translator interpreter paramedic
    midwife optician machinist fitter foreman estimator surveyor underwriter actuary
    bookkeeper teller verkäufer fahrer pfleger erzieher monteur elektroniker
    mechatroniker lagerist kellner fachkraft werkstudent praktikant auszubildende
    entwickler ingenieur berater leiter referent sachbearbeiter mitarbeiter kaufmann
    développeur ingénieur responsable chargé conseiller desarrollador ingeniero gerente
    jefe asistente técnico analista vývojář programátor administrátor specialista
    konzultant inženýr manažer technik analytik asistent vedoucí labourer laborer
    formateur formatrice vendeur vendeuse comptable infirmier infirmière technicien
    stagiaire alternant chauffeur cuisinier serveur programador vendedor camarero enfermero
    contable becario profesor dependiente programista inżynier specjalista analityk
    kierownik tester księgowy
    """.split()
]
JOB_TITLE = re.compile(
    LETTER_START + rf"(?:{trie_pattern(sorted(set(_JOB_TITLE_WORDS)))})"
    r"(?:s|es|in|innen|ka|ky|ce|e|a|ora|ky)?\b"
    r"|\((?:m|f|w|d|x)\s*/\s*(?:m|f|w|d|x)(?:\s*/\s*(?:m|f|w|d|x))?\)|\(\d{2,3}\s*[-\u2013]\s*100\s*%\)",
    re.I,
)
# Words a page uses for itself when it is one posting ("Job Detail", "Stellenangebot").
JOB_PAGE_WORDS = re.compile(
    r"\b(?:job|position|vacancy|opening|role|stelle|stellenangebot|empleo|oferta|poste|offre"
    r"|pozice|nab\u00eddka)\b",
    re.I,
)
# A span of dates: "Sat 13 June 2015 - Sun 31 January 2016", "July 8-10".
DATE_RANGE = re.compile(
    rf"(?:{DATE.pattern})\s{{0,3}}(?:[-\u2013\u2014]|to|bis|au|al|till)\s{{0,3}}"
    rf"(?:{DATE.pattern}|\d{{1,2}}\b)",
    re.I,
)
# An article's byline date: "Published on October 24, 2011", "Updated: 3 May 2031".
BYLINE = re.compile(
    rf"{LETTER_START}(?:published|updated|posted|ver\u00f6ffentlicht|publi\u00e9|publicado)"
    rf"\s{{0,3}}(?:(?:on|am|le|el|:)\s{{0,3}})?(?:{DATE.pattern})",
    re.I,
)
WEEKDAY = re.compile(rf"\b(?:{WEEKDAYS})\b", re.I)
# An author's byline under a title: "By Sam Lee", "Von Anna Müller" (a news article's mark).
AUTHOR_LINE = re.compile(
    r"^[^\S\n]{0,3}(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)[^\S\n]{1,3}[A-Z\u00c0-\u017d]"
    r"[\w.'\u2019-]{1,40}(?:[^\S\n]{1,3}[A-Z\u00c0-\u017d][\w.'\u2019-]{1,40}){0,3}[^\S\n]{0,3}"
    r"(?:[,|\u2022\u00b7]|$)",
    re.M,
)
# The labelled facts of one posting ("Job ID: 4262", "Location", "Posted Date:"): a page
# that states three of them once each is a posting, whatever its generic title says.
POSTING_FACT = re.compile(
    r"^(?:job id|job number|job code|req(?:uisition)? (?:id|number|#)|reference(?: number)?"
    r"|location|job location|posted(?: date| on)?|date posted|category|job category|department"
    r"|employment type|job type|contract type|schedule|shift|travel|% travel|relocation|salary"
    r"|pay|company|division|business unit|closing date|stellen-?id|referenznummer|arbeitsort"
    r"|anstellungsart|besch\u00e4ftigungsart|pracovi\u0161t\u011b"
    r"|typ (?:pracovn\u00edho )?pom\u011bru"
    r"|ubicaci\u00f3n|tipo de contrato|lieu|type de contrat|ort|anst\u00e4llningsform)"
    r"[^\S\n]{0,3}:?[^\S\n]{0,3}$",
    re.I | re.M,
)
