"""Markdown fields checked as the page will show them: what the sanitiser would remove is refused where it stands."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from schemebook.model.types import MarkdownText
from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.sanitise import refusals


def markdown_fields(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, MarkdownText]]:
    """Every Markdown field of a validated model, with where it stands in the file."""
    if isinstance(value, MarkdownText):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from markdown_fields(getattr(value, name), (*loc, name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from markdown_fields(item, (*loc, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from markdown_fields(item, (*loc, index))


def link_problems(doc: Document, model: BaseModel) -> list[SchemeError]:
    """Each link, image or element in a Markdown field that the published page could not keep."""
    return [doc.error(loc, message, hint) for loc, text in markdown_fields(model) for message, hint in refusals(text)]


def settings_refusals(settings: BaseModel) -> list[str]:
    """What the sanitiser would remove from the Markdown settings in mkdocs.yml, by setting."""
    found = []
    for loc, text in markdown_fields(settings):
        name = ".".join(str(part) for part in loc)
        found += [f"`{name}`: {message}; {hint}" for message, hint in refusals(text)]
    return found
