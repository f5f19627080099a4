"""What a scheme is called besides its title, the wider programme it belongs to, and the languages it runs in."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from babel import Locale, UnknownLocaleError
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from schemebook.model.base import StrictModel
from schemebook.model.types import SourceUrl, Text

_LANGUAGE_EXAMPLE = "a language code like `fi`, `en` or `pt-BR`"


@cache
def _codes_by_name() -> dict[str, str]:
    """Each language's English name, lower-cased, to its code: to tell a coordinator who wrote "Finnish" what to
    write instead."""
    return {name.lower(): code for code, name in Locale("en").languages.items()}


def _fail(message: str) -> PydanticCustomError:
    return PydanticCustomError("language", message)


def _as_language(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"expected {_LANGUAGE_EXAMPLE}")
    text = value.strip()
    if "_" in text:
        raise _fail(f"write the parts with a hyphen, like `{text.replace('_', '-')}`")
    try:
        locale = Locale.parse(text, sep="-")
    except (ValueError, UnknownLocaleError):
        code = _codes_by_name().get(text.lower())
        if code:
            raise _fail(f"write the language's code, `{code}`, not its name") from None
        raise _fail(f"unknown language `{text}`; expected {_LANGUAGE_EXAMPLE} (BCP 47)") from None
    canonical = str(locale).replace("_", "-")
    # Babel reads some codes as another language (`und` as English): what it read must be what was written.
    if locale.language != text.split("-", 1)[0].lower():
        raise _fail(f"`{text}` names no single language; expected {_LANGUAGE_EXAMPLE} (BCP 47)")
    return canonical


LanguageCode = Annotated[
    str,
    BeforeValidator(_as_language),
    WithJsonSchema(
        {"type": "string", "pattern": r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "examples": ["fi", "en", "pt-BR"]}
    ),
]
"""A language as a BCP 47 code (`fi`, `en`, `pt-BR`), known to Babel; kept in its usual form (`pt-BR`)."""


@cache
def language_name(code: str) -> str:
    """A language code's English name, from Babel: `fi` is "Finnish", `pt-BR` "Portuguese (Brazil)"."""
    return Locale.parse(code, sep="-").get_display_name("en") or code


def _each_once(codes: list[str]) -> list[str]:
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise PydanticCustomError("language", f"`{twice[0]}` is given twice; give each language once")
    return codes


Languages = Annotated[list[LanguageCode], Field(max_length=50), AfterValidator(_each_once)]
"""The languages a scheme runs in, each once."""


class OtherName(StrictModel):
    """Another name the scheme (or its organisation) goes by or went by, as the source gives it."""

    name: Text = Field(examples=["ryhmämentorointiohjelma", "Staff Mentoring Circles Program"])
    """The name exactly as the source writes it: the scheme's name in another language, a short name or acronym, or
    a name it had before. Not a description ("the mentoring scheme for staff"), and not the name of the wider
    programme it belongs to (that is `part_of`)."""
    language: LanguageCode | None = Field(default=None, examples=["fi"])
    """The language of the name, as a code (`fi`, `sv`, `ja`), when it is not English; shown as the language's name
    in brackets ("ryhmämentorointiohjelma (Finnish)")."""
    former: bool = Field(default=False, examples=[True])
    """True for a name no longer used: shown as "Formerly:" rather than "Also called:"."""
    until: Text | None = Field(default=None, examples=["2019", "until its 2020 relaunch"])
    """For a former name: until when it was used, exactly as the source words it ("2019"); shown after the name as
    "(until 2019)", never read as a date. Leave out when the source does not say."""

    @model_validator(mode="after")
    def _until_is_for_a_former_name(self) -> OtherName:
        if self.until is not None and not self.former:
            raise PydanticCustomError(
                "other_name", "`until` is for a former name: add `former: true`, or leave `until` out"
            )
        return self


class PartOf(StrictModel):
    """The wider programme the scheme belongs to."""

    name: Text = Field(examples=["Programa Voluntariado BB"])
    """The wider programme's name as the source gives it: an initiative, a network's or an employer's programme
    the scheme runs within, e.g. "Programa Voluntariado BB". Not the organisation that runs the scheme (that is
    `organisation`), not a funder's programme (that is `funders[].programme`), and not a programme the scheme only
    grew out of (say that in `history`)."""
    url: SourceUrl | None = None
    """The wider programme's own page; the name is linked to it."""
    description: Text | None = Field(default=None, examples=["scholarships and training at ten universities"])
    """What the wider programme is and does, in the source's words ("a leadership programme for scholars, in three
    phases"): shown after its name. Facts of this scheme itself stay in its own fields."""


class Related(StrictModel):
    """Another programme the sources speak of beside this one, whose tie to it they leave open or describe."""

    name: Text = Field(examples=["APWEN Mentorship Programme"])
    """Its name as the source gives it, e.g. "APWEN Mentorship Programme"."""
    relation: Text = Field(examples=["the national programme; the sources do not say how the chapter's scheme relates"])
    """How it relates to this scheme, as far as the sources say, in your words: "the national programme; the
    sources do not say how the chapter's scheme relates to it", "a copy run at another university", "an earlier
    pilot for newly qualified doctors, which may be a different scheme". Its facts are never this scheme's."""
    url: SourceUrl | None = None
    """Its own page; the name is linked to it."""
    description: Text | None = Field(default=None, examples=["a nonprofit, founded in 1973, that pairs students"])
    """What that programme is, in the source's words, apart from how it relates: shown after the relation."""
