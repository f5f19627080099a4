"""The site navigation: the site's other pages as the engine nests them, and one section per scheme."""

from __future__ import annotations

from collections.abc import Callable, Collection

from markupsafe import escape

from schemebook.project.site import Site

NavItem = str | dict[str, "str | list[NavItem]"]
SECTION = "Schemes"
LABELS = {
    "sign-up": "How to join",
    "timeline": "Timeline",
    "themes": "Meeting themes",
    "support": "Support and confidentiality",
    "faq": "Questions and answers",
    "evaluation": "Evaluation",
}


def _scheme_section(title: str, uris: list[str], roles: dict[str, str]) -> NavItem:
    """One scheme's pages: overview first (the section's index), then handbooks by role, then the rest."""
    order = [*roles, *LABELS]
    items: list[tuple[tuple[int, str], NavItem]] = []
    for uri in uris:
        folder = uri.split("/")[2] if uri.count("/") == 3 and uri.endswith("/index.md") else ""
        if uri.count("/") == 2 and uri.endswith("/index.md"):
            items.append(((-1, ""), uri))
        elif folder in roles:
            items.append(((order.index(folder), ""), {str(escape(f"{roles[folder]} handbook")): uri}))
        elif folder in LABELS:
            items.append(((order.index(folder), ""), {LABELS[folder]: uri}))
        else:
            items.append(((len(order), uri), uri))
    return {str(escape(title)): [item for _, item in sorted(items, key=lambda pair: pair[0])]}


def _unwrap(item: NavItem, keep: Collection[str]) -> NavItem:
    """A section holding only a folder's index page becomes that page, titled by the page itself, unless the
    page is in `keep` (a blog's index, whose section the blog adds its archive and categories to)."""
    if isinstance(item, dict):
        ((title, children),) = item.items()
        if isinstance(children, list):
            only = children[0] if len(children) == 1 else None
            if isinstance(only, str) and only.endswith("index.md") and only not in keep:
                return only
            return {title: [_unwrap(child, keep) for child in children]}
    return item


def site_nav(
    uris: list[str], site: Site, nest: Callable[[list[str]], list[NavItem]], keep: Collection[str] = ()
) -> list[NavItem]:
    """The navigation: the home page, one section per scheme under "Schemes", then the other pages nested by `nest`.

    `uris` are the pages that belong in the navigation, in the engine's order; `nest` turns other pages into
    the engine's own nested structure, so hand-written pages keep the place they would have without this.
    Index pages in `keep` stay in their folder's section even when alone in it.
    """
    by_scheme: dict[str, list[str]] = {loaded.slug: [] for loaded in site.schemes}
    others = []
    for uri in uris:
        parts = uri.split("/")
        if len(parts) > 2 and parts[0] == "schemes" and parts[1] in by_scheme:
            by_scheme[parts[1]].append(uri)
        else:
            others.append(uri)
    sections = [
        _scheme_section(loaded.model.title, by_scheme[loaded.slug], {r.id: r.name for r in loaded.model.roles})
        for loaded in site.schemes
        if by_scheme[loaded.slug]
    ]
    nested = [_unwrap(item, keep) for item in nest(others)]
    home = [item for item in nested[:1] if item in ("index.md", "README.md")]
    return [*home, *([{SECTION: sections}] if sections else []), *nested[len(home) :]]
