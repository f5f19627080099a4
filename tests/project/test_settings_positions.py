"""Each plugin option's line in the settings file, in either form of `plugins:` and through INHERIT."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemebook.project.settings_positions import option_positions
from schemebook.project.site_config import read_site_config


def _positions(path: Path) -> tuple[str, dict, dict]:
    config, problems = read_site_config(path)
    assert not problems
    doc = option_positions(path, path.name, config.options)
    return doc.path, doc.keys, doc.values


@pytest.mark.parametrize(
    "plugins",
    [
        "plugins:\n  - search\n  - schemebook:\n      brand:\n        primary: red\n",
        "plugins:\n  search: {}\n  schemebook:\n      brand:\n        primary: red\n",
    ],
)
def test_list_and_mapping_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plugins: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(f"site_name: S\n{plugins}", encoding="utf-8")
    path, keys, values = _positions(tmp_path / "mkdocs.yml")
    assert path == "mkdocs.yml" and keys[("brand", "primary")] == (6, 9) and values[("brand", "primary")] == (6, 18)


def test_options_set_in_an_inherited_file_are_located_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base.yml").write_text("plugins:\n  - schemebook:\n      now: x\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: S\n", encoding="utf-8")
    path, keys, _ = _positions(tmp_path / "mkdocs.yml")
    assert path == "base.yml" and keys[("now",)] == (3, 7)


def test_an_unreadable_file_gives_no_positions(tmp_path: Path) -> None:
    doc = option_positions(tmp_path / "missing.yml", "missing.yml", {"now": "x"})
    assert doc.locate(("now",)) == (1, 1) and doc.path == "missing.yml"
