"""`schemebook migrate` rewrites old fields in place, keeping comments and layout, and then the file checks clean."""

from __future__ import annotations

from pathlib import Path

from schemebook.commands.cli import main
from schemebook.project.site import load_scheme

OLD = """\
title: T  # the name
summary: S.
organisation: {name: O}
roles: [{id: mentor, name: Mentor}]
meetings:
  count: 6
  format: "either"   # as agreed
cohorts:
  - id: one
    meetings:
      format: online
"""


def test_migrate_rewrites_format_as_modes_keeping_comments(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.yml"
    path.write_text(OLD, encoding="utf-8")
    assert main(["migrate", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text == OLD.replace('format: "either"', "modes: [in-person, online]").replace(
        "format: online", "modes: [online]"
    )
    out = capsys.readouterr().out
    assert f'{path}:7: `format: "either"` is now `modes: [in-person, online]`' in out
    loaded, problems = load_scheme(path, "x.yml")
    assert loaded is not None and loaded.model.meetings and loaded.model.meetings.modes == ["in-person", "online"]
    assert not [p for p in problems if "old name" in str(p)]


def test_migrate_leaves_a_current_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    current = OLD.replace('format: "either"', "modes: [online]").replace("format: online", "modes: [phone]")
    path.write_text(current, encoding="utf-8")
    assert main(["migrate", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == current


def test_migrate_reports_a_broken_file_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    assert main(["migrate", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == "title: [unclosed\n"
