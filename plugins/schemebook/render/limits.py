"""What one scheme may make: pages and files, and bytes written, so a small file cannot become a huge site."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from schemebook.read.errors import SchemeError
from schemebook.read.size_limits import MAX_BYTES, MAX_FILES
from schemebook.render import Output

if TYPE_CHECKING:
    from schemebook.project.site import Site


def problems(site: Site, outputs: list[Output]) -> list[SchemeError]:
    """Each scheme whose pages and files go past a limit, located at its file and naming the limit."""
    files, size = Counter[str](), Counter[str]()
    for output in outputs:
        parts = output.uri.split("/")
        if parts[0] == "schemes" and len(parts) > 2:
            files[parts[1]] += 1
            content = output.content
            size[parts[1]] += len(content.encode("utf-8") if isinstance(content, str) else content)
    found = []
    hint = "shorten long text repeated on many pages, or split the scheme into several files"
    for scheme in site.schemes:
        if files[scheme.slug] > MAX_FILES:
            message = f"the scheme makes {files[scheme.slug]:,} pages and files, over the limit of {MAX_FILES:,}"
            found.append(SchemeError(scheme.display, 1, 1, message, "fewer events or sessions; " + hint))
        if size[scheme.slug] > MAX_BYTES:
            message = (
                f"the scheme makes {size[scheme.slug]:,} bytes of pages and files, over the limit of {MAX_BYTES:,}"
            )
            found.append(SchemeError(scheme.display, 1, 1, message, hint))
    return found
