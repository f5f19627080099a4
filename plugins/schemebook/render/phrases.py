"""Small pieces of English the page templates build sentences from: plurals, articles, meeting plans."""

from __future__ import annotations

import re

from schemebook.model import Meetings, Role

_FORMATS = {"in-person": "in person", "online": "online", "either": "in person or online"}


def in_sentence(name: str) -> str:
    """A name as it reads mid-sentence: "Reverse mentor" becomes "reverse mentor"; "Progression Coach" stays."""
    if len(name) > 1 and name[0].isupper() and name[1:] == name[1:].lower():
        return name[0].lower() + name[1:]
    return name


def plural(role: Role) -> str:
    """The role's plural name: its own `plural`, or its name made plural by the usual English rules."""
    if role.plural:
        return role.plural
    name = role.name
    if re.search(r"(s|x|z|ch|sh)$", name):
        return f"{name}es"
    if re.search(r"[^aeiou]y$", name):
        return f"{name[:-1]}ies"
    return f"{name}s"


def article(word: str) -> str:
    """ "a" or "an" for the word that follows."""
    return "an" if re.match(r"[aeiou]", word, re.IGNORECASE) and not word.lower().startswith(("uni", "use")) else "a"


def meetings(plan: Meetings) -> str:
    """A meeting plan as a phrase to follow "Meetings:": "6 meetings, monthly, 1 hour each, over six months"."""
    parts = [f"{plan.count} meeting{'s' * (plan.count != 1)}"] if plan.count else []
    if plan.frequency:
        parts.append(plan.frequency)
    if plan.duration:
        parts.append(f"{plan.duration} each" if plan.count != 1 else str(plan.duration))
    if plan.period:
        parts.append(f"over {plan.period}")
    if plan.arranged_by:
        parts.append(f"arranged by {plan.arranged_by}")
    if plan.format:
        parts.append(_FORMATS[plan.format])
    return ", ".join(parts) or "as each pair agrees"


FILTERS = {"in_sentence": in_sentence, "plural": plural, "article": article, "meetings": meetings}
