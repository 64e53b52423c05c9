"""Skills found in free text, their canonical names, and how near two skills are."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.core.model.skills import canonical, find_skills, nearest, similarity


def test_finds_the_stack_of_a_backend_listing():
    text = (
        "You will build Go and Python services on PostgreSQL and Apache Kafka that move "
        "billions of dollars a day, and sit a system design interview."
    )
    assert find_skills(text) == ["Go", "Python", "PostgreSQL", "Kafka", "system design"]


def test_finds_methods_that_onet_lists_no_product_for():
    text = (
        "Experience with R, SQL and statistics; machine learning, causal inference, "
        "Bayesian modeling and survival analysis are a plus."
    )
    found = find_skills(text)
    for skill in [
        "R",
        "SQL",
        "statistics",
        "machine learning",
        "causal inference",
        "bayesian modeling",
        "survival analysis",
    ]:
        assert skill in found


@pytest.mark.parametrize(
    "text",
    [
        "Go to the store and pick up supplies.",
        "You will excel at customer conversations.",
        "Excel at communicating with busy people.",
        "A spark of curiosity goes a long way.",
        "Reports go to the C-suite every Friday.",
        "Take vitamin C and rest.",
        "Our R&D team is growing.",
        "We go further together.",
        "Pick a word that describes you.",
        "Class C license required.",
        "Go on and on about it.",
        "Spring Tech Career Fair",
        "Ask John R. Smith about our Python and SQL stack.",
        "Grades A, B, C accepted; Python a plus.",
    ],
)
def test_everyday_words_are_not_skills(text):
    found = find_skills(text)
    assert not {"Go", "Excel", "Spark", "C", "R", "Microsoft Word"} & set(found), found


def test_a_name_that_opens_a_sentence_needs_more_than_nearby_skills():
    assert find_skills("Basic knowledge of SQL and Python.") == ["SQL", "Python"]
    assert find_skills("* Knowledge of MySQL.\n* Basic knowledge of Python") == ["MySQL", "Python"]
    assert find_skills("Basic experience with SQL") == ["SQL"]
    assert find_skills("Analyze financial data in SQL.") == ["SQL"]
    assert find_skills("Excel, Word and PowerPoint.") == ["Excel", "Microsoft Word", "PowerPoint"]
    assert find_skills("Go, Rust and Python are our languages.") == ["Go", "Rust", "Python"]


def test_everyday_word_names_count_where_skills_are_discussed():
    assert "Excel" in find_skills("Proficient in Excel and PowerPoint.")
    assert "Spark" in find_skills("Pipelines in Spark and Airflow feed the warehouse.")
    assert "Go" in find_skills("Services are written in Go.")
    assert {"C", "C++", "C#"} <= set(find_skills("Firmware in C and C++, tooling in C#."))
    assert "R" in find_skills("Modeling in R or Python.")
    assert "R" in find_skills("Experience in R. Strong SQL skills.")
    assert "C" in find_skills("A C developer who knows Python")
    assert find_skills("Boston Go Meetup") == ["Go"]
    assert find_skills("Two talks on Go in production, then pizza.") == ["Go"]
    assert find_skills("An intro to the Go programming language") == ["Go"]
    assert find_skills("Excel Workshop for Beginners") == ["Excel"]


def test_skills_across_fields():
    assert {"patient care", "critical care", "Epic", "ACLS"} <= set(
        find_skills("Direct patient care in the ICU; charting in Epic; ACLS required.")
    )
    assert {"welding", "blueprint reading", "forklift operation"} <= set(
        find_skills("Welding, blueprint reading and a forklift certification.")
    )
    assert {"lesson planning", "classroom management"} <= set(
        find_skills("Strong lesson planning and classroom management.")
    )
    assert {"grant writing", "policy analysis"} <= set(
        find_skills("Grant writing and policy analysis for the city.")
    )
    assert {"watercolor", "illustration"} <= set(
        find_skills("A watercolor workshop for illustration lovers.")
    )


def test_punctuated_names_are_found_whole():
    found = find_skills("Node.js, TypeScript, k8s, CI/CD, A/B testing and ASP.NET on .NET 8")
    assert {
        "Node.js",
        "TypeScript",
        "Kubernetes",
        "CI/CD",
        "a/b testing",
        "ASP.NET",
        ".NET",
    } <= set(found)


def test_each_skill_is_reported_once_in_order_of_mention():
    assert find_skills("Python, SQL, more Python, and python again") == ["Python", "SQL"]
    assert find_skills("") == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("postgres", "PostgreSQL"),
        ("PostgreSQL", "PostgreSQL"),
        ("Golang", "Go"),
        ("go", "Go"),
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("apache kafka", "Kafka"),
        ("Microsoft Excel", "Excel"),
        ("excel", "Excel"),
        ("sklearn", "scikit-learn"),
        ("ML", "machine learning"),
        ("Machine Learning", "machine learning"),
        ("watercolour", "watercolor"),
    ],
)
def test_canonical_names_profile_spellings(written, name):
    assert canonical(written) == name


def test_canonical_keeps_unknown_skills_as_written_in_lowercase():
    assert canonical("  Underwater   Basket Weaving ") == "underwater basket weaving"


def test_profile_skills_meet_found_skills_by_canonical_name():
    found = set(find_skills("Services in Go on Postgres with Apache Kafka"))
    assert {canonical(s) for s in ["golang", "postgres", "kafka"]} <= found


def test_programming_languages_are_moderate_neighbours():
    assert similarity("Go", "Rust") >= 0.4
    assert similarity("Python", "Rust") >= 0.4
    assert similarity("Go", "Python") >= 0.4
    assert similarity("Python", "watercolor") == 0.0
    assert similarity("Go", "welding") == 0.0


def test_similarity_across_fields():
    assert similarity("TensorFlow", "PyTorch") > 0.6
    assert similarity("PostgreSQL", "MySQL") > 0.5
    assert similarity("PostgreSQL", "SQL") >= 0.5
    assert similarity("pandas", "Python") >= 0.5
    assert similarity("AWS", "Azure") >= 0.5
    assert similarity("Excel", "Python") < 0.3
    assert similarity("machine learning", "statistics") >= 0.5
    assert similarity("patient care", "triage") >= 0.4
    assert similarity("welding", "carpentry") >= 0.4
    assert similarity("Python", "patient care") == 0.0
    assert similarity("lesson planning", "Kafka") == 0.0


def test_similarity_is_one_for_spellings_of_the_same_skill_and_symmetric():
    assert similarity("postgres", "PostgreSQL") == 1.0
    assert similarity("k8s", "Kubernetes") == 1.0
    assert similarity("Go", "Rust") == similarity("Rust", "Go")
    assert similarity("", "Go") == 0.0
    assert similarity("basket weaving", "basket weaving") == 1.0


def test_nearest_takes_the_best_candidate():
    assert nearest("Rust", ["watercolor", "Go", "Python"]) == similarity("Rust", "Go")
    assert nearest("Rust", []) == 0.0


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None)
def test_any_text_gives_canonical_names(text):
    for name in find_skills(text):
        assert canonical(name) == name


@given(
    st.sampled_from(["Python", "Go", "Rust", "Excel", "welding", "patient care", "SQL"]),
    st.sampled_from(["Kafka", "statistics", "watercolor", "C++", "triage", "Tableau", "nope"]),
)
def test_similarity_is_a_symmetric_fraction(a, b):
    assert 0 <= similarity(a, b) == similarity(b, a) <= 1


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_fast_ascii_reading_splits_words_as_the_general_one(text):
    from api.core.model.skills import _ASCII_TOKEN_RE, _TOKEN_RE

    assert _ASCII_TOKEN_RE.findall(text) == _TOKEN_RE.findall(text)


def test_a_name_followed_by_punctuation_is_not_judged_by_the_next_word():
    from api.core.model.skills import find_skills

    assert "Rust" in find_skills("For programmers, learning Rust\u2014a systems language")
    assert "Rust" in find_skills("learning Rust, a systems programming language")
    assert find_skills("Leveraging rust to improve the pipe") == []
