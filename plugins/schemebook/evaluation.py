"""Evaluation results kept as CSV files, validated with frictionless against a Table Schema, errors located."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemebook.errors import SchemeError
from schemebook.validation import did_you_mean

FIELDS: list[dict[str, Any]] = [
    {"name": "statement", "type": "string", "description": "A short id for the statement, e.g. belonging"},
    {
        "name": "text",
        "type": "string",
        "description": "What was measured, in the source's words (shown as written, never as a quotation)",
    },
    {"name": "group", "type": "string", "description": "The role id of the group that answered, e.g. mentor"},
    {"name": "scale_min", "type": "integer", "description": "The lowest score of the scale, e.g. 1"},
    {"name": "scale_max", "type": "integer", "description": "The highest score of the scale, e.g. 5"},
    {"name": "pre_mean", "type": "number", "description": "The mean score before the scheme"},
    {"name": "post_mean", "type": "number", "description": "The mean score after the scheme"},
    {"name": "pre_n", "type": "integer", "description": "How many answered before", "constraints": {"minimum": 0}},
    {"name": "post_n", "type": "integer", "description": "How many answered after", "constraints": {"minimum": 0}},
]
RESULTS_SCHEMA: dict[str, Any] = {
    "fields": [{**f, "constraints": {"required": True, **f.get("constraints", {})}} for f in FIELDS],
    "primaryKey": ["statement", "group"],
}
COLUMNS = [f["name"] for f in FIELDS]


@dataclass(frozen=True)
class Result:
    """One statement's scores for one group, before and after."""

    statement: str
    text: str
    group: str
    scale_min: int
    scale_max: int
    pre_mean: float
    post_mean: float
    pre_n: int
    post_n: int

    def shown(self, threshold: int) -> bool:
        """Whether enough people answered, before and after, for the figures to be published."""
        return min(self.pre_n, self.post_n) >= threshold


def _message(error: Any) -> tuple[str, str]:
    name = getattr(error, "field_name", None) or "?"
    if error.type == "type-error":
        return f"`{name}` must be a {'whole number' if 'integer' in error.note else 'number'}", "e.g. 3.08"
    if error.type == "constraint-error":
        if "required" in error.note:
            return f"`{name}` is empty", "fill in every cell of the row"
        return f"`{name}` breaks the rule {error.note}", "check the number"
    if error.type == "primary-key":
        return "this statement and group appear twice", "keep one row per statement and group"
    return error.message, ""


def _header_problems(path: Path, display: str) -> list[SchemeError]:
    """Columns missing or unknown: checked by name first, since frictionless matches columns by position."""
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle), [])
    problems = []
    for index, name in enumerate(header, start=1):
        if name not in COLUMNS:
            problems.append(SchemeError(display, 1, index, f"unknown column `{name}`", did_you_mean(name, COLUMNS)))
    for name in COLUMNS:
        if name not in header:
            hint = "the first line must name the columns: " + ",".join(COLUMNS)
            problems.append(SchemeError(display, 1, 1, f"the column `{name}` is missing", hint))
    return problems


def read_results(path: Path, display: str, roles: list[str]) -> tuple[list[Result], list[SchemeError]]:
    """The results in one CSV file, or every problem in it located by row and column."""
    if problems := _header_problems(path, display):
        return [], problems
    from frictionless import Resource, Schema  # ~0.3 s to import: only when a scheme names a data file

    resource = Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(RESULTS_SCHEMA))
    report = resource.validate()
    for error in report.tasks[0].errors if report.tasks else []:
        line = getattr(error, "row_number", None) or 1
        col = getattr(error, "field_number", None) or 1
        message, hint = _message(error)
        problems.append(SchemeError(display, line, col, message, hint))
    if problems:
        return [], problems
    results = []
    with Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(RESULTS_SCHEMA)) as rows:
        for line, row in enumerate(rows.row_stream, start=2):
            result = Result(
                **{k: row[k] for k in COLUMNS}
                | {"pre_mean": float(row["pre_mean"]), "post_mean": float(row["post_mean"])}
            )
            for column in ("pre_mean", "post_mean"):
                value = getattr(result, column)
                if not result.scale_min <= value <= result.scale_max:
                    col = COLUMNS.index(column) + 1
                    message = f"`{column}` is {value:g}, outside the scale {result.scale_min}-{result.scale_max}"
                    problems.append(SchemeError(display, line, col, message, "check the score and the scale"))
            if result.group not in roles:
                col = COLUMNS.index("group") + 1
                problems.append(
                    SchemeError(
                        display, line, col, f"no role has the id `{result.group}`", did_you_mean(result.group, roles)
                    )
                )
            results.append(result)
    return ([], problems) if problems else (results, [])
