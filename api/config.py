"""Settings: defaults, then the environment, then overrides given to create_app."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

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
