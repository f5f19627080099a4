"""The benchmark's plain baseline draws the same HTML as the plugin, so its ratio compares like with like."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate
from run import BUILD, ENV, baseline


def pages(site: Path) -> dict[str, bytes]:
    """Every HTML page of a built site by its path."""
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*.html"))}


def test_plain_mkdocs_with_the_same_navigation_writes_the_same_pages(tmp_path: Path) -> None:
    folder, plain = tmp_path / "schemebook", tmp_path / "plain"
    generate(folder, 3, (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(REPO / "overrides", folder / "overrides")
    count = baseline(folder, plain)
    for project in (folder, plain):
        subprocess.run([sys.executable, "-m", *BUILD], cwd=project, env=ENV, check=True, capture_output=True)
    ours, theirs = pages(folder / "site"), pages(plain / "site")
    assert len(ours) == count + 1  # and 404.html
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []
