"""A MkDocs hook for both plain baselines: the schemebook package's theme, as the plugin adds it.

The plugin puts its templates (British English, the header's buttons, the footer's statement links) before
Material's, lists its stylesheet and scripts, passes scheme text fields, which it rendered and sanitised when it
wrote the Markdown, through to the page, leaves navigation and contents outside `<main>`, and gives every page its
content policy. Plain MkDocs does
the same here, so that it draws the same HTML and the benchmark compares like with like.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from schemebook.adapter.host_theme import add_to_theme
from schemebook.adapter.landmarks import content_as_main
from schemebook.model.settings import Pages
from schemebook.render.fields import FieldsExtension
from schemebook.render.page_policy import with_policy


@event_priority(100)  # first, as in the plugin: Material's search reads the theme's language strings
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The package's templates, stylesheet and scripts in the theme; scheme fields passed through."""
    add_to_theme(config)
    config.markdown_extensions.append(FieldsExtension())
    return config


def on_env(env: Environment, **_: object) -> Environment:
    """The statements' addresses for the footer (the benchmark keeps the plugin's defaults)."""
    env.globals["schemebook_pages"] = Pages()
    return env


def on_post_page(output: str, **_: object) -> str:
    """Navigation and contents outside `<main>`, and the content policy."""
    return with_policy(content_as_main(output))


def on_post_template(output_content: str, template_name: str, **_: object) -> str:
    """The same for pages from theme templates alone."""
    output = content_as_main(output_content)
    return with_policy(output) if template_name.endswith(".html") else output
