"""Staffing agencies: recognise a recruiter posting on behalf of a client."""

from __future__ import annotations

import re

# Said only by someone hiring for somebody else: "our client, a fintech...".
_CLIENT_STRONG = re.compile(
    r"\bon behalf of (?:our|a|an|one of our)\b"
    r"|\bour (?:\w+\s+)?client(?:'s|\u2019s)?(?!s)\b(?!\s+(?:success|service|experience|"
    r"relationships?|satisfaction|facing|needs|base)\b)"
    r"|\b(?:we are|we're) (?:recruiting|hiring) (?:for|on behalf of) (?:a|an|our)\b",
    re.I,
)
_CLIENT_ANY = re.compile(r"\bclients?\b", re.I)
_AGENCY_NAME = re.compile(
    r"\b(?:staffing|recruit\w*|talent|agency|personnel|headhunt\w*|employment services|"
    r"resourcing|workforce solutions|search partners)\b",
    re.I,
)


def is_agency(organization: str | None, description: str) -> bool:
    """True when the page reads as a staffing agency posting for a client."""
    body = description[:50_000]
    if _CLIENT_STRONG.search(body):
        return True
    return bool(organization and _AGENCY_NAME.search(organization) and _CLIENT_ANY.search(body))
