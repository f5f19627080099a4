"""What taking part costs, on the pages where people decide to apply: only as the file gives it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)
"""While the 2030 cohort takes applications."""

COSTED = MINIMAL.replace(
    "organisation:\n",
    "cost:\n  amount: currently £150\n  value: 150\n  currency: GBP\n  paid_by: successful applicants\n"
    "  due: within 14 days of being matched\n  note: The fee is not refunded.\norganisation:\n",
    1,
).replace("    name: Reverse mentee\n", "    name: Reverse mentee\n    cost: {covered_by: your membership fee}\n")

OVERRIDDEN = COSTED + "    cost:\n      amount: R2 750\n      due_date: 2030-02-28\n"
"""The same scheme, whose cohort states its own price and a date payment is due by."""


def pages(root: Path, scheme: str) -> dict[str, str]:
    site = build_at(scheme_project(root, scheme), root / "site", NOW)
    found = {
        str(p.relative_to(site / "schemes" / "test-scheme")): p for p in site.glob("schemes/test-scheme/**/*.html")
    }
    return {name: " ".join(page_text(path.read_text(encoding="utf-8")).split()) for name, path in found.items()}


@pytest.fixture(scope="module")
def costed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return pages(tmp_path_factory.mktemp("costed"), COSTED)


@pytest.fixture(scope="module")
def overridden(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return pages(tmp_path_factory.mktemp("overridden"), OVERRIDDEN)


SCHEME_COST = "currently £150, paid by successful applicants; payment is due within 14 days of being matched"


def test_the_overview_states_each_cost_as_a_key_fact(costed: dict[str, str]) -> None:
    text = costed["index.html"]
    assert f"Reverse mentors — cost: {SCHEME_COST}" in text
    assert "Reverse mentees — cost: covered by your membership fee" in text


def test_sign_up_and_handbooks_state_the_cost_of_each_role(costed: dict[str, str]) -> None:
    sign_up = costed["sign-up/index.html"]
    assert f"Cost: {SCHEME_COST}." in sign_up and "The fee is not refunded." in sign_up
    assert "Cost: covered by your membership fee." in sign_up
    assert f"Cost: {SCHEME_COST}." in costed["mentor/index.html"]
    assert "Cost: covered by your membership fee." in costed["mentee/index.html"]
    assert "£150" not in costed["mentee/index.html"]


def test_the_questions_ask_what_it_costs(costed: dict[str, str]) -> None:
    text = costed["faq/index.html"]
    assert "What does it cost?" in text and "Reverse mentees — cost: covered by your membership fee." in text
    assert f"Reverse mentors — cost: {SCHEME_COST}. The fee is not refunded." in text


def test_a_cohorts_cost_replaces_the_schemes(overridden: dict[str, str]) -> None:
    text = overridden["index.html"]
    assert "Reverse mentors — cost: R2 750; payment is due by Thursday 28 February 2030" in text
    assert "£150" not in "".join(overridden.values())
    assert "Reverse mentees — cost: covered by your membership fee" in text


def test_a_cost_for_everyone_is_stated_once_on_the_overview_and_for_each_role(tmp_path: Path) -> None:
    free = pages(tmp_path, MINIMAL.replace("organisation:\n", "cost: {free: true}\norganisation:\n", 1))
    assert "- Cost: free - Deadline" in free["index.html"] and "— cost" not in free["index.html"]
    # under each role, the scheme's cost is said to be the scheme's: the file does not say the role pays it
    assert free["sign-up/index.html"].count("Cost of the scheme: free.") == 2
    assert "Cost of the scheme: free." in free["mentor/index.html"] and "Cost: free." in free["faq/index.html"]


def test_a_cost_worded_only_in_its_note_is_shown_under_its_label(tmp_path: Path) -> None:
    note = "One source says mentees pay an honorarium; another, that they are paid a stipend."
    found = pages(tmp_path, MINIMAL.replace("organisation:\n", f"cost:\n  note: {note}\norganisation:\n", 1))
    assert f"Cost of the scheme: {note}" in found["sign-up/index.html"]
    assert f"Cost of the scheme: {note}" in found["mentor/index.html"]
    assert "Cost" not in found["index.html"] and "Cost: ." not in found["sign-up/index.html"]


def test_the_overview_gives_a_cost_with_its_note(write_scheme) -> None:
    from datetime import UTC, datetime

    from tests.conftest import MINIMAL
    from tests.render.conftest import markdown_pages

    text = MINIMAL + "cost:\n  free: true\n  note: Charge will be incurred in some of the events.\n"
    overview = markdown_pages(write_scheme(text), datetime(2030, 1, 20, tzinfo=UTC))[""]
    assert "- **Cost:** free. Charge will be incurred in some of the events." in overview  # a sentence of its own
    lower = markdown_pages(write_scheme(text.replace("Charge will", "charge will")), datetime(2030, 1, 20, tzinfo=UTC))
    assert "- **Cost:** free; charge will be incurred in some of the events." in lower[""]
