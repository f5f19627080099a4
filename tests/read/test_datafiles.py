"""Data files: inside the schemes folder only, read whatever encoding a spreadsheet wrote, limits named."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.project.evaluation import read_results
from schemebook.project.site import load_scheme
from schemebook.read.datafiles import MAX_ROWS, encoding_of, inside
from tests.conftest import MINIMAL

HEADER = "statement,text,group,scale_min,scale_max,pre_mean,post_mean,pre_n,post_n\n"
ROW = "belonging,I belong – “café”,mentor,1,5,3.1,3.7,25,20\n"


def read(tmp_path: Path, raw: bytes) -> tuple[list, list[str]]:
    path = tmp_path / "results.csv"
    path.write_bytes(raw)
    results, found = read_results(path, "schemes/data/results.csv", ["mentor"])
    return results, [str(p) for p in found]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"], ids=lambda e: e or "default"
)
def test_every_encoding_a_spreadsheet_writes_reads_the_same(tmp_path: Path, encoding: str) -> None:
    results, found = read(tmp_path, (HEADER + ROW).encode(encoding))
    assert found == []
    assert results[0].text == "I belong – “café”" and results[0].post_mean == 3.7


def test_a_file_in_no_known_encoding_is_located(tmp_path: Path) -> None:
    _, found = read(tmp_path, HEADER.encode() + b"a,\x81\x8d\x90,mentor,1,5,3,4,9,9\n")
    assert found == [
        "schemes/data/results.csv:1:1: error: the file is not text in UTF-8, UTF-16 or Windows-1252\n"
        "    save it from your spreadsheet as CSV UTF-8 (comma delimited)"
    ]


@pytest.mark.parametrize(("sep", "words"), [(";", "semicolons"), ("\t", "tabs")])
def test_the_wrong_separator_is_named_once(tmp_path: Path, sep: str, words: str) -> None:
    _, found = read(tmp_path, (HEADER + ROW).replace(",", sep).encode("utf-16"))
    assert len(found) == 1 and f"the columns are separated by {words}, not commas" in found[0]


def test_a_bom_is_not_part_of_the_first_column() -> None:
    assert encoding_of(b"\xef\xbb\xbfstatement") == "utf-8-sig"


@pytest.mark.parametrize(
    ("scale", "message"),
    [("3,3", "the scale 3 to 3"), ("5,1", "the scale 5 to 1"), ("0,100000000", "the scale 0 to 100000000")],
)
def test_scales_no_chart_can_show_are_located(tmp_path: Path, scale: str, message: str) -> None:
    _, found = read(tmp_path, (HEADER + f"b,I belong,mentor,{scale},3,3,9,9\n").encode())
    assert found[0].startswith(f"schemes/data/results.csv:2:5: error: {message} is not a scale")


def test_too_many_rows_names_the_limit(tmp_path: Path) -> None:
    rows = "".join(f"s{i},T,mentor,1,5,3,4,9,9\n" for i in range(MAX_ROWS + 1))
    _, found = read(tmp_path, (HEADER + rows).encode())
    assert f"over the limit of {MAX_ROWS:,} rows" in found[0]


def test_control_characters_in_the_text_are_refused(tmp_path: Path) -> None:
    _, found = read(tmp_path, (HEADER + "b,Red \x1b[31m,mentor,1,5,3,4,9,9\n").encode())
    assert found == [
        "schemes/data/results.csv:2:2: error: the text holds the control character U+001B\n"
        "    remove it; write plain text"
    ]


def test_inside_resolves_symlinks(tmp_path: Path) -> None:
    (tmp_path / "schemes" / "data").mkdir(parents=True)
    (tmp_path / "secret.csv").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "secret.csv", tmp_path / "schemes" / "data" / "link.csv")
    assert inside(tmp_path / "schemes", "data/link.csv") is None
    assert inside(tmp_path / "schemes", "../secret.csv") is None
    assert inside(tmp_path / "schemes", str(tmp_path / "secret.csv")) is None
    assert inside(tmp_path / "schemes", "data/ok.csv") == (tmp_path / "schemes/data/ok.csv").resolve()


@pytest.mark.parametrize("name", ["../secret.csv", "/etc/passwd", "data/link.csv"])
def test_files_outside_the_schemes_folder_are_refused_without_their_content(
    write_scheme: Callable[..., Path], tmp_path: Path, name: str
) -> None:
    (tmp_path / "secret.csv").write_text("SECRET_TOKEN=abc\n", encoding="utf-8")
    path = write_scheme(MINIMAL + f"evaluation:\n  results: [{name}]\n")
    (path.parent / "data").mkdir()
    os.symlink(tmp_path / "secret.csv", path.parent / "data" / "link.csv")
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None
    assert [str(p).split("\n")[0] for p in problems] == [
        f"schemes/x.yml:21:13: error: `{name}` is outside the schemes folder"
    ]
    assert "SECRET" not in str(problems) and "root:" not in str(problems)


def test_another_extension_and_a_file_listed_twice(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL + "evaluation:\n  results: [data/a.csv, data/a.csv, data/env.txt]\n")
    (path.parent / "data").mkdir()
    (path.parent / "data" / "a.csv").write_text(HEADER + ROW, encoding="utf-8")
    (path.parent / "data" / "env.txt").write_text("PATH=/secret\n", encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None
    assert [p.message for p in problems] == ["`data/a.csv` is listed twice", "`data/env.txt` is not a .csv file"]


def test_a_statement_given_by_two_files_is_refused(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL + "evaluation:\n  results: [data/a.csv, data/b.csv]\n")
    (path.parent / "data").mkdir()
    for name in ("a.csv", "b.csv"):
        (path.parent / "data" / name).write_text(HEADER + ROW, encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None
    assert [p.message for p in problems] == ["`data/b.csv` gives the statement `belonging` for `mentor` again"]
