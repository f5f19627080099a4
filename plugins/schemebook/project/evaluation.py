"""Evaluation results kept as CSV files, validated with frictionless against a Table Schema, errors located."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemebook.model import Scheme
from schemebook.read.control import control_characters
from schemebook.read.datafiles import MAX_BYTES, MAX_ROWS, decoded, header_of, inside, separator_problem
from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document
from schemebook.read.validation import did_you_mean

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


SCALE_LIMIT = 100
"""Scores run between -100 and 100 at most, so a chart stays a chart."""


def _header_problems(header: list[str], display: str) -> list[SchemeError]:
    """Columns missing or unknown: checked by name first, since frictionless matches columns by position."""
    if words := separator_problem(header):
        hint = "save the file as CSV with commas between the columns (in Excel: CSV UTF-8, comma delimited)"
        return [SchemeError(display, 1, 1, f"the columns are separated by {words}, not commas", hint)]
    problems = []
    for index, name in enumerate(header, start=1):
        if name not in COLUMNS:
            shown = name[:40]
            problems.append(SchemeError(display, 1, index, f"unknown column `{shown}`", did_you_mean(name, COLUMNS)))
    for name in COLUMNS:
        if name not in header:
            hint = "the first line must name the columns: " + ",".join(COLUMNS)
            problems.append(SchemeError(display, 1, 1, f"the column `{name}` is missing", hint))
    return problems


def _text(path: Path, display: str) -> tuple[str | None, list[SchemeError]]:
    """The file's text, whichever encoding a spreadsheet saved it in, within the size and row limits."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        message = f"the file has {size:,} bytes, over the limit of {MAX_BYTES:,} bytes for one results file"
        return None, [SchemeError(display, 1, 1, message, "split the results into several files")]
    found = decoded(path.read_bytes())
    if found is None:
        hint = "save it from your spreadsheet as CSV UTF-8 (comma delimited)"
        return None, [SchemeError(display, 1, 1, "the file is not text in UTF-8, UTF-16 or Windows-1252", hint)]
    text = found[0]
    rows = text.count("\n") + (not text.endswith("\n"))
    if rows - 1 > MAX_ROWS:
        message = f"the file has {rows - 1:,} rows, over the limit of {MAX_ROWS:,} rows for one results file"
        return None, [SchemeError(display, MAX_ROWS + 2, 1, message, "split the results into several files")]
    return text, []


def _row_problems(result: Result, line: int, display: str, roles: list[str]) -> list[SchemeError]:
    """A row's scale, scores and group checked against each other and the scheme's roles."""

    def at(column: str, message: str, hint: str) -> SchemeError:
        return SchemeError(display, line, COLUMNS.index(column) + 1, message, hint)

    low, high = result.scale_min, result.scale_max
    if not -SCALE_LIMIT <= low < high <= SCALE_LIMIT:
        hint = f"the lowest score comes first and both lie between -{SCALE_LIMIT} and {SCALE_LIMIT}, e.g. 1 and 5"
        return [at("scale_max", f"the scale {low} to {high} is not a scale this page can show", hint)]
    problems = []
    for column in ("pre_mean", "post_mean"):
        value = getattr(result, column)
        if not low <= value <= high:
            message = f"`{column}` is {value:g}, outside the scale {low}-{high}"
            problems.append(at(column, message, "check the score and the scale"))
    if result.group not in roles:
        problems.append(at("group", f"no role has the id `{result.group}`", did_you_mean(result.group, roles)))
    if bad := control_characters(result.text):
        problems.append(at("text", f"the text holds the control character {bad}", "remove it; write plain text"))
    return problems


def read_results(path: Path, display: str, roles: list[str]) -> tuple[list[Result], list[SchemeError]]:
    """The results in one CSV file, or every problem in it located by row and column."""
    text, problems = _text(path, display)
    if text is None:
        return [], problems
    if problems := _header_problems(header_of(text), display):
        return [], problems
    from frictionless import Resource, Schema  # ~0.3 s to import: only when a scheme names a data file

    schema = Schema.from_descriptor(RESULTS_SCHEMA)
    data = text.encode("utf-8")
    report = Resource(data, format="csv", encoding="utf-8", schema=schema).validate()
    for error in report.tasks[0].errors if report.tasks else []:
        line = getattr(error, "row_number", None) or 1
        col = getattr(error, "field_number", None) or 1
        message, hint = _message(error)
        problems.append(SchemeError(display, line, col, message, hint))
    if problems:
        return [], problems
    results = []
    with Resource(data, format="csv", encoding="utf-8", schema=schema) as rows:
        for line, row in enumerate(rows.row_stream, start=2):
            result = Result(
                **{k: row[k] for k in COLUMNS}
                | {"pre_mean": float(row["pre_mean"]), "post_mean": float(row["post_mean"])}
            )
            problems += _row_problems(result, line, display, roles)
            results.append(result)
    if not results and not problems:
        hint = "add a row for each statement and group below the column names, or remove the file from `results`"
        problems.append(SchemeError(display, 2, 1, "the file names its columns but gives no results", hint))
    return ([], problems) if problems else (results, [])


def evaluation_results(root: Path, display: str, doc: Document, model: Scheme) -> tuple[list[Result], list[Path], list]:
    """The evaluation CSV files a scheme names, read and validated; only files inside the schemes folder."""
    results, files, problems, seen = [], [], [], set()
    roles = [r.id for r in model.roles]
    for index, name in enumerate(model.evaluation.results if model.evaluation else []):
        loc = ("evaluation", "results", index)
        data = inside(root, name)
        if data is None:
            hint = f"keep data files in {Path(display).parent}/ (e.g. data/results.csv) and name them from there"
            problems.append(doc.error(loc, f"`{name}` is outside the schemes folder", hint))
            continue
        files.append(data)
        if data.suffix.lower() != ".csv":
            problems.append(doc.error(loc, f"`{name}` is not a .csv file", "save the results as CSV and name it here"))
        elif data in seen:
            problems.append(doc.error(loc, f"`{name}` is listed twice", "list each results file once"))
        elif not data.is_file():
            hint = f"put the file at {Path(display).parent / name}, or correct the path"
            problems.append(doc.error(loc, f"no data file at `{name}`", hint))
        else:
            found, bad = read_results(data, str(Path(display).parent / name), roles)
            problems += bad + _repeated(doc, loc, name, results, found)
            results += found
        seen.add(data)
    return results, files, problems


def _repeated(doc: Document, loc: tuple, name: str, earlier: list[Result], found: list[Result]) -> list:
    """A statement and group a second results file gives again, which the open data could not tell apart."""
    seen = {(r.statement, r.group) for r in earlier}
    twice = next((r for r in found if (r.statement, r.group) in seen), None)
    if twice is None:
        return []
    message = f"`{name}` gives the statement `{twice.statement}` for `{twice.group}` again"
    return [doc.error(loc, message, "keep each statement and group in one results file")]
