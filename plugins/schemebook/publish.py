"""Publishing a build whole or not at all: the new site is written beside the old and swapped in at the end."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path


def staging_for(site_dir: Path) -> Path:
    """The hidden sibling folder a build writes into before it replaces `site_dir`."""
    return site_dir.with_name(f".{site_dir.name}.building")


def discard(folder: Path) -> None:
    """Remove a staging folder left by this or an earlier, interrupted build."""
    shutil.rmtree(folder, ignore_errors=True)


def swap_in(staging: Path, site_dir: Path) -> None:
    """Replace `site_dir` by `staging`; the old site stays in place until the new one is complete."""
    old = site_dir.with_name(f".{site_dir.name}.previous")
    discard(old)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    discard(old)


class WarningCount(logging.Handler):
    """Counts warnings logged during a build, so a strict build that will fail is not published."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count one warning or error."""
        self.count += 1
