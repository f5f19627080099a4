"""A failed build leaves the last good site whole, byte for byte; two builds of the same input are identical."""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

import pytest

from schemebook.adapter.publish import BuildLock, PublishError, Target, swap_in, target_for
from tests.conftest import MINIMAL, REPO
from tests.engine import ENGINE, ENV, engine_command, run_build

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
    # The lock file stays: removing it while another build waits on it would let a third build in beside.
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".site") and p.name != ".site.lock")


def test_what_a_build_leaves_beside_the_project_is_in_the_readmes_gitignore_lines(
    small_site: Path, published: tuple[Path, dict[str, str]]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [lines] = re.findall(r"```gitignore\n(.*?)```", readme, flags=re.S)
    patterns = [line.strip().rstrip("/") for line in lines.split("\n") if line.strip()]
    left = sorted(p.name for p in small_site.parent.iterdir() if p.name not in ("content", "schemes", "mkdocs.yml"))
    assert left == [".site.lock", "site"]
    assert all(any(fnmatch(name, pattern) for pattern in patterns) for name in left), (left, patterns)


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


def test_two_builds_at_once_leave_one_whole_site(small_site: Path) -> None:
    single = mkdocs(small_site)
    assert single.returncode == 0, single.stderr
    expected = checksums(small_site.parent / "site")
    command = engine_command("build", "-f", str(small_site))
    env = {**ENV, **EPOCH}
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert checksums(small_site.parent / "site") == expected and leftovers(small_site.parent) == []


def test_a_second_build_waits_then_stops_clearly(tmp_path: Path) -> None:
    first, second = BuildLock(tmp_path / "site"), BuildLock(tmp_path / "site")
    first.acquire()
    waited: list[bool] = []
    with pytest.raises(PublishError, match=r"another build of .* is still running"):
        second.acquire(wait=0.5, on_wait=lambda: waited.append(True))
    assert waited == [True]
    first.release()
    second.acquire(wait=0)
    second.release()


def test_an_interrupted_swap_gets_the_old_site_back(tmp_path: Path) -> None:
    (tmp_path / ".site.previous").mkdir()
    (tmp_path / ".site.previous" / "index.html").write_text("old", encoding="utf-8")
    (tmp_path / ".site.building").mkdir()
    (tmp_path / ".site.building" / "half.html").write_text("half", encoding="utf-8")
    target = target_for(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "old"
    assert list(target.staging.iterdir()) == [] and not (tmp_path / ".site.previous").exists()


def write_build(target: Target, files: dict[str, str]) -> None:
    for name, text in files.items():
        (target.staging / name).parent.mkdir(parents=True, exist_ok=True)
        (target.staging / name).write_text(text, encoding="utf-8")


def test_a_symlinked_site_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "srv" / "www"
    real.mkdir(parents=True)
    (real / "old.html").write_text("old", encoding="utf-8")
    (tmp_path / "site").symlink_to(real)
    target = target_for(tmp_path / "site")
    write_build(target, {"index.html": "new"})
    swap_in(target)
    assert (tmp_path / "site").is_symlink() and (tmp_path / "site").resolve() == real.resolve()
    assert sorted(p.name for p in real.iterdir()) == ["index.html"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["www"]


def test_a_site_that_cannot_be_renamed_is_updated_file_by_file(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "gone").mkdir(parents=True)
    (site / "gone" / "stale.html").write_text("stale", encoding="utf-8")
    (site / "index.html").write_text("old", encoding="utf-8")
    target = Target(site, tmp_path / ".site.building", in_place=True)
    target.staging.mkdir()
    write_build(target, {"index.html": "new", "a/b.html": "b"})
    swap_in(target)
    assert checksums(site) == checksums_of({"index.html": "new", "a/b.html": "b"}, tmp_path / "expected")
    assert not target.staging.exists()


def checksums_of(files: dict[str, str], folder: Path) -> dict[str, str]:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return checksums(folder)


def test_an_unwritable_site_folder_is_a_located_error(small_site: Path) -> None:
    blocker = small_site.parent / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = mkdocs(small_site, "-d", str(blocker / "site"))
    assert result.returncode == 1
    assert "schemebook: cannot create the site folder" in result.stderr and "Traceback" not in result.stderr
