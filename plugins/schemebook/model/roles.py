"""The roles people take in a scheme: who can take them, how they join, what they are trained in."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.costs import Cost
from schemebook.model.types import Id, Markdown, SpanField, Text


class Level(StrictModel):
    """A range on an ordered scale of grades, bands or levels, as the employer names them."""

    scale: Text = Field(examples=["Agenda for Change band"])
    """The scale, e.g. "Agenda for Change band", "Civil Service grade", "level"."""
    lowest: Text | None = None
    """The lowest level that qualifies, e.g. "8a"; leave out when there is no lower limit."""
    highest: Text | None = None
    """The highest level that qualifies, e.g. "G7"; leave out when there is no upper limit."""


class Eligibility(StrictModel):
    """Who can take a role."""

    groups: list[Text] = []
    """Belonging to any one of these groups qualifies, e.g. "LGBTQ+ staff", "carers"."""
    groups_complete: bool | None = None
    """False when the source says the groups are examples ("including but not limited to"); true when they are the
    whole list; leave out when it does not say."""
    requirements_complete: bool | None = None
    """False when `requirements` is not the source's whole list (it was cut off, or read only in part); the pages
    then say "(the list is not complete)". True when it is the whole list; leave out when unsure."""
    welcome: list[Text] = Field(default=[], examples=[["Black and minority ethnic staff", "disabled staff"]])
    """Groups the scheme particularly welcomes or encourages ("we encourage applications from ..."), when they are
    not a condition of taking part, even when the source gives no condition at all: the pages then state none."""
    self_identification: bool | None = None
    """True when the scheme accepts self-identification (e.g. of a disability or of neurodivergence) as enough."""
    requirements: list[Text] = []
    """Every one of these must hold, e.g. "works in a STEMM discipline"."""
    preferred: list[Text] = Field(
        default=[], examples=[["experience of delivering training", "some previous coaching experience"]]
    )
    """What the source says is preferred or desirable but not required, in its words ("desirable but not
    essential", "preferably", "ideally"), e.g. "experience of delivering training"; listed under "Preferred (not a
    condition):". Not for conditions (`requirements`), nor for groups of people the scheme particularly welcomes
    (`welcome`)."""
    levels: Level | None = None
    """A range of grades or bands that qualifies, e.g. band 8a and above."""
    staff_of: list[Text] = Field(default=[], examples=[["Covéa Insurance", "Swiss Re"]])
    """Organisations whose staff (employees) can take part, e.g. the member companies of a network; listed as a
    condition, "Staff of ..."."""
    students_of: list[Text] = Field(default=[], examples=[["Hochschule Offenburg", "ECAM LaSalle"]])
    """Universities, colleges or schools whose students can take part; listed as a condition, "Students of ..."."""
    members_of: list[Text] = Field(default=[], examples=[["Dansk Journalistforbund"]])
    """Organisations whose members can take part: a union, a professional body, an association; listed as a
    condition, "Members of ...". Not for employers (`staff_of`) or places of study (`students_of`)."""
    not_eligible: Markdown | None = None
    """What happens to someone who is not eligible this time, e.g. "we keep your details on record"."""
    notes: Markdown | None = Field(default=None, examples=["Staff on fixed-term contracts can take part."])
    """Anything else about eligibility."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) that says who can take the role, when the others do not or say
    otherwise, e.g. `faq-2019`; shown after the eligibility as "Source: <its title>", linked to it on the overview.
    Leave out when every source agrees or the file does not know which one said it."""

    @property
    def belonging(self) -> list[tuple[str, list[str]]]:
        """Each organisation list that is a condition, with the words that name how one person belongs to it, said
        as a condition after "This condition must be met:"."""
        kinds = (
            ("on the staff of", self.staff_of),
            ("a student of", self.students_of),
            ("a member of", self.members_of),
        )
        return [(words, names) for words, names in kinds if names]


JoinMethod = Literal[
    "application", "registration", "expression-of-interest", "invitation", "nomination", "membership",
    "recruitment", "appointment", "referral", "automatic", "contact",
]  # fmt: skip


APPLYING: frozenset[str] = frozenset({"application", "registration", "expression-of-interest"})
"""The ways of joining that start with the person: they have a sign-up window."""


class Join(StrictModel):
    """How people come to take a role; leave `method` out when the source does not say."""

    method: JoinMethod | None = None
    """`application` (people apply and are selected), `registration` (people sign up), `expression-of-interest`
    (people say they are interested and are contacted), `invitation` (the scheme invites people), `nomination`
    (someone nominates them), `membership` (members of a group take part), `recruitment` (someone recruits them),
    `appointment` (someone appoints them), `referral` (someone refers them, e.g. a teacher or a
    social worker; say who in `by`), `automatic` (everyone in a group takes part without doing anything, e.g.
    all new students; name the group in `of`) or `contact` (people contact a mentor or the coordinator directly, with
    no application; say whom in `through`). Only `application`, `registration` and `expression-of-interest` are
    spoken of as applying, with application dates. Left out, the pages say nothing about how the role joins, unless a
    cohort's `sign_up.roles` gives the role a form or email address to apply to, or names it with `{}` (then it is
    `application`); a way in alone there (`through: your branch`) is shown as "How to join: through your branch",
    not as applying. Left out, and not named in a sign-up, the role is never said to apply: a sign-up naming no
    roles is given on its pages as the cohort's ("Applications for <cohort> ...")."""
    then: JoinMethod | None = None
    """A second step, e.g. `application` after a `nomination`."""
    by: Text | None = Field(default=None, examples=["the Director of Educational Engagement"])
    """Who invites, nominates, recruits, appoints or refers, e.g. "the Director of Educational Engagement with
    Deans"."""
    of: Text | None = Field(default=None, examples=["the Civil Service Leadership Group", "new first-year students"])
    """For `membership`: the group whose members take part, e.g. "the Civil Service Leadership Group"; for
    `automatic`: the group all of whom take part, e.g. "new first-year students". Shown as a labelled fact ("Group whose
    members take part: the Civil Service Leadership Group"), so it may name an organisation or a group of people."""
    through: Text | None = Field(default=None, examples=["your line manager", "the scheme coordinator"])
    """The way in when the source gives no address, e.g. "your line manager" or "the online registration form";
    for `contact`, whom people contact, e.g. "the scheme coordinator" or "a mentor of their choice"."""
    details: Markdown | None = Field(default=None, examples=["Your line manager must agree."])
    """More about joining, in the scheme's words."""
    selection: list[Text] = Field(default=[], examples=[["an interview", "a criminal record check"]])
    """How people are selected or vetted before they take part, in the source's words, e.g. "an interview",
    "a criminal record check", "two references"."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) that says how people join, when the others do not or say otherwise,
    e.g. `faq-2019`; shown after how to join as "Source: <its title>", linked to it on the overview. Leave out when
    every source agrees or the file does not know which one said it."""

    @property
    def applies(self) -> bool:
        """False when people join without applying (invited, nominated only, members, recruited, appointed, taking
        part automatically or by contacting someone directly)."""
        return self.method is None or self.method in APPLYING or self.then in APPLYING

    @property
    def stated(self) -> bool:
        """True when the file says anything about joining beyond "they apply"."""
        return self.method not in (None, "application") or any((self.then, self.by, self.of, self.through))

    @property
    def says_way(self) -> bool:
        """True when it gives a method, who, a group or a way in (more than `details` or `selection`)."""
        return any((self.method, self.then, self.by, self.of, self.through))

    @property
    def said(self) -> bool:
        """True when the file says anything at all about joining (a method, who, a way in, details or selection); a
        `source` alone says nothing."""
        return self.model_copy(update={"source": None}) != Join()


class Training(StrictModel):
    """Training or preparation for a role; its dates are events of kind `training` in a cohort."""

    id: Id
    """How events refer to this training, e.g. `mentor-training`. One training for several roles (a briefing for
    everyone) is written under each of them with the same id and the same details."""
    title: Text = Field(examples=["Half-day training course"])
    """Its name."""
    duration: SpanField | None = Field(default=None, examples=["90 minutes", "about 90 minutes", "up to 2 hours"])
    """How long it lasts, as the source says it: `90 minutes`, `about 90 minutes`, `45 to 60 minutes`,
    `up to 2 hours`; shown as written."""
    required: bool | None = None
    """True when taking part requires it, False when it is optional; leave out when the source does not say."""
    description: Markdown | None = None
    """What it covers."""
    source: Id | None = Field(default=None, examples=["handbook-2020"])
    """The id of the one source (under `sources`) that gives this training, when the others do not or say otherwise,
    e.g. `handbook-2020`; shown after its title as "(source: <its title>)", linked to it on the overview. Leave out when
    every source agrees or the file does not know which one said it."""


class Pay(StrictModel):
    """What people in a role are paid or given for taking it, as the source says; leave the whole section out when
    the source does not say (pages then say nothing about pay)."""

    amount: Text | None = Field(default=None, examples=["a $500 yearly stipend", "an honorarium of £100 a session"])
    """The pay exactly as the source gives it, e.g. "a $500 yearly stipend", or "some positions are paid" when
    that is all it says; shown as "Pay: a $500 yearly stipend". Not what participants pay (`cost`), nor what the
    role gives besides money (`benefits`)."""
    volunteer: bool | None = None
    """True when the source says people take the role as volunteers, unpaid ("mentors are volunteers", "an unpaid
    role"); False when it says the role is paid but gives no amount. Leave out when it does not say."""
    note: Markdown | None = Field(default=None, examples=["The stipend is paid in two instalments."])
    """Anything else the source says about pay: instalments, when it is paid, an alternative to it."""
    source: Id | None = Field(default=None, examples=["call-2024"])
    """The id of the one source (under `sources`) the pay comes from, when the others do not or say otherwise, e.g.
    `call-2024`; shown after it as "Pay: a $500 yearly stipend (source: <its title>)", linked to it on the overview.
    Leave out when every source agrees or the file does not know which one said it."""


class Role(StrictModel):
    """A role in the scheme, such as reverse mentor, reverse mentee or progression coach."""

    id: Id = Field(examples=["mentor"])
    """The role's id; it is also the address of its handbook, e.g. `/schemes/<scheme>/mentor/`."""
    name: Text = Field(examples=["Reverse mentor"])
    """The role's name, singular."""
    plural: Text | None = None
    """The plural name when adding an s is wrong, e.g. "Members of staff" for "Member of staff"."""
    summary: Text | None = None
    """One sentence: who takes this role."""
    description: Markdown | None = None
    """What the role involves."""
    source: Id | None = Field(default=None, examples=["handbook-2020"])
    """The id of the one source (under `sources`) the role's summary and description come from, when the others do not
    or say otherwise, e.g. `handbook-2020`; shown after the summary under "Who it is for" on the overview as "(source:
    <its title>)", and after the description on the role's handbook as "Source: <its title>", linked to it on the
    overview. Leave out when every source agrees or the file does not know which one said it."""
    eligibility: Eligibility = Eligibility()
    """Who can take the role."""
    join: Join = Join()
    """How people come to take the role."""
    benefits: list[Text] = Field(default=[], examples=[["a certificate", "time counted towards your objectives"]])
    """What taking the role gives people, in the source's words, e.g. "a certificate"; on the role's handbook."""
    benefits_complete: bool | None = Field(default=None, examples=[False])
    """`false` when the source's list of benefits was cut off or says "include": the handbook then says the list
    is not complete."""
    commitment: Markdown | None = None
    """The time and effort asked, in words, beyond the meetings and training listed elsewhere."""
    pay: Pay | None = None
    """What people in this role are paid or given for it, e.g. `amount: a $500 yearly stipend` or `volunteer:
    true`; on the role's handbook and the sign-up page."""
    takes_on: Text | None = Field(default=None, examples=["a group of up to three trainees or graduates at a time"])
    """How many people of another role one person in this role takes on or has, in the source's words,
    e.g. "a group of up to three trainees or graduates at a time" for a mentor, "up to two mentors" for a mentee;
    shown under the role as "Works with: a group of up to three trainees or graduates at a time". Not how large a
    group that meets together is (the scheme's `group_size`, for `group` and `team` pairing), nor how many
    possible partners are proposed to choose among (`matching.offers`)."""
    mentors: list[Id] = Field(default=[], examples=[["junior-mentor"], ["junior-mentor", "student"]])
    """The ids of the roles this role mentors, for tiered ("pyramid") schemes where who mentors whom is more than
    mentor and mentee, e.g. `[junior-mentor]` for senior mentors who mentor junior mentors, who in turn have
    `mentors: [student]`; shown on this role's handbook and the overview as "Whom they mentor: Junior mentors".
    Only roles the source says this role mentors, and never the role's own id. Leave out where one mentor role and
    one mentee role say it already; how many people one person takes on goes in `takes_on`."""
    cost: Cost | None = None
    """What taking this role costs, when it differs from the scheme's `cost` (e.g. mentors and mentees pay
    different fees)."""
    training: list[Training] = Field(default=[], max_length=100)
    """Training or preparation for this role."""
    participant: Literal["person", "organisation"] = "person"
    """`organisation` when an organisation, not a person, takes this role (e.g. an NHS trust as the mentee)."""
    represented_by: Text | None = None
    """For an organisation: who acts for it, e.g. "its senior executive team"."""
    sides: list[Text] = Field(default=[], examples=[["a neurodivergent colleague", "a more senior colleague"]])
    """For one role with two sides that every pair holds (reciprocal "learning partners"): each side, e.g.
    "a neurodivergent colleague" and "a more senior colleague"."""
