"""The job-title evaluation set: read it, split it, and score a matcher on it.

    python -m tests.core.model.title_eval [--part tune|check] [--misses]

prints each part's accuracy (major group and exact occupation); ``--misses`` lists the
titles a part gets wrong (look only at the tune part's while changing rules).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from api.core.holdout import PARTS, part

TITLES = Path(__file__).with_name("occupation_titles.tsv")


@dataclass(frozen=True)
class Case:
    title: str
    codes: tuple[str, ...]  # acceptable O*NET codes, the likeliest first
    description: str = ""

    @property
    def part(self) -> str:
        return part(self.title)


def cases() -> list[Case]:
    with TITLES.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Case(r["title"], tuple(r["codes"].split()), r.get("description") or "") for r in rows]


@dataclass
class Score:
    n: int = 0
    major: int = 0
    exact: int = 0

    def share(self, what: str) -> float:
        return getattr(self, what) / self.n if self.n else 0.0


def score(match: Callable[[Case], str | None], which: list[Case]) -> tuple[Score, list]:
    """Accuracy of ``match`` (a case to an O*NET code or None) and the cases it misses."""
    s, misses = Score(), []
    for case in which:
        got = match(case)
        s.n += 1
        if got and got[:2] in {c[:2] for c in case.codes}:
            s.major += 1
        if got in case.codes:
            s.exact += 1
        else:
            misses.append((case, got))
    return s, misses


def current(case: Case) -> str | None:
    from api.core.model.occupations import match_title

    kwargs = {"description": case.description} if case.description else {}
    found = match_title(case.title, **kwargs)
    return found["code"] if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    all_cases = cases()
    for name in [args.part] if args.part else PARTS:
        s, misses = score(current, [c for c in all_cases if c.part == name])
        print(f"{name}: n={s.n} major {s.share('major'):.1%} exact {s.share('exact'):.1%}")
        if args.misses:
            for case, got in misses:
                print(f"  {case.title!r:60} want {case.codes[0]} got {got}")


if __name__ == "__main__":
    main()
