"""The scheme as typed data."""

from schemebook.model.cohorts import (
    Application,
    Change,
    Cohort,
    Event,
    EventStatus,
    Option,
    Outcomes,
    Places,
    Question,
    SignUp,
)
from schemebook.model.costs import Cost
from schemebook.model.guidance import Document, FaqEntry, Meetings, Quote, Reflection, Service, Step, Support, Theme
from schemebook.model.people import Contact, Funder, Organisation, Partner
from schemebook.model.roles import Eligibility, Join, Pay, Role, Training
from schemebook.model.scheme import Evaluation, PastFact, Scheme, Source
from schemebook.model.strands import Strand
from schemebook.model.types import Span, When

__all__ = [
    "Application", "Change", "Cohort", "Contact", "Cost", "Document", "Eligibility", "Evaluation", "Event",
    "EventStatus", "FaqEntry", "Funder", "Join", "Meetings", "Option", "Organisation", "Outcomes", "Partner",
    "PastFact", "Pay", "Places", "Question", "Quote", "Reflection", "Role", "Scheme", "Service", "SignUp", "Source",
    "Span", "Step", "Strand", "Support", "Theme", "Training", "When",
]  # fmt: skip
