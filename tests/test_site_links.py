"""Every internal link and resource on every page of the example site resolves to a file of the site."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.sites import example_at


class Links(HTMLParser):
    """The href and src values of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets += [value for name, value in attrs if name in ("href", "src") and value]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_at(tmp_path_factory, datetime(2020, 1, 20, 9, tzinfo=UTC))


def resolves(site: Path, page: Path, target: str) -> bool:
    base = "/" + str(page.relative_to(site)).replace("index.html", "")
    path = unquote(urlsplit(urljoin(base, target)).path).lstrip("/")
    found = site / path
    return found.is_file() or (found / "index.html").is_file()


def test_every_internal_link_resolves(site: Path) -> None:
    broken, checked = [], 0
    for page in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for target in parser.targets:
            if urlsplit(target).scheme or target.startswith(("#", "//")):
                continue
            checked += 1
            if not resolves(site, page, target):
                broken.append(f"{page.relative_to(site)}: {target}")
    assert checked > 1000
    assert broken == []
