"""The benchmark's synthetic schemes are valid and shaped like the seeds."""

from __future__ import annotations

import sys
from pathlib import Path

from schemebook.project.site import load_scheme, scheme_files
from schemebook.when.timeline import resolve
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate


def test_generated_schemes_load_and_have_realistic_size(tmp_path: Path) -> None:
    generate(tmp_path, 6, (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    files = scheme_files(tmp_path / "schemes")
    assert len(files) == 6
    for path in files:
        loaded, problems = load_scheme(path, path.name)
        assert loaded is not None, problems
        scheme = loaded.model
        assert 2 <= len(scheme.roles) <= 3 and 4 <= len(scheme.themes) <= 6 and len(scheme.faq) == 10
        events = resolve(scheme.cohorts[0])
        assert 8 <= len(events) <= 14 and any(d.option for d in events)
