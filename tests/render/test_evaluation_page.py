"""The impact page and annual report from the Leeds 2022 data; small groups' figures withheld."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.project.evaluation import Result
from schemebook.render.charts import before_after
from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages
from tests.sites import build_at, example_at

PAGE = "schemes/leeds-institutional/evaluation/index.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_at(tmp_path_factory, datetime(2023, 1, 1, tzinfo=UTC))


def test_impact_page_shows_the_seed_numbers_in_chart_and_table(site: Path) -> None:
    html = (site / PAGE).read_text(encoding="utf-8")
    for before, after in (("3.08", "3.70"), ("3.13", "3.45"), ("2.81", "3.17"), ("3.06", "4.17"), ("3.75", "4.50")):
        assert f"<td>{before}</td>" in html.replace(' style="text-align: right;"', "")
        assert f">{before}</text>" in html and f">{after}</text>" in html
    assert "<strong>26</strong> pairs were matched and <strong>25</strong> completed" in html
    assert html.count('role="img"') == 2 and "Student mentors: mean scores before and after" in html


def test_annual_report_links_the_impact_page(site: Path) -> None:
    html = (site / "reports/2022/index.html").read_text(encoding="utf-8")
    assert 'href="../../schemes/leeds-institutional/evaluation/"' in html
    assert "<td>26</td>" in html.replace(' style="text-align: right;"', "")


def test_small_groups_are_withheld(small_site: Path) -> None:
    folder = small_site.parent / "schemes"
    (folder / "data").mkdir()
    (folder / "data" / "r.csv").write_text(
        "statement,text,group,scale_min,scale_max,pre_mean,post_mean,pre_n,post_n\n"
        "belonging,I belong,mentor,1,5,3.11,3.99,12,4\n",
        encoding="utf-8",
    )
    (folder / "test-scheme.yml").write_text(MINIMAL + "evaluation:\n  results: [data/r.csv]\n", encoding="utf-8")
    site = build_at(small_site, small_site.parent / "site", datetime(2031, 1, 1, tzinfo=UTC))
    html = (site / "schemes/test-scheme/evaluation/index.html").read_text(encoding="utf-8")
    assert "Fewer than 5 responses" in html and "3.11" not in html and "3.99" not in html
    assert "3.11" not in (site / "data/results.csv").read_text(encoding="utf-8")


def test_chart_is_accessible_and_deterministic() -> None:
    results = [
        Result("a", "A & B", "mentor", 1, 5, 3.08, 3.7, 25, 20),
        Result("b", "Down", "mentor", 1, 5, 4.0, 3.5, 9, 9),
    ]
    svg = before_after("c1", "Mentors", results)
    assert svg == before_after("c1", "Mentors", results)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c1-title"
    assert root.find(f"{ns}title").text == "Mentors" and root.find(f"{ns}desc") is None
    assert ">A &amp; B</tspan>" in svg and ">3.08</text>" in svg and ">3.70</text>" in svg
    assert len(root.findall(f".//{ns}circle")) == 3 and len(root.findall(f".//{ns}rect")) == 3


def test_long_statements_wrap_whole_words_and_never_overlap() -> None:
    text = "I understand why these students may find it more challenging to engage at the University"
    svg = before_after("c2", "Mentees", [Result("a", text, "mentee", 1, 5, 3.0, 4.0, 9, 9)] * 2)
    ns = "{http://www.w3.org/2000/svg}"
    labels = [t for t in ET.fromstring(svg).iter(f"{ns}text") if t.find(f"{ns}tspan") is not None]
    lines = [[span.text for span in label] for label in labels]
    assert lines[0] == [
        "I understand why these students",
        "may find it more challenging to",
        "engage at the University",
    ]
    ys = [float(span.get("y")) for label in labels for span in label]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


PLANNED = (
    MINIMAL
    + """\
evaluation:
  cohort: "2030"
  method: During the pilot, assessment will be conducted.
"""
)


def test_a_method_alone_is_a_plan_not_an_evaluation(tmp_path: Path) -> None:
    path = tmp_path / "test-scheme.yml"
    path.write_text(PLANNED, encoding="utf-8")
    found = markdown_pages(path, datetime(2031, 1, 1, tzinfo=UTC))
    page = found["evaluation"]
    assert "**Cohort the evaluation is for:** 2030" not in page  # the cohort has no title: "Cohort 2030"
    assert "**Cohort the evaluation is for:** Cohort 2030" in page and "## Evaluation method" in page
    assert "evaluated" not in page.lower().replace("the evaluation is for", "")
    assert "the evaluation method" in found[""] and "was evaluated" not in found[""]
    path.write_text(PLANNED + "  findings: Mentors felt more part of the university.\n", encoding="utf-8")
    done = markdown_pages(path, datetime(2031, 1, 1, tzinfo=UTC))["evaluation"]
    assert "**Cohort evaluated:** Cohort 2030" in done and "## How it was evaluated" in done
