"""Every kind of broken input found while trying the loader as a careless or hostile author: a located error each,
never a traceback, nothing skipped without a word."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_site, scheme_files
from schemebook.read.errors import errors_only
from tests.conftest import MINIMAL

NOW = datetime(2030, 1, 20, tzinfo=UTC)


def events(*lines: str) -> str:
    return MINIMAL.replace("    sign_up:", "    events:\n" + "".join(lines) + "    sign_up:")


def chain(count: int, offset: str) -> str:
    return events(
        *(
            f"      - {{id: e{i}, title: E{i}, relative_to: {'start' if i == 0 else f'e{i - 1}'}, offset: {offset}}}\n"
            for i in range(count)
        )
    )


CASES = {
    "newline in a title": (MINIMAL.replace("title: Test scheme", 'title: "Test\\nscheme"'), "1:8", "line break"),
    "folded title with a blank line": (
        MINIMAL.replace("title: Test scheme", "title: >\n  Test\n\n  scheme"),
        "1:8",
        "line break",
    ),
    "length past the calendar": (MINIMAL.replace("6 months", "99999999 months"), "13:13", "at most 10 years"),
    "a year no date arithmetic can move": (MINIMAL.replace("start: 2030-03", "start: 9999-12"), "12:12", "2200"),
    "offset past the calendar": (
        events("      - {id: a, title: A, relative_to: start, offset: 99999999 days}\n"),
        "15:55",
        "at most 10 years",
    ),
    "offsets chained past the calendar": (chain(30, "10 years"), None, "outside the years 1900 to 2200"),
    "offsets chained backwards past the calendar": (chain(20, "-10 years"), None, "outside the years 1900 to 2200"),
    "a chain of events too long to follow": (chain(60, "1 day"), None, "more than 50 events (the limit)"),
    "a huge integer": (MINIMAL + "evaluation:\n  threshold: " + "9" * 5000 + "\n", "21:14", "more than 18 digits"),
    "a huge length": (MINIMAL.replace("6 months", "9" * 5000 + " months"), "13:13", "at most 10 years"),
    "an escape character": (MINIMAL.replace("title: Test scheme", 'title: "Red \\x1b[31m"'), "1:8", "U+001B"),
    "a NUL written as an escape": (MINIMAL.replace("title: Test scheme", 'title: "a\\0b"'), "1:8", "U+0000"),
    "a bell in a key": (MINIMAL + '"x\\a": 1\n', "20:1", "U+0007"),
    "a right-to-left override": (MINIMAL.replace("title: Test scheme", 'title: "a\\u202eb"'), "1:8", "U+202E"),
    "a C1 control as an escape": (MINIMAL.replace("summary: A small scheme", 'summary: "\\x9b"\n#'), "2:10", "U+009B"),
}


@pytest.mark.parametrize(("text", "where", "words"), CASES.values(), ids=CASES.keys())
def test_broken_input_is_a_located_error(tmp_path: Path, text: str, where: str | None, words: str) -> None:
    (tmp_path / "schemes").mkdir()
    (tmp_path / "schemes" / "x.yml").write_text(text, encoding="utf-8")
    site, problems = load_site(scheme_files(tmp_path / "schemes"), tmp_path, NOW, SiteSettings())
    errors = [str(p) for p in errors_only(problems)]
    assert site is None and errors and all(e.startswith("schemes/x.yml:") for e in errors)
    assert any(words in e for e in errors), errors
    if where:
        assert any(e.startswith(f"schemes/x.yml:{where}: error:") for e in errors), errors


def test_no_scheme_file_is_skipped_without_a_word(tmp_path: Path) -> None:
    folder = tmp_path / "schemes"
    folder.mkdir()
    for name in ("a.yml", "a.yaml", "B.YML", "c.YAML"):
        (folder / name).write_text(MINIMAL, encoding="utf-8")
    os.symlink(folder / "gone.yml", folder / "d.yml")
    site, problems = load_site(scheme_files(folder), tmp_path, NOW, SiteSettings())
    assert site is None
    assert sorted(str(p).split("\n")[0] for p in errors_only(problems)) == [
        "schemes/B.YML:1:1: error: the file name `B.YML` cannot be a web address",
        "schemes/a.yml:1:1: error: `a.yaml` and `a.yml` are the same scheme",
        "schemes/d.yml:1:1: error: cannot read the file: No such file or directory",
    ]


def test_an_upper_case_suffix_still_loads(tmp_path: Path) -> None:
    (tmp_path / "schemes").mkdir()
    (tmp_path / "schemes" / "c.YAML").write_text(MINIMAL, encoding="utf-8")
    site, _ = load_site(scheme_files(tmp_path / "schemes"), tmp_path, NOW, SiteSettings())
    assert site is not None and [s.slug for s in site.schemes] == ["c"]


@pytest.mark.parametrize(("line", "where"), [("aims: [a, b\n", "3:7"), ("aims: {a: 1\n", "3:7")])
def test_an_unclosed_bracket_is_shown_where_it_opens(line: str, where: str) -> None:
    from schemebook.read.loading import parse_text

    text = "title: x\nsummary: y\n" + line + "organisation:\n  name: T\n"
    _, problems = parse_text("x.yml", text)
    assert str(problems[0]).startswith(f"x.yml:{where}: error: YAML syntax: a list in [ ] or a section in {{ }}")
