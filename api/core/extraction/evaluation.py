"""Measure extraction on a folder of real pages: page kinds, and fields against extruct."""

from __future__ import annotations

import html as html_lib
import re
import statistics
import time
from pathlib import Path
from typing import Any

from .dates import iso_date
from .errors import PageError
from .jsonld import Graph, parse_blocks, types_of
from .page import read_page
from .schema import is_event, is_job, name_of

# Folder names are the truth: what a person filed the page as.
FOLDER_KINDS = {"job": "job", "event": "event", "index": "list", "negative": "other"}
KINDS = ("job", "event", "list", "other")
FIELDS = ("title", "organization", "start")
REFERENCE_SYNTAXES = ["json-ld", "microdata", "rdfa", "microformat"]


def _pages(directory: Path) -> list[tuple[str, Path]]:
    found = []
    for folder, kind in FOLDER_KINDS.items():
        for path in sorted((directory / folder).glob("*.htm*")):
            found.append((kind, path))
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


def evaluate(directory: str) -> dict[str, Any]:
    """Read every page under job/, event/, index/ and negative/ and score what was read."""
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"No folder of pages at {directory}")
    confusion = {truth: dict.fromkeys(KINDS, 0) for truth in KINDS}
    fields = {field: {"checked": 0, "correct": 0} for field in FIELDS}
    list_titles = {"checked": 0, "found": 0}
    mistakes, field_mistakes, timings = [], [], []
    for truth, path in _pages(root):
        html = path.read_bytes().decode("utf-8", "replace")
        url = f"https://example.org/{path.name}"
        started = time.perf_counter()
        try:
            result = read_page({"url": url, "html": html})
        except PageError as error:
            result = {"page_kind": "other", "opportunities": [], "error": str(error)}
        timings.append((time.perf_counter() - started, f"{path.parent.name}/{path.name}"))
        got = result["page_kind"]
        confusion[truth][got] += 1
        name = f"{path.parent.name}/{path.name}"
        if got != truth:
            mistakes.append({"page": name, "expected": truth, "got": got})
        reference = reference_items(html, url)
        mine = result["opportunities"]
        if truth in ("job", "event"):
            wanted = [r for r in reference if r["kind"] == truth]
            if not wanted:
                continue
            first = mine[0] if mine else {}
            for field in FIELDS:
                expected = [r[field] for r in wanted if r[field]]
                if not expected:
                    continue
                same = _same_moment if field == "start" else _same_text
                ok = any(same(first.get(field), value) for value in expected)
                fields[field]["checked"] += 1
                fields[field]["correct"] += ok
                if not ok:
                    field_mistakes.append(
                        {"page": name, "field": field, "expected": expected[0],
                         "got": first.get(field)}
                    )  # fmt: skip
        elif truth == "list":
            titles = {r["title"].casefold() for r in reference if r["title"]}
            read = {o["title"].casefold() for o in mine}
            list_titles["checked"] += len(titles)
            list_titles["found"] += len(titles & read)
    accuracy = {}
    for kind in KINDS:
        total = sum(confusion[kind].values())
        accuracy[kind] = confusion[kind][kind] / total if total else None
    for score in fields.values():
        score["accuracy"] = score["correct"] / score["checked"] if score["checked"] else None
    list_titles["recall"] = (list_titles["found"] / list_titles["checked"]
                             if list_titles["checked"] else None)  # fmt: skip
    pages = sum(sum(row.values()) for row in confusion.values())
    return {
        "directory": str(root),
        "pages": pages,
        "confusion": confusion,
        "accuracy": accuracy,
        "overall": sum(confusion[k][k] for k in KINDS) / pages if pages else None,
        "fields": fields,
        "list_titles": list_titles,
        "mistakes": mistakes,
        "field_mistakes": field_mistakes,
        "seconds": {
            "total": sum(t for t, _ in timings),
            "median": statistics.median(t for t, _ in timings) if timings else 0.0,
            "max": max(timings, default=(0.0, None))[0],
            "slowest": max(timings, default=(0.0, None))[1],
        },
    }


def _percent(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.1%}"


def format_report(report: dict[str, Any]) -> str:
    """The evaluation as text: confusion matrix, per-kind accuracy, field accuracy, mistakes."""
    lines = [f"Pages: {report['pages']} in {report['directory']}", "",
             "Page kind (rows: folder, columns: read as)",
             "            " + "".join(f"{k:>8}" for k in KINDS) + "  accuracy"]  # fmt: skip
    for truth in KINDS:
        row = report["confusion"][truth]
        cells = "".join(f"{row[k]:>8}" for k in KINDS)
        lines.append(f"  {truth:<10}{cells}  {_percent(report['accuracy'][truth])}")
    lines.append(f"  overall {_percent(report['overall'])}")
    lines += ["", "Fields on pages whose markup names them (against extruct's reading)"]
    for field, score in report["fields"].items():
        lines.append(f"  {field:<13}{score['correct']:>4} / {score['checked']:<4}"
                     f" {_percent(score['accuracy'])}")  # fmt: skip
    titles = report["list_titles"]
    lines.append(f"  list titles  {titles['found']:>4} / {titles['checked']:<4}"
                 f" {_percent(titles['recall'])}  (marked-up items found on list pages)")
    seconds = report["seconds"]
    lines += ["", f"Time: {seconds['total']:.2f}s in all, median {seconds['median'] * 1000:.0f} ms,"
                  f" slowest {seconds['max'] * 1000:.0f} ms ({seconds['slowest']})"]  # fmt: skip
    if report["mistakes"]:
        lines += ["", "Kind mistakes"]
        lines += [f"  {m['page']}: read as {m['got']}" for m in report["mistakes"]]
    if report["field_mistakes"]:
        lines += ["", "Field mistakes"]
        for m in report["field_mistakes"]:
            lines.append(f"  {m['page']} {m['field']}: expected {m['expected']!r},"
                         f" got {m['got']!r}")  # fmt: skip
    return "\n".join(lines)
