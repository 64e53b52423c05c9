"""Cue patterns the model reads from a page: formats, attendees, interview steps, perks.

Each cue is (id, label, pattern). Patterns describe the structure of a phrase, not
words copied from any one listing; the lenses weigh what is found, not this module.
"""

from __future__ import annotations

import re

_F = re.I

# Interview steps: a described loop tells what one could rehearse and meet.
INTERVIEW_STEPS = [
    ("recruiter_screen", "recruiter screen", r"\b(?:recruiter|hr|talent)[- ](?:screen|call|chat)"),
    (
        "phone_screen",
        "phone screen",
        r"\b(?:phone|technical|video|initial|intro(?:ductory)?)[- ](?:screen(?:ing)?|interview)",
    ),
    ("system_design", "system design interview", r"\bsystems? design\b"),
    (
        "coding",
        "coding interview",
        r"\b(?:coding|live[- ]coding|pair[- ]programming|pairing|whiteboard)"
        r"(?:\s+(?:interview|exercise|challenge|session|test))?\b",
    ),
    (
        "take_home",
        "take-home exercise",
        r"\btake[- ]home\b|\bhome (?:assignment|exercise)\b|\bwork (?:sample|trial)\b"
        r"|\btrial (?:shift|day)\b|\bin-tray exercise\b|\b(?:cooking|chef'?s?) tasting\b",
    ),
    ("audition", "audition", r"\bauditions?\b|\bcasting calls?\b|\btry-?outs?\b"),
    ("group_case", "group case", r"\bgroup (?:case|exercise|interview|assessment)s?\b"),
    ("case", "case interview", r"\bcase (?:interview|study|studies|round|exercise)s?\b|\bcases\b"),
    (
        "panel",
        "panel interview",
        r"\bpanel (?:interview|round|with)\b|\b(?:behaviou?ral|interview|final) panel\b"
        r"|\b(?:to|before|with) a panel\b",
    ),
    (
        "presentation",
        "presentation",
        r"\bpresentation (?:to|round|interview)\b"
        r"|\bpresent (?:to|your|a)\b.{0,40}\b(?:panel|team)\b"
        r"|\b(?:teaching|portfolio|design) (?:demo\w*|review|presentation)\b"
        r"|\bjob talk\b|\bresearch (?:talk|presentation|seminar)\b",
    ),
    (
        "behavioral",
        "behavioral interview",
        r"\bbehaviou?ral\b|\bcompetency[- ]based\b|\bstructured interviews?\b",
    ),
    (
        "onsite",
        "final round",
        r"\b(?:virtual )?on-?site (?:interview|loop|round)s?\b|\bfinal(?:[- ]round)? interviews?\b"
        r"|\binterview loop\b",
    ),
    (
        "on_the_spot",
        "on-the-spot interviews",
        r"\bon[- ]the[- ]spot interviews?\b|\bon[- ]site interviews? (?:at|during)\b"
        r"|\binterview(?:s|ing)? on (?:site|the day)\b",
    ),
    (
        "assessment",
        "assessment",
        r"\b(?:skills?|aptitude|online|psychometric|written) (?:assessment|test)s?\b"
        r"|\bassessment (?:centre|center|day)\b|\b(?:civil service|entrance|licensing) exams?\b",
    ),
    (
        "function_interview",
        "role interview",
        r"\b(?:product sense|product|clinical|teaching|design|domain|analytics?|sales|portfolio)"
        r" interviews?\b",
    ),
    ("hiring_manager", "hiring manager conversation", r"\bhiring manager\b"),
    (
        "review",
        "mock interview or review",
        r"\bmock interviews?\b|\b(?:portfolio|resume|cv|résumé) (?:reviews?|critiques?)\b"
        r"|\b(?:portfolio|resume|cv|résumé)\b[^.;]{0,30}\b(?:reviews?|critiques?|feedback)\b",
    ),
]

# Steps whose content is the same whatever the role: they rehearse any interview.
GENERIC_STEPS = frozenset(
    {
        "review",
        "onsite",
        "recruiter_screen",
        "phone_screen",
        "behavioral",
        "on_the_spot",
        "hiring_manager",
        "assessment",
    }
)
# The interview formats a family of occupations is known for, by SOC code prefix (the
# longest prefix wins): a case interview rehearses consulting whatever the job around it.
FORMATS_BY_FAMILY = {
    "13-1111": ("case", "group_case", "presentation"),
    "13-2": ("case", "assessment"),
    "11-": ("case", "presentation", "panel"),
    "15-": ("coding", "system_design", "take_home"),
    "17-": ("take_home", "presentation"),
    "25-": ("presentation", "function_interview"),
    "27-1": ("review", "presentation", "take_home"),
    "27-2": ("audition",),
    "35-": ("take_home",),
    "29-": ("function_interview", "panel"),
    "41-": ("function_interview", "presentation"),
}
# Formats a person rarely meets and seldom prepares for.
UNUSUAL_STEPS = {
    "audition": 0.15,
    "case": 0.22,
    "group_case": 0.15,
    "take_home": 0.18,
    "panel": 0.12,
    "presentation": 0.18,
    "system_design": 0.1,
    "assessment": 0.08,
    "coding": 0.06,
}
# Steps where one meets people who could remember you: contacts from a job loop.
PEOPLE_STEPS = {
    "audition": 1.0,
    "review": 1.0,
    "panel": 2.0,
    "hiring_manager": 1.0,
    "group_case": 2.0,
    "presentation": 1.5,
    "on_the_spot": 1.0,
    "recruiter_screen": 1.0,
    "function_interview": 1.0,
    "system_design": 1.0,
    "case": 1.0,
    "behavioral": 0.5,
    "phone_screen": 0.5,
}

# Event formats, with the real conversations an hour each allows (rough estimates).
EVENT_FORMATS = [
    (
        "speed_rounds",
        "speed networking",
        9.0,
        r"\bspeed[- ](?:networking|dating|mentoring|meet\w*)\b"
        r"|\b\w+[- ]minute (?:rounds|rotations)\b"
        r"|\brotat(?:e|ing|ions) every\b|\bin (?:short )?rounds\b",
    ),
    (
        "small_tables",
        "small tables",
        5.0,
        r"\b(?:small|round)[- ]?(?:tables?|groups?)\b|\bbreakout (?:groups?|rooms?|sessions?)\b"
        r"|\broundtables?\b|\b(?:intimate|small) (?:gathering|dinner|breakfast|lunch)\b"
        r"|\b(?:breakfast|dinner|lunch)\b|\brotat\w* (?:tables|seats)\b|\bcoffee chats?\b"
        r"|\boffice hours\b|\bunconference\b|\bopen spaces?\b|\bcohort\b",
    ),
    (
        "mixer",
        "open networking",
        3.5,
        r"\bmixers?\b|\b(?:open )?networking\b|\bhappy hour\b|\bdrinks\b|\breception\b"
        r"|\bmeet[- ](?:and|&)[- ]greet\b|\bmeetups?\b|\bget[- ]together\b|\bopen house\b"
        r"|\bsocial hour\b|\bpizza\b|\brefreshments\b",
    ),
    (
        "workshop",
        "workshop",
        2.5,
        r"\bworkshops?\b|\bhands[- ]on\b|\bbootcamp\b|\b(?:a|the) class\b|\bclass for\b"
        r"|\bmasterclass\b|\btutorials?\b|\blabs?\b|\btraining session\b|\bclinic\b",
    ),
    (
        "talk",
        "talks",
        1.0,
        r"\btalks?\b|\bkeynotes?\b|\blectures?\b|\bfireside\b|\bpresentations?\b|\bspeakers?\b"
        r"|\bdemo (?:day|night)\b|\bpitch(?:es| night)\b|\binfo(?:rmation)? sessions?\b"
        r"|\bpresent\b",
    ),
    ("panel", "panel discussion", 1.0, r"\bpanel(?:ists?| discussion)?\b"),
    (
        "webinar",
        "webinar",
        0.0,
        r"\bwebinars?\b|\blivestream\w*\b|\bmuted\b|\blisten(?:-only)?\b|\bwatch (?:live|online)\b"
        r"|\bbroadcast\b|\bquestions by (?:email|chat)\b",
    ),
    (
        "career_fair",
        "career fair",
        4.0,
        r"\b(?:careers?|jobs?|hiring|recruiting|graduate|internship) (?:fair|expo|day|event)s?\b"
        r"|\bemployers? (?:booths?|tables?)\b|\bbring your (?:resume|cv)\b",
    ),
    (
        "hackathon",
        "hackathon",
        1.5,
        r"\bhack(?:athon|day|fest)s?\b|\b(?:game|code) jam\b|\bbuild(?:athon| weekend)\b",
    ),
    (
        "conference",
        "conference",
        1.5,
        r"\bconference\b|\bsummit\b|\bexpo\b|\bexhibition (?:hall|floor)\b|\bconvention\b"
        r"|\btrade (?:show|fair)\b|\bexhibitors?\b",
    ),
]
# Formats where a session teaches something, and how much on its own.
TEACHING_FORMATS = {
    "workshop": 0.75,
    "hackathon": 0.6,
    "talk": 0.5,
    "panel": 0.4,
    "conference": 0.5,
    "webinar": 0.45,
    "small_tables": 0.25,
    "career_fair": 0.1,
    "mixer": 0.15,
    "speed_rounds": 0.1,
}

# Who attends, and how far each reaches beyond one's own circle (bridging weight).
ATTENDEES = [
    (
        "recruiters",
        "recruiters",
        0.3,
        r"\brecruit(?:ers?|ing teams?)\b|\btalent (?:acquisition|partners?|teams?)\b"
        r"|\bhiring (?:partners|teams)\b|\bemployers\b",
    ),
    ("hiring_managers", "hiring managers", 0.3, r"\bhiring managers?\b"),
    ("founders", "founders", 0.25, r"\b(?:co-?)?founders?\b|\bentrepreneurs?\b"),
    ("investors", "investors", 0.3, r"\binvestors?\b|\bvcs?\b|\bventure capital\w*\b|\bangels?\b"),
    (
        "executives",
        "executives",
        0.25,
        r"\b(?:ctos?|ceos?|cfos?|coos?|cios?|cmos?|cpos?|chief \w+ officers?|vps?"
        r"|vice presidents?|heads of|head of|directors?|partners?|principals?|superintendents?"
        r"|executives?|chiefs?"
        r"|(?:engineering|product|design|general) managers?)\b",
    ),
    ("speakers", "speakers", 0.15, r"\bspeakers?\b|\btalks? (?:from|by)\b|\bpanelists?\b"),
    ("mentors", "mentors", 0.2, r"\bmentors?\b|\bcoaches\b|\bfaculty\b|\bprofessors\b"),
    ("alumni", "alumni", 0.2, r"\balumn(?:i|ae|us|a)\b"),
    (
        "peers",
        "practitioners",
        0.1,
        r"\b(?:operators|practitioners|professionals|engineers|developers|designers|nurses"
        r"|teachers|builders|researchers|clinicians|makers)\b",
    ),
]

# Substance a person may value beyond the headline.
PERKS = [
    (
        "remote",
        "remote work",
        r"\bremote\b|\bwork from (?:home|anywhere)\b|\bdistributed team\b|\bfully online\b",
    ),
    ("hybrid", "hybrid work", r"\bhybrid\b|\b\w+ days? a week (?:in|at) (?:the|our)\b"),
    (
        "growth",
        "growth",
        r"\bfast[- ]growing\b|\bgrowing\b|\bexpanding\b|\bscal(?:e|ing) (?:up|our)\b"
        r"|\bseries [a-e]\b|\bnewly (?:formed|created)\b|\bnew team\b"
        r"|\b(?:doubl|tripl)\w+\b|\blaunch\w*\b|\bhypergrowth\b",
    ),
    (
        "mobility",
        "internal moves",
        r"\binternal (?:moves|mobility|transfers?|candidates)\b|\bchange teams\b"
        r"|\brotation(?:al)? program\w*\b",
    ),
    (
        "mission",
        "mission",
        # Boilerplate ("make an impact", "our community") says nothing; these phrases do.
        r"\bmission\b|\bsocial impact\b|\bnon-?profit\b|\bpublic (?:service|good|health)\b"
        r"|\bcommunity (?:health|college|service)\b|\bclimate\b|\bunderserved\b",
    ),
    (
        "learning",
        "learning support",
        r"\bmentorship\b|\bmentoring (?:program\w*|from)\b|\bmentored\b|\btuition\b"
        r"|\blearning (?:budget|stipend)\b|\btraining\b"
        r"|\bconference budget\b|\bcertification\w* (?:paid|covered|support)\b|\bapprentice\w*\b",
    ),
    (
        "flexibility",
        "flexible hours",
        r"\bflexible (?:hours|schedule|working)\b|\bfour[- ]day (?:work )?week\b|\bpart[- ]time\b",
    ),
    (
        "benefits",
        "benefits",
        r"\bpension\b|\b401\(?k\)?\b|\bhealth (?:insurance|coverage|benefits)\b"
        r"|\bparental leave\b|\bsabbatical\b|\bpaid time off\b|\bunlimited pto\b",
    ),
]

COMP_EXTRAS = [
    (
        "equity",
        "equity",
        0.22,
        r"\bequity\b|\bstock(?: options?| grants?)?\b|\brsus?\b|\bshare options\b",
    ),
    ("signing_bonus", "signing bonus", 0.18, r"\bsign(?:ing|-on|on)[- ]bonus\b"),
    (
        "relocation",
        "relocation support",
        0.12,
        r"\breloca\w+ (?:support|package|assistance|paid"
        r"|covered|budget|help)\b|\b(?:support|help|pay) (?:for|with) (?:your )?relocation\b",
    ),
    (
        "bonus",
        "bonus",
        0.08,
        r"\b(?:annual|performance|yearly|target|quarterly) bonus\b|\bbonus(?:es)? of\b"
        r"|\bprofit[- ]sharing\b|\bcommissions?\b|\bote\b",
    ),
]

# Breadth beyond the one listing.
BREADTH = [
    (
        "across_teams",
        "hiring across teams",
        r"\b(?:hiring|roles|positions|openings|opportunities|jobs)\b[^.;]{0,40}\bacross\b"
        r"|\b(?:many|multiple|several|other) (?:open )?(?:roles|positions|openings)\b"
        r"|\bacross (?:all |our |many |multiple )?(?:\w+ )?(?:teams|departments|offices|sites"
        r"|locations|functions|business units)\b",
    ),
    (
        "agency",
        "a recruiter with other clients",
        r"\bour client\b|\bon behalf of\b|\bplaces? (?:more than |over )?\d[\d,+]* "
        r"(?:candidates|people)\b|\bother (?:clients|openings)\b",
    ),
    (
        "talent_pool",
        "a talent pool",
        r"\btalent (?:pool|community|network)\b|\bfuture (?:roles|openings|opportunities)\b"
        r"|\bgeneral application\b",
    ),
]

# Quantities: noun classes counted after a number ("40+ roles", "eight startups").
QUANTITY_NOUNS = {
    "open_roles": r"(?:open )?(?:roles|positions|openings|jobs|vacancies|hires|reqs)",
    "employers": r"(?:employers|companies|exhibitors|organi[sz]ations|firms|startups|"
    r"businesses|brands|booths|hospitals|schools|agencies|clinics|studios|nonprofits|"
    r"charities|contractors|institutions|universities|labs|unions|locals)",
    "attendees": r"(?:attendees|participants|delegates|guests|people|visitors|professionals|"
    r"founders|operators|members|students|engineers|developers|leaders|alumni|"
    r"investors|builders|nurses|teachers|designers|parents|makers)",
    "capacity": r"(?:seats|spots|places|tickets)",
    "speakers": r"(?:speakers|talks|sessions|panelists|keynotes|workshops|mentors)",
    "placements": r"(?:candidates|placements|hires a year)",
    "sites": r"(?:offices|locations|countries|cities|sites|campuses|teams|departments)",
    "contacts": r"(?:new contacts|contacts|connections|conversations|introductions)",
}

# Words for small counts as written in prose.
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update(
    {
        w: 10 * i
        for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
        if i > 1
    }
)
NUMBER_WORDS.update(
    {
        "dozen": 12,
        "hundred": 100,
        "hundreds": 200,
        "thousands": 2000,
        "dozens": 36,
        "a few": 3,
        "several": 4,
        "a couple": 2,
    }
)

# Industries: the few where the name rarely appears as written ("fintech" on a bank page).
INDUSTRY_ALIASES = {
    "fintech": r"fintech|financial (?:technology|services)|payments?|banking|lending|insurtech",
    "healthcare": r"health ?care|health|clinical|clinics?|hospitals?|patients?|medical|nursing"
    r"|care (?:delivery|teams?)",
    "banking": r"bank(?:s|ing)?\b",
    "media": r"media\b|publish\w*|newsrooms?|streaming|broadcast\w*|journalism",
    "consumer apps": r"consumer|subscriptions?|mobile apps?",
    "education": r"education|schools?|teach\w*|e-?learning|universit\w+|edtech|classrooms?",
    "public sector": r"public sector|government|municipal|county|city of|federal|state agency",
    "retail": r"retail|e-?commerce|shops?\b|storefronts?|in-store",
    "energy": r"energy|utilit(?:y|ies)\b|solar|power grid|oil and gas|renewable\w*",
    "manufacturing": r"manufactur\w+|factor(?:y|ies)|production lines?",
    "nonprofit": r"non-?profits?|charit\w+|ngos?\b",
    "gaming": r"gaming|video games?|esports",
    "crypto": r"crypto\w*|blockchain|web3|defi\b",
    "construction": r"construction|building trades|general contractors?|job ?sites?",
    "logistics": r"logistics|freight|warehous\w+|supply chain",
}

# Seniority ladder, in order.
SENIORITY = ("intern", "entry", "mid", "senior", "lead", "executive")

# Phrases that say whom an event or listing is for, by level (not who speaks or attends).
LEVEL_WORDS = {
    "intern": r"\bfor (?:\w+ ){0,3}?(?:students|interns|undergrad\w*)\b|\binternships?\b"
    r"|\bco-?op (?:students|roles|positions)\b",
    "entry": r"\bentry[- ]level\b|\bearly[- ]career\b|\bnew grad\w*\b"
    r"|\bjunior (?:roles|positions)\b|\bapprentice(?:s|ships?)\b",
    "senior": r"\bfor (?:\w+ ){0,3}?(?:senior|experienced) \w+",
    "executive": r"\bfor (?:\w+ ){0,3}?(?:executives|chiefs|c-suite|cfos|ceos|ctos|founders)\b"
    r"|\bc-suite\b|\bexecutives? only\b",
}

# Event kinds, for judging a ticket price against what such events usually cost (USD).
PRICE_REFERENCE = {
    "mixer": 30.0,
    "speed_rounds": 40.0,
    "small_tables": 40.0,
    "workshop": 120.0,
    "talk": 30.0,
    "panel": 30.0,
    "webinar": 20.0,
    "career_fair": 15.0,
    "hackathon": 40.0,
    "conference": 700.0,
}
# Rough rates to compare prices across currencies (only for the price cost, never for pay).
USD_PER = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "CAD": 0.73,
    "AUD": 0.66,
    "CHF": 1.13,
    "JPY": 0.0067,
    "INR": 0.012,
    "SGD": 0.74,
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.145,
    "NZD": 0.6,
    "BRL": 0.18,
    "MXN": 0.055,
    "ZAR": 0.055,
    "PLN": 0.25,
}


def compile_cues(cues):
    """Compile the pattern (last item) of each cue tuple."""
    from .evidence import Cue

    return [(*cue[:-1], Cue(cue[-1])) for cue in cues]
