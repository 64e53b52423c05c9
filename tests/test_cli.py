"""The worth-a-look command: estimates of saved pages and JSON requests."""

from __future__ import annotations

import json

import pytest

from api.cli import main
from tests.api.pages import ARTICLE, EVENT, JOB, PROFILE


def saved_html(tmp_path, page):
    blocks = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>'
                     for b in page.get("jsonld", []))
    path = tmp_path / "listing.html"
    path.write_text(f"<html><head><title>Listing</title>{blocks}</head><body></body></html>")
    return path


def test_a_saved_html_page_is_summarised_for_a_person(tmp_path, capsys):
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps(PROFILE))
    assert main(["estimate", str(saved_html(tmp_path, JOB)), "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split(":")[0] in ("Worth a look", "Maybe", "Skip", "Ended")
    assert "Site Reliability Engineer" in out and "Why" in out and "Plan" in out


def test_the_summary_says_why_even_when_no_lens_offers_anything(tmp_path, capsys):
    # Someone who takes remote roles only, on an on-site job: the verdict's reasons are the why.
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({**PROFILE, "remote_only": True, "location": "Lagos, NG"}))
    page = saved_html(tmp_path, JOB)
    assert main(["estimate", str(page), "--profile", str(profile), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(["estimate", str(page), "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    why = out.split("\nWhy\n", 1)[1].split("\n\n", 1)[0]
    first = result["reasons"][0]["text"]
    assert first.split()[:4] == why.split()[1:5]  # the verdict's first reason opens the why
    offered = [lens for lens in result["lenses"] if lens["score"] > 0]
    assert ("What it offers" in out) == bool(offered)


def test_a_json_request_gives_json_with_json_flag(tmp_path, capsys):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"page": EVENT, "profile": PROFILE}))
    assert main(["estimate", str(request), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "event" and len(result["lenses"]) == 7


def test_a_page_with_nothing_to_estimate_exits_with_a_message(tmp_path, capsys):
    path = tmp_path / "article.html"
    path.write_text(ARTICLE["html"])
    assert main(["estimate", str(path)]) == 2
    assert "no job posting or event" in capsys.readouterr().err.lower()


def test_a_missing_file_exits_with_a_message(tmp_path, capsys):
    assert main(["estimate", str(tmp_path / "nope.html")]) == 2
    assert "nope.html" in capsys.readouterr().err


@pytest.mark.realpages
def test_eval_pages_prints_both_parts_side_by_side(realpages, capsys):
    assert main(["eval-pages", str(realpages)]) == 0
    out = capsys.readouterr().out
    for word in ("job", "event", "list", "other", "tune", "check", "organization", "place"):
        assert word in out
