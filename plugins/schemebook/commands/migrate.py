"""Rewrite old fields of a scheme file in place, line by line, keeping its comments and layout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, load_file
from schemebook.read.old_fields import MODES, old_fields, value_at


@dataclass(frozen=True)
class Rewrite:
    """One field rewritten: where, and what it was and is now."""

    line: int
    before: str
    after: str


def migrate_text(doc: Document) -> tuple[str, list[Rewrite]]:
    """The file's text with each old field rewritten on its own line, and the rewrites made."""
    lines = doc.text.splitlines(keepends=True)
    rewrites = []
    for loc in old_fields(doc):
        if (*loc[:-1], "modes") in doc.keys:
            continue  # both given: the check reports it; do not guess which is meant
        line, col = doc.locate(loc, key=True)
        value_line, value_col = doc.locate(loc)
        text = lines[line - 1]
        old = str(value_at(doc, loc))
        end = text.find(old, value_col - 1) + len(old)
        if value_line != line or end < len(old):
            continue
        if text[end : end + 1] in "\"'" and text[end : end + 1]:
            end += 1
        new = f"modes: {MODES[old]}"
        lines[line - 1] = text[: col - 1] + new + text[end:]
        rewrites.append(Rewrite(line, text[col - 1 : end], new))
    return "".join(lines), rewrites


def migrate_file(path: Path, display: str) -> tuple[list[Rewrite], list[SchemeError]]:
    """Rewrite `path` in place; nothing is written when it cannot be read."""
    doc, problems = load_file(path, display)
    if doc is None:
        return [], problems
    text, rewrites = migrate_text(doc)
    if rewrites:
        path.write_text(text, encoding="utf-8")
    return rewrites, []
