"""Whether a scheme, or a part of it, still runs or has stopped, as a source says."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemebook.model.base import StrictModel
from schemebook.model.types import Text, WhenField


class SchemeStatus(StrictModel):
    """Whether the whole scheme (or a part of it) runs, when a dated source says it still runs, or any source says
    it stopped."""

    state: Literal["running", "ended", "paused"] = Field(examples=["ended"])
    """`running` (a source of the date `as_of` says it runs), `ended` (it no longer runs: wound up, closed or
    replaced) or `paused` (suspended, to resume later)."""
    as_of: WhenField | None = None
    """When the source said so (its date); pages say "as of" that date. Needed for `running`, whose truth lasts
    only as long as its date says; leave out for `ended` or `paused` when the source is undated."""
    reason: Text | None = Field(default=None, examples=["the organisation closed for lack of funding"])
    """Why it ended or paused, in the source's words."""

    @model_validator(mode="after")
    def _running_is_dated(self) -> SchemeStatus:
        if self.state == "running" and self.as_of is None:
            raise ValueError(
                "a scheme `running` needs `as_of`, the date of the source that says so; leave `status` out when "
                "no dated source says it still runs"
            )
        if self.state == "running" and self.reason is not None:
            raise ValueError("`reason` says why a scheme ended or paused; leave it out for `running`")
        return self
