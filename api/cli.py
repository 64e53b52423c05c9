"""The command line: estimate a saved page or a JSON request, evaluate extraction."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

VERDICTS = {"worth_a_look": "Worth a look", "maybe": "Maybe", "skip": "Skip", "ended": "Ended"}


def read_request(path: Path, url: str | None) -> dict[str, Any]:
    """Turn a saved HTML page or a JSON request (or bare page/opportunity) into a request."""
    raw = path.read_bytes()
    if path.suffix.lower() in (".json", ".jsonl"):
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError(f"{path} holds JSON but not an object")
        if "page" in data or "opportunity" in data:
            return data
        if "kind" in data and "title" in data:
            return {"opportunity": data}
        return {"page": data}
    html = raw.decode("utf-8", errors="replace")
    return {"page": {"url": url or path.resolve().as_uri(), "html": html}}


def summary(result: dict[str, Any]) -> str:
    """Return an estimate as text a person reads in a terminal."""
    opportunity = result["opportunity"]
    lines = [
        f"{VERDICTS[result['verdict']]}: {result['score']}/100 (fit {result['fit']}/100)",
        " · ".join(filter(None, [opportunity.get("title"), opportunity.get("organization"),
                                 opportunity.get("kind")])),
    ]
    # The verdict's own reasons first (why skip, why worth a look), then what each lens found.
    if result.get("reasons"):
        lines += ["", "Why"]
        for reason in result["reasons"]:
            lines += _reason(reason, "  - ", "    ")
    offered = [lens for lens in result["lenses"] if lens["score"] > 0]
    if offered:
        lines += ["", "What it offers"]
    for lens in offered:
        lines.append(f"  {lens['label']} ({lens['score']:.2f})")
        for reason in lens["reasons"]:
            lines += _reason(reason, "    - ", "      ")
    if result.get("plan"):
        lines += ["", "Plan"]
        for number, step in enumerate(result["plan"], 1):
            lines += textwrap.wrap(step, 88, initial_indent=f"  {number}. ",
                                   subsequent_indent="     ")
    if result.get("costs"):
        lines += ["", "Costs"]
        for cost in result["costs"]:
            lines += textwrap.wrap(cost.get("text") or cost.get("label", ""), 88,
                                   initial_indent="  - ", subsequent_indent="    ")
    for note in result.get("notes") or []:
        lines += [""] + textwrap.wrap(note, 88)
    return "\n".join(lines)


def _reason(reason: dict[str, Any], first: str, rest: str) -> list[str]:
    lines = textwrap.wrap(reason["text"], 88, initial_indent=first, subsequent_indent=rest)
    if reason.get("evidence"):
        lines += textwrap.wrap(f"evidence: {reason['evidence']}", 88,
                               initial_indent=rest, subsequent_indent=rest)
    return lines


def estimate_command(args: argparse.Namespace) -> int:
    from api.cache import MemoryCache
    from api.estimating import estimate_items

    request = read_request(Path(args.file), args.url)
    profile = request.pop("profile", None)
    if args.profile:
        profile = json.loads(Path(args.profile).read_text())
    (result,) = estimate_items([request], profile, MemoryCache(ttl_seconds=60))
    if "error" in result:
        print(result["error"]["message"], file=sys.stderr)
        return 2
    result.pop("cache", None)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else summary(result))
    return 0


def eval_pages_command(args: argparse.Namespace) -> int:
    from api.core.extraction.evaluation import evaluate, format_report

    print(format_report(evaluate(args.directory)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="worth-a-look",
        description="What an interview or an event is worth beyond the obvious.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    estimate = commands.add_parser("estimate", help="estimate a saved HTML page or a JSON request")
    estimate.add_argument("file", help="a .html page, or a .json request (page or opportunity)")
    estimate.add_argument("--profile", help="a JSON file with the profile")
    estimate.add_argument("--url", help="the page's address (for a saved .html page)")
    estimate.add_argument("--json", action="store_true", help="print the estimate as JSON")
    estimate.set_defaults(run=estimate_command)

    evaluate = commands.add_parser("eval-pages", help="measure extraction on a folder of pages")
    evaluate.add_argument("directory", help="a folder with job/ event/ index/ negative/ pages")
    evaluate.set_defaults(run=eval_pages_command)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (OSError, ValueError) as exc:
        print(f"worth-a-look: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
