"""A MkDocs hook for the plain baseline: each scheme's pages get only that scheme's navigation section.

It calls the schemebook plugin's own `scheme_navs`, so that plain MkDocs renders the same navigation into every
page and the benchmark compares like with like.
"""

from __future__ import annotations

from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from schemebook.adapter.scheme_navs import scheme_navs

_navs: dict[str, Navigation] = {}


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """One navigation per scheme: the site's other entries, and that scheme's section in place of all of them."""
    _navs.clear()
    _navs.update(scheme_navs(nav))
    return nav


def on_page_context(context: dict, *, page: Page, **_: object) -> dict:
    """Render a scheme's pages with that scheme's navigation."""
    parts = page.file.src_uri.split("/")
    if parts[0] == "schemes" and len(parts) > 2 and parts[1] in _navs:
        context["nav"] = _navs[parts[1]]
    return context
