"""Publishing a build whole or not at all: the new site is written beside the old and swapped in at the end."""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path


def discard(folder: Path) -> None:
    """Remove a staging folder left by this or an earlier, interrupted build."""
    shutil.rmtree(folder, ignore_errors=True)


class StagingError(Exception):
    """The published site's folder can be neither written beside nor created."""


@dataclass(frozen=True)
class Staging:
    """Where a build writes before it replaces `target`: a hidden sibling folder, or, when the folder holding
    `target` cannot be written, a temporary folder whose contents replace the target's at the end."""

    target: Path
    folder: Path

    @property
    def beside(self) -> bool:
        """Whether the staging folder is a sibling of the target, so the swap is two renames."""
        return self.folder.parent == self.target.parent

    @classmethod
    def make(cls, target: Path) -> Staging:
        """Staging for `target`; an unwritable parent falls back to a temporary folder if `target` exists."""
        sibling = target.with_name(f".{target.name}.building")
        discard(sibling)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            sibling.mkdir()
        except OSError as exc:
            if not target.is_dir():
                raise StagingError(
                    f"cannot create the site folder {target}: {exc.strerror or exc}; choose a folder you can "
                    "write with `site_dir` or `-d`, or create it first"
                ) from None
            return cls(target, Path(tempfile.mkdtemp(prefix=f"{target.name}.building-")))
        return cls(target, sibling)

    def publish(self) -> None:
        """Replace the target by the new site; the old site stays in place until the new one is complete."""
        if self.beside:
            old = self.target.with_name(f".{self.target.name}.previous")
            discard(old)
            if self.target.exists():
                self.target.rename(old)
            self.folder.rename(self.target)
            discard(old)
            return
        for entry in list(self.target.iterdir()):
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        for entry in list(self.folder.iterdir()):
            shutil.move(str(entry), str(self.target / entry.name))
        discard(self.folder)

    def discard(self) -> None:
        """Remove the unfinished build."""
        discard(self.folder)


class WarningCount(logging.Handler):
    """Counts warnings logged during a build, so a strict build that will fail is not published."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count one warning or error."""
        self.count += 1
