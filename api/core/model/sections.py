"""The parts of a description: about the organisation, the role, requirements, benefits,
the hiring process, logistics, and legal boilerplate.

A cue means something only in some parts: an industry named where the organisation says what
it does (not in a health-insurance line), an interview step in the hiring process (not in
"identify behavioural changes"), a perk among the benefits. Parts come from headings first
("What we offer", "Ihr Profil", "Nabízíme"), in English, German, French, Spanish, Czech and a
few other languages, written on their own line or run into a wall of text; a sentence under
no known heading is placed by its own general vocabulary ("we offer", "years of experience",
"interview"). Equal-opportunity and privacy boilerplate is its own part wherever it stands:
no cue but eligibility reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABOUT = "about"
ROLE = "role"
REQUIREMENTS = "requirements"
BENEFITS = "benefits"
PROCESS = "process"
LOGISTICS = "logistics"
LEGAL = "legal"
BODY = "body"  # under no known heading and with no telling words of its own
PARTS = (ABOUT, ROLE, REQUIREMENTS, BENEFITS, PROCESS, LOGISTICS, LEGAL, BODY)

_YOU = r"(?:you(?:'|’)?(?:ll| will)?|you(?:'|’)?re)"
# Headings, by part. Each is matched against a whole short line (or a run-in heading),
# so a word such as "benefits" inside a sentence does not start a part.
HEADINGS = {
    ABOUT: (
        r"about (?:us|the company|the organi[sz]ation|the team|our company|the employer"
        r"|[\w&.' -]{2,40})",
        r"who we are",
        r"our (?:company|story|mission|team|organi[sz]ation)",
        r"company (?:description|overview|profile)",
        r"the company",
        r"(?:the )?organi[sz]ation",
        r"background",
        r"our (?:values|culture)",
        r"über uns",
        r"wer wir sind",
        r"das unternehmen",
        r"unternehmen",
        r"wir über uns",
        r"(?:à|a) propos(?: de nous)?",
        r"qui sommes[- ]nous",
        r"l'entreprise",
        r"notre entreprise",
        r"sobre nosotros",
        r"qui[eé]nes somos",
        r"la empresa",
        r"o nás",
        r"o společnosti",
        r"kdo jsme",
        r"over ons",
        r"chi siamo",
        r"sobre n[oó]s",
    ),
    ROLE: (
        r"(?:the |your |about the |this )?(?:role|position|job|opportunity)(?: (?:description"
        r"|summary|overview|purpose))?",
        r"job (?:description|summary|purpose|overview|details)",
        r"position (?:summary|overview|description)",
        r"(?:key |main |primary |essential )?(?:responsibilities|duties|accountabilities"
        r"|tasks)(?: and \w+)?",
        r"what " + _YOU + r" (?:\w+ )?(?:do|be doing|work on|own)",
        r"(?:in )?this role(?: you will)?",
        r"(?:your|the) (?:mission|impact|challenge|day[- ]to[- ]day)",
        r"summary",
        r"overview",
        r"(?:ihre|deine|die) (?:aufgaben|rolle|mission|herausforderung)",
        r"aufgaben(?:gebiet|bereich)?",
        r"stellenbeschreibung",
        r"was dich erwartet",
        r"was sie erwartet",
        r"(?:description du )?poste",
        r"(?:vos |tes )?missions?(?: principales)?",
        r"responsabilit[ée]s",
        r"(?:descripci[oó]n del )?puesto",
        r"funciones",
        r"responsabilidades",
        r"tus funciones",
        r"náplň práce",
        r"co (?:budeš|budete) dělat",
        r"popis (?:pozice|práce)",
        r"pracovní náplň",
        r"pracovní nabídka",
        r"functieomschrijving",
        r"wat ga je doen",
        r"mansioni",
    ),
    REQUIREMENTS: (
        r"(?:minimum |basic |preferred |required |desired |key |essential "
        r"|additional )?(?:qualifications|requirements|skills|competencies)(?: (?:and"
        r"|&) (?:experience|skills|qualifications))?(?: required)?",
        r"qualifications minimales",
        r"(?:minimum|preferred) experience",
        r"experience",
        r"education",
        r"(?:about you|who you are|your profile|your background|your skills|your experience)",
        r"what " + _YOU + r" (?:\w+ ){0,2}(?:bring|need|have)(?: to (?:the table|us))?",
        r"what we(?:'|’)?re looking for",
        r"what we (?:are )?look(?:ing)? for",
        r"we(?:'|’)?re looking for",
        r"(?:must|nice) to haves?",
        r"(?:must|nice)[- ]haves?",
        r"you (?:have|bring|are)",
        r"ideal candidate",
        r"knowledge,? skills,? (?:and|&) abilities",
        r"(?:ihr|dein) profil",
        r"anforderungen",
        r"was (?:du|sie) mitbring(?:st|en)",
        r"qualifikationen",
        r"voraussetzungen",
        r"(?:votre |ton )?profil(?: recherch[ée])?",
        r"exigences",
        r"comp[ée]tences(?: requises)?",
        r"requisitos",
        r"perfil(?: (?:buscado|requerido))?",
        r"(?:lo que )?buscamos",
        r"požadujeme",
        r"koho hledáme",
        r"požadavky",
        r"co (?:od tebe|od vás) (?:očekáváme|chceme)",
        r"očekáváme",
        r"wat vragen wij",
        r"functie-?eisen",
        r"requisiti",
    ),
    BENEFITS: (
        r"(?:our |the )?(?:benefits|perks)(?: (?:and|&) (?:perks|benefits))?",
        r"what we offer",
        r"what " + _YOU + r" (?:\w+ )?get",
        r"why (?:join|work)(?: \S+){0,3}",
        r"compensation(?: (?:and|&) benefits)?",
        r"total rewards",
        r"salary(?: and benefits)?",
        r"pay",
        r"we offer",
        r"in return",
        r"(?:was )?wir bieten",
        r"unser angebot",
        r"deine vorteile",
        r"ihre vorteile",
        r"benefits",
        r"ce que nous (?:vous )?offrons",
        r"nous offrons",
        r"avantages",
        r"(?:lo que )?ofrecemos",
        r"beneficios",
        r"nabízíme",
        r"co nabízíme",
        r"naše nabídka",
        r"benefity",
        r"wat bieden wij",
        r"offriamo",
    ),
    PROCESS: (
        r"(?:our |the )?(?:hiring|interview|recruitment|recruiting|application|selection) process",
        r"how to apply",
        r"next steps",
        r"what to expect",
        r"how we hire",
        r"the process",
        r"bewerbung(?:sprozess)?",
        r"so bewirbst du dich",
        r"processus de (?:recrutement|sélection)",
        r"candidature",
        r"proceso de selecci[oó]n",
        r"výběrové řízení",
        r"jak se přihlásit",
    ),
    LOGISTICS: (
        r"location",
        r"where",
        r"when",
        r"date(?:s)?(?: (?:and|&) time)?",
        r"time",
        r"venue",
        r"schedule",
        r"(?:working )?hours",
        r"details",
        r"event details",
        r"getting there",
        r"tickets?",
        r"registration",
        r"booking(?: (?:details|info))?",
        r"agenda",
        r"programme",
        r"program",
        r"ort",
        r"zeit",
        r"datum",
        r"anmeldung",
        r"lieu",
        r"date et heure",
        r"inscription",
        r"lugar",
        r"fecha",
        r"inscripci[oó]n",
        r"místo",
        r"termín",
        r"start",
    ),
    LEGAL: (
        r"equal (?:employment )?opportunit\w+(?: employer)?(?: statement)?",
        r"eeo(?: statement)?",
        r"(?:diversity|inclusion)(?:,? (?:equity|inclusion|and inclusion|& inclusion"
        r"|and belonging))*",
        r"(?:applicant )?privacy(?: notice| policy)?",
        r"disclaimer",
        r"accommodations?",
        r"legal",
        r"data protection",
        r"datenschutz",
        r"protection des données",
    ),
}
_HEADING = {
    part: re.compile(r"(?:" + "|".join(forms) + r")", re.I) for part, forms in HEADINGS.items()
}
# The specific before the general: "About you" is requirements, "About the role" the role, and
# only then is "About <anything>" the organisation.
_ORDER = (REQUIREMENTS, BENEFITS, PROCESS, ROLE, LEGAL, LOGISTICS, ABOUT)
# heading_of matches a stripped line whole: no spaces around it to allow for.
_LINE_HEADING = {part: _HEADING[part] for part in _ORDER}
# A run-in heading in a wall of text: capitalised, after a sentence end or a run-on word, and
# followed by a capital letter, a digit or a bullet ("… organisations Responsabilités Définir …").
_RUN_IN_FORMS = (
    r"(?:Key |Main |Primary )?Responsibilities",
    r"Responsabilit[ée]s",
    r"(?:Minimum |Preferred |Basic )?Qualifications",
    r"Qualifications minimales",
    r"Requirements",
    r"What [Yy]ou(?:'|’)ll [Dd]o",
    r"What [Ww]e [Oo]ffer",
    r"Benefits",
    r"About [Yy]ou",
    r"About [Uu]s",
    r"About the [Rr]ole",
    r"Position Overview",
    r"Job Description",
    r"Description du poste",
    r"Your [Pp]rofile",
    r"Ihr Profil",
    r"Ihre Aufgaben",
    r"Wir bieten",
    r"Requisitos",
    r"Funciones",
    r"Ofrecemos",
    r"Požadujeme",
    r"Nabízíme",
    r"(?:Interview|Hiring|Recruitment) [Pp]rocess",
    r"How to [Aa]pply",
)
_RUN_IN = re.compile(
    r"(?:(?<=[.!?:;\-])|(?<=[a-zà-ÿ]))\s+(?P<h>"
    + "|".join(_RUN_IN_FORMS)
    + r")\s*:?\s+(?=[A-ZÀ-Þ0-9•\-–])"
)
LOGISTICS_LINE = 120  # a logistics heading is followed by short values (a place, a time)
WALL = 400  # a line this long with no breaks is a wall of text: look for run-in headings

# Telling words of a sentence, for a sentence under no known heading. Legal boilerplate wins
# over a heading too: "regardless of race" is never a benefit or a requirement.
_VOTES = (
    (
        LEGAL,
        r"\bequal (?:employment )?opportunit|\bwithout regard to\b|\bregardless of (?:race|age|sex"
        r"|gender|their)"
        r"|\brace,? colou?r\b|\bsexual orientation\b|\bgender identity\b|\bprotected (?:veteran"
        r"|class|characteristic|status)"
        r"|\breasonable accommodation|\baffirmative action\b|\be-?verify\b|\bpublic assistance\b"
        r"|\bprivacy (?:notice|policy|statement)\b|\bchancengleichheit\b"
        r"|\bunabhängig von (?:geschlecht|herkunft|alter)"
        r"|\bégalité des chances\b|\bigualdad de oportunidades\b|\bdiversity, equity\b",
    ),
    (
        PROCESS,
        r"\binterview(?:s|ing|ers?)?\b|\b(?:hiring|recruitment|recruiting|application|selection"
        r"|interview) process\b"
        r"|\bhow to apply\b|\bnext steps?\b|\bstages?\b[^.]{0,40}\bprocess\b"
        r"|\bassessment (?:centre|center|day)\b"
        r"|\bvorstellungsgespräch|\bentretiens?\b|\bentrevistas?\b|\bpohovor",
    ),
    (
        BENEFITS,
        r"\bwe offer\b|\bwe provide\b|\byou(?:'|’)ll (?:get|receive|enjoy)\b|\bbenefits?\b"
        r"|\bperks?\b|\binsurance\b"
        r"|\bpension\b|\b401\(?k|\bpaid (?:time off|leave|parental|holidays?|vacation)|\bpto\b"
        r"|\bvacation\b"
        r"|\bholidays?\b|\bbonus\b|\bstock options?\b|\brsus?\b|\bsalary\b|\bcompensation\b"
        r"|\bwellness\b"
        r"|\bwir bieten\b|\bnabízíme\b|\bofrecemos\b|\bnous (?:vous )?offrons\b|\bavantages\b"
        r"|\bmeal allowance\b",
    ),
    (
        REQUIREMENTS,
        # "requirements" alone is often the work's ("governance requirements", "gather
        # business requirements"): it votes only when it introduces what is asked.
        r"\byears?(?:'|’)? (?:of )?(?:\w+ ){0,3}experience\b|\brequired\b"
        r"|\brequirements? (?:are|is|include)\b|\brequirements?:"
        r"|\bmust (?:have|be|hold)\b"
        r"|\bdegree\b|\bqualifications?\b|\bproficien(?:t|cy)\b|\bfluen(?:t|cy)\b|\bknowledge of\b"
        r"|\bexperience (?:with|in)\b|\bpreferred\b|\bnice to have\b|\bideally\b|\bcertifi(?:ed"
        r"|cation)\b"
        r"|\bjahre\b|\bberufserfahrung\b|\bkenntnisse\b|\bexpérience\b|\bexperiencia\b|\bpraxe\b"
        r"|\bznalost"
        r"|\bzkušenost",
    ),
    (
        ABOUT,
        r"\bwe(?:'|’)?re (?:a|an|the)\b|\bwe are (?:a|an|the)\b|\bour (?:company|mission|customers"
        r"|clients|products?)\b"
        r"|\bfounded (?:in|by)\b|\bheadquartered\b|\bwe (?:build|make|help|serve|design|develop)\b"
        r"|\bwir sind\b|\bnous sommes\b|\bsomos\b|\bjsme\b",
    ),
)
# One pass per sentence: every part's words in one pattern, each in its own named group. Every
# form starts a word: the test before them spares the alternation every other place.
_VOTE = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<{part}>{p})" for part, p in _VOTES) + ")", re.I
)
_PRIORITY = tuple(part for part, _ in _VOTES)


@dataclass(frozen=True)
class Line:
    """A line of a description and the part it belongs to (its heading's, else its own)."""

    text: str
    part: str
    heading: str | None  # the heading's words, when a heading placed it


def heading_of(line: str) -> str | None:
    """The part a short line names when it is a heading ('What we offer:' -> benefits)."""
    text = line.strip().strip("#*•–-—:|").strip()
    if not text or len(text) > 60 or len(text.split()) > 8 or text.endswith((".", ",", ";")):
        return None
    text = text.rstrip("?!:").strip()
    for part, pattern in _LINE_HEADING.items():
        if pattern.fullmatch(text):
            return part
    return None


def votes(sentence: str) -> frozenset[str]:
    """Every part a sentence's own words point to."""
    return frozenset(m.lastgroup for m in _VOTE.finditer(sentence))


def vote(sentence: str) -> str | None:
    """The part a sentence's own words point to, if any (legal boilerplate first)."""
    seen = {m.lastgroup for m in _VOTE.finditer(sentence)}
    return next((part for part in _PRIORITY if part in seen), None)


def split(description: str) -> list[Line]:
    """Return the description's lines, each with the part it belongs to."""
    out: list[Line] = []
    part, heading = BODY, None
    for raw in description.splitlines():
        for piece, run_in in _run_in_pieces(raw):
            named = run_in or heading_of(piece)
            if named and not run_in:
                part, heading = named, piece.strip().rstrip(":").strip()
                out.append(Line(piece, named, heading))
                continue
            if run_in:
                part, heading = run_in, piece.split(None, 3)[0]
            if part == LOGISTICS and (len(piece) > LOGISTICS_LINE or _is_prose(piece)):
                # "Location" names a value or two; prose after it is the page's own account.
                part, heading = BODY, None
            out.append(Line(piece, part, heading))
    return out


# Words of running prose, not of a place, a time or a price ("we have been collaborating with").
_PROSE_WORDS = frozenset(
    "we you our your have has been will is are was were with this that and the to of it".split()
)
PROSE_WORDS = 3  # distinct such words that make a line prose, however it is wrapped


def _is_prose(piece: str) -> bool:
    """True for a line of sentences (wrapped short or not), not a value or two."""
    return len(_PROSE_WORDS.intersection(piece.lower().split())) >= PROSE_WORDS


def _run_in_pieces(line: str) -> list[tuple[str, str | None]]:
    """Cut a wall of text at its run-in headings: [(piece, part the piece's heading names)]."""
    if len(line) < WALL:
        return [(line, None)]
    pieces: list[tuple[str, str | None]] = []
    at, named = 0, None
    for m in _RUN_IN.finditer(line):
        pieces.append((line[at : m.start("h")], named))
        at, named = m.start("h"), heading_of(m.group("h"))
    pieces.append((line[at:], named))
    return [(p.strip(), n) for p, n in pieces if p.strip()]


def parts_of(line: Line, sentence: str) -> frozenset[str]:
    """The parts a sentence of ``line`` speaks to: its heading's and its own words' (legal alone).

    Both count: "you will present a case in the final interview" under "About you" is still
    about the hiring process.
    """
    own = vote(sentence)
    if own == LEGAL:
        return frozenset((LEGAL,))
    if line.part == BODY:
        return frozenset((own or BODY,))
    return frozenset((line.part, own)) if own else frozenset((line.part,))
