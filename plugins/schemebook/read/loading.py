"""YAML text to plain data, with the position of every key and value kept for error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from schemebook.read.errors import SchemeError
from schemebook.read.syntax import UNCLOSED, explain, unclosed_quote

MAX_BYTES = 2_000_000
"""Largest scheme file read; beyond this a file is refused rather than risk a slow build."""
MAX_NODES = 200_000
"""Most values a file may expand to, aliases counted each time they are used."""
MAX_DEPTH = 40
"""Deepest nesting accepted; real schemes nest about six levels."""
MAX_DIGITS = 18
"""Longest whole number accepted; no count or limit in a scheme needs more."""

Loc = tuple[str | int, ...]
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Resolves plain scalars by the YAML 1.2 core schema: `17:00` and `no` stay strings."""

    yaml_implicit_resolvers: ClassVar[dict] = {}


_CORE = {
    "tag:yaml.org,2002:null": r"^(?:~|null|Null|NULL|)$",
    "tag:yaml.org,2002:bool": r"^(?:true|True|TRUE|false|False|FALSE)$",
    "tag:yaml.org,2002:int": r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
    "tag:yaml.org,2002:float": (
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
}
_NOT_TEXT = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
for _tag, _pattern in _CORE.items():
    _Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), None)

_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Document:
    """A parsed YAML file: its data and where each part of it stands in the text."""

    path: str
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    plain: dict[Loc, str] = field(default_factory=dict)
    """The text of each unquoted value YAML read as a number or true/false, as written."""
    text: str = field(default="", repr=False)
    """The file's text, for the notes (`# replace`) that YAML drops."""
    cut: dict[Loc, str] = field(default_factory=dict)
    """Each unquoted one-line text value followed by `#` and a word (`We are #1`), which YAML read as a comment."""

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the value at `loc`, or of its key, or of its nearest parent."""
        for end in range(len(loc), -1, -1):
            prefix = loc[:end]
            if key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def error(self, loc: Loc, message: str, hint: str = "", *, key: bool = False) -> SchemeError:
        """A problem located at `loc` in this document."""
        line, col = self.locate(loc, key=key)
        return SchemeError(self.path, line, col, message, hint)


_COMMENT_WORD = re.compile(r"[ \t]+(#\S[^\n]*)")
"""A comment that starts with a word straight after `#`, as text would (`#1`), unlike a note (`# replace`)."""


class _TooBig(Exception):
    """The document expands past MAX_NODES or MAX_DEPTH (internal signal, never leaves this module)."""

    def __init__(self, node: yaml.Node, message: str) -> None:
        self.node, self.message = node, message


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return (line, index - (text.rfind("\n", 0, index) + 1) + 1)


class _Builder:
    """Turns composed YAML nodes into Python values, recording positions and refusing traps."""

    def __init__(self, doc: Document) -> None:
        self.doc, self.count, self.size, self.problems = doc, 0, 0, []
        self.lines = [*doc.text.split("\n"), ""]

    def build(self, node: yaml.Node, loc: Loc, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(node, f"the file expands to more than {MAX_NODES:,} values")
        if depth > MAX_DEPTH:
            raise _TooBig(node, f"the data is nested more than {MAX_DEPTH} levels deep")
        self.doc.values.setdefault(loc, _mark(node))
        if isinstance(node, yaml.ScalarNode):
            self.size += len(node.value.encode("utf-8"))
            if self.size > MAX_BYTES:
                raise _TooBig(node, f"the file expands to more than {MAX_BYTES:,} bytes of text")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, loc)

    def _mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(self._at(key_node, "a key must be a plain word, not a list or mapping"))
                continue
            key = key_node.value
            if key in result:
                first = self.doc.keys[(*loc, key)]
                self.problems.append(
                    self._at(
                        key_node,
                        f"`{key}` appears twice in the same section",
                        f"keep one of them; the first is on line {first[0]}",
                    )
                )
                continue
            self.doc.keys[(*loc, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*loc, key), depth + 1)
        return result

    def _scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        tag, text = node.tag, node.value
        if tag == "tag:yaml.org,2002:str":
            end = node.end_mark
            if not node.style and (cut := _COMMENT_WORD.match(self.lines[end.line], end.column)):
                self.doc.cut[loc] = cut[1]
            return text
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag in _NOT_TEXT:
            self.doc.plain[loc] = text
        if tag == "tag:yaml.org,2002:bool":
            return text.lower() == "true"
        if tag == "tag:yaml.org,2002:int":
            if len(text) > MAX_DIGITS:
                self.problems.append(self._at(node, f"the number has more than {MAX_DIGITS} digits", "check it"))
                return 0
            return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
        if tag == "tag:yaml.org,2002:float":
            return float(text.lower().replace(".inf", "inf").replace(".nan", "nan"))
        self.problems.append(
            self._at(node, f"the tag `{tag}` is not supported", "remove the tag; write the value as plain text")
        )
        return text

    def _at(self, node: yaml.Node, message: str, hint: str = "") -> SchemeError:
        line, col = _mark(node)
        return SchemeError(self.doc.path, line, col, message, hint)


def _scan_text(path: str, text: str) -> list[SchemeError]:
    """Problems PyYAML would report obscurely: tabs used to indent and unprintable characters."""
    problems = []
    for match in _UNPRINTABLE.finditer(text):
        line, col = _position(text, match.start())
        problems.append(
            SchemeError(
                path,
                line,
                col,
                f"an invisible control character (U+{ord(match.group()):04X}) is in the text",
                "delete it; it often comes from pasting out of a word processor",
            )
        )
    for number, line_text in enumerate(text.split("\n"), start=1):
        indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                SchemeError(
                    path,
                    number,
                    indent.index("\t") + 1,
                    "a tab is used to indent this line; YAML indents with spaces only",
                    "replace the tab with spaces (two per level, lined up with the lines above)",
                )
            )
    return problems


def _decode(path: str, raw: bytes) -> tuple[str | None, list[SchemeError]]:
    if len(raw) > MAX_BYTES:
        size = f"{len(raw) / 1_000_000:.1f} MB"
        hint = f"a scheme file may be at most {MAX_BYTES // 1_000_000} MB; move long text or results into data files"
        return None, [SchemeError(path, 1, 1, f"the file is too large ({size})", hint)]
    try:
        return raw.decode("utf-8").removeprefix("\ufeff"), []
    except UnicodeDecodeError as exc:
        line, col = _position(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        hint = "save the file as UTF-8 (most editors offer 'UTF-8' in Save As) and check this character"
        return None, [SchemeError(path, line, col, f"byte 0x{raw[exc.start]:02X} is not valid UTF-8 text", hint)]


def parse_text(path: str, text: str) -> tuple[Document | None, list[SchemeError]]:
    """Parse YAML text into a Document, or return the problems that stop it."""
    problems = _scan_text(path, text)
    if problems:
        return None, problems
    loader = _Yaml12Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "flow" in (exc.context or ""):
            mark = exc.context_mark  # an unclosed [ or { is shown where it opens, not where the parser gave up
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if quoted := unclosed_quote(text, line):
            return None, [SchemeError(path, *quoted, f"YAML syntax: {UNCLOSED[0]}", UNCLOSED[1])]
        message, hint = explain(" ".join(filter(None, (exc.context, exc.problem))).strip())
        return None, [SchemeError(path, line, col, f"YAML syntax: {message}", hint)]
    finally:
        loader.dispose()
    if node is None:
        hint = 'start from `schemebook new "Scheme name"`, which writes a complete example'
        return None, [SchemeError(path, 1, 1, "the file is empty", hint)]
    if not isinstance(node, yaml.MappingNode):
        found = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        hint = "the file must start with fields such as `title: My scheme`, one per line"
        return None, [SchemeError(path, *_mark(node), f"expected a mapping of fields at the top, found {found}", hint)]
    doc = Document(path, None, text=text)
    builder = _Builder(doc)
    try:
        doc.data = builder.build(node, ())
    except _TooBig as exc:
        hint = "remove repeated aliases (*name) or deep nesting; a scheme needs neither"
        return None, [SchemeError(path, *_mark(exc.node), exc.message, hint)]
    return (None, builder.problems) if builder.problems else (doc, [])


def load_file(path: Path, display: str) -> tuple[Document | None, list[SchemeError]]:
    """Read and parse one YAML file; `display` is the path shown in messages."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [SchemeError(display, 1, 1, f"cannot read the file: {exc.strerror}", "check it exists")]
    text, problems = _decode(display, raw)
    return parse_text(display, text) if text is not None else (None, problems)
