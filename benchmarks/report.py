"""The benchmark's figures as a Markdown table: ratios within one run, marginal costs between sizes."""

from __future__ import annotations

import itertools

HEADER = (
    "| schemes | pages | schemebook (s) | plain, same nav (s) | ratio | processor (s), schemebook | "
    "processor (s), plain | marginal ms/page, schemebook | marginal ms/page, plain | plain, full nav (s) | "
    "peak RSS (MB) | check all (s) | check all / build | check one (s) | check one / build | "
    "preview, save to page (s) | preview / build |"
)


def _marginal(runs: list[dict], index: int, key: str) -> str:
    """Milliseconds per extra page from the previous size to this one."""
    if index == 0:
        return "–"
    low, high = runs[index - 1], runs[index]
    return f"{1000 * (high[key] - low[key]) / (high['pages'] - low['pages']):.1f}"


def _seconds(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.2f}"


def memory_per_scheme(runs: list[dict]) -> list[str]:
    """Peak memory added per scheme between consecutive sizes, in MB."""
    return [
        f"{(high['peak_rss_mb'] - low['peak_rss_mb']) / (high['schemes'] - low['schemes']):.2f} MB a scheme "
        f"from {low['schemes']} to {high['schemes']}"
        for low, high in itertools.pairwise(runs)
    ]


def table(results: dict) -> str:
    """The results table, then how and when they were measured."""
    runs = results["runs"]
    rows = [HEADER, "|" + "---:|" * HEADER.count(" | ") + "---:|"]
    for index, run in enumerate(runs):
        build = run["schemebook_s"]
        rows.append(
            f"| {run['schemes']} | {run['pages']} | {build:.2f} | {run['baseline_s']:.2f} | "
            f"{build / run['baseline_s']:.2f} | {_seconds(run.get('schemebook_cpu_s'))} | "
            f"{_seconds(run.get('baseline_cpu_s'))} | {_marginal(runs, index, 'schemebook_s')} | "
            f"{_marginal(runs, index, 'baseline_s')} | {_seconds(run['unpruned_s'])} | {run['peak_rss_mb']:.0f} | "
            f"{run['check_s']:.2f} | {100 * run['check_s'] / build:.1f}% | {run['check_one_s']:.2f} | "
            f"{100 * run['check_one_s'] / build:.1f}% | {run['preview_s']:.2f} | "
            f"{100 * run['preview_s'] / build:.1f}% |"
        )
    machine = results["machine"]
    repeats = ", ".join(f"{r['repeats']} at {r['schemes']}" for r in runs)
    loads = ", ".join(f"{r.get('load_average', '?')} at {r['schemes']}" for r in runs)
    notes = [
        f"Measured {machine['date']} on {machine['cores']} cores (Python {machine['python']}); builds and checks "
        f"are medians of interleaved runs ({repeats}), the full-navigation build is one run per size, the "
        "preview the median of its saves. Load average of the 2 cores as each size started (other work on the "
        f"machine): {loads}.",
    ]
    if len(runs) > 1:
        notes.append("Peak memory: " + "; ".join(memory_per_scheme(runs)) + ".")
    return "\n".join(rows) + "\n\n" + "\n\n".join(notes) + "\n"
