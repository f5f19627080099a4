"""Control characters refused wherever a scheme or data file holds them, however the file spells them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, Loc

_ALLOWED = {"\n", "\t"}
# Characters that reorder the text around them (the "Trojan Source" kind), refused with the controls.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def control_characters(text: str) -> str | None:
    """The first control character in `text`, named as U+XXXX, or None."""
    for char in text:
        if char in _BIDI or (unicodedata.category(char) == "Cc" and char not in _ALLOWED):
            return f"U+{ord(char):04X}"
    return None


def _strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str, bool]]:
    if isinstance(data, str):
        yield loc, data, False
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str):
                yield (*loc, key), key, True
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*loc, index))


def found(doc: Document) -> list[SchemeError]:
    """Each value or key of the file that holds a control character, located."""
    problems = []
    for loc, text, is_key in _strings(doc.data):
        if name := control_characters(text):
            hint = "remove it (escapes such as \\x1b or \\0 count too); write plain text"
            problems.append(doc.error(loc, f"a control character ({name}) is not allowed", hint, key=is_key))
    return problems
