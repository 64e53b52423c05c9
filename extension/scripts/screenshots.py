"""Make docs/screenshots/popup.png (the popup at 400×600, the browser's largest popup) and
docs/screenshots/badges.png (badges on a results page, one hovered) with the real extension and API.

Run from the repository root: .venv/bin/python extension/scripts/screenshots.py
The API runs in-process (no Redis needed); sites are served locally at their real addresses.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from api import create_app  # noqa: E402
from tests.extension.conftest import LoadedExtension, launch_with_extension  # noqa: E402
from tests.extension.servers import CountingApi, SiteServer, self_signed_cert  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PROFILE = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "postgres", "kubernetes"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 1,
    "goals": ["practice", "network"],
    "avoid": ["banking"],
}
JOB_URL = "https://jobs.lever.co/northwind/5e0c1d7a-0000-4000-8000-000000000001"
JOB = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Platform Engineer, Payments Infrastructure",
    "hiringOrganization": {"@type": "Organization", "name": "Northwind Bank"},
    "datePosted": "2031-02-01",
    "validThrough": "2031-04-01",
    "employmentType": "FULL_TIME",
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Boston",
            "addressRegion": "MA",
            "addressCountry": "US",
        },
    },
    "jobLocationType": "TELECOMMUTE",
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 185000,
            "maxValue": 215000,
            "unitText": "YEAR",
        },
    },
    "description": (
        "<p>We are hiring across teams: 40+ open roles in engineering, data and product this "
        "quarter.</p><p>You will build Python and Postgres services on Kubernetes that move "
        "money for millions of people, and help us adopt Rust and Kafka.</p><p>Interview: a "
        "recruiter call, a system design panel and a take-home exercise.</p><p>Fully remote "
        "in the US, equity and a signing bonus.</p>"
    ),
}
BOARD_URL = "https://boards.greenhouse.io/northwind"
BOARD_JOBS = [
    ("Senior Backend Engineer, Ledger", "Boston, MA"),
    ("Platform Engineer, Payments", "Remote - US"),
    ("Staff Data Engineer", "New York, NY"),
    ("Engineering Manager, Risk", "Boston, MA"),
    ("Account Executive, Banking", "Chicago, IL"),
    ("Frontend Engineer, Design Systems", "Remote - US"),
]
BOARD = """<!doctype html><html><head><meta charset="utf-8"><title>Jobs at Northwind</title><style>
body{font:15px/1.5 Helvetica,Arial,sans-serif;color:#222;margin:0;background:#fff}
#header{padding:28px 48px;border-bottom:1px solid #eee} h1{font-size:24px;margin:0;color:#333}
section{padding:8px 48px} h3{font-size:17px;color:#666;font-weight:normal;margin:22px 0 8px}
.opening{padding:10px 0;border-bottom:1px solid #f2f2f2}
.opening a{color:#1a6dc2;text-decoration:none}
.location{display:block;color:#888;font-size:13px}
</style></head><body><div id="header"><h1>Current Job Openings at Northwind</h1></div>
<section class="level-0"><h3>Engineering</h3>%s</section></body></html>"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        api = CountingApi(create_app({"REDIS_URL": None, "LOG_LEVEL": "WARNING"}))
        sites = SiteServer(*self_signed_cert(Path(tmp)))
        context = launch_with_extension(playwright, Path(tmp) / "profile", sites.port)
        worker = (
            context.service_workers[0]
            if context.service_workers
            else context.wait_for_event("serviceworker")
        )
        ext = LoadedExtension(context, worker)
        ext.set_storage({"apiBaseUrl": api.url, "profile": PROFILE})
        try:
            import json

            sites.add(
                JOB_URL,
                "<!doctype html><html><head><title>Northwind Bank - Platform Engineer"
                f"</title><script type='application/ld+json'>{json.dumps(JOB)}</script></head>"
                "<body><h1>Platform Engineer</h1></body></html>",
            )
            page = context.new_page()
            page.goto(JOB_URL)
            popup = ext.open_popup(JOB_URL)
            # the browser's popup is at most 600 px tall: what shows without scrolling
            popup.set_viewport_size({"width": 400, "height": 600})
            popup.wait_for_selector("body[data-state]:not([data-state=loading])", timeout=60000)
            popup.screenshot(path=str(OUT / "popup.png"))

            openings = "".join(
                f"<div class='opening'><a href='/northwind/jobs/{5000 + i}'>{title}</a>"
                f"<span class='location'>{place}</span></div>"
                for i, (title, place) in enumerate(BOARD_JOBS)
            )
            sites.add(BOARD_URL, BOARD % openings)
            board = context.new_page()
            board.set_viewport_size({"width": 900, "height": 620})
            board.goto(BOARD_URL)
            ext.wait_for_badges(board, len(BOARD_JOBS))
            board.locator("wal-badge").nth(1).hover()  # its reasons, in the extension's frame
            board.wait_for_timeout(600)
            board.screenshot(path=str(OUT / "badges.png"))
        finally:
            context.close()
            sites.close()
            api.close()
    print(f"wrote {OUT / 'popup.png'} and {OUT / 'badges.png'}")


if __name__ == "__main__":
    main()
