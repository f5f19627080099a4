"""Records what the browser tests found into the package's checks.json, which the accessibility statement reads:
each test module's docstring is a check, an expected failure's reason a known issue "text (WCAG x.y.z)"."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from schemebook.render.recorded_checks import CHECKS_FILE
from tests.sites import REPO

TARGET = REPO / "plugins" / "schemebook" / CHECKS_FILE


class Recorder:
    """Collects outcomes per test module while the session runs; writes them when it ends."""

    def __init__(self) -> None:
        self.modules: dict[str, bool] = {}
        self.issues: dict[str, str] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Note each test's outcome against its module, and each expected failure as an issue."""
        module = report.nodeid.split("::")[0]
        if hasattr(report, "wasxfail"):
            text, _, criterion = report.wasxfail.rpartition("(WCAG ")
            self.issues[text.strip()] = criterion.rstrip(")")
        elif report.when == "call" or report.failed:
            self.modules[module] = self.modules.get(module, True) and report.passed

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write checks.json: today's date, one check per module, the known issues."""
        checks = []
        for module, passed in sorted(self.modules.items()):
            doc = sys.modules.get(module.removesuffix(".py").replace("/", "."))
            name = " ".join((doc.__doc__ or module).split()) if doc else module
            checks.append({"name": name, "passed": passed})
        issues = [{"text": text, "criterion": criterion} for text, criterion in sorted(self.issues.items())]
        data = {"tested": f"{date.today():%-d %B %Y}", "checks": checks, "issues": issues}
        Path(TARGET).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
