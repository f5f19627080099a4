"""Both engines: MkDocs 1.6 and its maintained fork ProperDocs build the same site and keep it on failure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.adapter.test_publish import checksums, leftovers
from tests.conftest import MINIMAL, REPO
from tests.engine import run_build

ENGINES = ("mkdocs", "properdocs")
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
EPOCH = {"SOURCE_DATE_EPOCH": "1893456000"}


def _without_generator(folder: Path) -> None:
    """Blank the one tag that names the engine, in every page."""
    for page in folder.rglob("*.html"):
        page.write_bytes(GENERATOR.sub(b'<meta name="generator">', page.read_bytes()))


def _differ(one: dict[str, str], two: dict[str, str]) -> list[str]:
    return sorted(k for k in one.keys() | two.keys() if one.get(k) != two.get(k))


def test_the_example_site_builds_byte_for_byte_again_and_alike_in_both_engines(tmp_path: Path) -> None:
    sums = {}
    for name, engine in (("first", ENGINES[0]), ("again", ENGINES[0]), *((e, e) for e in ENGINES[1:])):
        result = run_build(REPO / "mkdocs.yml", "--strict", "-d", str(tmp_path / name), engine=engine, env=EPOCH)
        assert result.returncode == 0, result.stderr
        sums[name] = checksums(tmp_path / name)
    assert len(sums["first"]) > 100
    assert sums["first"] == sums["again"], _differ(sums["first"], sums["again"])
    for name in ("first", *ENGINES[1:]):
        assert GENERATOR.search((tmp_path / name / "index.html").read_bytes())
        _without_generator(tmp_path / name)
        sums[name] = checksums(tmp_path / name)
    for engine in ENGINES[1:]:
        assert sums["first"] == sums[engine], _differ(sums["first"], sums[engine])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_failed_strict_build_keeps_the_last_site(small_site: Path, engine: str) -> None:
    assert run_build(small_site, engine=engine, env=EPOCH).returncode == 0
    site = small_site.parent / "site"
    before = checksums(site)
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(MINIMAL.replace("forms.office.com/r/TEST", "forms.uni.test/apply"), encoding="utf-8")
    result = run_build(small_site, "--strict", engine=engine, env=EPOCH)
    assert result.returncode == 1 and "not a known form provider" in result.stderr
    assert checksums(site) == before
    assert leftovers(small_site.parent) == []
