"""The analysis cache: Redis when configured, an in-process cache otherwise.

Only profile-independent entries are stored (an opportunity and its analysis), as JSON
compressed with zlib (never pickle), under keys that carry a prefix and a version, each
with a TTL. An entry is compressed against a preset dictionary and against the item it
was made from, as sent (its ``context``: the page or opportunity whose hash names the
key), so what the request itself carries (a page's description, which the answer
returns and the analysis quotes) is not stored again: a hit has the same item in hand.
A failing Redis never fails a request: the caller gets ``CacheUnavailable`` and computes
anyway; after ``retry_seconds`` the cache tries Redis again, so the service recovers by
itself.
"""

from __future__ import annotations

import bisect
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


# zlib looks back at most this far (less its look-ahead): a dictionary's older bytes go unused.
WINDOW = 32 * 1024 - 262
# An item longer than that: the long lines looked up in it, how much of each, and how long.
PROBES, PROBE_CHARS, LONG_LINE = 16, 32, 40


def dictionary(context: bytes = b"", start: int = 0) -> bytes:
    """What an entry is compressed against: the preset dictionary, then as much of its item
    as sent, from ``start``, as zlib can look back on."""
    preset = preset_dictionary()
    if not context:
        return preset
    return preset + context[start:start + WINDOW - len(preset)]


def window_start(value: dict, context: bytes) -> int:
    """Where the part of ``context`` that an entry is compressed against starts.

    An item longer than zlib's window (a raw page of 100 KB) is not all of use: the part
    that holds most of the entry's long lines (its description, quoted by its analysis) is.
    Found by looking up the start of the longest lines as the item's JSON would spell them;
    when none is found, the item's end, as zlib would have chosen.
    """
    room = WINDOW - len(preset_dictionary())
    if len(context) <= room:
        return 0
    lines = {line for text in _texts(value) for line in text.split("\n") if len(line) >= LONG_LINE}
    probes = sorted(lines, key=lambda line: (-len(line), line))[:PROBES]
    spelled = (json.dumps(line[:PROBE_CHARS], ensure_ascii=False)[1:-1] for line in probes)
    found = sorted(at for at in (context.find(probe.encode("utf-8", "surrogatepass"))
                                 for probe in spelled) if at >= 0)
    if not found:
        return len(context) - room
    # The window that holds the most of them, starting a little before the first (a title
    # and an organization are often just before the description).
    most, first = 0, 0
    for i, at in enumerate(found):
        held = bisect.bisect_left(found, at + room * 7 // 8) - i
        if held > most:
            most, first = held, at
    return max(0, min(first - room // 8, len(context) - room))


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def encode(value: dict, context: bytes = b"") -> bytes:
    """Return an entry as stored: compact JSON, compressed against ``context``, the item
    the entry was made from as sent (the same bytes are needed to decode it)."""
    start = window_start(value, context) if context else 0
    # The best level: an entry is written once and read many times, and it is a few KB.
    packer = zlib.compressobj(9, zdict=dictionary(context, start))
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return (_varint(start) + packer.compress(text.encode("utf-8", "surrogatepass"))
            + packer.flush())


def decode(raw: bytes, context: bytes = b"") -> dict | None:
    """Return a stored entry, or None when it cannot be read (a miss, then overwritten):
    ``context`` must be the bytes it was encoded with (zlib checks the dictionary's sum)."""
    start, at = 0, 0
    for shift in range(0, 64, 7):  # the window's start, 7 bits a byte, low bits first
        if at >= len(raw):
            return None
        start |= (raw[at] & 0x7F) << shift
        at += 1
        if raw[at - 1] < 0x80:
            break
    try:
        unpacker = zlib.decompressobj(zdict=dictionary(context, start))
        text = unpacker.decompress(raw[at:]) + unpacker.flush()
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


def _decoded(raw: list[bytes | None], contexts: list[bytes] | None) -> list[dict | None]:
    contexts = contexts or [b""] * len(raw)
    return [decode(value, context) if value is not None else None
            for value, context in zip(raw, contexts, strict=True)]


def _varint(number: int) -> bytes:
    out = bytearray()
    while number >= 0x80:
        out.append(number & 0x7F | 0x80)
        number >>= 7
    out.append(number)
    return bytes(out)


class MemoryCache:
    """A bounded in-process cache, for a single machine with no setup."""

    backend = "memory"

    def __init__(self, ttl_seconds: int, max_entries: int = 4096):
        self._entries: TTLCache = TTLCache(maxsize=max_entries, ttl=ttl_seconds)
        self._lock = threading.Lock()

    def get_many(self, keys: list[str], contexts: list[bytes] | None = None
                 ) -> list[dict | None]:
        with self._lock:
            raw = [self._entries.get(key) for key in keys]
        return _decoded(raw, contexts)

    def set_many(self, items: dict[str, dict], contexts: dict[str, bytes] | None = None
                 ) -> None:
        contexts = contexts or {}
        encoded = {key: encode(value, contexts.get(key, b"")) for key, value in items.items()}
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

    def get_many(self, keys: list[str], contexts: list[bytes] | None = None
                 ) -> list[dict | None]:
        """The entries of ``keys`` (None for a miss); ``contexts``, one a key, are the items
        as sent that their entries were encoded with (``set_many``)."""
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

        return _decoded(self._call(read), contexts)

    def set_many(self, items: dict[str, dict], contexts: dict[str, bytes] | None = None
                 ) -> None:
        """Store entries by key, each encoded with its context (its item as sent), if any."""
        if not items:
            return
        contexts = contexts or {}

        def write():
            pipe = self._client.pipeline(transaction=False)
            for key, value in items.items():
                pipe.set(key, encode(value, contexts.get(key, b"")), ex=self._ttl)
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
