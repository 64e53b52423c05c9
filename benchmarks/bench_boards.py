"""Time the board reader: fetches from loopback, and estimates with the board cached or not.

Run: .venv/bin/python benchmarks/bench_boards.py [--runs N]
Serves the recordings in ../shared/fixtures/ats-api on loopback (as the tests do) and
starts a private redis-server. Reports medians and p90s in milliseconds, and how many
requests reached the provider.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api import create_app  # noqa: E402
from api.boards.fetch import Fetcher  # noqa: E402
from api.boards.refs import BoardRef  # noqa: E402
from tests.ats_server import AtsServer  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

BOARDS = [BoardRef("greenhouse", "smarterdx"), BoardRef("lever", "palantir"),
          BoardRef("ashby", "openevidence"), BoardRef("smartrecruiters", "Tieto2")]
PAGE = {"url": "https://jobs.lever.co/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c",
        "jsonld": [{"@type": "JobPosting", "title": "Administrative Business Partner",
                    "description": "Support a team of engineers. Interviews: a call, a panel.",
                    "hiringOrganization": {"name": "Palantir"},
                    "jobLocation": {"address": {"addressLocality": "London"}}}]}
PROFILE = {"target_roles": ["security business partner"], "location": "London, UK"}


def ms(samples: list[float]) -> str:
    cut = statistics.quantiles(samples, n=10)[-1] if len(samples) >= 10 else max(samples)
    return f"median {statistics.median(samples) * 1000:.2f} ms, p90 {cut * 1000:.2f} ms"


def timed(call, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    ats, redis_server = AtsServer().start(), RedisServer().start()
    try:
        fetcher = Fetcher(timeout=2.0, api_base=ats.url)
        print("Fetch and read one board from loopback (no cache):")
        for ref in BOARDS:
            print(f"  {ref.provider:16} {ms(timed(lambda r=ref: fetcher.fetch(r), runs))}")

        def client(prefix=None, **settings):
            app = create_app({"REDIS_URL": redis_server.url,
                              "CACHE_PREFIX": prefix or f"bench-{uuid.uuid4().hex[:8]}",
                              "BOARDS_API_BASE": ats.url, **settings})
            return app.test_client()

        def post(c):
            response = c.post("/v1/estimates", json={"page": PAGE, "profile": PROFILE})
            assert response.status_code == 200, response.get_json()
            return response.get_json()

        print("POST /v1/estimates through Flask's test client, Redis on loopback:")
        off = client(BOARDS_FETCH="off")
        post(off)
        print(f"  boards off (as before)          {ms(timed(lambda: post(off), runs))}")
        misses, hits, before = [], [], len(ats.requests)
        for _ in range(max(5, runs // 5)):
            prefix = f"bench-{uuid.uuid4().hex[:8]}"  # a new prefix: the board is not cached
            post(client(prefix, BOARDS_FETCH="off"))  # but the analysis is
            board_on = client(prefix)
            misses += timed(lambda c=board_on: post(c), 1)
        print(f"  board fetched (cache miss)      {ms(misses)}  "
              f"[{len(ats.requests) - before} fetches for {len(misses)} answers]")
        warm = client()
        post(warm)
        before = len(ats.requests)
        hits = timed(lambda: post(warm), runs)
        answer = post(warm)
        print(f"  board cached (hit)              {ms(hits)}  "
              f"[{len(ats.requests) - before} fetches for {runs + 1} answers]")
        doors = next(x for x in answer["lenses"] if x["id"] == "other_openings")
        print(f"    other_openings says: {[r['text'] for r in doors['reasons']]}")
        pending = client(BOARDS_BUDGET_SECONDS=0.05)
        slow_page = {**PAGE, "url": "https://boards.greenhouse.io/delayed/jobs/1"}
        start = time.perf_counter()
        reply = pending.post("/v1/estimates", json={"page": slow_page}).get_json()
        took = time.perf_counter() - start
        pending.application.extensions["wal_boards"].wait_idle(5)
        print(f"  board slower than the budget    {took * 1000:.1f} ms with a 50 ms budget "
              f"(provider answers in 600 ms); status {reply['board']['status']}")
    finally:
        ats.stop()
        redis_server.stop()


if __name__ == "__main__":
    main()
