"""Time the knowledge modules: first use (loading the index and the gazetteer) and each call.

Run: .venv/bin/python benchmarks/bench_knowledge.py [--runs N]

Prints medians (p90) of: a fresh process's first title match, skill lookup and place
lookup (the loads they trigger); match_title on 305 real titles, memoized (a page's title
again), not memoized (a profile's target role, cached=False) and with a description;
canonical, locate and seniority the same two ways; and reading a whole profile through the
uncached lookups, beside what the memoized lookups would cost.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_USE = """
import time
t0 = time.perf_counter()
from api.core.model import occupations
t1 = time.perf_counter()
occupations.match_title("Senior Platform Engineer")
t2 = time.perf_counter()
from api.core.model import skills
skills.canonical("postgres")
t3 = time.perf_counter()
from api.core.model import places
places.locate("Boston, MA")
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""

PROFILE = {
    "target_roles": ["Senior Backend Engineer", "Staff Platform Engineer", "Engineering Manager"],
    "skills": ["python", "go", "postgres", "kafka", "k8s", "distributed systems", "terraform"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Berlin, Germany",
    "goals": ["practice", "network"],
}


def stats(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    return f"{statistics.median(ms):.3f} ({p90:.3f}) ms"


def timed(call, items, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        for item in items:
            t = time.perf_counter()
            call(item)
            out.append(time.perf_counter() - t)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", type=int, default=5, help="fresh processes for first use")
    args = parser.parse_args()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")

    first = []
    for _ in range(args.fresh):
        out = subprocess.run([sys.executable, "-c", FIRST_USE], cwd=ROOT, capture_output=True,
                             text=True, check=True)
        first.append([float(x) for x in out.stdout.split()])
    for n, what in enumerate(["import occupations", "first match_title (index load)",
                              "first canonical (skill index)", "first locate (gazetteer)"]):
        print(f"first use, {what}: {stats([f[n] for f in first])}")

    from api.core.model import occupations, places, profile, skills
    from tests.core.model.title_eval import cases

    all_cases = cases()
    titles = [c.title for c in all_cases]
    described = [(c.title, c.description) for c in all_cases if c.description]
    occupations.match_title("warm up")
    print(f"match_title, {len(titles)} titles, memoized: "
          f"{stats(timed(occupations.match_title, titles, args.runs))}")
    uncached = timed(lambda t: occupations.match_title(t, cached=False), titles, args.runs)
    print(f"match_title, {len(titles)} titles, cached=False: {stats(uncached)}")
    with_text = timed(lambda td: occupations.match_title(*td), described, args.runs)
    print(f"match_title with a description ({len(described)}): {stats(with_text)}")
    names = [s for c in all_cases for s in c.description.replace(";", ",").split(",") if s]
    names += ["postgres", "k8s", "golang", "Excel", "patient care", "welding"]
    print(f"canonical, memoized: {stats(timed(skills.canonical, names, args.runs))}")
    print(f"canonical, cached=False: "
          f"{stats(timed(lambda n: skills.canonical(n, cached=False), names, args.runs))}")
    cities = ["Boston, MA", "Berlin, Germany", "London, UK", "Austin TX", "München",
              "San Francisco Bay Area", "Chicago, IL 60601", "Toronto, ON, Canada"]
    print(f"locate, memoized: {stats(timed(places.locate, cities, args.runs * 20))}")
    print(f"locate, cached=False: "
          f"{stats(timed(lambda c: places.locate(c, cached=False), cities, args.runs * 20))}")
    print(f"seniority_of, cached=False: "
          f"{stats(timed(lambda t: occupations.seniority_of(t, cached=False), titles, args.runs))}")
    codes = sorted({c.codes[0] for c in all_cases})
    print(f"neighbours: {stats(timed(occupations.neighbours, codes, args.runs))}")
    print(f"is_common_for: "
          f"{stats(timed(lambda c: occupations.is_common_for('Python', c), codes, args.runs))}")

    # a whole profile read, as each estimate does, against what memoized lookups would cost
    read = timed(lambda p: profile.read(p), [PROFILE], 200)

    def memoized(p):
        for t in p["target_roles"]:
            occupations.match_title(t)
            occupations.seniority_of(t)
        for s in p["skills"]:
            skills.canonical(s)
        places.locate(p["location"])

    print(f"profile.read (uncached lookups, {len(PROFILE['target_roles'])} roles, "
          f"{len(PROFILE['skills'])} skills, a city): {stats(read)}")
    print(f"the same lookups memoized: {stats(timed(memoized, [PROFILE], 200))}")


if __name__ == "__main__":
    main()
