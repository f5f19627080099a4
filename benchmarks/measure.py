"""Run one command in this process and report its peak memory and processor time, its child processes' included:
`measure.py OUT -- mkdocs|check ARGS...`."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def main() -> None:
    """Run the command, then write {"status", "peak_rss_mb", "cpu_s"} to OUT."""
    out, _, tool, *args = sys.argv[1:]
    status = 0
    try:
        if tool == "mkdocs":
            from mkdocs.__main__ import cli

            cli.main(args=args, prog_name="mkdocs", standalone_mode=False)
        else:
            from schemebook.commands.cli import main as schemebook

            status = schemebook([tool, *args])
    except SystemExit as exc:
        status = int(exc.code or 0)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = own.ru_maxrss / 1024
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    report = {"status": status, "peak_rss_mb": round(peak, 1), "cpu_s": round(cpu, 3)}
    Path(out).write_text(json.dumps(report), encoding="utf-8")


if __name__ == "__main__":
    main()
