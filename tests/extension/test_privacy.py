"""What a page can learn about the person, tried as an attacker would (issue 14): a page script
adds cards, waits for the badges, dispatches events at them, walks the DOM, reads attributes,
sizes and text, and searches the page's text. Run with two very different profiles, everything
it can see must be the same."""

from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.browser]

BOARD = "https://boards.greenhouse.io/attackco"
SALARIES = [60000, 120000, 240000]

PROFILES = [
    {
        "target_roles": ["backend engineer"],
        "skills": ["python", "postgres"],
        "min_salary": {"amount": 100000, "currency": "USD", "period": "YEAR"},
        "location": "Boston, MA, US",
        "avoid": ["banking"],
        "recent_interviews": 0,
        "goals": ["practice"],
    },
    {
        "target_roles": ["pastry chef"],
        "skills": ["baking"],
        "min_salary": {"amount": 400000, "currency": "USD", "period": "YEAR"},
        "location": "Sydney, NSW, AU",
        "avoid": ["engineering"],
        "recent_interviews": 9,
        "goals": ["land"],
    },
]

# The attacker's script: it builds the cards itself (as an ad or an injected script could),
# then reads everything a page script can read.
ATTACK = """async () => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < 60 && document.querySelectorAll('wal-badge').length < 3; i++) await sleep(250);
  await sleep(3000); // the batch's answers are drawn
  const badges = Array.from(document.querySelectorAll('wal-badge'));
  const seen = { count: badges.length, badges: [] };
  for (const host of badges) {
    // synthetic events: hover, focus, click
    for (const type of ['pointerenter', 'mouseover', 'focusin', 'click']) {
      host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    }
    host.click();
  }
  await sleep(800);
  for (const host of badges) {
    const rect = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    seen.badges.push({
      attributes: Array.from(host.attributes).map((a) => [a.name, a.value]),
      shadow: host.shadowRoot === null ? null : 'open',
      text: host.textContent, inner: host.innerText, html: host.innerHTML,
      size: [rect.width, rect.height], scroll: [host.scrollWidth, host.scrollHeight],
      style: [style.width, style.height, style.display, style.backgroundColor, style.color],
      children: host.children.length,
    });
  }
  seen.body = document.body.innerText;
  seen.documentSize = [document.documentElement.scrollWidth, document.documentElement.scrollHeight];
  seen.frames = window.frames.length;
  seen.popover = Array.from(document.querySelectorAll('wal-popover')).map((p) => ({
    attributes: Array.from(p.attributes).map((a) => [a.name, a.value]), shadow: p.shadowRoot === null ? null : 'open' }));
  // searching the page's text reaches text in closed shadow roots: the verdict is no text there
  seen.found = ['Worth a look', 'Maybe', 'Skip', 'below your', 'floor', 'km', 'Sydney', 'banking', 'pastry']
    .filter((word) => { window.getSelection().removeAllRanges(); return window.find(word); });
  return seen;
}"""


def board(i: int) -> str:
    return (
        "<!doctype html><html><head><title>Jobs at AttackCo</title></head><body>"
        "<section class='level-0'></section><script>"
        "const s = document.querySelector('section');"
        + "".join(
            f"s.insertAdjacentHTML('beforeend', \"<div class='opening'><a href='/attackco/jobs/{n}'>"
            f"Backend Engineer {n}</a><span class='location'>Boston, MA</span>"
            f'<p>Python and Postgres. Pay ${pay:,} a year. {i}</p></div>");'
            for n, pay in enumerate(SALARIES)
        )
        + "</script></body></html>"
    )


def what_the_page_sees(ext, site_server, profile, attempt):
    ext.set_storage({"profile": profile})
    url = f"{BOARD}?try={attempt}"
    site_server.add(url, board(0))
    page = ext.context.new_page()
    page.goto(url)
    seen = page.evaluate(ATTACK)
    badges = ext.wait_for_badges(page, 3)
    page.close()
    return seen, badges


def test_a_page_learns_nothing_that_depends_on_the_profile(extension, site_server, live_api):
    extension.set_storage({"apiBaseUrl": live_api.url})
    try:
        first, first_badges = what_the_page_sees(extension, site_server, PROFILES[0], 1)
        second, second_badges = what_the_page_sees(extension, site_server, PROFILES[1], 2)
    finally:
        extension.clear_storage()
    # the badges did show estimates, and they differ between the two people...
    assert all(b["verdict"] != "error" for b in first_badges + second_badges)
    assert [b["label"] for b in first_badges] != [b["label"] for b in second_badges]
    # ...but the page saw the very same things
    assert first["count"] == 3
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    for badge in first["badges"]:
        assert badge["attributes"] == [] and badge["shadow"] is None and badge["children"] == 0
        assert badge["text"] == "" and badge["html"] == ""
    assert first["found"] == []
    # synthetic events opened nothing
    assert all(p["shadow"] is None for p in first["popover"])
    assert first["popover"] == []


def test_content_scripts_cannot_read_the_extensions_storage(extension, site_server):
    url = site_server.add(
        "https://jobs.lever.co/storageco",
        "<!doctype html><title>Jobs</title><div class='posting'><a class='posting-title' "
        "href='/storageco/1'><h5>Engineer</h5></a></div>",
    )
    extension.set_storage({"profile": {"skills": ["secret-skill"]}})
    page = extension.context.new_page()
    page.goto(url)
    page.wait_for_timeout(1500)
    result = extension.in_content_world(
        page,
        "chrome.storage.local.get('profile').then((v) => JSON.stringify(v), (e) => 'refused: ' + e.message)",
    )
    extension.clear_storage()
    page.close()
    assert result.startswith("refused"), result


def test_a_page_that_swaps_cards_without_end_is_cut_off(extension, site_server, live_api):
    """Each new card carries the profile to the API: a tab gets a bounded number of them."""
    extension.set_storage({"apiBaseUrl": live_api.url, "profile": PROFILES[0]})
    live_api.reset()
    url = site_server.add(
        "https://boards.greenhouse.io/swapco",
        "<!doctype html><title>Jobs</title><section class='level-0' id='s'></section><script>"
        "let n = 0; setInterval(() => { const s = document.getElementById('s'); s.textContent = '';"
        " for (let i = 0; i < 50; i++, n++) s.insertAdjacentHTML('beforeend',"
        " `<div class='opening'><a href='/swapco/jobs/${n}'>Engineer ${n}</a>"
        "<span class='location'>Remote</span></div>`); }, 400);</script>",
    )
    page = extension.context.new_page()
    page.goto(url)
    page.wait_for_timeout(12000)  # about 30 swaps of 50 new cards: 1,500 cards offered
    page.close()
    extension.clear_storage()
    asked = live_api.items_estimated()
    assert 0 < asked <= 300, asked


def test_plain_http_api_address_off_this_machine_is_refused(extension, site_server, realpages):
    extension.set_storage({"apiBaseUrl": "http://api.example.net:8000"})
    url = site_server.add(
        "https://jobs.lever.co/httpco/1",
        (
            realpages
            / "job"
            / "adfrisealach-workday-scraper__workday-autodesk-senior-industry-strategy-manager.html"
        ).read_text(),
    )
    page = extension.context.new_page()
    page.goto(url)
    popup = extension.open_popup(url)
    popup.wait_for_selector("body[data-state]:not([data-state=loading])", timeout=60000)
    text = popup.locator("main").inner_text()
    state = popup.evaluate("document.body.dataset.state")
    extension.clear_storage()
    popup.close()
    page.close()
    assert state == "insecure"
    assert "https://" in text


def test_an_https_api_address_needs_the_users_grant(extension, site_server, realpages):
    extension.set_storage({"apiBaseUrl": "https://api.example.net"})
    url = site_server.add(
        "https://jobs.lever.co/grantco/1",
        (
            realpages
            / "job"
            / "adfrisealach-workday-scraper__workday-autodesk-senior-industry-strategy-manager.html"
        ).read_text(),
    )
    page = extension.context.new_page()
    page.goto(url)
    popup = extension.open_popup(url)
    popup.wait_for_selector("body[data-state]:not([data-state=loading])", timeout=60000)
    state = popup.evaluate("document.body.dataset.state")
    extension.clear_storage()
    popup.close()
    page.close()
    assert state == "not_granted"


def test_no_api_address_or_raw_error_reaches_the_page(extension, site_server):
    from tests.redis_server import free_port

    dead = f"http://127.0.0.1:{free_port()}"
    extension.set_storage({"apiBaseUrl": dead})
    url = site_server.add(
        "https://boards.greenhouse.io/deadco",
        "<!doctype html><title>Jobs</title><section class='level-0'>"
        + "".join(
            f"<div class='opening'><a href='/deadco/jobs/{i}'>Engineer {i}</a>"
            "<span class='location'>Remote</span></div>"
            for i in range(3)
        )
        + "</section>",
    )
    page = extension.context.new_page()
    page.goto(url)
    badges = extension.wait_for_badges(page, 3)
    assert all(b["verdict"] == "error" for b in badges)
    page.locator("wal-badge").first.hover()
    page.wait_for_timeout(800)
    visible = page.evaluate("document.documentElement.outerHTML + document.body.innerText")
    extension.clear_storage()
    page.close()
    assert dead.split("//")[1] not in visible
    assert "Failed to fetch" not in visible


# Every way a page script can ask for a file by URL: fetch, and the elements that load one.
PROBE = """async ([base, paths]) => {
  const loads = (tag, attrs) => new Promise((resolve) => {
    const el = document.createElement(tag);
    el.onload = () => { el.remove(); resolve(true); };
    el.onerror = () => { el.remove(); resolve(false); };
    Object.assign(el, attrs);
    document.head.append(el);
    setTimeout(() => resolve(false), 3000);
  });
  const found = [];
  for (const path of paths) {
    const url = `${base}/${path}`;
    const fetched = await fetch(url).then((r) => r.ok, () => false);
    let loaded = false;
    if (path.endsWith('.js')) loaded = await loads('script', { src: url, type: 'module' }) || await loads('script', { src: url });
    else if (path.endsWith('.png')) loaded = await loads('img', { src: url });
    else if (path.endsWith('.css')) loaded = await loads('link', { rel: 'stylesheet', href: url });
    if (fetched || loaded) found.push(path);
  }
  return found;
}"""


def extension_files() -> list[str]:
    """Every file the packaged extension holds (what a probe could ask for)."""
    from tests.extension.conftest import EXTENSION

    skip = ("node_modules/", "dist/", "scripts/")
    return sorted(
        str(path.relative_to(EXTENSION))
        for path in EXTENSION.rglob("*")
        if path.is_file()
        and not str(path.relative_to(EXTENSION)).startswith(skip)
        and path.suffix in {".js", ".html", ".css", ".png", ".json"}
    )


def test_no_page_can_load_an_extension_file_by_a_stable_url(extension, site_server, live_api):
    """A page that can load a file of the extension knows the person has it (job hunting)."""
    extension.set_storage({"apiBaseUrl": live_api.url})
    files = extension_files()
    assert "manifest.json" in files and len(files) > 30
    base = f"chrome-extension://{extension.id}"
    # a site with no badges, and a results page where badges and their frame are drawn
    stranger = site_server.add(
        "https://www.attacker.example/probe", "<!doctype html><title>Hello</title><p>Hi</p>"
    )
    board = site_server.add(
        "https://boards.greenhouse.io/probeco",
        "<!doctype html><title>Jobs</title><section class='level-0'>"
        + "".join(
            f"<div class='opening'><a href='/probeco/jobs/{i}'>Engineer {i}</a>"
            "<span class='location'>Remote</span></div>"
            for i in range(3)
        )
        + "</section>",
    )
    found = {}
    try:
        for url in (stranger, board):
            page = extension.context.new_page()
            page.goto(url)
            if url == board:
                extension.wait_for_badges(page, 3)
                page.locator("wal-badge").first.hover()  # the popover frame is in the page
                page.wait_for_timeout(500)
            found[url] = page.evaluate(PROBE, [base, files])
            page.close()
    finally:
        extension.clear_storage()
    assert found == {stranger: [], board: []}, found
