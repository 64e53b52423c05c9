"""Settings: defaults, then the environment, then overrides given to create_app."""

from __future__ import annotations

import os
import re
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


# The Chrome ID of the packaged extension, fixed by the `key` in extension/manifest.json.
# tests/api/test_privacy_and_cors.py derives it from the key and checks the two agree.
PACKAGED_EXTENSION_ID = "hhkfcpbgpmgbjaadmpenhlpgolnjcadk"

_CHROME_ID = re.compile(r"[a-p]{32}")
_FIREFOX_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _items(value) -> list[str]:
    """A comma-separated string (or a list) as a list of non-empty items."""
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else list(value)
    return [part.strip() for part in parts if part and part.strip()]


def _choice(*allowed: str):
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return value
    return parse


def _extension_ids(value) -> list[str]:
    ids = _items(value)
    for extension_id in ids:
        # Exact IDs only: an origin pattern here would let any extension in.
        if not (_CHROME_ID.fullmatch(extension_id) or _FIREFOX_UUID.fullmatch(extension_id)):
            raise ValueError(f"EXTENSION_IDS: {extension_id!r} is neither a Chrome extension ID "
                             "(32 letters a-p) nor a Firefox internal UUID")
    return ids


def _secrets(value) -> tuple[str, ...]:
    return tuple(_items(value))


def _rate_limit(value) -> str | None:
    if not value or not str(value).strip():
        return None
    from limits import parse_many  # checked at start, so a typo stops the service, not a request

    parse_many(str(value))
    return str(value).strip()


# name -> (default, parser, what it is); the README's configuration table follows this.
SETTINGS: dict[str, tuple[Any, Any, str]] = {
    "REDIS_URL": (None, str, "Redis for the analysis cache; unset = an in-process cache"),
    "CACHE_TTL_SECONDS": (86400, int, "how long a cached analysis lives"),
    "CACHE_PREFIX": ("wal", str, "prefix of every cache key"),
    "CACHE_RETRY_SECONDS": (5, float, "after a Redis failure, wait this long before trying it"),
    "REDIS_TIMEOUT_SECONDS": (0.5, float, "socket timeout for Redis; keeps a sick Redis cheap"),
    "REDIS_MODE": ("single", _choice("single", "cluster", "sentinel"),
                   "single (one Redis), cluster (REDIS_URL names one node) or sentinel "
                   "(REDIS_URL names the sentinels)"),
    "REDIS_SENTINEL_MASTER": ("mymaster", str, "with REDIS_MODE=sentinel: the master's name"),
    "EXTENSION_IDS": (
        PACKAGED_EXTENSION_ID, _extension_ids,
        "extension IDs allowed to call from a browser (CORS), comma-separated: a Chrome ID "
        "(32 letters a-p) or a Firefox install's internal UUID",
    ),
    "API_KEYS": ((), _secrets, "keys a client must send as X-API-Key, comma-separated; "
                 "empty = an open API"),
    "RATE_LIMIT": (None, _rate_limit, "requests per client, e.g. 600/minute (several: "
                   "10/second;600/minute); empty = no limit"),
    "TRUSTED_PROXIES": (0, int, "proxies in front that set X-Forwarded-For; clients are told "
                        "apart by the address the last of them saw (0 = no proxy)"),
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
