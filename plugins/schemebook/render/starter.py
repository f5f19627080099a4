"""The commented starting file for a new scheme, dated a few weeks from a given day: what `schemebook new` writes
and the field reference shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from jinja2 import Environment

from schemebook.render.templates import render

TEMPLATE = "new-scheme.yml.j2"
MONDAY, FRIDAY = 0, 4


def _next(day: date, weekday: int) -> date:
    """The first `weekday` on or after `day`."""
    return day + timedelta(days=(weekday - day.weekday()) % 7)


@dataclass(frozen=True)
class StarterDates:
    """The dates a new scheme starts with: sign-up from a fortnight away, training after it, mentoring next."""

    opens: date
    deadline: date
    training: tuple[date, date]
    preparation: tuple[date, date]
    start: date

    @classmethod
    def after(cls, today: date) -> StarterDates:
        """Dates that all lie after `today`, on working days, in an order `schemebook check` accepts."""
        opens = _next(today + timedelta(days=14), MONDAY)
        deadline = _next(opens + timedelta(weeks=3), FRIDAY)
        training = (deadline + timedelta(days=10), deadline + timedelta(days=12))
        preparation = (deadline + timedelta(days=11), deadline + timedelta(days=13))
        last = preparation[-1]
        start = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        return cls(opens, deadline, training, preparation, start)

    @property
    def start_month(self) -> str:
        """The month the mentoring starts, as a scheme file writes it: `2026-03`."""
        return f"{self.start:%Y-%m}"


def scheme_text(name: str, today: date, env: Environment) -> str:
    """The text of a new scheme file called `name`, dated from `today`."""
    return render(env, TEMPLATE, title=name, dates=StarterDates.after(today))
