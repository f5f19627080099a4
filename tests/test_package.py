"""Package hygiene: one version in pyproject.toml, a licence, a changelog, and installs pinned by hash."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = ("requirements.lock", "requirements-test.lock")


def pins(name: str) -> dict[str, list[str]]:
    """Each package of a lock with the lines that pin it (one per Python-version fork)."""
    found: dict[str, list[str]] = {}
    for entry in re.split(r"\n(?=\S)", (REPO / name).read_text(encoding="utf-8")):
        if entry and not entry.startswith("#"):
            found.setdefault(re.split(r"[=; ]", entry, maxsplit=1)[0].lower(), []).append(entry)
    return found


def test_the_version_is_set_once_and_the_changelog_leads_with_it() -> None:
    number = PYPROJECT["project"]["version"]
    assert version("schemebook") == number, "reinstall: the installed metadata is older than pyproject.toml"
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.findall(r"^## \[([^\]]+)\]", changelog, flags=re.M)[0] == number
    assert not list((REPO / "plugins").rglob("__version__*"))


def test_the_licence_is_mit_with_its_holder() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["license"] == "MIT" and text.startswith("MIT License")
    assert "Copyright (c) 2026 The schemebook authors" in text


def test_every_pinned_package_carries_its_hashes() -> None:
    for name in LOCKS:
        for package, entries in pins(name).items():
            for entry in entries:
                assert "==" in entry.split("\n")[0] and "--hash=sha256:" in entry, f"{name}: {package}"


def test_the_build_backend_is_pinned_and_locked_at_the_same_version() -> None:
    [backend] = PYPROJECT["build-system"]["requires"]
    assert re.fullmatch(r"setuptools==[\d.]+", backend)
    for name in LOCKS:
        [entry] = pins(name)["setuptools"]
        assert entry.startswith(backend + " "), name


def test_the_test_lock_keeps_the_site_locks_versions() -> None:
    site, test = pins("requirements.lock"), pins("requirements-test.lock")
    for package, entries in site.items():
        assert [e.split(" \\")[0] for e in test[package]] == [e.split(" \\")[0] for e in entries], package


def test_installs_require_hashes() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert makefile.count("pip install --quiet --require-hashes -r $(") == 2
    assert "pip install --quiet --no-deps --no-build-isolation -e ." in makefile
    assert "constraints.txt" not in makefile
