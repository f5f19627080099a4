"""`schemebook new-cohort`: dates move on a year by the documented rule, and the file keeps its layout."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest

from schemebook.commands.cli import main
from schemebook.commands.rollover import add_cohort, move_day, move_when, roll_over_file
from schemebook.model import When
from schemebook.project.site import load_scheme, scheme_files
from tests.conftest import MINIMAL, REPO


@pytest.mark.parametrize(
    ("before", "after", "rule"),
    [
        (date(2020, 2, 3), date(2021, 2, 1), "the first Monday of February"),
        (date(2020, 2, 21), date(2021, 2, 19), "the third Friday of February"),
        (date(2020, 2, 28), date(2021, 2, 26), "the last Friday of February"),
        (date(2020, 3, 30), date(2021, 3, 29), "the last Monday of March"),
        (date(2020, 3, 23), date(2021, 3, 22), "the fourth Monday of March"),
        (date(2021, 12, 31), date(2022, 12, 30), "the last Friday of December"),
        (date(2020, 6, 6), date(2021, 6, 5), "the first Saturday of June"),
    ],
)
def test_a_day_keeps_its_weekday_and_place_in_the_month(before: date, after: date, rule: str) -> None:
    assert move_day(before) == (after, rule)
    assert after.weekday() == before.weekday() and after.month == before.month


def test_same_day_keeps_the_date_and_flags_the_weekday() -> None:
    assert move_day(date(2020, 2, 29), same_day=True) == (date(2021, 2, 28), "the same day of the month")
    move = move_when("x", When(2020, 2, 3, time(17)), same_day=True)
    assert move.after == When(2021, 2, 3, time(17))
    assert move.review == "weekday changed: Monday -> Wednesday"


def test_months_and_years_move_a_year_and_times_stay() -> None:
    assert move_when("x", When(2020, 3)).after == When(2021, 3)
    assert move_when("x", When(2021)).after == When(2022)
    moved = move_when("x", When(2020, 2, 3, time(17)))
    assert moved.after == When(2021, 2, 1, time(17)) and not moved.review


COMMENTED = MINIMAL.replace(
    '  - id: "2030"\n', '  # the first run\n  - id: "2030"  # keep\n    title: 2030 programme\n'
)
COMMENTED = COMMENTED.replace("    start: 2030-03\n", "    pilot: true\n    start: 2030-03  # a month\n") + (
    "    events:\n"
    "      - {id: launch, title: Launch, start: 2030-01-14 12:00, end: '13:00'}\n"
    "    outcomes:\n"
    "      pairs_matched: 12\n"
    "\n"
    "# the end\n"
)


@pytest.fixture
def scheme(write_scheme: Callable[..., Path]) -> Path:
    return write_scheme(COMMENTED)


def test_the_copy_is_appended_as_text_and_the_rest_is_untouched(scheme: Path) -> None:
    before = scheme.read_text(encoding="utf-8")
    result, problems = roll_over_file(scheme, "x.yml", "2031")
    assert result is not None, problems
    after = scheme.read_text(encoding="utf-8")
    head, _ = before.split("\n\n# the end\n")
    assert after.startswith(head + "\n") and after.endswith("\n\n# the end\n")
    added = after[len(head) + 1 : -len("\n# the end\n")]
    assert added.startswith('  - id: "2031"  # keep\n    title: 2031 programme\n    start: 2031-03  # a month\n')
    assert "opens: 2031-01-12\n" in added and "deadline: 2031-02-02 17:00\n" in added
    assert "{id: launch, title: Launch, start: 2031-01-13 12:00, end: '13:00'}" in added
    assert "pilot" not in added and "outcomes" not in added and "# the first run" not in added
    loaded, problems = load_scheme(scheme, "x.yml")
    assert loaded is not None, problems
    assert [c.id for c in loaded.model.cohorts] == ["2030", "2031"]


def test_what_changed_is_reported(scheme: Path) -> None:
    result, _ = roll_over_file(scheme, "x.yml", "2031")
    assert result is not None and result.copied_from == "2030"
    moves = {m.path: (str(m.before), str(m.after), m.rule) for m in result.moves}
    assert moves["cohorts[1].sign_up.deadline"] == (
        "2030-02-03 17:00",
        "2031-02-02 17:00",
        "the first Sunday of February",
    )
    assert moves["cohorts[1].start"] == ("2030-03", "2031-03", "one year on")
    assert any("`outcomes` was left out" in note for note in result.notes)
    assert any("form links" in note for note in result.notes)


def test_line_endings_are_kept(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme()
    path.write_bytes(MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    result, problems = roll_over_file(path, "x.yml", "2031")
    assert result is not None, problems
    assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")


def test_anchors_in_the_copy_are_renamed_and_aliases_follow(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace('mentor: {form: "https://forms', 'mentor: &way {form: "https://forms').replace(
        "mentee: {email: mentoring@university.test}", "mentee: *way"
    )
    path = write_scheme(text)
    result, problems = roll_over_file(path, "x.yml", "2031")
    assert result is not None, problems
    written = path.read_text(encoding="utf-8")
    assert written.count("&way-2031 ") == 1 and written.count("*way-2031") == 1 and written.count("&way ") == 1
    again, _ = load_scheme(path, "x.yml")
    assert again is not None and again.model.cohorts[-1].sign_up.roles["mentee"].form is not None


def test_an_event_keeps_the_days_between_its_start_and_end(write_scheme: Callable[..., Path]) -> None:
    # The second Monday to the second Friday of July 2024; in July 2025 the second Friday comes before the second
    # Monday, so the end moves as far as the start did.
    event = "    events:\n      - id: week\n        title: Profiles\n"
    event += "        start: 2024-07-08\n        end: 2024-07-12\n"
    text = MINIMAL.replace("    start: 2030-03\n", "    start: 2030-03\n" + event)
    path = write_scheme(text)
    result, problems = roll_over_file(path, "x.yml", "2031")
    assert result is not None, problems
    again, _ = load_scheme(path, "x.yml")
    assert again is not None
    moved = again.model.cohorts[-1].events[0]
    assert (moved.start.first_day, moved.end.first_day) == (date(2025, 7, 14), date(2025, 7, 18))


@pytest.mark.parametrize(
    ("cohort", "message"),
    [("2030", "a cohort `2030` already exists"), ("Next Year", "`Next Year` cannot be a cohort id")],
)
def test_refusals_leave_the_file_alone(scheme: Path, cohort: str, message: str) -> None:
    before = scheme.read_bytes()
    result, problems = roll_over_file(scheme, "x.yml", cohort)
    assert result is None and problems[0].message == message
    assert scheme.read_bytes() == before


def test_a_scheme_without_cohorts_has_nothing_to_copy(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL.split("cohorts:")[0])
    loaded, _ = load_scheme(path, "x.yml")
    assert loaded is not None
    result, problems = add_cohort(loaded.doc, path.read_text(encoding="utf-8"), loaded.model, "2031")
    assert result is None and problems[0].message == "there is no cohort to copy"


@pytest.mark.parametrize("path", scheme_files(REPO / "schemes"), ids=lambda p: p.stem)
def test_every_example_scheme_rolls_over_and_still_checks(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    shutil.copytree(path.parent / "data", tmp_path / "data")
    loaded, _ = load_scheme(copy, path.name)
    assert loaded is not None
    if not loaded.model.cohorts:
        pytest.skip("no cohort to copy")
    result, problems = roll_over_file(copy, path.name, "next-run")
    assert result is not None, "\n".join(map(str, problems))
    again, _ = load_scheme(copy, path.name)
    assert again is not None and again.model.cohorts[-1].id == "next-run"
    assert again.model.cohorts[:-1] == loaded.model.cohorts


def test_command_prints_the_moves_and_flags(
    scheme: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(scheme.parent.parent)
    assert main(["new-cohort", "test-scheme", "2031", "--same-day"]) == 0
    out = capsys.readouterr().out
    assert "added cohort 2031, a copy of cohort 2030" in out
    assert "cohorts[1].sign_up.deadline" in out and "weekday changed: Sunday -> Monday" in out
    assert "dates to check" in out


def test_command_suggests_a_misspelt_scheme(
    scheme: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(scheme.parent.parent)
    assert main(["new-cohort", "test-schem", "2031"]) == 1
    assert "did you mean `test-scheme`?" in capsys.readouterr().err


def test_a_cohort_on_one_line_is_copied_with_every_edit_in_place(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.split("cohorts:")[0] + "cohorts:\n  - {id: a1, title: Run a1, start: 2030-03, end: 2030-09-30}\n"
    path = write_scheme(text)
    result, problems = roll_over_file(path, "x.yml", "next-run")
    assert result is not None, problems
    last = path.read_text(encoding="utf-8").splitlines()[-1]
    assert last == "  - {id: next-run, title: Run next-run, start: 2031-03, end: 2031-09-29}"
