"""What differs between the site engines schemebook runs under (MkDocs 1.6 and its fork ProperDocs)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Protocol

LOGGERS = ("mkdocs", "properdocs")
"""The engines' top loggers: a strict build counts warnings from both, whichever engine is running."""


class _Config(Protocol):
    config_file_path: str | None


def listen(handler: logging.Handler) -> None:
    """Attach `handler` to every engine's logger."""
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)


def stop_listening(handler: logging.Handler) -> None:
    """Detach `handler` from every engine's logger."""
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)


def settings_file(config: _Config) -> str:
    """The settings file the build was given, as messages name it (relative to the working folder if inside it)."""
    if not config.config_file_path:
        return "mkdocs.yml"
    path = Path(config.config_file_path).resolve()
    return os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path)
