"""Time the value model in process: estimate() with the analysis cached, and analyse+estimate.

Run: .venv/bin/python benchmarks/bench_estimate.py [--runs N]
Targets: median estimate() < 2 ms with the analysis cached; analyse+estimate < 10 ms,
for a typical listing (a 5–10 KB description).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.core.model import analyse, estimate  # noqa: E402
from api.core.opportunity import complete  # noqa: E402

TODAY = date(2026, 11, 25)
PROFILE = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "go", "postgresql", "kafka", "distributed systems"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 2,
    "goals": ["practice", "network"],
    "avoid": ["banking"],
}
TITLES = [
    "backend engineer",
    "data scientist",
    "product manager",
    "nurse practitioner",
    "electrician",
    "policy analyst",
    "graphic designer",
    "account executive",
    "teacher",
    "accountant",
]
PARAGRAPHS = [
    "Northwind Bank is modernizing its payments stack and growing the platform group.",
    "You will design, build and operate Go and Python services on PostgreSQL and Kafka that "
    "move billions of dollars a day, with a strong focus on reliability and observability.",
    "You will partner with product, risk and compliance teams to ship features safely, write "
    "design documents, review code and mentor engineers who are new to the domain.",
    "Requirements: five or more years building backend systems; experience with distributed "
    "systems, message queues, SQL databases and cloud infrastructure such as AWS or GCP; "
    "familiarity with Kubernetes, Terraform and CI/CD pipelines.",
    "Nice to have: experience with Rust or Java, event sourcing, gRPC, and payment networks.",
    "We are hiring for 40+ roles across engineering, data and product this quarter, and "
    "internal moves between teams are encouraged.",
    "Interview process: recruiter screen, technical phone screen, a system design interview "
    "and a behavioral panel with the hiring manager.",
    "Benefits: health insurance, a 401(k) match, parental leave, a learning budget and "
    "flexible hours. Hybrid: three days a week in our Boston office.",
    "Compensation: $150,000–$185,000 base, an annual bonus and equity.",
    "We value diverse perspectives and welcome applicants from all backgrounds; our mission is "
    "to make payments fair and transparent for the communities we serve.",
]


def listing(size: int, salt: int) -> dict:
    """A job listing whose description is about ``size`` characters, made unique by ``salt``."""
    text, i = [], 0
    while sum(len(p) + 1 for p in text) < size:
        text.append(PARAGRAPHS[i % len(PARAGRAPHS)] + (f" (team {i // len(PARAGRAPHS)})"))
        i += 1
    return complete(
        {
            "kind": "job",
            "title": f"Backend Engineer, Payments Platform (R{salt})",
            "organization": "Northwind Bank",
            "description": "\n".join(text) + f"\nRequisition {salt}.",
            "location": {"locality": "Boston", "region": "MA", "country": "US"},
            "valid_through": "2031-06-30",
            "pay": {"min": 150000, "max": 185000, "currency": "USD", "period": "YEAR"},
        }
    )


def timed(fn, runs: int, rounds: int = 3) -> list[float]:
    """Time ``fn(i)`` for i < runs, in rounds; keep the round with the lowest median.

    The machine is shared: a burst of other work inflates one round, not all three.
    """
    best: list[float] | None = None
    for r in range(rounds):
        out = []
        for i in range(runs):
            start = time.perf_counter()
            fn(r * runs + i)
            out.append((time.perf_counter() - start) * 1000)
        if best is None or statistics.median(out) < statistics.median(best):
            best = out
    return best or []


def report(name: str, ms: list[float], target: float) -> bool:
    ms = sorted(ms)
    med, p90 = statistics.median(ms), ms[int(len(ms) * 0.9)]
    ok = med < target
    print(
        f"{name:<44} median {med:6.2f} ms  p90 {p90:6.2f} ms  min {ms[0]:6.2f} ms  "
        f"(target < {target:g} ms: {'ok' if ok else 'MISSED'})"
    )
    return ok


def bench_size(size: int, runs: int) -> bool:
    """Time one listing size both ways; True when both medians meet their targets."""
    opportunity = listing(size, 1)
    analysis = analyse(opportunity)
    cached = timed(lambda _i: estimate(opportunity, analysis, PROFILE, TODAY), runs)
    ok = report(f"estimate, analysis cached ({size / 1000:g} KB)", cached, 2.0)
    # A different person each call (target title and floor): profiles are never memoized,
    # so this differs from the row above only in the titles looked up.
    people = [
        {
            **PROFILE,
            "target_roles": [TITLES[i % len(TITLES)]],
            "min_salary": {"amount": 100000 + size + i, "currency": "USD", "period": "YEAR"},
        }
        for i in range(3 * runs)
    ]
    new_person = timed(lambda i: estimate(opportunity, analysis, people[i], TODAY), runs)
    report(f"estimate, analysis cached, other people ({size / 1000:g} KB)", new_person, 2.0)
    fresh = [listing(size, 1000 + i) for i in range(3 * runs)]
    uncached = timed(lambda i: estimate(fresh[i], analyse(fresh[i]), PROFILE, TODAY), runs)
    return report(f"analyse + estimate, uncached ({size / 1000:g} KB)", uncached, 10.0) and ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, load average "
        f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    warm = listing(7000, 0)
    estimate(warm, analyse(warm), PROFILE, TODAY)  # load the indexes once
    ok = True
    for size in (5000, 7500, 10000):
        ok &= bench_size(size, args.runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
