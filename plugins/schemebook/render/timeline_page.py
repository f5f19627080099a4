"""The timeline page of each scheme: every dated event, grouped by cohort."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import Environment

from schemebook.render import Output
from schemebook.render.templates import render as render_template
from schemebook.render.views import scheme_views
from schemebook.site import Site


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A timeline page for every scheme that has events."""
    for view in scheme_views(site):
        if view.events:
            page = render_template(env, "timeline.md.j2", s=view, role=None)
            yield Output(f"schemes/{view.slug}/timeline/index.md", page, source=view.loaded.display)
