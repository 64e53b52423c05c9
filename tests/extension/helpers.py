"""Run the extension's modules in a page served by the static server."""

from __future__ import annotations


def load(page, server, path: str):
    page.goto(f"{server.url}{path}")
    return page


def run(page, server, function: str, *args):
    """Call a function of tests/extension/js/harness.js in the page; returns its result."""
    return page.evaluate(
        "async ([harness, name, args]) => (await import(harness))[name](...args)",
        [f"{server.url}/js/harness.js", function, list(args)],
    )


def analyse(page, server, path: str, url: str) -> dict:
    load(page, server, path)
    return run(page, server, "analyse", url)


def call(page, server, module: str, body: str, *args):
    """Run `body` (a function of the module `m` and the arguments) in a page on the static server."""
    page.goto(f"{server.url}/fx/no-adapter-careers.html")
    return page.evaluate(
        f"async ([url, args]) => {{ const m = await import(url); return ({body})(m, ...args); }}",
        [f"{server.url}{module}", list(args)],
    )
