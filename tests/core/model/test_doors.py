"""Other doors on the employer's board: the count, and the roles nearest to the person."""

from __future__ import annotations

from api.core import model
from api.core.board import Board, Opening
from api.core.opportunity import complete

POSTING = complete({
    "kind": "job", "title": "Backend Engineer", "organization": "Northwind Labs, Inc.",
    "url": "https://jobs.lever.co/northwind/11111111-1111-1111-1111-111111111111",
    "description": "Build our APIs in Python.",
    "location": {"text": "Denver, CO", "locality": "Denver", "region": "CO", "country": "US"},
})


def board(*openings, count=None, organization=None, posting_id=None):
    return Board("lever", "Lever", "northwind", "https://jobs.lever.co/northwind",
                 count=len(openings) if count is None else count, openings=tuple(openings),
                 organization=organization, posting_id=posting_id)


THIS = Opening("Backend Engineer", POSTING["url"], "Denver, CO", False, "US",
               "11111111-1111-1111-1111-111111111111")
DATA_DENVER = Opening("Senior Data Engineer", "https://jobs.lever.co/northwind/2", "Denver, CO",
                      False, "US", "2")
DATA_LONDON = Opening("Data Engineer", "https://jobs.lever.co/northwind/3", "London, UK",
                      False, "GB", "3")
DATA_REMOTE = Opening("Data Engineer, Platform", "https://jobs.lever.co/northwind/4",
                      "Remote (US)", True, "US", "4")
SALES = Opening("Account Executive", "https://jobs.lever.co/northwind/5", "Denver, CO",
                False, "US", "5")


def other_openings(answer):
    return next(item for item in answer["lenses"] if item["id"] == "other_openings")


def reasons(answer):
    return [r["text"] for r in other_openings(answer)["reasons"]]


def test_the_board_count_leaves_this_posting_out_when_it_is_on_the_board():
    answer = model.estimate(POSTING, None, None, board=board(THIS, SALES, DATA_LONDON, count=40))
    assert "39 other open roles at Northwind Labs, Inc. on its Lever board" in reasons(answer)


def test_the_board_count_replaces_the_count_the_page_claims():
    posting = {**POSTING, "description": "We are hiring for 25 open positions across teams."}
    without = reasons(model.estimate(posting, None, None))
    assert any("25 open roles" in r for r in without)
    answer = model.estimate(posting, None, None, board=board(THIS, SALES))
    assert not any("25 open roles" in r for r in reasons(answer))
    assert "1 other open role at Northwind Labs, Inc. on its Lever board" in reasons(answer)


def test_nearest_roles_match_the_target_and_prefer_the_place_the_person_can_work():
    profile = {"target_roles": ["data engineer"], "location": "Boulder, CO, US"}
    answer = model.estimate(POSTING, None, profile,
                            board=board(THIS, SALES, DATA_LONDON, DATA_DENVER, DATA_REMOTE))
    nearest = [o["title"] for o in answer["board"]["nearest"]]
    assert set(nearest) == {"Senior Data Engineer", "Data Engineer, Platform", "Data Engineer"}
    assert nearest[-1] == "Data Engineer"  # London: not where this person can work
    assert "Account Executive" not in nearest and "Backend Engineer" not in nearest


def test_a_remote_only_person_sees_remote_roles_first():
    profile = {"target_roles": ["data engineer"], "remote_only": True}
    answer = model.estimate(POSTING, None, profile,
                            board=board(THIS, DATA_DENVER, DATA_LONDON, DATA_REMOTE))
    assert answer["board"]["nearest"][0]["title"] == "Data Engineer, Platform"


def test_a_remote_role_limited_to_another_country_ranks_below_one_in_reach():
    profile = {"target_roles": ["data engineer"], "location": "Berlin, Germany"}
    remote_us = DATA_REMOTE
    remote_de = Opening("Data Engineer", "https://jobs.lever.co/northwind/6", "Remote (Germany)",
                        True, "DE", "6")
    answer = model.estimate(POSTING, None, profile, board=board(THIS, remote_us, remote_de))
    assert [o["url"] for o in answer["board"]["nearest"]][0].endswith("/6")


def test_roles_near_the_target_make_the_lens_count_for_someone_the_listing_is_not_for():
    profile = {"target_roles": ["data engineer"], "location": "Denver, CO, US"}
    plain = other_openings(model.estimate(POSTING, None, profile, board=board(THIS, SALES, SALES)))
    near = other_openings(model.estimate(POSTING, None, profile,
                                         board=board(THIS, SALES, DATA_DENVER)))
    assert near["score"] > plain["score"]
    assert any(r.startswith("Nearest to data engineer there: Senior Data Engineer (Denver, CO)")
               for r in (x["text"] for x in near["reasons"]))


def test_a_board_naming_another_employer_is_not_this_ones():
    answer = model.estimate(POSTING, None, None,
                            board=board(SALES, DATA_DENVER, organization="Globex Corporation"))
    assert "board" not in answer
    same = model.estimate(POSTING, None, None,
                          board=board(SALES, DATA_DENVER, organization="Northwind Labs"))
    assert same["board"]["count"] == 2


def test_a_pending_board_adds_a_note_and_no_count():
    pending = Board("lever", "Lever", "northwind", "https://jobs.lever.co/northwind")
    answer = model.estimate(POSTING, None, None, board=pending)
    assert answer["board"]["status"] == "pending"
    assert any("being looked up" in n for n in answer["notes"])
    assert not any("Lever board" in r for r in reasons(answer))


def test_without_a_board_the_answer_has_no_board():
    answer = model.estimate(POSTING, None, None)
    assert "board" not in answer
    assert answer == {**model.estimate(POSTING, None, None, board=None)}
