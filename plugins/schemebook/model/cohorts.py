"""A cohort: one run of the scheme, with its sign-up window, timeline and outcomes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemebook.model.base import StrictModel
from schemebook.model.costs import Cost
from schemebook.model.guidance import Meetings
from schemebook.model.matching import Matching, Pairings
from schemebook.model.people import Partner
from schemebook.model.roles import Eligibility, Join
from schemebook.model.types import (
    Email,
    EndField,
    HttpsUrl,
    Id,
    Markdown,
    OffsetField,
    PlaceCount,
    SpanField,
    Tally,
    Text,
    WhenField,
)

EventKind = Literal[
    "launch", "sign-up", "deadline", "matching", "training", "meeting", "reflection",
    "peer-support", "evaluation", "celebration", "end", "other",
]  # fmt: skip


MAX_OPTIONS = 100
"""Sessions one event may offer, each its own calendar file."""


class Option(StrictModel):
    """One session of a choose-one-of group, such as one of several training dates."""

    id: Id
    """The option's id, unique within its event, e.g. `feb-21`."""
    start: WhenField
    """When it starts: `2020-02-21 10:00`."""
    end: EndField | None = None
    """When it ends: a time on the same day (`14:00`) or a full date and time."""
    location: Text | None = None
    """Where: room, building, campus."""
    online: bool = False
    """True when it takes place online."""


EventState = Literal["postponed", "cancelled", "moved-online"]


class EventStatus(StrictModel):
    """What became of an event after it was planned, as the source gives it."""

    state: EventState = Field(examples=["postponed"])
    """`postponed` (no new date given), `cancelled`, or `moved-online` (it takes place online instead)."""
    as_of: WhenField | None = None
    """When the source said it (its date); pages say "as of" that date, never that it is still so. Leave out when
    the source is undated."""
    reason: Text | None = Field(default=None, examples=["due to the pandemic"])
    """Why, in the source's words."""


class Event(StrictModel):
    """Something that happens on a date: a training session, a meeting, a deadline."""

    id: Id
    """The event's id, unique within its cohort; calendar entries keep it, so keep it stable."""
    title: Text
    """What it is called."""
    kind: EventKind = "other"
    """What sort of event it is; `training` events appear in the roles' training sections."""
    roles: list[Id] = []
    """The roles it is for; empty means everyone."""
    start: WhenField | None = None
    """When it starts: a month (`2020-03`), a day (`2020-03-02`) or a day and time (`2020-03-02 10:30`)."""
    end: EndField | None = None
    """When it ends: a time on the same day (`12:00`), or a date or date and time."""
    when: Text | None = Field(default=None, examples=["late August", "each October and April", "date to be confirmed"])
    """Instead of `start`: when it happens as the source says it, when that is not a date with a year (a day
    without a year, part of a month, a season, "to be confirmed"); shown as written, never put in a calendar."""
    relative_to: Id | None = None
    """Instead of `start`: the id of another event, or `start`/`end` of the cohort, this one follows."""
    offset: OffsetField | None = None
    """With `relative_to`: how long after it (`3 months`), or before it (`-2 weeks`); one exact length, since it
    makes a date."""
    duration: SpanField | None = Field(default=None, examples=["90 minutes", "about 90 minutes", "45 to 60 minutes"])
    """How long it lasts, when `end` is not given, as the source says it: `90 minutes`, `about 90 minutes`,
    `45 to 60 minutes`, `up to 2 hours`. Only an exact length with a start time gives the event an end (in its
    calendar entry too); any other is shown as written beside the start."""
    location: Text | None = None
    """Where it takes place."""
    online: bool = False
    """True when it takes place online."""
    optional: bool = False
    """True when attending is optional."""
    description: Markdown | None = None
    """More about it: on the timeline under the event, and in its calendar entry."""
    training: Id | None = Field(default=None, examples=["workshops"])
    """For `training` events: the id of the role training (`roles[].training[].id`) this event is a session of,
    when the event has its own id, e.g. two workshops `workshop-1` and `workshop-2` of one course `workshops`."""
    options: list[Option] = Field(default=[], max_length=MAX_OPTIONS)
    """Sessions to choose one of; each is a separate date, and participants attend one."""
    status: EventStatus | None = None
    """When the source says the event was postponed, cancelled or moved online. A postponed or cancelled event is
    shown as such and put in no calendar; its `start` (or `when`) is then the date it was planned for. When it has
    a new date, give that as `start` and leave `status` out."""


SpecialCategory = Literal[
    "racial-or-ethnic-origin", "political-opinions", "religious-or-philosophical-beliefs",
    "trade-union-membership", "genetic-data", "biometric-data", "health", "sex-life", "sexual-orientation",
]  # fmt: skip


class Question(StrictModel):
    """Something an application form asks, declared so the privacy notice can say so."""

    label: Text = Field(examples=["Your job title and school"])
    """What the form asks."""
    special_category: SpecialCategory | None = None
    """The UK GDPR special category this answer falls in (disability is `health`)."""
    optional: bool = False
    """True when the applicant may leave it blank."""


class Application(StrictModel):
    """How one role applies in one cohort: an online form, an email, or both; `{}` when the source says the role
    applies in this window but not how."""

    through: Text | None = Field(default=None, examples=["the online registration form", "your line manager"])
    """The way to apply when the source gives no address, e.g. "the online registration form"."""
    form: HttpsUrl | None = None
    """The application form's address (Microsoft Forms, Google Forms, Jisc Online Surveys, Qualtrics...)."""
    email: Email | None = None
    """An address to apply to by email."""
    prefill: dict[str, Text] = {}
    """Form fields to fill in from the link, where the provider supports it (e.g. `entry.123: mentor`)."""
    asks: list[Question] = []
    """What the form asks."""
    instructions: Markdown | None = None
    """What to write or attach."""
    documents: list[Id] = []
    """Ids of the scheme's `documents` to fill in and send, e.g. a proforma returned by email."""
    next_steps: Markdown | None = Field(
        default=None,
        examples=["A confirmation of receipt is emailed. The coordinator then invites you to a selection meeting."],
    )
    """What happens after someone in this role applies, when the source says it for this role only (mentors are
    invited to a selection meeting, mentees are not); shown with this role only, labelled with its name, on the how
    to join page and the role's handbook. What happens to everyone who applies goes in the sign-up's own
    `next_steps`; when the source says both, give both."""


ChangeState = Literal[
    "open", "extended", "closed", "postponed", "not-announced", "interest", "none", "recurring", "opening",
]  # fmt: skip


class Change(StrictModel):
    """One change to a sign-up window, as the source gives it."""

    state: ChangeState = Field(examples=["extended"])
    """`open`, `extended` (still open, a new deadline), `closed`, `postponed`, `not-announced`, `interest`
    (no window yet, but interest is taken for this cohort), `none` (no public sign-up) or `recurring` (applications
    are taken again and again, at the times `when` words, e.g. "twice a year" or "at the start of each new cycle":
    shown as what a source said, "An undated source said applications were taken twice a year") or `opening`
    (applications were to open at a time the source gives only in words, in `when`, e.g. "in autumn 2024": "A
    source said applications were to open in autumn 2024"; a dated opening is `open` with `on`)."""
    on: WhenField | None = None
    """When it took effect: when applications opened, closed or were postponed."""
    until: WhenField | None = None
    """For `open` and `extended`: the deadline."""
    when: Text | None = Field(default=None, examples=["Friday 18th August"])
    """Instead of `until` (for `open` and `extended`) or `on` (for the others): the date as the source writes it, when
    it is not a full date (e.g. no year is given); shown as written, and the change is then dated only by `as_of`."""
    as_of: WhenField | None = None
    """For a change the source gives without a date of its own: when the source said it (its date); pages say
    "as of" that date, never that it is still so. Leave out when the source is undated."""
    reason: Text | None = Field(default=None, examples=["due to the pandemic"])
    """Why, in the source's words, e.g. why recruitment was postponed."""
    roles: list[Id] = []
    """The roles it concerns; empty means the roles the sign-up's own window is for (those `sign_up.roles` names,
    or, when it names none, every role that applies)."""

    @model_validator(mode="after")
    def _recurring_is_worded(self) -> Change:
        if self.state == "recurring" and (self.when is None or self.on or self.until):
            raise ValueError(
                "a `recurring` change gives how often applications are taken in the source's words, in `when` "
                '(e.g. "twice a year"), and no `on` or `until`: a dated window is `open`'
            )
        if self.state == "opening" and (self.when is None or self.on or self.until):
            raise ValueError(
                "an `opening` change gives when applications were to open in the source's words, in `when` "
                '(e.g. "in autumn 2024"), and no `on` or `until`: a dated opening is `open` with `on`'
            )
        return self


class SignUp(StrictModel):
    """A cohort's application window."""

    opens: WhenField | None = None
    """When applications open; leave out if they are open from publication. Without `deadline` (and not
    `rolling`), the window is over once its cohort has ended or a later cohort has begun."""
    deadline: WhenField | None = None
    """When applications close: `2020-02-03 17:00` (a date alone means the end of that day)."""
    rolling: bool = False
    """True when applications are taken at any time, with no deadline; the pages say it as the sources said it,
    with their dates ("An undated source said applications were taken at any time")."""
    history: list[Change] = Field(default=[], max_length=100)
    """Changes to the window, oldest first, where one window is not enough: a deadline extended, recruitment
    postponed or closed early, one role applying at any time while another has dates, or what a source said
    with no dates at all. `opens`, `deadline` and `rolling`, when given, come first."""
    roles: dict[Id, Application] = {}
    """How each role applies, by role id; roles that join by invitation need none. When it names any role, the
    window (and each `history` change naming no roles) is for those roles only; `mentor: {}` says mentors apply in
    it without saying how. When it names none, the window is for every role that applies; a role whose
    `join.method` is not given is then not said to apply in it, and its pages give the window as the cohort's
    ("Applications for <cohort> ..."). So when the source's call is for some roles only (a recruitment of mentors,
    a call for teachers but not for schools), name those roles here: otherwise every role that applies is told
    the window is theirs, and the check warns when it would tell two or more."""
    next_steps: Markdown | None = None
    """What happens after applying, for every role, e.g. "We match pairs in February". What happens only to one
    role goes under that role, in `roles.<role>.next_steps`."""
    contact: Id | None = None
    """The contact id for questions about applying."""


class Outcomes(StrictModel):
    """What a cohort achieved."""

    pairs_matched: int | None = Field(default=None, ge=0)
    """How many pairs were matched."""
    pairs_completed: int | None = Field(default=None, ge=0)
    """How many pairs completed the scheme."""
    applications: Tally | None = Field(default=None, examples=[120, "over 400"])
    """How many applied, as the source says it, e.g. `120` or "over 400"; on the overview, under the cohort."""
    participants: dict[Id, Tally] = Field(default={}, examples=[{"mentor": 26, "mentee": "about 30"}])
    """How many took part, by role id, e.g. `mentor: 26`; on the overview, under the cohort."""
    participants_total: Tally | None = Field(default=None, examples=[55, "more than 1,700 young people"])
    """How many took part in all, when the source does not count them by role, e.g. `55` (mentors and mentees
    together) or "more than 1,700 young people"."""
    topics_discussed: list[Text] = []
    """Issues the pairs discussed, e.g. "Imposter syndrome"; on the overview and the meeting themes page."""
    summary: Markdown | None = None
    """The outcomes in words, e.g. "25 of the 26 pairs completed the scheme"; on the overview, under the cohort.
    Words alone never make the pages say the cohort has run: set `completed` when the source says so."""
    completed: bool = Field(default=False, examples=[True])
    """True when the source says the cohort ran to its end ("the pilot ended", "marked the successful completion of
    the programme"). Only this or `pairs_completed` makes the pages say the cohort has run or ended; counts of
    participants, matched pairs or topics only say that it began."""

    @property
    def ran(self) -> bool:
        """Whether the file says the cohort ran to its end: `completed`, or how many pairs completed it."""
        return self.completed or self.pairs_completed is not None

    @property
    def began(self) -> bool:
        """Whether the file says people took part: it ran, or it gives participants, matched pairs or topics."""
        counted = self.participants or self.participants_total or self.pairs_matched is not None
        return self.ran or bool(counted or self.topics_discussed)


class Places(StrictModel):
    """How many places a cohort has, and how they are given out, as the source says it."""

    count: PlaceCount | None = Field(default=None, examples=[12, "about 18", "max 12 participants"])
    """How many places in all: a number (`12`), or as the source says it ("about 18", "up to 9", "about 18 per
    role", "max 12 participants")."""
    roles: dict[Id, PlaceCount] = Field(default={}, examples=[{"mentor": "about 18", "mentee": 20}])
    """Places by role id, where the source gives them for each role, e.g. `mentor: about 18`."""
    allocation: Text | None = Field(default=None, examples=["first come, first served", "selection by interview"])
    """How places are given out, in the source's words, e.g. "first come, first served" or "selection by
    interview"."""


class RoleInCohort(StrictModel):
    """How a role differs in one cohort from the scheme's description of it."""

    id: Id
    """The role's id."""
    name: Text | None = Field(default=None, examples=["Senior leader"])
    """Its name in this cohort, when it differed."""
    plural: Text | None = Field(default=None, examples=["Tuakana"])
    """The plural of that name when adding an s is wrong, e.g. "Tuakana" (te reo Māori adds none)."""
    summary: Text | None = Field(default=None, examples=["Members of the University Executive Board"])
    """Who took the role in this cohort."""
    eligibility: Eligibility | None = None
    """Who could take it in this cohort."""
    join: Join | None = None
    """How people joined it in this cohort. With a `method`, it is another way of joining and replaces the role's
    `join` whole; without one, each field given here replaces the role's own (`details` and `selection` too) and
    the rest stay, so a cohort that only adds `details` keeps the role's method and way in."""
    commitment: Markdown | None = Field(default=None, examples=["Four meetings over six months"])
    """The time and effort asked in this cohort."""
    cost: Cost | None = None
    """What taking the role cost in this cohort, when it differed."""


class Cohort(StrictModel):
    """One run of the scheme, such as the 2020 cohort."""

    id: Id = Field(examples=["2020"])
    """The cohort's id, e.g. `2020` or `spring-2026`; calendar entries keep it, so keep it stable."""
    title: Text | None = None
    """Its name, e.g. "2020 programme"; by default "Cohort <id>"."""
    pilot: bool = False
    """True for a pilot run."""
    strand: Id | None = Field(default=None, examples=["leadership"])
    """The id of the part of the scheme (under `strands`) this is a run of, when it is a run of that part only, e.g.
    the first run of a leadership programme beside an academic one; shown under the cohort as "A run of: <the
    part's title>"."""
    source: Id | None = Field(default=None, examples=["interview-2019"])
    """The id of the one source (under `sources`) this run is known from, when the others do not speak of it;
    shown under the cohort as "(source: <its title>)", linked to it on the overview. Leave out when every source
    speaks of it or the file does not know which one did."""
    start: WhenField | None = None
    """When the mentoring starts: a month (`2020-03`) if that is all that is known."""
    end: WhenField | None = None
    """When the mentoring ends."""
    length: SpanField | None = Field(default=None, examples=["6 months", "about 6 months", "6 to 9 months"])
    """Instead of `end`: how long the mentoring lasts from `start`, e.g. `6 months`; without `start`, shown as a
    length alone ("for 18 months"), and no dates are worked out from it. An approximate or ranged length
    (`about 6 months`, `6 to 9 months`) is shown as written and gives no end date."""
    sign_up: SignUp | None = None
    """The application window."""
    events: list[Event] = Field(default=[], max_length=1000)
    """The cohort's timeline."""
    outcomes: Outcomes | None = None
    """What the cohort achieved; only `completed` or `pairs_completed` makes the pages say the cohort ran to its end,
    and counts of participants, pairs or topics that it began (its `notes` and `summary` say neither)."""
    when: Text | None = Field(default=None, examples=["November to April"])
    """Instead of `start` and `end`: when the mentoring runs as the source says it, when that has no year or day.
    Shown as the source's words, never as a plan or a state; a cohort whose words name only past years is never
    the current one."""
    summary: Text | None = None
    """What this cohort was, when it differs from the scheme's summary, e.g. "A pilot for Black staff"."""
    roles: list[RoleInCohort] = Field(default=[], max_length=50)
    """Roles that differed in this cohort (name, who could take part, how they joined), by role id; the scheme's
    pages describe the cohort they are about with these in place."""
    partners: list[Partner] = Field(default=[], max_length=200)
    """Organisations that took part in this cohort only, e.g. the employers of one cohort."""
    meetings: Meetings | None = None
    """How pairs met in this cohort, when it differed from the scheme's `meetings`."""
    cost: Cost | None = None
    """What taking part cost in this cohort, when it differed from the scheme's `cost`."""
    notes: Markdown | None = None
    """Anything else about this cohort, e.g. "The first run, supported by the students' union"; on the overview,
    under the cohort."""
    matching: Matching | None = None
    """How pairs or groups were formed in this cohort, when it differed from the scheme's `matching`. It replaces the
    scheme's `matching` whole for this cohort, so repeat what still holds."""
    pairing: Pairings | None = Field(default=None, examples=["reverse", ["one-to-one", "group"]])
    """How people were put together in this cohort, when it differed from the scheme's `pairing`."""
    group_size: Text | None = Field(default=None, examples=["pairs and trios"])
    """How large a group was in this cohort, when it differed from the scheme's `group_size`."""
    places: Places | None = None
    """How many places the cohort has and how they are given out, e.g. `count: about 18 per role` and
    `allocation: first come, first served`; on the overview and the sign-up page."""
