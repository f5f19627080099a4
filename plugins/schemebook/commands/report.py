"""`schemebook check --report`: which recommended parts each scheme still lacks, as a plain-text table."""

from __future__ import annotations

from schemebook.checks.recommended import PARTS, missing_parts
from schemebook.model import Scheme

HEADINGS = ("scheme", "missing part", "add it under")


def gap_rows(schemes: list[tuple[str, Scheme | None]]) -> list[tuple[str, str, str]]:
    """One row per missing part of each scheme; a scheme with errors or no gaps gets one row saying so."""
    rows = []
    for name, scheme in schemes:
        if scheme is None:
            rows.append((name, "(not checked: fix its errors first)", ""))
            continue
        gaps = missing_parts(scheme)
        rows += [(name if i == 0 else "", part.label, part.where) for i, part in enumerate(gaps)]
        if not gaps:
            rows.append((name, "(nothing missing)", ""))
    return rows


def table(rows: list[tuple[str, ...]], headings: tuple[str, ...] = HEADINGS) -> str:
    """Rows as left-aligned text columns under a heading and a rule."""
    widths = [max(len(row[i]) for row in [headings, *rows]) for i in range(len(headings))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

    rule = tuple("-" * width for width in widths)
    return "\n".join([line(headings), line(rule), *map(line, rows)])


def gap_report(schemes: list[tuple[str, Scheme | None]]) -> str:
    """The table of missing recommended parts, and a one-line total."""
    checked = [scheme for _, scheme in schemes if scheme is not None]
    missing = sum(len(missing_parts(scheme)) for scheme in checked)
    total = f"{missing} of {len(PARTS) * len(checked)} recommended parts missing across {len(checked)} "
    total += f"scheme{'s' * (len(checked) != 1)}"
    return f"{table(gap_rows(schemes))}\n{total}"
