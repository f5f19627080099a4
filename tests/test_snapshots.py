"""The visible text of every generated scheme page, kept under tests/snapshots/ so every wording change is read.

Rewrite them after a deliberate change with `make snapshots`, then read the diff as a participant would.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.page_text import page_text
from tests.sites import REPO, example_at

SNAPSHOTS = REPO / "tests" / "snapshots"
TODAY = datetime(2026, 12, 1, 12, tzinfo=UTC)
"""A fixed "today", so the snapshots do not change as time passes."""
IN_WINDOW = {"nottingham-stemm-change": datetime(2020, 1, 20, 9, tzinfo=UTC)}
"""A clock inside each dated sign-up window of the example schemes."""


def snapshot_texts(site: Path, slugs: set[str] | None = None) -> dict[str, str]:
    """The text of each scheme page, keyed `<slug>/<page>.txt` (the overview is `index.txt`)."""
    texts = {}
    for html in sorted((site / "schemes").glob("*/**/index.html")):
        parts = html.relative_to(site / "schemes").parent.parts
        if slugs is not None and parts[0] not in slugs:
            continue
        page = "-".join(parts[1:]) or "index"
        texts[f"{parts[0]}/{page}.txt"] = page_text(html.read_text(encoding="utf-8"))
    return texts


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    texts = snapshot_texts(example_at(tmp_path_factory, TODAY))
    for slug, now in IN_WINDOW.items():
        site = example_at(tmp_path_factory, now)
        texts |= {f"in-window/{key}": text for key, text in snapshot_texts(site, {slug}).items()}
    return texts


def test_snapshots_match_the_pages(built: dict[str, str]) -> None:
    if os.environ.get("UPDATE_SNAPSHOTS"):
        for old in SNAPSHOTS.glob("**/*.txt"):
            old.unlink()
        for key, text in built.items():
            (SNAPSHOTS / key).parent.mkdir(parents=True, exist_ok=True)
            (SNAPSHOTS / key).write_text(text, encoding="utf-8")
    kept = {str(p.relative_to(SNAPSHOTS)): p.read_text(encoding="utf-8") for p in SNAPSHOTS.glob("**/*.txt")}
    assert sorted(kept) == sorted(built), "pages added or removed: run `make snapshots` and read the diff"
    changed = [key for key in built if kept[key] != built[key]]
    assert not changed, f"page text changed: {changed}; run `make snapshots` and read the diff"


def _standing() -> set[str]:
    """The schemes with a standing sign-up (`sign_up` at the top of the file), which a source said is always open."""
    return {p.stem for p in (REPO / "schemes").glob("*.yml") if re.search(r"^sign_up:", p.read_text("utf-8"), re.M)}


def test_a_finished_scheme_never_reads_as_upcoming(built: dict[str, str]) -> None:
    standing = _standing()
    assert standing, "no standing scheme: the exception below is no longer needed"
    # an opening the file never closes: the pages say it is not known whether applications are still open
    unknown = {k.split("/")[0] for k, text in built.items() if k.endswith("/index.txt") and "not known" in text}
    for key, text in built.items():
        if key.startswith("in-window/") or key.split("/")[0] in standing | unknown:
            continue
        assert "not been announced" not in text, key
        assert "Applications open on" not in text, key
        assert not re.search(r": apply \((?:form on|online form)", text), key  # the Apply button
        assert "How do I apply?" not in text and "What happens after I apply?" not in text, key
