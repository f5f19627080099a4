"""The `schemebook` command: check scheme files and print the scheme JSON Schema."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from schemebook.clock import build_now
from schemebook.errors import SchemeError, errors_only, format_report
from schemebook.render.schema import schema_text
from schemebook.settings import SiteSettings
from schemebook.site import load_site, scheme_files


def _paths(arguments: list[str]) -> tuple[list[Path], list[SchemeError]]:
    paths, problems = [], []
    for argument in arguments or ["schemes"]:
        path = Path(argument)
        if path.is_dir():
            paths += scheme_files(path)
        elif path.is_file():
            paths.append(path)
        else:
            problems.append(SchemeError(argument, 1, 1, "no such file or folder", "check the path"))
    return paths, problems


def check(arguments: argparse.Namespace) -> int:
    """Validate scheme files; exit status 1 on any error (or warning, with --strict)."""
    paths, problems = _paths(arguments.paths)
    _, found = load_site(paths, Path.cwd(), build_now(os.environ), SiteSettings())
    problems += found
    failed = bool(errors_only(problems)) or (arguments.strict and bool(problems))
    if problems:
        print(format_report(problems), file=sys.stderr)
    print(f"{'FAILED' if failed else 'OK'}: {len(paths)} scheme file{'s' * (len(paths) != 1)} checked")
    return 1 if failed else 0


def schema(arguments: argparse.Namespace) -> int:
    """Print the JSON Schema of a scheme file."""
    sys.stdout.write(schema_text())
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    top = argparse.ArgumentParser(prog="schemebook", description="Scheme handbooks and sign-up pages from YAML.")
    commands = top.add_subparsers(dest="command", required=True)
    checker = commands.add_parser("check", help="validate scheme files (default: the schemes/ folder)")
    checker.add_argument("paths", nargs="*", help="scheme files or folders")
    checker.add_argument("--strict", action="store_true", help="treat warnings (missing recommended parts) as errors")
    checker.set_defaults(run=check)
    commands.add_parser("schema", help="print the JSON Schema of a scheme file").set_defaults(run=schema)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = parser().parse_args(argv)
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())
