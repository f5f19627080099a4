"""Evaluation CSV files: validated with frictionless, every problem located by file, row and column."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from schemebook.project.evaluation import read_results
from tests.conftest import MINIMAL, REPO

HEADER = "statement,text,group,scale_min,scale_max,pre_mean,post_mean,pre_n,post_n\n"


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "results.csv"
    path.write_text(text, encoding="utf-8")
    results, found = read_results(path, "schemes/data/results.csv", ["mentor", "mentee"])
    assert results == [] if found else True
    return [str(p) for p in found]


def test_leeds_figures_load() -> None:
    results, found = read_results(REPO / "schemes/data/leeds-institutional-2022.csv", "x.csv", ["mentor", "mentee"])
    assert found == []
    by_id = {r.statement: r for r in results}
    assert (by_id["belonging"].pre_mean, by_id["belonging"].post_mean) == (3.08, 3.7)
    assert (by_id["confidence"].pre_n, by_id["confidence"].post_n, by_id["confidence"].post_mean) == (16, 7, 4.5)


def test_score_outside_the_scale(tmp_path: Path) -> None:
    found = problems(tmp_path, HEADER + "belonging,I belong,mentor,1,5,7.5,3.7,25,20\n")
    message = "`pre_mean` is 7.5, outside the scale 1-5\n    check the score and the scale"
    assert found == [f"schemes/data/results.csv:2:6: error: {message}"]


def test_a_file_with_only_its_column_names(tmp_path: Path) -> None:
    found = problems(tmp_path, HEADER)
    assert found[0].startswith("schemes/data/results.csv:2:1: error: the file names its columns but gives no results")


def test_missing_column(tmp_path: Path) -> None:
    found = problems(tmp_path, HEADER.replace(",post_mean", "") + "belonging,I belong,mentor,1,5,3.1,25,20\n")
    assert found[0].startswith("schemes/data/results.csv:1:1: error: the column `post_mean` is missing")


def test_wrong_type_and_unknown_group(tmp_path: Path) -> None:
    found = problems(tmp_path, HEADER + "belonging,I belong,mentor,1,5,high,3.7,25,20\n")
    assert found == ["schemes/data/results.csv:2:6: error: `pre_mean` must be a number\n    e.g. 3.08"]
    found = problems(tmp_path, HEADER + "belonging,I belong,mentr,1,5,3.1,3.7,25,20\n")
    assert found == ["schemes/data/results.csv:2:3: error: no role has the id `mentr`\n    did you mean `mentor`?"]


def test_a_broken_file_stops_the_build_with_its_location(small_site: Path) -> None:
    folder = small_site.parent / "schemes"
    (folder / "data").mkdir()
    (folder / "data" / "results.csv").write_text(
        HEADER + "belonging,I belong,mentor,1,5,7.5,3.7,25,20\n", encoding="utf-8"
    )
    (folder / "test-scheme.yml").write_text(MINIMAL + "evaluation:\n  results: [data/results.csv]\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(small_site)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "schemes/data/results.csv:2:6: error: `pre_mean` is 7.5, outside the scale 1-5" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_located_in_the_scheme(write_scheme) -> None:
    from schemebook.project.site import load_scheme

    path = write_scheme(MINIMAL + "evaluation:\n  results: [data/none.csv]\n")
    scheme, found = load_scheme(path, "schemes/x.yml")
    assert scheme is None and str(found[0]).startswith("schemes/x.yml:21:13: error: no data file at `data/none.csv`")
