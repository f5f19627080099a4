"""Links written inside scheme text must lead to web pages (https:) or email addresses (mailto:) only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from schemebook.errors import SchemeError
from schemebook.loading import Document, Loc

# Inline links and images `[text](target)`, and reference definitions `[name]: target`.
_TARGETS = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_ALLOWED = ("https://", "mailto:", "#")


def _strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*loc, index))


def link_problems(doc: Document) -> list[SchemeError]:
    """Every Markdown link in the file whose target is not https:, mailto: or a #section of the page."""
    problems = []
    for loc, text in _strings(doc.data):
        for match in _TARGETS.finditer(text):
            target = match.group(1) or match.group(2)
            if not target.lower().startswith(_ALLOWED):
                hint = "link to an https:// address or a mailto: address; other kinds of link are refused"
                problems.append(doc.error(loc, f"the link `{target[:60]}` is not allowed", hint))
    return problems
