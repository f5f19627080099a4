"""Small pieces of English the page templates build sentences from, by inflect and Babel: plurals, articles, lists."""

from __future__ import annotations

from collections.abc import Iterable

import inflect
from babel.lists import format_list

from schemebook.model import Meetings, Role

_FORMATS = {"in-person": "in person", "online": "online", "either": "in person or online"}
_ENGLISH = inflect.engine()
_LOCALE = "en_GB"


def _lowered(word: str) -> bool:
    # inflect takes capitalised words for proper nouns ("Ally" -> "Allys"), so those are inflected in lower case.
    return len(word) > 1 and word[0].isupper() and word[1:] == word[1:].lower()


def plural_name(name: str) -> str:
    """A name made plural at its head noun: "Chief of staff" -> "Chiefs of staff", "Person" -> "People"."""
    head, bracket, rest = name.partition(" (")
    words = head.split(" ")
    capitals = [_lowered(w) for w in words]
    said = _ENGLISH.plural_noun(" ".join(w.lower() if c else w for w, c in zip(words, capitals, strict=True)))
    out = said.split(" ")
    if len(out) == len(words):
        out = [w[:1].upper() + w[1:] if c else w for w, c in zip(out, capitals, strict=True)]
    return " ".join(out) + bracket + rest


def plural(role: Role | str) -> str:
    """A role's plural name: its own `plural`, or its name made plural; a plain name made plural."""
    if isinstance(role, str):
        return plural_name(role)
    return role.plural or plural_name(role.name)


def article(word: str) -> str:
    """ "a" or "an" for the word that follows, by its sound: "an MP", "a university", "an 8-week course"."""
    digits = word[: len(word) - len(word.lstrip("0123456789"))]
    spoken = _ENGLISH.number_to_words(int(digits)) if digits else word
    return str(_ENGLISH.a(spoken)).partition(" ")[0]


def with_article(word: str) -> str:
    """The word after its article: "an LGBTQ+ ally"."""
    return f"{article(word)} {word}"


def listed(items: Iterable[str], style: str = "standard") -> str:
    """Items as an English list: "A, B and C" (or "A, B or C" with style "or")."""
    return format_list([str(i) for i in items], style=style, locale=_LOCALE)  # type: ignore[arg-type]


def counted(count: int, noun: str) -> str:
    """A count and its noun, made plural when the count is not one: "1 meeting", "3 themes"."""
    return f"{count} {_ENGLISH.plural_noun(noun, count)}"


def meetings(plan: Meetings) -> str:
    """A meeting plan as a phrase to follow "Meetings:": "6 meetings, monthly, 1 hour each, over six months";
    empty when the plan gives only notes."""
    parts = [counted(plan.count, "meeting")] if plan.count else []
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
    return ", ".join(parts)


FILTERS = {
    "plural": plural,
    "article": article,
    "with_article": with_article,
    "listed": listed,
    "counted": counted,
    "meetings": meetings,
}
