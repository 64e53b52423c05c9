"""Firefox: the same source tree loads in Firefox ESR as a temporary add-on, and its popup
renders an estimate of a real job page there (driven over WebDriver BiDi by puppeteer-core)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from tests.extension.conftest import EXTENSION, HERE

pytestmark = [pytest.mark.browser, pytest.mark.realpages]

FIREFOX = os.environ.get("WAL_FIREFOX", "/usr/bin/firefox-esr")
JOB = "job/adfrisealach-workday-scraper__workday-autodesk-senior-industry-strategy-manager.html"


@pytest.fixture(scope="module")
def puppeteer():
    """extension/node_modules from package-lock.json (npm ci), unless already there."""
    assert os.path.exists(FIREFOX), f"{FIREFOX} is missing: apt-get install -y firefox-esr"
    if not (EXTENSION / "node_modules" / "puppeteer-core").exists():
        subprocess.run(
            [shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund"],
            cwd=EXTENSION, check=True, capture_output=True, timeout=600,
        )


def test_the_extension_loads_in_firefox_and_its_popup_renders_an_estimate(
    puppeteer, live_api, static_server, tmp_path
):
    live_api.reset()
    run = subprocess.run(
        ["node", str(HERE / "js" / "firefox.mjs"), str(EXTENSION), live_api.url,
         f"{static_server.url}/real/{JOB}", str(tmp_path / "profile")],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "WAL_FIREFOX": FIREFOX},
    )
    lines = run.stdout.strip().splitlines()
    assert lines, f"firefox.mjs printed nothing (exit {run.returncode}): {run.stderr[-2000:]}"
    seen = json.loads(lines[-1])
    assert "error" not in seen, seen
    assert seen["version"].startswith("firefox/")
    assert seen["id"] == json.loads((EXTENSION / "manifest.json").read_text())[
        "browser_specific_settings"]["gecko"]["id"]
    popup = seen["popup"]
    assert popup["state"] == "estimate", popup
    assert popup["verdict"] in {"Worth a look", "Maybe", "Skip", "Ended"}
    assert 0 <= int(popup["score"].split("/")[0]) <= 100
    assert "Senior Industry Strategy Manager" in popup["title"]
    assert len(popup["reasons"]) == 3 and popup["reasonsInView"] == 3, popup
    # the click read the page in the tab (the content bundle ran in Firefox) and asked the API once
    assert live_api.count("POST", "/v1/estimates") == 1
