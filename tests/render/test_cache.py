"""Between the builds of a preview, a scheme's outputs are made again only when it or the templates change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import SchemeCache, Site, load_site, scheme_files
from schemebook.render import render_site
from schemebook.render.cache import RenderCache
from tests.conftest import MINIMAL

NOW = datetime(2030, 1, 20, tzinfo=UTC)


def _site(folder: Path, schemes: SchemeCache) -> Site:
    site, problems = load_site(scheme_files(folder), folder, NOW, SiteSettings(), schemes, "https://example.org/")
    assert site is not None, problems
    return site


def _build(cache: RenderCache, site: Site, overrides: Path) -> dict[str, str | bytes]:
    env = cache.environment(overrides)
    cache.start(site)
    return {o.uri: o.content for o in render_site(site, env, cache)}


def test_only_the_edited_scheme_is_made_again_and_the_result_is_a_fresh_one(tmp_path: Path) -> None:
    folder, overrides = tmp_path / "schemes", tmp_path / "overrides"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.yml").write_text(MINIMAL, encoding="utf-8")
    schemes, cache = SchemeCache(), RenderCache()
    _build(cache, _site(folder, schemes), overrides)
    assert cache.made == 3
    (folder / "b.yml").write_text(MINIMAL.replace("Test scheme", "Edited scheme"), encoding="utf-8")
    kept = _build(cache, _site(folder, schemes), overrides)
    assert cache.made == 1
    assert "Edited scheme" in str(kept["schemes/b/index.md"])
    assert b"Edited scheme" in kept["data/schemes.csv"]  # type: ignore[operator]
    assert kept == _build(RenderCache(), _site(folder, SchemeCache()), overrides)


def test_a_changed_template_override_makes_every_scheme_again(tmp_path: Path) -> None:
    folder, overrides = tmp_path / "schemes", tmp_path / "overrides"
    folder.mkdir()
    overrides.mkdir()
    (folder / "a.yml").write_text(MINIMAL, encoding="utf-8")
    schemes, cache = SchemeCache(), RenderCache()
    _build(cache, _site(folder, schemes), overrides)
    (overrides / "overview.md.j2").write_text("# {{ s.model.title | plain }}\n\nOverridden.\n", encoding="utf-8")
    kept = _build(cache, _site(folder, schemes), overrides)
    assert cache.made == 1
    assert "Overridden." in str(kept["schemes/a/index.md"])
