"""Fixtures for the extension's tests: a Chromium, local servers, the extension loaded, the API."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from tests.extension.servers import CountingApi, SiteServer, StaticServer, self_signed_cert

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("WAL_CHROMIUM", "/usr/bin/chromium")
QUIET_FLAGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-gpu",
]
# Real hosts the end-to-end tests serve locally (the adapters are tested at their real URLs).
SITE_HOSTS = [
    "www.linkedin.com",
    "www.indeed.com",
    "www.glassdoor.com",
    "boards.greenhouse.io",
    "jobs.lever.co",
    "jobs.ashbyhq.com",
    "autodesk.wd1.myworkdayjobs.com",
    "www.eventbrite.com",
    "www.meetup.com",
    "lu.ma",
    "uk.indeed.com",
    "climeworks.com",
    "www.attacker.example",
]


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """A plain headless Chromium (no extension) for unit tests of the modules."""
    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=QUIET_FLAGS
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def static_server(realpages):
    server = StaticServer(
        {
            "/src/": EXTENSION / "src",
            "/bundle/": EXTENSION / "bundle",
            "/real/": realpages,
            "/fx/": HERE / "fixtures",
            "/js/": HERE / "js",
        }
    )
    yield server
    server.close()


@pytest.fixture
def module_page(browser, static_server):
    """A page on the static server, with other hosts cut off."""
    context = browser.new_context()
    context.route(lambda url: not url.startswith(static_server.url), lambda route: route.abort())
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def live_api(redis_url):
    """The real API (create_app) on a free port with a real Redis, counting requests."""
    from api import create_app

    app = create_app({"REDIS_URL": redis_url, "CACHE_PREFIX": f"ext-{uuid.uuid4().hex[:8]}"})
    api = CountingApi(app)
    yield api
    api.close()


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    cert, key = self_signed_cert(tmp_path_factory.mktemp("tls"))
    server = SiteServer(cert, key)
    yield server
    server.close()


def launch_with_extension(playwright, user_data_dir: Path, site_port: int):
    # every other host (a saved page's CDNs) fails at once instead of holding the load
    rules = ", ".join(
        [f"MAP {host} 127.0.0.1:{site_port}" for host in SITE_HOSTS]
        + ["EXCLUDE 127.0.0.1", "EXCLUDE localhost", "MAP * ~NOTFOUND"]
    )
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=CHROMIUM,
        headless=True,
        ignore_https_errors=True,
        viewport={"width": 1200, "height": 900},
        args=[
            *QUIET_FLAGS,
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            f"--host-resolver-rules={rules}",
            "--ignore-certificate-errors",
        ],
    )


class LoadedExtension:
    def __init__(self, context, worker):
        self.context = context
        self.worker = worker
        self.id = worker.url.split("/")[2]
        self.base = f"chrome-extension://{self.id}"

    def set_storage(self, values: dict):
        self.worker.evaluate("(values) => chrome.storage.local.set(values)", values)

    def clear_storage(self):
        # the settings only: the routes the worker wrote stay, as in use
        self.worker.evaluate(
            "() => chrome.storage.local.remove(['apiBaseUrl', 'profile', 'badges', 'contacts'])"
        )

    def tab_id(self, url: str) -> int:
        tab_id = self.worker.evaluate(
            "async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id", url
        )
        assert tab_id, f"no tab shows {url}"
        return tab_id

    def in_content_world(self, page, expression: str):
        """Evaluate in the extension's content-script world of `page` (what page scripts can't)."""
        session = self.context.new_cdp_session(page)
        contexts = []
        session.on("Runtime.executionContextCreated", lambda e: contexts.append(e["context"]))
        session.send("Runtime.enable")
        try:
            ids = [
                c["id"]
                for c in contexts
                if c.get("auxData", {}).get("type") == "isolated"
                and c.get("name") == "Worth a Look"
                and c.get("auxData", {}).get("isDefault") is False
            ]
            assert ids, "no content-script world in this page"
            result = session.send(
                "Runtime.evaluate",
                {
                    "expression": expression,
                    "contextId": ids[-1],
                    "awaitPromise": True,
                    "returnByValue": True,
                },
            )
            assert "exceptionDetails" not in result, result
            return result["result"].get("value")
        finally:
            session.detach()

    def badges(self, page):
        """What each badge shows, read where only the extension can read it."""
        return self.in_content_world(
            page,
            "globalThis.worthALook ? globalThis.worthALook.inspectBadges() : []",
        )

    def wait_for_badges(self, page, count: int, timeout: float = 60):
        import time

        deadline = time.monotonic() + timeout
        while True:
            try:
                states = self.badges(page)
            except AssertionError:
                states = []
            if len(states) == count and all(s["verdict"] != "pending" for s in states):
                return states
            if time.monotonic() > deadline:
                raise AssertionError(f"badges: {states}")
            page.wait_for_timeout(200)

    def open_popup(self, page_url: str):
        popup = self.context.new_page()
        popup.goto(f"{self.base}/src/popup/popup.html?tab={self.tab_id(page_url)}")
        return popup


@pytest.fixture(scope="module")
def extension(playwright_instance, site_server, tmp_path_factory):
    """Chromium with the unpacked extension loaded, sites mapped to the local HTTPS server."""
    context = launch_with_extension(
        playwright_instance, tmp_path_factory.mktemp("profile"), site_server.port
    )
    worker = (
        context.service_workers[0]
        if context.service_workers
        else context.wait_for_event("serviceworker", timeout=15000)
    )
    yield LoadedExtension(context, worker)
    context.close()
