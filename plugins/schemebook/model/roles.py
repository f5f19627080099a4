"""The roles people take in a scheme: who can take them, how they join, what they are trained in."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.types import Id, Markdown, SpanField, Text


class Eligibility(StrictModel):
    """Who can take a role."""

    groups: list[Text] = []
    """Belonging to any one of these groups qualifies, e.g. "LGBTQ+ staff", "carers"."""
    requirements: list[Text] = []
    """Every one of these must hold, e.g. "works in a STEMM discipline"."""
    notes: Markdown | None = None
    """Anything else about eligibility."""


JoinMethod = Literal["application", "invitation", "nomination"]


class Join(StrictModel):
    """How people come to take a role."""

    method: JoinMethod = "application"
    """`application` (anyone eligible applies), `invitation` (the scheme invites people) or `nomination`."""
    by: Text | None = None
    """Who invites or nominates, e.g. "the Director of Educational Engagement with Deans"."""
    details: Markdown | None = None
    """More about joining, in the scheme's words."""


class Training(StrictModel):
    """Training or preparation for a role; its dates are events of kind `training` in a cohort."""

    id: Id
    """How events refer to this training, e.g. `mentor-training`."""
    title: Text = Field(examples=["Half-day training course"])
    """Its name."""
    duration: SpanField | None = None
    """How long it lasts, e.g. `90 minutes`."""
    required: bool | None = None
    """True when taking part requires it, False when it is optional; leave out when the source does not say."""
    description: Markdown | None = None
    """What it covers."""


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
    eligibility: Eligibility = Eligibility()
    """Who can take the role."""
    join: Join = Join()
    """How people come to take the role."""
    commitment: Markdown | None = None
    """The time and effort asked, in words, beyond the meetings and training listed elsewhere."""
    training: list[Training] = Field(default=[], max_length=100)
    """Training or preparation for this role."""
