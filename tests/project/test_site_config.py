"""The settings file read as the engine reads it: -f honoured, !ENV and INHERIT resolved, both plugin forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemebook.project.site_config import find_config, plugin_options, read_site_config


def test_plugin_options_in_list_and_mapping_form() -> None:
    assert plugin_options(["search", {"schemebook": {"schemes_dir": "data"}}]) == (True, {"schemes_dir": "data"})
    assert plugin_options({"search": {}, "schemebook": None}) == (True, {})
    assert plugin_options(["search"]) == (False, {})


def test_env_tags_inherit_and_python_tags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_ADDRESS", "https://mentoring.uni.test/")
    (tmp_path / "base.yml").write_text("site_url: https://old.uni.test/\nplugins:\n  - schemebook\n", "utf-8")
    (tmp_path / "site.yml").write_text(
        "INHERIT: base.yml\nsite_url: !ENV [SITE_ADDRESS, 'https://fallback.uni.test/']\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        "utf-8",
    )
    config, problems = read_site_config(tmp_path / "site.yml")
    assert problems == []
    assert config.site_url == "https://mentoring.uni.test/" and config.uses_plugin


def test_default_file_and_a_missing_one(tmp_path: Path) -> None:
    assert find_config(None, tmp_path) is None
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", "utf-8")
    assert find_config(None, tmp_path) == tmp_path / "mkdocs.yml"
    _, problems = read_site_config(tmp_path / "other.yml")
    assert [p.message for p in problems] == ["no such settings file"]


def test_a_broken_file_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins: [\n", "utf-8")
    _, problems = read_site_config(tmp_path / "mkdocs.yml")
    assert len(problems) == 1 and problems[0].line == 3 and "cannot read the settings" in problems[0].message
