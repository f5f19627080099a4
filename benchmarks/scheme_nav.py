"""A MkDocs hook for the plain baseline: each scheme's pages get only that scheme's navigation section.

The same logic as the schemebook plugin's `on_nav` and `on_page_context`, so that plain MkDocs renders the
same navigation into every page and the benchmark compares like with like.
"""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

SECTION = "Schemes"
_navs: dict[str, Navigation] = {}


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """One navigation per scheme: the site's other entries, and that scheme's section in place of all of them."""
    schemes = next((i for i in nav.items if isinstance(i, Section) and i.title == SECTION), None)
    _navs.clear()
    for section in schemes.children if schemes else []:
        first = next((c for c in section.children if isinstance(c, Page)), None)
        if first and first.file.src_uri.startswith("schemes/"):
            items = [section if item is schemes else item for item in nav.items]
            _navs[first.file.src_uri.split("/")[1]] = Navigation(items, nav.pages)
    return nav


def on_page_context(context: dict, *, page: Page, **_: object) -> dict:
    """Render a scheme's pages with that scheme's navigation."""
    parts = page.file.src_uri.split("/")
    if parts[0] == "schemes" and len(parts) > 2 and parts[1] in _navs:
        context["nav"] = _navs[parts[1]]
    return context
