"""Impact pages from validated evaluation data, and an annual report across schemes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from jinja2 import Environment

from schemebook.model import Cohort
from schemebook.project.evaluation import Result
from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.charts import before_after
from schemebook.render.phrases import plural
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views


@dataclass(frozen=True)
class Group:
    """One group's results (mentors, mentees...), with its figures shown or withheld."""

    name: str
    results: tuple[Result, ...]
    shown: bool
    chart: str


def groups(view: SchemeView) -> list[Group]:
    """Each role's results in role order; a chart only where enough people answered."""
    threshold = view.model.evaluation.threshold if view.model.evaluation else 5
    found = []
    for role in view.model.roles:
        mine = tuple(r for r in view.loaded.results if r.group == role.id)
        if not mine:
            continue
        shown = all(r.shown(threshold) for r in mine)
        name = plural(role)
        name = name[:1].upper() + name[1:]  # it starts a heading; the rest stays as the file writes it
        chart = before_after(f"chart-{role.id}", f"{name}: mean scores before and after", mine) if shown else ""
        found.append(Group(name, mine, shown, chart))
    return found


def cohort_year(cohort: Cohort) -> int | None:
    """The year a cohort's mentoring starts, when the file gives it (an id that looks like a year is not a date)."""
    return cohort.start.year if cohort.start is not None else None


def _evaluation(view: SchemeView, env: Environment) -> str:
    return render_template(env, "evaluation.md.j2", s=view, groups=groups(view), root="../")


def render(site: Site, env: Environment) -> Iterable[Output]:
    """An impact page for every evaluated scheme."""
    for view in scheme_views(site):
        if "evaluation" in view.pages:
            page = partial(_evaluation, view, env)
            yield Output(f"schemes/{view.slug}/evaluation/index.md", page, source=view.loaded.display)


def render_reports(site: Site, env: Environment) -> Iterable[Output]:
    """A report for every year a cohort ran, across schemes."""
    years: dict[int, list[tuple[SchemeView, Cohort]]] = {}
    for view in scheme_views(site):
        for cohort in view.model.cohorts:
            year = cohort_year(cohort)
            if year is not None:
                years.setdefault(year, []).append((view, cohort))
    for year, runs in sorted(years.items()):
        page = render_template(env, "report.md.j2", year=year, runs=runs, groups=groups)
        yield Output(f"reports/{year}/index.md", page)
