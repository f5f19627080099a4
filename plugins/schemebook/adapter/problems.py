"""Problems in the scheme files as a build reports them: errors stop it, warnings are logged, advice is summed up."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from schemebook.checks import recommended
from schemebook.read.errors import SchemeError, format_report

log = get_plugin_logger(__name__)


def report(problems: list[SchemeError], *, fatal: bool, advice: bool) -> None:
    """Stop the build on errors (advice left out, so errors come first); otherwise log each problem.

    With `advice`, the recommended parts a scheme lacks are one summary line, and one line a scheme under --verbose.
    """
    if fatal:
        shown = [p for p in problems if not (advice and p.code == recommended.CODE)]
        raise PluginError("schemebook found problems in the scheme files:\n" + format_report(shown))
    for problem in problems:
        if not (advice and problem.code == recommended.CODE):
            log.warning("%s", problem)
    if advice and (line := recommended.summary(problems)):
        log.info("%s", line)
        for path, count in recommended.per_scheme(problems):
            log.debug("%s: %d recommended part%s missing", path, count, "s" * (count != 1))
