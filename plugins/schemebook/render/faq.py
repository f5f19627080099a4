"""Questions and answers: the coordinators' own, and those the scheme's data answers, grouped."""

from __future__ import annotations

from dataclasses import dataclass

from schemebook.model import Cohort, Contact, FaqEntry, Role, Scheme, SignUp
from schemebook.render.facts import for_role, training_plans
from schemebook.when.state import Phase, changes


@dataclass(frozen=True)
class Question:
    """One question: answered by `partials/faq/<key>.md.j2`, or by a written `entry`."""

    key: str
    text: str
    entry: FaqEntry | None = None
    ask: bool = False
    """When the file gives nothing to answer it with, the answer says whom to ask instead of being left out."""


@dataclass(frozen=True)
class Group:
    """Questions under one heading."""

    title: str
    questions: tuple[Question, ...]


def _applies(scheme: Scheme, role: Role | None) -> bool:
    roles = [role] if role else scheme.roles
    return any(r.join.applies for r in roles)


def _has_eligibility(role: Role) -> bool:
    return bool(role.eligibility.model_dump(exclude_defaults=True)) or role.join.stated


def _has_next_steps(sign_up: SignUp | None, roles: list[Role]) -> bool:
    """Whether the sign-up says what happens after applying, for every role or for one of `roles`."""
    if sign_up is None:
        return False
    return bool(sign_up.next_steps) or any(sign_up.roles[r.id].next_steps for r in roles if r.id in sign_up.roles)


def _has_when(cohort: Cohort | None) -> bool:
    """Whether any field says when the cohort runs: its dates, its length, its `when` in words or its events."""
    return bool(cohort and (cohort.start or cohort.end or cohort.length or cohort.when or cohort.events))


def _has_time(scheme: Scheme, cohort: Cohort | None, role: Role | None) -> bool:
    roles = [role] if role else scheme.roles
    has_cohort_length = cohort is not None and bool(cohort.length or (cohort.start and cohort.end))
    timed = any(r.commitment or any(t.duration for t in r.training) for r in roles)
    meets = scheme.meetings is not None and for_role(scheme.meetings, role)
    return bool(meets or has_cohort_length or timed)


def _derived(scheme: Scheme, cohort: Cohort | None, role: Role | None, phase: Phase) -> dict[str, list[Question]]:
    sign_up = cohort.sign_up if cohort else None
    # a window that names its roles is for them only (the others' way in is not what it says)
    in_window = sign_up is not None and (
        not sign_up.roles or any(r.id in sign_up.roles for r in ([role] if role else scheme.roles))
    )
    applies = _applies(scheme, role) and in_window and (scheme.status is None or scheme.status.state == "running")
    taking = applies and phase in ("open", "upcoming")  # how to apply, and what follows, only while it is possible
    support = scheme.support
    roles = [role] if role else scheme.roles
    asked = {
        # A role that joins without applying (invited, automatically, by contacting someone) never reads of applying.
        ("Applying" if _applies(scheme, role) else "Joining"): [
            (
                any(map(_has_eligibility, roles)),
                "who-can-apply",
                f"{role.name}: who can take part?" if role else "Who can take part?",
            ),
            (bool(scheme.cost or any(r.cost for r in roles)), "cost", "What does it cost?"),
            (taking, "how-to-apply", "How do I apply?"),
            (
                applies and any(c.on or c.until or sign_up.rolling for r in roles for c in changes(sign_up, r.id)),
                "deadline",
                "When is the deadline for applications?",
            ),
            (taking and _has_next_steps(sign_up, roles), "next-steps", "What happens after I apply?"),
        ],
        "Time and training": [
            (_has_when(cohort), "when", "When does it run?"),
            (_has_time(scheme, cohort, role), "time", "How much time does it take?"),
            (any(r.training for r in roles), "training", _training_question(cohort, roles)),
        ],
        "Confidentiality and support": [
            (
                bool(support and (support.confidentiality or support.confidentiality_limits)),
                "confidential",
                "Is it confidential?",
            ),
            (bool(support and support.ending), "ending", "What if the pairing does not work out?"),
            # whom to ask is said only of a contact the file marks so: `primary`, or the sign-up's for applying
            (bool(_asked(scheme) or (sign_up and sign_up.contact)), "contact", "Who do I contact with questions?"),
        ],
    }
    ask = _reachable(scheme)  # a usual question the file does not answer is still asked, with whom to ask
    groups: dict[str, list[Question]] = {}
    for group, items in asked.items():
        kept = [(shown, key, text) for shown, key, text in items if shown or (ask and key in USUAL)]
        questions = [Question(key if shown else "ask", text, ask=ask and key in USUAL) for shown, key, text in kept]
        groups[_heading(group, {key for _, key, _ in kept})] = questions
    return groups


_PARTS = {
    "Time and training": (("time", {"when", "time"}), ("training", {"training"})),
    "Confidentiality and support": (("confidentiality", {"confidential"}), ("support", {"ending", "contact"})),
}
"""What each part of a group's heading is about: a heading names only the parts its questions ask about."""


def _heading(group: str, keys: set[str]) -> str:
    said = [word for word, about in _PARTS.get(group, ()) if about & keys]
    return " and ".join(said).capitalize() if said else group


def _training_question(cohort: Cohort | None, roles: list[Role]) -> str:
    """ "When is the training?" only where a session or a worded date answers it."""
    plans = [plan for role in roles for plan in training_plans(cohort, role)]
    return "When is the training?" if any(p.sessions or p.worded for p in plans) else "What training is there?"


USUAL = frozenset({"when", "time", "confidential", "ending"})
"""The questions participants usually ask: when the file does not answer one, the answer says whom to ask."""


def _asked(scheme: Scheme) -> Contact | None:
    """The contact the file marks as the one to ask (`primary: true`), if any."""
    return next((c for c in scheme.contacts if c.primary), None)


def _reachable(scheme: Scheme) -> bool:
    asked = _asked(scheme)
    return bool(asked and (asked.email or asked.phone or asked.url))


def groups(scheme: Scheme, cohort: Cohort | None, role: Role | None, phase: Phase = "undated") -> list[Group]:
    """The FAQ for the whole scheme (`role` None) or for one role, as non-empty groups in reading order; `phase`
    is the current cohort's, which decides whether applying is asked about."""
    found = _derived(scheme, cohort, role, phase)
    written = [e for e in scheme.faq if role is None or not e.roles or role.id in e.roles]
    found["Other questions"] = [Question("written", e.question, e) for e in written]
    return [Group(title, tuple(questions)) for title, questions in found.items() if questions]
