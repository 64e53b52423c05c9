"""POST /v1/extract: a page's kind and the opportunities on it."""

from __future__ import annotations

import pytest

from tests.api.pages import ARTICLE, EVENT, JOB


@pytest.mark.parametrize("listing, kind", [(JOB, "job"), (EVENT, "event"), (ARTICLE, "other")])
def test_a_page_is_read_as_its_kind(client, listing, kind):
    response = client.post("/v1/extract", json={"page": listing})
    assert response.status_code == 200
    assert response.json["page_kind"] == kind
    assert bool(response.json["opportunities"]) == (kind != "other")


def test_the_opportunity_carries_the_pages_fields(client):
    (job,) = client.post("/v1/extract", json={"page": JOB}).json["opportunities"]
    assert job["title"] == "Site Reliability Engineer"
    assert job["organization"] == "Calder Logistics"
    assert job["pay"]["min"] == 140000 and job["pay"]["period"] == "YEAR"


@pytest.mark.realpages
def test_every_real_page_is_read_without_a_server_error(client, realpages):
    pages = sorted(realpages.glob("*/*.html"))
    assert len(pages) > 100
    for path in pages:
        html = path.read_bytes().decode("utf-8", errors="replace")
        response = client.post("/v1/extract", json={"page": {
            "url": f"https://example.org/{path.name}", "html": html}})
        assert response.status_code < 500, path.name
        if response.status_code == 200:
            assert response.json["page_kind"] in ("job", "event", "list", "other")
        else:
            assert response.json["error"]["message"], path.name


@pytest.mark.realpages
def test_every_real_page_is_estimated_or_refused_without_a_server_error(client, realpages):
    for path in sorted(realpages.glob("*/*.html")):
        html = path.read_bytes().decode("utf-8", errors="replace")
        response = client.post("/v1/estimates", json={"page": {
            "url": f"https://example.org/{path.name}", "html": html}})
        assert response.status_code in (200, 422), path.name
