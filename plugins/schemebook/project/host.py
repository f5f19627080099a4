"""The host site's engine settings as the core reads them: what the pages load from other websites."""

from __future__ import annotations

import posixpath
from typing import Any

from schemebook.project.outside import OutsideRequest, outside_requests, policy_problems, unchecked_plugins
from schemebook.read.errors import SchemeError


def _plain(config: Any) -> dict[str, Any]:
    """The settings that decide what a page loads, as plain values."""
    theme = config.theme
    return {
        "theme": {"name": theme.name, "font": theme.get("font", {})},
        "extra": dict(config.extra or {}),
        "repo_url": config.repo_url or "",
        "extra_css": list(config.extra_css),
        "extra_javascript": list(config.extra_javascript),
        "plugins": list(config.plugins),
    }


def outside(config: Any, policy: str | None, where: str) -> tuple[list[OutsideRequest], list[str], list[SchemeError]]:
    """What the pages load from elsewhere, the plugins not checked, and the problems under the site's policy.

    Under `remove` the fonts are switched off here (`theme.font: false`), so the pages use the reader's own.
    """
    requests = outside_requests(_plain(config))
    if policy == "remove" and any(r.removable for r in requests):
        config.theme["font"] = False
    problems = policy_problems(requests, policy, where)
    kept = [r for r in requests if not (policy == "remove" and r.removable)]
    return kept, unchecked_plugins(config.plugins), problems


UNSUPPORTED = {
    "i18n": (
        "mkdocs-static-i18n (`i18n`) rebuilds the site once per language from files on disk and cannot take the "
        "pages schemebook makes",
        "remove `i18n` from `plugins`, or publish the schemes as a site of their own and link to it",
    ),
}
"""Plugins that cannot work with schemebook, with what to do instead."""


def unsupported(config: Any, where: str) -> list[SchemeError]:
    """A located error for each plugin of the site that cannot work with schemebook."""
    return [SchemeError(where, 1, 1, UNSUPPORTED[n][0], UNSUPPORTED[n][1]) for n in config.plugins if n in UNSUPPORTED]


BLOG_PLUGINS = ("blog", "material/blog")


def blog_entrypoints(config: Any) -> set[str]:
    """The index page of each Material blog of the site (in its own folder), which must keep its section:
    the blog attaches its Archive and Categories to the section its index page is in."""
    found = set()
    for name, plugin in config.plugins.items():
        options = getattr(plugin, "config", {})
        if name.split(" #")[0] in BLOG_PLUGINS and options.get("enabled", True):
            folder = posixpath.normpath(str(options.get("blog_dir", "blog")))
            if folder != ".":
                found.add(f"{folder}/index.md")
    return found
