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
    with capsys.disabled():
        print("\n" + "\n".join(report))
    detail = "\n".join(report + tallies["tune"].misses)  # check-part cases only as figures
    assert whole.accepted >= PANEL_VERDICTS * whole.verdicts, detail
    assert whole.ordered >= PANEL_ABOVE * whole.pairs, detail
    assert not t1_misses, "\n".join(t1_misses)
