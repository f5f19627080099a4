"""The `schemebook` command: check, new, new-cohort and schema; the work is done in the modules it calls."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from schemebook.checks import recommended
from schemebook.model.settings import SiteSettings
from schemebook.project.folders import site_dir_problem, source_folders
from schemebook.project.site import SchemeCache, load_site, scheme_files
from schemebook.project.site_config import SiteConfig, find_config, read_site_config
from schemebook.project.site_options import site_url_warning, validate_settings
from schemebook.read.errors import SchemeError, errors_only, format_report
from schemebook.read.validation import did_you_mean
from schemebook.when.clock import ClockError, build_now

if TYPE_CHECKING:
    from schemebook.commands.rollover import NewCohort

# Each command imports what only it needs, so that `check`, run on every save, starts quickly.

TEMPLATES = Path("overrides/schemebook")
"""The site's template overrides, where `new-scheme.yml.j2` may replace the built-in starting file."""


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
    settings, lines = validate_settings(config.options, config.display)
    problems += [SchemeError(config.display, 1, 1, line.removeprefix(f"{config.display}, ")) for line in lines]
    if config.uses_plugin and (missing := site_url_warning(config.site_url, config.display)):
        problems.append(missing)
    options = config.options
    sources = source_folders(
        config.root,
        config.docs_dir,
        str(options.get("schemes_dir", "schemes")),
        str(options.get("templates_dir", TEMPLATES)),
    )
    if config.path and (problem := site_dir_problem(config.root / config.site_dir, sources)):
        hint = "set `site_dir` to a folder of its own, e.g. `site`"
        problems.append(SchemeError(config.display, 1, 1, problem, hint))
    return config, settings, problems


def _fail(problems: list[SchemeError]) -> int:
    print(format_report(problems), file=sys.stderr)
    return 1


def _print_problems(problems: list[SchemeError], *, strict: bool, report: bool) -> None:
    """Every problem, except that missing recommended parts get one line per file (or the report's table)."""
    gaps = Counter(p.path for p in problems if p.code == recommended.CODE)
    shown = [p for p in problems if strict or p.code != recommended.CODE]
    if shown:
        print(format_report(shown), file=sys.stderr)
    for path, count in [] if strict or report else sorted(gaps.items()):
        print(f"{path}: {count} recommended part{'s' * (count != 1)} missing; `schemebook check --report` lists them")


def check(arguments: argparse.Namespace) -> int:
    """Validate scheme files; exit status 1 on any error (or warning, with --strict)."""
    config, settings, problems = _site(arguments.config_file)
    folder = config.root / str(config.options.get("schemes_dir", "schemes"))
    paths, missing = _paths(arguments.paths, folder if config.path else Path("schemes"))
    problems += missing
    cache = SchemeCache()
    fixed = config.options.get("now")
    now = build_now(os.environ, str(fixed) if fixed is not None else None)
    _, found = load_site(paths, Path.cwd(), now, settings or SiteSettings(), cache, config.site_url)
    problems += found
    failed = bool(errors_only(problems)) or (arguments.strict and bool(problems))
    _print_problems(problems, strict=arguments.strict, report=arguments.report)
    if arguments.report:
        from schemebook.commands.report import gap_report

        schemes = [(path.stem, cache.load(path, str(path))[0]) for path in paths]
        print(gap_report([(name, loaded.model if loaded else None) for name, loaded in schemes]))
    checked = sum(not p.is_dir() for p in paths)
    print(f"{'FAILED' if failed else 'OK'}: {checked} scheme file{'s' * (checked != 1)} checked")
    return 1 if failed else 0


def new(arguments: argparse.Namespace) -> int:
    """Write a complete starting file for a new scheme, dated from today."""
    from schemebook.commands.scaffold import new_scheme
    from schemebook.render.templates import environment

    today = build_now(os.environ).astimezone(ZoneInfo("Europe/London")).date()
    path, problems = new_scheme(Path(arguments.folder), arguments.name, today, environment(TEMPLATES))
    if path is None:
        return _fail(problems)
    print(f"Wrote {path}: every section of a scheme, with starting text and dates from {today.day} {today:%B %Y}.")
    print("Next: replace each value marked `# replace`, edit the text, then run `make check`.")
    print("`make serve` previews the site as you save (http://127.0.0.1:8000/); the new scheme is on its home page.")
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

    path, problems = _scheme_path(Path(arguments.folder), arguments.scheme)
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

    paths, problems = _paths(arguments.paths, Path("schemes"))
    for path in paths:
        rewrites, found = migrate_file(path, str(path))
        problems += found
        for r in rewrites:
            print(f"{path}:{r.line}: `{r.before}` is now `{r.after}`")
    return _fail(problems) if problems else 0


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
    checker = commands.add_parser("check", help="validate scheme files (default: the schemes/ folder)")
    checker.add_argument("paths", nargs="*", help="scheme files or folders")
    checker.add_argument("--strict", action="store_true", help="treat warnings (missing recommended parts) as errors")
    checker.add_argument(
        "-f", "--config-file", help="the site's settings file (default: mkdocs.yml in this folder, if there is one)"
    )
    checker.add_argument("--report", action="store_true", help="list each scheme's missing recommended parts")
    checker.set_defaults(run=check)
    maker = commands.add_parser("new", help='start a new scheme file: schemebook new "Scheme name"')
    maker.add_argument("name", help="the scheme's name; the file is named after it")
    maker.add_argument("--folder", default="schemes", help="where scheme files live (default: schemes)")
    maker.set_defaults(run=new)
    roller = commands.add_parser("new-cohort", help="add next year's cohort: schemebook new-cohort <scheme> <id>")
    roller.add_argument("scheme", help="the scheme's file name without .yml, e.g. nottingham-stemm-change")
    roller.add_argument("cohort", help="the new cohort's id, e.g. 2027")
    roller.add_argument("--folder", default="schemes", help="where scheme files live (default: schemes)")
    roller.add_argument(
        "--same-day", action="store_true", help="keep each date's day of the month instead of its weekday"
    )
    roller.set_defaults(run=new_cohort)
    migrator = commands.add_parser("migrate", help="rewrite old fields in place, keeping comments")
    migrator.add_argument("paths", nargs="*", help="scheme files or folders (default: schemes)")
    migrator.set_defaults(run=migrate)
    commands.add_parser("schema", help="print the JSON Schema of a scheme file").set_defaults(run=schema)
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
