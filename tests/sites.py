"""Builds of real sites shared by tests: the example site at a chosen "now", served on loopback."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

REPO = Path(__file__).resolve().parent.parent


def build_at(config_file: Path, site_dir: Path, now: datetime) -> Path:
    """Build a site with SOURCE_DATE_EPOCH set to `now`; returns the site folder."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(now.timestamp()))
    try:
        build(load_config(str(config_file), site_dir=str(site_dir)))
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    return site_dir


def example_at(factory: pytest.TempPathFactory, now: datetime) -> Path:
    """The example site built at `now`, once for the whole run: every test process shares it, and tests only read it.

    The example site is the costliest thing the suite builds, and most tests read it as of one of a few dates.
    """
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # each worker's folder sits in the run's own
        root = root.parent
    folder = root / f"example-at-{int(now.timestamp())}"
    with (root / f"{folder.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = root / f"{folder.name}.built"
        if not built.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            build_at(REPO / "mkdocs.yml", folder, now)
            built.touch()
    return folder


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".ics": "text/calendar",
        ".js": "text/javascript",
    }

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve `folder` over HTTP on 127.0.0.1 while the block runs; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


SIGN_UP_SCHEME = """\
title: Sign-up test scheme
summary: A scheme whose applications are open from 13 January to 5pm on 3 February 2020.
organisation:
  name: Test University
roles:
  - id: mentor
    name: Reverse mentor
  - id: mentee
    name: Reverse mentee
cohorts:
  - id: "2020"
    start: 2020-03
    length: 6 months
    sign_up:
      opens: 2020-01-13
      deadline: 2020-02-03 17:00
      roles:
        mentor: {form: "https://forms.office.com/r/TEST-mentor"}
        mentee: {form: "https://forms.office.com/r/TEST-mentee"}
      contact: lucy
contacts:
  - id: lucy
    name: Lucy Williams
    email: lucy.williams@university.test
"""
SIGN_UP_PAGE = "schemes/sign-up-test/sign-up/"


def sign_up_project(root: Path) -> Path:
    """The example site's settings, pages and theme with one scheme of its own (not an example's), which has form
    links for both roles; returns its mkdocs.yml."""
    for folder in ("content", "overrides"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "schemes").mkdir()
    (root / "schemes" / "sign-up-test.yml").write_text(SIGN_UP_SCHEME, encoding="utf-8")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root / "mkdocs.yml"
