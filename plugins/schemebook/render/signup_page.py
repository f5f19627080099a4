"""The sign-up page of each scheme: how each role joins the newest cohort."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import Environment

from schemebook.render import Output
from schemebook.render.templates import render as render_template
from schemebook.render.views import scheme_views
from schemebook.site import Site


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A sign-up page for every scheme."""
    for view in scheme_views(site):
        page = render_template(env, "sign-up.md.j2", s=view)
        yield Output(f"schemes/{view.slug}/sign-up/index.md", page, source=view.loaded.display)
