"""What one scheme may make: pages and files, and bytes written, so a small file cannot become a huge site."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from schemebook.read.errors import SchemeError
from schemebook.read.size_limits import MAX_BYTES, MAX_FILES
from schemebook.render import Output

if TYPE_CHECKING:
    from schemebook.project.site import Site

_HINT = "shorten long text repeated on many pages, or split the scheme into several files"


def scheme_of(uri: str) -> str | None:
    """The slug of the scheme an output belongs to, or None for a site-wide one."""
    parts = uri.split("/")
    return parts[1] if parts[0] == "schemes" and len(parts) > 2 else None


def size(content: str | bytes) -> int:
    """The bytes an output's content takes when written."""
    return len(content.encode("utf-8") if isinstance(content, str) else content)


def too_big(site: Site, slug: str, made: int) -> SchemeError | None:
    """The error for a scheme whose outputs so far come to `made` bytes, past the limit; None within it."""
    scheme = next((s for s in site.schemes if s.slug == slug), None)
    if scheme is None or made <= MAX_BYTES:
        return None
    message = f"the scheme makes {made:,} bytes of pages and files, over the limit of {MAX_BYTES:,}"
    return SchemeError(scheme.display, 1, 1, message, _HINT)


def problems(site: Site, outputs: list[Output]) -> list[SchemeError]:
    """Each scheme whose pages and files go past a limit, located at its file and naming the limit; the bytes of
    outputs still to be made are counted where they are made (`render/ahead.py`)."""
    files, made = Counter[str](), Counter[str]()
    for output in outputs:
        if slug := scheme_of(output.uri):
            files[slug] += 1
            made[slug] += 0 if output.later else size(output.content)
    found = []
    for scheme in site.schemes:
        if files[scheme.slug] > MAX_FILES:
            message = f"the scheme makes {files[scheme.slug]:,} pages and files, over the limit of {MAX_FILES:,}"
            found.append(SchemeError(scheme.display, 1, 1, message, "fewer events or sessions; " + _HINT))
        if problem := too_big(site, scheme.slug, made[scheme.slug]):
            found.append(problem)
    return found
