"""Outputs made from a validated site: Markdown pages and files, each from its own module."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from jinja2 import Environment

from schemebook.project.site import LoadedScheme, Site


@dataclass(frozen=True)
class Output:
    """One file of the site: Markdown (pages) or bytes (calendars, data, images)."""

    uri: str
    made: str | bytes | Callable[[], str | bytes]
    """The content, or how to make it: a page's address is known before its text, which can be made later."""
    source: str | None = None
    """The scheme file it is made from, for "edit this page"."""
    in_nav: bool = True

    @property
    def later(self) -> bool:
        """True while the content is still to be made."""
        return callable(self.made) and "content" not in self.__dict__

    @cached_property
    def content(self) -> str | bytes:
        """The content, made the first time it is asked for."""
        return self.made() if callable(self.made) else self.made

    @cached_property
    def digest(self) -> str:
        """A SHA-256 of the content, worked out once however many preview builds keep this output."""
        content = self.content
        return hashlib.sha256(
            content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        ).hexdigest()


def make_now(outputs: Iterable[Output]) -> None:
    """Make every output's content now, in this process."""
    for output in outputs:
        _ = output.content


def page_at(address: str) -> tuple[str, str]:
    """A folder address (`about/privacy/`) as the Markdown file it is made from, and the link back to the top."""
    return f"{address}index.md", "../" * address.count("/")


Renderer = Callable[[Site, Environment], Iterable[Output]]


class SchemeOutputs(Protocol):
    """Where one scheme's own outputs come from: made afresh, or kept from an earlier build."""

    def __call__(self, loaded: LoadedScheme, site: Site, env: Environment) -> list[Output]: ...


def scheme_renderers() -> list[Renderer]:
    """The output modules whose every file belongs to one scheme, made from that scheme alone."""
    from schemebook.render import calendar, documents, evaluation_page, pages, signup_page, timeline_page

    return [
        calendar.render,
        documents.render,
        evaluation_page.render,
        pages.render,
        signup_page.render,
        timeline_page.render,
    ]


def settings_renderers() -> list[Renderer]:
    """The output modules whose files draw on no scheme: only on the settings, the templates and the date."""
    from schemebook.render import reference, schema

    return [reference.render, schema.render]


def site_renderers() -> list[Renderer]:
    """The output modules whose files draw on every scheme, or on none."""
    from schemebook.render import calendar, datapackage, evaluation_page, statements

    return [
        calendar.render_site_calendar,
        datapackage.render,
        evaluation_page.render_reports,
        statements.render,
        *settings_renderers(),
    ]


def render_settings(site: Site, env: Environment) -> list[Output]:
    """The outputs that draw on no scheme."""
    return [output for renderer in settings_renderers() for output in renderer(site, env)]


def render_scheme(loaded: LoadedScheme, site: Site, env: Environment) -> list[Output]:
    """One scheme's own pages and files, which depend on nothing but it, the clock and the site's settings."""
    alone = Site((loaded,), site.now, site.settings, site.url)
    return [output for renderer in scheme_renderers() for output in renderer(alone, env)]


def render_site(
    site: Site,
    env: Environment,
    scheme_outputs: SchemeOutputs = render_scheme,
    settings_outputs: Renderer = render_settings,
) -> list[Output]:
    """Every output of the site, sorted by address so builds never depend on discovery order."""
    fixed = settings_renderers()
    outputs = [output for renderer in site_renderers() if renderer not in fixed for output in renderer(site, env)]
    outputs += settings_outputs(site, env)
    outputs += [output for loaded in site.schemes for output in scheme_outputs(loaded, site, env)]
    return sorted(outputs, key=lambda o: o.uri)
