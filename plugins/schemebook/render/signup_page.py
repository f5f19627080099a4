"""The sign-up page of each scheme, with a QR code of its address."""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import partial

import segno
from jinja2 import Environment

from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.signup import role_signups
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views


def qr_svg(url: str) -> bytes:
    """A QR code of `url` as SVG, made here and identical on every build."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="svg", scale=4, title=f"QR code: {url}", xmldecl=False)
    return buffer.getvalue() + b"\n"


def _text(view: SchemeView, env: Environment, qr: str) -> str:
    return render_template(env, "sign-up.md.j2", s=view, signups=role_signups(view), qr=qr, root="../")


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A sign-up page for every scheme, and its QR code when the site's address is known."""
    for view in scheme_views(site):
        base = f"schemes/{view.slug}/sign-up"
        url = f"{site.url.rstrip('/')}/{base}/" if site.url else ""
        page = partial(_text, view, env, url)
        yield Output(f"{base}/index.md", page, source=view.loaded.display)
        if url:
            yield Output(f"{base}/qr.svg", partial(qr_svg, url), in_nav=False)
