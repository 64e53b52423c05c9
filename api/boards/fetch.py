"""Fetching a board from its provider's public API, and nothing else.

Safety first, since the board's name comes from a page a client sent:
- the address is built from the provider's table (host and path) and a board name
  that matched ``provider.TOKEN``, never taken from the client; before each request the
  host is checked against the allow-list (the providers' API hosts, or the one host of
  ``BOARDS_API_BASE``); redirects are not followed; proxies in the environment are not used;
- short timeouts, and a deadline for the whole answer (a server that drips bytes);
- a size cap: the body is streamed and reading stops past ``MAX_BYTES`` (decompressed);
- a breaker per provider: after a few failures in a row that provider is left alone for
  a while, so a provider that is down costs nothing and is not hammered.

urllib3 (already installed with requests) is the client: it streams with a byte count,
takes connect and read timeouts, follows no redirect when told so, and ignores proxy
variables, which is what a fetcher of untrusted names should do.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from urllib.parse import quote, urlsplit

import urllib3

from api.boards.provider import Provider, valid_token
from api.boards.providers import PROVIDERS
from api.boards.refs import BoardRef
from api.core.board import Board

log = logging.getLogger(__name__)

# The largest answer read, decompressed. Lever and Ashby send every posting's full
# description: a board of 500 roles runs to about 10 MB. Past this it is not a board we read.
MAX_BYTES = 16 * 1024 * 1024
# Roles kept from a board: enough to find the nearest few, small enough to cache cheaply.
MAX_OPENINGS = 400
# Failures in a row that open a provider's breaker, and how long it then stays open.
FAILURES_TO_OPEN = 3
COOL_DOWN_SECONDS = 60.0
USER_AGENT = "worth-a-look/0.1 (reads public job boards; one request per board per TTL)"


class BoardUnavailable(Exception):
    """The board could not be read now (timeout, error, junk, too large, breaker open)."""


class NoSuchBoard(Exception):
    """The provider says there is no board of that name."""


class Breaker:
    """Stops asking a failing provider for a while; then lets calls try again."""

    def __init__(self, failures_to_open: int = FAILURES_TO_OPEN,
                 cool_down: float = COOL_DOWN_SECONDS):
        self._failures_to_open = failures_to_open
        self._cool_down = cool_down
        self._failures = 0
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allows(self) -> bool:
        return time.monotonic() >= self._open_until

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            if self._failures >= self._failures_to_open:
                # After the cool-down one failure re-opens it at once (half-open).
                self._open_until = time.monotonic() + self._cool_down


class Fetcher:
    """Reads boards through their providers' APIs, within the limits above."""

    def __init__(self, timeout: float, api_base: str | None = None, max_bytes: int = MAX_BYTES):
        self._timeout = timeout
        self._api_base = api_base.rstrip("/") if api_base else None
        self._max_bytes = max_bytes
        self._http = urllib3.PoolManager(
            num_pools=len(PROVIDERS) + 2, maxsize=4, retries=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json",
                     "Accept-Encoding": "gzip, deflate"},
        )
        self.breakers = {name: Breaker() for name in PROVIDERS}

    def allowed_hosts(self) -> frozenset[str]:
        """The only hosts this fetcher ever sends a request to."""
        if self._api_base:
            return frozenset({urlsplit(self._api_base).hostname or ""})
        return frozenset(p.api_host for p in PROVIDERS.values())

    def api_url(self, provider: Provider, token: str) -> str:
        """The API address of a board: the provider's host (or the base) and path."""
        if not valid_token(token):
            raise ValueError(f"not a board name: {token!r}")
        path = provider.api_path.format(token=quote(token, safe=""))
        url = (self._api_base or f"https://{provider.api_host}") + path
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname not in self.allowed_hosts():
            raise ValueError(f"not an allowed host: {parts.hostname!r}")
        return url

    def allows(self, ref: BoardRef) -> bool:
        """Whether the provider's breaker lets a request through now."""
        return self.breakers[ref.provider].allows()

    def fetch(self, ref: BoardRef) -> Board:
        """Read one board; raises NoSuchBoard or BoardUnavailable."""
        provider = PROVIDERS[ref.provider]
        breaker = self.breakers[provider.name]
        if not breaker.allows():
            raise BoardUnavailable(f"{provider.site} failed repeatedly; resting it")
        url = self.api_url(provider, ref.token)
        try:
            payload = self._get_json(url)
            listing = provider.read(payload)
        except NoSuchBoard:
            breaker.succeeded()  # the provider answered, and answered clearly
            raise
        except (BoardUnavailable, ValueError, TypeError, AttributeError, KeyError) as exc:
            breaker.failed()
            log.info("board %s/%s unavailable: %s", provider.name, ref.token, exc)
            raise BoardUnavailable(str(exc)) from exc
        breaker.succeeded()
        return Board(
            provider=provider.name, site=provider.site, token=ref.token,
            url=provider.board_url.format(token=quote(ref.token, safe="")),
            count=listing.count, openings=listing.openings[:MAX_OPENINGS],
            organization=listing.organization,
        )

    def _get_json(self, url: str):
        deadline = time.monotonic() + 2 * self._timeout
        try:
            response = self._http.request("GET", url, preload_content=False, redirect=False)
        except urllib3.exceptions.HTTPError as exc:
            raise BoardUnavailable(f"no answer: {type(exc).__name__}") from exc
        complete = False
        try:
            if response.status in (404, 410):
                raise NoSuchBoard(url)
            if response.status != 200:
                raise BoardUnavailable(f"status {response.status}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self._max_bytes:
                raise BoardUnavailable(f"answer of {declared} bytes is past the cap")
            body = bytearray()
            for chunk in response.stream(64 * 1024, decode_content=True):
                body += chunk
                if len(body) > self._max_bytes:
                    raise BoardUnavailable("answer past the size cap")
                if time.monotonic() > deadline:
                    raise BoardUnavailable("answer too slow")
            complete = True
        except urllib3.exceptions.HTTPError as exc:
            raise BoardUnavailable(f"broken answer: {type(exc).__name__}") from exc
        finally:
            if not complete:
                response.close()  # never drain a body we gave up on
            response.release_conn()
        try:
            return json.loads(body)
        except ValueError as exc:
            raise BoardUnavailable("answer is not JSON") from exc
