"""Nothing the file says is lost: every text a scheme gives is on one of its pages, or data-only with a reason."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from tests.page_text import page_text
from tests.sites import REPO, example_at
from tests.test_snapshots import IN_WINDOW

DATA_ONLY = {
    "id": "an identifier: it names pages, calendar entries and references, not text to read",
    "roles": "role ids a part applies to: shown as the roles' names",
    "contact": "a contact id: the contact is shown by name",
    "cohort": "a cohort id: the cohort is shown by its title",
    "timezone": "shown in every time as its abbreviation (GMT, BST)",
    "kind": "a kind of event or partner: it decides where the entry is listed",
    "special_category": "named in the privacy notice",
    "results": "a data file: its rows are on the evaluation page",
    "prefill": "form fields filled in from the link: in the form address",
    "method": "a choice that decides the wording used",
    "format": "a choice that decides the wording used",
    "relative_to": "an event id: the event's resolved date is shown",
}
"""Keys whose values are references or choices rather than text a participant reads, and why."""

_WORDS = re.compile(r"[^\W\d_]{4,}")


def _texts(value: object, key: str = "") -> list[tuple[str, str]]:
    """Every free-text value in a scheme document, with the key it sits under."""
    if isinstance(value, dict):
        return [found for k, v in value.items() if k not in DATA_ONLY for found in _texts(v, str(k))]
    if isinstance(value, list):
        return [found for item in value for found in _texts(item, key)]
    if isinstance(value, str) and " " in value.strip():
        return [(key, value)]
    return []


def _fingerprint(text: str) -> str:
    """The first few words of a text, as they read on a page (Markdown and line breaks aside)."""
    return " ".join(_WORDS.findall(text)[:4])


@pytest.fixture(scope="module")
def site_text(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    texts: dict[str, str] = {}
    # What a scheme says only while applications are open (next steps, forms) is read inside its window too.
    for now in (datetime(2026, 12, 1, 12, tzinfo=UTC), *IN_WINDOW.values()):
        texts = _add(texts, example_at(tmp_path_factory, now))
    return texts


def _add(texts: dict[str, str], site: Path) -> dict[str, str]:
    """`texts` with the words of every scheme page of `site` added, by scheme."""
    for html in (site / "schemes").glob("*/**/index.html"):
        slug = html.relative_to(site / "schemes").parts[0]
        words = " ".join(_WORDS.findall(page_text(html.read_text(encoding="utf-8"))))
        texts[slug] = texts.get(slug, "") + "\n" + words
    return texts


@pytest.mark.parametrize("path", sorted((REPO / "schemes").glob("*.yml")), ids=lambda p: p.stem)
def test_every_text_in_an_example_is_on_a_page(site_text: dict[str, str], path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    lost = [(key, text[:60]) for key, text in _texts(document) if _fingerprint(text) not in site_text[path.stem]]
    assert not lost, f"{path.name}: texts on no page: {lost}"
