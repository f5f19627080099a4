"""A Python-Markdown extension that keeps rendered, sanitised scheme fields exactly as they are inside a page."""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from schemebook.sanitise import CLOSE, OPEN

_FIELD = re.compile(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE))


class _KeepFields(Preprocessor):
    """Stores each field's HTML in the page's raw-HTML stash, so list items, tables and admonitions hold it whole."""

    def run(self, lines: list[str]) -> list[str]:
        """Every marked field replaced by its stash placeholder."""
        return [_FIELD.sub(lambda m: self.md.htmlStash.store(m[1]), line) if OPEN in line else line for line in lines]


class FieldsExtension(Extension):
    """Registers the preprocessor ahead of Markdown's own raw-HTML handling."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Add the preprocessor."""
        md.preprocessors.register(_KeepFields(md), "schemebook_fields", 25)
