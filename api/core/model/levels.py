"""The level of a job read from its requirements and wording, when its title does not say it.

A title says "Junior", "Senior" or "Lead" or nothing; many first jobs say nothing in the title
and show their level only in what they ask: "no experience required", "graduates welcome",
"basic knowledge of networks", "0–1 years of experience", "Berufseinsteiger", "bez praxe",
"sin experiencia", "débutants acceptés". Read in English, German, Czech, Spanish and French, in
three kinds:

- **entry words** say it outright (an entry-level role, a first job, no experience needed, a
  range of years from 0); one is enough;
- **basic words** ask only for a basic level of what the work needs ("basic knowledge of",
  "Grundkenntnisse", "základní znalost", "conocimientos básicos", "notions de"), or a first
  experience; a page must say so twice, or once beside a learner's words ("eagerness to learn",
  "we will train you", "chuť učit se"), since a senior posting may ask a basic knowledge of one
  side skill;
- **more words** ask for more than a first job ("proven experience", "mehrjährige Erfahrung",
  "solide expérience", 2 or more years required): any of them and the page is not read as entry.

A language asked at a basic level ("basic English") says nothing of the role's level. Only
the words of the page are read (profile-independent, cached with the analysis); the words found
are the evidence shown to people.
"""

from __future__ import annotations

from typing import Any

from . import sections
from .cues import Cue
from .evidence import Text, snippet

ENTRY = "entry"
# The parts where a page asks of its candidates, when it has a requirements part; else all but
# these (what it offers, practical details, legal text).
NOT_ASKING = frozenset({sections.LEGAL, sections.BENEFITS, sections.LOGISTICS})
ANYWHERE = frozenset(sections.PARTS) - NOT_ASKING
# A first job asks at most this many years; basic words need fewer than the second figure.
ENTRY_YEARS = 3
BASIC_YEARS = 2

ENTRY_WORDS = (
    Cue(
        "entry_level",
        "an entry-level role",
        r"\bentry[- ]level\b|\bearly[- ]career\b|\bjunior (?:level|role|position)s?\b"
        r"|\bnivel (?:de )?(?:entrada|inicial)\b|\bposte? (?:de )?débutant\b",
        ANYWHERE,
    ),
    Cue(
        "no_experience",
        "no experience needed",
        r"\bno (?:prior |previous |professional |work |relevant )?experience (?:is )?(?:needed"
        r"|required|necessary)\b|\bexperience (?:is )?not (?:needed|required|necessary)\b"
        r"|\bwithout (?:any )?(?:prior |previous )?(?:work |professional )?experience\b"
        r"|\bkeine (?:vor)?kenntnisse (?:sind )?(?:erforderlich|notwendig|nötig|vorausgesetzt)\b"
        r"|\bkeine (?:berufs)?erfahrung (?:ist )?(?:erforderlich|notwendig|nötig|vorausgesetzt)\b"
        r"|\bohne (?:vorherige )?(?:berufs)?erfahrung\b"
        r"|\bbez (?:předchozí )?praxe\b|\bbez (?:předchozích )?zkušeností\b"
        r"|\bpraxe (?:není|nepožadujeme|nevyžadujeme)\b"
        r"|\bsin (?:experiencia|necesidad de experiencia)\b"
        r"|\bno (?:se )?(?:requiere|necesita|es necesaria|hace falta) experiencia\b"
        r"|\bexperiencia no (?:necesaria|requerida|imprescindible)\b"
        r"|\bsans (?:aucune )?expérience\b|\baucune expérience (?:n['’]est )?(?:requise"
        r"|nécessaire|exigée)\b|\bexpérience non (?:requise|exigée)\b",
        ANYWHERE,
    ),
    Cue(
        "graduates",
        "open to graduates and beginners",
        r"\b(?:recent|new) (?:college |university )?grad(?:uate)?s?\b"
        r"|\bgraduates? (?:are )?(?:welcome|programme|program|scheme|trainee|intake)\b"
        r"|\b(?:suitable|ideal|perfect|open|great) (?:also |even )?for (?:recent )?(?:graduates"
        r"|school leavers|beginners|career starters)\b|\bschool[- ]leavers?\b|\bfreshers?\b"
        r"|\b(?:as an? |graduate |management )trainee\b|\btraineeship\b"
        r"|\btrainee[- ](?:programme|program|position|role)\b"
        r"|\bberufs(?:einsteiger|anfänger)\w*|\b(?:hochschul)?absolvent(?:en|in|innen)\b"
        r"|\babsolvent(?:i|y|ům|a|ka|ky)?\b|\bzačátečník\w*"
        r"|\brecién (?:titulad|graduad|egresad)[oa]s?\b"
        r"|\bjeunes? diplômé\w*|\bdébutant(?:e|s|es|\(e\)s?)? (?:accepté|bienvenu)\w*",
        ANYWHERE,
    ),
    Cue(
        "first_job",
        "a first job",
        r"\b(?:your|a) first (?:job|role|position)\b"
        r"|\b(?:start|launch|kick-?start|begin) (?:your|a) career\b"
        r"|\b(?:ihr|dein|den) (?:berufs)?einstieg\b|\bprvní (?:prác\w*|zaměstnán\w*)"
        r"|\bprimer (?:empleo|trabajo)\b|\bpremier (?:emploi|poste)\b",
        ANYWHERE,
    ),
)

BASIC_WORDS = (
    Cue(
        "basic_knowledge",
        "basic knowledge",
        r"\b(?:basic|elementary|rudimentary|beginner)(?:[- ]level)? (?:knowledge"
        r"|understanding|skills|familiarity|command|grasp) (?:of|in|with)\b|\bthe basics of\b"
        r"|\bgrundkenntnisse\w*|\bgrundlegende (?:kenntnisse|erfahrung\w*)|\bgrundlagen (?:in|der"
        r"|von)\b"
        r"|\bzákladní (?:znalost\w*|orientac\w*|přehled\w*|zkušenost\w*|dovednost\w*)"
        r"|\bzáklady\b"
        r"|\bconocimientos? (?:básicos?|elementales?)\b|\bnociones (?:básicas )?de\b"
        r"|\bconnaissances? (?:de base|basiques|élémentaires)\b|\bnotions (?:de|d['’]|en)\b",
    ),
    Cue(
        "first_experience",
        "a first experience",
        r"\b(?:first|initial) (?:work |professional |hands-on |practical )?experience\b"
        r"|\berste (?:praktische |berufliche )?(?:berufs|praxis)?erfahrung\w*"
        r"|\bprvní (?:pracovní )?zkušenost\w*|\bprimera experiencia\b"
        r"|\bpremière expérience\b",
    ),
)

LEARNER_WORDS = (
    Cue(
        "learner",
        "a learner welcome",
        r"\b(?:eager(?:ness)?|willing(?:ness)?|keen|desire|motivated|motivation|hungry"
        r"|enthusiasm) to learn\b|\bwe(?:'ll|’ll| will) (?:train|teach) you\b"
        r"|\b(?:full|on-the-job|paid) training (?:is )?(?:provided|given)\b"
        r"|\blernbereitschaft\b|\bbereitschaft,? (?:neues|dazu) zu lernen\b"
        r"|\bwir (?:arbeiten|lernen) (?:dich|sie) (?:\w+ )?(?:ein|an)\b"
        r"|\bchuť (?:\w+ ){0,3}?učit\b|\bochot\w* (?:se )?učit\b|\bzaučíme\b|\bzaškolíme\b"
        r"|\bganas de aprender\b|\bte (?:formamos|formaremos)\b"
        r"|\b(?:envie|volonté|désir) d['’]apprendre\b|\bnous vous formons\b"
        r"|\bformation (?:assurée|complète assurée)\b",
        frozenset(sections.PARTS) - {sections.LEGAL},
    ),
)

MORE_WORDS = (
    Cue(
        "more",
        "more than a first job",
        r"\b(?:extensive|proven|solid|deep|in-depth|advanced|expert|significant|substantial"
        r"|considerable|demonstrated|seasoned|senior-level) (?:[\w-]+ ){0,2}?(?:experience"
        r"|knowledge|expertise)\b|\btrack record\b|\bexpert (?:in|knowledge)\b"
        r"|\b(?:mehrjährige|langjährige|umfangreiche|fundierte|tiefgreifende|profunde"
        r"|nachweisliche) (?:\w+ ){0,2}?(?:\w*erfahrung|kenntnisse|expertise)\w*"
        r"|\b(?:vícelet\w*|dlouholet\w*|bohat\w*|hlubok\w*|pokročil\w*|expertní"
        r"|prokazateln\w*) (?:\w+ ){0,2}?(?:praxe|praxí|zkušenost\w*|znalost\w*)"
        r"|\b(?:amplia|sólida|demostrable|dilatada|extensa|probada|profunda) (?:\w+ ){0,2}?"
        r"(?:experiencia|conocimientos?|trayectoria)\b"
        r"|\bexperiencia (?:\w+ ){0,2}?(?:demostrable|probada|contrastada|amplia|dilatada"
        r"|sólida)\b"
        r"|\b(?:solides?|significative|confirmée|avérée|approfondies?|longue) (?:\w+ ){0,2}?"
        r"(?:expérience|connaissances?|expertise)\b"
        r"|\b(?:expérience|connaissances) (?:\w+ ){0,2}?(?:significative|confirmée|solide"
        r"|avérée|réussie|approfondies?)\b",
    ),
)


def read(text: Text, conditions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The level the page's requirements and wording give the role, with the words: or None.

    ``conditions``: the page's conditions (``requirements.conditions``), for the years asked.
    """
    asking = (
        frozenset({sections.REQUIREMENTS})
        if any(sections.REQUIREMENTS in p for p in text.parts)
        else ANYWHERE
    )
    asked = [c for c in conditions if c["id"] == "years" and c.get("required")]
    years = max((c["value"] for c in asked), default=0)
    if years >= ENTRY_YEARS or _said(MORE_WORDS, text, asking):
        return None
    # "0–1 years of experience": a range that starts from nothing (read with the years asked).
    entry = [
        {"label": "a first job", "evidence": c["evidence"], "match": c["evidence"]}
        for c in asked
        if c["value"] == 0
    ] + _said(ENTRY_WORDS, text, None)
    if entry:
        return _level(entry)
    basic = _said(BASIC_WORDS, text, asking, enough=2)
    if not basic or years >= BASIC_YEARS:
        return None
    learner = _said(LEARNER_WORDS, text, None)
    if len(basic) + len(learner) >= 2:
        return _level(basic + learner)
    return None


def _said(cues, text: Text, where, enough: int = 1) -> list[dict[str, Any]]:
    """Sentences that hold one of the cues (the first cue each holds), up to ``enough`` of them;
    not a sentence about a language ("basic English")."""
    from .requirements import names_language

    hits: dict[int, dict[str, Any]] = {}
    for cue in cues:
        for m, i in cue.matcher.matches(text, where or cue.where):
            if len(hits) >= enough:
                break
            if i not in hits and not names_language(text.lines[i]):
                hits[i] = {
                    "label": cue.label,
                    "evidence": snippet(text.lines[i], m.start(), m.end()),
                    "match": m.group(0),
                }
    return [hits[i] for i in sorted(hits)]


def _level(hits: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": ENTRY,
        "label": hits[0]["label"],
        "evidence": hits[0]["evidence"],
        "words": [h["match"] for h in hits],
    }


def of_role(analysis: dict[str, Any]) -> tuple[str | None, str | None]:
    """The role's level and the words it was read from: the title's, else the page's."""
    role = analysis.get("role") or {}
    if role.get("seniority"):
        return role["seniority"], role.get("evidence_text") or analysis.get("title") or None
    read_level = analysis.get("role_level")
    if read_level:
        return read_level["id"], read_level["evidence"]
    return None, None
