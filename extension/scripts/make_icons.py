"""Draw the extension's icons (icons/icon-N.png) from one SVG, in headless Chromium."""

from pathlib import Path

from playwright.sync_api import sync_playwright

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="{s}" height="{s}">
<rect x="4" y="4" width="120" height="120" rx="28" fill="#2f7d5b"/>
<circle cx="58" cy="58" r="30" fill="none" stroke="#fff" stroke-width="12"/>
<line x1="80" y1="80" x2="106" y2="106" stroke="#fff" stroke-width="14" stroke-linecap="round"/>
<path d="M45 58 l9 9 l18 -19" fill="none" stroke="#ffd25c" stroke-width="9" stroke-linecap="round"
 stroke-linejoin="round"/></svg>"""

out = Path(__file__).resolve().parent.parent / "icons"
out.mkdir(exist_ok=True)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page()
    for size in (16, 32, 48, 128):
        page.set_viewport_size({"width": size, "height": size})
        page.set_content(
            f"<body style='margin:0;background:transparent'>{SVG.format(s=size)}</body>"
        )
        page.locator("svg").screenshot(path=str(out / f"icon-{size}.png"), omit_background=True)
    browser.close()
