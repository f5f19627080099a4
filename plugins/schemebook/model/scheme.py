"""The whole scheme: the top of a scheme file."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import unquote, urlsplit

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from schemebook.escaping import invisible
from schemebook.model.base import StrictModel
from schemebook.model.cohorts import Cohort, Places, SignUp
from schemebook.model.costs import Cost
from schemebook.model.guidance import Document, FaqEntry, Meetings, Quote, Reflection, Support, Theme
from schemebook.model.matching import Matching, Pairings
from schemebook.model.names import Languages, OtherName, PartOf, Related
from schemebook.model.people import Contact, Funder, Organisation, Partner, Person
from schemebook.model.roles import Role
from schemebook.model.status import SchemeStatus
from schemebook.model.strands import Strand
from schemebook.model.types import Id, Markdown, SourceUrl, Text, TimeZone


def address(url: str) -> str:
    """A web address as people read it: without `https://` and a closing slash ("katuka.online"), and with letters
    beyond ASCII as letters ("…/öffnet", not "…/%C3%B6ffnet")."""
    given = url.split("://", 1)[-1].rstrip("/")
    read = unquote(given)
    return read if read.isprintable() and not invisible(read) and "\ufffd" not in read else given


STANDING = "~standing"
"""The id of the run that holds a scheme's own `sign_up`: not an id a file can give, so never one of its cohorts."""

DEFAULT_ZONE = "Europe/London"
"""The zone deadlines are worked out in when a file states none."""


class PastFact(StrictModel):
    """One fact about the scheme's past that no cohort holds, as the source says it."""

    when: Text | None = Field(default=None, examples=["2016", "since 2012", "in its tenth year"])
    """When, as the source words it ("2016", "since 2012", "in its tenth year"); shown as written before the fact,
    never read as a date. Leave out when the source gives no time."""
    said: Text = Field(examples=["The programme began at the request of the Postdoc Association"])
    """The fact, in the source's words, e.g. "The programme began at the request of the Postdoc Association",
    or "More than 300 pairs matched since 2012". A former name goes in the scheme's `other_names`."""
    source: Id | None = Field(default=None, examples=["faq-2016"])
    """The id of the one source (under `sources`) that gives this fact, when the others do not or say otherwise,
    e.g. an older version of a page; shown beside the fact as "(source: <its title>)", linked to it on the
    overview. Leave out when every source agrees or the file does not know which one said it."""


class Source(StrictModel):
    """A published source the scheme's facts come from."""

    id: Id | None = Field(default=None, examples=["faq-2019"])
    """How a fact given by this source alone names it in its `source` (history, questions and answers, quotes),
    e.g. `faq-2019`; needed only when a fact does."""
    title: Text | None = None
    """Its title, e.g. "Reverse Mentoring Programme for STEMM Staff"; leave it out when the source gives none (a
    form, a page known only by its address): the pages then name it by its address."""
    author: Text | None = None
    """Who wrote it, e.g. "Reverse mentoring team"; listed with the source on the overview."""
    url: SourceUrl | None = None
    """Where it is published: its https:// address, or its http:// one where it has no other."""
    date: Text | None = None
    """When it was published, as the source gives it, e.g. "2020-01-13"; listed with the source."""
    partial: bool = Field(default=False, examples=[True])
    """True when the copy read was incomplete or cut off, so the file may miss what the rest said; listed with the
    source ("only part of it was read")."""
    note: Text | None = Field(default=None, examples=["the version of the FAQ stored in 2019", "Portuguese version"])
    """What this source is, or which version of it was read, in your own words, e.g.
    "the version of the FAQ stored in 2019" or "Portuguese version"; listed after the source on the overview
    ("Title (2019): the version of the FAQ stored in 2019") and in each attribution that names it ("source: Title,
    the version of the FAQ stored in 2019"). Not for facts about the scheme: those go in their own fields."""

    @property
    def label(self) -> str:
        """How the pages name it: its title, else its address without `https://`."""
        return self.title or address(self.url or "")

    @property
    def host(self) -> str:
        """The site it is published on ("www.emst.gr"), shown beside its title; empty without an address."""
        return urlsplit(self.url).netloc if self.url else ""

    @model_validator(mode="after")
    def _named(self) -> Source:
        if self.title is None and self.url is None:
            raise PydanticCustomError("unnamed", "a source needs a `title`, a `url` or both")
        return self


class Evaluation(StrictModel):
    """How the scheme is evaluated, and what was found."""

    cohort: Id | None = None
    """The cohort evaluated, or the one the evaluation is for while the file gives only its `method`."""
    method: Markdown | None = None
    """How it was (or will be) evaluated. Alone it is shown as the evaluation method, and the pages call nothing
    evaluated until results, responses, findings or recommendations are given."""
    results: list[Text] = []
    """CSV files of survey results, relative to the scheme file, e.g. `data/leeds-2022.csv` (see the guide)."""
    threshold: int = Field(default=5, ge=1, le=1000)
    """Groups with fewer responses than this, before or after, show "fewer than N responses" instead of figures."""
    responses: dict[Id, list[Annotated[int, Field(ge=0)]]] = {}
    """Questionnaire responses by role id, as [before, after], e.g. `mentor: [25, 20]`."""
    reflective_chats: dict[Id, Annotated[int, Field(ge=0)]] = {}
    """Reflective conversations held after the scheme, by role id, e.g. `mentee: 15`."""
    findings: Markdown | None = None
    """What was found, in words, e.g. "Mentors felt more part of the university"."""
    recommendations: list[Markdown] = []
    """Recommendations, in order, e.g. "Publish an annual report"."""
    authors: list[Text] = []
    """Who carried out the evaluation."""

    @property
    def done(self) -> bool:
        """Whether the file says the evaluation was carried out: it gives results, responses, reflective
        conversations, findings or recommendations. A `method` alone is a plan, shown as the evaluation method."""
        return bool(self.results or self.responses or self.reflective_chats or self.findings or self.recommendations)


class Scheme(StrictModel):
    """A mentoring scheme: everything its pages, calendars and data are made from."""

    title: Text = Field(examples=["Reverse Mentoring Programme for STEMM Staff"])
    """The scheme's name."""
    other_names: list[OtherName] = Field(
        default=[],
        max_length=50,
        examples=[[{"name": "ryhmämentorointiohjelma", "language": "fi"}, {"name": "MCP", "former": True}]],
    )
    """Other names the scheme goes or went by, each as the source writes it: its name in another language (with
    `language`), a short name, or a former name (with `former: true`, and `until` as the source words it). Shown at a
    glance on the overview as "Also called:" and "Formerly:". Keep them out of `title`, `summary` and `purpose`; what
    happened when the name changed, if the source says, goes in `history`."""
    part_of: PartOf | None = Field(default=None, examples=[{"name": "Programa Voluntariado BB"}])
    """The wider programme the scheme belongs to, when the source names one: an initiative, a network's programme,
    an employer's volunteering or development programme. Shown at a glance on the overview as "Part of:"."""
    languages: Languages = Field(default=[], examples=[["fi", "en"]])
    """The languages the scheme is run in, as codes (BCP 47: `fi`, `en`, `sv`, `pt-BR`), in the source's order, when
    the source says; shown at a glance on the overview as "Languages: Finnish and English". Leave out when the source
    does not say; the language of one part only (its group events, a document) goes in that part's notes."""
    locations: list[Text] = Field(default=[], max_length=100, examples=[["Stockholm", "Göteborg"]])
    """Where the scheme runs (cities, regions, countries, sites), each as the source names it, when that is not
    simply where its organisation is; shown at a glance on the overview as "Where: Stockholm and Göteborg". Where
    one cohort ran goes in that cohort's `notes`."""
    sector: Text | None = Field(default=None, examples=["mining engineering", "women in higher education"])
    """The sector or field the scheme serves, as the source says it, when it is not its organisation's, e.g. "mining
    engineering" for a professional body's scheme for young engineers; shown at a glance as "Field of the scheme:"."""
    related: list[Related] = Field(default=[], max_length=50)
    """Other programmes the sources speak of beside this one (a national programme a chapter's scheme may belong
    to, a copy run elsewhere, an earlier pilot that may be another scheme), each with how it relates as far as the
    sources say; listed on the overview under "Related programmes", and none of their facts is this scheme's. A
    programme the scheme certainly belongs to is `part_of`."""
    summary: Text
    """One or two sentences saying what the scheme is, shown on the home page."""
    url: SourceUrl | None = Field(default=None, examples=["https://katuka.online/"])
    """The scheme's own web page or site, when the source gives one: shown at a glance on the overview as "Web
    page:", with its address. A page a fact comes from is also one of `sources`."""
    organisation: Organisation
    """The organisation that runs it."""
    partners: list[Partner] = Field(default=[], max_length=200)
    """Other organisations that take part."""
    funders: list[Funder] = []
    """Who funds it."""
    pairing: Pairings | None = Field(default=None, examples=["reverse", ["one-to-one", "group"]])
    """`one-to-one` (a mentor and a mentee), `reverse` (the junior person mentors the senior), `reciprocal` (both
    mentor each other), `peer` (people at a similar stage), `group` (a mentor with several mentees, or circles) or
    `team` (a group that works as a self-managed team); leave out when the source does not say. When the source
    names more than one (pairs that also meet in groups, one-to-one or circles as each person chooses), give each,
    in its order: `[one-to-one, group]`; how they combine goes in `meetings` or `notes`. The pages show the terms
    only ("Pairing: one-to-one and group mentoring"), never these explanations, which are not the scheme's words."""
    places: Places | None = None
    """How many places the scheme has and how they are given out, when the source gives them for the scheme rather
    than for one run, e.g. `count: 40 to 50 students a year`; a run's own go in its cohort's `places`."""
    recurs: Text | None = Field(default=None, examples=["every year", "each school year", "in yearly cycles"])
    """How often the scheme runs, in the source's words, when the source says it recurs but gives no run's dates
    (or not every run's): "every year", "each school year"; shown at a glance as "Runs: every year". How often
    applications are taken goes in a sign-up (`recurring`)."""
    group_size: Text | None = Field(default=None, examples=["three or four mentees with one mentor"])
    """How large a group is, as the source says it: for `group` and `team`, or for pairs that meet as a group
    ("several young employees with one executive"); shown after the pairing, in brackets."""
    matching: Matching | None = None
    """How pairs or groups are formed."""
    cost: Cost | None = None
    """What taking part costs, when the source says; a cohort's or a role's own `cost` replaces it."""
    purpose: Markdown | None = None
    """Why the scheme exists."""
    aims: list[Text] = []
    """What it aims to achieve."""
    aims_complete: bool | None = Field(default=None, examples=[False])
    """`false` when the source's list of aims was cut off or says "include": the overview then says the list is
    not complete."""
    history: list[PastFact] = Field(
        default=[],
        max_length=100,
        examples=[[{"when": "2016", "said": "The programme began at the request of the Postdoc Association"}]],
    )
    """Facts about the scheme's past that no cohort holds, oldest first, each in the source's words with `when` as
    the source gives it: when and at whose request it began, an anniversary, totals since it began ("More than 300
    pairs matched since 2012"). Listed on the overview under "History"; never used to work out whether the scheme is
    open, running or ended (that comes from the cohorts' dates and `status`). What happened in one run goes in that
    cohort (its `notes` or `outcomes`), why the scheme exists in `purpose`, and a former name in `other_names`."""
    timezone: TimeZone | None = Field(default=None, examples=["Europe/London"])
    """The time zone of every date and time in the file, e.g. `Europe/London`, `Australia/Sydney`. Leave it out when
    the source does not say: pages and calendars then give times as written, with no zone, and whether a deadline
    has passed is worked out in UK time."""
    roles: list[Role] = Field(min_length=1, max_length=50)
    """The roles people take, e.g. mentor and mentee."""
    cohorts: list[Cohort] = Field(default=[], max_length=100)
    """Each run of the scheme, oldest first."""
    strands: list[Strand] = Field(default=[], max_length=50)
    """Parts of the scheme that run beside each other with their own rules (strands, tracks, editions, a campus's
    own version), each giving only what differs in it; on the overview under "Parts of the scheme", with a pointer
    from every role's handbook and the sign-up page. Runs in time (a year, a pilot) are `cohorts`."""
    status: SchemeStatus | None = None
    """Whether the scheme runs, when a dated source says it still runs (`running`: "Said to be running as of May
    2025", shown as its status while no cohort is current), or what became of it when a source says it ended or was
    paused: every page then says so under its heading, and no page offers a way to apply."""
    sign_up: SignUp | None = Field(default=None, examples=[{"rolling": True}])
    """How people join outside any cohort: a standing programme people join at any time, one whose runs the source
    does not give, or one that is standing now after earlier cohorts (a pilot). The same shape as a cohort's
    `sign_up`, e.g. `rolling: true` with each role's `form`, `email` or `through` under `roles`. A cohort taking
    applications, or about to, is shown before it; otherwise the pages describe this one, naming no cohort."""
    meetings: Meetings | None = None
    """How often and how long pairs meet."""
    themes: list[Theme] = Field(default=[], max_length=100)
    """Themes for the meetings."""
    themes_complete: bool | None = Field(default=None, examples=[False])
    """False when the source gives its themes as examples ("such as", "include") or its list was cut off: the pages
    then say "Themes (the list is not complete):"."""
    themes_in_order: bool = False
    """True when the meetings take the themes in the order given."""
    reflection: Reflection | None = None
    """How participants reflect."""
    support: Support | None = None
    """Confidentiality, escalation and support."""
    faq: list[FaqEntry] = Field(default=[], max_length=1000)
    """Questions and answers written by the coordinators."""
    quotes: list[Quote] = Field(default=[], max_length=500)
    """What people said, each with who said it: on the overview and the evaluation page, under "What people said"."""
    evaluation: Evaluation | None = None
    """How the scheme is evaluated and what was found."""
    contacts: list[Contact] = Field(default=[], max_length=200)
    """People and teams to contact."""
    people: list[Person] = Field(default=[], max_length=200)
    """People who run or stand behind the scheme without being contact points: sponsor, champion, chair."""
    documents: list[Document] = Field(default=[], max_length=200)
    """Documents participants read or fill in; listed on the role handbooks."""
    sources: list[Source] = []
    """Published sources of the facts in this file."""

    @property
    def runs(self) -> list[Cohort]:
        """The cohorts and, when the scheme has its own `sign_up`, one standing run after them that holds it (with
        an id no file can give, no title and no dates)."""
        if self.sign_up is None:
            return self.cohorts
        return [*self.cohorts, Cohort.model_construct(id=STANDING, sign_up=self.sign_up)]

    @model_validator(mode="after")
    def _roles_with_applications_apply(self) -> Scheme:
        # A role a cohort gives a form or address to apply to, or names with no way in at all (`mentor: {}`), joins by
        # application, though its `join.method` is left out; a way in alone ("through your branch") is not said to be
        # an application.
        named = {
            role_id
            for c in self.runs
            if c.sign_up
            for role_id, a in c.sign_up.roles.items()
            if a.form or a.email or not a.through
        }
        roles = [
            r.model_copy(update={"join": r.join.model_copy(update={"method": "application"})})
            if r.join.method is None and r.id in named
            else r
            for r in self.roles
        ]
        return self if roles == self.roles else self.model_copy(update={"roles": roles})
