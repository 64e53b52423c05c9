"""The shared cache of boards: one fetch per board per TTL, for every visitor.

It follows ``api/cache.py``: the app's Redis client passed in, keys with the prefix and a
format version, JSON, a TTL on every key, no KEYS; a failing Redis raises
``CacheUnavailable`` and the caller goes on without it (after a failure Redis is left
alone for ``retry_seconds``). Boards are profile-independent: nothing about the person
is ever written here. Without Redis the same is kept in the process.

An entry is ``{"board": {...}}`` (read), ``{"missing": true}`` (the provider has no such
board) or ``{"failed": true}`` (it could not be read lately; kept for a short time).
A claim (SET NX with a TTL) lets one worker fetch a board while the others wait for it.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import redis
from cachetools import TTLCache

from api.boards.refs import BoardRef
from api.cache import CacheUnavailable

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when the entry's shape changes: old entries are then never read


def board_key(prefix: str, ref: BoardRef) -> str:
    return f"{prefix}:board:{FORMAT}:{ref.provider}:{ref.token}"


def claim_key(prefix: str, ref: BoardRef) -> str:
    return f"{prefix}:board-fetch:{FORMAT}:{ref.provider}:{ref.token}"


class RedisBoardStore:
    """Boards in Redis, shared by every worker and replica."""

    def __init__(self, client: redis.Redis, prefix: str, retry_seconds: float = 5.0):
        self._client = client
        self._prefix = prefix
        self._retry_seconds = retry_seconds
        self._down_until = 0.0

    def _call(self, action):
        if time.monotonic() < self._down_until:
            raise CacheUnavailable("Redis was unreachable moments ago")
        try:
            return action()
        except (redis.RedisError, OSError) as exc:
            self._down_until = time.monotonic() + self._retry_seconds
            log.warning("board cache unavailable: %s", type(exc).__name__)
            raise CacheUnavailable(str(exc)) from exc

    def get_many(self, refs: list[BoardRef]) -> list[dict[str, Any] | None]:
        if not refs:
            return []
        def read():
            # GETs in one pipeline, not MGET: in a Redis Cluster the keys sit in many slots.
            pipe = self._client.pipeline(transaction=False)
            for ref in refs:
                pipe.get(board_key(self._prefix, ref))
            return pipe.execute()

        raw = self._call(read)
        out = []
        for value in raw:
            try:
                out.append(json.loads(value) if value is not None else None)
            except ValueError:
                out.append(None)  # a corrupt entry is a miss, and gets overwritten
        return out

    def put(self, ref: BoardRef, entry: dict[str, Any], ttl: float) -> None:
        self._call(lambda: self._client.set(
            board_key(self._prefix, ref), json.dumps(entry), ex=max(1, int(ttl))))

    def claim(self, ref: BoardRef, seconds: float) -> bool:
        """Whether this worker may fetch the board (no other is fetching it now)."""
        return bool(self._call(lambda: self._client.set(
            claim_key(self._prefix, ref), "1", nx=True, ex=max(1, int(seconds) + 1))))

    def release(self, ref: BoardRef) -> None:
        self._call(lambda: self._client.delete(claim_key(self._prefix, ref)))


class MemoryBoardStore:
    """The same, in this process, for a single machine with no Redis."""

    def __init__(self, max_entries: int = 2048):
        self._entries: dict[str, TTLCache] = {}
        self._max = max_entries
        self._lock = threading.Lock()

    def _bucket(self, ttl: float) -> TTLCache:
        # One TTLCache per lifetime (boards, missing, failed): cachetools keeps one TTL each.
        key = str(int(ttl))
        if key not in self._entries:
            self._entries[key] = TTLCache(maxsize=self._max, ttl=max(1, int(ttl)))
        return self._entries[key]

    def get_many(self, refs: list[BoardRef]) -> list[dict[str, Any] | None]:
        with self._lock:
            found = []
            for ref in refs:
                raw = next((b[ref.board] for b in self._entries.values() if ref.board in b), None)
                found.append(json.loads(raw) if raw is not None else None)
            return found

    def put(self, ref: BoardRef, entry: dict[str, Any], ttl: float) -> None:
        with self._lock:
            for bucket in self._entries.values():
                bucket.pop(ref.board, None)
            self._bucket(ttl)[ref.board] = json.dumps(entry)

    def claim(self, ref: BoardRef, seconds: float) -> bool:
        return True  # one process: the fetches in flight are already shared in it

    def release(self, ref: BoardRef) -> None:
        pass
