"""The `schemebook` command: check, new, new-cohort and schema; the work is done in the modules it calls."""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from schemebook.checks import recommended
from schemebook.model.settings import SiteSettings
from schemebook.project.folders import site_dir_problem, source_folders
from schemebook.project.settings_positions import option_positions
from schemebook.project.site import SchemeCache, load_site, scheme_files
from schemebook.project.site_config import SiteConfig, find_config, read_site_config
from schemebook.project.site_options import now_problem, site_url_warning, validate_settings
from schemebook.read.errors import SchemeError, errors_only, format_report
from schemebook.read.validation import did_you_mean
from schemebook.when.clock import ClockError, build_now

if TYPE_CHECKING:
    from schemebook.commands.rollover import NewCohort

# Each command imports what only it needs, so that `check`, run on every save, starts quickly.

SCHEMES_DIR, TEMPLATES_DIR = "schemes", "overrides/schemebook"
"""The plugin's defaults for `schemes_dir` and `templates_dir` (where `new-scheme.yml.j2` may be replaced)."""


def _paths(arguments: list[str], default: Path) -> tuple[list[Path], list[SchemeError]]:
    paths, problems = [], []
    for argument in arguments or [str(default)]:
        path = Path(argument)
        if path.is_dir():
            paths += scheme_files(path)
        elif path.is_file():
            paths.append(path)
        else:
            hint = "check the path" if arguments else "create the folder, or set `schemes_dir` in the settings file"
            problems.append(SchemeError(argument, 1, 1, "no such file or folder", hint))
    return paths, problems


def _site(config_file: str | None) -> tuple[SiteConfig, SiteSettings | None, list[SchemeError]]:
    """The site's settings file and the settings in it, as a build would read them."""
    config, problems = read_site_config(find_config(config_file))
    settings, found = validate_settings(option_positions(config.path, config.display, config.options))
    problems += found
    if config.uses_plugin and (missing := site_url_warning(config.site_url, config.display)):
        problems.append(missing)
    options = config.options
    sources = source_folders(
        config.root,
        config.docs_dir,
        str(options.get("schemes_dir", SCHEMES_DIR)),
        str(options.get("templates_dir", TEMPLATES_DIR)),
    )
    if config.path and (problem := site_dir_problem(config.root / config.site_dir, sources)):
        hint = "set `site_dir` to a folder of its own, e.g. `site`"
        problems.append(SchemeError(config.display, 1, 1, problem, hint))
    return config, settings, problems


def _shown(path: Path) -> Path:
    """A path as messages show it: relative to the working folder when inside it."""
    return Path(os.path.relpath(path)) if path.is_relative_to(Path.cwd()) else path


def _folders(config: SiteConfig) -> tuple[Path, Path]:
    """The schemes folder and the template overrides the build reads, by the settings file's options."""
    schemes = config.root / str(config.options.get("schemes_dir", SCHEMES_DIR))
    return _shown(schemes), _shown(config.root / str(config.options.get("templates_dir", TEMPLATES_DIR)))


def _project(arguments: argparse.Namespace) -> tuple[Path, Path, list[SchemeError]]:
    """Where the command writes: --folder, else the settings file's `schemes_dir`; and the template overrides."""
    config, problems = read_site_config(find_config(arguments.config_file))
    schemes, templates = _folders(config)
    given = getattr(arguments, "folder", None)
    return Path(given) if given else schemes, templates, problems


def _fail(problems: list[SchemeError]) -> int:
    print(format_report(problems), file=sys.stderr)
    return 1


def _print_problems(problems: list[SchemeError], *, advice: bool, report: bool) -> None:
    """Every problem, except that missing recommended parts, as advice, get one line (or the report's table)."""
    shown = [p for p in problems if not (advice and p.code == recommended.CODE)]
    if shown:
        print(format_report(shown), file=sys.stderr)
    if advice and not report and (line := recommended.summary(problems)):
        print(line)


def check(arguments: argparse.Namespace) -> int:
    """Validate scheme files; exit status 1 on any error (or warning, with --strict)."""
    config, settings, problems = _site(arguments.config_file)
    paths, missing = _paths(arguments.paths, _folders(config)[0])
    problems += missing
    cache = SchemeCache()
    fixed = config.options.get("now")
    try:
        now = build_now(os.environ, str(fixed) if fixed is not None else None)
    except ClockError as exc:
        if fixed is None:
            raise
        options = option_positions(config.path, config.display, config.options)
        return _fail([*problems, now_problem(options, exc)])
    _, found = load_site(paths, Path.cwd(), now, settings or SiteSettings(), cache, config.site_url)
    problems += found
    # As in a build: missing recommended parts are advice unless the site sets `recommended: warning`, so an
    # honest file from an incomplete source passes --strict.
    advice = config.options.get("recommended", "info") == "info"
    counted = [p for p in problems if not (advice and p.code == recommended.CODE)]
    failed = bool(errors_only(problems)) or (arguments.strict and bool(counted))
    _print_problems(problems, advice=advice, report=arguments.report)
    if arguments.report:
        from schemebook.commands.report import gap_report

        schemes = [(path.stem, cache.load(path, str(path))[0]) for path in paths]
        print(gap_report([(name, loaded.model if loaded else None) for name, loaded in schemes]))
    checked = sum(not p.is_dir() for p in paths)
    print(_summary(counted if arguments.strict else errors_only(problems), checked, config.display))
    return 1 if failed else 0


def _summary(failures: list[SchemeError], checked: int, settings_file: str) -> str:
    """The last line: OK, or what failed, the settings file told apart from the scheme files."""
    files = f"{checked} scheme file{'s' * (checked != 1)} checked"
    if not failures:
        return f"OK: {files}"
    failed_files = len({p.path for p in failures} - {settings_file})
    in_settings = any(p.path == settings_file for p in failures)
    settings = f"the settings in {settings_file} have problems; " if in_settings else ""
    return f"FAILED: {settings}{files}, {failed_files or 'none'} with problems"


def new(arguments: argparse.Namespace) -> int:
    """Write a complete starting file for a new scheme, dated from today."""
    from schemebook.commands.scaffold import new_scheme
    from schemebook.render.templates import environment

    folder, templates, problems = _project(arguments)
    if problems:
        return _fail(problems)
    today = build_now(os.environ).astimezone(ZoneInfo("Europe/London")).date()
    path, problems = new_scheme(folder, arguments.name, today, environment(templates))
    if path is None:
        return _fail(problems)
    print(f"Wrote {path}: every section of a scheme, with starting text and dates from {today.day} {today:%B %Y}.")
    print("Next: replace each value marked `# replace`, edit the text, then run `schemebook check`.")
    print("`mkdocs serve` previews the site as you save (http://127.0.0.1:8000/); the new scheme is on its home page.")
    return 0


def _scheme_path(folder: Path, slug: str) -> tuple[Path | None, list[SchemeError]]:
    for path in (Path(slug), folder / f"{slug}.yml", folder / f"{slug}.yaml"):
        if path.suffix in (".yml", ".yaml") and path.is_file():
            return path, []
    known = [p.stem for p in scheme_files(folder)] if folder.is_dir() else []
    hint = did_you_mean(slug, known) or f"no scheme files are in {folder}/"
    return None, [SchemeError(str(folder / f"{slug}.yml"), 1, 1, f"no scheme `{slug}`", hint)]


def new_cohort(arguments: argparse.Namespace) -> int:
    """Add the next cohort to a scheme: the latest one copied with its dates moved on a year."""
    from schemebook.commands.rollover import roll_over_file

    folder, _, problems = _project(arguments)
    if problems:
        return _fail(problems)
    path, problems = _scheme_path(folder, arguments.scheme)
    if path is None:
        return _fail(problems)
    result, problems = roll_over_file(path, str(path), arguments.cohort, same_day=arguments.same_day)
    if result is None:
        return _fail(problems)
    _print_new_cohort(path, arguments.cohort, result)
    return 0


def _print_new_cohort(path: Path, cohort: str, result: NewCohort) -> None:
    from schemebook.commands.report import table

    print(f"{path}: added cohort {cohort}, a copy of cohort {result.copied_from} with its dates moved on a year.")
    rows = [(m.path, str(m.before), str(m.after), m.rule, m.review) for m in result.moves]
    print(table(rows, ("field", "was", "now", "by the rule", "check")))
    flagged = sum(1 for m in result.moves if m.review)
    if flagged:
        print(f"{flagged} date{'s' * (flagged != 1)} to check: see the last column.")
    for note in result.notes:
        print(f"Note: {note}.")


def migrate(arguments: argparse.Namespace) -> int:
    """Rewrite old fields of scheme files in place, keeping comments; prints each rewrite."""
    from schemebook.commands.migrate import migrate_file

    folder, _, problems = _project(arguments)
    if problems:
        return _fail(problems)
    paths, problems = _paths(arguments.paths, folder)
    for path in paths:
        rewrites, found = migrate_file(path, str(path))
        problems += found
        for r in rewrites:
            print(f"{path}:{r.line}: `{r.before}` is now `{r.after}`")
    return _fail(problems) if problems else 0


def export(arguments: argparse.Namespace) -> int:
    """Write the site's pages and files, with settings, into a folder an engine without plugins builds."""
    from schemebook.commands.export import Source
    from schemebook.commands.export import export as write

    config, settings, problems = _site(arguments.config_file)
    if config.path is None or settings is None:
        hint = "run it in the site's folder, or name the settings file with -f"
        return _fail(problems or [SchemeError("mkdocs.yml", 1, 1, "no settings file to export", hint)])
    now = build_now(os.environ, str(config.options["now"]) if config.options.get("now") is not None else None)
    schemes, templates = _folders(config)
    site, found = load_site(scheme_files(schemes), Path.cwd(), now, settings, SchemeCache(), config.site_url)
    if site is None or errors_only(problems):
        return _fail(errors_only(problems + found))
    theme = config.data.get("theme") if isinstance(config.data.get("theme"), dict) else {}
    custom_dir = config.root / str(theme["custom_dir"]) if theme.get("custom_dir") else None
    docs = config.root / config.docs_dir
    pages, refused = write(site, Source(config.path, docs, templates, custom_dir), Path(arguments.folder))
    if not pages:
        return _fail(refused)
    for problem in refused:
        print(problem, file=sys.stderr)
    print(f"Wrote {len(pages)} pages and their files to {arguments.folder}/.")
    print(f"Build them with: zensical build -f {Path(arguments.folder) / 'mkdocs.yml'}")
    return 0


def schema(arguments: argparse.Namespace) -> int:
    """Print the JSON Schema of a scheme file."""
    from schemebook.render.schema import schema_text

    sys.stdout.write(schema_text())
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    top = argparse.ArgumentParser(prog="schemebook", description="Scheme handbooks and sign-up pages from YAML.")
    top.add_argument("--version", action="version", version=f"schemebook {version('schemebook')}")
    commands = top.add_subparsers(dest="command", required=True)
    site = argparse.ArgumentParser(add_help=False)
    site.add_argument(
        "-f", "--config-file", help="the site's settings file (default: mkdocs.yml in this folder, if there is one)"
    )
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument("--folder", help="where scheme files live (default: the settings' schemes_dir, or schemes)")
    checker = commands.add_parser("check", parents=[site], help="validate scheme files (default: the schemes/ folder)")
    checker.add_argument("paths", nargs="*", help="scheme files or folders")
    checker.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (placeholders; missing recommended parts with `recommended: warning`) as errors",
    )
    checker.add_argument("--report", action="store_true", help="list each scheme's missing recommended parts")
    checker.set_defaults(run=check)
    maker = commands.add_parser(
        "new", parents=[site, folder], help='start a new scheme file: schemebook new "Scheme name"'
    )
    maker.add_argument("name", help="the scheme's name; the file is named after it")
    maker.set_defaults(run=new)
    roller = commands.add_parser(
        "new-cohort", parents=[site, folder], help="add next year's cohort: schemebook new-cohort <scheme> <id>"
    )
    roller.add_argument("scheme", help="the scheme's file name without .yml, e.g. nottingham-stemm-change")
    roller.add_argument("cohort", help="the new cohort's id, e.g. 2027")
    roller.add_argument(
        "--same-day", action="store_true", help="keep each date's day of the month instead of its weekday"
    )
    roller.set_defaults(run=new_cohort)
    migrator = commands.add_parser("migrate", parents=[site], help="rewrite old fields in place, keeping comments")
    migrator.add_argument("paths", nargs="*", help="scheme files or folders (default: the settings' schemes_dir)")
    migrator.set_defaults(run=migrate)
    commands.add_parser("schema", help="print the JSON Schema of a scheme file").set_defaults(run=schema)
    exporter = commands.add_parser("export", help="write the site as plain pages for Zensical")
    exporter.add_argument("folder", help="a new folder for the pages and their settings, e.g. zensical")
    exporter.add_argument("-f", "--config-file", help="the site's settings file (default: mkdocs.yml in this folder)")
    exporter.set_defaults(run=export)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except ClockError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
