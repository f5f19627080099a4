"""YAML syntax errors in plain English: what the parser's words mean for someone editing a scheme file."""

from __future__ import annotations

import re

_QUOTED_VALUE = re.compile(r"^\s*(?:- )?[^\s#:]+:\s+(?P<quote>[\"'])(?P<rest>.*)$")
GENERAL_HINT = "check the indentation and quotes on this line and the line above"

EXPLANATIONS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("mapping values are not allowed",),
        "a `: ` where YAML did not expect one",
        'a value with `: ` in it needs quotes, like `title: "Mentoring: a guide"`; or a line above lacks its colon',
    ),
    (
        ("could not find expected ':'",),
        "a line is missing the colon after its field name",
        "write each field as `name: value`; a line that continues the text above must be indented further",
    ),
    (
        ("expected '-' indicator", "block sequence entries are not allowed"),
        "a list item `- ` is out of line with the others",
        "start every item of a list with `- ` at the same indentation as the first",
    ),
    (
        ("did not find expected key", "expected <block end>"),
        "this line is not lined up with the lines around it",
        "indent it with the same number of spaces as the other fields of its section",
    ),
    (
        ("unknown escape character",),
        "a backslash (\\) inside double quotes starts a special code",
        "use single quotes around the text, or write the backslash twice",
    ),
    (
        ("cannot start any token", "expected node content", "undefined alias"),
        "a value starts with a character YAML reserves, such as @, `, %, * or &",
        'put the value in quotes, like `note: "@mentoring team"`',
    ),
    (
        ("expected ',' or ']'", "expected ',' or '}'", "flow sequence", "flow mapping"),
        "a list in [ ] or a section in { } is not closed properly",
        "separate the items with commas and end with ] or }, or write one item per line with `- `",
    ),
)
"""Words found in the parser's message, what they mean, and what to do, most specific first."""


def unclosed_quote(text: str, last_line: int) -> tuple[int, int] | None:
    """Line and column of the last quote, up to `last_line`, that opens a value and is not closed on its line."""
    found = None
    for number, line in enumerate(text.split("\n")[:last_line], start=1):
        value = _QUOTED_VALUE.match(line)
        if value and value["quote"] not in value["rest"]:
            found = (number, value.start("quote") + 1)
    return found


def explain(problem: str) -> tuple[str, str]:
    """A plain message and a hint for a YAML parser problem; the parser's own words when none fits."""
    for needles, message, hint in EXPLANATIONS:
        if any(needle in problem for needle in needles):
            return message, hint
    return f"the YAML cannot be read ({problem})", GENERAL_HINT


UNCLOSED = (
    "a quote mark opens the value on this line but does not close it",
    "add the closing quote at the end of the value, or remove the opening one",
)
