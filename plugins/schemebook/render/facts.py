"""Facts pages repeat about a cohort: its key dates and each role's training sessions."""

from __future__ import annotations

from dataclasses import dataclass

from schemebook.model import Cohort, Event, Meetings, Role, Training, When
from schemebook.render.event_status import status_words
from schemebook.render.phrases import listed, repeats, worded_date
from schemebook.when.timeline import Dated, resolve


@dataclass(frozen=True)
class Session:
    """One dated occasion: when, until when, and where."""

    start: When
    end: When | None = None
    location: str | None = None
    online: bool = False
    status: str = ""
    """What became of it, in words ("postponed (as of ...)"), when the source says."""
    held: bool = True
    """False when it was postponed or cancelled: its date is then the plan, not when it happens."""
    title: str = ""
    """The event's title, where sessions of several events are listed together (the days of a course)."""


@dataclass(frozen=True)
class KeyDate:
    """A labelled date, or several dates of which participants attend one."""

    label: str
    sessions: tuple[Session, ...]
    audience: str = ""
    """Who it is for, in words ("Mentees"), or "" when it is for everyone (or the list is one role's)."""
    planned: bool = False
    """True for the mentoring's own start and end: a plan, which the file may never say was carried out."""

    @property
    def choose_one(self) -> bool:
        """True when participants attend one of several sessions."""
        return len(self.sessions) > 1

    @property
    def held(self) -> bool:
        """False when its sessions were postponed or cancelled, so that none is to be attended."""
        return any(s.held for s in self.sessions)


def audience(event: Event, names: dict[str, str]) -> str:
    """Whom an event is for, from `names` (role id to plural name), or "" when it is for every role."""
    if not event.roles or set(event.roles) >= set(names):
        return ""
    return listed(names[r] for r in names if r in event.roles)


@dataclass(frozen=True)
class TrainingPlan:
    """A role's training with its sessions in the newest cohort (either part may be missing)."""

    title: str
    training: Training | None
    sessions: tuple[Session, ...]
    worded: tuple[str, ...] = ()
    """When undated sessions happen, as the source words it ("in May")."""
    one_event: bool = True
    """False when its sessions are several events (the days of a course, a series), which the file never says are
    alternatives: only one event's `options` are."""

    @property
    def choose_one(self) -> bool:
        """True when participants attend one of several sessions: the options of one event."""
        return self.one_event and len(self.sessions) > 1

    @property
    def held(self) -> bool:
        """False when its sessions were postponed or cancelled, so that none is to be attended."""
        return any(s.held for s in self.sessions)


def for_role(event: Event | Meetings, role: Role | None) -> bool:
    """Whether an event or a meeting plan concerns `role` (without roles, everyone; no role means any)."""
    return role is None or not event.roles or role.id in event.roles


def shown_place(d: Dated) -> str | None:
    """The place given after an event: its `location`, unless its title already names it ("Session at Chilumba
    CDSS"), when saying it again would be a slip."""
    return None if d.location and repeats(d.location, d.event.title or "") else d.location


def _session(d: Dated, start: When, title: str = "") -> Session:
    said = status_words(d.event.status, d.planned_location) if d.event.status else ""
    return Session(start, d.end, shown_place(d), d.online, said, d.held, title)


def _sessions(dated: list[Dated], titled: bool = False) -> tuple[Session, ...]:
    return tuple(_session(d, d.start, d.event.title if titled else "") for d in dated if d.start is not None)


def _worded(dated: list[Dated]) -> tuple[str, ...]:
    return tuple(worded(d.event.when, d) for d in dated if d.start is None and d.event.when)


def worded(when: str, dated: Dated) -> str:
    """When an event happens as the source words it, with what became of it: "postponed (as of ...); it was planned
    for late August" when it was postponed or cancelled; "(no year given)" where it names a month but no year."""
    when = worded_date(when)
    if dated.event.status is None:
        return when
    said = status_words(dated.event.status, dated.planned_location)
    return f"{when}, {said}" if dated.held else f"{said}; it was planned for {when}"


def _by_event(cohort: Cohort, role: Role | None, kinds: tuple[str, ...] = ()) -> list[tuple[Event, list[Dated]]]:
    """The cohort's events for `role` (of these kinds, if given), each with its dated sessions, in date order."""
    groups: dict[str, tuple[Event, list[Dated]]] = {}
    for dated in resolve(cohort):
        if for_role(dated.event, role) and (not kinds or dated.event.kind in kinds):
            groups.setdefault(dated.event.id, (dated.event, []))[1].append(dated)
    return list(groups.values())


def key_dates(cohort: Cohort, role: Role | None, names: dict[str, str] | None = None) -> list[KeyDate]:
    """A cohort's milestones and events (sign-up dates among them) for `role`, in date order, each for everyone
    with the roles it is limited to (`names`: role id to plural name); undated events are left to the timeline."""
    dates: list[KeyDate] = []
    whole = cohort.start is not None and cohort.end == cohort.start  # one year, month or day: no start and end
    if cohort.start:
        dates.append(KeyDate("Mentoring" if whole else "Mentoring starts", (Session(cohort.start),), planned=True))
    for event, dated in _by_event(cohort, role):
        if sessions := _sessions(dated):
            whose = audience(event, names) if role is None and names else ""
            dates.append(KeyDate(event.title, sessions, whose))
    if cohort.end and not whole:  # an end worked out from a length is the plan's arithmetic, not a date the file gives
        dates.append(KeyDate("Mentoring ends", (Session(cohort.end),), planned=True))
    return sorted(dates, key=lambda k: k.sessions[0].start.key)


def training_plans(cohort: Cohort | None, role: Role) -> list[TrainingPlan]:
    """Each of the role's trainings with the sessions that name it (by id or `training`), then each training event
    that names none under its own title: an event is never given to a training the file does not say it is."""
    events = _by_event(cohort, role, ("training",)) if cohort else []
    ids = {t.id for t in role.training}
    unmatched = [(e, d) for e, d in events if e.id not in ids and e.training not in ids]
    plans = []
    for training in role.training:
        mine = [(e, dated) for e, dated in events if training.id in (e.id, e.training)]
        matched = [d for _, dated in mine for d in dated]
        several = len(mine) > 1
        plans.append(TrainingPlan(training.title, training, _sessions(matched, several), _worded(matched), not several))
    plans += [TrainingPlan(event.title, None, _sessions(dated), _worded(dated)) for event, dated in unmatched]
    return plans
