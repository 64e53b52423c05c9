"""People you know there (issue 11), in the browser: reading LinkedIn's connections export,
matching organizations as people write them, and what an estimate may carry of them.
`fixtures/Connections.csv` is synthetic: invented people, in LinkedIn's shape (a byte-order
mark, a notes preamble, CRLF line ends, quoted commas, quotes and line breaks)."""

from __future__ import annotations

import json

import pytest

from tests.extension.conftest import HERE
from tests.extension.helpers import call

CONNECTIONS = HERE / "fixtures" / "Connections.csv"


def read(page, server, text: str):
    return call(
        page,
        server,
        "/src/options/connections.js",
        "(m, text) => { try { return m.readConnections(text); } "
        "catch (e) { return {error: e.name + ': ' + e.message, ours: e instanceof m.ConnectionsError}; } }",
        text,
    )


def test_the_export_is_read_with_its_notes_bom_crlf_and_quoting(module_page, static_server):
    people = read(module_page, static_server, CONNECTIONS.read_bytes().decode("utf-8"))
    assert len(people) == 9
    first = people[0]
    assert first == {
        "first": "Zoë",
        "last": "Ångström-Vell",
        "url": "https://www.linkedin.com/in/zoe-angstrom-vell-3f9a1c",
        "company": "Northwind Bank, Inc.",
        "position": "Engineering Manager",
        "connected": "12 Mar 2024",
    }
    by_last = {p["last"]: p for p in people}
    assert by_last["Varnhagen"]["position"] == "Recruiter, Technology"
    assert by_last["Lindqvist-Orr"]["position"] == 'Product Designer "Growth"'
    assert by_last["Kučerovský"]["position"] == "Vedoucí vývoje, embedded"  # a line break in quotes
    assert by_last["Kučerovský"]["company"] == "Brněnské strojírny, s.r.o."
    # e-mail addresses are not kept at all
    assert all("email" not in p and "@" not in json.dumps(p) for p in people)


def test_an_export_without_notes_with_lf_endings_reads_the_same(module_page, static_server):
    text = CONNECTIONS.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    plain = "\n".join(
        text.split("\n")[
            text.split("\n").index(
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
            ) :
        ]
    )
    assert read(module_page, static_server, plain) == read(
        module_page, static_server, CONNECTIONS.read_bytes().decode("utf-8")
    )


def test_a_file_that_is_not_the_export_says_so(module_page, static_server):
    result = read(module_page, static_server, "Date,Description,Amount\n2024-01-01,Coffee,3.50\n")
    assert result["ours"] and "Connections.csv" in result["error"]
    assert read(module_page, static_server, "")["ours"]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Northwind Bank, Inc.", "Northwind Bank", True),  # legal form
        ("NORTHWIND BANK", "northwind bank ltd.", True),  # case, legal form with a dot
        ("Brněnské strojírny, s.r.o.", "Brnenske Strojirny", True),  # accents, s.r.o.
        ("Ørsted A/S", "Orsted", True),  # a letter Unicode does not decompose, A/S
        ("The Calder Group", "Calder", True),  # a leading "the", a descriptor
        ("Palantir Technologies Inc.", "Palantir", True),
        ("Procter & Gamble", "Procter and Gamble Co", True),
        ("Meta (formerly Facebook)", "Facebook", True),  # a former name in brackets
        ("Amazon Web Services (AWS)", "AWS", True),  # a short name in brackets
        ("Meta Platforms, Inc.", "Facebook", True),  # a known alias
        ("J.P. Morgan", "JPMorgan Chase & Co.", True),
        ("Northwind Bank", "Northwind Logistics", False),
        ("Self-employed", "Self Employed", False),  # no organization at all
        ("X Corp.", "Xerox", False),
        ("Bank", "Northwind Bank", False),
    ],
)
def test_organizations_match_as_people_write_them(module_page, static_server, a, b, same):
    assert call(
        module_page,
        static_server,
        "/src/shared/contacts.js",
        "(m, a, b) => [m.sameOrganization(a, b), m.sameOrganization(b, a)]",
        a,
        b,
    ) == [same, same]


def test_what_an_estimate_carries_is_counts_and_positions_only(module_page, static_server):
    people = read(module_page, static_server, CONNECTIONS.read_bytes().decode("utf-8"))
    sent = call(
        module_page,
        static_server,
        "/src/shared/contacts.js",
        """(m, people) => {
          const book = new m.ContactBook(people);
          const groups = book.groups({
            organizations: ['Northwind Bank', 'Pelletreau Advisory', 'Nobody Known Here Ltd'],
            speakers: ['Dana Example, design lead at Meta', 'A founder from Northwind Logistics'],
          });
          return m.aggregates(groups);
        }""",
        people,
    )
    assert sent == [
        {
            "organization": "Northwind Bank",
            "count": 3,
            "positions": ["Engineering Manager", "Senior Data Engineer", "Recruiter, Technology"],
        },
        # a position that holds the person's own name is left out
        {"organization": "Pelletreau Advisory", "count": 1, "positions": []},
        {
            "organization": "Meta (formerly Facebook)",
            "count": 1,
            "positions": ['Product Designer "Growth"'],
        },
        {"organization": "Northwind Logistics", "count": 1, "positions": ["Operations Lead"]},
    ]
    # organizations as the page names them (or as a speaker's line does), and positions without
    # a name, an address or a link of anyone in the file
    positions = json.dumps([entry["positions"] for entry in sent])
    for person in people:
        for value in (person["first"], person["last"], person["url"]):
            assert value not in positions
    assert "@" not in positions


def test_structured_data_names_the_employer_the_organizer_and_speakers_employers(
    module_page, static_server
):
    found = call(
        module_page,
        static_server,
        "/src/shared/contacts.js",
        """(m) => m.organizationsInJsonLd([
          {'@type': 'JobPosting', hiringOrganization: {'@type': 'Organization', name: 'Northwind Bank'}},
          {'@graph': [{'@type': 'Event', organizer: [{name: 'Boston Rust'}, 'Calder'],
                       performer: [{'@type': 'Person', name: 'Dana', worksFor: {name: 'Vercel'}},
                                   {'@type': 'Person', name: 'Lee', affiliation: [{name: 'MIT'}]}]}]}])""",
    )
    assert found == {
        "organizations": ["Northwind Bank", "Boston Rust", "Calder"],
        "speakers": ["Vercel", "MIT"],
    }


ASK = """async (m, people, items, answers) => {
  // the API stand-in: answers by item title, records what each call was sent
  const calls = [];
  const ask = async (some, profile) => {
    calls.push({ titles: some.map((i) => i.opportunity ? i.opportunity.title : i.page.title), contacts: profile.contacts || null });
    return some.map((i) => answers[i.opportunity ? i.opportunity.title : i.page.title]);
  };
  const results = await m.askWithContacts(new m.ContactBook(people), items, { skills: ['python'] }, ask);
  return { calls, results: results.map((r) => r.opportunity.organization) };
}"""


def test_counts_go_with_the_first_ask_for_what_the_cards_name_and_again_for_what_the_api_read(
    module_page, static_server
):
    people = read(module_page, static_server, CONNECTIONS.read_bytes().decode("utf-8"))
    items = [
        {"opportunity": {"title": "Data Engineer", "organization": "Northwind Bank"}},
        {"page": {"title": "Platform Engineer", "jsonld": []}},  # no structured data
        {"page": {"title": "Designer", "jsonld": []}},
        {"opportunity": {"title": "Chef", "organization": "Quiet Harbor Bistro"}},
    ]
    answers = {
        "Data Engineer": {"opportunity": {"organization": "Northwind Bank"}},
        "Platform Engineer": {
            "opportunity": {"organization": "Calder Logistics"}
        },  # read by the API
        "Designer": {"opportunity": {"organization": "Calder Logistics GmbH"}},
        "Chef": {"opportunity": {"organization": "Quiet Harbor Bistro"}},
    }
    seen = call(module_page, static_server, "/src/shared/contacts.js", ASK, people, items, answers)
    northwind = {
        "organization": "Northwind Bank",
        "count": 3,
        "positions": ["Engineering Manager", "Senior Data Engineer", "Recruiter, Technology"],
    }
    calder = {"organization": "Calder Logistics", "count": 1, "positions": ["Platform Engineer"]}
    assert seen["calls"] == [
        {
            "titles": ["Data Engineer", "Platform Engineer", "Designer", "Chef"],
            "contacts": [northwind],
        },
        {"titles": ["Platform Engineer", "Designer"], "contacts": [northwind, calder]},
    ]
    assert seen["results"] == [
        "Northwind Bank",
        "Calder Logistics",
        "Calder Logistics GmbH",
        "Quiet Harbor Bistro",
    ]


def test_without_contacts_or_matches_the_api_is_asked_once_without_counts(
    module_page, static_server
):
    items = [{"opportunity": {"title": "Chef", "organization": "Quiet Harbor Bistro"}}]
    answers = {"Chef": {"opportunity": {"organization": "Quiet Harbor Bistro"}}}
    people = read(module_page, static_server, CONNECTIONS.read_bytes().decode("utf-8"))
    for book in ([], people):
        seen = call(
            module_page, static_server, "/src/shared/contacts.js", ASK, book, items, answers
        )
        assert seen["calls"] == [{"titles": ["Chef"], "contacts": None}]
