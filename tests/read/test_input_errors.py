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
FORM = "https://forms.office.com/r/TEST"


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
    "a line separator in a title": (MINIMAL.replace("title: Test scheme", 'title: "a\\u2028b"'), "1:8", "line break"),
    "a paragraph separator in a title": (
        MINIMAL.replace("title: Test scheme", 'title: "a\\u2029b"'),
        "1:8",
        "line break",
    ),
    "the machine's own time zone": (MINIMAL + "timezone: localtime\n", "20:11", "unknown time zone"),
    "the zone database's placeholder": (MINIMAL + "timezone: Factory\n", "20:11", "unknown time zone"),
    "a negative count of responses": (
        MINIMAL + "evaluation:\n  responses:\n    mentor: [-1, 5]\n",
        "22:14",
        "must be 0 or more",
    ),
    "a negative count of reflective chats": (
        MINIMAL + "evaluation:\n  reflective_chats:\n    mentee: -2\n",
        "22:13",
        "must be 0 or more",
    ),
    "a role id at the address of the document files": (
        MINIMAL.replace("id: mentor", "id: files").replace("mentor: {form", "files: {form"),
        "6:9",
        "the role id `files` is the address of a scheme page",
    ),
    "a form on port 0": (MINIMAL.replace(FORM, "https://forms.office.com:0/r/TEST"), "18:24", "from 1 to 65535"),
    "a form on a port past the last": (MINIMAL.replace(FORM, "https://forms.office.com:70000/r/T"), "18:24", "65535"),
    "a form with a trailing zero-width space": (MINIMAL.replace(FORM, FORM + "\\u200b"), "18:24", "U+200B"),
    "a form with a byte-order mark inside": (MINIMAL.replace(FORM, FORM + "\\ufeffx"), "18:24", "U+FEFF"),
    "a form with a user name before the host": (MINIMAL.replace(FORM, "https://forms.office.com@x.org/"), "18:24", ""),
    "a document address closing the Markdown link": (
        MINIMAL + 'documents: [{id: d, title: D, url: "https://x.org/a){onclick=alert(1)}"}]\n',
        "20:36",
        "characters a web address cannot",
    ),
    "an HTML document file": (MINIMAL + "documents: [{id: d, title: D, file: a.html}]\n", "20:37", "`.html` file"),
    "an SVG document file": (MINIMAL + "documents: [{id: d, title: D, file: a.svg}]\n", "20:37", "`.svg` file"),
    "an XHTML document file": (MINIMAL + "documents: [{id: d, title: D, file: a.xhtml}]\n", "20:37", "`.xhtml` file"),
    "a script as a document file": (MINIMAL + "documents: [{id: d, title: D, file: a.js}]\n", "20:37", "`.js` file"),
    "an image through a backslash": (
        MINIMAL + 'purpose: "![t](/\\\\elsewhere.net/p.gif)"\n',
        "20:10",
        "outside the site",
    ),
    "an image through an encoded backslash": (
        MINIMAL + 'purpose: "![t](/&#92;elsewhere.net/p.gif)"\n',
        "20:10",
        "outside the site",
    ),
    "an image through a tab": (MINIMAL + 'purpose: "![t](/\\t/elsewhere.net/p.gif)"\n', "20:10", "outside the site"),
    "a length in hours across a clock change": (
        events("      - {id: c, title: C, start: 2030-03-31 00:30, duration: 1 hour}\n"),
        "15:62",
        "the clocks change during this event",
    ),
    "an offset in hours across a clock change": (
        events(
            "      - {id: a, title: A, start: 2030-03-30 23:30}\n",
            "      - {id: b, title: B, relative_to: a, offset: 3 hours}\n",
        ),
        "16:51",
        "the clocks change within the 3 hours",
    ),
    "an offset to a time the clocks skip": (
        events(
            "      - {id: a, title: A, start: 2030-03-30 01:30}\n",
            "      - {id: b, title: B, relative_to: a, offset: 1 day}\n",
        ),
        "16:51",
        "does not exist",
    ),
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


def test_what_is_not_a_scheme_file_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "schemes"
    folder.mkdir()
    (folder / "a.yml").write_text(MINIMAL, encoding="utf-8")
    os.mkfifo(folder / "pipe.yml")
    (folder / "dir.yml").mkdir()
    (folder / "nested").mkdir()
    (folder / "nested" / "b.yml").write_text(MINIMAL, encoding="utf-8")
    (folder / "data").mkdir()
    (folder / "data" / "results.csv").write_text("x\n", encoding="utf-8")
    os.symlink(folder / "nested", folder / "linked.yml")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yml"
    outside.write_text(MINIMAL, encoding="utf-8")
    os.symlink(outside, folder / "far.yml")
    site, problems = load_site(scheme_files(folder), tmp_path, NOW, SiteSettings())
    shown = sorted(str(p).split("\n")[0] for p in problems if p.code != "recommended")
    assert site is None
    assert shown == [
        "schemes/dir.yml:1:1: error: `dir.yml` is a folder, not a scheme file",
        "schemes/far.yml:1:1: error: the file is a link to a file outside the project",
        "schemes/linked.yml:1:1: error: `linked.yml` is a folder, not a scheme file",
        "schemes/nested:1:1: warning: the folder `nested` holds scheme files, which are not read",
        "schemes/pipe.yml:1:1: error: `pipe.yml` is not a file (a pipe, device or socket)",
    ]


def test_a_hash_that_yaml_takes_for_a_comment_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "schemes").mkdir()
    text = MINIMAL.replace("summary: A small scheme for tests.", "summary: We are #1 # replace")
    (tmp_path / "schemes" / "x.yml").write_text(text.replace("name: Test University", "name: T # note"), "utf-8")
    site, problems = load_site(scheme_files(tmp_path / "schemes"), tmp_path, NOW, SiteSettings())
    cut = [str(p) for p in problems if "as a comment" in str(p)]
    assert site is not None and site.schemes[0].model.summary == "We are"
    assert cut == [
        "schemes/x.yml:2:10: warning: `summary`: YAML reads `#1 # replace` as a comment and keeps only the text "
        "before it\n    put the whole value in quotes to keep the `#` and what follows it"
    ]
