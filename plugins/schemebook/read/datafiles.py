"""Data files a scheme names: kept inside the schemes folder, read as text whatever a spreadsheet saved them as."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

MAX_ROWS = 10_000
"""Rows in one results CSV file."""
MAX_BYTES = 5_000_000
"""Size of one results CSV file."""
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SEPARATORS = {";": "semicolons", "\t": "tabs", "|": "vertical bars"}


def inside(folder: Path, name: str) -> Path | None:
    """The file `name` under `folder` with symlinks resolved, or None when it would lead outside the folder."""
    base = folder.resolve()
    target = (base / name).resolve()
    return target if target.is_relative_to(base) and target != base else None


def encoding_of(raw: bytes) -> str | None:
    """The encoding a CSV was saved in: UTF-8 (with or without a BOM), UTF-16, or Windows-1252; None for none."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    if b"\x00" in raw[:4096]:  # UTF-16 without a BOM: every other byte of Latin text is zero
        return "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"
    for encoding in ("utf-8", "cp1252"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def decoded(raw: bytes) -> tuple[str, str] | None:
    """The text of a CSV file and its encoding, or None when it is not text in an encoding a spreadsheet writes."""
    encoding = encoding_of(raw)
    if encoding is None:
        return None
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def separator_problem(header: list[str]) -> str | None:
    """The separator a one-column header really uses, in words, when it is not a comma."""
    if len(header) != 1:
        return None
    return next((words for sep, words in _SEPARATORS.items() if sep in header[0]), None)


def header_of(text: str) -> list[str]:
    """The first row of a CSV text."""
    return next(csv.reader(text.splitlines()[:1]), [])
