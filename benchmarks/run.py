"""The performance harness: the API under load beside its ceiling, in one run, with plots.

Run from the repository root: scripts/bench [--duration S] [--quick] [--no-extension]

1. Over HTTP: gunicorn on loopback (the settings of scripts/serve; each worker warmed up
   before its first request), a private redis-server, wrk with 16 connections. Side by side:
   the ceiling (GET /v1/health: the same app, one Redis round trip, no work), estimates
   cached and uncached (a JSON-LD listing; a raw real page of about 100 KB), cards one by
   one and in batches of 25 and 100, cached and uncached.
2. In process: latency against the size of a description (JSON-LD) and of a raw HTML page,
   1 KB to 200 KB, and over every real page in ../shared/fixtures/realpages.
3. Redis memory per cached entry (MEMORY USAGE), over the real pages and the cards.
4. The first request after a start, with and without the warm-up.
5. The extension's main-thread cost (benchmarks/extension_bench.py, in Chromium).

Writes docs/performance/results.json and the PNG plots that docs/performance.md shows,
and prints each goal of issue 12 with its figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import plots  # noqa: E402
from benchmarks.material import (  # noqa: E402
    PROFILE,
    card,
    html_page,
    jsonld_listing,
    raw_page_near,
    real_pages,
)
from tests.redis_server import RedisServer, free_port  # noqa: E402

OUT = ROOT / "docs" / "performance"
TOKEN = "@@N@@"  # replaced in each request by a token of its own, for uncached requests
WORKERS = 2
CONNECTIONS = 16
# Loopback only: no job board is read from its provider (a page may link to one).
OFFLINE = {"BOARDS_FETCH": "off"}
# A typical listing: the real job pages from job sites describe the job in about 3 KB (median).
LISTING_BYTES = 3000

# wrk: one body template, the token replaced per request; a JSON line at the end.
WRK_SCRIPT = r"""
local f = assert(io.open(os.getenv("WAL_BODY"), "rb"))
local template = f:read("*a")
f:close()
local parts, start = {}, 1
while true do
  local i, j = string.find(template, "@@N@@", start, true)
  if not i then table.insert(parts, string.sub(template, start)); break end
  table.insert(parts, string.sub(template, start, i - 1)); start = j + 1
end
local path, method = os.getenv("WAL_PATH"), os.getenv("WAL_METHOD")
local headers = {["Content-Type"] = "application/json"}
local counter = 0
local seed = tostring(math.random(1, 1e9))
request = function()
  if method == "GET" then return wrk.format("GET", path) end
  counter = counter + 1
  return wrk.format("POST", path, headers, table.concat(parts, seed .. "x" .. counter))
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"duration_s":%.3f,"socket_errors":%d,"bad_status":%d,' ..
    '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f}\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout,
    e.status, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, latency.mean / 1e3))
end
"""


def machine() -> dict:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    return {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "cpus": os.cpu_count(),
        "platform": f"{platform.machine()} {platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }


class Server:
    """gunicorn serving the app as scripts/serve does, on a free loopback port."""

    def __init__(self, redis_url: str, log: Path, warm_up: bool = True):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.redis_url, self.log, self.warm_up = redis_url, log, warm_up
        self.prefix = f"bench-{uuid.uuid4().hex[:8]}"
        self.process: subprocess.Popen | None = None

    def config(self) -> Path | None:
        if not self.warm_up:
            return None
        service = ROOT / "gunicorn.conf.py"
        return service if service.exists() else ROOT / "benchmarks" / "gunicorn.conf.py"

    def __enter__(self) -> Server:
        # Redis's timeout is raised from 0.5 s: on a busy shared machine a late answer is the
        # machine's doing, and a cache that backs off would turn a cached run into an uncached
        # one. The log counts any back-off all the same (see redis_backoffs).
        env = {**os.environ, **OFFLINE, "REDIS_URL": self.redis_url, "CACHE_PREFIX": self.prefix,
               "BATCH_MAX_ITEMS": "100", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT),
               "REDIS_TIMEOUT_SECONDS": "5"}
        config = self.config()
        command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.port}",
                   "--workers", str(WORKERS), "--config", str(config) if config else "/dev/null"]
        if not config or config.parent.name == "benchmarks":  # scripts/serve's flags of today
            command += ["--timeout", "30", "--access-logfile", "-"]
        command.append("api:create_app()")
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log.open("wb"),
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped; see {self.log}")
            # Our stand-in warms each worker (post_fork) and says so; the service's own
            # configuration warms the master before any worker forks (preload_app), so a
            # worker that answers is warm.
            needed = WORKERS if config and config.parent.name == "benchmarks" else 0
            warmed = self.log.read_text(errors="replace").count("warmed up")
            if warmed >= needed and len(self.workers()) >= WORKERS and self._answers():
                return self
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not get ready in 60 s; see {self.log}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/v1/health", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def redis_backoffs(self) -> int:
        """How often the API has found Redis unavailable so far (it logs each back-off)."""
        return self.log.read_text(errors="replace").count("cache unavailable")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def post(self, path: str, body: bytes) -> dict:
        request = urllib.request.Request(self.url + path, data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) the processes have used so far, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def wrk(server: Server, path: str, body: str | None, seconds: float, workdir: Path,
        redis_pid: int) -> dict:
    """Load ``path`` with wrk for ``seconds``; the body's TOKEN differs in every request.

    Besides wrk's figures, the CPU time the API's workers and Redis spent per request: on a
    shared machine, throughput follows the other work on it, CPU per request much less.
    """
    script = workdir / "bench.lua"
    script.write_text(WRK_SCRIPT)
    body_file = workdir / "body.json"
    body_file.write_text(body or "")
    env = {**os.environ, "WAL_BODY": str(body_file), "WAL_PATH": path,
           "WAL_METHOD": "GET" if body is None else "POST"}
    workers = server.workers()
    api_before, redis_before = cpu_seconds(workers), cpu_seconds([redis_pid])
    run = subprocess.run(
        ["wrk", "-t", "1", "-c", str(CONNECTIONS), "-d", f"{max(1, round(seconds))}s",
         "--timeout", "10s", "-s", str(script), server.url],
        env=env, capture_output=True, text=True, check=True)
    api_cpu = cpu_seconds(workers) - api_before
    redis_cpu = cpu_seconds([redis_pid]) - redis_before
    line = next(line for line in run.stdout.splitlines() if line.startswith("WRK "))
    result = json.loads(line[4:])
    result["rps"] = round(result["requests"] / result["duration_s"], 1)
    result["api_cpu_ms_per_request"] = round(api_cpu * 1000 / max(1, result["requests"]), 3)
    result["redis_cpu_ms_per_request"] = round(redis_cpu * 1000 / max(1, result["requests"]), 3)
    return result


def http_scenarios(realpages: Path | None, quick: bool) -> list[dict]:
    """(name, path, body or None for GET, cached?, items per request) for the load runs."""
    listing = jsonld_listing(LISTING_BYTES, TOKEN)
    scenarios = [
        {"name": "health (ceiling)", "path": "/v1/health", "body": None, "cached": None},
        {"name": "estimate, JSON-LD listing, cached", "path": "/v1/estimates",
         "body": {"page": jsonld_listing(LISTING_BYTES, "fixed"), "profile": PROFILE},
         "cached": True},
        {"name": "estimate, JSON-LD listing, uncached", "path": "/v1/estimates",
         "body": {"page": listing, "profile": PROFILE}, "cached": False},
    ]
    if realpages:
        path, html = raw_page_near(realpages, 100_000)
        url = f"https://example.org/{path.parent.name}/{path.name}"
        scenarios += [
            {"name": "estimate, raw 100 KB real page, cached", "path": "/v1/estimates",
             "body": {"page": {"url": url, "html": html}, "profile": PROFILE}, "cached": True,
             "page": f"{path.parent.name}/{path.name}", "bytes": len(html.encode())},
            {"name": "estimate, raw 100 KB real page, uncached", "path": "/v1/estimates",
             "body": {"page": {"url": url + "?" + TOKEN, "html": html.replace(
                 "<body", f"<!-- {TOKEN} --><body", 1)}, "profile": PROFILE}, "cached": False},
        ]
    scenarios += [
        {"name": "card one by one, cached", "path": "/v1/estimates",
         "body": {**card("fixed", 0), "profile": PROFILE}, "cached": True, "items": 1},
        {"name": "card one by one, uncached", "path": "/v1/estimates",
         "body": {**card(TOKEN, 0), "profile": PROFILE}, "cached": False, "items": 1},
    ]
    for size in (25,) if quick else (25, 100):
        scenarios += [
            {"name": f"batch of {size} cards, cached", "path": "/v1/estimates/batch",
             "body": {"items": [card("fixed", i) for i in range(size)], "profile": PROFILE},
             "cached": True, "items": size},
            {"name": f"batch of {size} cards, uncached", "path": "/v1/estimates/batch",
             "body": {"items": [card(TOKEN, i) for i in range(size)], "profile": PROFILE},
             "cached": False, "items": size},
        ]
    return scenarios


def run_http(realpages: Path | None, seconds: float, quick: bool, workdir: Path) -> dict:
    results, memory = [], {}
    with RedisServer() as redis_server, Server(redis_server.url, workdir / "gunicorn.log") as api:
        for scenario in http_scenarios(realpages, quick):
            body = None if scenario["body"] is None else json.dumps(scenario["body"])
            if body is not None:  # check the answer, and fill the cache for a cached run
                sample = json.loads(body.replace(TOKEN, f"check-{uuid.uuid4().hex[:8]}"))
                answers = [api.post(scenario["path"], json.dumps(sample).encode())
                           for _ in range(2)]
                last = answers[-1]
                statuses = ([r.get("cache") for r in last["results"]] if "results" in last
                            else [last.get("cache")])
                expected = "hit" if scenario["cached"] else "miss"
                if scenario["cached"] is False:
                    statuses = [r.get("cache") for r in answers[0].get("results", [answers[0]])]
                if set(statuses) != {expected}:
                    raise RuntimeError(f"{scenario['name']}: cache said {statuses}")
            print(f"  {scenario['name']} …", flush=True)
            backoffs = api.redis_backoffs()
            figures = wrk(api, scenario["path"], body, seconds, workdir,
                          redis_server.pid)
            figures["redis_backoffs"] = api.redis_backoffs() - backoffs
            results.append({**{k: v for k, v in scenario.items() if k != "body"},
                            "body_bytes": len(body or ""), **figures})
        memory = redis_memory(redis_server.url, api.prefix)
    return {"scenarios": results, "memory_after_load": memory}


def redis_memory(url: str, prefix: str) -> dict:
    """MEMORY USAGE of every key under ``prefix``: bytes per entry, in Redis's own count."""
    import redis

    client = redis.Redis.from_url(url)
    sizes = [client.memory_usage(key, samples=0)
             for key in client.scan_iter(match=f"{prefix}:*", count=1000)]
    client.close()
    return summarize(sizes)


def summarize(values: list[float]) -> dict:
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    return {"count": len(ordered), "median": statistics.median(ordered),
            "p90": ordered[int(0.9 * (len(ordered) - 1))], "max": ordered[-1],
            "min": ordered[0], "mean": round(statistics.fmean(ordered), 1)}


def timed(fn, repeats: int) -> float:
    """The lowest of ``repeats`` timings of ``fn(i)`` in ms: the machine is shared."""
    best = float("inf")
    for i in range(repeats):
        started = time.perf_counter()
        fn(i)
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def in_process(realpages: Path | None, quick: bool) -> dict:
    """Uncached and cached estimates by size, and over the real pages, without HTTP."""
    from api.cache import MemoryCache
    from api.estimating import estimate_items, warm_up

    warm_up()
    sizes = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000]
    repeats = 3 if quick else 5

    def uncached(make):
        # The items are made before the clock starts: only the estimate is timed.
        made = [make(f"u{i}") for i in range(repeats)]

        def run(i):
            cache = MemoryCache(60)
            (result,) = estimate_items([made[i]], PROFILE, cache)
            assert "error" not in result, result
        return run

    def cached(make):
        cache = MemoryCache(60)
        item = make("c")
        estimate_items([item], PROFILE, cache)
        return lambda _i: estimate_items([item], PROFILE, cache)

    by_size = []
    for size in sizes:
        listing = lambda salt, size=size: {"page": jsonld_listing(size, salt)}  # noqa: E731
        raw = lambda salt, size=size: {"page": html_page(size, salt)}  # noqa: E731
        by_size.append({
            "bytes": size,
            "jsonld_uncached_ms": round(timed(uncached(listing), repeats), 3),
            "jsonld_cached_ms": round(timed(cached(listing), repeats * 20), 3),
            "html_uncached_ms": round(timed(uncached(raw), repeats), 3),
            "html_cached_ms": round(timed(cached(raw), repeats * 20), 3),
        })
        print(f"  {size // 1000:>3} KB: {by_size[-1]}", flush=True)

    pages = []
    for path, html in real_pages(realpages) if realpages else []:
        item = {"page": {"url": f"https://example.org/{path.parent.name}/{path.name}",
                         "html": html}}
        outcome = {}

        def run(_i, item=item, outcome=outcome):
            (result,) = estimate_items([item], PROFILE, MemoryCache(60))
            outcome["estimated"] = "error" not in result

        ms = timed(run, 1 if quick else 2)
        pages.append({"page": f"{path.parent.name}/{path.name}", "bytes": len(html.encode()),
                      "ms": round(ms, 2), "estimated": outcome["estimated"]})
    return {"by_size": by_size, "real_pages": pages}


def entry_memory(realpages: Path | None) -> dict:
    """Redis memory of the entries that the real pages, the listing and the cards leave."""
    import redis

    from api.cache import RedisCache
    from api.estimating import estimate_items

    out = {}
    with RedisServer() as redis_server:
        client = redis.Redis.from_url(redis_server.url)
        groups = {
            "JSON-LD listing (3 KB description)": [{"page": jsonld_listing(LISTING_BYTES, "m")}],
            "cards": [card("m", i) for i in range(100)],
        }
        if realpages:
            groups["real job and event pages"] = [
                {"page": {"url": f"https://example.org/{p.parent.name}/{p.name}", "html": html}}
                for p, html in real_pages(realpages) if p.parent.name in ("job", "event")]
        for name, items in groups.items():
            prefix = f"mem-{uuid.uuid4().hex[:6]}"
            cache = RedisCache(client, ttl_seconds=3600)
            for item in items:
                estimate_items([item], None, cache, prefix=prefix)
            sizes = [client.memory_usage(key, samples=0)
                     for key in client.scan_iter(match=f"{prefix}:*", count=1000)]
            lengths = [client.strlen(key) for key in client.scan_iter(match=f"{prefix}:*")]
            out[name] = {**summarize(sizes), "value_bytes": summarize(lengths),
                         "sizes": sorted(sizes)}
        client.close()
    return out


FIRST_REQUEST = """
import json, sys, time
from api import create_app
from api.estimating import warm_up
from benchmarks.material import PROFILE, card, html_page, jsonld_listing
if sys.argv[1] == "warm":
    warm_up()
client = create_app({"LOG_LEVEL": "WARNING"}).test_client()
out = {}
for when in ("first", "then"):
    out[when] = []
    for item in ({"page": jsonld_listing(3000, when)}, {"page": html_page(20000, when)},
                 card(when, 1)):
        started = time.perf_counter()
        answer = client.post("/v1/estimates", json={**item, "profile": PROFILE})
        assert answer.status_code == 200 and answer.json["cache"] == "miss", answer.json
        out[when].append(round((time.perf_counter() - started) * 1000, 1))
print(json.dumps(out))
"""


def first_requests() -> dict:
    """The first requests of a fresh process (a listing, a raw page, a card, all uncached),
    then the same kinds again, with and without the warm-up."""
    out = {}
    for mode in ("cold", "warm"):
        run = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", FIRST_REQUEST, mode],
                             cwd=ROOT, capture_output=True, text=True, check=True,
                             env={**os.environ, **OFFLINE, "PYTHONPATH": str(ROOT)})
        out[mode] = json.loads(run.stdout.strip().splitlines()[-1])
    return out


def extension(runs: int) -> dict:
    """The extension's main-thread cost, by the extension's own benchmark."""
    script = ROOT / "benchmarks" / "extension_bench.py"
    if not script.exists():
        return {"ok": False, "text": "benchmarks/extension_bench.py is not there"}
    run = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(script), "--runs",
                          str(runs)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    text = (run.stdout + ("\n" + run.stderr[-2000:] if run.returncode else "")).strip()
    medians = {}
    for line in run.stdout.splitlines():
        match = re.match(r"\s*(.+?)\s+median\s+([\d.]+) ms", line)
        if match:
            medians[match.group(1).strip()] = float(match.group(2))
    return {"ok": run.returncode == 0, "medians_ms": medians, "text": text}


def goals(results: dict) -> list[dict]:
    """Each goal of issue 12, with the figure this run gave."""
    by_name = {s["name"]: s for s in results["http"]["scenarios"]}
    ceiling = by_name["health (ceiling)"]
    out = []

    def goal(name, figure, target, met, unit="", by_cpu=None):
        out.append({"goal": name, "figure": figure, "target": target, "met": bool(met),
                    "unit": unit, "by_cpu": by_cpu})

    def share(name):  # of the ceiling's throughput: measured, and as CPU per request implies
        return (round(by_name[name]["rps"] / ceiling["rps"], 2),
                round(cpu_per_request(ceiling) / cpu_per_request(by_name[name]), 2))

    cached, cached_cpu = share("estimate, JSON-LD listing, cached")
    goal("cached estimate / ceiling (req/s)", cached, "≥ 0.5 (aim 0.7)", cached >= 0.5,
         by_cpu=cached_cpu)
    uncached, uncached_cpu = share("estimate, JSON-LD listing, uncached")
    goal("uncached JSON-LD listing / ceiling", uncached, "≥ 0.3", uncached >= 0.3,
         by_cpu=uncached_cpu)
    single, batch = by_name["card one by one, cached"], by_name["batch of 25 cards, cached"]
    ratio = single["rps"] / batch["rps"]
    goal("time of a cached batch of 25 / a cached single card", round(ratio, 2), "≤ 2",
         ratio <= 2, by_cpu=round(cpu_per_request(batch) / cpu_per_request(single), 2))
    sizes = results["in_process"]["by_size"]
    biggest = sizes[-1]["html_uncached_ms"]
    goal("raw 200 KB page of text, in process (ms)", round(biggest, 1), "< 50", biggest < 50,
         "ms")
    near = [p["ms"] for p in results["in_process"]["real_pages"]
            if 150_000 <= p["bytes"] <= 250_000]
    if near:
        goal(f"real pages of 150-250 KB ({len(near)}), median ms in process",
             round(statistics.median(near), 1), "< 50", statistics.median(near) < 50, "ms")
    per_kb = [s["html_uncached_ms"] / (s["bytes"] / 1000) for s in sizes if s["bytes"] >= 10_000]
    growth = per_kb[-1] / per_kb[0]
    goal("ms per KB at 200 KB / at 10 KB (raw HTML)", round(growth, 2), "≤ 1.2 (linear)",
         growth <= 1.2)
    memory = results["memory"]
    listing = memory["JSON-LD listing (3 KB description)"]["median"]
    goal("Redis memory, JSON-LD listing entry (bytes)", listing, "≤ 2048", listing <= 2048, "B")
    if "real job and event pages" in memory:
        real = memory["real job and event pages"]
        goal("Redis memory, real pages, median entry (bytes)", real["median"], "≤ 2048",
             real["median"] <= 2048, "B")
    worst = max(results["http"]["scenarios"], key=lambda s: s["p99_ms"] / s["p50_ms"])
    spread = worst["p99_ms"] / worst["p50_ms"]
    goal(f"p99 / p50 under load, worst run ({worst['name']})", round(spread, 2), "≤ 5",
         spread <= 5)
    return out


def cpu_per_request(scenario: dict) -> float:
    """CPU ms the API's workers and Redis spent per request in a load run."""
    return scenario["api_cpu_ms_per_request"] + scenario["redis_cpu_ms_per_request"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10, help="seconds per load run")
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a try")
    parser.add_argument("--no-extension", action="store_true",
                        help="skip the extension's benchmark (it needs Chromium)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    # Stopped from outside: leave through the context managers, which stop gunicorn and Redis.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    for tool in ("wrk", "redis-server"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (Debian: apt-get install -y {tool}); "
                     "scripts/bench installs it when run as root")
    from tests.shared import REALPAGES

    realpages = REALPAGES if REALPAGES.exists() else None
    results: dict = {"machine": machine(), "settings": {
        "workers": WORKERS, "connections": CONNECTIONS, "seconds_per_run": args.duration,
        "wrk_threads": 1, "realpages": str(realpages) if realpages else None}}
    with tempfile.TemporaryDirectory() as workdir:
        print("Over HTTP (gunicorn, Redis, wrk):", flush=True)
        results["http"] = run_http(realpages, args.duration, args.quick, Path(workdir))
    print("In process:", flush=True)
    results["in_process"] = in_process(realpages, args.quick)
    print("Redis memory per entry …", flush=True)
    results["memory"] = entry_memory(realpages)
    print("First requests after a start …", flush=True)
    results["first_requests_ms"] = first_requests()
    if not args.no_extension:
        print("The extension (Chromium) …", flush=True)
        results["extension"] = extension(5 if args.quick else 20)
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    results["goals"] = goals(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    plots.draw(results, args.out)
    (args.out / "summary.md").write_text(markdown(results))
    print(report(results))
    return 0


def markdown(results: dict) -> str:
    """The run's tables in Markdown, for docs/performance.md."""
    m = results["machine"]
    ceiling = results["http"]["scenarios"][0]["rps"]
    lines = [f"Run of {m['when']} at {m['commit']}: {m['cpus']} cores, {m['platform']}, "
             f"Python {m['python']}; load average {m['load_average_before'][0]} before, "
             f"{m['load_average_after'][0]} after. gunicorn {WORKERS} sync workers, wrk "
             f"{CONNECTIONS} connections, {results['settings']['seconds_per_run']:g} s a run.",
             "", "| run | req/s | cards/s | × ceiling | CPU ms per request | × ceiling by CPU "
             "| p50 ms | p99 ms | p99/p50 |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    ceiling_cpu = cpu_per_request(results["http"]["scenarios"][0])
    for s in results["http"]["scenarios"]:
        cards = f"{s['rps'] * s['items']:.0f}" if "items" in s else ""
        cpu = cpu_per_request(s)
        lines.append(f"| {s['name']} | {s['rps']:.0f} | {cards} | {s['rps'] / ceiling:.2f} | "
                     f"{cpu:.2f} | {ceiling_cpu / cpu:.2f} | {s['p50_ms']:.1f} | "
                     f"{s['p99_ms']:.1f} | {s['p99_ms'] / s['p50_ms']:.1f} |")
    lines += ["", "| size | JSON-LD uncached | JSON-LD cached | raw HTML uncached | "
              "raw HTML cached |", "|---:|---:|---:|---:|---:|"]
    for r in results["in_process"]["by_size"]:
        lines.append(f"| {r['bytes'] // 1000} KB | {r['jsonld_uncached_ms']:.1f} ms | "
                     f"{r['jsonld_cached_ms']:.2f} ms | {r['html_uncached_ms']:.1f} ms | "
                     f"{r['html_cached_ms']:.2f} ms |")
    pages = results["in_process"]["real_pages"]
    if pages:
        read = [p for p in pages if p["estimated"]]
        ms = summarize([p["ms"] for p in pages])
        lines += ["", f"Every real page, uncached, in process: {len(pages)} pages ({len(read)} "
                  f"estimated, the others refused as no single listing), median {ms['median']:.1f}"
                  f" ms, p90 {ms['p90']:.1f} ms, max {ms['max']:.0f} ms; "
                  f"{sum(p['ms'] >= 50 for p in pages)} take 50 ms or more."]
    first = results.get("first_requests_ms")
    if first:
        lines += ["", "| a fresh process, uncached | JSON-LD listing | raw 20 KB page | card |",
                  "|---|---:|---:|---:|"]
        for mode in ("cold", "warm"):
            for when, label in (("first", "first requests"), ("then", "the same kinds again")):
                row = " | ".join(f"{ms:.1f} ms" for ms in first[mode][when])
                lines.append(f"| {'no warm-up' if mode == 'cold' else 'warm_up()'}, {label} | "
                             f"{row} |")
    lines += ["", "| Redis entries | count | median | p90 | max |", "|---|---:|---:|---:|---:|"]
    for name, f in results["memory"].items():
        lines.append(f"| {name} | {f['count']} | {f['median']:.0f} B | {f['p90']:.0f} B | "
                     f"{f['max']:.0f} B |")
    ext = results.get("extension")
    if ext:
        lines += ["", "The extension (benchmarks/extension_bench.py): " + (
            ", ".join(f"{k} {v:g} ms" for k, v in ext["medians_ms"].items()) + " (medians)"
            if ext["ok"] else "did not run: " + ext["text"][-300:])]
    lines += ["", "| goal | this run | by CPU per request | target | |",
              "|---|---:|---:|---|---|"]
    for g in results["goals"]:
        by_cpu = "" if g.get("by_cpu") is None else g["by_cpu"]
        lines.append(f"| {g['goal']} | {g['figure']} | {by_cpu} | {g['target']} | "
                     f"{'met' if g['met'] else '**missed**'} |")
    return "\n".join(lines) + "\n"


def report(results: dict) -> str:
    lines = ["", f"{'run':<42} {'req/s':>7} {'items/s':>7} {'x ceil':>6} {'CPU ms':>6} "
             f"{'x ceil':>6} {'p50 ms':>7} {'p99 ms':>7}"]
    ceiling = results["http"]["scenarios"][0]
    for s in results["http"]["scenarios"]:
        items = s["rps"] * s.get("items", 1)
        cpu = cpu_per_request(s)
        lines.append(f"{s['name']:<42} {s['rps']:>7.0f} {items:>7.0f} "
                     f"{s['rps'] / ceiling['rps']:>6.2f} {cpu:>6.2f} "
                     f"{cpu_per_request(ceiling) / cpu:>6.2f} {s['p50_ms']:>7.2f} "
                     f"{s['p99_ms']:>7.2f}")
    lines.append("")
    for g in results["goals"]:
        by_cpu = f", by CPU per request {g['by_cpu']}" if g.get("by_cpu") is not None else ""
        lines.append(f"{'met   ' if g['met'] else 'MISSED'} {g['goal']}: {g['figure']}{by_cpu} "
                     f"(goal {g['target']})")
    m = results["machine"]
    lines.append(f"\nload average before {m['load_average_before']}, after "
                 f"{m['load_average_after']}; results in docs/performance/")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
