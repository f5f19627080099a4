"""`schemebook new`: the starting file is complete, dated after today, checks clean and builds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from schemebook.checks import placeholders
from schemebook.commands.cli import main
from schemebook.commands.scaffold import new_scheme, slugify
from schemebook.project.site import load_scheme
from schemebook.read.errors import errors_only
from schemebook.read.loading import parse_text
from schemebook.render.schema import scheme_schema
from schemebook.render.starter import StarterDates, scheme_text
from schemebook.render.templates import environment
from schemebook.when.timeline import resolve
from tests.conftest import MKDOCS_YML

TODAY = date(2026, 11, 25)
EPOCH = str(int(datetime(2026, 11, 25, 12, tzinfo=UTC).timestamp()))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Reverse Mentoring Programme for STEMM Staff", "reverse-mentoring-programme-for-stemm-staff"),
        ("  Café  & Crème: 2026! ", "cafe-creme-2026"),
        ("Leeds -- Law", "leeds-law"),
        ("Обратное наставничество", "obratnoe-nastavnichestvo"),
        ("Ανάστροφη καθοδήγηση", "anastrofi-kathodigisi"),
        ("逆向指导", "nixiangzhidao"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("today", [date(2026, 11, 25), date(2026, 12, 31), date(2027, 2, 28), date(2028, 6, 3)])
def test_starter_dates_follow_today_on_working_days_in_order(today: date) -> None:
    dates = StarterDates.after(today)
    days = [dates.opens, dates.deadline, *dates.training, *dates.preparation]
    assert all(day > today and day.weekday() < 5 for day in days)
    assert dates.opens < dates.deadline < min(*dates.training, *dates.preparation)
    assert dates.start.day == 1 and dates.start > max(days)


@pytest.fixture
def starter() -> str:
    return scheme_text("Reverse mentoring in Engineering", TODAY, environment(None))


def test_the_file_starts_with_the_schema_line_and_has_every_section(starter: str) -> None:
    assert starter.splitlines()[0] == "# yaml-language-server: $schema=scheme.schema.json"
    doc, problems = parse_text("new.yml", starter)
    assert doc is not None, problems
    written = set(doc.data)
    commented = {line[2:].split(":")[0] for line in starter.splitlines() if line.startswith("# ") and ":" in line}
    assert set(scheme_schema()["properties"]) <= written | commented
    assert doc.data["title"] == "Reverse mentoring in Engineering"


def test_the_file_checks_without_errors_and_warns_of_each_placeholder(tmp_path: Path, starter: str) -> None:
    path = tmp_path / "reverse-mentoring-in-engineering.yml"
    path.write_text(starter, encoding="utf-8")
    loaded, problems = load_scheme(path, path.name)
    assert loaded is not None and not errors_only(problems)
    assert len(problems) == 16 and {p.code for p in problems} == {placeholders.CODE}, "only the `# replace` values"
    events = [d for cohort in loaded.model.cohorts for d in resolve(cohort)]
    assert events and all(d.start is None or d.start.first_day > TODAY for d in events)


def test_new_command_writes_a_file_that_check_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = tmp_path / "schemes"
    assert main(["new", "Reverse mentoring", "--folder", str(folder)]) == 0
    assert "dates from 25 November 2026" in capsys.readouterr().out
    assert main(["check", str(folder)]) == 0
    assert "OK: 1 scheme file checked" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["Women's Network", 'Café "Crème": #1 & <all> \\ more', "- yes: no"])
def test_the_name_is_written_as_typed_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert main(["new", name, "--folder", str(tmp_path)]) == 0
    (path,) = tmp_path.glob("*.yml")
    text = path.read_text(encoding="utf-8")
    assert "&#" not in text and "&amp;" not in text
    loaded, problems = load_scheme(path, path.name)
    assert loaded is not None and not errors_only(problems), problems
    assert loaded.model.title == name


def test_new_never_overwrites(tmp_path: Path) -> None:
    path, problems = new_scheme(tmp_path, "Pairs", TODAY, environment(None))
    assert path is not None and not problems
    path.write_text("edited", encoding="utf-8")
    again, problems = new_scheme(tmp_path, "Pairs", TODAY, environment(None))
    assert again is None and "already exists" in problems[0].message
    assert path.read_text(encoding="utf-8") == "edited"


def test_a_long_name_makes_a_file_name_of_whole_words(tmp_path: Path) -> None:
    path, problems = new_scheme(tmp_path, "Reverse mentoring " * 14, TODAY, environment(None))
    assert (
        not problems and path is not None and path.name == "reverse-mentoring-reverse-mentoring-reverse-mentoring.yml"
    )
    path, problems = new_scheme(tmp_path, "x" * 250, TODAY, environment(None))
    assert not problems and path is not None and path.name == "x" * 60 + ".yml"


def test_a_name_without_letters_is_refused(tmp_path: Path) -> None:
    path, problems = new_scheme(tmp_path, "!!!", TODAY, environment(None))
    assert path is None and "no letters or digits" in problems[0].message


def test_an_institution_can_replace_the_starting_file(tmp_path: Path) -> None:
    (tmp_path / "new-scheme.yml.j2").write_text("title: {{ title | yaml_string }}  # ours\n", encoding="utf-8")
    assert scheme_text("Ours", TODAY, environment(tmp_path)) == 'title: "Ours"  # ours\n'


def filled_in(text: str) -> str:
    """The starting file as a coordinator leaves it: every `# replace` value given, and its note deleted."""
    text = re.sub(r"\s+# replace.*$", "", text, flags=re.M)
    return text.replace("example.ac.uk", "university.test").replace("REPLACE-mentor", "AbC123")


def test_the_new_scheme_builds_once_filled_in_and_strict_only_then(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "index.md").write_text("# Home\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH}
    made = subprocess.run(
        [sys.executable, "-m", "schemebook.commands.cli", "new", "Reverse mentoring"],
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert made.returncode == 0
    strict = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    refused = subprocess.run(strict, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert refused.returncode == 1 and "schemes/reverse-mentoring.yml:13:9: warning: placeholder:" in refused.stderr
    draft = subprocess.run(strict[:-1], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert draft.returncode == 0, draft.stderr  # a preview of the draft still builds
    path = tmp_path / "schemes" / "reverse-mentoring.yml"
    path.write_text(filled_in(path.read_text(encoding="utf-8")), encoding="utf-8")
    built = subprocess.run(strict, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    pages = tmp_path / "site" / "schemes" / "reverse-mentoring"
    assert "Reverse mentoring" in (pages / "index.html").read_text(encoding="utf-8")
    assert 'data-signup-state="upcoming"' in (pages / "sign-up" / "index.html").read_text(encoding="utf-8")
