"""What templates see: a scheme with its dates resolved and its state at the build's "now"."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import PurePosixPath

from schemebook.model import (
    Application,
    Cohort,
    Contact,
    Cost,
    Document,
    Eligibility,
    Role,
    Scheme,
    Service,
    Strand,
)
from schemebook.model.scheme import STANDING
from schemebook.project.site import LoadedScheme, Site
from schemebook.render import contents, faq, phrases
from schemebook.render.view_signup import SignUpView
from schemebook.render.view_time import TimeView
from schemebook.when.overrides import in_cohort, role_in_cohort
from schemebook.when.state import (
    CohortState,
    cohort_state,
)


class SchemeView(TimeView, SignUpView):
    """One scheme as the templates use it."""

    def __init__(self, loaded: LoadedScheme, now: datetime) -> None:
        self.loaded, self.now = loaded, now
        self.source: Scheme = loaded.model
        self.slug, self.zone, self.shown_zone = loaded.slug, loaded.zone, loaded.stated_zone

    @cached_property
    def states(self) -> dict[str, CohortState]:
        """Every cohort's state at the build's "now", by cohort id: the one source every output uses."""
        return {c.id: cohort_state(self.source, c, self.now, self.zone) for c in self.source.runs}

    @cached_property
    def model(self) -> Scheme:
        """The scheme as it is in the current cohort: that cohort's role changes, partners and meetings in place."""
        return in_cohort(self.source, self.current)

    def met_as(self, cohort: Cohort | None = None) -> str:
        """What the people who meet are called, from the pairing the file gives (the cohort's, else the scheme's):
        "pairs", "groups" or "teams" ("pairs and groups" for both), or "participants" when it gives none."""
        pairing = (cohort.pairing if cohort else None) or self.model.pairing or []
        words = dict.fromkeys({"group": "groups", "team": "teams"}.get(term, "pairs") for term in pairing)
        return phrases.listed(words) or "participants"

    def cohort_role(self, cohort: Cohort | Strand | None, role_id: str) -> Role:
        """A role as it was in `cohort` (or as it is in a strand; as the scheme gives it for none)."""
        return role_in_cohort(next(r for r in self.source.roles if r.id == role_id), cohort)

    def documents(self, role: Role | None) -> list[Document]:
        """The scheme's documents for `role` (or all of them)."""
        return [d for d in self.model.documents if role is None or not d.roles or role.id in d.roles]

    def application_documents(self, application: Application | None) -> list[Document]:
        """The documents an application asks to be filled in and sent, in the order it names them."""
        wanted = application.documents if application else []
        return [d for i in wanted for d in self.model.documents if d.id == i]

    def document_path(self, document: Document) -> str:
        """Where a document kept beside the scheme file is published, relative to the site root."""
        return f"schemes/{self.slug}/files/{PurePosixPath(document.file or '').name}"

    def role_name(self, role_id: str) -> str:
        """The name of the role with this id (references are checked when the scheme loads)."""
        return next((r.name for r in self.model.roles if r.id == role_id), role_id)

    def cohort_title(self, cohort: Cohort) -> str:
        """A cohort's name: its title, or "Cohort <id>"; empty for the scheme's standing sign-up."""
        if cohort.id == STANDING:
            return ""
        return cohort.title or f"Cohort {cohort.id}"

    def contact(self, contact_id: str | None) -> Contact | None:
        """The contact with this id (references are checked when the scheme loads)."""
        return next((c for c in self.model.contacts if c.id == contact_id), None)

    @cached_property
    def primary_contact(self) -> Contact | None:
        """The first point of contact for questions: only the contact the file marks `primary`, never one picked
        for it (a past season's coordinator, someone mentors report to), so that nobody is told to ask them."""
        return next((c for c in self.model.contacts if c.primary), None)

    def costs_by_role(self) -> list[tuple[Role, Cost]]:
        """What taking each role costs in the current cohort: its own cost, or else the scheme's."""
        given = [(r, r.cost or self.model.cost) for r in self.model.roles]
        return [(r, cost) for r, cost in given if cost is not None]

    def costs(self, role: Role | None = None) -> list[tuple[Role | None, Cost]]:
        """What taking part costs: for `role`, its own cost or else the scheme's; for everyone, the scheme's, or
        each role's when any role has its own."""
        if role is not None:
            given = role.cost or self.model.cost
            return [(role, given)] if given else []
        if not any(r.cost for r in self.model.roles):
            return [(None, self.model.cost)] if self.model.cost else []
        return list(self.costs_by_role())

    def services(self, group: str, role: Role | None = None) -> list[Service]:
        """The support services of one group (`wellbeing`, `safeguarding`, `peer_support`) for `role`."""
        services = getattr(self.model.support, group) if self.model.support else []
        return [x for x in services if role is None or not x.roles or role.id in x.roles]

    def faq(self, role: Role | None = None) -> list[faq.Group]:
        """The questions and answers for everyone, or for one role."""
        phase = self.current_state.phase if self.current_state else "undated"
        return faq.groups(self.model, self.current, role, phase)

    @cached_property
    def described_roles(self) -> list[Role]:
        """The roles with something to say about who takes them: a summary, whom they mentor, a way of joining or
        eligibility."""
        return [
            r
            for r in self.model.roles
            if r.summary or r.mentors or r.join.stated or r.join.selection or r.eligibility != Eligibility()
        ]

    @cached_property
    def topics(self) -> list[tuple[Cohort, list[str]]]:
        """Topics earlier cohorts discussed, by cohort."""
        cohorts = [c for c in self.model.cohorts if c.outcomes and c.outcomes.topics_discussed]
        return [(c, c.outcomes.topics_discussed) for c in cohorts if c.outcomes]

    @cached_property
    def support_offers(self) -> list[str]:
        """What the support page holds, as phrases, only as far as the file gives it."""
        support = self.model.support
        if support is None:
            return []
        offers = {
            "what the scheme says of confidentiality": support.confidentiality or support.confidentiality_limits,
            "what to do if something concerns you": support.escalation,
            "wellbeing services": support.wellbeing,
            "safeguarding services": support.safeguarding,
            "peer support": support.peer_support,
            "what happens if plans change": support.contingency,
            "how to end the pairing": support.ending,
        }
        return [phrase for phrase, given in offers.items() if given]

    @cached_property
    def contents(self) -> dict[str, str]:
        """What the timeline, themes and evaluation pages and each role's handbook (`handbook <role id>`) hold, in the
        words a link to each of them uses."""
        return {
            **{f"handbook {r.id}": contents.handbook(r) for r in self.model.roles},
            "timeline": contents.timeline(self.events),
            "training": contents.training(self.events),
            "themes": contents.themes(self.model, bool(self.topics)),
            "theme_details": contents.theme_details(self.model),
            "evaluation": contents.evaluation(self.model, self.loaded.results),
        }

    @cached_property
    def pages(self) -> frozenset[str]:
        """The scheme's pages besides the overview and handbooks; a link is only ever made to one of these."""
        m = self.model
        has = {
            "sign-up": True,
            "timeline": bool(self.events),
            "themes": bool(m.themes or (m.reflection and m.reflection.log) or self.topics),
            "support": bool(self.support_offers),  # `escalation_in_order` alone gives the page nothing to say
            "faq": bool(self.faq()),
            "evaluation": m.evaluation is not None,
        }
        return frozenset(kind for kind, present in has.items() if present)


_VIEWS: dict[int, SchemeView] = {}
"""Each loaded scheme's view at the build's clock: every output module, and every build of a preview while the
scheme's file is unchanged, shares it and what it has worked out."""


def scheme_views(site: Site) -> list[SchemeView]:
    """A view of every scheme, in site order."""
    views = []
    for loaded in site.schemes:
        view = _VIEWS.get(id(loaded))
        if view is None or view.loaded is not loaded or view.now != site.now:
            view = _VIEWS[id(loaded)] = SchemeView(loaded, site.now)
        views.append(view)
    if len(_VIEWS) > 2 * len(views) + 100:  # schemes a preview has changed or removed since
        kept = {id(view.loaded) for view in views}
        for key in [key for key in _VIEWS if key not in kept]:
            del _VIEWS[key]
    return views
