"""The widened fields load in every form they name, and a bad value in any of them is a located error."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_site, scheme_files
from schemebook.read.errors import errors_only
from tests.conftest import MINIMAL

NOW = datetime(2030, 1, 20, tzinfo=UTC)
ROLE = "  - id: mentee\n    name: Reverse mentee\n"


def _load(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "schemes").mkdir()
    (tmp_path / "schemes" / "x.yml").write_text(text, encoding="utf-8")
    site, problems = load_site(scheme_files(tmp_path / "schemes"), tmp_path, NOW, SiteSettings())
    errors = [str(p) for p in errors_only(problems)]
    assert (site is None) == bool(errors)
    return errors


def _top(lines: str) -> str:
    return MINIMAL.replace("\nroles:\n", "\n" + lines + "roles:\n", 1)


def _event(fields: str) -> str:
    return MINIMAL.replace("    sign_up:", f"    events:\n      - {{id: e, title: E, {fields}}}\n    sign_up:")


GOOD = {
    "meeting length about": _top("meetings: {duration: about 90 minutes}\n"),
    "meeting length approximately": _top("meetings: {duration: approximately 60 minutes}\n"),
    "meeting length range": _top("meetings: {duration: 45-60 minutes, count: 3-4}\n"),
    "meeting length up to": _top("meetings: {duration: up to 2 hours}\n"),
    "event length": _event("start: 2030-03-02 10:00, duration: 45 to 60 minutes"),
    "cohort length": MINIMAL.replace("length: 6 months", "length: about 6 months"),
    "offers worded": _top("matching: {offers: up to 3}\n"),
    "document http": _top("documents:\n  - {id: d, title: D, url: 'http://www.example.org/d.pdf'}\n"),
    "document unpublished": _top("documents:\n  - {id: d, title: D, published: false}\n"),
    "source partial": _top("sources:\n  - {title: S, url: 'http://www.example.org/', partial: true}\n"),
    "automatic": MINIMAL.replace(ROLE, ROLE + "  - {id: s, name: Student, join: {method: automatic, of: all}}\n"),
    "contact": MINIMAL.replace(ROLE, ROLE + "  - {id: v, name: Visitor, join: {method: contact, through: us}}\n"),
}


@pytest.mark.parametrize("text", GOOD.values(), ids=GOOD.keys())
def test_widened_fields_load(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, text) == []


BAD = {
    "worded length": (_top("meetings: {duration: about ninety minutes}\n"), 5, "expected a length of time"),
    "approximate offset": (
        _event("relative_to: start, offset: about 2 weeks"),
        15,
        "must be one exact length",
    ),
    "ranged offset": (_event("relative_to: start, offset: 1-2 weeks"), 15, "must be one exact length"),
    "offers zero": (_top("matching: {offers: 0}\n"), 5, "must be 1 or more"),
    "document ftp": (
        _top("documents:\n  - {id: d, title: D, url: 'ftp://example.org/d'}\n"),
        6,
        "expected a web address",
    ),
    "unpublished with address": (
        _top("documents:\n  - {id: d, title: D, url: 'https://example.org/d', published: false}\n"),
        6,
        "published: false",
    ),
    "partial not yes or no": (_top("sources:\n  - {title: S, partial: maybe}\n"), 6, "partial"),
    "unknown method": (
        MINIMAL.replace(ROLE, ROLE + "  - {id: s, name: Student, join: {method: automatically}}\n"),
        10,
        "automatic",
    ),
    "of for contact": (
        MINIMAL.replace(ROLE, ROLE + "  - {id: s, name: Student, join: {method: contact, of: all}}\n"),
        10,
        "`of` names the group",
    ),
}


@pytest.mark.parametrize(("text", "line", "words"), BAD.values(), ids=BAD.keys())
def test_a_bad_value_is_a_located_error(tmp_path: Path, text: str, line: int, words: str) -> None:
    errors = _load(tmp_path, text)
    assert any(e.startswith(f"schemes/x.yml:{line}:") and words in e for e in errors), errors
