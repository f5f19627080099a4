"""Other names, the wider programme and the languages at a glance on the overview (and its printable copy in each
handbook): labelled facts as written, and nothing of them when the file gives none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

NAMES = """\
other_names:
  - {name: Mentorprogrammet, language: sv}
  - {name: TSM}
  - {name: Staff Mentoring Circles Program, former: true, until: "2019"}
  - {name: Réseau M, language: fr, former: true}
part_of: {name: Programa Voluntariado BB, url: "https://voluntariado.example.org/"}
languages: [fi, en]
"""
NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)


def _glance(page: str) -> str:
    return page.split("\n## At a glance\n", 1)[1].split("\n## ", 1)[0] + "\n"


def test_the_overview_gives_them_at_a_glance(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(MINIMAL + NAMES), NOW)
    glance = _glance(pages[""])
    assert '- **Also called:** <span lang="sv">Mentorprogrammet</span> (Swedish); TSM\n' in glance
    former = 'Staff Mentoring Circles Program (until 2019); <span lang="fr">Réseau M</span> (French)'
    assert f"- **Formerly:** {former}\n" in glance
    programme = "[Programa Voluntariado BB](https://voluntariado.example.org/)"
    assert f"- **Run by:** Test University\n- **Part of:** {programme}\n" in glance
    assert "- **Languages:** Finnish and English\n" in glance
    printed = pages["mentor/print"].split("\n### At a glance\n", 1)[1].split("\n### ", 1)[0]
    assert printed.strip() == glance.strip()
    assert "Mentorprogrammet" not in pages["mentor"] + pages["sign-up"]


def test_a_programme_without_an_address_is_named_unlinked(write_scheme: Callable[..., Path]) -> None:
    glance = _glance(markdown_pages(write_scheme(MINIMAL + "part_of: {name: SEAS Leads}\n"), NOW)[""])
    assert "- **Part of:** SEAS Leads\n" in glance
    assert "Also called" not in glance and "Formerly" not in glance and "Languages" not in glance


def test_without_them_no_page_speaks_of_them(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(MINIMAL), NOW)
    for label in ("Also called", "Formerly", "Part of:", "Languages", "English"):
        assert all(label not in text for text in pages.values()), label


def test_the_wider_programme_s_own_words_and_the_scheme_s_web_page(write_scheme: Callable[..., Path]) -> None:
    extra = (
        "part_of: {name: TELADAN, description: scholarships and leadership training at ten universities}\n"
        "url: https://katuka.online/\n"
        "related: [{name: PERACH, relation: a separate national programme, description: founded in 1973}]\n"
    )
    overview = markdown_pages(write_scheme(MINIMAL + extra), NOW)[""]
    glance = _glance(overview)
    assert "- **Part of:** TELADAN\n- **About that programme:** scholarships and leadership training" in glance
    assert "- **Web page:** [katuka.online](https://katuka.online/)\n" in glance
    assert "- PERACH: a separate national programme. What it is: founded in 1973\n" in overview
