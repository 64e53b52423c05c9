"""Organization names compared as people mean them: "Vercel, Inc." is "vercel"."""

from __future__ import annotations

import re
import unicodedata

# Legal forms that say how a company is registered, not which company it is.
LEGAL_FORMS = frozenset(
    "inc incorporated corp corporation co company llc llp lp ltd limited plc pllc gmbh mbh ag "
    "kg kgaa se sa sas sasu sarl srl spa sl slu bv nv oy oyj ab as asa aps pty pte pvt private "
    "kk ug sdn bhd sro zoo".split()
)
# Words that describe what a company does or how it is grouped, that people often leave
# off when they name it ("Palantir" for "Palantir Technologies"). Dropped only at the end,
# and only when something is left.
DESCRIPTORS = frozenset(
    "technologies technology tech labs lab group holdings holding software systems solutions "
    "international global worldwide enterprises industries services".split()
)
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def words(name: str) -> list[str]:
    """The words of a name: accents, case, dots and punctuation gone, legal forms dropped."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = plain.replace("&", " and ").replace(".", "")  # "L.L.C." is "llc", "S.A." "sa"
    found = [w for w in _NOT_WORD.split(plain) if w]
    if found and found[0] == "the":
        found = found[1:]
    while len(found) > 1 and found[-1] in LEGAL_FORMS | {"and"}:
        found = found[:-1]
    return found


def key(name: str) -> str:
    """The name as compared: its words without legal forms."""
    return " ".join(words(name))


def _loose(found: list[str]) -> str:
    while len(found) > 1 and found[-1] in DESCRIPTORS:
        found = found[:-1]
    return " ".join(found)


def same(a: str | None, b: str | None) -> bool:
    """Whether two names name one organization (legal forms and descriptors aside)."""
    if not a or not b:
        return False
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    return wa == wb or _loose(wa) == _loose(wb)


def mentioned(name: str, text: str) -> bool:
    """Whether ``text`` ("Jane Doe, CTO at Vercel") names the organization, as whole words."""
    wanted = words(name)
    if not wanted or len(" ".join(wanted)) < 3:
        return False  # two letters name too many things
    said = words(text)
    n = len(wanted)
    return any(said[i:i + n] == wanted for i in range(len(said) - n + 1))
