"""A page that holds script or an outside resource, however it got there, fails the build and is not published."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from schemebook.adapter.page_guard import PageGuard
from tests.conftest import scheme_project


def test_a_handler_in_a_page_fails_the_build(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file = scheme_project(tmp_path)
    (tmp_path / "content" / "extra.md").write_text('# Extra\n\n<img src="a.png" onerror="alert(1)">\n', "utf-8")
    with pytest.raises(Abort):
        build(load_config(str(config_file), site_dir=str(tmp_path / "site")))
    assert "extra/index.html: the event handler attribute `onerror` on <img>" in caplog.text
    assert not (tmp_path / "site").exists()


def test_a_clean_site_builds_with_its_policy(tmp_path: Path) -> None:
    config_file = scheme_project(tmp_path)
    build(load_config(str(config_file), site_dir=str(tmp_path / "site")))
    assert 'http-equiv="Content-Security-Policy"' in (tmp_path / "site" / "404.html").read_text(encoding="utf-8")


def test_a_preview_reports_an_unsafe_page_at_every_build_that_draws_it() -> None:
    guard = PageGuard()
    unsafe, safe = '<p onclick="x()">a</p>', "<p>a</p>"
    for _ in range(3):
        guard.start(outside_allowed=False, serving=True)
        assert guard.page(safe, "a.html") == safe
        guard.page(unsafe, "b.html")
        assert guard.report() is not None and "b.html: the event handler attribute `onclick`" in guard.report()
    guard.start(outside_allowed=False, serving=True)
    guard.page(safe, "b.html")
    assert guard.report() is None
