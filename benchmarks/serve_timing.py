"""Preview latency: a real `mkdocs serve --dirty` (`make serve`), a scheme file saved, and the seconds until the
changed page is served."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

START = 3600.0
"""Longest wait, in seconds, for the first build of a large site under `mkdocs serve`."""
POLL = 0.05


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=START) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return ""


def _wait_for(url: str, text: str, limit: float) -> float:
    """Seconds until the page at `url` holds `text`."""
    started = time.perf_counter()
    while text not in _page(url):
        if time.perf_counter() - started > limit:
            raise SystemExit(f"gave up waiting {limit:.0f} s for {text!r} at {url}")
        time.sleep(POLL)
    return time.perf_counter() - started


def preview_latency(folder: Path, scheme: str, page: str, saves: int, env: Mapping[str, str]) -> list[float]:
    """Seconds from each save of `scheme` (its summary changed) to `page` showing the change over HTTP."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{page}"
    path = folder / scheme
    original = path.read_text(encoding="utf-8")
    if "summary: Staff from" not in original:
        raise SystemExit(f"{path} has no `summary: Staff from` line to edit")
    with (folder / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=folder,
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(url, "<html", START)
        seconds = []
        for save in range(saves):
            marker = f"Edited {save} times"
            started = time.perf_counter()
            path.write_text(original.replace("summary: Staff from", f"summary: {marker}. Staff from"), "utf-8")
            _wait_for(url, marker, START)
            seconds.append(time.perf_counter() - started)
            time.sleep(1.0)  # let the server settle before the next save
        return seconds
    finally:
        path.write_text(original, encoding="utf-8")
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
