"""Site-wide settings an institution gives in mkdocs.yml, validated like a scheme file."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.types import Email, HttpsUrl, Markdown, Text


class Institution(StrictModel):
    """The institution that publishes the site."""

    name: Text = Field(examples=["University of Nottingham"])
    """Its name."""
    url: HttpsUrl | None = None
    """Its website."""
    email: Email | None = None
    """A general contact address for the site."""


class Accessibility(StrictModel):
    """What the accessibility statement says; it never claims more than is given here."""

    compliance: Literal["fully", "partially", "not"] | None = None
    """Compliance with WCAG 2.2 AA as assessed: `fully`, `partially` or `not`; leave out if not assessed."""
    email: Email | None = None
    """Where to report accessibility problems or ask for another format."""
    phone: Text | None = None
    """A phone number for the same."""
    response_days: int | None = Field(default=None, ge=1, le=60)
    """Working days within which you reply."""
    non_compliant: list[Text] = []
    """Known failures of WCAG 2.2 AA, each with the criterion, e.g. "Some charts lack ... (1.1.1)"."""
    disproportionate_burden: list[Text] = []
    """Content you are not fixing now because it would be a disproportionate burden."""
    out_of_scope: list[Text] = []
    """Content outside the regulations' scope, e.g. PDFs published before 28 September 2018."""
    form_statements: dict[Text, HttpsUrl] = {}
    """Each form provider's own accessibility statement, by the provider's name as the privacy notice gives it,
    e.g. {"Microsoft Forms": "https://..."}: the statement links it beside the forms you run there."""
    improvements: Markdown | None = None
    """What you are doing to improve accessibility."""
    prepared: Text | None = None
    """When the statement was prepared, e.g. "25 November 2026"."""
    reviewed: Text | None = None
    """When it was last reviewed."""
    tested: Text | None = None
    """When the site was last tested."""
    tested_how: Markdown | None = None
    """How and by whom it was tested."""
    northern_ireland: bool = False
    """True if the publisher is in Northern Ireland (the Equality Commission for Northern Ireland enforces)."""


class Privacy(StrictModel):
    """What the privacy notice says about sign-up forms (UK GDPR, the ICO's right-to-be-informed checklist)."""

    controller: Text | None = None
    """The data controller; by default the institution."""
    email: Email | None = None
    """How to contact the controller about data protection; listed as "Data protection contact at <controller>"."""
    address: Text | None = None
    """The controller's postal address; listed as "Postal address of <controller>"."""
    dpo_email: Email | None = None
    """The Data Protection Officer's email address; listed as "Data Protection Officer at <controller>"."""
    purposes: Markdown | None = None
    """Why answers are collected, e.g. to select and match participants and evaluate the scheme."""
    lawful_basis: Text | None = None
    """The Article 6 lawful basis, e.g. "public task (Article 6(1)(e))"."""
    special_category_condition: Text | None = None
    """The Article 9 condition for special category data, e.g. "Article 9(2)(g), with DPA 2018 Schedule 1 para 8"."""
    retention: Text | None = None
    """How long answers are kept."""
    transfers: Markdown | None = None
    """Transfers outside the UK and their safeguards (several form providers host in the US)."""
    automated_decisions: Text | None = None
    """Whether any decision (such as matching) is made automatically."""
    outside_requests: Literal["list", "remove"] | None = None
    """What the site loads from other websites (fonts, analytics): `list` says so in the notice; `remove` switches
    the fonts off and refuses what cannot be switched off. Unset, the notice lists them and the build warns."""


class OpenData(StrictModel):
    """How the site's data package is licensed."""

    licence: Text = "CC-BY-4.0"
    """An SPDX licence id for the data, e.g. `CC-BY-4.0` or `OGL-UK-3.0`."""
    licence_url: HttpsUrl | None = None
    """Where the licence text is published."""


HexColour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", examples=["#283593"])]


class Brand(StrictModel):
    """Institution colours; each is checked for contrast with the page behind it at build time."""

    primary: HexColour | None = None
    """The header and button colour, behind white text, e.g. `#283593`."""
    link: HexColour | None = None
    """The colour of links on the white page."""
    link_dark: HexColour | None = None
    """The colour of links on the dark palette's page (Material's `slate`, #1e2129); by default the nearest
    lighter shade of `link` that passes there."""


PageAddress = Annotated[str, Field(pattern=r"^(?:[a-z0-9][a-z0-9._-]*/)+$", examples=["about/privacy/"])]


class Pages(StrictModel):
    """Where each site-wide generated page goes, as a folder address ending in `/`, or `false` for none."""

    accessibility: PageAddress | Literal[False] = "accessibility/"
    """The accessibility statement."""
    privacy: PageAddress | Literal[False] = "privacy/"
    """The privacy notice (sign-up blocks link to it only when it is made)."""
    reference: PageAddress | Literal[False] = "reference/"
    """The field reference for people who write scheme files."""

    def address(self, name: str) -> str | None:
        """Where page `name` is published, or None when it is switched off."""
        return getattr(self, name) or None


class SiteSettings(StrictModel):
    """Everything under `plugins: - schemebook:` in mkdocs.yml besides the file locations."""

    institution: Institution | None = None
    """The publishing institution."""
    form_hosts: list[Text] = []
    """Extra form hosts to accept without a warning, e.g. `forms.example.ac.uk`."""
    accessibility: Accessibility = Accessibility()
    """The accessibility statement."""
    privacy: Privacy = Privacy()
    """The privacy notice."""
    brand: Brand = Brand()
    """Institution colours."""
    open_data: OpenData = OpenData()
    """The open data package at /data/datapackage.json."""
    pages: Pages = Pages()
    """Where the site-wide pages go, or `false` to leave one out (e.g. when the site has its own)."""
