"""The verdict: one strong lens is enough, many weak ones are not, and costs pull it down."""

from __future__ import annotations

from api.core.model.costs import total
from api.core.model.lenses import LENS_ORDER
from api.core.model.verdict import value, verdict


def _lenses(**scores):
    return [{"id": i, "score": scores.get(i, 0.0)} for i in LENS_ORDER]


def test_one_strong_lens_is_worth_a_look():
    assert verdict(_lenses(network_reach=0.8), 0.0, False)[0] == "worth_a_look"


def test_many_weak_lenses_do_not_add_up_to_worth_a_look():
    weak = _lenses(**{i: 0.25 for i in LENS_ORDER})
    assert verdict(weak, 0.0, False)[0] != "worth_a_look"


def test_nothing_is_a_skip():
    assert verdict(_lenses(), 0.0, False) == ("skip", 0)


def test_costs_pull_a_good_estimate_down_to_skip():
    label, score = verdict(_lenses(practice=0.8), 0.9, False)
    assert label == "skip" and score < verdict(_lenses(practice=0.8), 0.0, False)[1]


def test_an_ended_opportunity_is_ended_whatever_its_lenses():
    assert verdict(_lenses(practice=1.0), 0.0, True) == ("ended", 0)


def test_a_second_lens_adds_less_than_the_first():
    one = value(_lenses(practice=0.6))
    two = value(_lenses(practice=0.6, learning=0.6))
    assert one < two < one + 0.6 * 0.8


def test_costs_combine_without_passing_one():
    assert total([{"weight": 0.5}, {"weight": 0.5}]) == 0.75
    assert total([]) == 0.0


def test_the_verdict_follows_the_score_as_shown():
    from api.core.model.verdict import verdict

    lenses = [{"id": "network_reach", "score": 0.5775 / 0.95}]  # a value of 0.5775 less costs
    label, score = verdict(lenses, cost=0.0428, ended=False)
    assert score == 55 and label == "worth_a_look"
