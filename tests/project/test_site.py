"""The scheme cache re-reads only changed files and remembers each file's last good version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import SchemeCache, last_good_site, load_site
from tests.conftest import MINIMAL

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def test_a_broken_file_keeps_its_last_good_version(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme()
    other = write_scheme(MINIMAL.replace("Test scheme", "Other scheme"), "other.yml")
    cache = SchemeCache()
    site, _ = load_site([other, path], path.parent, NOW, SiteSettings(), cache)
    assert site is not None
    first = cache.load(path, "x.yml")[0]
    assert first is cache.load(path, "x.yml")[0], "an unchanged file is not read again"
    path.write_text(MINIMAL.replace("summary:", "sumary:"), encoding="utf-8")
    broken, problems = load_site([other, path], path.parent, NOW, SiteSettings(), cache)
    assert broken is None and problems
    preview = last_good_site([other, path], NOW, SiteSettings(), cache)
    assert [s.model.title for s in preview.schemes] == ["Other scheme", "Test scheme"]
    assert preview.scheme("test-scheme") is first
