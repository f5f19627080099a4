"""What a dated source says of the whole scheme running: its status while no cohort is current, a fact beside one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

RUNNING = "status: {state: running, as_of: 2024-05}\n"
NO_COHORTS = MINIMAL.split("cohorts:\n")[0] + RUNNING


def _pages(root: Path, scheme: str, now: datetime) -> dict[str, str]:
    site = build_at(scheme_project(root, scheme), root / "site", now)
    found = site.glob("**/index.html")
    return {str(p.parent.relative_to(site)): page_text(p.read_text(encoding="utf-8")) for p in found}


@pytest.fixture(scope="module")
def undated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _pages(tmp_path_factory.mktemp("running"), NO_COHORTS, datetime(2030, 1, 20, 9, tzinfo=UTC))


def test_running_is_the_status_as_of_its_date_while_no_cohort_is_current(undated: dict[str, str]) -> None:
    said = "Said to be running as of May 2024; no cohort or sign-up dates given"
    assert said in undated["schemes/test-scheme"]
    assert said in undated["."]
    assert "Now:" not in undated["schemes/test-scheme"]  # running is not a stop


def test_running_beside_a_current_cohort_is_a_fact_of_its_own(tmp_path: Path) -> None:
    pages = _pages(tmp_path, MINIMAL + RUNNING, datetime(2030, 1, 20, 9, tzinfo=UTC))
    overview = pages["schemes/test-scheme"]
    assert "Status: Applications open until" in overview
    assert "Said to be running as of May 2024." in overview
    assert "Reverse mentor: apply" in pages["schemes/test-scheme/sign-up"]  # running takes applications


@pytest.mark.parametrize(
    ("status", "says"),
    [("{state: running}", "needs `as_of`"), ("{state: running, as_of: 2024, reason: x}", "leave it out")],
)
def test_running_needs_its_date_and_takes_no_reason(tmp_path: Path, status: str, says: str) -> None:
    path = tmp_path / "s.yml"
    path.write_text(MINIMAL + f"status: {status}\n", encoding="utf-8")
    scheme, problems = load_scheme(path, "s.yml")
    assert scheme is None
    assert any(says in p.message for p in problems), problems
