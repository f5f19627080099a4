"""English pieces: names mid-sentence, articles and meeting plans."""

from __future__ import annotations

from schemebook.model import Meetings, Role
from schemebook.render.phrases import article, in_sentence, meetings, plural


def test_names_read_mid_sentence_without_breaking_acronyms() -> None:
    assert in_sentence("Reverse mentor") == "reverse mentor"
    assert in_sentence("LGBTQ+ mentor") == "LGBTQ+ mentor"
    assert in_sentence("Progression Coach") == "Progression Coach"
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


def test_plural_names() -> None:
    names = ["Reverse mentor", "Progression Coach", "Ally", "Boss", "Day"]
    assert [plural(Role(id="x", name=n)) for n in names] == [
        "Reverse mentors", "Progression Coaches", "Allies", "Bosses", "Days",
    ]  # fmt: skip
    assert plural(Role(id="x", name="Person", plural="People")) == "People"
