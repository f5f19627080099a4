"""All schemes of a site, loaded, validated and checked once per build, at one "now"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from schemebook.checks import placeholders, recommended, rules
from schemebook.checks.providers import host_warnings
from schemebook.model import Scheme
from schemebook.model.scheme import DEFAULT_ZONE
from schemebook.model.settings import SiteSettings
from schemebook.project.evaluation import Result, evaluation_results
from schemebook.read import control, scalars
from schemebook.read.errors import Level, SchemeError, errors_only
from schemebook.read.loading import Document, load_file
from schemebook.read.validation import located_errors

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class LoadedScheme:
    """One valid scheme with the file it came from."""

    slug: str
    display: str
    doc: Document = field(repr=False)
    model: Scheme
    results: tuple[Result, ...] = ()
    """Evaluation results read from the CSV files the scheme names."""
    documents: tuple[tuple[str, Path], ...] = ()
    """Each document file the scheme names (`documents[].file`) and where it is, checked to be inside its folder."""

    @cached_property
    def zone(self) -> ZoneInfo:
        """The zone deadlines and dates are worked out in: the scheme's, or UK time when the file states none."""
        return self.stated_zone or ZoneInfo(DEFAULT_ZONE)

    @cached_property
    def stated_zone(self) -> ZoneInfo | None:
        """The zone the file states, which pages and calendars show; None when it states none."""
        return ZoneInfo(self.model.timezone) if self.model.timezone else None


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


def _scheme_like(path: Path) -> bool:
    return path.suffix.lower() in (".yml", ".yaml")


def scheme_files(folder: Path) -> list[Path]:
    """Every entry of a folder named like a scheme file (whatever it is) and every subfolder holding one, in name
    order, so that none is skipped unsaid: `load_site` reports those it cannot read."""
    found = (
        p
        for p in folder.iterdir()
        if _scheme_like(p) or (p.is_dir() and not p.name.startswith(".") and any(map(_scheme_like, p.rglob("*"))))
    )
    return sorted(found)


def _unreadable(path: Path, root: Path) -> tuple[str, str, bool] | None:
    """Why `path` is not read as a scheme file (message, hint, whether only a warning), or None when it is read."""
    if path.is_symlink() and not path.exists():
        return None  # reading it reports the broken link
    if path.is_dir() and not _scheme_like(path):
        hint = f"scheme files are read only directly in {path.parent.name}/: move them up, or rename them"
        return f"the folder `{path.name}` holds scheme files, which are not read", hint, True
    if path.is_dir():
        return f"`{path.name}` is a folder, not a scheme file", "rename the folder, without .yml", False
    if not path.is_file():
        return f"`{path.name}` is not a file (a pipe, device or socket)", "remove it from the schemes folder", False
    base = root if path.absolute().is_relative_to(root.absolute()) else path.parent
    if path.is_symlink() and not path.resolve().is_relative_to(base.resolve()):
        return "the file is a link to a file outside the project", "copy the scheme file into the project", False
    return None


def load_scheme(
    path: Path, display: str, data_root: Path | None = None
) -> tuple[LoadedScheme | None, list[SchemeError]]:
    """Load, validate and check one scheme file; warnings come back with a valid scheme.

    Data files are found relative to `data_root`, by default the scheme file's folder.
    """
    loaded, problems, _ = _load(path, display, data_root or path.parent)
    return loaded, problems


def _load(path: Path, display: str, data_root: Path) -> tuple[LoadedScheme | None, list[SchemeError], list[Path]]:
    """One scheme file through the pipeline, read -> validate -> check -> load; with its problems and the data files
    it names (read or not), whose changes must reload it."""
    doc, problems = _read(path, display)
    if doc is None:
        return None, problems, []
    try:
        model = Scheme.model_validate(doc.data)
    except ValidationError as exc:
        return None, problems + located_errors(doc, Scheme, exc), []
    problems += rules.check(doc, model, data_root)
    results, files, found = evaluation_results(data_root, display, doc, model)
    problems += found
    documents = tuple((d.file, (data_root / d.file).resolve()) for d in model.documents if d.file)
    files += [path for _, path in documents]
    if errors_only(problems):
        return None, problems, files
    loaded = LoadedScheme(path.stem, display, doc, model, tuple(results), documents)
    return loaded, problems + placeholders.found(doc) + recommended.warnings(doc, model), files


def _read(path: Path, display: str) -> tuple[Document | None, list[SchemeError]]:
    """The file as data with positions, with what reading found: a name that cannot be an address stops it here;
    unquoted values YAML changed and control characters are reported beside it."""
    doc, problems = load_file(path, display)
    if doc is None:
        return None, problems
    if not _SLUG.match(path.stem):
        hint = "rename the file with lower-case letters, digits and hyphens, e.g. my-scheme.yml"
        return None, [SchemeError(display, 1, 1, f"the file name `{path.name}` cannot be a web address", hint)]
    return doc, problems + scalars.keep_text(doc, Scheme) + scalars.cut_by_comments(doc) + control.found(doc)


def _signature(files: list[Path]) -> tuple:
    """What must be unchanged for a cached load to stand: a scheme file and the data files it names."""
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) if f.exists() else (str(f),) for f in files)


class SchemeCache:
    """Loaded schemes kept between rebuilds, re-read only when their file changes."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple, tuple[LoadedScheme | None, list[SchemeError]], list[Path]]] = {}
        self.last_good: dict[Path, LoadedScheme] = {}
        """Each file's newest version that loaded without errors, for previews while it is broken."""

    def load(self, path: Path, display: str) -> tuple[LoadedScheme | None, list[SchemeError]]:
        """The scheme at `path`, from the cache when neither it nor a data file it reads has changed."""
        cached = self._entries.get(path)
        if cached is None or cached[0] != _signature([path, *cached[2]]):
            loaded, problems, files = _load(path, display, path.parent)
            cached = (_signature([path, *files]), (loaded, problems), files)
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
    schemes, problems, slugs = [], [], {}
    for path in paths:
        display = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        if (first := slugs.setdefault(path.stem, path)) != path:
            hint = f"both would publish the scheme `{path.stem}`: keep one of them"
            problems.append(SchemeError(display, 1, 1, f"`{first.name}` and `{path.name}` are the same scheme", hint))
            continue
        if unread := _unreadable(path, root):
            message, hint, warning = unread
            problems.append(SchemeError(display, 1, 1, message, hint, Level.WARNING if warning else Level.ERROR))
            continue
        try:
            loaded, found = cache.load(path, display)
        except Exception as exc:  # the boundary of a stage: whatever a file does, it is reported where it stands
            hint = "this is a fault in schemebook, not in the file: please report it with the file"
            loaded, found = None, [SchemeError(display, 1, 1, f"the file could not be checked ({exc!r:.200})", hint)]
        problems += found
        if loaded:
            schemes.append(loaded)
            problems += host_warnings(loaded.doc, loaded.model, settings.form_hosts)
    if errors_only(problems):
        return None, problems
    return Site(tuple(schemes), now, settings, url), problems


def load_folder(
    folder: Path, root: Path, now: datetime, settings: SiteSettings, cache: SchemeCache, url: str = ""
) -> tuple[Site | None, list[SchemeError]]:
    """Every scheme file in `folder`, loaded as `load_site` loads them."""
    return load_site(scheme_files(folder), root, now, settings, cache, url)


def last_good_site(paths: list[Path], now: datetime, settings: SiteSettings, cache: SchemeCache, url: str = "") -> Site:
    """Each scheme as it last loaded without errors: what a live preview shows while a file is broken."""
    return Site(tuple(cache.last_good[p] for p in paths if p in cache.last_good), now, settings, url)
