"""What the site's own browser tests last found, as the accessibility statement reports it: the checks that ran,
when, and the known issues with the WCAG criterion each fails. `make checks` rewrites `checks.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files

CHECKS_FILE = "checks.json"


@dataclass(frozen=True)
class Check:
    """One automated check, in words, and whether it passed."""

    name: str
    passed: bool


@dataclass(frozen=True)
class Issue:
    """A known accessibility problem and the WCAG 2.2 success criterion it fails."""

    text: str
    criterion: str


@dataclass(frozen=True)
class Checks:
    """The last recorded run of the browser tests."""

    tested: str
    checks: list[Check]
    issues: list[Issue]


def parse_checks(data: dict) -> Checks:
    """The results as the recorder wrote them."""
    checks = [Check(c["name"], bool(c["passed"])) for c in data.get("checks", [])]
    issues = [Issue(i["text"], i["criterion"]) for i in data.get("issues", [])]
    return Checks(str(data.get("tested", "")), checks, issues)


def load_checks() -> Checks:
    """The results shipped with the package."""
    return parse_checks(json.loads(files("schemebook").joinpath(CHECKS_FILE).read_text(encoding="utf-8")))
