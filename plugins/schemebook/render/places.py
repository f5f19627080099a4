"""A cohort's places in words, in the tense its phase calls for: "There are about 18 places."."""

from __future__ import annotations

from collections.abc import Callable

from schemebook.model import Places
from schemebook.render.phrases import how_many


def places_sentence(places: Places, past: bool, plural_of: Callable[[str], str]) -> str:
    """The places and how they are given out, as the file words them: "There were 30 places. Places by role:
    Mentors, about 18 places; Mentees, 12 places. How places were given: first come, first served."; `plural_of`
    names a role id's role in the plural, put where its capital is right; empty when the file gives neither."""
    one = places.count == 1  # the verb agrees with what follows it
    are = ("was" if one else "were") if past else ("is" if one else "are")
    by_role = "; ".join(f"{plural_of(role)}, {how_many(count, 'place')}" for role, count in places.roles.items())
    sentences = []
    if places.count:
        sentences.append(f"There {are} {how_many(places.count, 'place')}.")
    if by_role:
        sentences.append(f"Places by role: {by_role}.")
    if places.allocation:
        sentences.append(f"How places {'were' if past else 'are'} given: {places.allocation.rstrip('.')}.")
    return " ".join(sentences)
