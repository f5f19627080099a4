"""The Jinja2 environment: package templates, overridable by name from the site's overrides folder."""

from __future__ import annotations

import json
import traceback
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, TemplateError
from markupsafe import escape

from schemebook.escaping import link_target
from schemebook.model.names import language_name
from schemebook.model.scheme import address
from schemebook.model.settings import Pages
from schemebook.render import phrases, text
from schemebook.render.event_status import status_words
from schemebook.render.facts import shown_place
from schemebook.render.headings import nest
from schemebook.render.status import running_sentence, stopped_sentence
from schemebook.when.state import ran


def front_matter_string(value: object) -> str:
    """A front-matter string, HTML-escaped because themes print page titles as they are, then quoted for YAML."""
    return json.dumps(str(escape(str(value))), ensure_ascii=False)


def yaml_quoted(value: object) -> str:
    """Text as a double-quoted YAML scalar, its characters as they are (a JSON string is valid YAML)."""
    return json.dumps(str(value), ensure_ascii=False)


FILTERS = {
    "plain": text.plain,
    "sentence": text.sentence,
    "html": text.plain,  # raw HTML in a template is read by Markdown too, so its text is made inert the same way
    "md": text.markdown,
    "day": text.day,
    "capitalize_first": text.capital,
    "clock": text.clock,
    "yaml_string": front_matter_string,
    "yaml_quoted": yaml_quoted,
    "nest": nest,
    "href": link_target,
    "event_status": status_words,
    "language": language_name,
    "address": address,
    "source_date": text.source_date,
    "shown_place": shown_place,
    "stopped": stopped_sentence,
    "running": running_sentence,
    **phrases.FILTERS,
}


def environment(overrides: Path | None, pages: Pages | None = None) -> Environment:
    """Templates from `overrides` first (when it exists), then the package's own; `site_pages` says where the
    site-wide pages are, so that templates link to them only when they are made."""
    loaders = [FileSystemLoader(str(overrides))] if overrides and overrides.is_dir() else []
    env = Environment(
        loader=ChoiceLoader([*loaders, PackageLoader("schemebook.render", "templates")]),
        autoescape=False,  # the output is Markdown: fields are escaped by the `plain` and `md` filters
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=phrases.spoken,  # lengths of time in words wherever a template prints one
        auto_reload=False,  # a changed override makes a new environment (render/cache.py), so no file is re-checked
    )
    env.filters.update(FILTERS)
    env.globals["site_pages"] = pages or Pages()
    env.globals.update(outside_requests=[], unchecked_plugins=[])  # the plugin sets what the host site loads
    env.tests["falsy_or_has"] = lambda roles, role: not roles or role.id in roles
    env.tests["ran"] = ran
    return env


class TemplateFailure(TemplateError):
    """A template that cannot be rendered, with the file and line where it failed."""


def render(env: Environment, name: str, **context: Any) -> str:
    """One template rendered with its context; a failure names the template file and line."""
    try:
        # one place for every template and override: a closing stop never doubles the one scheme text ends with
        return text.one_stop(env.get_template(name).render(**context))
    except TemplateFailure:
        raise
    except TemplateError as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
        where = f"{_shown(frames[-1].filename)}:{frames[-1].lineno}" if frames else name
        raise TemplateFailure(f"{where}: {exc.message or exc}") from None


def _shown(filename: str) -> str:
    path = Path(filename)
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else filename


def template_problem(error: TemplateError) -> str:
    """A template failure as a located message a coordinator can act on."""
    hint = "fix the template, or remove it from overrides/schemebook/ to use the standard one"
    return f"schemebook: template {error.message or error}\n    {hint}"
