"""Dates: relative events resolved, local times made exact, sign-up state at an instant."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from schemebook.model import Cohort, Event, Option, Scheme, Span, When

COHORT_ANCHORS = ("start", "end")


def shift(when: When, span: Span) -> When:
    """`when` moved by `span` (its lower bound), keeping what precision the move allows."""
    amount = span.low
    if when.month is None:
        return When(when.year + round(amount), None) if span.unit == "year" else when
    if span.unit in ("month", "year"):
        months = when.year * 12 + when.month - 1 + round(amount * (12 if span.unit == "year" else 1))
        year, month = divmod(months, 12)
        if when.day is None:
            return When(year, month + 1)
        day = min(when.day, calendar.monthrange(year, month + 1)[1])
        return When(year, month + 1, day, when.clock)
    if when.day is None:
        return when
    step = timedelta(**{f"{span.unit}s": amount})
    if when.clock is None:
        moved = when.first_day + timedelta(days=step.days)
        return When(moved.year, moved.month, moved.day)
    moved_at = datetime.combine(when.first_day, when.clock) + step
    return When(moved_at.year, moved_at.month, moved_at.day, moved_at.time())


def exact(when: When, zone: ZoneInfo | None) -> datetime:
    """The instant `when` begins, in `zone` (midnight for a day, the 1st for a month); a local time without a zone
    when `zone` is None."""
    return datetime.combine(when.first_day, when.clock or time(0), tzinfo=zone)


def after(when: When, zone: ZoneInfo) -> datetime:
    """The instant just past `when`: the minute itself, or the end of its day, month or year."""
    if when.clock is not None:
        return exact(when, zone)
    if when.day is not None:
        return datetime.combine(when.first_day + timedelta(days=1), time(0), tzinfo=zone)
    if when.month is None:
        return datetime.combine(date(when.year + 1, 1, 1), time(0), tzinfo=zone)
    last = calendar.monthrange(when.year, when.month)[1]
    return datetime.combine(date(when.year, when.month, last) + timedelta(days=1), time(0), tzinfo=zone)


def local_time_problem(when: When, zone: ZoneInfo) -> str | None:
    """Why a local time does not exist, or is ambiguous, in `zone` (clock changes), or None."""
    if when.clock is None:
        return None
    naive = datetime.combine(when.first_day, when.clock)
    there_and_back = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if there_and_back != naive:
        return "does not exist: the clocks go forward at that time"
    if naive.replace(tzinfo=zone, fold=0).utcoffset() != naive.replace(tzinfo=zone, fold=1).utcoffset():
        return "happens twice: the clocks go back at that time"
    return None


def clock_change_within(start: When, span: Span, zone: ZoneInfo) -> bool:
    """Whether the clocks change between `start` and `span` (hours or minutes) later, so that the time on the
    clock moves by more or less than `span`."""
    if start.clock is None or span.unit not in ("hour", "minute"):
        return False
    begins = exact(start, zone)
    real = (begins.astimezone(UTC) + timedelta(**{f"{span.unit}s": span.high})).astimezone(zone)
    return real.utcoffset() != begins.utcoffset()


def end_of(start: When, end: When | time | None, duration: Span | None) -> When | None:
    """The end of something from its start and either an end (a time alone means the same day) or an exact length;
    None for a length that is approximate, ranged or bounded."""
    if isinstance(end, time):
        return When(start.year, start.month, start.day, end) if start.day is not None else None
    if end is not None:
        return end
    # Only an exact length gives an end: "about 90 minutes" or "45 to 60 minutes" names no time to end at.
    return shift(start, duration) if duration is not None and duration.exact and start.clock is not None else None


def cohort_start(cohort: Cohort) -> When | None:
    """When a cohort's mentoring starts."""
    return cohort.start


def cohort_end(cohort: Cohort) -> When | None:
    """When a cohort's mentoring ends: its `end`, or its start moved by its length when that is exact."""
    if cohort.end is not None:
        return cohort.end
    if cohort.start is not None and cohort.length is not None and cohort.length.exact:
        return shift(cohort.start, cohort.length)
    return None


@dataclass(frozen=True)
class Dated:
    """An event (or one option of a choose-one-of event) with its dates resolved."""

    cohort: Cohort
    event: Event
    option: Option | None
    start: When | None
    end: When | None

    @property
    def planned_location(self) -> str | None:
        """Where it was planned to take place, before any move online."""
        return self.option.location if self.option else self.event.location

    @property
    def moved_online(self) -> bool:
        """Whether the source says it was moved online."""
        return self.event.status is not None and self.event.status.state == "moved-online"

    @property
    def location(self) -> str | None:
        """Where it takes place: nowhere in person once it was moved online."""
        return None if self.moved_online else self.planned_location

    @property
    def online(self) -> bool:
        """Whether it takes place online."""
        return self.moved_online or (self.option.online if self.option else self.event.online)

    @property
    def held(self) -> bool:
        """Whether it is to take place as dated: not postponed or cancelled (its date is then only the plan)."""
        return self.event.status is None or self.event.status.state == "moved-online"

    @property
    def uid_parts(self) -> tuple[str, ...]:
        """The ids that name it for good: cohort, event and option."""
        return (self.cohort.id, self.event.id, *((self.option.id,) if self.option else ()))


def event_start(cohort: Cohort, event: Event, _seen: frozenset[str] = frozenset()) -> When | None:
    """When an event starts, following `relative_to` chains; None when undated or circular."""
    if event.start is not None or event.relative_to is None:
        return event.start
    if event.relative_to in _seen:
        return None
    anchor: When | None
    if event.relative_to == "start":
        anchor = cohort_start(cohort)
    elif event.relative_to == "end":
        anchor = cohort_end(cohort)
    else:
        target = next((e for e in cohort.events if e.id == event.relative_to), None)
        anchor = event_start(cohort, target, _seen | {event.id}) if target else None
    if anchor is None:
        return None
    return shift(anchor, event.offset) if event.offset else anchor


SIGN_UP_EVENTS = ("applications-open", "application-deadline")
"""Event ids the timeline gives a cohort's sign-up window; scheme files may not use them."""


def signup_events(cohort: Cohort) -> list[Dated]:
    """A cohort's sign-up openings and deadlines as timeline entries for the roles they concern; a deadline an
    extension replaced is left out, so calendars move the deadline rather than show two."""
    sign_up = cohort.sign_up
    if sign_up is None:
        return []
    everyone = sorted(sign_up.roles)
    found = [("open", sign_up.opens, sign_up.deadline, everyone)] if sign_up.opens or sign_up.deadline else []
    found += [(c.state, c.on, c.until, sorted(c.roles) or everyone) for c in sign_up.history]
    points = []
    for i, (state, on, until, roles) in enumerate(found):
        if state not in ("open", "extended"):
            continue
        superseded = any(later[0] == "extended" and later[3] == roles for later in found[i + 1 :])
        suffix = f"-{i + 1}" if i else ""
        if on is not None and state == "open":
            points.append((SIGN_UP_EVENTS[0] + suffix, "Applications open", "sign-up", on, roles))
        if until is not None and not superseded:
            points.append((SIGN_UP_EVENTS[1] + suffix, "Application deadline", "deadline", until, roles))
    return [
        Dated(cohort, Event(id=id_, title=title, kind=kind, roles=roles, start=when), None, when, None)
        for id_, title, kind, when, roles in points
    ]


def resolve(cohort: Cohort) -> list[Dated]:
    """Every event of a cohort with its dates (sign-up dates included), options as separate entries, in date order."""
    dated = signup_events(cohort)
    for event in cohort.events:
        if event.options:
            for option in event.options:
                dated.append(Dated(cohort, event, option, option.start, end_of(option.start, option.end, None)))
            continue
        start = event_start(cohort, event)
        end = end_of(start, event.end, event.duration) if start else None
        dated.append(Dated(cohort, event, None, start, end))
    return in_order(dated)


def in_order(items: list[Dated]) -> list[Dated]:
    """`items` (given in the file's order) in date order; those with no date the file places in a year come after
    every dated one, in the file's order, since ordering them by a month would claim a year."""
    keyed = [((0, key, item.uid_parts) if key else (1, n), item) for n, (key, item) in enumerate(_keys(items))]
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]


def unplaced(items: list[Dated]) -> list[Dated]:
    """Those of `items` that nothing places in a year, which `in_order` lists after the dated ones."""
    return [item for key, item in _keys(items) if key is None]


def _keys(items: list[Dated]) -> list[tuple[tuple | None, Dated]]:
    cohorts = {d.cohort.id: d.cohort for d in items}
    spans = {i: _dated_span(c, [d for d in items if d.cohort.id == i]) for i, c in cohorts.items()}
    return [(placed(item, spans[item.cohort.id]), item) for item in items]


def placed(item: Dated, span: tuple[date, date] | None) -> tuple | None:
    """Where an entry falls, for ordering only: its date; a date worded with a year ("late 2023"); or a day or
    month worded without one ("21 November") that the cohort's own dated span (its first to its last date) holds
    in one year only. None when nothing places it in a year."""
    start = item.start
    if start:
        return (start.year, start.month or 0, start.day or 0, start.clock or time(0))
    found = worded_order(item.event.when or "")
    if found is None or found[0] != _NO_YEAR:
        return found
    _, month, day, clock = found
    if span is None:
        return None
    first, last = span
    years = [y for y in range(first.year, last.year + 1) if _within(y, month, day, first, last)]
    return (years[0], month, day, clock) if len(years) == 1 else None


def _within(year: int, month: int, day: int, first: date, last: date) -> bool:
    if day and day <= calendar.monthrange(year, month)[1]:
        return first <= date(year, month, day) <= last
    return (first.year, first.month) <= (year, month) <= (last.year, last.month)


def _dated_span(cohort: Cohort, items: list[Dated]) -> tuple[date, date] | None:
    """The first and last day a cohort's file dates: its start and end, its sign-up and its events."""
    points = [w for w in (cohort.start, cohort.end) if w] + [w for d in items for w in (d.start, d.end) if w]
    if not points:
        return None
    last = max(after(w, UTC) for w in points).date() - timedelta(days=1)
    return min(w.first_day for w in points), last


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NO_YEAR = 9998


def worded_order(words: str) -> tuple | None:
    """Where a date worded by the source (`when`: "Friday 21 October", "late 2023", "autumn") falls, for ordering
    only (never printed): its year, month and day as far as it says them; a month without a year has the year
    `_NO_YEAR` (see `placed`). None when it names no month or year."""
    said = words.lower()
    year = re.search(r"\b(19|20)\d\d\b", said)
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m[:3]}(?:{m[3:]})?\b", said)), None)
    month = month or next((n for s, n in _SEASONS.items() if s in said), None)
    found = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b|\d+[.:]\d+", "", said))
    day = int(found.group(1)) if found and month else 0
    if year:
        return (int(year.group(0)), month or 0, day, time(0))
    if month is None:
        return None
    return (_NO_YEAR, month, day, time(0))


_LAST_MONTH = {"early": 4, "spring": 5, "mid": 8, "summer": 8, "autumn": 11, "fall": 11, "late": 12}
"""The last month a season or part of a year the source words reaches (winter, which runs into the next year, has
none): "autumn 2026" is over once November 2026 is."""


class Timed(Protocol):
    """Anything with a start and perhaps an end: an event's dates, or a session."""

    @property
    def start(self) -> When | None: ...
    @property
    def end(self) -> When | None: ...


def all_over(dates: Sequence[Timed], now: datetime, zone: ZoneInfo) -> bool:
    """Whether there are dates, every one dated and over by `now` (its end, else its start, has passed)."""
    return bool(dates) and all(d.start and after(d.end or d.start, zone) <= now for d in dates)


def worded_over(words: str, now: datetime) -> bool:
    """Whether a time the source words ("early 2026", "autumn 2026", "March 2025") is over by `now`: every year it
    names is past, or its latest year is this one and the last month its words reach has ended. Words with no year,
    or none this can place, are never over."""
    said = words.lower()
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", said)]
    if not years or max(years) > now.year:
        return False
    if max(years) < now.year:
        return True
    months = [i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m[:3]}(?:{m[3:]})?\b", said)]
    months += [n for word, n in _LAST_MONTH.items() if re.search(rf"\b{word}\b", said)]
    return bool(months) and max(months) < now.month


def scheme_events(scheme: Scheme) -> list[Dated]:
    """Every event of every cohort, in date order."""
    return in_order([d for cohort in scheme.cohorts for d in resolve(cohort)])
