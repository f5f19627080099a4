"""Huge input is refused quickly with a message that says what the limit is."""

from __future__ import annotations

from pathlib import Path

import yaml

from schemebook.site import load_scheme
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
