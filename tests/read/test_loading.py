"""YAML loading: YAML 1.1 traps fixed, every bad-input class located exactly."""

from __future__ import annotations

from pathlib import Path

from schemebook.read.loading import MAX_BYTES, load_file, parse_text


def only_problem(text: str) -> str:
    doc, problems = parse_text("schemes/x.yml", text)
    assert doc is None
    assert len(problems) == 1, problems
    return str(problems[0])


def test_times_and_words_stay_text() -> None:
    doc, problems = parse_text("x.yml", "at: 17:00\nanswer: no\non: yes\nflag: true\nday: 2020-02-03\n")
    assert problems == []
    assert doc is not None
    assert doc.data == {"at": "17:00", "answer": "no", "on": "yes", "flag": True, "day": "2020-02-03"}


def test_numbers_follow_yaml_1_2() -> None:
    doc, _ = parse_text("x.yml", "a: 26\nb: 3.08\nc: 0o17\nd: 010\ne: 1_000\nf: .nan\n")
    assert doc is not None
    assert doc.data["a"] == 26 and doc.data["b"] == 3.08 and doc.data["c"] == 15
    assert doc.data["d"] == 10 and doc.data["e"] == "1_000"
    assert doc.data["f"] != doc.data["f"]


def test_positions_are_kept_for_keys_and_values() -> None:
    doc, _ = parse_text("x.yml", "title: T\nroles:\n  - id: mentor\n    name: M\n")
    assert doc is not None
    assert doc.locate(("roles", 0, "name")) == (4, 11)
    assert doc.locate(("roles", 0, "name"), key=True) == (4, 5)
    assert doc.locate(("roles", 3, "missing")) == (3, 3)


def test_duplicate_key() -> None:
    message = only_problem("title: A\nsummary: B\ntitle: C\n")
    assert message.startswith("schemes/x.yml:3:1: error: `title` appears twice")
    assert "line 1" in message


def test_alias_bomb_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    message = only_problem("\n".join(lines) + "\n")
    assert "expands to more than" in message


def test_tab_indentation() -> None:
    message = only_problem("roles:\n\t- id: mentor\n")
    assert message.startswith("schemes/x.yml:2:1: error: a tab is used to indent")


def test_control_character() -> None:
    message = only_problem("title: A\x07B\n")
    assert message.startswith("schemes/x.yml:1:9: error: an invisible control character (U+0007)")


def test_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"title: ok\nsummary: caf\xe9\n")
    doc, problems = load_file(path, "schemes/x.yml")
    assert doc is None
    assert str(problems[0]).startswith("schemes/x.yml:2:13: error: byte 0xE9 is not valid UTF-8")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"\xef\xbb\xbftitle: ok\n")
    doc, problems = load_file(path, "x.yml")
    assert problems == [] and doc is not None and doc.data == {"title": "ok"}


def test_empty_file() -> None:
    assert "1:1: error: the file is empty" in only_problem("# only a comment\n")


def test_top_level_must_be_a_mapping() -> None:
    assert "1:1: error: expected a mapping of fields at the top, found a list" in only_problem("- a\n- b\n")
    assert "found a single value" in only_problem("just words\n")


def test_syntax_error_is_located() -> None:
    problem = only_problem('title: "unclosed\nsummary: x\n')
    assert problem.startswith("schemes/x.yml:1:8: error: YAML syntax: a quote mark opens the value on this line")


def test_unsupported_tag() -> None:
    assert "1:8: error: the tag `tag:yaml.org,2002:binary` is not supported" in only_problem("title: !!binary YWJj\n")


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"title: " + b"a" * MAX_BYTES + b"\n")
    doc, problems = load_file(path, "x.yml")
    assert doc is None and "too large" in problems[0].message
