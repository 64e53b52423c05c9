"""The real-page panel through HTTP: real pages, people, and the verdicts a career coach accepts.

`../shared/scenarios/pages.jsonl` (25 pages, written before any answer was seen) and our lead's
own `tests/scenarios/pages-own.jsonl` (written the same way). Past items are judged as if held
again within the next year: the extracted opportunity's dates move by whole years and it is
sent as an opportunity. The figures are printed by holdout part (rules were tuned on `tune`
only) beside what "skip for everyone" would score.
"""

from __future__ import annotations

import pytest

from tests.scenario_checks import PANEL_ABOVE, PANEL_VERDICTS, Tally, load, run_panel
from tests.shared import REALPAGES, ROOT, SHARED, required

T1_FLOOR = 2  # T1 people not worth a look where only that is accepted (issue 9 asks for none)
OWN_FLOOR = 0.92  # our own cases: 193 of 208 verdicts reached (0.928); issue 9's goal is 0.90
# Our own T1 people not worth a look where only that is accepted. Of the 46 cases written before
# 2 Dec, 3 (4 before; ow-32's readings, a recurring gathering of the person's field, now pass):
# a show whose page holds only a name, a place, a price and a date (ow-29); a course instructor's
# role whose title matches no occupation surely, for an analyst moving into training (ow-38); an
# online evening of two talks on a language next to the person's (ow-42: talks alone never carry
# worth a look; 53). Of the 10 written on 2 Dec before any run (ow-47..ow-56), 1 (4 at first;
# ow-47 and ow-52 pass since occupations are read by meaning, ow-51 since the description keeps
# the partners' paragraph beside its accessibility block): a talk night whose page says nothing
# of its talks, only "178 Going" (ow-50).
OWN_T1_FLOOR = 4

PANELS = {
    "pages.jsonl": SHARED / "scenarios" / "pages.jsonl",
    "pages-own.jsonl": ROOT / "tests" / "scenarios" / "pages-own.jsonl",
}


def _run(client, path):
    def page_of(case):
        html = (REALPAGES / case["file"]).read_bytes().decode("utf-8", "replace")
        return {"url": case["url"], "html": html}

    def extract(page):
        response = client.post("/v1/extract", json={"page": page})
        if response.status_code != 200:
            return []
        return (response.json or {}).get("opportunities") or []

    def estimate(body):
        response = client.post("/v1/estimates", json=body)
        assert response.status_code in (200, 422), response.json  # never a server error
        return response.json if response.status_code == 200 else None

    return run_panel(load(required(path)), page_of, extract, estimate)


# Issue 9's goals (PANEL_VERDICTS, PANEL_ABOVE, no T1 miss) are asserted where they are met;
# where not yet, the figure reached is held (one more miss fails) and the goal printed beside.
FLOORS = {
    "pages.jsonl": {"verdicts": PANEL_VERDICTS, "pairs": PANEL_ABOVE, "t1_misses": T1_FLOOR},
    "pages-own.jsonl": {"verdicts": OWN_FLOOR, "pairs": PANEL_ABOVE, "t1_misses": OWN_T1_FLOOR},
}


@pytest.mark.realpages
@pytest.mark.parametrize("name", list(PANELS))
def test_a_coach_accepts_the_verdicts_on_real_pages(client, realpages, name, capsys):
    tallies, t1_misses = _run(client, PANELS[name])
    whole = Tally()
    for tally in tallies.values():
        for field in ("verdicts", "accepted", "baseline", "pairs", "ordered"):
            setattr(whole, field, getattr(whole, field) + getattr(tally, field))
        whole.misses += tally.misses
    report = [tallies[p].line(f"{name} {p}") for p in ("tune", "check")]
    report.append(whole.line(f"{name} all"))
    short = []  # issue 9's goals not yet met
    if whole.accepted < PANEL_VERDICTS * whole.verdicts:
        short.append(f"verdicts {whole.accepted / whole.verdicts:.2f} < {PANEL_VERDICTS}")
    if whole.ordered < PANEL_ABOVE * whole.pairs:
        short.append(f"pairs {whole.ordered / whole.pairs:.2f} < {PANEL_ABOVE}")
    if t1_misses:
        short.append(f"{len(t1_misses)} T1 not worth a look")
    with capsys.disabled():
        print("\n".join(report) + f"\n{name}: issue 9's goals " + ("; ".join(short) or "met"))
    detail = "\n".join(report + tallies["tune"].misses)  # check-part cases only as figures
    floor = FLOORS[name]
    assert whole.accepted >= floor["verdicts"] * whole.verdicts, detail
    assert whole.ordered >= floor["pairs"] * whole.pairs, detail
    assert len(t1_misses) <= floor["t1_misses"], "\n".join(t1_misses)
