"""The README's "Add schemebook to your MkDocs site", followed as a new user would: this package,
installed with the hashed pins in a fresh virtualenv, builds a host site from the README's own settings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, REPO
from tests.engine import ENV

SECTION = "## Add schemebook to your MkDocs site"


def readme_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    return text[start : text.index("\n## ", start + len(SECTION))]


def run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=ENV, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.slow
def test_a_host_site_builds_from_the_installed_package(tmp_path: Path) -> None:
    section = readme_section()
    assert "pip install --require-hashes -r schemebook/requirements.lock" in section
    assert "pip install --no-deps --no-build-isolation ./schemebook" in section
    [settings] = re.findall(r"```yaml\n(.*?)```", section, flags=re.S)
    source = tmp_path / "source"
    shutil.copytree(REPO / "plugins", source / "plugins", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, source / name)
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    run([python, "-m", "pip", "install", "-q", "--require-hashes", "-r", str(REPO / "requirements.lock")])
    run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", str(source)])
    run([python, "-m", "pip", "check"])
    licence = run([python, "-c", "from importlib.metadata import files; print(*files('schemebook'))"]).stdout
    assert "LICENSE" in licence, "the installed package carries the licence text"
    where = run([python, "-c", "import schemebook; print(schemebook.__file__)"]).stdout
    assert Path(where.strip()).is_relative_to(venv)

    host = tmp_path / "host"
    (host / "docs").mkdir(parents=True)
    (host / "docs" / "index.md").write_text("# Our schemes\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    (host / "schemes").mkdir()
    (host / "schemes" / "test-scheme.yml").write_text(MINIMAL, encoding="utf-8")
    (host / "mkdocs.yml").write_text(settings, encoding="utf-8")
    result = run([python, "-m", "mkdocs", "build", "--strict"], cwd=host)
    assert f"The site is in {host / 'site'}" in result.stderr
    site = host / "site"
    page = (site / "schemes" / "test-scheme" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB"' in page, "the README's example declares the pages' language"
    assert "Test scheme" in page and 'href="schemes/test-scheme/"' in (site / "index.html").read_text("utf-8")
    assert "University of Testing" in (site / "privacy" / "index.html").read_text(encoding="utf-8")
    assert (site / "assets" / "schemebook" / "signup.js").is_file()
    # Every stylesheet the package ships reaches the host's pages without copying files.
    assets = Path(where.strip()).parent / "assets"
    for sheet in assets.glob("*.css"):
        assert sheet.name in page, sheet.name
