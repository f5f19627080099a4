"""Landmarks of a written page: Material wraps navigation, table of contents and content in one <main>; with the
package's main.html the content is the <main>, so the outer one becomes a plain <div>."""

from __future__ import annotations

OUTER = '<main class="md-main" data-md-component="main">'
PLAIN = '<div class="md-main" data-md-component="main">'
CONTENT = '<main class="md-content" data-md-component="content" id="sb-main">'


def content_as_main(html: str) -> str:
    """The page with Material's outer <main> as a <div>, when its content is already the <main>; else unchanged."""
    if OUTER not in html or CONTENT not in html:
        return html
    head, _, rest = html.partition(OUTER)
    # The outer element closes last: the content's own </main> and everything inside come before it.
    body, _, tail = rest.rpartition("</main>")
    return head + PLAIN + body + "</div>" + tail
