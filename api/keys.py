"""Optional API keys: with API_KEYS set, every call but health, metrics and docs needs one.

A key travels in the X-API-Key header. It is compared in constant time against every
configured key (digests of equal length, no early exit), and never logged or stored: the
rate limiter counts a keyed client by a digest of the key.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import Flask, current_app, g, request

from api import errors

HEADER = "X-API-Key"

# What a load balancer, a scraper or a reader of the docs calls: no key, no rate limit.
OPEN_BLUEPRINTS = frozenset({"health", "docs", "api-docs"})
OPEN_ENDPOINTS = frozenset({"metrics"})


def is_open() -> bool:
    """Whether this request needs no key and counts against no limit."""
    return (request.method == "OPTIONS"  # a CORS preflight carries no custom header
            or request.blueprint in OPEN_BLUEPRINTS or request.endpoint in OPEN_ENDPOINTS)


def digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()


def sent_key() -> str | None:
    """The X-API-Key of this request if it is one of API_KEYS, else None (asked once)."""
    if "wal_api_key" not in g:
        g.wal_api_key = None
        candidate = request.headers.get(HEADER)
        digests = current_app.extensions.get("wal_key_digests") or ()
        if candidate and digests:
            sent, found = digest(candidate), False
            for known in digests:  # all compared, so the time tells nothing of which matched
                found |= hmac.compare_digest(sent, known)
            g.wal_api_key = candidate if found else None
    return g.wal_api_key


def init_app(app: Flask) -> None:
    """Refuse calls without a valid key, when keys are configured."""
    digests = tuple(digest(key) for key in app.config.get("API_KEYS") or ())
    app.extensions["wal_key_digests"] = digests
    if not digests:
        return

    @app.before_request
    def require_key():
        if is_open() or sent_key():
            return None
        message = (f"The {HEADER} sent is not one this API knows." if request.headers.get(HEADER)
                   else f"This API needs a key: send it in the {HEADER} header.")
        return errors.error_body(401, message), 401
