"""The scheme file's JSON Schema, generated from the model and published with the site."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from functools import cache, partial
from typing import Any

from jinja2 import Environment

from schemebook.model import Scheme
from schemebook.project.site import Site
from schemebook.render import Output

SCHEMA_URI = "schema/scheme.schema.json"


@cache  # the model, and so its schema, is the same for every build of a process: a preview makes it once
def _generated() -> dict[str, Any]:
    schema = Scheme.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "schemebook scheme", **schema}


def scheme_schema() -> dict[str, Any]:
    """The JSON Schema of a scheme file (draft 2020-12), unknown keys refused."""
    return copy.deepcopy(_generated())


@cache
def schema_text() -> str:
    """The JSON Schema as stable, indented text."""
    return json.dumps(scheme_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(site: Site, env: Environment) -> Iterable[Output]:
    """The schema file, at its published address."""
    yield Output(SCHEMA_URI, partial(_schema_bytes), in_nav=False)


def _schema_bytes() -> bytes:
    return schema_text().encode("utf-8")
