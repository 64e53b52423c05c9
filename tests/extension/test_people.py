"""People you know there (issue 11), end to end in Chromium with the real API and Redis: a
connections export imported on the options page stays in the browser; the popup on a posting by
an employer in it shows the people; every request the browser sends (intercepted in Chromium,
the worker's included) carries no name, e-mail address or profile link from the file, only
counts and positions for the organizations on the page. `fixtures/Connections.csv` is synthetic."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.extension.conftest import HERE

pytestmark = [pytest.mark.browser]

CONNECTIONS = HERE / "fixtures" / "Connections.csv"
NORTHWIND = ["Zoë Ångström-Vell", "Tobiah Quarrendon", "Ilse Varnhagen"]


def private_values() -> set[str]:
    """Every name, e-mail address and profile link in the file."""
    text = CONNECTIONS.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows.index(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    values = set()
    for first, last, url, email, *_ in rows[header + 1 :]:
        values |= {first, last, url, email, url.split("/in/")[-1]}
    return {v for v in values if v}


@pytest.fixture
def recorded(extension, live_api):
    """Every request the browser sends while the test runs: URL, headers and body, as text."""
    seen: list[str] = []

    def keep(request):
        seen.append(" ".join([request.url, json.dumps(request.headers), request.post_data or ""]))

    extension.context.on("request", keep)
    extension.set_storage(
        {
            "apiBaseUrl": live_api.url,
            "profile": {"target_roles": ["backend engineer"], "skills": ["python"]},
        }
    )
    live_api.reset()
    yield seen
    extension.context.remove_listener("request", keep)
    for page in extension.context.pages:
        page.close()
    extension.clear_storage()


def import_connections(extension):
    options = extension.context.new_page()
    options.goto(f"{extension.base}/src/options/options.html")
    options.set_input_files("#connections", str(CONNECTIONS))
    options.wait_for_function(
        "() => document.getElementById('contacts-status').textContent.startsWith('9 connections')"
    )
    return options


def assert_nothing_private_sent(recorded, live_api):
    private = private_values()
    assert len(private) > 20
    sent = recorded + [body.decode() for _, body in live_api.bodies]
    assert sent
    leaks = [(value, text[:200]) for text in sent for value in private if value in text]
    assert leaks == []


def test_the_popup_shows_whom_you_know_at_the_employer_and_the_api_gets_only_counts(
    extension, site_server, live_api, recorded
):
    options = import_connections(extension)
    # three spellings of Northwind Bank are one organization; "Self-employed" is none
    assert "9 connections at 6 organizations" in options.inner_text("#contacts-status")
    stored = extension.worker.evaluate("() => chrome.storage.local.get('contacts')")["contacts"]
    assert len(stored["people"]) == 9 and "@" not in json.dumps(stored)  # e-mails are not kept
    url = "https://jobs.lever.co/northwind/5e0c1d7a-0000-4000-8000-00000000aa01"
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Backend Engineer, Ledger",
        "hiringOrganization": {"@type": "Organization", "name": "Northwind Bank"},
        "datePosted": "2031-02-01",
        "validThrough": "2031-04-01",
        "jobLocation": {"@type": "Place", "address": "Boston, MA"},
        "description": "Build Python services for our ledger. Interviews: a recruiter call and a panel.",
    }
    site_server.add(
        url,
        "<!doctype html><title>Backend Engineer at Northwind Bank</title>"
        f"<script type='application/ld+json'>{json.dumps(posting)}</script>"
        "<h1>Backend Engineer, Ledger</h1>",
    )
    page = extension.context.new_page()
    page.goto(url)
    popup = extension.open_popup(url)
    popup.wait_for_selector("body[data-state]:not([data-state=loading])", timeout=60000)
    assert popup.evaluate("document.body.dataset.state") == "estimate"
    assert popup.locator(".people h3").all_text_contents() == ["People you know at Northwind Bank"]
    names = [text.split(" · ")[0] for text in popup.locator(".people li").all_inner_texts()]
    assert names == NORTHWIND  # not the one at Northwind Logistics
    assert (
        popup.locator(".people a")
        .first.get_attribute("href")
        .startswith("https://www.linkedin.com/in/")
    )
    # the API was asked once, with the counts and positions at the employer only
    [request] = live_api.sent("/v1/estimates")
    assert request["profile"]["contacts"] == [
        {
            "organization": "Northwind Bank",
            "count": 3,
            "positions": ["Engineering Manager", "Senior Data Engineer", "Recruiter, Technology"],
        }
    ]
    # and the API's answer uses the counts, in the popup's reasons
    network = popup.locator("[data-lens=network_reach] .reason-text").all_text_contents()
    assert any(text.startswith("You know 3 people at Northwind Bank") for text in network), network
    assert_nothing_private_sent(recorded, live_api)


def test_badges_ask_with_counts_for_the_cards_employers_only(
    extension, site_server, live_api, recorded
):
    import_connections(extension)
    companies = ["Northwind Bank", "Calder Logistics", "Meta", "Quiet Harbor Bistro"]
    cards = "".join(
        f"<li><div class='base-card job-search-card' data-entity-urn='urn:li:jobPosting:{4200 + i}'>"
        f"<a class='base-card__full-link' href='https://www.linkedin.com/jobs/view/{4200 + i}'>"
        f"<span class='sr-only'>Engineer {i}</span></a><div class='base-search-card__info'>"
        f"<h3 class='base-search-card__title'>Engineer {i}</h3>"
        f"<h4 class='base-search-card__subtitle'><a href='/company/{i}'>{company}</a></h4>"
        "<div class='base-search-card__metadata'><span class='job-search-card__location'>"
        "Boston, MA</span></div></div></div></li>"
        for i, company in enumerate(companies)
    )
    url = site_server.add(
        "https://www.linkedin.com/jobs/search?keywords=engineer&location=Boston",
        f"<!doctype html><title>Engineer jobs</title><ul class='jobs-search__results-list'>{cards}</ul>",
    )
    page = extension.context.new_page()
    page.goto(url)
    extension.wait_for_badges(page, 4)
    [batch] = live_api.sent("/v1/estimates/batch")
    assert batch["profile"]["contacts"] == [
        {
            "organization": "Northwind Bank",
            "count": 3,
            "positions": ["Engineering Manager", "Senior Data Engineer", "Recruiter, Technology"],
        },
        {"organization": "Calder Logistics", "count": 1, "positions": ["Platform Engineer"]},
        {"organization": "Meta", "count": 1, "positions": ['Product Designer "Growth"']},
    ]
    assert_nothing_private_sent(recorded, live_api)
