"""Documents generated from the JSON Schema: every one is a valid scheme or located errors, never a crash; and
valid ones, full of generated text, render to pages, calendars and data that keep the site's promises."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from schemebook.model.settings import SiteSettings
from schemebook.project.evaluation import COLUMNS
from schemebook.project.site import load_scheme, load_site
from schemebook.read.errors import errors_only
from schemebook.render import render_site
from schemebook.render.schema import scheme_schema
from schemebook.render.templates import environment
from tests.render_checks import output_problems
from tests.schema_strategies import PLAIN, from_schema, scheme_documents, text_paths, with_text

SCHEMA = scheme_schema()
DEFS = SCHEMA.get("$defs", {})
FULL_SCHEME = Path(__file__).parent / "render" / "full_scheme.yml"
BASE = yaml.safe_load(FULL_SCHEME.read_text(encoding="utf-8")) | {
    "evaluation": {
        "results": ["data/results.csv"],
        "threshold": 1,
        "method": "Surveys before and after.",
        "findings": "Belonging rose.",
        "recommendations": ["Keep going."],
    }
}
PATHS = text_paths(SCHEMA, DEFS, BASE)
NOW = datetime(2030, 1, 20, tzinfo=UTC)
ENV = environment(None)
# Rendering a whole scheme takes a while: `make test` renders a few, `make fuzz` (HYPOTHESIS_PROFILE=fuzz) 10,000.
RENDERED = settings.default.max_examples if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 10
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(deadline=None, suppress_health_check=SLOW)
@given(scheme_documents(SCHEMA))
def test_generated_documents_load_or_fail_located(document: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        scheme, problems = load_scheme(path, "schemes/generated.yml")
    errors = [p for p in problems if p.level.value == "error"]
    assert (scheme is not None and not errors) or (errors and all(p.line >= 1 and p.col >= 1 for p in errors))


def results_csv(text: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerow(["belonging", text, "mentor", 1, 5, 3.1, 3.9, 9, 9])
    return buffer.getvalue()


def rendered_problems(document: dict, csv_text: str) -> list[str]:
    """Load the document as a real scheme file and render it with the render core; the promises it breaks."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "data").mkdir()
        (root / "data" / "results.csv").write_text(results_csv(csv_text), encoding="utf-8")
        (root / "generated.yml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        site, problems = load_site([root / "generated.yml"], root, NOW, SiteSettings(), url="https://example.org/")
    if site is None:
        event("refused with located errors")
        assert all(p.line >= 1 and p.col >= 1 for p in errors_only(problems))
        return []
    event("rendered")
    return output_problems(render_site(site, ENV))


@settings(max_examples=RENDERED, deadline=None, suppress_health_check=SLOW)
@given(with_text(BASE, PATHS), PLAIN)
def test_generated_text_in_every_field_renders_safely(document: dict, csv_text: str) -> None:
    assert rendered_problems(document, csv_text) == []


SECTIONS = sorted(name for name in SCHEMA["properties"] if name not in ("title", "summary", "roles"))


@settings(max_examples=RENDERED, deadline=None, suppress_health_check=SLOW)
@given(
    st.sampled_from(SECTIONS).flatmap(
        lambda name: from_schema(SCHEMA["properties"][name], DEFS).map(lambda value: {**BASE, name: value})
    ),
    PLAIN,
)
def test_generated_sections_render_safely(document: dict, csv_text: str) -> None:
    assert rendered_problems(document, csv_text) == []


def test_every_free_text_field_of_the_full_scheme_is_generated() -> None:
    kinds = {kind for _, kind in PATHS}
    assert kinds == {"markdown", "plain"} and len(PATHS) > 40
