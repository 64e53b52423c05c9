"""The main load runs against an older revision and against this tree, alternately, in one session.

Run from the repository root: .venv/bin/python benchmarks/before_after.py REV [--duration S]

The older revision is exported with ``git archive`` into a temporary folder and served by the
same gunicorn, with its own gunicorn.conf.py when it has one (else with no warm-up): each
scenario is sent three times before it is measured. Prints, for each side and round,
throughput and CPU time per request.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import run  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

SCENARIOS = ("health (ceiling)", "estimate, JSON-LD listing, cached", "card one by one, cached",
             "batch of 25 cards, cached", "estimate, JSON-LD listing, uncached")


class OlderServer(run.Server):
    """gunicorn serving an exported revision, as scripts/serve would have then."""

    def __init__(self, redis_url: str, log: Path, tree: Path):
        super().__init__(redis_url, log, warm_up=False)
        self.tree = tree

    def __enter__(self) -> OlderServer:
        env = {**os.environ, **run.OFFLINE, "REDIS_URL": self.redis_url,
               "CACHE_PREFIX": self.prefix, "BATCH_MAX_ITEMS": "100", "LOG_LEVEL": "WARNING",
               "PYTHONPATH": str(self.tree), "REDIS_TIMEOUT_SECONDS": "5"}
        command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.port}",
                   "--workers", str(run.WORKERS)]
        own = self.tree / "gunicorn.conf.py"  # a revision with the service's own settings
        command += (["--config", str(own)] if own.exists() else
                    ["--timeout", "30", "--access-logfile", "-", "--config", "/dev/null"])
        command.append("api:create_app()")
        self.process = subprocess.Popen(command, cwd=self.tree, env=env,
                                        stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not self._answers():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"the older revision did not start; see {self.log}")
            time.sleep(0.2)
        return self


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the older revision, e.g. main or a commit")
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    scenarios = [s for s in run.http_scenarios(None, quick=True) if s["name"] in SCENARIOS]
    out: dict = {"revision": args.revision, "load_average_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as workdir, RedisServer() as redis_server:
        tree = Path(workdir) / "older"
        tree.mkdir()
        archive = subprocess.run(["git", "archive", args.revision], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        for _ in range(args.rounds):
            for side in ("before", "after"):
                log = Path(workdir) / f"{side}.log"
                server = (OlderServer(redis_server.url, log, tree) if side == "before"
                          else run.Server(redis_server.url, log))
                with server:
                    for scenario in scenarios:
                        body = None if scenario["body"] is None else json.dumps(scenario["body"])
                        for _ in range(3 if body else 0):
                            server.post(scenario["path"], body.replace(run.TOKEN, "w").encode())
                        figures = run.wrk(server, scenario["path"], body, args.duration,
                                          Path(workdir), redis_server.pid)
                        cpu = run.cpu_per_request(figures)
                        out.setdefault(side, {}).setdefault(scenario["name"], []).append(
                            {"rps": figures["rps"], "cpu_ms": round(cpu, 3)})
                        print(f"{side:6} {scenario['name']:<40} {figures['rps']:8.0f} req/s "
                              f"{cpu:6.2f} CPU ms", flush=True)
    out["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
