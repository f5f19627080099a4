"""The site-level invariants (tests/site_invariants.py) hold on every scheme in schemes/ and on scheme files generated
from the JSON Schema, and each of them finds the slip it is there for."""

from __future__ import annotations

import copy
import html
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from schemebook.model.settings import SiteSettings
from schemebook.project.settings_positions import option_positions
from schemebook.project.site import LoadedScheme, Site, load_site
from schemebook.project.site_config import read_site_config
from schemebook.project.site_options import validate_settings
from schemebook.render import Output, render_scheme, site_renderers
from schemebook.render.templates import environment
from tests.schema_strategies import from_schema, text_paths
from tests.site_invariants import site_problems
from tests.sites import REPO
from tests.test_schema_fuzz import BASE, DEFS, RENDERED, SCHEMA, SECTIONS, SLOW, results_csv

ENV = environment(None)
TODAY = datetime(2026, 12, 1, 12, tzinfo=UTC)
SCHEMES = sorted((REPO / "schemes").glob("*.yml"))


def _source(root: Path, loaded: LoadedScheme) -> str:
    return (root / loaded.display).read_text(encoding="utf-8") + "\n".join(r.text for r in loaded.results)


def scheme_site(paths: list[Path], root: Path, now: datetime) -> Site:
    """The schemes at `paths` loaded as one site at `now`."""
    site, problems = load_site(paths, root, now, SiteSettings(), url="https://example.org/")
    assert site is not None, problems
    return site


@pytest.fixture(scope="module")
def example_site() -> Site:
    return scheme_site(SCHEMES, REPO, TODAY)


@pytest.mark.parametrize("path", SCHEMES, ids=[p.stem for p in SCHEMES])
def test_every_example_scheme_keeps_the_invariants(example_site: Site, path: Path) -> None:
    loaded = next(s for s in example_site.schemes if s.slug == path.stem)
    assert site_problems(render_scheme(loaded, example_site, ENV), _source(REPO, loaded)) == []


def test_the_site_wide_pages_keep_the_invariants_and_name_who_runs_each_form() -> None:
    config, _ = read_site_config(REPO / "mkdocs.yml")
    settings, _ = validate_settings(option_positions(config.path, "mkdocs.yml", config.options))
    assert settings is not None
    site, problems = load_site(SCHEMES, REPO, TODAY, settings, url=config.site_url)
    assert site is not None, problems
    outputs = [output for renderer in site_renderers() for output in renderer(site, ENV)]
    assert site_problems(outputs, "\n".join(_source(REPO, loaded) for loaded in site.schemes)) == []
    privacy = next(o.content for o in outputs if o.uri.endswith("privacy/index.md"))
    assert isinstance(privacy, str)
    shown = html.unescape(privacy)  # punctuation in scheme text arrives as character references
    assert "cabinetoffice.gov.uk\n- Scheme run by: Civil Service\n" in shown and "which decides" not in shown
    # No scheme in schemes/ is Example University's: the notice names who runs them, and keeps its own settings
    # (retention, automated decisions) to itself rather than saying them of other organisations' schemes.
    runners = re.search(r"run by another organisation \((.*?)\)\.\s+When\s+you apply", shown, re.S)
    assert runners is not None
    runners = runners.group(1)
    assert "Civil Service" in runners and "University of Oxford" in runners
    assert "Application answers are deleted" not in shown and "the scheme team matches pairs" not in shown


INSTANTS = [datetime(year, month, 15, tzinfo=UTC) for year in (2018, 2020, 2026, 2030, 2031) for month in (1, 7)]


def _generated_problems(document: dict, now: datetime) -> list[str] | None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "data").mkdir()
        (root / "data" / "results.csv").write_text(results_csv("Belonging"), encoding="utf-8")
        path = root / "generated.yml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        site, _ = load_site([path], root, now, SiteSettings(), url="https://example.org/")
        if site is None:
            return None
        loaded = site.schemes[0]
        return site_problems(render_scheme(loaded, site, ENV), _source(root, loaded))


@settings(max_examples=RENDERED + 2, deadline=None, suppress_health_check=SLOW)
@given(
    st.sampled_from(SECTIONS).flatmap(
        lambda name: from_schema(SCHEMA["properties"][name], DEFS).map(lambda value: {**BASE, name: value})
    ),
    st.sampled_from(INSTANTS),
)
def test_generated_schemes_keep_the_invariants(document: dict, now: datetime) -> None:
    assert _generated_problems(document, now) in (None, [])


PATHS = text_paths(SCHEMA, DEFS, BASE)
# Text as coordinators write it (paragraphs, lists, a colon before a list), so that a slip is the templates' own.
WRITTEN = {
    "markdown": st.sampled_from(
        ["One line.", "First.\n\nSecond paragraph.", "- Apples\n- Pears", "Intro:\n\n1. One\n2. Two"]
    ),
    "plain": st.sampled_from(["Zorvex Quill", "The Halden Group", "Mentors and mentees", "late autumn"]),
}


@settings(max_examples=RENDERED - 2, deadline=None, suppress_health_check=SLOW)
@given(
    st.lists(st.sampled_from(PATHS).flatmap(lambda p: st.tuples(st.just(p[0]), WRITTEN[p[1]])), max_size=20),
    st.sampled_from(INSTANTS),
)
def test_written_text_in_any_field_keeps_the_invariants(changes: list, now: datetime) -> None:
    document = copy.deepcopy(BASE)
    for loc, value in changes:
        target = document
        for part in loc[:-1]:
            target = target[part]
        target[loc[-1]] = value
    assert _generated_problems(document, now) in (None, [])


@pytest.mark.parametrize("now", INSTANTS)
def test_the_full_scheme_keeps_the_invariants_at_every_stage(now: datetime) -> None:
    assert _generated_problems(BASE, now) == []


# Each class of slip, put back by hand, is found.
def _page(uri: str, markdown: str) -> Output:
    return Output(uri, markdown)


SLIPS = {
    "leaked list mark": [_page("s/x/index.md", "Training: see below - Induction, online")],
    "leaked bold": [_page("s/x/index.md", "The **deadline is 3 May")],
    "None": [_page("s/x/index.md", "Send an email to None.")],
    "empty value": [_page("s/x/index.md", "- Meetings: \n- Run by: Us")],
    "doubled word": [_page("s/x/index.md", "Apply to the the office.")],
    "doubled full stop": [_page("s/x/index.md", "Requests will not be accepted..")],
    "full stop after a question mark": [_page("s/x/index.md", "Selection: are you ready?.")],
    "label before a label": [_page("s/x/index.md", "**Mentees in this cohort**\n\n**Mentors in this cohort**")],
    "label before a heading": [_page("s/x/index.md", "**Mentors in this cohort**\n\n## Sources\n\nA page.")],
    "label at the end": [_page("s/x/index.md", "## The cohort\n\n**Mentors in this cohort**")],
    "digit": [_page("s/x/index.md", "The meetings follow 1 theme.")],
    "named after itself": [_page("s/x/index.md", "Register through registration.")],
    "label alone": [_page("s/x/faq/index.md", "### Who can take part?\n\n**Mentees.**\n\n**Mentors.** Staff.")],
    "conditions said to also hold, after no groups": [
        _page("s/x/index.md", "Notes.\n\nThis condition must also be met:\n\n- a member of Union One"),
    ],
    "name and its own role": [_page("s/x/index.md", "- **The Project Team**, project team: ran it")],
    "role name mid-sentence": [
        _page("s/x/young/index.md", "# Young person handbook"),
        _page("s/x/faq/index.md", "### Who can be a Young person?"),
    ],
    "role name mid-sentence, plural": [
        _page("s/x/young/index.md", "# Young person handbook"),
        _page("s/x/sign-up/index.md", "No application dates are given for Young people."),
    ],
    "range of one year": [_page("s/x/index.md", "Status: was planned to run from 2022 to 2022.")],
    "a date with no year": [
        _page(
            "s/x/mentor/index.md",
            "A source said applications were open, until Monday, 22 December (as the source gives it).",
        )
    ],
    "words called a plan": [_page("s/x/index.md", "Now: Planned, as the source words it: the year 2016-2017.")],
    "range of one month": [_page("s/x/index.md", "- Mentoring: March 2022 to March 2022")],
    "promise of places": [
        _page("s/x/index.md", "- [Timeline](timeline/index.md): every date, with times and places"),
        _page("s/x/timeline/index.md", '- <time datetime="2020-01-02">2 January 2020</time>: **Launch**'),
    ],
    "promise of ice-breakers": [
        _page(
            "s/x/mentor/index.md", "Each theme's questions and ice-breakers are on the [themes](../themes/index.md)."
        ),
        _page("s/x/themes/index.md", "## Themes\n\n- Culture"),
    ],
    "promise of findings": [
        _page("s/x/index.md", "- [Evaluation](evaluation/index.md): the evaluation method and what was found"),
        _page("s/x/evaluation/index.md", "## Method\n\nSurveys."),
    ],
    "promise of a method": [
        _page("s/x/index.md", "- [Evaluation](evaluation/index.md): the evaluation method"),
        _page("s/x/evaluation/index.md", "## Findings\n\nMost liked it."),
    ],
    "promise of what a role involves": [
        _page("s/x/index.md", "- [Mentor handbook](mentor/index.md): what the role involves"),
        _page("s/x/mentor/index.md", "## How to join\n\nNot given."),
    ],
    "promise of descriptions": [
        _page("s/x/mentor/index.md", "The [meeting themes page](../themes/index.md) gives descriptions."),
        _page("s/x/themes/index.md", "# Themes\n\n- Culture"),
    ],
    "promise of a way to apply": [
        _page("s/x/index.md", "- [How to join](sign-up/index.md): how to apply"),
        _page("s/x/sign-up/index.md", "## Mentor\n\nApplications opened on 15 February 2025."),
    ],
    "evaluation only planned": [
        _page("s/x/evaluation/index.md", "**Cohort evaluated:** Pilot\n\n## How it was evaluated\n\nSurveys.")
    ],
    "order": [_page("s/x/timeline/index.md", "Every date, in order.\n\n- 21 October: **B**\n- 7 October: **A**")],
    "order of years": [_page("s/x/timeline/index.md", "In order:\n\n- March 2021: **B**\n- 2020: **A**")],
    "contradiction": [
        _page("s/x/faq/index.md", "Induction: no date is given."),
        _page("s/x/timeline/index.md", "- June: **Induction**"),
    ],
    "promise of a closing date": [
        _page("s/x/index.md", "- [How to join](sign-up/index.md): when applications closed"),
        _page("s/x/sign-up/index.md", "## Mentor\n\nNo application dates are given for Mentors."),
    ],
    "sentence said twice": [
        _page(
            "s/x/sign-up/index.md",
            "## Mentor\n\nApplications opened on 15 February 2025; no closing date is given.\n\n"
            "Applications opened on 15 February 2025; no closing date is given.",
        )
    ],
    "a contact as the way to apply": [_page("s/x/sign-up/index.md", "To apply, contact Ann (ann@example.org).")],
    "an article before an article": [_page("s/x/index.md", "- **Run by:** Forum, a the federation of unions")],
    "notes in two pairs of brackets": [
        _page("s/x/faq/index.md", "Training: Induction: December (no year given) (as the source gives it).")
    ],
    "cost not given": [_page("s/x/index.md", "- **Cost:** free")],
    "price not given": [_page("s/x/sign-up/index.md", "Successful applicants pay £150.")],
    "empty calendar": [
        _page("s/x/timeline/index.md", "[Download](../calendar.ics)"),
        Output("s/x/calendar.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"),
    ],
}


@pytest.mark.parametrize("slip", SLIPS)
def test_each_slip_is_found(slip: str) -> None:
    assert site_problems(SLIPS[slip], source="") != []


def test_what_the_scheme_file_wrote_is_not_a_slip() -> None:
    outputs = [_page("s/x/index.md", "We meet in the the old hall, 2 days a month.")]
    assert site_problems(outputs, source="We meet in the the old hall, 2 days a month.") == []
