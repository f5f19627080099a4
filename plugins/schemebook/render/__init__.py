"""Outputs made from a validated site: Markdown pages and files, each from its own module."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jinja2 import Environment

from schemebook.site import Site


@dataclass(frozen=True)
class Output:
    """One file of the site: Markdown (pages) or bytes (calendars, data, images)."""

    uri: str
    content: str | bytes
    source: str | None = None
    """The scheme file it is made from, for "edit this page"."""
    in_nav: bool = True


def page_at(address: str) -> tuple[str, str]:
    """A folder address (`about/privacy/`) as the Markdown file it is made from, and the link back to the top."""
    return f"{address}index.md", "../" * address.count("/")


Renderer = Callable[[Site, Environment], Iterable[Output]]


def renderers() -> list[Renderer]:
    """Every output module's entry point, in a fixed order."""
    from schemebook.render import (
        calendar,
        datapackage,
        documents,
        evaluation_page,
        pages,
        reference,
        schema,
        signup_page,
        statements,
        timeline_page,
    )

    return [
        calendar.render,
        datapackage.render,
        documents.render,
        evaluation_page.render,
        pages.render,
        reference.render,
        schema.render,
        signup_page.render,
        statements.render,
        timeline_page.render,
    ]


def render_site(site: Site, env: Environment) -> list[Output]:
    """Every output of the site, sorted by address so builds never depend on discovery order."""
    outputs = [output for renderer in renderers() for output in renderer(site, env)]
    return sorted(outputs, key=lambda o: o.uri)
