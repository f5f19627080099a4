"""Each scheme's own navigation: the site's, with only that scheme's section under the schemes."""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from schemebook.render.navigation import SECTION


def scheme_navs(nav: Navigation) -> dict[str, Navigation]:
    """A navigation for each scheme, by its slug, so that no scheme's page grows with the number of schemes."""
    schemes = next((i for i in nav.items if isinstance(i, Section) and i.title == SECTION), None)
    navs: dict[str, Navigation] = {}
    for section in schemes.children if schemes else []:
        first = next((c for c in section.children if isinstance(c, Page)), None)
        if first and first.file.src_uri.startswith("schemes/"):
            items = [section if item is schemes else item for item in nav.items]
            navs[first.file.src_uri.split("/")[1]] = Navigation(items, nav.pages)
    return navs
