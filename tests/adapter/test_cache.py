"""Under `mkdocs serve`, an edit to one scheme file re-reads that file only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import SchemeCache, load_site, scheme_files
from tests.conftest import MINIMAL


def test_one_edit_reloads_one_scheme(tmp_path: Path) -> None:
    folder = tmp_path / "schemes"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.yml").write_text(MINIMAL, encoding="utf-8")
    cache, now = SchemeCache(), datetime(2030, 1, 1, tzinfo=UTC)
    first, _ = load_site(scheme_files(folder), tmp_path, now, SiteSettings(), cache)
    (folder / "b.yml").write_text(MINIMAL.replace("Test scheme", "Edited scheme"), encoding="utf-8")
    second, _ = load_site(scheme_files(folder), tmp_path, now, SiteSettings(), cache)
    assert first is not None and second is not None
    same = [one is two for one, two in zip(first.schemes, second.schemes, strict=True)]
    assert same == [True, False, True]
    assert second.scheme("b").model.title == "Edited scheme"


def test_an_edited_data_file_reloads_its_scheme(tmp_path: Path) -> None:
    folder = tmp_path / "schemes"
    (folder / "data").mkdir(parents=True)
    csv = folder / "data" / "r.csv"
    header = "statement,text,group,scale_min,scale_max,pre_mean,post_mean,pre_n,post_n\n"
    csv.write_text(header + "b,I belong,mentor,1,5,3.1,3.7,25,20\n", encoding="utf-8")
    (folder / "a.yml").write_text(MINIMAL + "evaluation:\n  results: [data/r.csv]\n", encoding="utf-8")
    cache, now = SchemeCache(), datetime(2030, 1, 1, tzinfo=UTC)
    first, _ = load_site(scheme_files(folder), tmp_path, now, SiteSettings(), cache)
    csv.write_text(header + "b,I belong,mentor,1,5,3.1,3.95,25,20\n", encoding="utf-8")
    second, _ = load_site(scheme_files(folder), tmp_path, now, SiteSettings(), cache)
    assert first is not None and second is not None
    assert [r.post_mean for r in second.scheme("a").results] == [3.95]
