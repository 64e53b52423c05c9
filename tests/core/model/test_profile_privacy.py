"""The profile stays in its request: nothing of it is kept in a process-wide cache.

An estimate reads the person's target roles, skills, location and the rest through the
same knowledge modules (occupations, skills, places) as the page; the page's words may be
memoized, the person's may not. The test estimates pages for a profile whose every string
carries a marker no page has, then looks through every memo of ``api.core`` (functools
caches, found by walking the garbage collector's objects, and module-level containers)
for any of the markers.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
from datetime import date

import pytest

from api.core.extraction import read_page
from api.core.model import analyse, estimate
from tests.shared import SCENARIOS, required

# Made-up words no page, index or gazetteer holds; lower case, as normalisation leaves them.
MARKERS = ("qzvxkj", "wplmrt", "jfkqzu", "xbvnwq", "zzqpfy")


def marked_profile() -> dict:
    a, b, c, d, e = MARKERS
    return {
        "target_roles": [f"Senior {a.title()} Engineer", f"{b} analyst", "Backend Engineer"],
        "skills": [f"{c}DB", "python", f"{a} modelling", "Postgres"],
        "industries": [f"{d} fintech", "healthcare"],
        "seniority": "senior",
        "location": f"{e.title()}ville, {d.title()}",
        "remote_only": False,
        "min_salary": {"amount": 120000, "currency": "USD", "period": "YEAR"},
        "recent_interviews": 2,
        "goals": ["practice", "network"],
        "avoid": [f"{b} gambling", "tobacco"],
        "languages": ["en", f"{c}ish"],
        "work_authorization": ["US", f"{e}land"],
        "willing_to_relocate": True,
        "max_travel_km": 500,
        "contacts": [{"organization": f"{a} Corp", "count": 2, "positions": [f"{b} Recruiter"]}],
    }


def _strings(obj, seen: set[int], depth: int = 0):
    """Every string reachable from ``obj`` through containers and plain objects."""
    if isinstance(obj, str):
        yield obj
        return
    if id(obj) in seen or depth > 8 or isinstance(obj, int | float | bytes | type(None)):
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k, seen, depth + 1)
            yield from _strings(v, seen, depth + 1)
    elif isinstance(obj, list | tuple | set | frozenset):
        for v in obj:
            yield from _strings(v, seen, depth + 1)
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("api."):
        yield from _strings(vars(obj), seen, depth + 1)


def _core_caches():
    """(name, contents) of every functools cache of a function defined in api.core."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            wrapped = getattr(obj, "__wrapped__", None)
            module = getattr(wrapped, "__module__", "") or ""
            if module.startswith("api.core"):
                # the C cache's dict of keys and results is among what it refers to
                yield f"{module}.{wrapped.__qualname__}", gc.get_referents(obj)


def _module_containers():
    """(name, value) of every module-level container or object of api.core."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("api.core") or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, dict | list | set) or (
                hasattr(value, "__dict__") and type(value).__module__.startswith("api.core")
            ):
                yield f"{name}.{attr}", value


def _requests() -> list[dict]:
    path = required(SCENARIOS)
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    requests = [c["request"] for c in cases if "request" in c]
    requests += [r for c in cases for r in (c.get("a"), c.get("b")) if isinstance(r, dict)]
    return requests[:12]


# What the knowledge modules load once from their data files: large, and holding only
# that data (the full search reads them too, once; the quick one leaves them out).
LOADED = (
    "api.core.model._index._loaded",
    "api.core.model.occupations._occupations",
    "api.core.model.skills._skills",
    "api.core.model.places._gazetteer",
)


def _leaks(quick: bool = False) -> list[str]:
    """Where a marker is held: "module.function: the string", one line per memo."""
    found = []
    for where, contents in [*_core_caches(), *_module_containers()]:
        if quick and where in LOADED:
            continue
        for text in _strings(contents, set()):
            low = text.lower()
            if any(m in low for m in MARKERS):
                found.append(f"{where}: {text[:80]!r}")
                break
    return found


# The knowledge modules (title, skill and place lookups) and the profile reading.
KNOWLEDGE = ("occupations", "skills", "places", "_index", "profile")


@pytest.fixture(scope="module")
def after_estimates() -> list[str]:
    """Estimate a dozen pages for the marked profile; where markers are held after."""
    profile = marked_profile()
    done = 0
    for request in _requests():
        page = request.get("page")
        if not page:
            continue
        for opportunity in read_page(page)["opportunities"][:1]:
            out = estimate(opportunity, analyse(opportunity), profile, date(2026, 11, 25))
            assert out["verdict"]
            done += 1
    assert done >= 5
    return _leaks()


def test_no_profile_string_stays_in_the_knowledge_modules(after_estimates):
    mine = [leak for leak in after_estimates if leak.split(":")[0].split(".")[3] in KNOWLEDGE]
    assert not mine, "profile strings kept in process-wide memory:\n" + "\n".join(mine)


def test_no_profile_string_stays_anywhere_in_api_core(after_estimates):
    assert not after_estimates, "profile strings kept in process-wide memory:\n" + "\n".join(
        after_estimates
    )


def test_the_search_finds_a_marker_a_cache_holds():
    # the check itself: a page-side (cached) lookup of a marked string is found
    from api.core.model import occupations, places, skills

    marker = MARKERS[0]
    occupations.match_title(f"{marker} engineer")
    skills.canonical(f"{marker}db")
    places.locate(f"{marker}ville")
    try:
        leaks = _leaks(quick=True)
    finally:
        occupations._match_cached.cache_clear()
        skills._canonical_cached.cache_clear()
        places._locate_text_cached.cache_clear()
    assert any("occupations" in leak for leak in leaks)
    assert any("skills" in leak for leak in leaks)
    assert any("places" in leak for leak in leaks)


def test_the_uncached_entry_points_keep_nothing():
    from api.core.model import occupations, places, skills

    marker = MARKERS[-1]
    occupations.match_title(f"{marker} engineer", cached=False)
    occupations.match_title(f"{marker} analyst", f"Python and {marker}", cached=False)
    occupations.seniority_of(f"senior {marker}", cached=False)
    occupations.is_common_for(f"{marker}db", "15-1252.00")
    skills.canonical(f"{marker}db", cached=False)
    skills.similarity(f"{marker}db", "Go")
    skills.nearest(f"{marker}db", ["Go", "Python"])
    places.locate(f"{marker}ville, Ohio", cached=False)
    places.locate({"locality": f"{marker}ville", "country": "US"}, cached=False)
    assert not [leak for leak in _leaks(quick=True) if marker in leak.lower()]
