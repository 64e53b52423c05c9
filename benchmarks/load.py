"""Measure what the service holds on this machine, on loopback: one box or three replicas.

Run: .venv/bin/python benchmarks/load.py [--topology one|three] [--seconds 30]
      [--connections 64] [--workers 2] [--redis-outage]
one:   scripts/serve (WORKERS workers) and a private Redis.
three: three scripts/serve (WORKERS workers each) behind nginx (deploy/nginx.conf), one Redis.
The mix (tests/load.py): 60% cached estimates, 25% uncached, 15% batches of 10.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.load import run  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402
from tests.servers import LoadBalancer, Service, rss_kib, wait_until_up  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topology", choices=("one", "three"), default="one")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", default="2")
    parser.add_argument("--redis-outage", action="store_true",
                        help="stop Redis for 5 s a third of the way in")
    args = parser.parse_args()

    redis = RedisServer().start()
    count = 1 if args.topology == "one" else 3
    replicas = [Service(REDIS_URL=redis.url, WORKERS=args.workers, TRUSTED_PROXIES=str(count - 1
                        and 1), RATE_LIMIT="1000000/minute") for _ in range(count)]
    balancer = None
    try:
        for replica in replicas:
            replica.start(wait=False)
        for replica in replicas:
            wait_until_up(f"{replica.url}/v1/health", process=replica.process)
        url = replicas[0].url
        if count > 1:
            balancer = LoadBalancer([replica.port for replica in replicas]).start()
            url = balancer.url
        pids = [pid for replica in replicas for pid in replica.workers()]
        before = {pid: rss_kib(pid) for pid in pids}
        at = args.seconds / 3
        events = [(at, redis.stop), (at + 5, redis.start)] if args.redis_outage else []
        figures = run(url, args.connections, args.seconds, events=events)
        summary = figures.summary()
        summary["rss_mib_per_worker"] = {
            "before": round(max(before.values()) / 1024),
            "after": round(max(rss_kib(pid) for pid in pids) / 1024)}
        summary["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                              "load_average": os.getloadavg()}
        summary["setup"] = vars(args)
        print(json.dumps(summary, indent=1))
    finally:
        if balancer:
            balancer.close()
        for replica in replicas:
            replica.close()
        redis.close()


if __name__ == "__main__":
    main()
