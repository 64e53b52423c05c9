"""A role's level read from its requirements when the title is silent, and a role far below
the person as a doubt for value (a cost and less of the lenses that assume they would want the
job), not a block.

Opportunities here are written in the tests' own words (the extraction contract), not copied
from any fixture.
"""

from __future__ import annotations

from datetime import date

import pytest

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)


def _job(requirements: str, title: str = "Technical Operations Engineer") -> dict:
    description = (
        "What you will do:\nMonitor the routers, switches and firewalls of our customers.\n"
        "Replace faulty Juniper and Cisco devices on site.\n"
        f"Requirements:\n{requirements}\n"
        "What we offer:\nTraining towards vendor certifications.\nFlexible hours."
    )
    return complete(
        {
            "kind": "job",
            "title": title,
            "organization": "Brightline Networks",
            "description": description,
            "location": {"text": "Brno, CZ", "locality": "Brno", "country": "CZ"},
        }
    )


def _level(requirements: str, title: str = "Technical Operations Engineer"):
    return analyse(_job(requirements, title))["role_level"]


@pytest.mark.parametrize(
    ("requirements", "words"),
    [
        # English: said outright, or basic knowledge beside a learner's words.
        ("This is an entry-level position on our service desk.", "entry-level"),
        ("No prior experience is required; curiosity is.", "No prior experience is required"),
        ("0–1 years of experience with customer support.", "0–1 years"),
        ("Ideal for recent graduates who like solving puzzles.", "recent graduates"),
        ("Basic understanding of TCP/IP.\nA keen desire to learn.", "Basic understanding of"),
        # German
        ("Wir freuen uns über Berufseinsteiger aus der Technik.", "Berufseinsteiger"),
        ("Grundkenntnisse in Netzwerktechnik\nLernbereitschaft und Teamgeist", "Grundkenntnisse"),
        # Czech
        ("Nabídka je vhodná i pro absolventy.", "absolventy"),
        ("Základní orientace ve Windows\nOchota učit se novým věcem", "Základní orientace"),
        # Spanish
        ("No se requiere experiencia previa.", "No se requiere experiencia"),
        ("Conocimientos básicos de redes\nGanas de aprender", "Conocimientos básicos"),
        # French
        ("Débutants acceptés, formation assurée.", "Débutants acceptés"),
        ("Notions de réseaux informatiques\nEnvie d'apprendre", "Notions de"),
    ],
)
def test_a_first_job_is_read_from_its_requirements_in_the_pages_languages(requirements, words):
    level = _level(requirements)
    assert level is not None and level["id"] == "entry"
    assert words in level["words"] or words in level["evidence"]
    assert level["evidence"] in requirements  # the page's own words are the evidence


@pytest.mark.parametrize(
    "requirements",
    [
        # A senior posting may ask a basic knowledge of one side skill.
        "Basic knowledge of Terraform.",
        # Years, or words that ask for more than a first job, outweigh basic words.
        "5+ years of experience running networks.\nBasic knowledge of Python.\nEager to learn.",
        "Proven experience designing networks.\nBasic knowledge of Python.\nEager to learn.",
        "Mehrjährige Berufserfahrung im Netzwerkbetrieb\nGrundkenntnisse in Python\n"
        "Lernbereitschaft",
        # A language asked at a basic level says nothing of the role's level.
        "Basic English.\nEagerness to learn.",
    ],
)
def test_basic_words_alone_or_beside_more_do_not_make_a_first_job(requirements):
    assert _level(requirements) is None


def test_the_title_says_the_level_before_the_requirements():
    analysis = analyse(_job("No experience required.", title="Senior Operations Engineer"))
    assert analysis["role_level"] is None
    assert analysis["role"]["seniority"] == "senior"


ARCHITECT = {
    "target_roles": ["network architect"],
    "skills": ["juniper", "cisco", "bgp", "firewalls", "network design"],
    "location": "Brno, CZ",
}
ENTRY_REQUIREMENTS = (
    "Basic knowledge of computer networks (IP addressing, routing).\n"
    "Eagerness to learn new things.\nA driving licence."
)
PLAIN_REQUIREMENTS = "Knowledge of computer networks (IP addressing, routing).\nA driving licence."


def _estimate(requirements: str, seniority: str, **profile) -> dict:
    job = _job(requirements)
    return estimate(job, analyse(job), {**ARCHITECT, "seniority": seniority, **profile}, TODAY)


def _lens(result: dict, lens_id: str) -> float:
    return next(lens["score"] for lens in result["lenses"] if lens["id"] == lens_id)


def test_a_first_job_is_no_second_look_for_a_lead_and_says_why_in_the_pages_words():
    plain = _estimate(PLAIN_REQUIREMENTS, "lead")
    entry = _estimate(ENTRY_REQUIREMENTS, "lead")
    # The same body holds the architect's skills; only its level differs.
    assert plain["verdict"] == "worth_a_look"
    assert plain["lenses"][0]["id"] == "second_look"
    assert entry["verdict"] == "skip"
    assert _lens(entry, "second_look") < 0.5 * _lens(plain, "second_look")
    first = entry["reasons"][0]
    assert "3 levels below yours" in first["text"]
    assert first["evidence"] == "Basic knowledge of computer networks (IP addressing, routing)."
    below = next(c for c in entry["costs"] if c["id"] == "below")
    assert below["evidence"] == first["evidence"] and below["weight"] > 0


def test_two_levels_below_is_maybe_at_most_even_for_practice_and_never_a_block():
    for goals in ([], ["practice"]):
        senior = _estimate(ENTRY_REQUIREMENTS, "senior", goals=goals)
        assert senior["verdict"] in ("maybe", "skip")
        assert senior["eligibility"]["status"] == "eligible"  # a doubt, not a block
    # The same first job for someone at its level, or one level above it, is worth a look.
    for seniority in ("entry", "mid"):
        near = _estimate(ENTRY_REQUIREMENTS, seniority)
        assert near["verdict"] == "worth_a_look"
        assert not any(c["id"] == "below" for c in near["costs"])


def test_the_farther_below_the_less_it_is_worth():
    ladder = ("entry", "mid", "senior", "lead")
    results = [_estimate(ENTRY_REQUIREMENTS, level) for level in ladder]
    for lens_id in ("second_look", "practice", "offer_upside"):
        scores = [_lens(r, lens_id) for r in results]
        assert scores == sorted(scores, reverse=True), (lens_id, scores)
        assert scores[-1] < scores[0]
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True) and scores[-1] < scores[0]
