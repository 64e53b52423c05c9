"""People you know there: the person's own contacts at the organizations on the page.

The extension counts them in the browser and sends only aggregates in the profile:
``contacts = [{organization, count, positions}]``, never names. They are matched here to
the opportunity's organization (for an event, the organizer, and the organizations its
speakers are named with) by name, as people write it (``names.py``). Like the rest of the
profile they live for one request: never cached, never logged.
"""

from __future__ import annotations

import re
from typing import Any

from . import names
from .lenses.base import Ctx, Lens, log_share
from .profile import role_words

# Someone inside who can put in a word, or tell you whom to meet, is the most direct of
# all ties: about half of jobs are found through people one knows (Burks et al. 2015).
KNOWN_STRENGTH = 0.45
# More people there, more chances one of them is close to the team; ten is plenty.
KNOWN_FULL = 10
KNOWN_MORE = 0.2
# One of them hires, leads or recruits: their word reaches the decision itself.
HIRING_BONUS = 0.15
# One of them does the person's kind of work: they know that team from inside.
PEER_BONUS = 0.1
# People you know there make this lens count whatever else the page says.
KNOWN_GATE = 0.7
MAX_CONTACTS = 200  # as the profile schema allows
_HIRING = re.compile(
    r"\b(?:manager|director|head|lead|leader|recruit\w*|talent|hiring|founder|co-?founder|"
    r"chief|cto|ceo|coo|cfo|vp|vice president|principal|partner|owner|president)\b",
    re.I,
)


def read(value: Any) -> list[dict[str, Any]]:
    """The profile's contact counts, checked: organization, count and positions only."""
    if not isinstance(value, list):
        return []
    out = []
    for item in value[:MAX_CONTACTS]:
        if not isinstance(item, dict) or not isinstance(item.get("organization"), str):
            continue
        try:
            count = int(item.get("count") or 0)
        except (TypeError, ValueError):
            continue
        positions = item.get("positions") if isinstance(item.get("positions"), list) else []
        if count > 0 and item["organization"].strip():
            out.append({
                "organization": item["organization"].strip()[:200],
                "count": min(count, 100_000),
                "positions": [p.strip()[:200] for p in positions[:50]
                              if isinstance(p, str) and p.strip()],
            })
    return out


def add_known_people(ctx: Ctx, lens: Lens) -> None:
    """Add the people the person knows at the organization (or a speaker's) to ``lens``."""
    found = _known_here(ctx)
    if not found:
        return
    contact, where = found
    count, org = contact["count"], contact["organization"]
    shown = ctx.opportunity.get("organization") if where == "organizer" else None
    org = shown or org
    hiring = [p for p in contact["positions"] if _HIRING.search(p)]
    peers = [p for p in contact["positions"] if _peer(p, ctx)]
    pick = (hiring or peers or contact["positions"] or [None])[0]
    strength = (KNOWN_STRENGTH + KNOWN_MORE * log_share(count - 1, KNOWN_FULL)
                + (HIRING_BONUS if hiring else 0.0) + (PEER_BONUS if peers else 0.0))
    who = "someone" if count == 1 else f"{count} people"
    among = ""
    if pick:
        among = f", {_a(pick)} among them" if count > 1 else f" ({_a(pick)})"
    one = "them" if count == 1 else "one"
    if ctx.is_event:
        place = "" if where == "organizer" else ", where a speaker works"
        ask = f"ask {one} whom to meet there, and for an introduction"
        lens.add(strength, f"You know {who} at {org}{place}{among}: {ask}", "profile.contacts")
        lens.plan.append(
            f"Before the event, write to your contact{'s' if count > 1 else ''} at {org}: "
            "ask whom to meet and whether they will be there."
        )
    else:
        ask = f"ask {one} for a word before the interview"
        lens.add(strength, f"You know {who} at {org}{among}: {ask}", "profile.contacts")
        whom = (f"the {_said(pick)} among your contacts at {org}" if count > 1 and pick
                else f"your contact{'s' if count > 1 else ''} at {org}")
        lens.plan.append(
            f"Before you apply, write to {whom}: ask what the team is like and whether they "
            "would refer you."
        )
    lens.gate = max(lens.gate, KNOWN_GATE)


def _known_here(ctx: Ctx) -> tuple[dict[str, Any], str] | None:
    """The contacts at the organization, else at a speaker's organization, with which it is."""
    contacts = ctx.me.contacts or ()
    org = ctx.opportunity.get("organization")
    at_org = [c for c in contacts if names.same(c["organization"], org)]
    if at_org:
        return max(at_org, key=lambda c: c["count"]), "organizer"
    if ctx.is_event:
        speakers = [s for s in ctx.opportunity.get("speakers") or [] if isinstance(s, str)]
        at_talk = [c for c in contacts
                   if any(names.mentioned(c["organization"], s) for s in speakers)]
        if at_talk:
            return max(at_talk, key=lambda c: c["count"]), "speaker"
    return None


def _peer(position: str, ctx: Ctx) -> bool:
    words = set(ctx.me.target_words)
    return bool(words and words & set(role_words(position)))


def _said(position: str) -> str:
    """'engineering manager' from 'Engineering Manager'; 'CTO' stays in capitals."""
    return " ".join(w if w.isupper() else w.lower() for w in position.split())


def _a(position: str) -> str:
    said = _said(position)
    return f"{'an' if said[:1].lower() in 'aeiou' else 'a'} {said}"
