"""A failed build leaves the last good site whole, byte for byte; two builds of the same input are identical."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, REPO
from tests.engine import ENGINE, run_build

EPOCH = {"SOURCE_DATE_EPOCH": "1893456000"}


def mkdocs(config: Path, *args: str, engine: str = ENGINE) -> subprocess.CompletedProcess[str]:
    # Not -q: quiet mode hides warnings from MkDocs' strict counter as well as from the screen.
    return run_build(config, *args, engine=engine, env=EPOCH)


def checksums(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def published(small_site: Path) -> tuple[Path, dict[str, str]]:
    result = mkdocs(small_site)
    assert result.returncode == 0, result.stderr
    site = small_site.parent / "site"
    return site, checksums(site)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".site"))


def test_bad_scheme_keeps_the_site(small_site: Path, published: tuple[Path, dict[str, str]]) -> None:
    site, before = published
    (small_site.parent / "schemes" / "test-scheme.yml").write_text(
        MINIMAL.replace("title:", "titel:"), encoding="utf-8"
    )
    result = mkdocs(small_site)
    assert result.returncode == 1 and "unknown field `titel`" in result.stderr
    assert checksums(site) == before and leftovers(small_site.parent) == []


def test_template_error_keeps_the_site_and_names_the_template(
    small_site: Path, published: tuple[Path, dict[str, str]]
) -> None:
    site, before = published
    overrides = small_site.parent / "overrides" / "schemebook"
    overrides.mkdir(parents=True)
    (overrides / "timeline.md.j2").write_text("# Timeline\n\n{{ no_such_value }}\n", encoding="utf-8")
    result = mkdocs(small_site)
    assert result.returncode == 1
    assert "'no_such_value' is undefined" in result.stderr
    assert "Traceback" not in result.stderr and "overrides/schemebook/timeline.md.j2:3" in result.stderr
    assert checksums(site) == before and leftovers(small_site.parent) == []


def test_strict_build_with_warnings_keeps_the_site(small_site: Path, published: tuple[Path, dict[str, str]]) -> None:
    site, before = published
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(MINIMAL.replace("forms.office.com/r/TEST", "forms.example.org/apply"), encoding="utf-8")
    result = mkdocs(small_site, "--strict")
    assert result.returncode == 1 and "not a known form provider" in result.stderr
    assert checksums(site) == before and leftovers(small_site.parent) == []


def test_good_build_replaces_the_site(small_site: Path, published: tuple[Path, dict[str, str]]) -> None:
    site, before = published
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(MINIMAL.replace("title: Test scheme", "title: Renamed scheme"), encoding="utf-8")
    assert mkdocs(small_site).returncode == 0
    after = checksums(site)
    assert after != before and "Renamed scheme" in (site / "schemes/test-scheme/index.html").read_text(encoding="utf-8")
    assert leftovers(small_site.parent) == []


def test_example_site_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for target in (first, second):
        result = mkdocs(REPO / "mkdocs.yml", "--strict", "-d", str(target))
        assert result.returncode == 0, result.stderr
    one, two = checksums(first), checksums(second)
    assert len(one) > 100
    assert one == two, sorted(k for k in one.keys() | two.keys() if one.get(k) != two.get(k))


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A folder in which no entry can be made or removed, not even by root (the immutable attribute)."""
    folder = tmp_path / "www"
    folder.mkdir()
    (folder / "site").mkdir()
    (folder / "site" / "old.html").write_text("old", encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False).returncode != 0:
        pytest.skip("this file system cannot lock a folder")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_site_folder_whose_parent_is_locked_is_still_replaced(small_site: Path, locked: Path) -> None:
    result = mkdocs(small_site, "-d", str(locked / "site"))
    assert result.returncode == 0, result.stderr
    assert f"The site is in {locked / 'site'}" in result.stderr
    assert (locked / "site" / "schemes" / "test-scheme" / "index.html").is_file()
    assert not (locked / "site" / "old.html").exists() and sorted(p.name for p in locked.iterdir()) == ["site"]


def test_a_site_folder_that_cannot_be_made_is_a_clear_error(small_site: Path, locked: Path) -> None:
    result = mkdocs(small_site, "-d", str(locked / "new-site"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"schemebook: cannot create the site folder {locked / 'new-site'}" in result.stderr
