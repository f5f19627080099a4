"""Publishing a build whole or not at all: one build at a time, written beside the old site, swapped in at the end."""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

LOCK_WAIT = 600.0
"""Seconds a build waits for another build of the same site before it gives up."""
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


class PublishError(Exception):
    """The site folder cannot be locked, written or replaced; the message says which folder and what to do."""


@dataclass
class Target:
    """Where a build publishes: the folder readers are served from, and the hidden folder it is built in first."""

    site: Path
    """The real folder (a symlinked `site/` is followed to it)."""
    staging: Path
    in_place: bool
    """True for a mount point, which cannot be renamed: the new files are copied into it instead."""


def staging_for(site_dir: Path) -> Path:
    """The hidden sibling folder a build writes into before it replaces `site_dir`."""
    return site_dir.with_name(f".{site_dir.name}.building")


def previous_for(site_dir: Path) -> Path:
    """Where the old site waits while the new one is moved in, on systems without an atomic exchange."""
    return site_dir.with_name(f".{site_dir.name}.previous")


def discard(folder: Path) -> None:
    """Remove a staging folder left by this or an earlier, interrupted build."""
    shutil.rmtree(folder, ignore_errors=True)


def target_for(site_dir: Path) -> Target:
    """The folder to publish into and where to stage; leftovers of an interrupted build are cleaned first."""
    real = site_dir.resolve() if site_dir.is_symlink() else site_dir.absolute()
    in_place = real.is_dir() and os.path.ismount(real)
    staging = staging_for(site_dir.absolute() if in_place else real)
    previous = previous_for(real)
    if previous.is_dir() and not real.exists():
        previous.rename(real)  # an earlier build stopped between its two renames: the old site comes back
    discard(previous)
    discard(staging)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as exc:
        if not real.is_dir():
            hint = "choose a folder you can write with `site_dir` or `-d`, or create it first"
            raise PublishError(f"cannot create the site folder {real}: {exc.strerror or exc}; {hint}") from None
        # The folder holding the site cannot be written: build elsewhere and copy the new files into the site.
        return Target(real, Path(tempfile.mkdtemp(prefix=f"{real.name}.building-")), in_place=True)
    return Target(real, staging, in_place)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    rename = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if rename is None:
        return False
    return rename(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0


def _copy_into(staging: Path, site: Path) -> None:
    """Make `site` hold exactly the files of `staging`, each file replaced whole, stale ones removed last."""
    for source in sorted(staging.rglob("*")):
        dest = site / source.relative_to(staging)
        if source.is_dir():
            dest.mkdir(exist_ok=True)
            continue
        part = dest.with_name(f".{dest.name}.part")
        shutil.copy2(source, part)
        os.replace(part, dest)
    for old in sorted(site.rglob("*"), reverse=True):
        if not (staging / old.relative_to(site)).exists():
            shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    discard(staging)


def swap_in(target: Target) -> None:
    """Replace the site by the staged build; readers always find a whole site, old or new."""
    try:
        if target.in_place:
            _copy_into(target.staging, target.site)
        elif not target.site.exists():
            target.staging.rename(target.site)
        elif _exchange(target.staging, target.site):
            discard(target.staging)  # it now holds the old site
        else:
            previous = previous_for(target.site)
            target.site.rename(previous)
            target.staging.rename(target.site)
            discard(previous)
    except OSError as exc:
        raise PublishError(f"cannot replace the site folder {target.site}: {exc.strerror}") from None


class BuildLock:
    """One build of a site at a time: a lock file beside it; a second build waits, then stops with a message."""

    def __init__(self, site_dir: Path) -> None:
        self.path = site_dir.absolute().with_name(f".{site_dir.name}.lock")
        self.handle: IO[str] | None = None

    def acquire(self, wait: float = LOCK_WAIT, on_wait: Callable[[], None] | None = None) -> None:
        """Take the lock, waiting up to `wait` seconds for another build; `on_wait()` is called once if it waits."""
        try:
            self.handle = self.path.open("w")
        except OSError:
            # The folder holding the site cannot be written: the lock lives in the temporary folder instead.
            name = hashlib.sha256(str(self.path).encode()).hexdigest()[:16]
            self.path = Path(tempfile.gettempdir()) / f"schemebook-{name}.lock"
            self.handle = self.path.open("w")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    hint = "wait for it to finish, or stop it, then build again"
                    raise PublishError(f"another build of {self.path.parent} is still running; {hint}") from None
                if on_wait is not None:
                    on_wait()
                    on_wait = None
                time.sleep(0.2)

    def release(self) -> None:
        """Let the next build go ahead."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class WarningCount(logging.Handler):
    """Counts warnings logged during a build, so a strict build that will fail is not published."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count one warning or error."""
        self.count += 1
