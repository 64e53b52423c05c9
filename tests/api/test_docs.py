"""The OpenAPI document and its docs page, served with no CDN."""

from __future__ import annotations

import re


def test_the_openapi_document_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json
    assert spec["info"]["title"] == "Worth a Look"
    for path in ("/v1/estimates", "/v1/estimates/batch", "/v1/extract", "/v1/health"):
        assert path in spec["paths"], path
    post = spec["paths"]["/v1/estimates"]["post"]
    assert post["summary"] and "requestBody" in post
    assert {"422", "413"} <= set(post["responses"])
    schemas = spec["components"]["schemas"]
    assert "Profile" in schemas and "Page" in schemas and "Estimate" in schemas


def test_the_docs_page_loads_only_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(asset.startswith("/") for asset in assets)
    for asset in assets:
        response = client.get(asset)
        response.close()  # static files are streamed from disk
        assert response.status_code == 200, asset
