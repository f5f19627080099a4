"""The benchmark: schemebook against plain MkDocs building the same pages, and `schemebook check`, per size.

For each number of schemes, the three runs are interleaved (a, b, c, a, b, c...) so that machine noise falls
on all of them alike, and the median of each is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml
from generate import generate

from schemebook.clock import build_now
from schemebook.render import markers, render_site
from schemebook.render.assets import SCRIPT_URIS, static_outputs
from schemebook.render.templates import environment
from schemebook.settings import SiteSettings
from schemebook.site import load_site, scheme_files

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EPOCH = "1893456000"  # 2030-01-01: the synthetic schemes' sign-ups are then open
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}


def plain_config(config: str) -> str:
    """The site's mkdocs.yml without the schemebook plugin, but loading its page scripts like the plugin does."""
    data = yaml.safe_load(config)
    data["plugins"] = [
        p for p in data["plugins"] if not (isinstance(p, dict) and "schemebook" in p) and p != "schemebook"
    ]
    data["extra_javascript"] = list(SCRIPT_URIS)
    return yaml.safe_dump(data, sort_keys=False)


def baseline(folder: Path, target: Path) -> int:
    """Write the Markdown and files the plugin generates for `folder` as a plain MkDocs project; returns pages."""
    now = build_now({"SOURCE_DATE_EPOCH": EPOCH})
    site, problems = load_site(
        scheme_files(folder / "schemes"), folder, now, SiteSettings(), url="https://example.org/"
    )
    assert site is not None, problems
    env = environment(None)
    shutil.copytree(folder / "content", target / "content")
    home = target / "content" / "index.md"
    text, _ = markers.expand(site, env, "index.md", "content/index.md", home.read_text(encoding="utf-8"))
    home.write_text(text, encoding="utf-8")
    outputs = [*render_site(site, env), *static_outputs()]
    for output in outputs:
        path = target / "content" / output.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(output.content, bytes):
            path.write_bytes(output.content)
        else:
            path.write_text(output.content, encoding="utf-8")
    shutil.copytree(REPO / "overrides", target / "overrides")
    (target / "mkdocs.yml").write_text(
        plain_config((folder / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8"
    )
    return sum(1 for o in outputs if o.uri.endswith(".md")) + 1


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one run in a fresh process."""
    report = cwd / "measure.json"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "measure.py"), str(report), "--", *command], cwd=cwd, env=ENV, check=True
    )
    seconds = time.perf_counter() - started
    result = json.loads(report.read_text(encoding="utf-8"))
    if result["status"] not in (0,):
        raise SystemExit(f"{command} failed in {cwd}")
    return seconds, result["peak_rss_mb"]


def measure(count: int, repeats: int, work: Path) -> dict:
    """All three runs for one size, interleaved, medians reported."""
    folder, plain = work / f"{count}" / "schemebook", work / f"{count}" / "plain"
    shutil.rmtree(work / f"{count}", ignore_errors=True)
    generate(folder, count, (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(REPO / "overrides", folder / "overrides")
    pages = baseline(folder, plain)
    runs: dict[str, list[tuple[float, float]]] = {"schemebook": [], "baseline": [], "check": []}
    for _ in range(repeats):
        runs["schemebook"].append(timed(["mkdocs", "build", "-q", "-d", "site"], folder))
        runs["baseline"].append(timed(["mkdocs", "build", "-q", "-d", "site"], plain))
        runs["check"].append(timed(["check", "schemes"], folder))
    median = {name: statistics.median(s for s, _ in values) for name, values in runs.items()}
    return {
        "schemes": count,
        "pages": pages,
        "schemebook_s": round(median["schemebook"], 3),
        "baseline_s": round(median["baseline"], 3),
        "check_s": round(median["check"], 3),
        "peak_rss_mb": max(m for _, m in runs["schemebook"]),
        "baseline_peak_rss_mb": max(m for _, m in runs["baseline"]),
        "repeats": repeats,
    }


def table(results: dict) -> str:
    """The results as a Markdown table with the ratios that matter."""
    rows = [
        "| schemes | pages | schemebook (s) | plain MkDocs (s) | overhead | s per page | check (s) | peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in results["runs"]:
        overhead = run["schemebook_s"] / run["baseline_s"]
        per_page = run["schemebook_s"] / run["pages"]
        rows.append(
            f"| {run['schemes']} | {run['pages']} | {run['schemebook_s']:.2f} | {run['baseline_s']:.2f} | "
            f"{overhead:.2f} | {per_page:.4f} | {run['check_s']:.2f} | {run['peak_rss_mb']:.0f} |"
        )
    machine, repeats = results["machine"], results["runs"][0]["repeats"]
    note = f"Measured {machine['date']} on {machine['cores']} cores, median of {repeats} interleaved runs."
    return "\n".join(rows) + f"\n\n{note}\n"


def main() -> None:
    """Run the benchmark for each size and write results/latest.json and the table in README.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    work = HERE / "work"
    runs = []
    for count in arguments.sizes:
        runs.append(measure(count, arguments.repeats, work))
        print(json.dumps(runs[-1]), flush=True)
    results = {
        "runs": runs,
        "machine": {
            "cores": os.cpu_count(),
            "date": datetime.now(UTC).strftime("%Y-%m-%d"),
            "python": sys.version.split()[0],
        },
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- results -->", "<!-- /results -->"
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    readme.write_text(f"{before}{start}\n{table(results)}{end}{after}", encoding="utf-8")
    print(table(results))


if __name__ == "__main__":
    main()
