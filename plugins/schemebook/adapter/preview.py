"""What a live preview shows while a scheme file is broken: the last good pages under a notice of the errors."""

from __future__ import annotations

from html import escape

from schemebook.read.errors import SchemeError, format_report

STALE = "problems in the scheme files; until they are fixed, the preview shows the last version of each that worked"


def notice(problems: list[SchemeError]) -> str:
    """An HTML alert listing every problem, for the top of each previewed page."""
    return (
        '<div class="admonition failure" role="alert">\n'
        '<p class="admonition-title">This preview is out of date</p>\n'
        "<p>A scheme file has errors. Until they are fixed, these pages show the last version of that scheme "
        "that worked, or leave it out if none has. Fix the lines below and save the file: the preview updates "
        "by itself.</p>\n"
        f"<pre><code>{escape(format_report(problems))}</code></pre>\n"
        "</div>\n\n"
    )


def with_notice(markdown: str, alert: str) -> str:
    """A page's Markdown with the alert after its leading `# ` heading, which stays the page title."""
    if not alert:
        return markdown
    if markdown.startswith("# "):
        heading, _, rest = markdown.partition("\n")
        return f"{heading}\n\n{alert}{rest}"
    return alert + markdown
