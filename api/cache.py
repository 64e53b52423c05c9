"""The analysis cache: Redis when configured, an in-process cache otherwise.

Only profile-independent entries are stored (an opportunity and its analysis), as JSON
compressed with zlib (never pickle), under keys that carry a prefix and a version, each
with a TTL. A failing Redis never fails a request: the caller gets ``CacheUnavailable``
and computes anyway; after ``retry_seconds`` the cache tries Redis again, so the service
recovers by itself.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import zlib
from functools import lru_cache
from typing import Any

import redis
from cachetools import TTLCache

log = logging.getLogger(__name__)


class CacheUnavailable(Exception):
    """The cache cannot be reached now; compute without it."""


@lru_cache(maxsize=1)
def preset_dictionary() -> bytes:
    # What most entries share: the fields of an opportunity and of its analysis, with their
    # empty values, and the ids and labels of what a job and an event page say (the sample
    # pages, read and analysed). As zlib's preset dictionary they cost a few bytes each
    # instead of their length: a typical entry shrinks from about 750 bytes to 350, and Redis
    # memory is the budget here. The dictionary follows the code, as the cache's keys do.
    from api.core.extraction import read_page
    from api.core.model import analyse
    from api.core.opportunity import blank
    from api.samples import SAMPLE_ITEMS

    read = [read_page(item["page"])["opportunities"][0] for item in SAMPLE_ITEMS]
    shapes = [*(blank(kind) for kind in ("event", "job")), *read]
    entries = [{"opportunity": shape, "analysis": analyse(shape)} for shape in shapes]
    return "".join(json.dumps(entry, separators=(",", ":")) for entry in entries).encode()


def encode(value: dict) -> bytes:
    """Return an entry as stored: compact JSON, compressed."""
    packer = zlib.compressobj(6, zdict=preset_dictionary())
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return packer.compress(text.encode("utf-8", "surrogatepass")) + packer.flush()


def decode(raw: bytes) -> dict | None:
    """Return a stored entry, or None when it cannot be read (a miss, then overwritten)."""
    try:
        unpacker = zlib.decompressobj(zdict=preset_dictionary())
        return json.loads(unpacker.decompress(raw) + unpacker.flush())
    except (zlib.error, ValueError):
        return None


class MemoryCache:
    """A bounded in-process cache, for a single machine with no setup."""

    backend = "memory"

    def __init__(self, ttl_seconds: int, max_entries: int = 4096):
        self._entries: TTLCache = TTLCache(maxsize=max_entries, ttl=ttl_seconds)
        self._lock = threading.Lock()

    def get_many(self, keys: list[str]) -> list[dict | None]:
        with self._lock:
            raw = [self._entries.get(key) for key in keys]
        return [decode(value) if value is not None else None for value in raw]

    def set_many(self, items: dict[str, dict]) -> None:
        encoded = {key: encode(value) for key, value in items.items()}
        with self._lock:
            self._entries.update(encoded)

    def ping(self) -> bool:
        return True


class RedisCache:
    """Entries in Redis, as compressed JSON with a TTL; pipelines for many keys."""

    backend = "redis"

    def __init__(self, client: redis.Redis, ttl_seconds: int, retry_seconds: float = 5.0):
        self.client = client  # shared with the other caches of the app (boards)
        self._client = client
        self._ttl = ttl_seconds
        self._retry_seconds = retry_seconds
        self._down_until = 0.0

    def _call(self, action):
        if time.monotonic() < self._down_until:
            raise CacheUnavailable("Redis was unreachable moments ago")
        try:
            return action()
        except (redis.RedisError, OSError) as exc:
            self._down_until = time.monotonic() + self._retry_seconds
            log.warning("analysis cache unavailable: %s", type(exc).__name__)
            raise CacheUnavailable(str(exc)) from exc

    def get_many(self, keys: list[str]) -> list[dict | None]:
        if not keys:
            return []
        raw = self._call(lambda: self._client.mget(keys))
        return [decode(value) if value is not None else None for value in raw]

    def set_many(self, items: dict[str, dict]) -> None:
        if not items:
            return

        def write():
            pipe = self._client.pipeline(transaction=False)
            for key, value in items.items():
                pipe.set(key, encode(value), ex=self._ttl)
            pipe.execute()

        self._call(write)

    def ping(self) -> bool:
        """Check Redis now, whatever happened before; a success ends the back-off."""
        try:
            self._client.ping()
        except (redis.RedisError, OSError):
            self._down_until = time.monotonic() + self._retry_seconds
            return False
        self._down_until = 0.0
        return True


def cache_key(prefix: str, version: str, content_hash: str) -> str:
    """Return the key of an entry: prefix, version and the hash of what was sent."""
    return f"{prefix}:analysis:{version}:{content_hash}"


def make_cache(settings: dict[str, Any]) -> MemoryCache | RedisCache:
    """Build the cache the settings ask for."""
    url = settings.get("REDIS_URL")
    if not url:
        return MemoryCache(settings["CACHE_TTL_SECONDS"])
    timeout = settings["REDIS_TIMEOUT_SECONDS"]
    client = redis.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, retry_on_timeout=False
    )
    return RedisCache(client, settings["CACHE_TTL_SECONDS"], settings["CACHE_RETRY_SECONDS"])

