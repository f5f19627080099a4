"""Documents generated from the JSON Schema: every one is a valid scheme or located errors, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings

from schemebook.render.schema import scheme_schema
from schemebook.site import load_scheme
from tests.schema_strategies import scheme_documents

SCHEMA = scheme_schema()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(scheme_documents(SCHEMA))
def test_generated_documents_load_or_fail_located(document: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        scheme, problems = load_scheme(path, "schemes/generated.yml")
    errors = [p for p in problems if p.level.value == "error"]
    assert (scheme is not None and not errors) or (errors and all(p.line >= 1 and p.col >= 1 for p in errors))
