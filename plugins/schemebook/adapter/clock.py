"""The moment a build reads the schemes at: the `now` setting, SOURCE_DATE_EPOCH, or the time it starts."""

from __future__ import annotations

import os
from datetime import datetime

from mkdocs.exceptions import PluginError

from schemebook.project.site_options import now_problem
from schemebook.read.errors import format_report
from schemebook.read.loading import Document
from schemebook.when.clock import ClockError, build_now


def site_clock(setting: str | None, options: Document, *, kept: datetime | None) -> datetime:
    """The build's clock; a preview given `kept` keeps the first time it read, so unchanged pages stay kept."""
    try:
        now = build_now(os.environ, setting)
    except ClockError as exc:
        if not setting:  # SOURCE_DATE_EPOCH, from the environment rather than the settings
            raise PluginError(f"schemebook: {exc}") from None
        found = format_report([now_problem(options, exc)])
        raise PluginError(f"schemebook found problems in the settings:\n{found}") from None
    if kept is not None and not setting and "SOURCE_DATE_EPOCH" not in os.environ:
        return kept
    return now
