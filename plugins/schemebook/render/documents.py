"""Document files kept beside a scheme file (agreements, profiles, packs), published under the scheme's address."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import Environment

from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.views import scheme_views


def render(site: Site, env: Environment) -> Iterable[Output]:
    """Each scheme's document files, as the role handbooks link to them."""
    for view in scheme_views(site):
        paths = dict(view.loaded.documents)
        for document in view.source.documents:
            if document.file:
                yield Output(view.document_path(document), paths[document.file].read_bytes(), in_nav=False)
