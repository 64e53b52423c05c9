"""Where: remote, hybrid and online flags read from fields and prose."""

from __future__ import annotations

import re

_REMOTE_STRONG = re.compile(
    r"\b(?:fully|100%|completely|entirely|full[- ]time)\s+remote\b|\bremote[- ](?:first|only)\b"
    r"|\bwork (?:from|at) home\b|\bwork from anywhere\b|\bwfh\b"
    r"|\bthis (?:is a |role is |position is )?(?:remote|a remote) (?:role|position|job)\b"
    r"|\b(?:remote|telecommute) (?:role|position|job|opportunity)\b",
    re.I,
)
_REMOTE = re.compile(r"\b(?:remote|telecommut\w*|anywhere)\b", re.I)
_NOT_REMOTE = re.compile(r"\b(?:not|no|non)[- ]remote\b|\bremote (?:work )?is not\b", re.I)
_HYBRID = re.compile(r"\bhybrid\b", re.I)


def remote_hybrid_flags(title: str, location_text: str, description: str) -> tuple[bool, bool]:
    """Return (remote, hybrid) as the title, the location or the description state them."""
    head = f"{title}\n{location_text}"
    body = description[:50_000]
    hybrid = bool(_HYBRID.search(head) or re.search(
        r"\bhybrid\b(?:\s+(?:role|position|work|working|schedule|model|setup|arrangement))?"
        r"[^.\n]{0,60}\b(?:office|days?|week|onsite|on-site|remote)\b", body, re.I))  # fmt: skip
    remote = bool(_REMOTE.search(head) and not _NOT_REMOTE.search(head))
    if not remote and not hybrid:
        remote = bool(_REMOTE_STRONG.search(body)) and not _NOT_REMOTE.search(body)
    return remote, hybrid
