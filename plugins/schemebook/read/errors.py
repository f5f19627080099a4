"""Problems found in input: values collected and reported together, never raised through MkDocs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How serious a problem is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class SchemeError:
    """One located problem: file, line and column (1-based), what is wrong and what to do."""

    path: str
    line: int
    col: int
    message: str
    hint: str = ""
    level: Level = Level.ERROR
    code: str = ""
    """A short name for the kind of problem, e.g. `recommended`, for tools that treat kinds differently."""

    def __str__(self) -> str:
        head = f"{self.path}:{self.line}:{self.col}: {self.level.value}: {self.message}"
        return f"{head}\n    {self.hint}" if self.hint else head


def errors_only(problems: list[SchemeError]) -> list[SchemeError]:
    """The problems that stop a build."""
    return [p for p in problems if p.level is Level.ERROR]


def format_report(problems: list[SchemeError]) -> str:
    """All problems in file and line order, then a one-line count."""
    ordered = sorted(problems, key=lambda p: (p.path, p.line, p.col, p.message))
    errors = len(errors_only(ordered))
    warnings = len(ordered) - errors
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    return "\n".join([*map(str, ordered), summary])
