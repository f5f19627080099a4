"""Each role's way in to the current cohort, as the sign-up templates show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from schemebook.checks.providers import prefilled, provider_for
from schemebook.model import Application, Contact, Role, When
from schemebook.model.roles import APPLYING
from schemebook.render.views import SchemeView
from schemebook.when.state import RoleState, Window


@dataclass(frozen=True)
class RoleSignUp:
    """One role's sign-up state and what a reader needs to act on it."""

    role: Role
    state: RoleState
    window: Window
    """The role's window: the change in force, an extension, whether it is only what a source said."""
    application: Application | None
    opens: When | None
    deadline: When | None
    opens_at: str
    """The instant applications open, ISO 8601 with offset, for the page script ("" when not set)."""
    closes_at: str
    """The instant applications close (the deadline itself, or the end of a date-only deadline)."""
    form_url: str | None
    provider: str | None
    contact: Contact | None
    time_left: str | None
    applying: bool
    """Whether the file says the role applies: a signing-up `join.method` (or `then`), which a form or address to
    apply to in `sign_up.roles` gives; a way in alone ("through your branch") is no application."""

    @property
    def way_to_apply(self) -> bool:
        """Whether the sign-up block names a way to apply: a form, an email address or a route for a role that
        applies; "Before you apply" and "how to apply" are said only then. A contact is for questions, never a way
        to apply the file gives."""
        a = self.application
        return bool(self.form_url or (a and (a.email or (a.through and self.applying))))


def time_left(now: datetime, closes: datetime) -> str:
    """How long until `closes`, in words: "14 days left", "5 hours left", "less than an hour left"."""
    seconds = (closes - now).total_seconds()
    days, hours = int(seconds // 86400), int(seconds // 3600)
    if days >= 2:
        return f"{days} days left"
    if hours >= 2:
        return f"{hours} hours left"
    return "less than an hour left" if hours < 1 else "1 hour left"


def role_signups(view: SchemeView) -> list[RoleSignUp]:
    """The sign-up of every role for the current cohort, each from its own window."""
    sign_up = view.current.sign_up if view.current else None
    contact = view.contact(sign_up.contact) if sign_up and sign_up.contact else view.primary_contact
    result = []
    for role in view.model.roles:
        window = view.window(role)
        change = window.change
        application = sign_up.roles.get(role.id) if sign_up else None
        form = application.form if application else None
        provider = provider_for(form) if form else None
        state = view.state(role)
        closes = window.closes_at
        result.append(
            RoleSignUp(
                role=role,
                state=state,
                window=window,
                application=application,
                opens=change.on if change else None,
                deadline=change.until if change else None,
                opens_at=window.opens_at.isoformat() if window.opens_at else "",
                closes_at=closes.isoformat() if closes else "",
                form_url=prefilled(form, application.prefill) if form and application else None,
                provider=provider.name if provider else None,
                contact=contact,
                time_left=time_left(view.now, closes) if closes and state == "open" else None,
                applying=role.join.method in APPLYING or role.join.then in APPLYING,
            )
        )
    return result
