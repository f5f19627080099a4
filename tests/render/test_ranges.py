"""A cohort whose start and end are the same year, month or day is said to run in it, never "from 2022 to 2022"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.render.conftest import readable
from tests.sites import build_at

PAGES = ("", "mentor", "faq")


@pytest.mark.parametrize(
    ("start", "end", "said"), [("2022", "2022", "in 2022"), ("2022-03", "2022-03", "in March 2022")]
)
def test_a_range_of_one_year_or_month_is_said_as_that_year_or_month(
    tmp_path: Path, start: str, end: str, said: str
) -> None:
    scheme = MINIMAL.split("    start:")[0] + f"    start: {start}\n    end: {end}\n"
    scheme_project(tmp_path, scheme)
    for now in (datetime(2022, 3, 10, tzinfo=UTC), datetime(2030, 1, 20, tzinfo=UTC)):  # running, then ended
        site = build_at(tmp_path / "mkdocs.yml", tmp_path / "site", now)
        pages = [
            page_text(readable((site / "schemes/test-scheme" / p / "index.html").read_text("utf-8")), width=10_000)
            for p in PAGES
        ]
        text = "\n".join(pages)
        assert f"{said.removeprefix('in ')} to" not in text and "Mentoring starts" not in text
        assert f"Mentoring, as planned: {said}." in pages[0] and f"lanned to run {said}" in pages[0]
