"""Unquoted values YAML reads as numbers or true/false, kept as written where the scheme expects text."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.read.validation import dotted, type_at

CODE = "number-as-text"


def keep_text(doc: Document, model: type[BaseModel]) -> list[SchemeError]:
    """Put back the written text of every number or true/false in a text field of `doc`, before validation.

    A number whose written form it would not keep (`02075946708`, `+447700900123`, `1.50`) gets a warning.
    """
    warnings = []
    for loc, written in doc.plain.items():
        if type_at(model, loc) is not str:
            continue
        parent, last = _parent(doc.data, loc)
        read = parent[last]
        parent[last] = written
        if not isinstance(read, bool) and str(read) != written:
            warnings.append(_warning(doc, loc, written, read))
    return warnings


def cut_by_comments(doc: Document) -> list[SchemeError]:
    """A warning for each unquoted text value that YAML cut short at a `#` it read as the start of a comment."""
    warnings = []
    for loc, comment in doc.cut.items():
        line, col = doc.locate(loc)
        message = f"`{dotted(loc)}`: YAML reads `{comment[:40]}` as a comment and keeps only the text before it"
        hint = "put the whole value in quotes to keep the `#` and what follows it"
        warnings.append(SchemeError(doc.path, line, col, message, hint, Level.WARNING))
    return warnings


def _parent(data: Any, loc: Loc) -> tuple[Any, str | int]:
    for part in loc[:-1]:
        data = data[part]
    return data, loc[-1]


def _warning(doc: Document, loc: Loc, written: str, read: float) -> SchemeError:
    line, col = doc.locate(loc)
    message = f"`{dotted(loc)}`: YAML reads `{written}` as the number {read}; it is kept as text, as written"
    line_start = "- " if isinstance(loc[-1], int) else f"{loc[-1]}: "
    hint = f'put it in quotes, so that every tool reads it as text: `{line_start}"{written}"`'
    return SchemeError(doc.path, line, col, message, hint, Level.WARNING, CODE)
