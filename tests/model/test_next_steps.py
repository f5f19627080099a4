"""What happens after applying: for every role, and for one role only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schemebook.model import SignUp
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def test_a_role_has_its_own_next_steps_beside_everyones() -> None:
    sign_up = SignUp.model_validate(
        {
            "next_steps": "We match pairs in February.",
            "roles": {"mentor": {"form": "https://forms.office.com/r/X", "next_steps": "A meeting follows."}},
        }
    )
    assert sign_up.next_steps == "We match pairs in February."
    assert sign_up.roles["mentor"].next_steps == "A meeting follows."


def test_left_out_a_role_has_none() -> None:
    assert SignUp.model_validate({"roles": {"mentor": {"through": "your branch"}}}).roles["mentor"].next_steps is None


def test_the_standing_sign_up_takes_them_too(write_scheme: Callable[..., Path]) -> None:
    standing = "sign_up:\n  rolling: true\n  roles:\n    mentor: {through: the portal, next_steps: A call follows.}\n"
    text = MINIMAL + standing
    loaded, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert loaded is not None, problems
    assert loaded.model.sign_up.roles["mentor"].next_steps == "A call follows."


def test_next_steps_that_are_not_text_are_located(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        '        mentor: {form: "https://forms.office.com/r/TEST"}',
        '        mentor: {form: "https://forms.office.com/r/TEST", next_steps: [a, b]}',
    )
    loaded, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert loaded is None
    found = [str(p) for p in problems if p.level.value == "error"]
    assert any(
        p.startswith("schemes/x.yml:18:") and "`cohorts[0].sign_up.roles.mentor.next_steps`" in p for p in found
    ), found
