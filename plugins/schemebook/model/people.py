"""Who runs, funds, partners and answers for a scheme."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.names import OtherName
from schemebook.model.types import Email, HttpsUrl, Id, SourceUrl, Text, WhenField


class Organisation(StrictModel):
    """The organisation that runs the scheme."""

    name: Text = Field(examples=["University of Nottingham"])
    """Its full name."""
    unit: Text | None = None
    """The department, school or service that runs the scheme."""
    other_names: list[OtherName] = Field(default=[], max_length=20, examples=[[{"name": "UM"}]])
    """Other names the organisation goes or went by, as the source gives them: a short name ("UM"), its name in
    another language, or a former name (`former: true`); shown after "Run by:" as "Organisation also called: UM"."""
    url: SourceUrl | None = None
    """Its website: https://, or http:// where the organisation has no secure site."""
    kind: Text | None = Field(default=None, examples=["secondary school", "trade union"])
    """What sort of organisation it is, as the source says it, e.g. "secondary school" or "trade union"; shown
    after its name where the pages say who runs the scheme ("a trade union in Ireland")."""
    place: Text | None = Field(default=None, examples=["Victoria, Australia", "Western and Northern Canada"])
    """Where it is, as the source says it, e.g. "England", "Victoria, Australia" or "Western and Northern
    Canada"; shown after its name where the pages say who runs the scheme."""
    sector: Text | None = Field(default=None, examples=["health", "journalism", "nature conservation"])
    """The sector or field it works in, as the source says it, e.g. "health" or "journalism"; shown as "Sector:"
    where the pages say who runs the scheme."""
    description: Text | None = Field(
        default=None, examples=["An association of more than 6,500 alumni of Australian universities, founded in 2007"]
    )
    """What the organisation is, in the source's words, when the source says more than its kind: its size, its
    founding, its own aims; shown as "About the organisation:" where the pages say who runs the scheme. Facts about
    the scheme itself go in the scheme's fields, its past in `history`."""
    address: Text | None = Field(default=None, examples=["ul. Reymonta 17, 30-059 Kraków"])
    """Its postal address, written as it should be shown; shown as "Address:" where the pages say who runs the
    scheme."""
    privacy_url: SourceUrl | None = None
    """Its own privacy notice, for applications it receives; the sign-up pages point to it beside the site's."""


PartnerKind = Literal["university", "college", "employer", "students-union", "charity", "public-body", "other"]


class Partner(StrictModel):
    """Another organisation that takes part."""

    name: Text
    """Its name, e.g. "Leeds University Union"."""
    kind: PartnerKind = "other"
    """What sort of organisation it is."""
    sector: Text | None = None
    """The sector it belongs to, e.g. "Business, professional and financial services"."""
    since: int | None = Field(default=None, ge=1900, le=2200)
    """The year it joined."""
    lead: bool = False
    """True for a lead partner of a consortium."""
    url: SourceUrl | None = None
    """Its website: https://, or http:// where the organisation has no secure site."""
    contribution: Text | None = Field(default=None, examples=["supports the programme's delivery"])
    """What it does for the scheme, in the source's words, e.g. "supports the programme's delivery", "provides
    office space"; shown after its name."""
    source: Id | None = Field(default=None, examples=["interview-2022"])
    """The id of the one source (under `sources`) that names this partner, when the others do not; shown beside it
    as "(source: <its title>)", linked to it on the overview."""


class Funder(StrictModel):
    """A body that funds the scheme."""

    name: Text = Field(examples=["Engineering and Physical Sciences Research Council (EPSRC)"])
    """Its name."""
    programme: Text | None = None
    """The funded project or competition, e.g. "STEMM-CHANGE"."""
    url: HttpsUrl | None = None
    """Its website."""


class Contact(StrictModel):
    """A person or team participants can contact."""

    id: Id
    """How other parts of the file refer to this contact, e.g. `coordinator`."""
    name: Text
    """The person's or team's name."""
    job_title: Text | None = None
    """Their job title, e.g. "Project Officer"."""
    unit: Text | None = None
    """Their department, school or team."""
    responsibility: Text | None = None
    """What they do for the scheme, e.g. "Leads the programme"."""
    email: Email | None = None
    """Their email address."""
    phone: Text | None = None
    """Their phone number, written as it should be shown, e.g. `0115 496 0000`."""
    url: HttpsUrl | None = None
    """A web page about them or their team."""
    primary: bool = False
    """True when the source names this contact as the one to ask about the scheme ("contact the EDI team for any
    questions"). Only a primary contact is offered as whom to ask ("For more information, contact ...", the answer
    to "Who do I contact with questions?", a handbook's Contact); the others are listed under "Contacts" with what
    they do (`responsibility`), e.g. the office mentors report to, or a past season's coordinator."""


PersonRole = Literal["sponsor", "champion", "chair", "lead", "founder", "adviser", "team", "other"]


class Person(StrictModel):
    """Someone the sources name: one who stands behind the scheme, such as its sponsor, chair or founder, or one
    who takes part in it (`takes_part_as`); the pages list them under "People named", each with the labels the file
    gives ("Erik Jansen, mentee"), never as what they are today. Name participants here, not in a `description`."""

    name: Text
    """Their name, or the post when the source names no one, e.g. "The senior sponsor"."""
    role: PersonRole | None = Field(default=None, examples=["sponsor"])
    """What they are to the scheme: `sponsor`, `champion`, `chair`, `lead`, `founder`, `adviser`, `team` (a project
    team) or `other`; leave out for someone named only as a participant."""
    takes_part_as: Id | None = Field(default=None, examples=["mentee"])
    """The role id the source names them in, for someone who takes part, e.g. `mentee`; its name is shown after
    theirs as a label ("Erik Jansen, mentee")."""
    cohort: Id | None = None
    """The cohort id they took part in, when the source says; its title is shown after theirs."""
    as_of: WhenField | None = None
    """When the source named them (its date); the pages say "as of" that date. Leave out when the source is
    undated."""
    job_title: Text | None = None
    """Their job title, e.g. "Pro-Vice-Chancellor for Equality, Diversity and Inclusion"."""
    organisation: Text | None = Field(default=None, examples=["Saxton Bampfylde"])
    """Where they work, when it is not the organisation running the scheme."""
    description: Text | None = Field(default=None, examples=["Leads the programme"])
    """What they do for the scheme, in the source's words."""
    source: Id | None = Field(default=None, examples=["interview-2022"])
    """The id of the one source (under `sources`) that names this person, when the others do not or say otherwise;
    shown beside it as "(source: <its title>)", linked to it on the overview. Leave out when every source agrees
    or the file does not know which one said it."""
