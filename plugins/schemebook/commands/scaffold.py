"""`schemebook new`: a complete, commented starting file for a new scheme, dated a few weeks from today."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from anyascii import anyascii
from jinja2 import Environment

from schemebook.read.errors import SchemeError
from schemebook.render.starter import scheme_text

MAX_SLUG = 60
"""Characters in a new scheme's file name: a readable web address, far below any file system's limit."""


def slugify(name: str) -> str:
    """The file name (and web address) for a scheme name, transliterated from any script by anyascii:
    `Reverse Mentoring 2026!` -> `reverse-mentoring-2026`, `Обратное наставничество` -> `obratnoe-nastavnichestvo`;
    a long name is cut after its last whole word within 60 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
    if len(slug) <= MAX_SLUG:
        return slug
    cut = slug[: MAX_SLUG + 1].rpartition("-")[0]
    return cut or slug[:MAX_SLUG]


def new_scheme(folder: Path, name: str, today: date, env: Environment) -> tuple[Path | None, list[SchemeError]]:
    """Write `<folder>/<slug>.yml` for a new scheme; never overwrites a file."""
    slug = slugify(name)
    target = folder / f"{slug or 'scheme'}.yml"
    if not slug:
        hint = 'give a name with letters or digits, e.g. schemebook new "Reverse mentoring"'
        return None, [SchemeError(str(target), 1, 1, f"`{name}` has no letters or digits to name a file", hint)]
    if target.exists():
        hint = "choose another name, or edit the existing file"
        return None, [SchemeError(str(target), 1, 1, "a scheme file of this name already exists", hint)]
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(scheme_text(name, today, env), encoding="utf-8")
    return target, []
