"""Huge input is refused quickly with a message that says what the limit is."""

from __future__ import annotations

from pathlib import Path

import yaml

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def test_ten_thousand_faq_entries_are_refused_at_the_list(tmp_path: Path) -> None:
    document = yaml.safe_load(MINIMAL)
    document["faq"] = [{"question": f"Question {i}?", "answer": f"Answer {i}."} for i in range(10_000)]
    path = tmp_path / "big.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/big.yml")
    assert scheme is None
    assert [str(p).split("\n")[0] for p in problems] == [
        "schemes/big.yml:14:1: error: `faq` has too many entries (at most 1000)"
    ]


def test_a_five_megabyte_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yml"
    path.write_text(MINIMAL + "purpose: |\n" + ("  " + "x" * 98 + "\n") * 50_000, encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/huge.yml")
    assert scheme is None and problems[0].message == "the file is too large (5.1 MB)"
    assert "at most 2 MB" in problems[0].hint


def test_aliases_count_by_the_bytes_they_expand_to(tmp_path: Path) -> None:
    from schemebook.read.loading import MAX_BYTES

    text = "x" * 60_000
    uses = "".join(f"    - {{question: Q{i}?, answer: *long}}\n" for i in range(40))
    path = tmp_path / "bomb.yml"
    path.write_text(MINIMAL + f"purpose: &long {text}\nfaq:\n{uses}", encoding="utf-8")
    assert path.stat().st_size < 100_000
    scheme, problems = load_scheme(path, "schemes/bomb.yml")
    assert scheme is None
    assert problems[0].message == f"the file expands to more than {MAX_BYTES:,} bytes of text"


def test_options_per_event_are_limited(tmp_path: Path) -> None:
    from schemebook.model.cohorts import MAX_OPTIONS

    document = yaml.safe_load(MINIMAL)
    options = [{"id": f"o{i}", "start": "2030-04-01"} for i in range(MAX_OPTIONS + 1)]
    document["cohorts"][0]["events"] = [{"id": "t", "title": "Training", "options": options}]
    path = tmp_path / "many.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/many.yml")
    assert scheme is None
    assert f"`cohorts[0].events[0].options` has too many entries (at most {MAX_OPTIONS})" in str(problems[0])


def test_calendar_files_per_scheme_are_limited(tmp_path: Path) -> None:
    from schemebook.read.size_limits import MAX_FILES

    document = yaml.safe_load(MINIMAL)
    options = [{"id": f"o{i}", "start": "2030-04-01"} for i in range(100)]
    events = [{"id": f"e{j}", "title": "Training", "options": options} for j in range(MAX_FILES // 100 + 1)]
    document["cohorts"][0]["events"] = events
    path = tmp_path / "many.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    scheme, problems = load_scheme(path, "schemes/many.yml")
    assert scheme is None
    assert f"more than {MAX_FILES:,} calendar files (the limit)" in problems[0].message


def test_pages_and_bytes_per_scheme_are_limited(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from schemebook.model.settings import SiteSettings
    from schemebook.project.site import load_site
    from schemebook.read.size_limits import MAX_BYTES, MAX_FILES
    from schemebook.render import Output
    from schemebook.render.limits import problems

    (tmp_path / "x.yml").write_text(MINIMAL, encoding="utf-8")
    site, _ = load_site([tmp_path / "x.yml"], tmp_path, datetime(2030, 1, 1, tzinfo=UTC), SiteSettings())
    assert site is not None
    assert problems(site, [Output("schemes/x/index.md", "# x")]) == []
    many = [Output(f"schemes/x/{i}.ics", b"x") for i in range(MAX_FILES + 1)]
    assert f"over the limit of {MAX_FILES:,}" in str(problems(site, many)[0])
    big = [Output("schemes/x/index.md", "x" * (MAX_BYTES + 1))]
    assert str(problems(site, big)[0]).startswith("x.yml:1:1: error: the scheme makes 20,000,001 bytes")
