"""Pydantic's findings turned into located errors a coordinator can act on."""

from __future__ import annotations

import difflib
import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.read.schema_examples import field_example
from schemebook.when.plain_dates import suggest


def did_you_mean(word: str, choices: list[str]) -> str:
    """A 'did you mean' hint for a misspelt word, or a list of the choices."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean `{close[0]}`?"
    return "expected one of: " + ", ".join(f"`{c}`" for c in choices) if choices else ""


def _unwrap(annotation: Any) -> Any:
    """The model or container inside Optional/Annotated wrappers."""
    while True:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        elif hasattr(annotation, "__metadata__"):
            annotation = get_args(annotation)[0]
        else:
            return annotation


def type_at(model: type[BaseModel], loc: Loc) -> Any:
    """The type found by following `loc` down from `model`."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = field.annotation
        elif get_origin(current) in (list, dict):
            current = get_args(current)[-1]
        else:
            return None
    return _unwrap(current)


def _missing_hint(model: type[BaseModel], loc: Loc) -> str:
    """What to add for a missing field: a section, a list, or a line with an example value."""
    name, parent = str(loc[-1]), type_at(model, loc[:-1])
    if not (isinstance(parent, type) and issubclass(parent, BaseModel)) or name not in parent.model_fields:
        return f"add a line `{name}: ...` to this section"
    inner = _unwrap(parent.model_fields[name].annotation)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return f"add `{name}:` with its fields indented below it (see the field reference)"
    if get_origin(inner) is list:
        return f"add `{name}:` with at least one entry below it, each starting with `- `"
    example = field_example(parent.model_json_schema()["properties"][name])
    return f"add a line like `{name}: {example}` to this section" if example else f"add a line `{name}: ...`"


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    found = type_at(model, loc)
    return list(found.model_fields) if isinstance(found, type) and issubclass(found, BaseModel) else []


def dotted(loc: Loc) -> str:
    """A location as a coordinator reads it: `cohorts[0].sign_up.deadline`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text or "the file"


_PLAIN = {
    "string_type": ("expected text", "put the text after the colon, in quotes if it contains `: ` or `#`"),
    "int_type": ("expected a whole number", "write digits only, like 26"),
    "int_parsing": ("expected a whole number", "write digits only, like 26"),
    "int_from_float": ("expected a whole number", "write digits only, like 26"),
    "bool_type": ("expected true or false", "write `true` or `false`"),
    "bool_parsing": ("expected true or false", "write `true` or `false`"),
    "list_type": ("expected a list", "write each item on its own line starting with `- `"),
    "dict_type": ("expected a section of fields", "indent `name: value` lines below this key"),
    "model_type": ("expected a section of fields", "indent `name: value` lines below this key"),
    "model_attributes_type": ("expected a section of fields", "indent `name: value` lines below this key"),
    "string_too_short": ("must not be empty", "write some text, or remove the line"),
    "float_parsing": ("expected a number", "write digits only, like 3.5"),
    "float_type": ("expected a number", "write digits only, like 3.5"),
    "decimal_parsing": ("expected a number", "write digits only, like 150; the words go in `amount`"),
    "decimal_type": ("expected a number", "write digits only, like 150; the words go in `amount`"),
}
_BOUNDS = {"greater_than_equal": ("ge", "or more"), "less_than_equal": ("le", "or less")}


def _describe(model: type[BaseModel], error: Any, *, full_path: bool) -> tuple[str, str]:
    kind, loc, ctx = error["type"], error["loc"], error.get("ctx") or {}
    name = dotted(loc)
    if kind == "missing":
        return f"`{loc[-1]}` is required in {dotted(loc[:-1])}", _missing_hint(model, loc)
    if kind == "extra_forbidden":
        unknown = name if full_path else loc[-1]
        return f"unknown field `{unknown}`", did_you_mean(str(loc[-1]), _field_names(model, loc[:-1]))
    if kind == "literal_error":
        choices = [c.strip(" '") for c in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")]
        return f"`{error['input']}` is not allowed for `{name}`", did_you_mean(str(error["input"]), choices)
    if kind in _PLAIN:
        message, hint = _PLAIN[kind]
        return f"`{name}`: {message}", hint
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        hint = "write each entry on its own line below, starting with `- `"
        return f"`{name}` needs at least {least} entr{'ies' if least != 1 else 'y'}", hint
    if kind == "too_long":
        most = ctx.get("max_length")
        hint = "a scheme file is not the place for this much; split it, or move results into data files"
        return f"`{name}` has too many entries (at most {most})", hint
    if kind == "string_too_long":
        hint = "shorten it, or move long text into a Markdown field such as `description`"
        return f"`{name}` is too long (at most {ctx.get('max_length')} characters)", hint
    if kind in _BOUNDS:
        bound, side = _BOUNDS[kind]
        return f"`{name}` must be {ctx.get(bound)} {side}", f"you wrote {error['input']}; check the number"
    if kind == "when":
        suggestion = suggest(error["input"])
        return f"`{name}`: {error['msg']}", f"did you mean `{suggestion}`?" if suggestion else ""
    return f"`{name}`: {error['msg']}", ""


def located_errors(
    doc: Document, model: type[BaseModel], exc: ValidationError, *, full_path: bool = False
) -> list[SchemeError]:
    """Every problem pydantic found, placed on the line of the offending key or value.

    With `full_path`, an unknown field is named by its whole path, for settings nested in another file's keys.
    """
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(p for p in error["loc"] if isinstance(p, (str, int)) and not str(p).startswith("function-"))
        error["loc"] = loc
        message, hint = _describe(model, error, full_path=full_path)
        problems.append(doc.error(loc, message, hint, key=error["type"] in ("extra_forbidden", "missing")))
    return problems
