"""Markdown pages for every scheme, from Jinja2 templates: overview, handbooks, FAQ, themes, support."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from jinja2 import Environment

from schemebook.model import Role
from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.signup import role_signups
from schemebook.render.templates import render as render_template
from schemebook.render.timeline_page import entries
from schemebook.render.views import SchemeView, scheme_views


@dataclass(frozen=True)
class PageKind:
    """A page of each scheme: where it goes, its template, and the `SchemeView.pages` entry it needs."""

    path: str
    template: str
    needs: str | None = None
    per_role: bool = False
    in_nav: bool = True


PAGE_KINDS = (
    PageKind("index.md", "overview.md.j2"),
    PageKind("{role}/index.md", "role.md.j2", per_role=True),
    PageKind("{role}/print/index.md", "print.md.j2", per_role=True, in_nav=False),
    PageKind("faq/index.md", "faq.md.j2", needs="faq"),
    PageKind("themes/index.md", "themes.md.j2", needs="themes"),
    PageKind("support/index.md", "support.md.j2", needs="support"),
)


def _page(view: SchemeView, env: Environment, kind: PageKind, role: Role | None) -> Output:
    path = kind.path.format(role=role.id if role else "")
    content = partial(_text, view, env, kind.template, role, "../" * path.count("/"))
    return Output(f"schemes/{view.slug}/{path}", content, source=view.loaded.display, in_nav=kind.in_nav)


def _text(view: SchemeView, env: Environment, template: str, role: Role | None, root: str) -> str:
    context = {"s": view, "role": role, "root": root, "signups": role_signups(view), "entries": entries}
    return render_template(env, template, **context)


def scheme_pages(view: SchemeView, env: Environment) -> Iterable[Output]:
    """The pages of one scheme that its data supports."""
    for kind in PAGE_KINDS:
        if kind.needs and kind.needs not in view.pages:
            continue
        for role in view.model.roles if kind.per_role else [None]:
            yield _page(view, env, kind, role)


def render(site: Site, env: Environment) -> Iterable[Output]:
    """Every scheme's pages."""
    for view in scheme_views(site):
        yield from scheme_pages(view, env)
