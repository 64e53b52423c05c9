"""Each site adapter against saved HTML: real pages where the shared realpages have one,
otherwise fixtures in tests/extension/fixtures that follow the site's real structure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extension.helpers import analyse, run

pytestmark = pytest.mark.realpages

MANIFEST = json.loads(
    (Path(__file__).resolve().parents[2] / "extension" / "manifest.json").read_text()
)


def card(result, title):
    found = [c for c in result["cards"] if c["title"] == title]
    assert found, f"no card titled {title!r} in {[c['title'] for c in result['cards']]}"
    return found[0]


def assert_complete(result, adapter, count, *, organization=True):
    assert result["adapter"] == adapter
    assert result["detection"]["kind"] == "list"
    assert len(result["cards"]) == count
    assert all(c["title"] for c in result["cards"])
    assert all(c["url"].startswith("https://") for c in result["cards"])
    if organization:
        assert all(c["organization"] for c in result["cards"])
    # one badge slot per card, inside or right after it, never inside a link
    assert len(result["slots"]) == count
    assert not any(result["insideLink"]), result["insideLink"]


def test_linkedin_guest_search_reads_all_46_cards(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/Aayussh017-LinkedIn-Job-Scraper__linkedin-guest-jobs-search-46-jobs-india.html",
        "https://www.linkedin.com/jobs/search?keywords=&location=India",
    )
    assert_complete(result, "linkedin", 46)
    amazon = card(result, "Program Associate, Amazon Fresh")
    assert amazon["organization"] == "Amazon"
    assert amazon["location"] == "Bengaluru, Karnataka, India"
    assert amazon["date"] == "2024-08-11"
    assert amazon["url"].startswith(
        "https://in.linkedin.com/jobs/view/program-associate-amazon-fresh-at-amazon-3999189390"
    )
    assert len({c["url"] for c in result["cards"]}) == 46  # every card its own listing


def test_linkedin_older_result_card_markup_is_a_fallback(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/juniorguru-junior.guru__linkedin-guest-search-more-results.html",
        "https://www.linkedin.com/jobs/search?keywords=python&location=Czechia",
    )
    assert_complete(result, "linkedin", 25)
    first = card(result, "C++ developer")
    assert first["organization"] == "PROFI-MEN, s.r.o."
    assert first["location"].startswith("Bánov")


def test_indeed_cards_link_to_the_job_by_its_key(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/Dalton-K-Hughes-IndeedScraper__indeed-us-all-jobs-georgetown-ga.html",
        "https://www.indeed.com/jobs?q=&l=Georgetown%2C+GA",
    )
    assert_complete(result, "indeed", 15)
    analyst = card(result, "Laboratory Analyst")
    assert analyst["organization"] == "US Sugar Savannah Refinery"
    assert analyst["location"] == "Port Wentworth, GA 31407"
    assert analyst["url"] == "https://www.indeed.com/viewjob?jk=0bb0c82f1ebd7121"


def test_glassdoor_current_card(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/Birappa87-job_portal_extractor__glassdoor-job-card-fragment.html",
        "https://www.glassdoor.co.in/Job/bengaluru-jobs-SRCH_IL.0,9_IC2940587.htm",
    )
    assert_complete(result, "glassdoor", 1)
    only = result["cards"][0]
    assert only["title"] == "Senior Tender Executive"
    assert only["organization"] == "PETROPATH FLUIDS (INDIA) PVT LTD"
    assert only["location"] == "Bengaluru"
    assert "job-listing/senior-tender-executive" in only["url"]


def test_glassdoor_2020_cards(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/taejoonn-job-search__glassdoor-job-listing-cards-fragment-2020.html",
        "https://www.glassdoor.com/Job/new-york-software-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,26.htm",
    )
    assert_complete(result, "glassdoor", 30)
    asana = card(result, "Software Engineer, Product")
    assert asana["organization"] == "Asana"
    assert asana["location"] == "New York, NY"


@pytest.mark.parametrize(
    "path, url",
    [
        (
            "/real/index/Birappa87-job_portal_extractor__glassdoor-uk-recommended-jobs-no-cards.html",
            "https://www.glassdoor.co.uk/Job/index.htm",
        ),
        (
            "/real/index/adfrisealach-workday-scraper__workday-autodesk-careers-loading-no-cards.html",
            "https://autodesk.wd1.myworkdayjobs.com/en-US/Ext",
        ),
    ],
)
def test_results_page_without_cards_gets_no_badges_and_is_no_listing(
    module_page, static_server, path, url
):
    result = analyse(module_page, static_server, path, url)
    assert result["adapter"] is not None
    assert result["cards"] == []
    assert result["detection"]["kind"] == "other"


def test_workday_cards_take_the_organization_from_the_tenant(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/adfrisealach-workday-scraper__workday-autodesk-search-results-rendered.html",
        "https://autodesk.wd1.myworkdayjobs.com/en-US/Ext",
    )
    assert_complete(result, "workday", 20)
    developer = card(result, "Software Developer(Full-stack)")
    assert developer["organization"] == "autodesk"
    assert developer["location"] == "AMER - Canada - Ontario - Toronto - University Ave"
    assert developer["url"].startswith("https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/")


def test_meetup_group_page_cards_survive_split_links(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/aimug-org-alc-docs__meetup-austin-langchain-group-home.html",
        "https://www.meetup.com/austin-langchain-ai-group/",
    )
    assert_complete(result, "meetup", 2)
    hacky = result["cards"][0]
    assert hacky["title"].startswith("Austin LangChain Hacky Hour")
    assert (
        hacky["url"]
        == "https://www.meetup.com/austin-langchain-ai-group/events/303396926/?eventOrigin=group_upcoming_events"
    )
    assert hacky["location"] == "Skinny's Off Track Bar, Austin , TX"
    assert hacky["date"].startswith("Wed, Sep 25, 2024")
    assert result["opportunities"][0]["kind"] == "event"


def test_eventbrite_organizer_page_lists_its_events_in_json_ld_only(module_page, static_server):
    path = (
        "/real/index/"
        "geeksforsocialchange-PlaceCal__eventbrite-organizer-queer-lit-social-refuge.html"
    )
    url = "https://www.eventbrite.co.uk/o/queer-lit-social-refuge-77383557693"
    result = analyse(module_page, static_server, path, url)
    assert result["adapter"] == "eventbrite"
    assert result["cards"] == []  # cards are drawn by script, absent from the saved page
    assert result["detection"]["kind"] == "list"
    snap = run(module_page, static_server, "snap", url)
    assert snap["cards"] >= 20
    assert all(
        entry["item"]["page"]["url"].startswith("https://www.eventbrite.co.uk/e/")
        for entry in snap["items"]
    )


@pytest.mark.parametrize(
    "fixture, url, adapter, titles, organization",
    [
        (
            "greenhouse-classic-board.html",
            "https://boards.greenhouse.io/northwind",
            "greenhouse",
            ["Senior Backend Engineer", "Platform Engineer, Payments", "Account Executive"],
            "northwind",
        ),
        (
            "greenhouse-job-boards.html",
            "https://job-boards.greenhouse.io/contoso",
            "greenhouse",
            ["Data Scientist, Growth", "Analytics Engineer"],
            "Contoso",
        ),
        (
            "lever-board.html",
            "https://jobs.lever.co/fabrikam",
            "lever",
            ["Site Reliability Engineer", "Frontend Engineer"],
            "Fabrikam",
        ),
        (
            "ashby-board.html",
            "https://jobs.ashbyhq.com/tailspin",
            "ashby",
            ["Machine Learning Engineer", "Staff Product Engineer"],
            "Tailspin",
        ),
        (
            "luma-calendar.html",
            "https://lu.ma/ai-builders-boston",
            "luma",
            ["LLM Evals Night", "Founders & Engineers Breakfast"],
            "AI Builders Boston",
        ),
        (
            "meetup-2023-group-events.html",
            "https://www.meetup.com/boston-rust/events/",
            "meetup",
            [
                "Intro to Rust: ownership in an evening",
                "Hiring night: platform and data teams",
                "Lightning talks and pizza",
            ],
            "Boston Rust Meetup",
        ),
    ],
)
def test_adapter_on_a_fixture_of_the_sites_structure(
    module_page, static_server, fixture, url, adapter, titles, organization
):
    result = analyse(module_page, static_server, f"/fx/{fixture}", url)
    assert_complete(result, adapter, len(titles), organization=organization is not None)
    assert [c["title"] for c in result["cards"]] == titles
    if organization:
        assert {c["organization"] for c in result["cards"]} == {organization}
    host = url.split("/")[2]
    assert all(c["url"].split("/")[2] == host for c in result["cards"])
    assert all(c["location"] for c in result["cards"])


def test_greenhouse_classic_card_fields(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/fx/greenhouse-classic-board.html",
        "https://boards.greenhouse.io/northwind",
    )
    backend = card(result, "Senior Backend Engineer")
    assert backend == {
        **backend,
        "url": "https://boards.greenhouse.io/northwind/jobs/5012345",
        "location": "Boston, MA",
    }
    assert result["opportunities"][0] == {
        "kind": "job",
        "title": "Senior Backend Engineer",
        "organization": "northwind",
        "url": "https://boards.greenhouse.io/northwind/jobs/5012345",
        "location": {"text": "Boston, MA"},
    }


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/jobs/view/3999189390/",
        "https://www.indeed.com/viewjob?jk=0bb0c82f1ebd7121",
        "https://www.meetup.com/austin-langchain-ai-group/events/303396926/",
        "https://www.eventbrite.com/e/boston-tech-mixer-tickets-900000000001",
        "https://www.example.org/careers/backend-engineer",
    ],
)
def test_listing_pages_are_not_results_pages(module_page, static_server, url):
    module_page.goto(f"{static_server.url}/fx/lever-board.html")
    adapter = module_page.evaluate(
        "async ([base, url]) => "
        "(await import(base + '/src/adapters/index.js')).adapterFor(url)?.id ?? null",
        [static_server.url, url],
    )
    assert adapter is None


def test_every_adapter_site_is_in_the_manifest(module_page, static_server):
    module_page.goto(f"{static_server.url}/fx/lever-board.html")
    adapters = module_page.evaluate(
        "async (base) => (await import(base + '/src/adapters/index.js')).ADAPTERS.map((a) => "
        "({id: a.id, matches: a.matches, examples: a.urlExamples, "
        "  matched: a.urlExamples.map((u) => "
        "    a.hosts.some((re) => re.test(new URL(u).hostname)))}))",
        static_server.url,
    )
    scripts = MANIFEST["content_scripts"][0]["matches"]
    assert len(adapters) == 10
    for adapter in adapters:
        assert adapter["examples"], adapter["id"]
        assert all(adapter["matched"]), adapter["id"]
        for pattern in adapter["matches"]:
            assert pattern in scripts, (adapter["id"], pattern)
            assert pattern in MANIFEST["host_permissions"], (adapter["id"], pattern)


def test_meetup_2023_cards_read_epoch_milliseconds_as_dates(module_page, static_server):
    result = analyse(
        module_page, static_server, "/fx/meetup-2023-group-events.html",
        "https://www.meetup.com/boston-rust/events/",
    )
    first = result["opportunities"][0]
    assert first["kind"] == "event"
    assert first["start"].startswith("2023-11-21T")  # 1700589600000 ms
    assert first["url"] == "https://www.meetup.com/boston-rust/events/271000001/"
    assert first["location"]["text"] == "CIC Boston, 50 Milk St"
    # the screen-reader copy in the card's overlay link is not read as the title a second time
    assert all(c["title"].count("Rust") <= 1 for c in result["cards"])


@pytest.mark.parametrize(
    "fixture", ["eventbrite-search.html", "eventbrite-eds-search.html"]
)
def test_eventbrite_cards_one_each_title_once_fields_from_their_own_lines(
    module_page, static_server, fixture
):
    url = "https://www.eventbrite.com/d/ma--boston/tech-networking/"
    result = analyse(module_page, static_server, f"/fx/{fixture}", url)
    # each event is drawn twice (desktop and mobile copies): one listing, one badge
    assert_complete(result, "eventbrite", 3, organization=fixture == "eventbrite-search.html")
    titles = [c["title"] for c in result["cards"]]
    assert len(set(titles)) == 3
    for read in result["cards"]:
        words = read["title"].split()
        assert words[: len(words) // 2] != words[len(words) // 2 :], read["title"]  # not read twice
        assert read["date"] and read["date"] != read["location"]
        assert read["organization"] != read["location"]
    if fixture == "eventbrite-search.html":
        mixer = card(result, "Boston Tech Mixer")
        assert mixer["date"] == "Thursday • 6:00 PM"
        assert mixer["location"] == "CIC Boston"
        assert mixer["organization"] == "Boston New Technology"
    else:
        happy = card(result, "Data Engineering Happy Hour")
        assert happy["date"] == "Wed, Apr 2, 6:00 PM"
        assert happy["location"] == "The Tap, Cambridge"


def test_indeed_country_site_links_stay_on_its_own_host(module_page, static_server):
    result = analyse(
        module_page,
        static_server,
        "/real/index/Dalton-K-Hughes-IndeedScraper__indeed-us-all-jobs-georgetown-ga.html",
        "https://uk.indeed.com/jobs?q=&l=London",
    )
    assert result["adapter"] == "indeed"
    assert len(result["cards"]) == 15
    assert all(c["url"].startswith("https://uk.indeed.com/viewjob?jk=") for c in result["cards"])
