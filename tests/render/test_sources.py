"""Sources with a note and an anchor on the overview, and "(source: ...)" beside the history fact, answer and
quote that only one source gives, linked to it; nothing of either when the file gives none."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL, scheme_project
from tests.render.conftest import Article, build_site, markdown_pages, page

SOURCED = """\
history:
  - {when: the academic year 2016-2017, said: The scheme continued., source: faq-a}
  - {said: It began in 2012.}
faq:
  - {question: How are mentees matched?, answer: With a senior academic., source: faq-b}
  - {question: Is it confidential?, answer: Yes.}
quotes:
  - {text: I felt listened to, by: Mentee 1, source: faq-a}
  - {text: Worth it, by: Mentor 1}
evaluation:
  findings: Mentees felt listened to.
sources:
  - id: faq-a
    title: How will mentees be matched?
    url: https://www.example.org/matched.shtml
    date: "2016"
    note: the version of the FAQ stored in 2016
  - id: faq-b
    title: How will mentees be matched?
    note: the version of the FAQ stored in 2019
    partial: true
  - title: Welcome to the scheme
"""
NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)
A = "(source: How will mentees be matched?, the version of the FAQ stored in 2016, 2016)"  # its note, then its date
B = "(source: How will mentees be matched?, the version of the FAQ stored in 2019)"


def test_the_overview_lists_each_source_with_its_note(write_scheme: Callable[..., Path]) -> None:
    overview = markdown_pages(write_scheme(MINIMAL + SOURCED), NOW)[""]
    sources = overview.split("\n## Sources\n", 1)[1]
    assert (
        "- [How will mentees be matched?](https://www.example.org/matched.shtml), at www.example.org (2016): the"
        " version of the FAQ stored in 2016\n{: #source-faq-a }\n" in sources
    )
    partly = "- How will mentees be matched?: the version of the FAQ stored in 2019; only part of it was read\n"
    assert partly in sources
    assert "- Welcome to the scheme\n- " not in sources and sources.rstrip().endswith("- Welcome to the scheme")


def test_a_fact_answer_and_quote_name_their_one_source(tmp_path: Path) -> None:
    site = build_site(scheme_project(tmp_path, MINIMAL + SOURCED))
    overview = page(site, "schemes/test-scheme")
    assert re.search(r'<li id="source-faq-a"><a href="https://www.example.org/matched.shtml"', overview)
    assert '<li id="source-faq-b">How will mentees be matched?: the version' in overview
    assert "<li>Welcome to the scheme</li>" in overview
    text = Article(overview).text
    assert f"the academic year 2016-2017: The scheme continued. {A}" in text
    assert "It began in 2012. " in text and f"It began in 2012. {A}" not in text
    assert f"— Mentee 1 {A}" in text and "— Mentor 1 (source" not in text
    assert '<a href="./#source-faq-a">' in overview
    faq = page(site, "schemes/test-scheme/faq")
    assert f"With a senior academic. {B}" in Article(faq).text and Article(faq).text.count("(source:") == 1
    assert '<a href="../#source-faq-b">' in faq
    evaluation = page(site, "schemes/test-scheme/evaluation")
    assert f"— Mentee 1 {A}" in Article(evaluation).text and '<a href="../#source-faq-a">' in evaluation


def test_without_ids_or_notes_nothing_is_said_of_them(write_scheme: Callable[..., Path]) -> None:
    plain = re.sub(r", source: faq-.}", "}", SOURCED)
    plain = re.sub(r"  - id: faq-.\n    title", "  - title", plain)
    plain = re.sub(r"    note: .*\n", "", plain)
    pages = markdown_pages(write_scheme(MINIMAL + plain), NOW)
    shown = "".join(pages.values())
    assert "(source:" not in shown and "#source-" not in shown and "stored in" not in shown
    assert "- How will mentees be matched?: only part of it was read\n" in pages[""]


def test_a_theme_document_person_and_cohort_name_their_one_source(write_scheme: Callable[..., Path]) -> None:
    more = """\
themes:
  - {id: belonging, title: Belonging, source: faq-a}
documents:
  - {id: pack, title: Information pack, source: faq-b}
people:
  - {name: Dr Ada Sponsor, role: sponsor, source: faq-a}
"""
    text = (MINIMAL + SOURCED + more).replace("    start: 2030-03\n", "    start: 2030-03\n    source: faq-b\n", 1)
    pages = markdown_pages(write_scheme(text), NOW)
    assert (
        "- Belonging " + A.replace("(source: ", "(source: [").replace(")", "](../index.md#source-faq-a))")
        in (pages["themes"])
    )
    overview = pages[""]
    assert "- Information pack (no address given) (source: [How will mentees" in overview
    assert "- **Dr Ada Sponsor**, sponsor (source: [How will mentees" in overview
    assert (
        "**Source:** [How will mentees be matched?, the version of the FAQ stored in 2019](index.md#source-faq-b)"
        in (overview)
    )


def test_an_unknown_source_on_a_theme_is_a_located_error(write_scheme: Callable[..., Path]) -> None:
    from tests.checks.test_rules import errors

    text = MINIMAL + SOURCED + "themes:\n  - {id: belonging, title: Belonging, source: faq-c}\n"
    assert any("no source has the id `faq-c`" in e for e in errors(write_scheme(text)))


def test_a_source_is_named_by_its_address_without_a_title_and_shows_its_site(
    write_scheme: Callable[..., Path],
) -> None:
    sources = (
        "sources:\n  - {url: 'https://yofom.is/en/form/'}\n  - {title: Call, url: 'https://www.emst.gr/en/call'}\n"
    )
    overview = markdown_pages(write_scheme(MINIMAL + sources), NOW)[""]
    assert "- [yofom.is/en/form](https://yofom.is/en/form/)\n" in overview
    assert "- [Call](https://www.emst.gr/en/call), at www.emst.gr\n" in overview
