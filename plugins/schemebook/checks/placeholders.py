"""Values left as examples: marked `# replace`, holding `REPLACE`, or pointing at an example.* address; and
notes a writer left for themselves while reading a source ("not in the text read", "(not seen)").

They are warnings, so `schemebook check --strict` and `mkdocs build --strict` fail on them and nothing
illustrative is published from a strict build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.read.validation import dotted

CODE = "placeholder"
_NOTE = re.compile(r"\s#\s*replace\b", re.IGNORECASE)
_HOSTS = re.compile(r"(?:https?://|@)([A-Za-z0-9.-]+)")
_MARKED = re.compile(r"\bREPLACE\b")
_EXAMPLE_ID = re.compile(r"\bEXAMPLE\b")
# Remarks about reading the source, not facts for a participant; a page would print them as if the scheme said so.
_READING_NOTE = re.compile(
    r"\bnot in the (?:text|page|part|source)s? (?:I )?read\b|\(not seen\)|\bTODO\b",
    re.IGNORECASE,
)


def _scalars(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _scalars(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _scalars(value, (*loc, index))
    else:
        yield loc, data


def _example_host(text: str) -> str:
    for match in _HOSTS.finditer(text):
        host = match[1].strip(".").lower()
        if "example" in host.split("."):
            return host
    return ""


def _why(doc: Document, loc: Loc, value: Any, notes: set[int]) -> tuple[str, str]:
    """What makes this value a placeholder, and what to do, or ("", "") when it is not one."""
    text = value if isinstance(value, str) else ""
    line = doc.locate(loc)[0]
    if line in notes and "# replace" not in text.lower():
        return "is marked `# replace`", "write your scheme's own value, then delete the `# replace` note"
    if _MARKED.search(text):
        return "still holds `REPLACE`", "write the real value in place of `REPLACE`"
    if host := _example_host(text):
        return f"points at `{host}`, an example address", "give the real address, or remove the line until you have it"
    if _HOSTS.search(text) and _EXAMPLE_ID.search(text):
        return "is an example link (`EXAMPLE`)", "give the real link, or remove the line until you have it"
    if note := _READING_NOTE.search(text):
        why = f"holds a note about reading the source (`{note[0]}`), which the pages would print as a fact"
        return why, "keep only what the source says; leave out what it does not (the pages then say nothing of it)"
    return "", ""


def found(doc: Document) -> list[SchemeError]:
    """Every placeholder value in the scheme file, located, as a warning."""
    notes = {number for number, line in enumerate(doc.text.split("\n"), start=1) if _NOTE.search(line)}
    problems = []
    for loc, value in _scalars(doc.data):
        why, hint = _why(doc, loc, value, notes)
        if why:
            line, col = doc.locate(loc)
            message = f"placeholder: `{dotted(loc)}` {why}"
            problems.append(SchemeError(doc.path, line, col, message, hint, Level.WARNING, CODE))
    return problems
