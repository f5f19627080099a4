"""Other names, the wider programme and the languages of a scheme: names as written, languages as codes Babel
knows, a wrong one refused where it stands with what to write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemebook.model.names import OtherName, PartOf, language_name
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def _errors(write_scheme: Callable[..., Path], extra: str) -> list[str]:
    loaded, problems = load_scheme(write_scheme(MINIMAL + extra), "schemes/x.yml")
    assert loaded is None
    return [str(p) for p in problems if p.level.value == "error"]


def test_names_and_programme_are_kept_as_written(write_scheme: Callable[..., Path]) -> None:
    extra = (
        "other_names:\n"
        "  - {name: ryhmämentorointiohjelma, language: fi}\n"
        "  - {name: Staff Mentoring Circles Program, former: true, until: '2019'}\n"
        "part_of: {name: Programa Voluntariado BB, url: 'http://voluntariado.example.org/'}\n"
        "languages: [fi, EN, pt-BR]\n"
    )
    loaded, problems = load_scheme(write_scheme(MINIMAL + extra), "x.yml")
    assert loaded is not None, problems
    m = loaded.model
    assert m.other_names == [
        OtherName(name="ryhmämentorointiohjelma", language="fi"),
        OtherName(name="Staff Mentoring Circles Program", former=True, until="2019"),
    ]
    assert m.part_of == PartOf(name="Programa Voluntariado BB", url="http://voluntariado.example.org/")
    assert m.languages == ["fi", "en", "pt-BR"]
    assert [language_name(c) for c in m.languages] == ["Finnish", "English", "Portuguese (Brazil)"]


def test_without_them_nothing_is_assumed(write_scheme: Callable[..., Path]) -> None:
    loaded, problems = load_scheme(write_scheme(MINIMAL), "x.yml")
    assert loaded is not None, problems
    assert (loaded.model.other_names, loaded.model.part_of, loaded.model.languages) == ([], None, [])


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ("Finnish", "write the language's code, `fi`, not its name"),
        ("pt_BR", "write the parts with a hyphen, like `pt-BR`"),
        ("zz", "unknown language `zz`; expected a language code like `fi`, `en` or `pt-BR`"),
        ("und", "`und` names no single language"),
    ],
)
def test_a_wrong_language_is_located_and_says_what_to_write(
    write_scheme: Callable[..., Path], written: str, told: str
) -> None:
    found = _errors(write_scheme, f"languages: [en, {written}]\n")
    assert any(p.startswith("schemes/x.yml:20:") and "`languages[1]`" in p and told in p for p in found), found


def test_a_name_s_language_is_checked_the_same_way(write_scheme: Callable[..., Path]) -> None:
    found = _errors(write_scheme, "other_names:\n  - {name: Mentorprogrammet, language: Swedish}\n")
    assert any(p.startswith("schemes/x.yml:21:") and "`sv`" in p for p in found), found


def test_a_language_given_twice_is_refused(write_scheme: Callable[..., Path]) -> None:
    found = _errors(write_scheme, "languages: [fi, en, fi]\n")
    assert any(p.startswith("schemes/x.yml:20:") and "`fi` is given twice" in p for p in found), found


@pytest.mark.parametrize(
    "given",
    [
        {"language": "fi"},
        {"name": "MCP", "until": "2019"},
        {"name": "MCP", "former": "sometimes"},
        {"name": "two\nlines"},
        {"name": "MCP", "called": "x"},
    ],
)
def test_a_wrong_other_name_is_refused(given: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        OtherName.model_validate(given)


def test_a_programme_needs_a_name_and_a_web_address() -> None:
    with pytest.raises(ValidationError):
        PartOf.model_validate({"url": "https://example.org/"})
    with pytest.raises(ValidationError):
        PartOf.model_validate({"name": "X", "url": "ftp://example.org/"})


def test_a_programme_that_is_not_a_mapping_is_located(write_scheme: Callable[..., Path]) -> None:
    found = _errors(write_scheme, "part_of: [Programa Voluntariado BB]\n")
    assert any(p.startswith("schemes/x.yml:20:") and "`part_of`" in p for p in found), found
