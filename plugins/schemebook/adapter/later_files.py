"""Generated files whose content a second process is still making (`render/ahead.py`), read when MkDocs needs it."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from schemebook.render import Output
from schemebook.render.ahead import Ahead, AheadError


class LaterFile(File):
    """A file whose content is handed over by the second process the first time MkDocs reads it."""

    _ahead: Ahead
    _index: int
    _made: str | bytes | None = None

    @property  # type: ignore[override]
    def _content(self) -> str | bytes:
        if self._made is None:
            try:
                self._made = self._ahead.content(self._index)
            except AheadError as exc:
                raise PluginError(str(exc)) from None
        return self._made

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._made = value


def generated_file(config: MkDocsConfig, output: Output, ahead: Ahead | None, index: int | None) -> File:
    """The MkDocs file of an output: read from the second process when it is making it, else as it is."""
    inclusion = InclusionLevel.UNDEFINED if output.in_nav else InclusionLevel.NOT_IN_NAV
    if ahead is None or index is None:
        file = File.generated(config, output.uri, content=output.content, inclusion=inclusion)
    else:
        file = LaterFile.generated(config, output.uri, content="", inclusion=inclusion)
        file._made, file._ahead, file._index = None, ahead, index
    if output.source:
        file.edit_uri = f"../{output.source}"
    return file
