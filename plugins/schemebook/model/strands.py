"""A part of a scheme with its own rules: a strand, track or edition for one group, or a campus's own version."""

from __future__ import annotations

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.cohorts import Places, RoleInCohort
from schemebook.model.costs import Cost
from schemebook.model.guidance import Meetings
from schemebook.model.matching import Matching, Pairings
from schemebook.model.names import OtherName
from schemebook.model.people import Partner
from schemebook.model.status import SchemeStatus
from schemebook.model.types import Id, Markdown, Text


class Strand(StrictModel):
    """A part of the scheme that runs beside the others with its own rules: a strand or track for one group
    ("Mobility Mentoring"), an edition for schools, a campus's or a branch's own version. What holds for every part
    stays on the scheme; a part gives only what differs in it, in the fields that mean it."""

    id: Id = Field(examples=["mobility"])
    """The part's id, e.g. `mobility` or `taguspark`."""
    title: Text = Field(examples=["Mobility Mentoring", "Taguspark campus"])
    """Its name, as the source gives it."""
    other_names: list[OtherName] = Field(default=[], max_length=20, examples=[[{"name": "LMP"}]])
    """Other names this part goes or went by, as the source gives them (a short name, its name in another language,
    a former name); shown under its title as "Also called: LMP"."""
    summary: Text | None = Field(default=None, examples=["For international mobility students"])
    """What this part is, or who it is for, in a sentence."""
    aims: list[Text] = Field(default=[], max_length=100, examples=[["Strengthen community resilience"]])
    """What this part aims to do, when it has aims of its own, each as the source says it."""
    source: Id | None = Field(default=None, examples=["campus-page"])
    """The id of the one source (under `sources`) this part is known from, when the others do not speak of it."""
    roles: list[RoleInCohort] = Field(default=[], max_length=50)
    """Roles that differ in this part (its name for them, who can take part, how they join, the time asked, a
    cost), by role id, in the same shape as a cohort's `roles`."""
    locations: list[Text] = Field(default=[], max_length=100, examples=[["Taguspark (Oeiras)"]])
    """Where this part runs, when that is not where the whole scheme runs."""
    recurs: Text | None = Field(default=None, examples=["every six months"])
    """How often this part runs, in the source's words."""
    applications: Text | None = Field(default=None, examples=["in June / July, for the following school year"])
    """When this part takes applications, in the source's words: shown as the words, never as a date, a deadline or
    a state (a dated window is a cohort's `sign_up`)."""
    places: Places | None = None
    """How many places this part has and how they are given out, as the source says it, e.g. `count: 4 partnerships
    each cycle`."""
    partners: list[Partner] = Field(default=[], max_length=200)
    """Organisations that take part in this part only, e.g. the schools of a schools edition."""
    meetings: Meetings | None = None
    """How people meet in this part, when it differs from the scheme's `meetings`."""
    matching: Matching | None = None
    """How pairs or groups are formed in this part, when it differs from the scheme's `matching`."""
    pairing: Pairings | None = Field(default=None, examples=["reverse", ["one-to-one", "group"]])
    """How people are put together in this part, when it differs from the scheme's `pairing`."""
    group_size: Text | None = Field(default=None, examples=["about four mentees to a mentor"])
    """How large a group is in this part, when it differs from the scheme's `group_size`."""
    cost: Cost | None = None
    """What taking part costs in this part, when it differs from the scheme's `cost`."""
    status: SchemeStatus | None = Field(
        default=None, examples=[{"state": "ended", "reason": "it became a programme of its own in 2020"}]
    )
    """Whether this part still runs, when a dated source says so (`running`, with `as_of`), or what became of it when
    a source says it ended or paused; shown under its title ("Ended: it became a programme of its own in 2020")."""
    notes: Markdown | None = None
    """Anything else about this part, in the source's words, e.g. "The group study room is open 9:00-21:00"."""
