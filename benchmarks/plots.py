"""The plots of a benchmark run (matplotlib, PNG), as docs/performance.md shows them."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt  # noqa: E402

GOAL = "#888888"
COLORS = {"cached": "#2b7bba", "uncached": "#e07b39", None: "#555555"}


def draw(results: dict, out: Path) -> list[Path]:
    """Draw every plot of ``results`` into ``out``; return their paths."""
    made = [throughput(results, out / "throughput.png"),
            batches(results, out / "batches.png"),
            latency_under_load(results, out / "latency-under-load.png"),
            by_size(results, out / "latency-by-size.png"),
            memory(results, out / "redis-memory.png")]
    if results["in_process"]["real_pages"]:
        made.append(real_pages(results, out / "real-pages.png"))
    return made


def _kind(scenario: dict) -> str | None:
    return {True: "cached", False: "uncached"}.get(scenario["cached"])


def _save(fig, path: Path, machine: dict) -> Path:
    fig.text(0.99, 0.005, f"{machine['cpus']} cores, load {machine['load_average_before'][0]}"
             f" · {machine['when'][:10]} · {machine['commit']}", ha="right", va="bottom",
             fontsize=7, color=GOAL)
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def throughput(results: dict, path: Path) -> Path:
    scenarios = [s for s in results["http"]["scenarios"] if s.get("items", 1) == 1]
    ceiling = results["http"]["scenarios"][0]["rps"]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(scenarios) + 1.4))
    names = [s["name"] for s in scenarios][::-1]
    ratios = [s["rps"] / ceiling for s in scenarios][::-1]
    bars = ax.barh(names, ratios, color=[COLORS[_kind(s)] for s in scenarios][::-1])
    for bar, s in zip(bars, scenarios[::-1], strict=True):
        ax.text(bar.get_width() + 0.01, bar.get_y() + bar.get_height() / 2,
                f"{s['rps']:.0f} req/s", va="center", fontsize=8)
    for x, label in ((0.3, "uncached\ngoal"), (0.5, "cached\ngoal"), (0.7, "aim")):
        ax.axvline(x, color=GOAL, linestyle="--", linewidth=0.8)
        ax.text(x, 1.01, label, fontsize=7, color=GOAL, ha="center", va="bottom",
                transform=ax.get_xaxis_transform())
    ax.set_xlim(0, 1.25)
    ax.set_xlabel("throughput as a share of the ceiling (GET /v1/health)")
    ax.set_title("Requests per second beside the ceiling, one run", pad=24)
    return _save(fig, path, results["machine"])


def batches(results: dict, path: Path) -> Path:
    cards = [s for s in results["http"]["scenarios"] if "card" in s["name"]]
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6))
    for ax, field, label in ((left, "items_per_s", "cards estimated per second"),
                             (right, "p50_ms", "median latency of a request (ms)")):
        for kind in ("cached", "uncached"):
            runs = [s for s in cards if _kind(s) == kind]
            sizes = [s.get("items", 1) for s in runs]
            values = [s["rps"] * s.get("items", 1) if field == "items_per_s" else s[field]
                      for s in runs]
            ax.plot(sizes, values, marker="o", color=COLORS[kind], label=kind)
        ax.set_xscale("log")
        ax.set_xticks([1, 25, 100], ["1 (one by one)", "25", "100"])
        ax.set_xlabel("cards per request")
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
    left.legend()
    fig.suptitle("Cards one by one against batches")
    return _save(fig, path, results["machine"])


def latency_under_load(results: dict, path: Path) -> Path:
    scenarios = results["http"]["scenarios"]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(scenarios) + 1.4))
    names = [s["name"] for s in scenarios][::-1]
    ax.barh(names, [s["p99_ms"] for s in scenarios][::-1], color="#d9d9d9", label="p99")
    ax.barh(names, [s["p50_ms"] for s in scenarios][::-1],
            color=[COLORS[_kind(s)] for s in scenarios][::-1], label="p50")
    for i, s in enumerate(scenarios[::-1]):
        ax.text(s["p99_ms"] * 1.05, i, f"p99/p50 {s['p99_ms'] / s['p50_ms']:.1f}",
                va="center", fontsize=7)
    ax.set_xscale("log")
    ax.set_xlabel(f"latency (ms) with {results['settings']['connections']} connections")
    ax.set_title("Latency under load: median and 99th percentile")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    return _save(fig, path, results["machine"])


def by_size(results: dict, path: Path) -> Path:
    rows = results["in_process"]["by_size"]
    kb = [r["bytes"] / 1000 for r in rows]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for field, label, color, style in (
        ("html_uncached_ms", "raw HTML page, uncached", COLORS["uncached"], "-"),
        ("jsonld_uncached_ms", "JSON-LD description, uncached", COLORS["uncached"], "--"),
        ("html_cached_ms", "raw HTML page, cached", COLORS["cached"], "-"),
        ("jsonld_cached_ms", "JSON-LD description, cached", COLORS["cached"], "--"),
    ):
        ax.plot(kb, [r[field] for r in rows], style, marker="o", color=color, label=label)
    last = rows[-1]["html_uncached_ms"]
    ax.plot(kb, [last * k / kb[-1] for k in kb], ":", color=GOAL, label="linear in size")
    ax.axhline(50, color=GOAL, linestyle="--", linewidth=0.8)
    ax.text(kb[0], 52, "50 ms goal at 200 KB", fontsize=7, color=GOAL)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("size (KB)")
    ax.set_ylabel("ms per estimate, in process")
    ax.set_title("Latency against size")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7)
    return _save(fig, path, results["machine"])


def real_pages(results: dict, path: Path) -> Path:
    pages = results["in_process"]["real_pages"]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    folders = sorted({p["page"].split("/")[0] for p in pages})
    for folder, color in zip(folders, plt.cm.tab10.colors, strict=False):
        mine = [p for p in pages if p["page"].startswith(folder + "/")]
        ax.scatter([p["bytes"] / 1000 for p in mine], [p["ms"] for p in mine], s=14,
                   color=color, label=f"{folder} ({len(mine)})", alpha=0.8)
    ax.axhline(50, color=GOAL, linestyle="--", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("page size (KB)")
    ax.set_ylabel("ms per uncached estimate, in process")
    ax.set_title(f"Every real page ({len(pages)}), uncached")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7)
    return _save(fig, path, results["machine"])


def memory(results: dict, path: Path) -> Path:
    groups = results["memory"]
    everything = [size for figures in groups.values() for size in figures.get("sizes") or []]
    step = 128  # bytes per bin, on a scale shared by every group
    bins = range(min(everything) // step * step, max(everything) + 2 * step, step)
    fig, ax = plt.subplots(figsize=(7, 3.8))
    for (name, figures), color in zip(groups.items(), plt.cm.tab10.colors, strict=False):
        sizes = figures.get("sizes") or []
        if len(sizes) > 3:
            ax.hist(sizes, bins=bins, alpha=0.6, color=color, label=f"{name} ({len(sizes)})")
        elif sizes:
            ax.axvline(sizes[0], color=color, linewidth=2, label=f"{name}: {sizes[0]} B")
    ax.axvline(2048, color=GOAL, linestyle="--", linewidth=0.8)
    ax.text(2048, ax.get_ylim()[1] * 0.95, " 2 KB goal", fontsize=7, color=GOAL, va="top")
    ax.set_xlabel("Redis memory per cached entry (MEMORY USAGE, bytes)")
    ax.set_ylabel("entries")
    ax.set_title("What a cached entry costs Redis")
    ax.legend(fontsize=7)
    return _save(fig, path, results["machine"])
