"""A dirty preview writes only what a save changed, and its folder equals a full build after every kind of edit."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.adapter.previews import Preview, tree
from tests.conftest import REPO

KEPT = ("nottingham-stemm-change", "bristol-reciprocal", "cs-lgbt-mentoring", "wiltshire-reverse-mentoring")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example site with four of its schemes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")
    root = tmp_path / "project"
    for folder in ("content", "overrides"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "schemes").mkdir()
    for slug in KEPT:
        shutil.copy(REPO / "schemes" / f"{slug}.yml", root / "schemes" / f"{slug}.yml")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edits(schemes: Path) -> list[tuple[str, Callable[[], object]]]:
    """Every kind of save a coordinator makes, in order; each leaves the folder as the next expects."""
    saved = (schemes / "wiltshire-reverse-mentoring.yml").read_text(encoding="utf-8")
    broken = schemes / "bristol-reciprocal.yml"
    good = broken.read_text(encoding="utf-8")
    return [
        ("a summary", lambda: _replace(schemes / "cs-lgbt-mentoring.yml", "summary: ", "summary: Edited. ")),
        ("a date", lambda: _replace(schemes / "cs-lgbt-mentoring.yml", "until: 2022-06-24", "until: 2022-06-23")),
        ("a title", lambda: _replace(schemes / "nottingham-stemm-change.yml", "title: ", "title: Renamed ")),
        ("a rename", lambda: (schemes / "cs-lgbt-mentoring.yml").rename(schemes / "lgbt-mentoring.yml")),
        ("a deletion", lambda: (schemes / "wiltshire-reverse-mentoring.yml").unlink()),
        ("a broken file", lambda: broken.write_text(good + "roles: [\n", encoding="utf-8")),
        ("its repair", lambda: broken.write_text(good, encoding="utf-8")),
        ("a new file", lambda: (schemes / "wiltshire.yml").write_text(saved, encoding="utf-8")),
    ]


def test_every_edit_leaves_the_preview_equal_to_a_fresh_build(project: Path, tmp_path: Path) -> None:
    preview = Preview(project / "mkdocs.yml", tmp_path / "quick", dirty=True)
    pages = sum(name.endswith(".html") for name in tree(tmp_path / "quick"))
    assert preview.plugin.incremental.skipped == 0
    for step, (name, edit) in enumerate(_edits(project / "schemes")):
        edit()
        preview.save()
        ours = tree(tmp_path / "quick")
        if name in ("a summary", "a date"):  # made without a whole build: its changed pages and files only
            assert 0 < preview.plugin.quick.pages < pages / 4
        if name in ("a title", "a rename", "a deletion", "a broken file", "its repair", "a new file"):
            assert preview.plugin.quick.pages == -1  # a whole build: the navigation or the files changed
        if name == "a broken file":  # the last good version under the notice, which a fresh preview has not got
            assert "This preview is out of date" in ours["index.html"].decode()
            assert "schemes/bristol-reciprocal/index.html" in ours
            continue
        Preview(project / "mkdocs.yml", tmp_path / f"fresh-{step}")
        fresh = tree(tmp_path / f"fresh-{step}")
        assert sorted(ours) == sorted(fresh), name
        assert [page for page in fresh if ours[page] != fresh[page]] == [], name


def test_a_plain_preview_skips_nothing(project: Path, tmp_path: Path) -> None:
    preview = Preview(project / "mkdocs.yml", tmp_path / "served")
    _replace(project / "schemes" / "cs-lgbt-mentoring.yml", "summary: ", "summary: Edited. ")
    preview.build()
    assert preview.plugin.incremental.skipped == 0
