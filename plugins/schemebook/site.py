"""All schemes of a site, loaded, validated and checked once per build, at one "now"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from schemebook import recommended, rules
from schemebook.errors import SchemeError, errors_only
from schemebook.loading import Document, load_file
from schemebook.model import Scheme
from schemebook.providers import host_warnings
from schemebook.settings import SiteSettings
from schemebook.validation import located_errors

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class LoadedScheme:
    """One valid scheme with the file it came from."""

    slug: str
    display: str
    doc: Document = field(repr=False)
    model: Scheme

    @cached_property
    def zone(self) -> ZoneInfo:
        """The scheme's time zone."""
        return ZoneInfo(self.model.timezone)


@dataclass(frozen=True)
class Site:
    """Every scheme of the site and the instant the site is built for."""

    schemes: tuple[LoadedScheme, ...]
    now: datetime
    settings: SiteSettings = field(default_factory=SiteSettings)
    url: str = ""
    """The site's public address (MkDocs' `site_url`), for links that must be absolute, e.g. in calendars."""

    def scheme(self, slug: str) -> LoadedScheme:
        """The scheme with this slug."""
        return next(s for s in self.schemes if s.slug == slug)


def scheme_files(folder: Path) -> list[Path]:
    """The scheme files in a folder, in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())


def load_scheme(path: Path, display: str) -> tuple[LoadedScheme | None, list[SchemeError]]:
    """Load, validate and check one scheme file; warnings come back with a valid scheme."""
    doc, problems = load_file(path, display)
    if doc is None:
        return None, problems
    slug = path.stem
    if not _SLUG.match(slug):
        hint = "rename the file with lower-case letters, digits and hyphens, e.g. my-scheme.yml"
        return None, [SchemeError(display, 1, 1, f"the file name `{path.name}` cannot be a web address", hint)]
    try:
        model = Scheme.model_validate(doc.data)
    except ValidationError as exc:
        return None, located_errors(doc, Scheme, exc)
    problems = rules.check(doc, model)
    if errors_only(problems):
        return None, problems
    return LoadedScheme(slug, display, doc, model), problems + recommended.warnings(doc, model)


class SchemeCache:
    """Loaded schemes kept between rebuilds, re-read only when their file changes."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[int, int], tuple[LoadedScheme | None, list[SchemeError]]]] = {}
        self.last_good: dict[Path, LoadedScheme] = {}
        """Each file's newest version that loaded without errors, for previews while it is broken."""

    def load(self, path: Path, display: str) -> tuple[LoadedScheme | None, list[SchemeError]]:
        """The scheme at `path`, from the cache when the file is unchanged."""
        stat = path.stat()
        signature = (stat.st_mtime_ns, stat.st_size)
        cached = self._entries.get(path)
        if cached is None or cached[0] != signature:
            cached = (signature, load_scheme(path, display))
            self._entries[path] = cached
            if cached[1][0] is not None:
                self.last_good[path] = cached[1][0]
        return cached[1]


def load_site(
    paths: list[Path],
    root: Path,
    now: datetime,
    settings: SiteSettings,
    cache: SchemeCache | None = None,
    url: str = "",
) -> tuple[Site | None, list[SchemeError]]:
    """Every scheme loaded and checked; the site only when none has an error."""
    cache = cache or SchemeCache()
    schemes, problems = [], []
    for path in paths:
        display = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        loaded, found = cache.load(path, display)
        problems += found
        if loaded:
            schemes.append(loaded)
            problems += host_warnings(loaded.doc, loaded.model, settings.form_hosts)
    if errors_only(problems):
        return None, problems
    return Site(tuple(schemes), now, settings, url), problems


def last_good_site(paths: list[Path], now: datetime, settings: SiteSettings, cache: SchemeCache, url: str = "") -> Site:
    """Each scheme as it last loaded without errors: what a live preview shows while a file is broken."""
    return Site(tuple(cache.last_good[p] for p in paths if p in cache.last_good), now, settings, url)
