"""schemebook in a host site with other plugins: Material's blog and tags, redirects, and mkdocs-static-i18n."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.engine import run_build
from tests.render.test_navigation import primary_nav


def _plugins(root: Path, plugins: str) -> Path:
    """The small test site with `plugins` (YAML list items) in place of its own."""
    config = scheme_project(root)
    text = config.read_text(encoding="utf-8").replace("  - search\n  - schemebook\n", plugins)
    config.write_text(text, encoding="utf-8")
    return config


def _page(root: Path, uri: str) -> str:
    return (root / "site" / uri).read_text(encoding="utf-8")


def test_blog_posts_stay_out_of_the_main_navigation(tmp_path: Path) -> None:
    config = _plugins(tmp_path, "  - search\n  - blog\n  - schemebook\n")
    (tmp_path / "content" / "blog" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "blog" / "index.md").write_text("# News\n", encoding="utf-8")
    post = "---\ndate: 2026-01-10\n---\n\n# Applications open soon\n\nA post.\n"
    (tmp_path / "content" / "blog" / "posts" / "soon.md").write_text(post, encoding="utf-8")
    result = run_build(config, "--strict")
    assert result.returncode == 0, result.stderr
    assert "Applications open soon" in _page(tmp_path, "blog/index.html")
    assert "Applications open soon" not in _page(tmp_path, "index.html")
    assert "Applications open soon" not in _page(tmp_path, "schemes/test-scheme/index.html")
    assert (tmp_path / "site" / "blog" / "2026" / "01" / "10" / "applications-open-soon" / "index.html").is_file()


def test_the_blogs_archive_and_categories_stay_in_the_navigation_beside_tags_redirects_and_search(
    tmp_path: Path,
) -> None:
    redirects = "  - redirects:\n      redirect_maps:\n        join.md: schemes/test-scheme/sign-up/index.md\n"
    config = _plugins(tmp_path, f"  - search\n  - blog\n  - tags\n{redirects}  - schemebook\n")
    (tmp_path / "content" / "blog" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "blog" / "index.md").write_text("# News\n", encoding="utf-8")
    post = (
        "---\ndate: 2026-01-10\ncategories: [Cohorts]\ntags: [mentoring]\n---\n\n# Applications open soon\n\nA post.\n"
    )
    (tmp_path / "content" / "blog" / "posts" / "soon.md").write_text(post, encoding="utf-8")
    result = run_build(config, "--strict", env={"DISABLE_MKDOCS_2_WARNING": "true"})
    assert result.returncode == 0, result.stderr
    for uri in ("index.html", "blog/index.html", "blog/archive/2026/index.html"):
        nav = " ".join(primary_nav(_page(tmp_path, uri)).split())
        for title in ("Archive", "Categories", "2026", "Cohorts", "News", "Test scheme"):
            assert re.search(rf">\s*{title}\s*<", nav), (uri, title)
        hrefs = re.findall(r'href="([^"#]*)"', nav)
        links = {posixpath.normpath(posixpath.join(posixpath.dirname(uri), h)) for h in hrefs}
        assert {"blog/archive/2026", "blog/category/cohorts", "blog"} <= links, (uri, links)
    assert "schemes/test-scheme/sign-up/" in _page(tmp_path, "join/index.html")
    assert "mentoring" in _page(tmp_path, "blog/2026/01/10/applications-open-soon/index.html")
    assert "Applications open soon" in (tmp_path / "site" / "search" / "search_index.json").read_text("utf-8")


def test_tags(tmp_path: Path) -> None:
    config = _plugins(tmp_path, "  - search\n  - tags\n  - schemebook\n")
    (tmp_path / "content" / "news.md").write_text("---\ntags: [mentoring]\n---\n\n# News\n", encoding="utf-8")
    result = run_build(config, "--strict")
    assert result.returncode == 0, result.stderr
    assert "mentoring" in _page(tmp_path, "news/index.html")
    assert (tmp_path / "site" / "schemes" / "test-scheme" / "index.html").is_file()


@pytest.mark.parametrize("order", ["before", "after"])
def test_redirects_to_generated_pages_in_either_order(tmp_path: Path, order: str) -> None:
    redirects = "  - redirects:\n      redirect_maps:\n        join.md: schemes/test-scheme/sign-up/index.md\n"
    plugins = (
        f"  - search\n{redirects}  - schemebook\n" if order == "before" else f"  - search\n  - schemebook\n{redirects}"
    )
    result = run_build(_plugins(tmp_path, plugins), "--strict", env={"DISABLE_MKDOCS_2_WARNING": "true"})
    assert result.returncode == 0, result.stderr
    assert "schemes/test-scheme/sign-up/" in _page(tmp_path, "join/index.html")


def test_static_i18n_fails_with_a_clear_message(tmp_path: Path) -> None:
    i18n = "  - i18n:\n      languages:\n        - {locale: en, default: true, name: English}\n"
    result = run_build(_plugins(tmp_path, f"  - search\n{i18n}  - schemebook\n"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "mkdocs.yml:1:1: error: mkdocs-static-i18n (`i18n`) rebuilds the site once per language" in result.stderr
    assert not (tmp_path / "site").exists()
