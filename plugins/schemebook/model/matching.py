"""How mentors and mentees are matched: who proposes, who chooses, and the rules of matching."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError, PydanticKnownError

from schemebook.model.base import StrictModel
from schemebook.model.types import Id, Markdown, OfferCount, Text

Pairing = Literal["one-to-one", "reverse", "reciprocal", "peer", "group", "team"]
"""How people are put together: in pairs of one kind or another, in groups or in teams."""


def _as_list(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if value not in get_args(Pairing):  # checked here so that the error names `pairing`, not its first item
        expected = ", ".join(f"'{term}'" for term in get_args(Pairing))
        raise PydanticKnownError("literal_error", {"expected": expected})
    return [value]


def _each_once(terms: list[str]) -> list[str]:
    if len(set(terms)) < len(terms):
        raise PydanticCustomError("repeated", "each term once: a term is given twice")
    return terms


_TERM = {"enum": list(get_args(Pairing))}

Pairings = Annotated[
    list[Pairing],
    BeforeValidator(_as_list),
    Field(min_length=1, max_length=len(get_args(Pairing))),
    AfterValidator(_each_once),
    # one term is written back as the file wrote it, so open data and old files read the same
    PlainSerializer(lambda terms: terms[0] if len(terms) == 1 else terms),
    WithJsonSchema({"anyOf": [_TERM, {"type": "array", "items": _TERM, "minItems": 1, "uniqueItems": True}]}),
]
"""One way people are put together (`reverse`), or each the source names, in its order (`[one-to-one, group]`)."""


class Matching(StrictModel):
    """How pairs or groups are formed."""

    by: Text | None = Field(default=None, examples=["the programme team"])
    """Who matches them, e.g. "the programme team"."""
    on: list[Text] = []
    """What matches are made on, e.g. "career interests", "the topics the mentee chose"."""
    rules: list[Text] = []
    """Rules of matching in the scheme's words, listed under "Matching rules:", e.g. "not in the same department",
    "mentees choose a mentor from another faculty". How many people one mentor takes on at a time goes in that
    role's `takes_on`."""
    offers: OfferCount | None = Field(default=None, examples=[3, "up to 3", "3-4"])
    """How many possible partners are proposed, when the participant chooses among them: a number (`3`), or as the
    source says it ("up to 3", "3-4"), shown as written."""
    chosen_by: Id | None = None
    """The role id of who chooses their partner, e.g. `mentee`: among the `offers` when given, otherwise from
    everyone taking part."""
    requested_by: list[Id] = []
    """The role ids of who may ask for a partner, e.g. `[mentee]`, or both sides when either may send a request."""
    accepted_by: list[Id] = []
    """The role ids of who accepts or declines a match, e.g. `[mentor]` when the mentor accepts a mentee's request."""
    ranked_by: list[Id] = []
    """The role ids of who rank their possible partners, e.g. `[mentor, mentee]` when both sides rank each other."""
    rematch: Text | None = Field(default=None, examples=["one re-match within a month"])
    """Whether and how a match can be changed, in the scheme's words, e.g. "one re-match within a month"."""
    unmatched: Text | None = Field(
        default=None,
        examples=["kept on a reserve list for the next intake", "offered a place in a mentoring circle instead"],
    )
    """What happens to applicants who are not matched, in the source's words, e.g. "kept on a reserve list for the
    next intake" or "offered a place in a mentoring circle instead"; shown with the rest of matching as "If not
    matched: kept on a reserve list for the next intake". Only what the source says happens; not what happens to
    people who are not eligible (a role's `eligibility.not_eligible`), nor how a match is changed (`rematch`)."""
    notes: Markdown | None = Field(default=None, examples=["Mentees may ask for a different match."])
    """Anything else about matching, in the scheme's words."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) that says how matches are made, when the others do not or say
    otherwise, e.g. `faq-2019`; shown after the matching as "Source: <its title>", linked to it on the overview. Leave
    out when every source agrees or the file does not know which one said it."""
