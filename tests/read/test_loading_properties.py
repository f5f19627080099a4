"""Arbitrary text and mutated documents: a located error or a valid model, never another exception."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemebook.model import Scheme
from schemebook.project.site import load_scheme
from schemebook.read.errors import SchemeError
from schemebook.read.loading import parse_text
from tests.conftest import MINIMAL

VALID = yaml.safe_load(MINIMAL)


def located(problems: list[SchemeError]) -> bool:
    return bool(problems) and all(p.line >= 1 and p.col >= 1 and p.message for p in problems)


@settings(deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    doc, problems = parse_text("x.yml", text)
    assert (doc is not None and problems == []) or located(problems)


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["17:00", "2020-02-30", "no", "javascript:x", "http://x.org", "2030-13", "~", "-1 weeks"]),
)  # fmt: skip
values = st.recursive(
    yaml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def paths(data: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def mutate(data: object, path: tuple, value: object) -> object:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: mutate(data[head], rest, value)}
    assert isinstance(data, list)
    return [mutate(item, rest, value) if i == head else item for i, item in enumerate(data)]


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_documents_load_or_fail_located(tmp_path: Path, data: st.DataObject) -> None:
    targets = paths(VALID)[1:]
    path = data.draw(st.sampled_from(targets))
    document = mutate(VALID, path, data.draw(values))
    scheme_file = tmp_path / "mutated.yml"
    scheme_file.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    scheme, problems = load_scheme(scheme_file, "schemes/mutated.yml")
    errors = [p for p in problems if p.level.value == "error"]
    assert (scheme is not None and isinstance(scheme.model, Scheme) and not errors) or located(errors)
