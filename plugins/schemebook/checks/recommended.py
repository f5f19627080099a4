"""Parts a good scheme page has, which a scheme may still lack: warnings, not errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from schemebook.model import Scheme
from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document

CODE = "recommended"


@dataclass(frozen=True)
class Part:
    """A recommended part of a scheme, where it goes, and how to tell it is there."""

    key: str
    label: str
    where: str
    present: Callable[[Scheme], bool]


PARTS: tuple[Part, ...] = (
    Part("purpose", "purpose", "purpose", lambda s: bool(s.purpose or s.aims)),
    Part("contact", "a contact with an email address", "contacts", lambda s: any(c.email for c in s.contacts)),
    Part(
        "dates",
        "a cohort with dates, or a standing sign-up",
        "cohorts",
        # A scheme no role applies to (members, people invited, all new staff) has no dates to give.
        lambda s: any(c.start or c.sign_up for c in s.runs) or not any(r.join.applies for r in s.roles),
    ),
    Part("meetings", "how often pairs meet", "meetings", lambda s: s.meetings is not None),
    Part("joining", "how every role joins", "roles[].join.method", lambda s: all(r.join.method for r in s.roles)),
    Part("training", "training for every role", "roles[].training", lambda s: all(r.training for r in s.roles)),
    Part(
        "confidentiality",
        "confidentiality guidance",
        "support.confidentiality",
        lambda s: bool(s.support and s.support.confidentiality),
    ),
    Part(
        "confidentiality-limits",
        "the limits of confidentiality",
        "support.confidentiality_limits",
        lambda s: bool(s.support and s.support.confidentiality_limits),
    ),
    Part(
        "escalation",
        "an escalation protocol with contacts",
        "support.escalation",
        lambda s: bool(s.support and any(step.contact for step in s.support.escalation)),
    ),
    Part(
        "wellbeing",
        "wellbeing or safeguarding services",
        "support.wellbeing",
        lambda s: bool(s.support and (s.support.wellbeing or s.support.safeguarding)),
    ),
    Part("ending", "a no-fault ending", "support.ending", lambda s: bool(s.support and s.support.ending)),
    Part("evaluation", "an evaluation plan", "evaluation", lambda s: s.evaluation is not None),
)


def missing_parts(scheme: Scheme) -> list[Part]:
    """The recommended parts this scheme lacks."""
    return [part for part in PARTS if not part.present(scheme)]


def warnings(doc: Document, scheme: Scheme) -> list[SchemeError]:
    """One warning per missing recommended part, placed at its section when the file has one."""
    problems = []
    for part in missing_parts(scheme):
        line, col = doc.locate((part.where.split(".")[0].removesuffix("[]"),), key=True)
        hint = f"add `{part.where}` (see the field reference); `schemebook check --report` lists every gap"
        message = f"recommended part missing: {part.label}"
        problems.append(SchemeError(doc.path, line, col, message, hint, Level.WARNING, CODE))
    return problems


def per_scheme(problems: list[SchemeError]) -> list[tuple[str, int]]:
    """How many recommended parts each scheme file lacks, by file."""
    return sorted(Counter(p.path for p in problems if p.code == CODE).items())


def summary(problems: list[SchemeError]) -> str | None:
    """One line for every missing recommended part, or None when no scheme lacks any."""
    counts = per_scheme(problems)
    if not counts:
        return None
    parts, schemes = sum(n for _, n in counts), len(counts)
    return (
        f"{parts} recommended part{'s' * (parts != 1)} missing across {schemes} scheme{'s' * (schemes != 1)}; "
        "`schemebook check --report` lists them"
    )
