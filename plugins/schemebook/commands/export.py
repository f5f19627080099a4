"""`schemebook export`: the whole site as plain Markdown pages and files, with a settings file beside them, for an
engine that does not run MkDocs plugins (Zensical) to build as it is.

The folder holds `docs/` (the site's own pages with their markers filled in, every generated page and file, the
package's stylesheet and scripts), `theme/` (the site's `custom_dir` and the package's British English strings) and
`mkdocs.yml`, which inherits the site's settings and adds the navigation, the page scripts and the Markdown
extension that keeps sanitised scheme fields whole.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path, PurePosixPath

import yaml
from jinja2 import Environment

from schemebook.project.site import Site
from schemebook.read.errors import SchemeError
from schemebook.render import Output, markers, render_site
from schemebook.render.assets import SCRIPT_URIS, STYLE_URIS, static_outputs
from schemebook.render.brand import BRAND_URI, brand_css
from schemebook.render.navigation import NavItem, site_nav
from schemebook.render.templates import environment

MARK = ".schemebook-export"
"""A file in every exported folder: only a folder holding it is ever replaced by a later export."""
FIELDS = "schemebook.render.fields:FieldsExtension"
LANGUAGES = "partials/languages"


@dataclass(frozen=True)
class Source:
    """What an export reads from the site: its settings file, pages folder, theme overrides and templates."""

    settings: Path
    docs: Path
    templates: Path
    custom_dir: Path | None = None


def export(site: Site, source: Source, out: Path) -> tuple[list[str], list[SchemeError]]:
    """Write the site into `out`, whole or not at all; the pages written, or the problems that stopped it."""
    if refused := _refusal(source, out):
        return [], [refused]
    env = environment(source.templates, site.settings.pages)
    outputs = [*render_site(site, env), *static_outputs()]
    if brand := brand_css(site.settings.brand):
        outputs.append(brand)
    own, problems = _own_pages(site, env, source)
    if taken := sorted({o.uri for o in own} & {o.uri for o in outputs}):
        hint = "move or rename the site's own page; schemebook publishes this address"
        return [], [
            SchemeError(str(source.docs / uri), 1, 1, "a page of the site's own is where a generated page goes", hint)
            for uri in taken
        ]
    pages = [o.uri for o in [*own, *outputs] if o.uri.endswith(".md")]
    in_nav = sorted((o.uri for o in [*own, *outputs] if o.uri.endswith(".md") and o.in_nav), key=_sort_key)
    staging = out.with_name(f".{out.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for output in [*own, *outputs]:
            _write(staging / "docs" / output.uri, output.content)
        _theme(source, staging / "theme")
        (staging / "mkdocs.yml").write_text(_settings(site, source, out, in_nav), encoding="utf-8")
        (staging / MARK).write_text("Written by `schemebook export`; the next export replaces this folder.\n")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return pages, problems


def _refusal(source: Source, out: Path) -> SchemeError | None:
    """A folder the export must not replace: the project, its pages or schemes, or a folder it did not write."""
    where = out.resolve()
    project = source.settings.resolve().parent
    kept = [project, source.docs.resolve(), source.templates.resolve()]
    if any(where == folder or folder.is_relative_to(where) for folder in kept) or where.is_relative_to(source.docs):
        hint = "name a new folder for the export, such as zensical/"
        return SchemeError(str(out), 1, 1, "the export would replace the site's own files", hint)
    if where.exists() and not (where / MARK).is_file():
        hint = "name a new folder, or remove this one if nothing in it is needed"
        return SchemeError(str(out), 1, 1, "the folder exists and was not written by `schemebook export`", hint)
    return None


def _own_pages(site: Site, env: Environment, source: Source) -> tuple[list[Output], list[SchemeError]]:
    """The files of the site's pages folder; Markdown pages with their `<!-- schemebook:... -->` markers filled."""
    outputs, problems = [], []
    for path in sorted(p for p in source.docs.rglob("*") if p.is_file()):
        uri = path.relative_to(source.docs).as_posix()
        if path.suffix != ".md":
            outputs.append(Output(uri, path.read_bytes()))
            continue
        display = os.path.relpath(path, source.settings.resolve().parent)
        text, found = markers.expand(site, env, uri, display, path.read_text(encoding="utf-8"))
        outputs.append(Output(uri, text))
        problems += found
    return outputs, problems


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def _theme(source: Source, folder: Path) -> None:
    """The site's `custom_dir` (its template overrides left out), then the package's language strings where the
    site has none of its own."""
    folder.mkdir(parents=True)
    if source.custom_dir and source.custom_dir.is_dir():
        templates = source.templates.resolve()
        shutil.copytree(source.custom_dir, folder, dirs_exist_ok=True, ignore=_skip(templates))
    languages = files("schemebook").joinpath("theme", *LANGUAGES.split("/"))
    for entry in languages.iterdir():
        target = folder / LANGUAGES / entry.name
        if not target.exists():
            _write(target, entry.read_bytes())


def _skip(templates: Path) -> Callable[[str, list[str]], list[str]]:
    """shutil's ignore callback that leaves out the folder of page template overrides."""

    def ignore(folder: str, names: list[str]) -> list[str]:
        return [name for name in names if (Path(folder) / name).resolve() == templates]

    return ignore


def _sort_key(uri: str) -> tuple:
    """The engines' page order: a folder's index page first, then the rest by name."""
    path = PurePosixPath(uri)
    return (path.parent.parts, path.name not in ("index.md", "README.md"), path.name)


def nest(uris: list[str], prefix: str = "") -> list[NavItem]:
    """Pages nested by folder, as MkDocs nests a navigation it makes itself: each folder a section titled by its
    name, in the place of its first page, its pages in the order given."""
    places: list[str | tuple[str, list[str]]] = []
    folders: dict[str, list[str]] = {}
    for uri in uris:
        head, _, rest = uri.partition("/")
        if not rest:
            places.append(uri)
        elif head in folders:
            folders[head].append(rest)
        else:
            folders[head] = [rest]
            places.append((head, folders[head]))
    return [prefix + place if isinstance(place, str) else _section(prefix, *place) for place in places]


def _section(prefix: str, folder: str, uris: list[str]) -> NavItem:
    title = folder.replace("-", " ").replace("_", " ")
    return {title[:1].upper() + title[1:]: nest(uris, f"{prefix}{folder}/")}


def _settings(site: Site, source: Source, out: Path, in_nav: list[str]) -> str:
    """The export's settings: the site's own, inherited, with what the plugin would have added."""
    parent = Path(os.path.relpath(source.settings.resolve(), out.resolve()))
    styles = [*STYLE_URIS, *([BRAND_URI] if brand_css(site.settings.brand) else [])]
    settings = {
        "INHERIT": parent.as_posix(),
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": {"custom_dir": "theme"},
        "nav": site_nav(in_nav, site, nest),
        "extra_css": styles,
        "extra_javascript": list(SCRIPT_URIS),
        "markdown_extensions": [FIELDS],
    }
    header = (
        "# Written by `schemebook export`: build with `zensical build -f <this file>`. Edit the site's own settings.\n"
    )
    return header + yaml.safe_dump(settings, sort_keys=False, allow_unicode=True)
