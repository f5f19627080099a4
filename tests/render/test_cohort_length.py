"""A cohort length without a start ("an 18-month programme") is shown as a length wherever the cohort's run is
described, and no date is worked out from it; with a start, nothing changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.render.conftest import readable
from tests.sites import build_at

SCHEME = "schemes/test-scheme"
PAGES = ("", "mentor", "faq")


def _build(root: Path, scheme: str) -> dict[str, str]:
    root.mkdir()
    scheme_project(root, scheme)
    site = build_at(root / "mkdocs.yml", root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return {
        page: page_text(readable((site / SCHEME / page / "index.html").read_text(encoding="utf-8")), width=10_000)
        for page in PAGES
    }


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    """The overview, a handbook and the questions page of a cohort with a length alone, and with a start too."""
    root = tmp_path_factory.mktemp("length")
    alone = MINIMAL.replace("    start: 2030-03\n    length: 6 months\n", "    length: 18 months\n")
    return _build(root / "alone", alone), _build(root / "started", MINIMAL)


def test_a_length_alone_is_shown_as_a_length(pages: tuple[dict[str, str], dict[str, str]]) -> None:
    alone = pages[0]
    assert "Mentoring: for 18 months (no start date is given)" in alone[""]  # at a glance and the cohort list
    assert alone[""].count("for 18 months (no start date is given)") == 2
    assert "Mentoring: for 18 months (no start date is given)." in alone["mentor"]  # time commitment
    assert "Mentoring runs for 18 months (no start date is given)." in alone["faq"]
    assert "Mentoring: for 18 months (no start date is given)." in alone["faq"]


def test_no_date_is_worked_out_from_a_length_alone(pages: tuple[dict[str, str], dict[str, str]]) -> None:
    for text in pages[0].values():
        assert "Mentoring starts" not in text and "Mentoring ends" not in text and "2031" not in text


def test_with_a_start_nothing_changes(pages: tuple[dict[str, str], dict[str, str]]) -> None:
    started = pages[1]
    assert "Mentoring: from March 2030, for six months" in started[""]
    assert "Mentoring runs from March 2030, for six months." in started["faq"]
    assert "no start date" not in " ".join(started.values())
