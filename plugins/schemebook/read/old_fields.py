"""Fields an earlier version of the scheme file used, found where a file still has them; `schemebook migrate`
rewrites them and the checks warn of them."""

from __future__ import annotations

from schemebook.read.loading import Document, Loc

MODES = {"in-person": "[in-person]", "online": "[online]", "either": "[in-person, online]"}
"""The old `meetings.format` values and the `meetings.modes` each becomes."""


def _meeting_plans(doc: Document) -> list[Loc]:
    data = doc.data if isinstance(doc.data, dict) else {}
    cohorts = data.get("cohorts") if isinstance(data.get("cohorts"), list) else []
    found: list[Loc] = [("meetings",)]
    found += [("cohorts", i, "meetings") for i, c in enumerate(cohorts) if isinstance(c, dict)]
    return found


def value_at(doc: Document, loc: Loc) -> object:
    """The value at `loc` in the file's data, or None where the path leads nowhere."""
    current: object = doc.data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str):
            current = current.get(part)
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            current = current[part]
        else:
            return None
    return current


def old_fields(doc: Document) -> list[Loc]:
    """Where the file uses an old field that `migrate` rewrites."""
    plans = _meeting_plans(doc)
    return [(*loc, "format") for loc in plans if value_at(doc, (*loc, "format")) in MODES]
