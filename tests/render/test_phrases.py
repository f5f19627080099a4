"""English pieces: names mid-sentence, articles and meeting plans."""

from __future__ import annotations

from schemebook.model import Meetings
from schemebook.render.phrases import article, in_sentence, meetings


def test_names_read_mid_sentence_without_breaking_acronyms() -> None:
    assert in_sentence("Reverse mentor") == "reverse mentor"
    assert in_sentence("LGBTQ+ mentor") == "LGBTQ+ mentor"
    assert [article(w) for w in ("mentor", "angel", "university", "ally")] == ["a", "an", "a", "an"]


def test_meeting_plan_in_one_phrase() -> None:
    plan = Meetings.model_validate(
        {
            "count": 4,
            "frequency": "fortnightly",
            "duration": "1-1.5 hours",
            "period": "one semester",
            "format": "either",
        }
    )
    assert meetings(plan) == "4 meetings, fortnightly, 1–1.5 hours each, over one semester, in person or online"
    assert meetings(Meetings.model_validate({"frequency": "monthly", "arranged_by": "each pair"})) == (
        "monthly, arranged by each pair"
    )
