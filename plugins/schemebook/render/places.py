"""A cohort's places in words, in the tense its phase calls for: "There are about 18 places."."""

from __future__ import annotations

from collections.abc import Callable

from schemebook.model import Places
from schemebook.render.phrases import how_many, listed


def places_sentence(places: Places, past: bool, plural_of: Callable[[str], str]) -> str:
    """The places and how they are given out, as the file words them: "There were 30 places: about 18 places for
    mentors and 12 places for mentees. How places were given: first come, first served."; `plural_of` names a
    role id's role in the plural; empty when the file gives neither."""
    one = (places.count or next(iter(places.roles.values()), None)) == 1  # the verb agrees with what follows it
    are = ("was" if one else "were") if past else ("is" if one else "are")
    by_role = listed(f"{how_many(count, 'place')} for {plural_of(role)}" for role, count in places.roles.items())
    sentences = []
    if places.count and by_role:
        sentences.append(f"There {are} {how_many(places.count, 'place')}: {by_role}.")
    elif places.count or by_role:
        sentences.append(f"There {are} {how_many(places.count, 'place') if places.count else by_role}.")
    if places.allocation:
        sentences.append(f"How places {'were' if past else 'are'} given: {places.allocation.rstrip('.')}.")
    return " ".join(sentences)
