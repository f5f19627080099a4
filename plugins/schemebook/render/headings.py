"""Heading levels rebased, so a Markdown field or a shared section fits under the heading it sits in."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(#{1,6})(?=[ \t]|$)", re.MULTILINE)
_FENCED = re.compile(r"(^(?:`{3,}|~{3,}).*?^(?:`{3,}|~{3,})[ \t]*$)", re.MULTILINE | re.DOTALL)


def nest(markdown: str, level: int) -> str:
    """The text with its top heading at `level` and the others kept below it (capped at h6); code untouched."""
    chunks = _FENCED.split(markdown)
    prose = chunks[::2]
    found = [len(m[1]) for chunk in prose for m in _HEADING.finditer(chunk)]
    if not found:
        return markdown
    shift = level - min(found)
    for index in range(0, len(chunks), 2):
        chunks[index] = _HEADING.sub(lambda m: "#" * max(1, min(6, len(m[1]) + shift)), chunks[index])
    return "".join(chunks)
