"""The plugin options page is generated from the typed config and the settings model, and is current."""

from __future__ import annotations

from schemebook.adapter.config import SchemebookConfig
from schemebook.adapter.options_page import option_docs, options_markdown
from schemebook.model.settings import SiteSettings
from tests.conftest import REPO

PAGE = REPO / "content" / "plugin-options.md"


def test_the_committed_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == options_markdown(), "run `make options` to regenerate the page"


def test_every_option_and_setting_is_on_the_page_with_its_description() -> None:
    page = options_markdown()
    docs = option_docs()
    assert docs.keys() == dict(SchemebookConfig._schema).keys()
    for name in docs:
        assert f"| `{name}` |" in page
    for section, field in SiteSettings.model_fields.items():
        model = field.annotation if isinstance(field.annotation, type) else None
        for name, inner in (model.model_fields if model else {}).items():
            assert f"| `{section}.{name}` |" in page and " ".join((inner.description or "").split()) in page


def test_defaults_are_the_configs_own() -> None:
    page = options_markdown()
    assert "| `schemes_dir` | `schemes` | text |" in page and "| `enabled` | `true` |" in page
    assert "| `recommended` | `info` | one of `info`, `warning` |" in page
    assert "| `institution.name` | required |" in page and "| `pages.privacy` | `privacy/` |" in page
