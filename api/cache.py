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
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
import redis
import redis.sentinel
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
    # The best level: an entry is written once and read many times, and it is a few KB.
    packer = zlib.compressobj(9, zdict=preset_dictionary())
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return packer.compress(text.encode("utf-8", "surrogatepass")) + packer.flush()


def decode(raw: bytes) -> dict | None:
    """Return a stored entry, or None when it cannot be read (a miss, then overwritten)."""
    try:
        unpacker = zlib.decompressobj(zdict=preset_dictionary())
        text = unpacker.decompress(raw) + unpacker.flush()
    except zlib.error:
        return None
    try:
        return orjson.loads(text)  # a third of json's time; the same values
    except orjson.JSONDecodeError:
        pass  # what orjson refuses (a lone surrogate of a page's text, NaN): as json reads it
    try:
        return json.loads(text)
    except ValueError:
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

    def __init__(self, client: redis.Redis | redis.RedisCluster, ttl_seconds: int,
                 retry_seconds: float = 5.0, on_error: Callable[[], None] | None = None):
        self.client = client  # shared with the other caches of the app (boards)
        self._client = client
        self._ttl = ttl_seconds
        self._retry_seconds = retry_seconds
        self._down_until = 0.0
        self._on_error = on_error or (lambda: None)

    def _call(self, action):
        if time.monotonic() < self._down_until:
            raise CacheUnavailable("Redis was unreachable moments ago")
        try:
            return action()
        except (redis.RedisError, OSError) as exc:
            self._down_until = time.monotonic() + self._retry_seconds
            self._on_error()
            log.warning("analysis cache unavailable: %s", type(exc).__name__)
            raise CacheUnavailable(str(exc)) from exc

    def get_many(self, keys: list[str]) -> list[dict | None]:
        if not keys:
            return []
        def read():
            if not isinstance(self._client, redis.RedisCluster):
                # One MGET (25 keys: 0.13 ms of the client's CPU; a pipeline of GETs 0.20).
                return self._client.mget(keys)
            # In a cluster the keys live in different slots: GETs in one cluster pipeline,
            # which sends each node its own keys in one round trip.
            pipe = self._client.pipeline(transaction=False)
            for key in keys:
                pipe.get(key)
            return pipe.execute()

        raw = self._call(read)
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
            self._on_error()
            return False
        self._down_until = 0.0
        return True


def cache_key(prefix: str, version: str, content_hash: str) -> str:
    """Return the key of an entry: prefix, version and the hash of what was sent."""
    return f"{prefix}:analysis:{version}:{content_hash}"


def make_cache(settings: dict[str, Any], on_error: Callable[[], None] | None = None
               ) -> MemoryCache | RedisCache:
    """Build the cache the settings ask for; ``on_error`` is told of each Redis failure."""
    if not settings.get("REDIS_URL"):
        return MemoryCache(settings["CACHE_TTL_SECONDS"])
    return RedisCache(redis_client(settings), settings["CACHE_TTL_SECONDS"],
                      settings["CACHE_RETRY_SECONDS"], on_error)


def redis_client(settings: dict[str, Any]) -> redis.Redis | redis.RedisCluster:
    """A client for REDIS_URL as REDIS_MODE reads it: one server, a cluster, or sentinels."""
    url, mode = settings["REDIS_URL"], settings.get("REDIS_MODE", "single")
    timeout = settings["REDIS_TIMEOUT_SECONDS"]
    timeouts = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
    if mode == "cluster":
        # One node is enough: the client asks it for the others and follows slot moves.
        return redis.RedisCluster.from_url(url, **timeouts)
    if mode == "sentinel":
        sentinels, options = sentinel_address(url)
        sentinel = redis.sentinel.Sentinel(sentinels, sentinel_kwargs=dict(timeouts), **timeouts)
        return sentinel.master_for(settings["REDIS_SENTINEL_MASTER"], **options, **timeouts)
    return redis.Redis.from_url(url, retry_on_timeout=False, **timeouts)


def sentinel_address(url: str) -> tuple[list[tuple[str, int]], dict[str, Any]]:
    """Read redis://[:password@]host:port,host:port/db into the sentinels and the master's db."""
    parts = urlsplit(url if "://" in url else f"redis://{url}")
    netloc = parts.netloc.rsplit("@", 1)[-1]
    sentinels = []
    for node in netloc.split(","):
        host, _, port = node.rpartition(":")
        sentinels.append((host or node, int(port) if host else 26379))
    options: dict[str, Any] = {"db": int(parts.path.strip("/") or 0)}
    if parts.password:
        options["password"] = unquote(parts.password)
    return sentinels, options
