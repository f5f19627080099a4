"""Site-wide settings an institution gives in mkdocs.yml, validated like a scheme file."""

from __future__ import annotations

from pydantic import Field

from schemebook.model.base import StrictModel
from schemebook.model.types import Email, HttpsUrl, Text


class Institution(StrictModel):
    """The institution that publishes the site."""

    name: Text = Field(examples=["University of Nottingham"])
    """Its name."""
    url: HttpsUrl | None = None
    """Its website."""
    email: Email | None = None
    """A general contact address for the site."""


class SiteSettings(StrictModel):
    """Everything under `plugins: - schemebook:` in mkdocs.yml besides the file locations."""

    institution: Institution | None = None
    """The publishing institution."""
    form_hosts: list[Text] = []
    """Extra form hosts to accept without a warning, e.g. `forms.example.ac.uk`."""
