"""A bounded load on loopback: N connections, a mix of cached, uncached and batch requests.

Used by tests/api/test_load.py and tests/api/test_scale_out.py, and by benchmarks/load.py
for longer runs. Every loop is bounded in time; only 127.0.0.1 is ever addressed.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field

import aiohttp

from tests.api.pages import EVENT, JOB, PROFILE

# Of every 20 requests: 12 cached single, 5 uncached single, 3 batches of BATCH_SIZE.
MIX = ["cached"] * 12 + ["uncached"] * 5 + ["batch"] * 3
BATCH_SIZE = 10
CACHED_PAGES = 20


def job(n: int, salt: str) -> dict:
    posting = dict(JOB["jsonld"][0], title=f"Site Reliability Engineer {salt}-{n}")
    return {"page": dict(JOB, url=f"https://careers.example.com/jobs/{salt}-{n}",
                         jsonld=[posting])}


def event(n: int, salt: str) -> dict:
    listing = dict(EVENT["jsonld"][0], name=f"Platform Night {salt}-{n}")
    return {"page": dict(EVENT, url=f"https://events.example.com/e/{salt}-{n}", jsonld=[listing])}


@dataclass
class Figures:
    statuses: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # no HTTP answer at all, by kind
    latencies: dict = field(default_factory=lambda: {kind: [] for kind in set(MIX)})
    cache: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def summary(self) -> dict:
        out = {"requests": self.requests, "seconds": round(self.seconds, 1),
               "per_second": round(self.requests / self.seconds, 1) if self.seconds else 0,
               "statuses": dict(sorted(self.statuses.items())),
               "no_answer": dict(self.failures), "cache": dict(self.cache)}
        for kind, values in sorted(self.latencies.items()):
            if values:
                values = sorted(values)
                out[f"{kind}_ms"] = {
                    "n": len(values), "p50": round(statistics.median(values) * 1000, 1),
                    "p95": round(values[int(len(values) * 0.95) - 1] * 1000, 1),
                    "p99": round(values[int(len(values) * 0.99) - 1] * 1000, 1),
                    "max": round(values[-1] * 1000, 1)}
        return out


async def _warm(session: aiohttp.ClientSession, url: str, salt: str) -> None:
    for n in range(CACHED_PAGES):
        item = job(n, salt) if n % 2 else event(n, salt)
        async with session.post(f"{url}/v1/estimates", json=item) as response:
            await response.read()


async def _run(url: str, connections: int, seconds: float, salt: str, events) -> Figures:
    figures = Figures()
    fresh = itertools.count()
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await _warm(session, url, salt)
        started = time.monotonic()
        deadline = started + seconds

        async def one(worker: int) -> None:
            for turn in itertools.count():
                if time.monotonic() >= deadline:
                    return
                kind = MIX[(worker * 7 + turn) % len(MIX)]
                if kind == "cached":
                    n = (worker + turn) % CACHED_PAGES
                    path, body = "/v1/estimates", job(n, salt) if n % 2 else event(n, salt)
                elif kind == "uncached":
                    path, body = "/v1/estimates", job(next(fresh), salt + "-new")
                else:
                    items = [job((worker + turn + k) % CACHED_PAGES, salt)["page"] if k % 2
                             else job(next(fresh), salt + "-new")["page"]
                             for k in range(BATCH_SIZE)]
                    path, body = "/v1/estimates/batch", {"items": [{"page": p} for p in items]}
                body = dict(body, profile=PROFILE)
                began = time.monotonic()
                try:
                    async with session.post(url + path, json=body) as response:
                        payload = await response.read()
                        figures.statuses[response.status] += 1
                except (TimeoutError, aiohttp.ClientError) as error:
                    figures.failures[type(error).__name__] += 1
                    continue
                figures.latencies[kind].append(time.monotonic() - began)
                if response.status == 200 and path == "/v1/estimates":
                    figures.cache[json.loads(payload).get("cache")] += 1

        async def timeline() -> None:
            for at, action in events:
                await asyncio.sleep(max(0.0, started + at - time.monotonic()))
                await asyncio.get_running_loop().run_in_executor(None, action)

        await asyncio.gather(timeline(), *(one(worker) for worker in range(connections)))
        figures.seconds = time.monotonic() - started
    return figures


def run(url: str, connections: int = 64, seconds: float = 30, salt: str = "load",
        events: list | None = None) -> Figures:
    """Load ``url`` for ``seconds``; ``events`` are (second, callable) run on the way."""
    assert url.startswith(("http://127.0.0.1:", "http://localhost:")), "loopback only"
    return asyncio.run(_run(url, connections, seconds, salt, events or []))
