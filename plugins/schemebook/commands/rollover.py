"""`schemebook new-cohort`: the latest cohort copied as YAML text, with its dates moved on a year.

The rule for moving a date, chosen so that a scheme's rhythm survives the year:
- a month (`2020-03`) moves to the same month of the next year, a year alone to the next year;
- a day keeps its weekday and its place in the month: "the first Monday of February" stays the first Monday
  (2020-02-03 -> 2021-02-01), and a day in the last seven days of its month stays "the last Friday";
- with `--same-day`, a day keeps its day of the month instead (29 February becomes 28 February), and every
  day whose weekday changed is flagged for review.
A time of day stays as it is. Dates given relative to others (`relative_to`) move with them.
"""

from __future__ import annotations

import calendar
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import yaml

from schemebook.model import Scheme, When
from schemebook.project.site import load_scheme
from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.read.validation import dotted

DATE_KEYS = ("start", "end", "opens", "deadline")
DROPPED = ("outcomes", "pilot")
"""Keys of the copied cohort that describe the old run only."""
ORDINALS = ("first", "second", "third", "fourth")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOKEN = re.compile(r"\"[^\"]*\"|'[^']*'|[^\s#,\]}]+(?: \d{1,2}:\d{2})?")


@dataclass(frozen=True)
class Move:
    """One date of the new cohort: where it is, what it was, what it became and why."""

    path: str
    before: When
    after: When
    rule: str
    review: str = ""
    """Why a person should look at it, or empty."""


@dataclass(frozen=True)
class NewCohort:
    """The file's new text and what changed."""

    text: str
    copied_from: str
    moves: tuple[Move, ...]
    notes: tuple[str, ...]


def move_day(day: date, *, same_day: bool = False) -> tuple[date, str]:
    """`day` one year on, by the module's rule, with the rule in words."""
    year, month = day.year + 1, day.month
    length = calendar.monthrange(year, month)[1]
    if same_day:
        return date(year, month, min(day.day, length)), "the same day of the month"
    weekday, name = day.weekday(), calendar.month_name[month]
    day_name = calendar.day_name[weekday]
    if day.day + 7 > calendar.monthrange(day.year, month)[1]:
        last = date(year, month, length)
        return last - timedelta(days=(last.weekday() - weekday) % 7), f"the last {day_name} of {name}"
    first = date(year, month, 1) + timedelta(days=(weekday - date(year, month, 1).weekday()) % 7)
    nth = (day.day - 1) // 7
    return first + timedelta(weeks=nth), f"the {ORDINALS[nth]} {day_name} of {name}"


def move_when(path: str, when: When, *, same_day: bool = False) -> Move:
    """A date of the old cohort moved on a year, flagged for review when its weekday changed."""
    if when.day is None:
        return Move(path, when, replace(when, year=when.year + 1), "one year on")
    moved, rule = move_day(when.first_day, same_day=same_day)
    review = ""
    if moved.weekday() != when.first_day.weekday():
        review = f"weekday changed: {when.first_day:%A} -> {moved:%A}"
    return Move(path, when, When(moved.year, moved.month, moved.day, when.clock), rule, review)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


def _extent(lines: list[str], first: int, indent: int) -> int:
    """The index after the last line of the block that starts at `first` and is indented deeper than `indent`."""
    end = first + 1
    for index in range(first + 1, len(lines)):
        if _content(lines[index]) and _indent(lines[index]) <= indent:
            break
        if _content(lines[index]) or (lines[index].strip() and _indent(lines[index]) > indent):
            end = index + 1
    return end


def _replace_token(line: str, col: int, new: str) -> str:
    """`line` with the YAML scalar at 1-based `col` replaced, keeping its quotes."""
    match = _TOKEN.match(line, col - 1)
    if match is None:
        return line
    token = match.group()
    quote = token[0] if token[0] in "\"'" else ""
    return f"{line[: col - 1]}{quote}{new}{quote}{line[match.end() :]}"


def _problem(doc: Document, message: str, hint: str = "") -> tuple[None, list[SchemeError]]:
    return None, [doc.error(("cohorts",), message, hint, key=True)]


def add_cohort(
    doc: Document, text: str, scheme: Scheme, new_id: str, *, same_day: bool = False
) -> tuple[NewCohort | None, list[SchemeError]]:
    """The file's text with a copy of its latest cohort appended to `cohorts`, as `new_id`, a year on."""
    if not _ID.match(new_id):
        hint = "use lower-case letters, digits and hyphens, e.g. 2027"
        return _problem(doc, f"`{new_id}` cannot be a cohort id", hint)
    if not scheme.cohorts:
        return _problem(doc, "there is no cohort to copy", "add the first cohort by hand; the guide shows how")
    if new_id in {c.id for c in scheme.cohorts}:
        return _problem(doc, f"a cohort `{new_id}` already exists", "choose another id, e.g. the next year")
    index, old = len(scheme.cohorts) - 1, scheme.cohorts[-1]
    lines = text.splitlines(keepends=True)
    top, col = doc.locate(("cohorts", index))
    dash = lines[top - 1][: col - 1]
    if dash.strip() != "-":
        return _problem(doc, "the cohorts are not written as a list of `- id: ...` items", "add the cohort by hand")
    moves = _date_edits(doc, index, len(scheme.cohorts), same_day)
    edits: list[tuple[tuple[int, int], Callable[[str, int], str]]] = [
        (doc.locate(("cohorts", index, "id")), lambda line, col: _replace_token(line, col, new_id)),
        *[(at, lambda line, col, m=move: _replace_token(line, col, str(m.after))) for move, at in moves],
    ]
    notes = []
    if old.title and old.id in old.title and ("cohorts", index, "title") in doc.values:
        edits.append((doc.locate(("cohorts", index, "title")), lambda line, col: _renamed(line, col, old.id, new_id)))
        notes.append(f"the title became `{old.title.replace(old.id, new_id)}`")
    end = _extent(lines, top - 1, _indent(dash))
    edits += _anchor_edits(text, top - 1, end, new_id)
    edited = {}
    for (line, col), edit in sorted(edits, key=lambda e: e[0], reverse=True):  # right to left: columns stay put
        edited[line] = edit(edited.get(line, lines[line - 1]), col)
    skipped = set()
    for key in DROPPED:
        if (key_at := doc.keys.get(("cohorts", index, key))) is not None:
            skipped |= set(range(key_at[0] - 1, _extent(lines, key_at[0] - 1, key_at[1] - 1)))
            notes.append(f"`{key}` was left out: it describes cohort {old.id}")
    if old.sign_up and any(a.form for a in old.sign_up.roles.values()):
        notes.append(f"the sign-up form links are those of cohort {old.id}: check they are this year's forms")
    block = [edited.get(i + 1, lines[i]) for i in range(top - 1, end) if i not in skipped]
    return NewCohort(_appended(lines, end, block, top), old.id, tuple(m for m, _ in moves), tuple(notes)), []


def _anchor_edits(
    text: str, first: int, end: int, new_id: str
) -> list[tuple[tuple[int, int], Callable[[str, int], str]]]:
    """Renames for the YAML anchors (`&asks`) the lines `first` to `end` define, and the aliases there that use them,
    so the copy defines `&asks-<new_id>` rather than a second `&asks`, which YAML refuses."""
    tokens = [t for t in yaml.scan(text) if isinstance(t, yaml.AnchorToken | yaml.AliasToken)]
    inside = [t for t in tokens if first <= t.start_mark.line < end]
    named = {t.value for t in inside if isinstance(t, yaml.AnchorToken)}
    return [
        (
            (t.start_mark.line + 1, t.start_mark.column + 1),
            lambda line, col, n=t.value: _renamed(line, col, n, f"{n}-{new_id}"),
        )
        for t in inside
        if t.value in named
    ]


def _renamed(line: str, col: int, old: str, new: str) -> str:
    """`line` with the first `old` from 1-based `col` on (inside the value there) replaced by `new`."""
    return line[: col - 1] + line[col - 1 :].replace(old, new, 1)


def _appended(lines: list[str], end: int, block: list[str], top: int) -> str:
    """The text with `block` inserted after line index `end`, in the file's line endings and spacing."""
    ending = "\r\n" if lines[top - 1].endswith("\r\n") else "\n"
    before = lines[:end]
    if before and not before[-1].endswith("\n"):
        before[-1] += ending
    gap = [ending] if top > 1 and not lines[top - 2].strip() else []  # blank lines between cohorts stay so
    return "".join([*before, *gap, *block, *lines[end:]])


def _date_edits(doc: Document, index: int, new_index: int, same_day: bool) -> list[tuple[Move, tuple[int, int]]]:
    """Every date written in cohort `index`, moved on a year, with its position in the text."""
    edits = []
    for loc, position in sorted(doc.values.items(), key=lambda item: item[1]):
        if loc[:2] != ("cohorts", index) or loc[-1] not in DATE_KEYS:
            continue
        when = _when_at(doc, loc)
        if when is not None:
            path = dotted(("cohorts", new_index, *loc[2:]))
            move = move_when(path, when, same_day=same_day)
            start = (
                _when_at(doc, (*loc[:-1], "start")) if loc[-1] == "end" and (*loc[:-1], "start") in doc.values else None
            )
            if start is not None and start.day is not None and when.day is not None:
                move = _kept_span(move, start, same_day=same_day)
            edits.append((move, position))
    return edits


def _kept_span(move: Move, start: When, *, same_day: bool) -> Move:
    """An end moved by as many days as its start was, so that the two keep their distance (a week from the second
    Monday to the second Friday would otherwise run backwards when the month starts on another day)."""
    shift = move_day(start.first_day, same_day=same_day)[0] - start.first_day
    old = move.before.first_day
    moved = old + shift
    review = f"weekday changed: {old:%A} -> {moved:%A}" if moved.weekday() != old.weekday() else ""
    after = When(moved.year, moved.month, moved.day, move.before.clock)
    return replace(move, after=after, rule="as far from its start as before", review=review)


def _when_at(doc: Document, loc: Loc) -> When | None:
    value = doc.data
    for part in loc:
        value = value[part]
    try:
        return When.parse(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    except ValueError:
        return None


def roll_over_file(
    path: Path, display: str, new_id: str, *, same_day: bool = False
) -> tuple[NewCohort | None, list[SchemeError]]:
    """Add the next cohort to the scheme file at `path`, writing it only if the result passes every check."""
    loaded, problems = load_scheme(path, display)
    if loaded is None:
        return None, problems
    text = path.read_bytes().decode("utf-8")  # not read_text: that would turn CRLF line ends into LF
    result, problems = add_cohort(loaded.doc, text, loaded.model, new_id, same_day=same_day)
    if result is None:
        return None, problems
    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / path.name
        trial.write_bytes(result.text.encode("utf-8"))
        checked, problems = load_scheme(trial, display, data_root=path.parent)
    if checked is None:
        return None, problems
    path.write_bytes(result.text.encode("utf-8"))
    return result, problems
