"""The MkDocs adapter, tested by building real sites with real MkDocs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from tests.engine import run_build


def build_site(config: Path) -> Path:
    build(load_config(str(config)))
    return config.parent / "site"


def test_overview_and_home_list(small_site: Path) -> None:
    site = build_site(small_site)
    overview = (site / "schemes" / "test-scheme" / "index.html").read_text(encoding="utf-8")
    assert "<h1" in overview and "Test scheme" in overview
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="schemes/test-scheme/"' in home
    assert "schemebook:schemes" not in home


def test_schema_is_published(small_site: Path) -> None:
    schema = json.loads((build_site(small_site) / "schema" / "scheme.schema.json").read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert "title" in schema["required"]


def test_bad_scheme_stops_the_build_before_writing(small_site: Path, caplog: pytest.LogCaptureFixture) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(scheme.read_text(encoding="utf-8").replace("summary:", "sumary:"), encoding="utf-8")
    with pytest.raises(Abort):
        build_site(small_site)
    assert "schemes/test-scheme.yml:2:1: error: unknown field `sumary`" in caplog.text
    assert not (small_site.parent / "site").exists()


def test_error_exit_is_clean_on_the_command_line(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(scheme.read_text(encoding="utf-8").replace("2030-02-03 17:00", "next week"), encoding="utf-8")
    result = run_build(small_site, "-q")
    assert result.returncode == 1
    assert "schemes/test-scheme.yml:16:17: error: `cohorts[0].sign_up.deadline`: expected a date" in result.stderr
    assert "Traceback" not in result.stderr


def strict_build(config: Path) -> subprocess.CompletedProcess[str]:
    return run_build(config, "--strict")


def test_recommended_parts_are_noted_in_one_line_and_per_scheme_only_when_verbose(small_site: Path) -> None:
    second = small_site.parent / "schemes" / "second.yml"
    second.write_text((small_site.parent / "schemes" / "test-scheme.yml").read_text("utf-8"), encoding="utf-8")
    result = strict_build(small_site)
    assert result.returncode == 0, result.stderr
    noted = [line for line in result.stderr.splitlines() if "recommended part" in line]
    assert len(noted) == 1, noted
    assert noted[0].endswith("20 recommended parts missing across 2 schemes; `schemebook check --report` lists them")
    verbose = run_build(small_site, "--strict", "--verbose")
    assert verbose.returncode == 0, verbose.stderr
    for name in ("second", "test-scheme"):
        assert f"schemes/{name}.yml: 10 recommended parts missing" in verbose.stderr


def test_recommended_parts_can_fail_a_strict_build(small_site: Path) -> None:
    text = small_site.read_text(encoding="utf-8").replace(
        "  - schemebook\n", "  - schemebook:\n      recommended: warning\n"
    )
    small_site.write_text(text, encoding="utf-8")
    result = strict_build(small_site)
    assert result.returncode == 1
    assert "recommended part missing: confidentiality guidance" in result.stderr


def test_template_overrides_are_used_but_not_published(small_site: Path) -> None:
    overrides = small_site.parent / "overrides" / "schemebook"
    overrides.mkdir(parents=True)
    (overrides / "overview.md.j2").write_text("# {{ s.model.title | plain }}\n\nOur own overview.\n", "utf-8")
    config = small_site.read_text(encoding="utf-8")
    small_site.write_text(config.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"), "utf-8")
    site = build_site(small_site)
    assert "Our own overview." in (site / "schemes" / "test-scheme" / "index.html").read_text(encoding="utf-8")
    assert not (site / "schemebook").exists()


def test_a_failed_build_lists_errors_without_recommended_parts(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(scheme.read_text(encoding="utf-8").replace("summary:", "sumary:"), encoding="utf-8")
    result = run_build(small_site)
    assert result.returncode == 1 and "unknown field `sumary`" in result.stderr
    assert "recommended part missing" not in result.stderr and "2 errors, 0 warnings" in result.stderr
