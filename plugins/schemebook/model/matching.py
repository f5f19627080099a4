"""How mentors and mentees are matched: who proposes, who chooses, and the rules a match must keep."""

from __future__ import annotations

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.types import Id, Markdown, Text


class Matching(StrictModel):
    """How pairs or groups are formed."""

    by: Text | None = Field(default=None, examples=["the programme team"])
    """Who matches them, e.g. "the programme team"."""
    on: list[Text] = []
    """What matches are made on, e.g. "career interests", "the topics the mentee chose"."""
    rules: list[Text] = []
    """Rules every match keeps, e.g. "the mentee is more senior than the mentor", "not in the same department"."""
    offers: int | None = Field(default=None, ge=1, le=50)
    """How many possible partners are proposed, when the participant chooses among them."""
    chosen_by: Id | None = None
    """With `offers`: the role id of who chooses, e.g. `mentee`."""
    notes: Markdown | None = Field(default=None, examples=["Mentees may ask for a different match."])
    """Anything else about matching, in the scheme's words."""
