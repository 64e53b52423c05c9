"""Occupations by meaning, measured: 364 real-world job titles with the occupation a
careful reader gives them (tests/core/model/occupation_titles.tsv, written before any
answer was seen; the last 59, from job boards across fields, before the rules for
trailing "Lead", role nouns read from their field and unit words), split by
api.core.holdout.part into a tune part (rules were shaped on it) and a check part (held
out). Run ``python -m tests.core.model.title_eval`` for the figures of both parts.
"""

from __future__ import annotations

from tests.core.model.title_eval import cases, current, score

# The check part, before this matcher (surface words, no description): major group
# 91.8%, exact occupation 85.7%. With the 59 titles added later, before the rules for
# them: tune major 93.1% exact 87.5%, check major 95.7% exact 90.5%; after: tune 93.5%
# and 88.3%, check 97.4% and 91.4%. Thresholds a little under what it does now, so that
# a change that loses ground on titles no rule was shaped on fails here.
CHECK_MAJOR = 0.95
CHECK_EXACT = 0.89
TUNE_MAJOR = 0.92
TUNE_EXACT = 0.87


def test_titles_find_the_occupation_a_careful_reader_gives():
    parts = {name: [c for c in cases() if c.part == name] for name in ("tune", "check")}
    assert len(parts["tune"]) + len(parts["check"]) >= 150
    assert len(parts["check"]) >= 45
    tune, _ = score(current, parts["tune"])
    check, misses = score(current, parts["check"])
    figures = (
        f"tune: major {tune.share('major'):.1%} exact {tune.share('exact'):.1%}; "
        f"check: major {check.share('major'):.1%} exact {check.share('exact'):.1%}"
    )
    assert check.share("major") >= CHECK_MAJOR, figures
    assert check.share("exact") >= CHECK_EXACT, figures
    assert tune.share("major") >= TUNE_MAJOR, figures
    assert tune.share("exact") >= TUNE_EXACT, figures


def test_the_set_covers_many_fields_and_messy_forms():
    all_cases = cases()
    majors = {code[:2] for c in all_cases for code in c.codes[:1]}
    # health, education, trades, legal, finance, public sector, creative, tech and more
    assert {"13", "15", "23", "25", "27", "29", "33", "47", "49", "51"} <= majors
    assert len(majors) >= 18
    messy = [c for c in all_cases if any(ch in c.title for ch in "-,()|$/.")]
    assert len(messy) >= 40
    assert sum(1 for c in all_cases if c.description) >= 10
