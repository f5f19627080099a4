"""The build's one "now": read once and passed down, so no module reads the clock itself."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime


class ClockError(ValueError):
    """The configured "now" cannot be read."""


def build_now(environ: Mapping[str, str], fixed: str | None = None) -> datetime:
    """A fixed preview instant if given, else SOURCE_DATE_EPOCH, else the clock; always in UTC."""
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError:
            raise ClockError(f"`now: {fixed}` is not a date and time like 2020-02-04T09:00+00:00") from None
        if moment.tzinfo is None:
            raise ClockError(f"`now: {fixed}` needs a UTC offset, like 2020-02-04T09:00+00:00")
        return moment.astimezone(UTC)
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError):
            raise ClockError(f"SOURCE_DATE_EPOCH={epoch} is not a whole number of seconds") from None
    return datetime.now(UTC)
