"""Questions the data answers, and the coordinators' own, chosen for the whole scheme or one role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import Site, load_scheme, load_site, scheme_files
from schemebook.render import pages
from schemebook.render.faq import groups
from schemebook.render.templates import environment
from tests.conftest import MINIMAL


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
    assert mentee["Joining"] == ["Reverse mentee: who can take part?", "What does it cost?"]
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


def _faq_page(folder: Path) -> str:
    site, problems = load_site(scheme_files(folder), folder, datetime(2030, 1, 20, tzinfo=UTC), SiteSettings())
    assert site is not None, problems
    found = {o.uri: o.content for o in pages.render(site, environment(None))}
    return str(found.get("schemes/test-scheme/faq/index.md", ""))


def test_a_question_whose_answer_comes_out_empty_is_not_asked(write_scheme, tmp_path: Path) -> None:
    undated = MINIMAL.replace("    start: 2030-03\n    length: 6 months\n", "")
    rules_only = undated + 'meetings:\n  rules: ["Meet somewhere you can talk privately."]\n'
    write_scheme(rules_only)
    assert "How much time does it take" not in _faq_page(tmp_path / "schemes")
    write_scheme(
        rules_only
        + "contacts:\n  - {id: team, name: Mentoring team, email: mentoring@university.test, primary: true}\n"
    )
    asked = _faq_page(tmp_path / "schemes").split("How much time does it take", 1)
    answer = asked[1].split("</details>", 1)[0]
    # whom to ask, and no claim about what the pages hold
    assert len(asked) == 2 and "Ask **Mentoring team**" in answer and "do not say" not in answer


def test_training_is_asked_about_by_when_only_where_a_date_answers(write_scheme: Callable[..., Path]) -> None:
    briefing = "    training: [{id: briefing, title: Briefing}]\n"
    trained = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n" + briefing)
    dated = trained + "    events: [{id: briefing, title: Briefing, kind: training, when: early March}]\n"
    for text, question in ((trained, "What training is there?"), (dated, "When is the training?")):
        loaded, problems = load_scheme(write_scheme(text), "schemes/x.yml")
        assert loaded is not None, problems
        scheme = loaded.model
        assert question in [q.text for g in groups(scheme, scheme.cohorts[-1], None, "open") for q in g.questions]


def test_a_heading_names_only_what_its_questions_ask_about(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model
    untrained = scheme.model_copy(
        update={
            "roles": [r.model_copy(update={"training": []}) for r in scheme.roles],
            "support": scheme.support.model_copy(update={"confidentiality": None, "confidentiality_limits": []}),
            "contacts": [],  # with nobody to ask, a question the file does not answer is not asked
        }
    )
    titles = [g.title for g in groups(untrained, untrained.cohorts[-1], None, "open")]
    assert "Time" in titles and "Support" in titles
    assert not {"Time and training", "Confidentiality and support"} & set(titles)
