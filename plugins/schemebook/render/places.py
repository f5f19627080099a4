"""A cohort's places as labelled facts in the file's words, true whenever read: "about 18 places"."""

from __future__ import annotations

from collections.abc import Callable

from schemebook.model import Places
from schemebook.render.phrases import how_many


def places_sentence(places: Places, plural_of: Callable[[str], str]) -> str:
    """The places and how they are given out, as the file words them, in no tense (a plan such as "about 100 new
    advocates every year" is not turned into what happened): "30 places. By role: Mentors, about 18 places;
    Mentees, 12 places. Allocation: first come, first served."; `plural_of` names a role id's role in the plural,
    put where its capital is right; empty when the file gives neither."""
    by_role = "; ".join(f"{plural_of(role)}, {how_many(count, 'place')}" for role, count in places.roles.items())
    sentences = []
    if places.count:
        sentences.append(f"{how_many(places.count, 'place').rstrip('.')}.")
    if by_role:
        sentences.append(f"By role: {by_role}.")
    if places.allocation:
        sentences.append(f"Allocation: {places.allocation.rstrip('.')}.")
    return " ".join(sentences)
