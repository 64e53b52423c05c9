"""Load what the first request would otherwise load, before the first request comes."""

from __future__ import annotations

import time

from api.core import model
from api.core.extraction import read_page

# A page and a profile that reach every part of the reading and of the model: JSON-LD and
# HTML, a place to find on the map, a pay range, an occupation to look up, skills.
SAMPLE_PAGE = {
    "url": "https://warm-up.invalid/jobs/1",
    "jsonld": [{"@type": "JobPosting", "title": "Software Engineer",
                "description": "Python and SQL. Interviews: a call and a panel.",
                "hiringOrganization": {"name": "Warm Up"}, "validThrough": "2099-01-01",
                "baseSalary": {"currency": "USD", "value": {"minValue": 1, "maxValue": 2,
                                                            "unitText": "YEAR"}},
                "jobLocation": {"address": {"addressLocality": "Denver",
                                            "addressCountry": "US"}}}],
    "html": "<h1>Software Engineer</h1><p>When: 12 May 2031, 18:00. Where: Denver.</p>",
}
SAMPLE_PROFILE = {"target_roles": ["data analyst"], "skills": ["python"],
                  "location": "Boston, MA, US", "languages": ["en"]}


def warm_up() -> str:
    """Read and estimate a sample page once; return what it took, for the log."""
    started = time.perf_counter()
    opportunity = read_page(SAMPLE_PAGE)["opportunities"][0]
    model.estimate(opportunity, model.analyse(opportunity), SAMPLE_PROFILE)
    return f"a sample estimate in {time.perf_counter() - started:.2f} s"
