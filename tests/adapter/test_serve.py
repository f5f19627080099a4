"""Live preview: a real `mkdocs serve` shows edits without a restart and survives a broken scheme file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

WAIT = 30.0
"""Longest wait, in seconds, for the server to start or a change to show; a bound, not a measurement."""
NOTICE = "This preview is out of date"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=WAIT) as response:
        return response.read().decode("utf-8")


def _until(check: Callable[[], bool], what: str) -> None:
    """Poll `check` until it holds, failing after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:  # not up yet, or still rebuilding
            pass
        time.sleep(0.2)
    pytest.fail(f"gave up after {WAIT:.0f} s waiting for {what}")


class Server:
    """A `mkdocs serve` subprocess on a free port, its log kept in a file."""

    def __init__(self, config: Path, *, dirty: bool = False) -> None:
        self.base = f"http://127.0.0.1:{_free_port()}/"
        self.log_path = config.parent / "serve.log"
        address = self.base.removeprefix("http://").rstrip("/")
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "-a", address, "-f", str(config), *["--dirty"] * dirty],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )

    def page(self, path: str) -> str:
        """The page at `path` as the server sends it now."""
        return _fetch(self.base + path)

    @property
    def log(self) -> str:
        """Everything the server has printed so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """End the server process (only this one)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def site_with_overrides(small_site: Path) -> Path:
    """The small site with a Material `custom_dir` holding an (empty) folder of template overrides."""
    (small_site.parent / "overrides" / "schemebook").mkdir(parents=True)
    config = small_site.read_text(encoding="utf-8")
    small_site.write_text(config.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"), "utf-8")
    return small_site


@pytest.fixture(params=["plain", "dirty"])
def serve(site_with_overrides: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    """A running preview of the small site, as `mkdocs serve` and as `mkdocs serve --dirty`; always stopped."""
    server = Server(site_with_overrides, dirty=request.param == "dirty")
    try:
        _until(lambda: "Test scheme" in server.page("schemes/test-scheme/"), "the first build")
        yield server
    finally:
        server.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_edit_break_and_fix_a_scheme_without_restart(serve: Server, small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    overview = "schemes/test-scheme/"

    _edit(scheme, "title: Test scheme", "title: Edited scheme")
    _until(lambda: "Edited scheme" in serve.page(overview), "the edited title")

    _edit(scheme, "summary:", "sumary:")
    _until(lambda: "unknown field `sumary`" in serve.log, "the error in the server's output")
    assert "schemes/test-scheme.yml:2:1: error: unknown field `sumary`\n    did you mean `summary`?" in serve.log
    assert serve.process.poll() is None, "the server stopped"
    stale = serve.page(overview)
    assert "Edited scheme" in stale and NOTICE in stale
    assert "unknown field `sumary`" in stale

    _edit(scheme, "sumary:", "summary:")
    _edit(scheme, "title: Edited scheme", "title: Fixed scheme")
    _until(lambda: "Fixed scheme" in serve.page(overview), "the fixed file to show")
    assert NOTICE not in serve.page(overview)
    assert "Traceback" not in serve.log and "A 'dirty' build is being performed" not in serve.log


def test_template_override_shows_without_restart(serve: Server, small_site: Path) -> None:
    overrides = small_site.parent / "overrides" / "schemebook"
    (overrides / "overview.md.j2").write_text("# {{ s.model.title | plain }}\n\nOverridden overview.\n", "utf-8")
    _until(lambda: "Overridden overview." in serve.page("schemes/test-scheme/"), "the overriding template")
    (overrides / "overview.md.j2").write_text("# {{ s.model.title | plain }}\n\nEdited override.\n", "utf-8")
    _until(lambda: "Edited override." in serve.page("schemes/test-scheme/"), "the edited template")


def test_preview_starts_even_when_a_file_is_already_broken(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    _edit(scheme, "title: Test scheme", "titel: Test scheme")
    server = Server(small_site)
    try:
        _until(lambda: NOTICE in server.page(""), "the home page with the errors")
        assert "unknown field `titel`" in server.page("")
        _edit(scheme, "titel: Test scheme", "title: Test scheme")
        _until(lambda: "Test scheme" in server.page("schemes/test-scheme/"), "the scheme once fixed")
        assert NOTICE not in server.page("")
    finally:
        server.stop()
