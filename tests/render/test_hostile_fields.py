"""Every text field of the model, filled with hostile values, builds into pages with no handler attribute, no
script or data address and no outside resource: each value is escaped for the place it lands."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from schemebook.read.loading import parse_text
from schemebook.render.schema import scheme_schema
from tests.conftest import scheme_project
from tests.render.conftest import FULL_SCHEME
from tests.render.test_every_field import REST, TYPED, _key, schema_path
from tests.render.test_nothing_lost import DATA_ONLY
from tests.render.test_shapes import SHAPED
from tests.sites import build_at

PLAIN = [
    "Mentor training [x](y/autofocus/onfocus=alert(1)//)",  # link syntax inside an aria-label
    "[x](javascript:alert(1)) ![t](https://elsewhere.org/p.gif)",
    "<img src=x onerror=alert(1)> <script>alert(1)</script>",
    "\"><svg onload=alert(1)> '><a href=javascript:alert(1)>",
    "{: onclick=alert(1) } {onclick=alert(1)} *a* _b_ `c` ~~d~~ ==e== ^^f^^ :smile:",
    "![t](/\\elsewhere.net/p.gif) ![t](//elsewhere.net/p.gif) <https://elsewhere.org/x>",
    "&#106;avascript:alert(1) &lt;script&gt; \\[a\\]\\(javascript:alert(1)\\)",
    "0123456789012345678901234567890123456789 mentor | coach #1",
]
"""Values that plain-text fields accept as written."""
MARKDOWN = [
    "<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>",
    "\\[a\\]\\(javascript:alert(1)\\) &#91;b&#93;&#40;javascript:alert(1)&#41;",
    "[fine](https://example.org/a_(b)) and `<b onclick=alert(1)>`\n\n> <iframe src=https://elsewhere.org>",
    '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](https://example.org/"onclick="alert(1)) |',
]
"""Values that Markdown fields accept: raw HTML shown as text, escaped link syntax, tables."""
DOCUMENT_URLS = ["https://x.org/a)![t](https://elsewhere.org/p.gif", "https://x.org/a_(b)'\"x"]
CLOCKS = (datetime(2030, 1, 20, 12, tzinfo=UTC), datetime(2031, 1, 1, 12, tzinfo=UTC))


def hostile(value: Any, path: str, counter: itertools.count, markdown: set[str]) -> Any:
    """`value` with a hostile value in place of each free-text string."""
    if isinstance(value, dict):
        return {k: hostile(v, f"{path}.{k}" if path else str(k), counter, markdown) for k, v in value.items()}
    if isinstance(value, list):
        return [hostile(item, path + "[]", counter, markdown) for item in value]
    name = schema_path(path)
    if isinstance(value, str) and name and _key(path) not in DATA_ONLY | TYPED.keys():
        n = next(counter)
        if name in markdown:
            return f"{value.strip()}\n\n{MARKDOWN[n % len(MARKDOWN)]}"
        return f"{value.strip()} {PLAIN[n % len(PLAIN)]}"
    if _key(path) == "url" and path.startswith("documents"):
        return DOCUMENT_URLS[next(counter) % len(DOCUMENT_URLS)]
    return value


def markdown_fields() -> set[str]:
    """The schema paths of Markdown fields (by their content type)."""
    defs, found = scheme_schema()["$defs"], set()

    def walk(node: dict[str, Any], path: str) -> None:
        options = [defs[node["$ref"].split("/")[-1]]] if "$ref" in node else [node, *node.get("anyOf", [])]
        for option in options:
            if "$ref" in option:
                walk(option, path)
            for key, prop in option.get("properties", {}).items():
                walk(prop, f"{path}.{key}" if path else key)
            if "items" in option:
                walk(option["items"], path + "[]")
            for inner in option.get("patternProperties", {}).values():
                walk(inner, path + ".<id>")
            if option.get("contentMediaType") == "text/markdown":
                found.add(path)

    walk(scheme_schema(), "")
    return found


def hostile_text(text: str, counter: itertools.count) -> str:
    doc, problems = parse_text("scheme.yml", text)
    assert doc is not None, problems
    return yaml.safe_dump(hostile(doc.data, "", counter, markdown_fields()), sort_keys=False, allow_unicode=True)


class Unsafe(HTMLParser):
    """Handler attributes, script and data addresses, and anything loaded from another host, as Chromium parses."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = (value or "").strip().lower().replace("\\", "/")
            for gone in "\t\n\r":
                value = value.replace(gone, "")
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if value.startswith(("javascript:", "data:", "vbscript:")) and name in ("href", "src", "action"):
                self.found.append(f"<{tag} {name}={value[:40]}>")
            if name in ("src", "srcset", "data", "poster") and (urlsplit(value).netloc or value.startswith("//")):
                self.found.append(f"<{tag} {name}={value[:40]}> from outside")
        if tag in ("iframe", "object", "embed", "base"):
            self.found.append(f"<{tag}>")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    counter = itertools.count()
    root = tmp_path_factory.mktemp("hostile")
    config = scheme_project(root, hostile_text(FULL_SCHEME.read_text(encoding="utf-8"), counter), "full")
    (root / "schemes" / "rest.yml").write_text(hostile_text(REST, counter), encoding="utf-8")
    (root / "schemes" / "shaped.yml").write_text(hostile_text(SHAPED, counter), encoding="utf-8")
    (root / "schemes" / "files").mkdir()
    (root / "schemes" / "files" / "proforma.txt").write_text("Name:\n", encoding="utf-8")
    pages = []
    for i, now in enumerate(CLOCKS):
        pages += sorted(build_at(config, root / f"site-{i}", now).rglob("*.html"))
    return pages


def test_hostile_values_fill_markdown_and_plain_fields() -> None:
    assert {"purpose", "faq[].answer"} <= markdown_fields()
    filled = hostile_text(REST, itertools.count())
    assert PLAIN[0] in filled and MARKDOWN[0].split("\n")[0] in filled


def test_no_hostile_value_becomes_markup(built: list[Path]) -> None:
    assert len(built) > 40
    found = {}
    for page in built:
        parser = Unsafe()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.found:
            found[str(page)] = parser.found
    assert found == {}
