"""Rate limits per client, counted in Redis so that every worker and replica shares them.

A client is its API key when it sends a valid one, else its address (as the last trusted
proxy saw it). One fixed-window counter per client and window: one Redis round trip per
request. When Redis fails, the limits are counted in the process until it is back (Flask-
Limiter's in-memory fallback), and a request is never failed for it.
"""

from __future__ import annotations

import math
import time
from typing import Any

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded

from api import errors, keys


def client_identity() -> str:
    """Who is asking: a digest of their valid API key, else their address."""
    key = keys.sent_key()
    if key:
        return "key:" + keys.digest(key).hex()[:24]  # a digest: the key never reaches Redis
    return "addr:" + (request.remote_addr or "unknown")


def storage_uri(settings: dict[str, Any]) -> str:
    """The limits library's address for REDIS_URL and REDIS_MODE; in process without Redis."""
    url = settings.get("REDIS_URL")
    if not url:
        return "memory://"
    mode = settings.get("REDIS_MODE", "single")
    if mode == "single":
        return url
    rest = url.split("://", 1)[-1]
    if mode == "cluster":
        return "redis+cluster://" + rest.split("/", 1)[0]
    netloc = rest.split("/", 1)[0]
    return f"redis+sentinel://{netloc}/{settings['REDIS_SENTINEL_MASTER']}"


def init_app(app: Flask) -> Limiter | None:
    """Limit each client to RATE_LIMIT on every endpoint but health, metrics and docs."""
    settings = app.config
    if not settings.get("RATE_LIMIT"):
        return None
    timeout = settings["REDIS_TIMEOUT_SECONDS"]
    limiter = Limiter(
        key_func=client_identity,
        application_limits=[settings["RATE_LIMIT"]],
        application_limits_exempt_when=keys.is_open,
        storage_uri=storage_uri(settings),
        storage_options=({"socket_timeout": timeout, "socket_connect_timeout": timeout}
                         if settings.get("REDIS_URL") else {}),
        strategy="fixed-window",  # one INCR (with its expiry) per request: cheapest on Redis
        key_prefix=f"{settings['CACHE_PREFIX']}:limit",
        in_memory_fallback_enabled=True,  # Redis down: count in the process, retry with back-off
        swallow_errors=True,  # whatever else goes wrong in counting, the request goes on
        headers_enabled=False,  # X-RateLimit-* would cost a second round trip on every request
    )
    limiter.init_app(app)
    app.extensions["wal_limiter"] = limiter
    app.register_error_handler(RateLimitExceeded, too_many_requests)
    return limiter


def too_many_requests(error: RateLimitExceeded):
    """429 in the one error format, with Retry-After: the seconds until the window resets."""
    wait = _seconds_to_reset(error)
    message = (f"Too many requests: this API takes {error.limit.limit} per client. "
               f"Try again in {wait} s.")
    return errors.error_body(429, message), 429, {"Retry-After": str(wait)}


def _seconds_to_reset(error: RateLimitExceeded) -> int:
    window = error.limit.limit.get_expiry()
    try:
        limit = current_app.extensions["wal_limiter"].current_limit
        reset_at = limit.reset_at if limit is not None else time.time() + window
    except Exception:  # noqa: BLE001 - the window length is a safe answer if Redis just failed
        reset_at = time.time() + window
    return min(math.ceil(window), max(1, math.ceil(reset_at - time.time())))
