"""Markers in hand-written pages, such as `<!-- schemebook:key-dates my-scheme -->`, replaced by scheme facts."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from jinja2 import Environment

from schemebook.project.site import Site
from schemebook.read.errors import Level, SchemeError
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views

MARKER = re.compile(r"<!--\s*schemebook:(?P<name>[a-z-]+)(?P<args>(?:[ \t]+[a-z0-9-]+)*)\s*-->")
_CODE = re.compile(
    r"^(?P<fence>`{3,}|~{3,}).*?^(?P=fence)[ \t]*$|(?P<ticks>`+)[^`].*?(?P=ticks)", re.MULTILINE | re.DOTALL
)


@dataclass(frozen=True)
class Fact:
    """A marker's meaning: its template, and what its arguments after the scheme name are."""

    template: str
    scheme: bool = True
    role: bool = False
    contact: bool = False
    block: bool = True
    """True for lists and paragraphs, which need blank lines around them even when the marker sits mid-line."""

    def usage(self, name: str) -> str:
        """How the marker is written."""
        args = " SCHEME" * self.scheme + " [ROLE]" * self.role + " [CONTACT]" * self.contact
        return f"<!-- schemebook:{name}{args} -->"


FACTS = {
    "schemes": Fact("home-list.md.j2", scheme=False),
    "status": Fact("facts/status.md.j2", block=False),
    "key-dates": Fact("facts/key-dates.md.j2", role=True),
    "eligibility": Fact("facts/eligibility.md.j2", role=True),
    "contact": Fact("facts/contact.md.j2", contact=True, block=False),
}


class _Expander:
    """Replaces the markers of one page, collecting a warning for each it cannot fill."""

    def __init__(self, site: Site, env: Environment, page_uri: str, display: str, text: str) -> None:
        self.site, self.env, self.display, self.text = site, env, display, text
        self.views = {view.slug: view for view in scheme_views(site)}
        self.folder = posixpath.dirname(page_uri)
        self.problems: list[SchemeError] = []
        self.code = [m.span() for m in _CODE.finditer(text)]

    def warn(self, match: re.Match[str], message: str, hint: str) -> str:
        line = self.text.count("\n", 0, match.start()) + 1
        col = match.start() - (self.text.rfind("\n", 0, match.start()) + 1) + 1
        self.problems.append(SchemeError(self.display, line, col, f"{message}: {match[0]}", hint, Level.WARNING))
        return match[0]

    def prefix(self, target: str) -> str:
        """The relative link from this page's folder to `target` (a folder of the site), ending in a slash."""
        relative = posixpath.relpath(target or ".", self.folder or ".")
        return "" if relative == "." else relative + "/"

    def __call__(self, match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in self.code):
            return match[0]
        name, args = match["name"], match["args"].split()
        fact = FACTS.get(name)
        if fact is None:
            return self.warn(match, f"unknown marker `schemebook:{name}`", f"use one of: {', '.join(FACTS)}")
        expected = int(fact.scheme) + int(fact.role or fact.contact)
        if len(args) > expected or (fact.scheme and not args):
            return self.warn(match, f"the marker `schemebook:{name}` is written wrongly", f"write {fact.usage(name)}")
        context: dict[str, object] = {"home": self.prefix(""), "schemes": list(self.views.values())}
        if fact.scheme:
            view = self.views.get(args[0])
            if view is None:
                return self.warn(match, f"no scheme is called `{args[0]}`", f"use one of: {', '.join(self.views)}")
            found = self.lookup(view, fact, args[1] if len(args) > 1 else None)
            if isinstance(found, str):
                return self.warn(match, found, f"write {fact.usage(name)}")
            context |= {"s": view, "root": self.prefix(f"schemes/{view.slug}"), **found}
        text = render_template(self.env, fact.template, **context).strip("\n")
        return f"\n\n{text}\n\n" if fact.block else text

    def lookup(self, view: SchemeView, fact: Fact, key: str | None) -> dict[str, object] | str:
        """The role or contact a marker names, or why it names none."""
        if fact.role:
            role = next((r for r in view.model.roles if r.id == key), None)
            return {"role": role} if role or key is None else f"`{view.slug}` has no role `{key}`"
        if fact.contact:
            contact = view.contact(key) if key else view.primary_contact
            if contact is None:
                return (
                    f"`{view.slug}` has no contact `{key}`"
                    if key
                    else f"`{view.slug}` marks no contact `primary: true`"
                )
            return {"contact": contact}
        return {}


def expand(site: Site, env: Environment, page_uri: str, display: str, text: str) -> tuple[str, list[SchemeError]]:
    """The page's text with every marker filled in, and a warning for each marker that could not be."""
    if "schemebook:" not in text:
        return text, []
    expander = _Expander(site, env, page_uri, display, text)
    return MARKER.sub(expander, text), expander.problems
