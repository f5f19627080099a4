"""A scheme with no cohorts that people join at any time: its own `sign_up`, shown without a made-up cohort."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.commands.cli import main
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

STANDING = MINIMAL.split("cohorts:\n")[0] + (
    "sign_up:\n"
    "  rolling: true\n"
    "  roles:\n"
    '    mentor: {form: "https://forms.office.com/r/TEST"}\n'
    "    mentee: {through: the member portal}\n"
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("standing")
    site = build_at(scheme_project(root, STANDING), root / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    found = site.glob("schemes/test-scheme/**/index.html")
    return {str(p.parent.relative_to(site)): page_text(p.read_text(encoding="utf-8")) for p in found}


def test_a_standing_sign_up_is_open_with_its_ways_in(pages: dict[str, str]) -> None:
    signup = pages["schemes/test-scheme/sign-up"]
    assert "Apply to be a Reverse mentor (form on Microsoft Forms)" in signup
    assert "through the member portal" in signup
    assert "Applications are taken at any time" in pages["schemes/test-scheme/faq"]


def test_no_page_names_a_cohort_the_file_does_not_give(pages: dict[str, str]) -> None:
    for uri, text in pages.items():
        assert "Cohort" not in text and "cohort" not in text, uri
        assert "When does it run?" not in text, uri


def test_a_scheme_with_cohorts_keeps_its_sign_ups_in_them(write_scheme, capsys: pytest.CaptureFixture[str]) -> None:
    path: Path = write_scheme(MINIMAL + "sign_up: {rolling: true}\n")
    assert main(["check", str(path)]) == 1
    assert "error: a scheme with cohorts gives each cohort its own `sign_up`" in capsys.readouterr().err
