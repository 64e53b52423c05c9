"""web-ext lint reports no errors, the committed content bundle is current, and the build makes
both browsers' packages."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pytest

from tests.extension.conftest import EXTENSION

NPM = shutil.which("npm")
pytestmark = pytest.mark.skipif(NPM is None, reason="node and npm are not installed")


@pytest.fixture(scope="module")
def node_modules():
    """extension/node_modules from package-lock.json (npm ci), unless already there."""
    if not (EXTENSION / "node_modules" / ".bin" / "web-ext").exists():
        subprocess.run(
            [NPM, "ci", "--no-audit", "--no-fund"],
            cwd=EXTENSION,
            check=True,
            capture_output=True,
            timeout=600,
        )
    return EXTENSION / "node_modules"


def test_web_ext_lint_reports_no_errors(node_modules):
    run = subprocess.run(
        [NPM, "run", "--silent", "lint", "--", "--output", "json"],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout[run.stdout.index("{") :])
    assert report["summary"]["errors"] == 0, report["errors"]
    # the one warning left is Chrome's service_worker key, which Firefox ignores by design
    assert {w["code"] for w in report["warnings"]} <= {"BACKGROUND_SERVICE_WORKER_IGNORED"}, report[
        "warnings"
    ]


def test_build_makes_a_chrome_zip_and_a_firefox_package(node_modules):
    subprocess.run(
        [NPM, "run", "--silent", "build"],
        cwd=EXTENSION,
        check=True,
        capture_output=True,
        timeout=300,
    )
    version = json.loads((EXTENSION / "manifest.json").read_text())["version"]
    chrome = EXTENSION / "dist" / f"worth-a-look-chrome-{version}.zip"
    firefox = EXTENSION / "dist" / f"worth-a-look-firefox-{version}.xpi"
    with zipfile.ZipFile(chrome) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = archive.namelist()
        assert "src/background/service-worker.js" in names and "src/content/loader.js" in names
        assert "bundle/content.js" in names
        assert manifest["background"] == {
            "service_worker": "src/background/service-worker.js",
            "type": "module",
        }
        assert "browser_specific_settings" not in manifest
        assert not any(name.startswith(("node_modules/", "scripts/", "dist/")) for name in names)
    with zipfile.ZipFile(firefox) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["background"] == {
            "scripts": ["src/background/service-worker.js"],
            "type": "module",
        }
        assert manifest["browser_specific_settings"]["gecko"]["id"]


def test_the_committed_content_bundle_is_what_the_sources_make(node_modules):
    """bundle/content.js is committed (the unpacked extension loads with no build step)."""
    run = subprocess.run(
        ["node", "scripts/bundle.mjs", "--check"],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
