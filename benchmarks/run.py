"""The benchmark: schemebook against plain MkDocs building the same pages with the same navigation, per size.

For each number of schemes the builds are interleaved (schemebook, plain, schemebook, plain...) so that machine
noise falls on both alike, and the median of each is reported. Plain MkDocs with every scheme's section on every
page (what a hand-kept site costs) is built once per size, as a separate figure. Then `schemebook check` of all
files and of one file, and the preview: a real `mkdocs serve`, a scheme file saved, and the time until the
changed page is served over HTTP.
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
from mkdocs.structure.files import File, file_sort_key
from mkdocs.utils import nest_paths
from report import table
from serve_timing import preview_latency

from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_site, scheme_files
from schemebook.render import markers, render_site
from schemebook.render.assets import static_outputs
from schemebook.render.navigation import site_nav
from schemebook.render.templates import environment
from schemebook.when.clock import build_now

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EPOCH = "1893456000"  # 2030-01-01: the synthetic schemes' sign-ups are then open
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
BUILD = ["mkdocs", "build", "-q", "-d", "site"]


def plain_config(config: str, nav: list, *, pruned: bool) -> str:
    """mkdocs.yml without the plugin, with its navigation written out and the package's theme (same_theme.py).

    `pruned` adds the hook that gives each scheme's pages only their own section, as the plugin does.
    """
    data = yaml.safe_load(config)
    data["plugins"] = [
        p for p in data["plugins"] if not (isinstance(p, dict) and "schemebook" in p) and p != "schemebook"
    ]
    data["nav"] = nav
    data["hooks"] = [str(HERE / "same_theme.py")] + ([str(HERE / "scheme_nav.py")] if pruned else [])
    return yaml.safe_dump(data, sort_keys=False)


def baseline(folder: Path, target: Path) -> int:
    """Write the Markdown and files the plugin generates for `folder` as a plain MkDocs project; returns pages."""
    now = build_now({"SOURCE_DATE_EPOCH": EPOCH})
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(config)
    options = next(p["schemebook"] for p in data["plugins"] if isinstance(p, dict) and "schemebook" in p)
    settings = SiteSettings.model_validate({k: v for k, v in options.items() if k in SiteSettings.model_fields})
    site, problems = load_site(scheme_files(folder / "schemes"), folder, now, settings, url=data["site_url"])
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
    in_nav = [File(o.uri, None, "", True) for o in outputs if o.uri.endswith(".md") and o.in_nav]
    uris = [f.src_uri for f in sorted([*in_nav, File("index.md", None, "", True)], key=file_sort_key)]
    nav = site_nav(uris, site, nest_paths)
    (target / "mkdocs.yml").write_text(plain_config(config, nav, pruned=True), encoding="utf-8")
    (target / "unpruned.yml").write_text(plain_config(config, nav, pruned=False), encoding="utf-8")
    return sum(1 for o in outputs if o.uri.endswith(".md")) + 1


def timed(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Seconds, peak memory (MB) and processor seconds (its child processes' included) of one run in a fresh
    process."""
    report = cwd / "measure.json"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "measure.py"), str(report), "--", *command],
        cwd=cwd,
        env=ENV,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    result = json.loads(report.read_text(encoding="utf-8"))
    if result["status"] not in (0,):
        raise SystemExit(f"{command} failed in {cwd}")
    return seconds, result["peak_rss_mb"], result["cpu_s"]


def measure(count: int, repeats: int, saves: int, work: Path, *, unpruned: bool) -> dict:
    """Every figure for one size: interleaved builds and checks (medians), one unpruned build, the preview."""
    load = round(os.getloadavg()[0], 1)  # other work on the machine when this size starts
    folder, plain = work / f"{count}" / "schemebook", work / f"{count}" / "plain"
    shutil.rmtree(work / f"{count}", ignore_errors=True)
    generate(folder, count, (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(REPO / "overrides", folder / "overrides")
    pages = baseline(folder, plain)
    names = ("schemebook", "baseline", "check", "check_one")
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in names}
    for _ in range(repeats):
        runs["schemebook"].append(timed(BUILD, folder))
        runs["baseline"].append(timed(BUILD, plain))
        runs["check"].append(timed(["check", "schemes"], folder))
        runs["check_one"].append(timed(["check", "schemes/scheme-0000.yml"], folder))
    unpruned_s, unpruned_mb, _ = (
        timed([*BUILD[:-1], "site-unpruned", "-f", "unpruned.yml"], plain) if unpruned else (0, 0, 0)
    )
    median = {name: statistics.median(s for s, _, _ in values) for name, values in runs.items()}
    cpu = {name: statistics.median(c for _, _, c in values) for name, values in runs.items()}
    saved = preview_latency(folder, "schemes/scheme-0000.yml", "schemes/scheme-0000/", saves, ENV)
    return {
        "schemes": count,
        "pages": pages,
        "schemebook_s": round(median["schemebook"], 3),
        "baseline_s": round(median["baseline"], 3),
        "schemebook_cpu_s": round(cpu["schemebook"], 3),
        "baseline_cpu_s": round(cpu["baseline"], 3),
        "unpruned_s": round(unpruned_s, 3) if unpruned else None,
        "check_s": round(median["check"], 3),
        "check_one_s": round(median["check_one"], 3),
        "preview_s": round(statistics.median(saved), 3),
        "preview_saves_s": [round(s, 3) for s in saved],
        "peak_rss_mb": max(m for _, m, _ in runs["schemebook"]),
        "baseline_peak_rss_mb": max(m for _, m, _ in runs["baseline"]),
        "unpruned_peak_rss_mb": unpruned_mb if unpruned else None,
        "repeats": repeats,
        "load_average": load,
    }


def _save(runs: list[dict], latest: Path) -> dict:
    """Write the results so far to results/latest.json and the table in README.md."""
    results = {
        "runs": runs,
        "machine": {
            "cores": os.cpu_count(),
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "python": sys.version.split()[0],
        },
    }
    latest.parent.mkdir(exist_ok=True)
    latest.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- results -->", "<!-- /results -->"
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    readme.write_text(f"{before}{start}\n{table(results)}{end}{after}", encoding="utf-8")
    return results


def main() -> None:
    """Run the benchmark for each size and write results/latest.json and the table in README.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    parser.add_argument("--repeats", type=int, default=3, help="interleaved builds per size below 500 schemes")
    parser.add_argument("--big-repeats", type=int, default=1, help="interleaved builds per size of 500 or more")
    parser.add_argument("--saves", type=int, default=3, help="scheme file saves timed under mkdocs serve")
    parser.add_argument("--unpruned-max", type=int, default=500, help="largest size to build with full navigation")
    parser.add_argument("--keep", action="store_true", help="keep the other sizes of results/latest.json")
    arguments = parser.parse_args()
    work = HERE / "work"
    latest = HERE / "results" / "latest.json"
    kept = json.loads(latest.read_text(encoding="utf-8"))["runs"] if arguments.keep and latest.is_file() else []
    runs = [run for run in kept if run["schemes"] not in arguments.sizes]
    for count in arguments.sizes:
        repeats = arguments.repeats if count < 500 else arguments.big_repeats
        unpruned = count <= arguments.unpruned_max
        runs.append(measure(count, repeats, arguments.saves, work, unpruned=unpruned))
        runs.sort(key=lambda run: run["schemes"])
        print(json.dumps(runs[-1]), flush=True)
        results = _save(runs, latest)  # after each size, so a long run that is cut short keeps what it measured
    print(table(results))


if __name__ == "__main__":
    main()
