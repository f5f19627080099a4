"""The site engine the build tests run under: MkDocs, or ProperDocs with SCHEMEBOOK_ENGINE=properdocs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENGINE = os.environ.get("SCHEMEBOOK_ENGINE", "mkdocs")
# The tests read the build's messages; Material's end-of-life notice is stated in the README instead.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def engine_command(*args: str, engine: str = ENGINE) -> list[str]:
    """The engine's command line, run by this Python."""
    return [sys.executable, "-m", engine, *args]


def run_build(config: Path, *args: str, engine: str = ENGINE, env: dict | None = None) -> subprocess.CompletedProcess:
    """`<engine> build -f config ...` in a new process; its output is captured as text."""
    command = engine_command("build", "-f", str(config), *args, engine=engine)
    return subprocess.run(command, capture_output=True, text=True, env={**ENV, **(env or {})}, check=False)
