"""A list the source gives only in part (cut off, or read in part) says so, wherever it is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.render.conftest import markdown_pages
from tests.sites import build_at

PARTIAL = (
    MINIMAL.replace(
        "    name: Reverse mentee\n",
        "    name: Reverse mentee\n    eligibility:\n      requirements: [Fluent in Korean]\n"
        "      requirements_complete: false\n",
    )
    + "support:\n  confidentiality_limits: [If someone is at risk]\n  limits_complete: false\n"
)
NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)


def test_a_list_read_in_part_says_it_is_not_complete(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(PARTIAL), NOW)
    assert "This condition must be met (the list is not complete):" in pages["mentee"]
    assert "Confidentiality does not hold in these cases (the list is not complete):" in pages["support"]
    assert "Confidentiality does not hold in these cases (the list is not complete):" in pages["mentor"]


def test_a_whole_list_says_nothing_of_it(write_scheme: Callable[..., Path]) -> None:
    whole = PARTIAL.replace("      requirements_complete: false\n", "").replace("  limits_complete: false\n", "")
    pages = markdown_pages(write_scheme(whole), NOW)
    assert "This condition must be met:" in pages["mentee"] and "not complete" not in "".join(pages.values())


CUT_OFF = MINIMAL.replace(
    "  - id: mentor\n    name: Reverse mentor\n",
    "  - id: mentor\n    name: Reverse mentor\n    benefits: [a certificate]\n    benefits_complete: false\n",
).replace("roles:\n", "aims: [Build confidence]\naims_complete: false\nroles:\n", 1)


def test_lists_cut_off_say_so(tmp_path: Path) -> None:
    site = build_at(scheme_project(tmp_path, CUT_OFF), tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    overview = page_text((site / "schemes/test-scheme/index.html").read_text(encoding="utf-8"))
    mentor = page_text((site / "schemes/test-scheme/mentor/index.html").read_text(encoding="utf-8"))
    assert "Aims (the list is not complete):\n- Build confidence" in overview
    assert "Benefits include (the list is not complete):\n- a certificate" in mentor


def test_conditions_cut_off_before_any_say_so(tmp_path: Path) -> None:
    cut = MINIMAL.replace(
        "    name: Reverse mentee\n", "    name: Reverse mentee\n    eligibility:\n      requirements_complete: false\n"
    )
    site = build_at(scheme_project(tmp_path, cut), tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    mentee = page_text((site / "schemes/test-scheme/mentee/index.html").read_text(encoding="utf-8"))
    assert "Conditions: the source's list of them was cut off, so none is given here." in mentee
