"""The evaluation on the real pages: page kind meets issue 8's bar on the check part, the pages
the rules were not shaped on, and on the whole folder; fields against the labels hold what the
check part has reached and are reported against issue 8's goals, not all of which are met."""

from __future__ import annotations

import pytest

from api.core.extraction.evaluation import LABEL_FIELDS, evaluate, format_report

pytestmark = pytest.mark.realpages

KIND_THRESHOLD = 0.95  # each class, on the check part and on the whole folder
# Fields against LABELS.jsonl on the check part. Issue 8's "Done when" asks for these:
FIELD_GOALS = {"title": 0.95, "organization": 0.90, "place": 0.90, "start": 0.90,
               "remote": 0.90}  # fmt: skip
# What the check part reaches today (place 12/14 and remote 5/6 are short of the goals by one
# page each; the issue stays open). A floor one page below would hide a lost page, so each
# floor is the figure reached: losing one labelled page fails the test. Remote scope (4/5
# since the sixth round) has no goal in the issue but holds its floor too.
FIELD_FLOORS = {"title": 0.95, "organization": 0.90, "place": 0.85, "start": 0.90,
                "remote": 0.80, "remote_scope": 0.80}  # fmt: skip
MARKUP_THRESHOLD = 0.95  # fields against extruct's reading of the markup, whole folder


@pytest.fixture(scope="module")
def report(realpages):
    return evaluate(str(realpages))


def test_page_kind_on_the_check_part_meets_the_bar_for_each_class(report):
    check = report["parts"]["check"]
    for kind, accuracy in check["accuracy"].items():
        assert accuracy is not None and accuracy >= KIND_THRESHOLD, (kind, format_report(report))


def test_fields_on_the_check_part_hold_their_floor_against_the_labels(report, capsys):
    labels = report["parts"]["check"]["labels"]
    short = [
        f"{field} {labels[field]['accuracy']:.3f} < goal {goal}"
        for field, goal in FIELD_GOALS.items()
        if labels[field]["accuracy"] < goal
    ]
    with capsys.disabled():
        print("\nissue 8's field goals on the check part: " + ("; ".join(short) or "all met"))
    for field, floor in FIELD_FLOORS.items():
        score = labels[field]
        assert score["checked"] >= 5, field  # enough labelled pages for the figure to mean much
        assert score["accuracy"] >= floor, (field, format_report(report))


def test_page_kind_on_the_whole_folder_meets_the_bar_for_each_class(report):
    for kind, accuracy in report["parts"]["all"]["accuracy"].items():
        assert accuracy is not None and accuracy >= KIND_THRESHOLD, (kind, format_report(report))


def test_marked_up_fields_agree_with_extruct(report):
    for field, score in report["parts"]["all"]["markup"].items():
        assert score["checked"] >= 10, field
        assert score["accuracy"] >= MARKUP_THRESHOLD, (field, format_report(report))


def test_the_report_shows_both_parts_side_by_side(report):
    text = format_report(report)
    assert "tune" in text and "check" in text
    for field in LABEL_FIELDS:
        assert field in text
    # The check part's misses are named, never shown with their values.
    check_lines = text.split("Check part:")[-1].splitlines()[1:]
    assert all("expected" not in line for line in check_lines)
