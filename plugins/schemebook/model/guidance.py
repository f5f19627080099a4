"""What pairs do and how they are supported: meetings, themes, reflection, support, FAQ."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.types import Email, HttpsUrl, Id, Markdown, MeetingCount, SourceUrl, SpanField, Text


class Meetings(StrictModel):
    """How often and how long pairs meet."""

    count: MeetingCount | None = Field(default=None, examples=[6, "up to 6"])
    """How many meetings: a number (`6`), or as the source says it ("up to 6", "6 recommended")."""
    frequency: Text | None = None
    """How often, e.g. "monthly" or "fortnightly"."""
    duration: SpanField | None = Field(default=None, examples=["1 hour", "about 90 minutes", "45 to 60 minutes"])
    """How long each meeting lasts, as the source says it: `1 hour`, `about 90 minutes`, `approximately 60 minutes`,
    `45 to 60 minutes`, `45-60 minutes`, `up to 2 hours`; shown as written ("about 90 minutes each")."""
    period: Text | None = None
    """Over what period, e.g. "six months" or "one semester (about 8 weeks)"."""
    place: Text | None = Field(default=None, examples=["at the mentee's school", "on the mentor's premises"])
    """Where pairs meet, as the source says it, e.g. "at the mentee's school"; shown as "Where they meet: at the
    mentee's school"."""
    arranged_by: Text | None = None
    """Who arranges the meetings, shown after "arranged by" ("arranged by each pair"), e.g. "each pair"."""
    format: Literal["in-person", "online", "either"] | None = None
    """Old form of `modes`: `schemebook migrate` rewrites it."""
    modes: list[Mode] = Field(default=[], examples=[["online", "phone"]])
    """How pairs meet as a rule: `in-person`, `online`, `phone`, `email` (any of them)."""
    also: list[OtherMode] = []
    """Other ways to meet, and when, e.g. in person by agreement."""
    together: Text | None = Field(default=None, examples=["three times a term, to discuss and network"])
    """Meetings where pairs or groups come together (the whole cohort, or group activities), besides their own,
    as the source says them, e.g. "three times a term, to discuss and network"; shown after the pairs' meetings as
    "Joint sessions: three times a term, to discuss and network", which claims no more than the words do about who
    attends. Dated ones go in a cohort's `events` (kind `meeting`) as well."""
    parts: list[Text] = []
    """The parts of a meeting, in order, e.g. "half on inclusion", "half on career development"."""
    rules: list[Text] = []
    """What pairs must do, e.g. "attend two of the three supervision sessions", "reply within 48 hours"."""
    notes: Markdown | None = Field(default=None, examples=["Meet somewhere you can talk privately."])
    """Anything else about meetings."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) the meetings come from, when the others do not or say otherwise, e.g.
    `faq-2019`; shown after the first line of the meetings ("Meetings: six meetings, monthly (source: <its title>)"),
    linked to it on the overview. Leave out when every source agrees or the file does not know which one said it."""
    roles: list[Id] = Field(default=[], examples=[["mentor", "mentee"]])
    """The role ids of who takes part in these meetings, when the source gives them to some roles only (e.g.
    `[mentor, mentee]` where ambassadors run training but have no pair meetings). Leave out when every role meets:
    the meetings are then shown to every role; with `roles`, only those roles' handbooks show them, and other pages
    label them with whom they are for ("Meetings (Mentors and Mentees): six meetings")."""


Mode = Literal["in-person", "online", "phone", "email"]


class OtherMode(StrictModel):
    """A way of meeting beyond the usual ones, and when it applies."""

    mode: Mode
    """`in-person`, `online`, `phone` or `email`."""
    when: Text = Field(examples=["by agreement"])
    """When, e.g. "by agreement" or "for a site visit"."""


class Theme(StrictModel):
    """A theme for the meetings, with prompts and ice-breakers."""

    id: Id
    """The theme's id, e.g. `belonging`."""
    title: Text
    """Its name, e.g. "Belonging and community"."""
    description: Markdown | None = None
    """What the theme covers."""
    prompts: list[Text] = []
    """Questions to discuss."""
    icebreakers: list[Text] = []
    """Ice-breaker questions to consider before meeting."""
    source: Id | None = Field(default=None, examples=["blog-2015"])
    """The id of the one source (under `sources`) that gives this theme, when the others do not or say otherwise;
    shown beside it as "(source: <its title>)", linked to it on the overview. Leave out when every source agrees
    or the file does not know which one said it."""


class LogStage(StrictModel):
    """One stage of a reflective log."""

    name: Text
    """The stage's name, e.g. "Feelings"."""
    prompt: Text | None = None
    """The question it asks, e.g. "What were you thinking and feeling?"."""


class ReflectiveLog(StrictModel):
    """A reflective log participants keep."""

    model: Text = Field(examples=["Gibbs' reflective cycle"])
    """The model the log follows."""
    citation: Text | None = None
    """Where the model is published, e.g. "Gibbs, G. (1988) Learning by Doing"."""
    when: Text | None = None
    """When to write an entry, e.g. "after each meeting"."""
    stages: list[LogStage] = []
    """The stages, in order."""


class Reflection(StrictModel):
    """How participants reflect on the scheme."""

    log: ReflectiveLog | None = None
    """A reflective log, if participants keep one."""
    sessions: Markdown | None = None
    """Facilitated reflection, e.g. reflective practice sessions (their dates are events)."""
    closing: Markdown | None = None
    """Reflection at the end, e.g. a closing interview or group reflection."""


class Step(StrictModel):
    """One step of an escalation protocol."""

    action: Markdown
    """What to do."""
    when: Text | None = None
    """When this step applies, e.g. "If someone may be at risk of harm"."""
    contact: Id | None = None
    """The contact id to turn to."""


class Service(StrictModel):
    """A source of support: a wellbeing service, a safeguarding team, peer support sessions."""

    name: Text
    """Its name."""
    description: Markdown | None = None
    """What it offers."""
    roles: list[Id] = []
    """The roles it is for; empty means everyone."""
    schedule: Text | None = None
    """When it runs, e.g. "monthly, optional"."""
    contact: Id | None = None
    """A contact id."""
    email: Email | None = None
    """Its email address."""
    phone: Text | None = None
    """Its phone number, e.g. `0115 496 0000`."""
    url: HttpsUrl | None = None
    """Its web page."""


class Support(StrictModel):
    """Confidentiality, escalation and support."""

    confidentiality: Markdown | None = None
    """What stays between the pair."""
    confidentiality_limits: list[Text] = []
    """When confidentiality must be broken, e.g. "if someone is at risk of harm"."""
    limits_complete: bool | None = None
    """False when `confidentiality_limits` is not the source's whole list (it was cut off, or read only in part);
    the pages then say "(the list is not complete)". True when it is the whole list; leave out when unsure."""
    escalation: list[Step] = []
    """What to do if something concerns you."""
    escalation_in_order: bool = False
    """True when the escalation steps are to be taken in the order given."""
    wellbeing: list[Service] = []
    """Wellbeing services."""
    safeguarding: list[Service] = []
    """Safeguarding services."""
    peer_support: list[Service] = []
    """Peer support, e.g. sessions for mentors."""
    contingency: Markdown | None = None
    """What happens if plans change (illness, closure, moving online)."""
    ending: Markdown | None = None
    """How either person can end the pairing without blame (a no-fault ending)."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) that says what stays confidential and what support there is, when the
    others do not or say otherwise, e.g. `faq-2019`; shown after what stays confidential and its limits as "Source: <its
    title>", linked to it on the overview. Leave out when every source agrees or the file does not know which one said
    it."""


class FaqEntry(StrictModel):
    """A question and its answer."""

    question: Text
    """The question, as a participant would ask it."""
    answer: Markdown
    """The answer."""
    roles: list[Id] = []
    """The roles it concerns; empty means everyone."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) that gives this answer, when another source, or another version
    of the same page, says otherwise; shown with the answer as "(source: <its title>)", linked to it on the
    overview. Leave out when every source agrees."""


class Quote(StrictModel):
    """Something someone said about the scheme: a participant, or anyone the source quotes."""

    text: Text
    """The words, without quotation marks, e.g. "I felt listened to"."""
    by: Text = Field(examples=["Mentor 1", "Professor Nick Jennings, Vice-Provost (Research and Enterprise)"])
    """Who said it, as they agreed to be named."""
    role: Id | None = None
    """Their role id, when they took part; its name is shown after theirs."""
    cohort: Id | None = None
    """Their cohort id, when they took part; its title is shown after theirs."""
    source: Id | None = Field(default=None, examples=["report-2021"])
    """The id of the one source (under `sources`) the words come from, when only one of them gives them; shown
    after who said it as "(source: <its title>)", linked to it on the overview. Leave out when every source
    quotes them."""


DocumentKind = Literal["profile", "agreement", "form", "pack", "toolkit", "guide", "other"]


class Document(StrictModel):
    """A document participants read or fill in: an information pack, a mentoring agreement, a profile."""

    id: Id
    """How applications refer to it, e.g. `proforma`."""
    title: Text = Field(examples=["Mentoring agreement"])
    """Its title."""
    kind: DocumentKind = "other"
    """`profile`, `agreement`, `form`, `pack`, `toolkit`, `guide` or `other`."""
    url: SourceUrl | None = Field(default=None, examples=["https://example.org/agreement.pdf"])
    """Where it is published: its https:// address, or its http:// one where it has no other."""
    file: Text | None = None
    """Instead of `url`: a file beside the scheme file (e.g. `files/agreement.docx`), published with the site."""
    roles: list[Id] = []
    """The roles it is for; empty means everyone."""
    fill_in: bool = False
    """True when participants fill it in, e.g. an agreement or an "about me" profile."""
    description: Text | None = None
    """What it is for, e.g. "given out at the first meeting"."""
    published: bool | None = Field(default=None, examples=[False])
    """False when the source says the document is not published (e.g. it is handed out at the first meeting);
    without `url` or `file` it is then listed as "not published", and otherwise as "no address given"."""
    source: Id | None = Field(default=None, examples=["faq-2020"])
    """The id of the one source (under `sources`) that gives this document, when the others do not or say otherwise;
    shown beside it as "(source: <its title>)", linked to it on the overview. Leave out when every source agrees
    or the file does not know which one said it."""
