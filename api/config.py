"""Settings: defaults, then the environment, then overrides given to create_app."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit


def _switch(value: Any) -> bool:
    """on/off (or true/false, yes/no, 1/0) as a bool."""
    if isinstance(value, bool):
        return value
    words = {"on": True, "true": True, "1": True, "yes": True,
             "off": False, "false": False, "0": False, "no": False}
    if str(value).strip().lower() not in words:
        raise ValueError(f"expected on or off, not {value!r}")
    return words[str(value).strip().lower()]


def _origin(value: Any) -> str | None:
    """A scheme and host (and port), nothing else: the board APIs' paths are kept."""
    if not value:
        return None
    parts = urlsplit(str(value).strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"expected a base URL like http://127.0.0.1:8025, not {value!r}")
    return f"{parts.scheme}://{parts.netloc}"


# name -> (default, parser, what it is); the README's configuration table follows this.
SETTINGS: dict[str, tuple[Any, Any, str]] = {
    "REDIS_URL": (None, str, "Redis for the analysis cache; unset = an in-process cache"),
    "CACHE_TTL_SECONDS": (86400, int, "how long a cached analysis lives"),
    "CACHE_PREFIX": ("wal", str, "prefix of every cache key"),
    "CACHE_RETRY_SECONDS": (5, float, "after a Redis failure, wait this long before trying it"),
    "REDIS_TIMEOUT_SECONDS": (0.5, float, "socket timeout for Redis; keeps a sick Redis cheap"),
    "CORS_ORIGINS": (
        r"chrome-extension://.*,moz-extension://.*",
        lambda v: [o.strip() for o in v.split(",") if o.strip()] if isinstance(v, str) else list(v),
        "origins allowed to call the API from a browser (comma-separated; regexes allowed)",
    ),
    "MAX_CONTENT_LENGTH": (5 * 1024 * 1024, int, "largest request body in bytes (413 past it)"),
    "BATCH_MAX_ITEMS": (50, int, "most items in one batch request (422 past it)"),
    "LOG_LEVEL": ("INFO", str, "log level of the service"),
    "BOARDS_FETCH": (True, _switch, "read employers' public job boards (on/off)"),
    "BOARDS_API_BASE": (
        None, _origin,
        "replaces the scheme and host of every board provider's API (paths kept); unset = "
        "the providers' own hosts",
    ),
    "BOARDS_TTL_SECONDS": (3600, int, "how long a board's open roles are cached, for everyone"),
    "BOARDS_BUDGET_SECONDS": (
        0.8, float, "longest an estimate waits for a board; past it the fetch goes on and the "
        "next request has it",
    ),
    "BOARDS_TIMEOUT_SECONDS": (3.0, float, "connect and read timeout of one board fetch"),
}


def load(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Return the settings: defaults, then the environment, then ``overrides``."""
    settings: dict[str, Any] = {}
    for name, (default, parse, _) in SETTINGS.items():
        value = os.environ.get(name) or default
        settings[name] = parse(value) if value is not None else None
    for name, value in (overrides or {}).items():
        parse = SETTINGS.get(name, (None, None, ""))[1]
        settings[name] = parse(value) if parse is not None and value is not None else value
    return settings
