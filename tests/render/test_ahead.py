"""Scheme pages made in a forked second process are handed over in order, and its problems reach the build."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.model.settings import SiteSettings
from schemebook.project.site import Site, load_site, scheme_files
from schemebook.render import limits, render_site
from schemebook.render.ahead import Ahead, AheadError
from schemebook.render.templates import environment
from tests.conftest import MINIMAL, REPO


def _site(folder: Path) -> Site:
    site, problems = load_site(scheme_files(folder), folder, datetime(2030, 1, 20, tzinfo=UTC), SiteSettings())
    assert site is not None, problems
    return site


def test_the_second_process_makes_what_this_one_would() -> None:
    site = _site(REPO / "schemes")
    pending = [o for o in render_site(site, environment(None)) if o.later]
    assert len(pending) > 100
    ahead = Ahead(site, pending, outside_allowed=False)
    try:
        made = [ahead.content(index) for index in range(len(pending))]
    finally:
        ahead.close()
    here = [o for o in render_site(site, environment(None)) if o.later]
    assert [o.uri for o in here] == [o.uri for o in pending]
    assert made == [o.content for o in here]


def test_once_it_has_made_the_pages_the_second_process_scans_those_sent_to_it(write_scheme, tmp_path: Path) -> None:
    write_scheme(MINIMAL)
    site = _site(tmp_path / "schemes")
    pending = [o for o in render_site(site, environment(None)) if o.later]
    ahead = Ahead(site, pending, outside_allowed=False)
    try:
        ahead.scan("a.html", "<p>fine</p>")
        ahead.scan("b.html", '<p onclick="x()">not fine</p>')
        assert ahead.content(0) == pending[0].content
        assert ahead.found() == ["b.html: the event handler attribute `onclick` on <p>"]
    finally:
        ahead.close()


def test_a_scheme_over_the_byte_limit_stops_the_second_process(
    write_scheme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_scheme(MINIMAL)
    site = _site(tmp_path / "schemes")
    pending = [o for o in render_site(site, environment(None)) if o.later]
    monkeypatch.setattr(limits, "MAX_BYTES", 100)
    ahead = Ahead(site, pending, outside_allowed=False)
    try:
        with pytest.raises(AheadError, match=r"test-scheme.yml:1:1: error: the scheme makes [\d,]+ bytes"):
            ahead.content(len(pending) - 1)
    finally:
        ahead.close()


def test_a_template_error_in_the_second_process_is_located(tmp_path: Path, write_scheme) -> None:
    write_scheme(MINIMAL)
    site = _site(tmp_path / "schemes")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "overview.md.j2").write_text("# T\n\n{{ no_such_value }}\n", encoding="utf-8")
    pending = [o for o in render_site(site, environment(tmp_path / "overrides")) if o.later]
    ahead = Ahead(site, pending, outside_allowed=False)
    try:
        with pytest.raises(AheadError, match=r"overview.md.j2:3: 'no_such_value' is undefined"):
            for index in range(len(pending)):
                ahead.content(index)
    finally:
        ahead.close()
