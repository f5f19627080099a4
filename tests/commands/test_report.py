"""`schemebook check --report`: the missing recommended parts of each scheme, as a table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.checks.recommended import PARTS, missing_parts
from schemebook.commands.cli import main
from schemebook.commands.report import gap_report, gap_rows, table
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def test_table_lines_up_columns() -> None:
    assert table([("a", "long value"), ("bbbb", "x")], ("one", "two")).splitlines() == [
        "one   two",
        "----  ----------",
        "a     long value",
        "bbbb  x",
    ]


def test_rows_name_each_missing_part_once(write_scheme: Callable[..., Path]) -> None:
    loaded, _ = load_scheme(write_scheme(), "x.yml")
    assert loaded is not None
    rows = gap_rows([("test-scheme", loaded.model), ("broken", None)])
    missing = missing_parts(loaded.model)
    assert rows[: len(missing)] == [
        ("test-scheme" if i == 0 else "", part.label, part.where) for i, part in enumerate(missing)
    ]
    assert rows[-1] == ("broken", "(not checked: fix its errors first)", "")
    total = gap_report([("test-scheme", loaded.model)]).splitlines()[-1]
    assert total == f"{len(missing)} of {len(PARTS)} recommended parts missing across 1 scheme"


def test_check_report_prints_the_table_and_passes(
    write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_scheme()
    assert main(["check", "--report", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split() == ["scheme", "missing", "part", "add", "it", "under"]
    assert "test-scheme" in out and "support.ending" in out and "a no-fault ending" in out
    assert "recommended part missing" not in err


def test_check_report_fails_on_errors(write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    path = write_scheme(MINIMAL.replace("summary:", "sumary:"))
    assert main(["check", "--report", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "(not checked: fix its errors first)" in out and "unknown field `sumary`" in err
