"""The open data package: valid by frictionless, and reading it back gives the site's schemes and events."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from frictionless import Package

from tests.conftest import MINIMAL, scheme_project
from tests.sites import build_at, example_at


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = example_at(tmp_path_factory, datetime(2020, 1, 20, 9, tzinfo=UTC))
    return site / "data"


def test_package_is_valid(data: Path) -> None:
    report = Package(str(data / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_package_declares_licence_and_keys(data: Path) -> None:
    descriptor = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    assert set(schemas) == {"schemes", "roles", "events", "eligibility", "costs", "results"}
    assert schemas["events"]["foreignKeys"][0]["reference"]["resource"] == "schemes"


def test_package_round_trips(data: Path) -> None:
    package = Package(str(data / "datapackage.json"))
    schemes = package.get_resource("schemes").read_rows()
    assert {(r["slug"], r["cohort"]) for r in schemes} >= {
        ("nottingham-stemm-change", "2020"),
        ("leeds-institutional", "2022"),
    }
    nottingham = next(r for r in schemes if r["slug"] == "nottingham-stemm-change")
    assert nottingham["deadline"] == "2020-02-03T17:00:00+00:00" and nottingham["status"] == "open"
    events = package.get_resource("events").read_rows()
    training = [e for e in events if e["slug"] == "nottingham-stemm-change" and e["event"] == "mentor-training"]
    assert [(e["option"], e["start"], e["location"]) for e in training] == [
        ("feb-21", "2020-02-21T10:00:00+00:00", "B7, Hemsley, University Park"),
        ("feb-28", "2020-02-28T10:00:00+00:00", "B23, Pope Building, University Park"),
    ]
    costs = {(r["slug"], r["role"]): r for r in package.get_resource("costs").read_rows()}
    nzbwn = costs[("nzbwn-group-mentoring", "mentee")]
    assert (nzbwn["amount"], float(nzbwn["value"]), nzbwn["currency"]) == ("currently £150", 150.0, "GBP")
    assert str(costs[("apsc-indigenous-mentoring-program", "mentee")]["free"]).lower() == "true"
    results = package.get_resource("results").read_rows()
    assert {(r["statement"], float(r["post_mean"])) for r in results} >= {("belonging", 3.7), ("confidence", 4.5)}


@pytest.mark.parametrize("cell", ['=HYPERLINK("https://x")', "+1", "-2 weeks", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_written_as_text(cell: str) -> None:
    from schemebook.render.datapackage import neutral

    assert neutral(cell) == "'" + cell
    assert neutral(-1.5) == -1.5 and neutral("Leeds") == "Leeds"


def test_the_schemes_table_says_what_and_where_the_runner_is_and_its_wider_programme(tmp_path: Path) -> None:
    scheme = MINIMAL.replace("  name: Test University\n", "  name: Test Union\n  kind: trade union\n  place: Ireland\n")
    scheme += "part_of: {name: Union Learning Programme, url: 'https://learning.test/'}\n"
    site = build_at(scheme_project(tmp_path, scheme), tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    rows = list(csv.DictReader((site / "data" / "schemes.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["organisation"], r["organisation_kind"], r["organisation_place"], r["part_of"]) for r in rows] == [
        ("Test Union", "trade union", "Ireland", "Union Learning Programme")
    ]
    (tmp_path / "plain").mkdir()
    plain = build_at(scheme_project(tmp_path / "plain"), tmp_path / "plain-site", datetime(2030, 1, 20, tzinfo=UTC))
    rows = list(csv.DictReader((plain / "data" / "schemes.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["organisation_kind"], r["organisation_place"], r["part_of"]) for r in rows] == [("", "", "")]


def test_the_roles_table_gives_each_roles_pay_how_many_it_takes_on_and_whom_it_mentors(tmp_path: Path) -> None:
    scheme = MINIMAL.replace(
        "    name: Reverse mentor\n",
        "    name: Reverse mentor\n    pay: {amount: a $500 yearly stipend}\n    takes_on: up to 3 mentees\n"
        "    mentors: [mentee]\n",
    ).replace("    name: Reverse mentee\n", "    name: Reverse mentee\n    pay: {volunteer: true}\n")
    site = build_at(scheme_project(tmp_path, scheme), tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    rows = list(csv.DictReader((site / "data" / "roles.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["role"], r["pay"], r["volunteer"], r["takes_on"], r["mentors"]) for r in rows] == [
        ("mentor", "a $500 yearly stipend", "", "up to 3 mentees", "mentee"),
        ("mentee", "", "true", "", ""),
    ]
