"""Values left as examples (`# replace`, `REPLACE`, example.* addresses, EXAMPLE links) fail strict checks and
strict builds, each located."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.checks.placeholders import CODE, found
from schemebook.commands.cli import main
from schemebook.project.site import load_scheme, scheme_files
from schemebook.read.errors import Level
from schemebook.read.loading import parse_text
from tests.conftest import MINIMAL, MKDOCS_YML, REPO

EPOCH = "1795608000"  # 25 November 2026


def placeholders(text: str) -> list[tuple[int, str]]:
    doc, problems = parse_text("s.yml", text)
    assert doc is not None, problems
    return [(p.line, p.message) for p in found(doc)]


def test_a_new_scaffold_fails_check_strict_with_every_replace_value_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = tmp_path / "schemes"
    assert main(["new", "Reverse mentoring", "--folder", str(folder)]) == 0
    assert main(["check", str(folder)]) == 0  # a draft is checked without failing...
    capsys.readouterr()
    assert main(["check", "--strict", str(folder)]) == 1  # ...but it is not ready to publish
    err = capsys.readouterr().err
    path = folder / "reverse-mentoring.yml"
    located = re.findall(rf"^{re.escape(str(path))}:(\d+):\d+: warning: placeholder: `([^`]+)`", err, re.M)
    lines = path.read_text(encoding="utf-8").split("\n")
    marked = [n for n, line in enumerate(lines, start=1) if "# replace" in line and not line.lstrip().startswith("#")]
    assert [int(line) for line, _ in located] == sorted(set(marked)) and len(marked) == 16
    assert {"cohorts[0].sign_up.roles.mentor.form", "contacts[0].email"} <= {field for _, field in located}
    assert "then delete the `# replace` note" in err


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("    email: mentoring@example.ac.uk", "points at `example.ac.uk`, an example address"),
        ("    url: https://forms.example.org/apply", "points at `forms.example.org`, an example address"),
        ("    url: https://forms.office.com/r/REPLACE-mentor", "still holds `REPLACE`"),
        ("    url: https://forms.office.com/r/EXAMPLE-mentor", "is an example link (`EXAMPLE`)"),
        ("    name: Scheme coordinator  # Replace: a name", "is marked `# replace`"),
        (
            "    name: Mentoring lead (the name was not in the text read)",
            "holds a note about reading the source (`not in the text read`), which the pages would print as a fact",
        ),
        (
            "    role: Attached to the post (not seen)",
            "holds a note about reading the source (`(not seen)`), which the pages would print as a fact",
        ),
    ],
)
def test_each_kind_of_placeholder_is_found_on_its_line(line: str, why: str) -> None:
    text = f"title: T\ncontacts:\n  - id: c\n{line}\n"
    assert placeholders(text) == [(4, f"placeholder: `contacts[0].{line.split(':')[0].strip()}` {why}")]


def test_markdown_links_to_example_sites_are_found() -> None:
    text = "title: T\npurpose: |\n  Read [the report](https://www.example.com/report) first.\n"
    assert placeholders(text) == [(2, "placeholder: `purpose` points at `www.example.com`, an example address")]


@pytest.mark.parametrize(
    "text",
    [
        'title: "Say # replace in quotes"\n',
        "# replace the title below\ntitle: Our scheme\n",
        "title: Examples of good practice, for example counterexample.org\n",
        "title: T\nsummary: An EXAMPLE of shouting, with no link\n",
        "title: T\ncontacts:\n  - email: someone@examples.ac.uk\n",
        "title: T\nsummary: Training dates are not yet seen as final, date TBC\n",
    ],
)
def test_real_values_are_not_placeholders(text: str) -> None:
    assert placeholders(text) == []


def test_the_example_schemes_hold_no_placeholders() -> None:
    for path in scheme_files(REPO / "schemes"):
        loaded, problems = load_scheme(path, path.name)
        assert loaded is not None
        assert [str(p) for p in problems if p.code == CODE] == []


def test_a_placeholder_warns_on_load(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL.replace("forms.office.com/r/TEST", "forms.office.com/r/REPLACE"))
    _, problems = load_scheme(path, "schemes/test-scheme.yml")
    (problem,) = [p for p in problems if p.code == CODE]
    assert (problem.line, problem.level) == (18, Level.WARNING)


def test_a_strict_build_fails_on_a_placeholder_and_keeps_the_last_good_site(
    tmp_path: Path, write_scheme: Callable[..., Path]
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "index.md").write_text("# Home\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    write_scheme()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    good = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stderr
    write_scheme(MINIMAL.replace("forms.office.com/r/TEST", "forms.office.com/r/REPLACE"))
    bad = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "schemes/test-scheme.yml:18:" in bad.stderr and "placeholder:" in bad.stderr
    sign_up = (tmp_path / "site" / "schemes" / "test-scheme" / "sign-up" / "index.html").read_text(encoding="utf-8")
    assert "REPLACE" not in sign_up
