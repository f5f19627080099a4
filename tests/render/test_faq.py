"""Questions the data answers, and the coordinators' own, chosen for the whole scheme or one role."""

from __future__ import annotations

from collections.abc import Callable

from schemebook.project.site import Site
from schemebook.render.faq import groups


def asked(load_full: Callable[..., Site], role_id: str | None) -> dict[str, list[str]]:
    scheme = load_full().schemes[0].model
    role = next((r for r in scheme.roles if r.id == role_id), None)
    return {g.title: [q.text for q in g.questions] for g in groups(scheme, scheme.cohorts[-1], role, "open")}


def test_whole_scheme_asks_every_question_the_data_answers(load_full: Callable[..., Site]) -> None:
    assert asked(load_full, None) == {
        "Applying": [
            "Who can take part?", "What does it cost?", "How do I apply?", "When is the deadline for applications?",
            "What happens after I apply?",
        ],
        "Time and training": ["When does it run?", "How much time does it take?", "When is the training?"],
        "Confidentiality and support": [
            "Is it confidential?", "What if the pairing does not work out?", "Who do I contact with questions?",
        ],
        "Other questions": ["Can I choose my partner?", "Do I need to prepare for the first meeting?"],
    }  # fmt: skip


def test_an_invited_role_is_not_asked_about_applying_and_gets_its_own_questions(load_full: Callable[..., Site]) -> None:
    mentee = asked(load_full, "mentee")
    assert mentee["Applying"] == ["Who can be a Reverse mentee?", "What does it cost?"]
    assert "Do I need to prepare for the first meeting?" in mentee["Other questions"]
    assert "Do I need to prepare for the first meeting?" not in asked(load_full, "mentor")["Other questions"]


def test_usual_questions_the_file_does_not_answer_say_whom_to_ask(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model
    bare = scheme.model_copy(update={"support": None, "meetings": None})
    found = {q.text: q.key for g in groups(bare, None, None) for q in g.questions}
    assert found["Is it confidential?"] == "ask" and found["What if the pairing does not work out?"] == "ask"
    nobody = bare.model_copy(update={"contacts": []})
    assert "Is it confidential?" not in {q.text for g in groups(nobody, None, None) for q in g.questions}


def test_what_it_costs_is_asked_only_when_the_file_says(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model.model_copy(update={"cost": None})
    assert "What does it cost?" not in {q.text for g in groups(scheme, None, None) for q in g.questions}
