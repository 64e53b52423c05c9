"""Other doors: the employer's open roles, read from its public job board.

``Boards.look_up`` takes the boards the postings of one request sit on and returns what
is known of each within a small budget: the board (from the shared cache, or fetched
now), a pending board (the fetch goes on in the background and lands in the cache for
the next request), or None (no board, switched off, or the provider is unwell).
Nothing here depends on the person: the nearest roles are chosen by the model, per request.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from typing import Any

from api.boards.fetch import BoardUnavailable, Fetcher, NoSuchBoard
from api.boards.providers import PROVIDERS
from api.boards.refs import BoardRef, find_board
from api.boards.store import MemoryBoardStore, RedisBoardStore
from api.cache import CacheUnavailable
from api.core.board import Board

log = logging.getLogger(__name__)

# Background fetches at once in one process, and most waiting: past that a board is
# simply not looked up this time (a flood of unknown boards must not queue without end).
FETCH_WORKERS = 4
MAX_IN_FLIGHT = 32
# How long a board that could not be read is left alone before it is tried again.
FAILED_TTL_SECONDS = 120
# How often a request waiting for a board that another worker fetches looks for it.
POLL_SECONDS = 0.1
# Another worker or replica holds the claim: the board is on its way, not here yet.
ELSEWHERE = object()

__all__ = ["Boards", "BoardRef", "find_board", "make_boards"]


class Boards:
    """Boards for estimates: cached for everyone, fetched once, never waited on for long."""

    def __init__(self, fetcher: Fetcher, store, ttl_seconds: float, budget_seconds: float,
                 timeout_seconds: float):
        self.fetcher = fetcher
        self._store = store
        self._ttl = ttl_seconds
        self._budget = budget_seconds
        self._claim_seconds = 3 * timeout_seconds  # past the fetch's own deadline
        self._executor: ThreadPoolExecutor | None = None
        self._in_flight: dict[tuple[str, str], Future] = {}
        self._lock = threading.Lock()

    def look_up(self, refs: list[BoardRef | None]) -> list[Board | None]:
        """What is known now of each board (None where there is none), within the budget."""
        distinct = list(dict.fromkeys(r for r in refs if r is not None))
        canonical = {r: BoardRef(r.provider, r.token) for r in distinct}
        boards = list(dict.fromkeys(canonical.values()))
        try:
            entries = dict(zip(boards, self._store.get_many(boards), strict=True))
        except CacheUnavailable:
            entries = {}
        # An entry this version cannot read is a miss: the board is fetched and rewritten.
        entries = {b: e for b, e in entries.items()
                   if isinstance(e, dict) and ("board" not in e or _board_of(e) is not None)}
        known: dict[BoardRef, Board | None] = {}
        waiting: dict[BoardRef, Future] = {}
        elsewhere: list[BoardRef] = []  # another worker or replica is fetching these
        for board in boards:
            entry = entries.get(board)
            if entry is not None:
                known[board] = _board_of(entry)
            elif not self.fetcher.allows(board):
                known[board] = None  # the provider is resting: as if there were no board
            else:
                started = self._start(board)
                if started is ELSEWHERE:
                    elsewhere.append(board)
                elif started is None:
                    known[board] = None
                else:
                    waiting[board] = started
        landed = self._wait(list(waiting.values()), elsewhere)
        for board, future in waiting.items():
            known[board] = future.result() if future.done() else _pending(board)
        for board in elsewhere:
            entry = landed.get(board)
            if entry is None:
                known[board] = _pending(board)
            else:
                known[board] = _board_of(entry)
        answers = []
        for ref in refs:
            found = known.get(canonical[ref]) if ref is not None else None
            answers.append(replace(found, posting_id=ref.posting_id) if found else None)
        return answers

    def wait_idle(self, timeout: float) -> None:
        """Wait for the fetches in flight (tests and shutdown)."""
        with self._lock:
            futures = list(self._in_flight.values())
        wait(futures, timeout=timeout)

    def _wait(self, futures: list[Future], elsewhere: list[BoardRef]) -> dict[BoardRef, dict]:
        """Wait up to the budget for our fetches, and for the boards others fetch to land."""
        deadline = time.monotonic() + self._budget
        landed: dict[BoardRef, dict] = {}
        while True:
            running = [f for f in futures if not f.done()]
            awaited = [b for b in elsewhere if b not in landed]
            remaining = deadline - time.monotonic()
            if (not running and not awaited) or remaining <= 0:
                return landed
            step = min(remaining, POLL_SECONDS) if awaited else remaining
            if running:
                wait(running, timeout=step)
            else:
                time.sleep(step)
            if awaited:
                try:
                    found = self._store.get_many(awaited)
                except CacheUnavailable:
                    found = [None] * len(awaited)
                landed.update({b: e for b, e in zip(awaited, found, strict=True) if e})

    def _start(self, board: BoardRef) -> Future | object | None:
        """The fetch of ``board``: one in flight here, a new one, ELSEWHERE, or None."""
        with self._lock:
            if board.board in self._in_flight:
                return self._in_flight[board.board]
            if len(self._in_flight) >= MAX_IN_FLIGHT:
                return None
        try:
            mine = self._store.claim(board, self._claim_seconds)
        except CacheUnavailable:
            mine = True  # without Redis each process fetches for itself
        if not mine:
            return ELSEWHERE
        with self._lock:
            if self._executor is None:  # made on first use: after gunicorn has forked
                self._executor = ThreadPoolExecutor(FETCH_WORKERS, "board-fetch")
            future = self._executor.submit(self._fetch, board)
            self._in_flight[board.board] = future
        return future

    def _fetch(self, board: BoardRef) -> Board | None:
        try:
            found = self.fetcher.fetch(board)
            entry, ttl = {"board": found.to_json()}, self._ttl
        except NoSuchBoard:
            found, entry, ttl = None, {"missing": True}, self._ttl
        except BoardUnavailable:
            found, entry, ttl = None, {"failed": True}, FAILED_TTL_SECONDS
        except Exception:  # a bug must not kill the worker thread silently
            log.exception("reading board %s/%s", board.provider, board.token)
            found, entry, ttl = None, {"failed": True}, FAILED_TTL_SECONDS
        try:
            self._store.put(board, entry, ttl)
            self._store.release(board)
        except CacheUnavailable:
            pass
        finally:
            with self._lock:
                self._in_flight.pop(board.board, None)
        return found


def _board_of(entry: dict) -> Board | None:
    """The board a cache entry holds; None for a missing or failed board, or a bad entry."""
    try:
        return Board.from_json(entry["board"]) if "board" in entry else None
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


def _pending(board: BoardRef) -> Board:
    provider = PROVIDERS[board.provider]
    return Board(provider=provider.name, site=provider.site, token=board.token,
                 url=provider.board_url.format(token=board.token))


def make_boards(settings: dict[str, Any], redis_client=None) -> Boards | None:
    """Build the board reader the settings ask for; None when BOARDS_FETCH is off."""
    if not settings["BOARDS_FETCH"]:
        return None
    timeout = settings["BOARDS_TIMEOUT_SECONDS"]
    fetcher = Fetcher(timeout, settings.get("BOARDS_API_BASE"))
    if redis_client is not None:
        store = RedisBoardStore(redis_client, settings["CACHE_PREFIX"],
                                settings["CACHE_RETRY_SECONDS"])
    else:
        store = MemoryBoardStore()
    return Boards(fetcher, store, settings["BOARDS_TTL_SECONDS"],
                  settings["BOARDS_BUDGET_SECONDS"], timeout)
