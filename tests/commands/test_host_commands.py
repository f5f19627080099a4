"""In a host site, `new`, `new-cohort` and `migrate` work where the build reads (the plugin's `schemes_dir` and
`templates_dir` in mkdocs.yml) and name commands the host has, not this repository's make targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemebook.commands.cli import main
from tests.commands.test_migrate import OLD
from tests.conftest import MINIMAL

SETTINGS = """\
site_name: Host
site_url: https://host.test/
plugins:
  - search
  - schemebook:
      schemes_dir: data/schemes
      templates_dir: theme/schemebook
"""


@pytest.fixture
def host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A host project with its scheme files in data/schemes; the working folder is its root."""
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "data" / "schemes").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_writes_into_schemes_dir_with_the_hosts_template(host: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (host / "theme" / "schemebook").mkdir(parents=True)
    (host / "theme" / "schemebook" / "new-scheme.yml.j2").write_text(MINIMAL, encoding="utf-8")
    assert main(["new", "Reverse mentoring"]) == 0
    out = capsys.readouterr().out
    assert (host / "data" / "schemes" / "reverse-mentoring.yml").read_text(encoding="utf-8") == MINIMAL
    assert not (host / "schemes").exists()
    assert "Wrote data/schemes/reverse-mentoring.yml" in out
    assert "`schemebook check`" in out and "`mkdocs serve`" in out and "make " not in out
    assert main(["check"]) == 0
    assert "OK: 1 scheme file checked" in capsys.readouterr().out


def test_the_starting_file_names_only_commands_a_host_has(host: Path) -> None:
    assert main(["new", "Pairs"]) == 0
    text = (host / "data" / "schemes" / "pairs.yml").read_text(encoding="utf-8")
    assert "`schemebook check`" in text and "`mkdocs serve`" in text and "`make" not in text


def test_new_cohort_finds_the_scheme_in_schemes_dir(host: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (host / "data" / "schemes" / "test-scheme.yml").write_text(MINIMAL, encoding="utf-8")
    assert main(["new-cohort", "test-scheme", "2031"]) == 0
    assert "data/schemes/test-scheme.yml: added cohort 2031" in capsys.readouterr().out
    assert main(["new-cohort", "test-schem", "2032"]) == 1
    assert "data/schemes/test-schem.yml:1:1: error: no scheme `test-schem`" in capsys.readouterr().err


def test_migrate_rewrites_the_files_in_schemes_dir(host: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = host / "data" / "schemes" / "old.yml"
    path.write_text(OLD, encoding="utf-8")
    assert main(["migrate"]) == 0
    assert 'data/schemes/old.yml:7: `format: "either"` is now' in capsys.readouterr().out
    assert "modes: [in-person, online]" in path.read_text(encoding="utf-8")


def test_an_unreadable_settings_file_stops_new_before_writing(host: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (host / "mkdocs.yml").write_text("plugins: [\n", encoding="utf-8")
    assert main(["new", "Pairs"]) == 1
    assert "mkdocs.yml:2:1: error: cannot read the settings" in capsys.readouterr().err
    assert not list(host.rglob("pairs.yml"))
