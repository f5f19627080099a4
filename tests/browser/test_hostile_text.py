"""Text pasted into a scheme file never becomes markup or script: in the built HTML and in a real browser."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser

from tests.conftest import MINIMAL
from tests.sites import build_at, served

pytestmark = pytest.mark.browser
PAYLOADS = [
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    "<iframe src=https://example.org></iframe>",
    '"><svg onload=alert("svg")>',
    "</title><script>alert('title')</script>",
]
HOSTILE = " ".join(PAYLOADS)
# Markdown that once carried script: attribute lists on paragraphs and images, escaped link syntax.
MARKDOWN_PAYLOADS = (
    "Click {: onclick=alert('attr') }\n\n![x](x.png){: onerror=alert('img-attr') }\n\n"
    "Hover.\n{: onmouseover=alert('para') }\n\n\\[a\\]\\(javascript:alert('escaped')\\)\n"
)
# Plain text that once closed the quoted attribute it was written into, through Markdown's link syntax.
ARIA_BREAKER = "Mentor training [x](y/autofocus/onfocus=alert('aria')//)"
CSV_TEXT = "[x](javascript:alert('csv')) <img src=x onerror=alert('csv')> {: onclick=alert('csv') }"


def hostile_scheme() -> str:
    data = yaml.safe_load(MINIMAL)
    data["title"] = data["summary"] = HOSTILE
    data["roles"][0]["name"] = "Mentor " + PAYLOADS[1]
    data["purpose"] = HOSTILE + "\n\n**Bold** and [a link](https://example.org/ok).\n"
    data["faq"] = [{"question": PAYLOADS[0], "answer": HOSTILE}]
    data["contacts"] = [{"id": "c", "name": PAYLOADS[3], "email": "c@example.org"}]
    data["quotes"] = [{"text": PAYLOADS[2], "by": PAYLOADS[4]}]
    data["roles"][0]["description"] = MARKDOWN_PAYLOADS
    data["support"] = {"ending": MARKDOWN_PAYLOADS, "confidentiality": MARKDOWN_PAYLOADS}
    cohort = data["cohorts"][0]
    cohort["title"] = ARIA_BREAKER
    cohort["events"] = [{"id": "t", "title": ARIA_BREAKER, "start": "2030-03-05 10:00"}]
    data["cohorts"].append(
        {**cohort, "id": "2031", "start": "2031-03", "title": ARIA_BREAKER + " [j](javascript:alert('j'))"}
    )
    data["cohorts"][1]["sign_up"] = {"opens": "2031-01-13", "roles": {"mentor": {"email": "a@example.org"}}}
    data["cohorts"][1]["events"] = []
    data["documents"] = [
        {"id": "d", "title": ARIA_BREAKER, "url": "https://example.org/a)![t](https://elsewhere.org/p.gif"}
    ]
    data["evaluation"] = {
        "results": ["data/hostile.csv"],
        "method": MARKDOWN_PAYLOADS,
        "findings": MARKDOWN_PAYLOADS,
        "recommendations": [MARKDOWN_PAYLOADS],
        "threshold": 1,
    }
    return yaml.safe_dump(data, allow_unicode=True)


def hostile_csv() -> str:
    header = "statement,text,group,scale_min,scale_max,pre_mean,post_mean,pre_n,post_n\n"
    return header + f'a,"{CSV_TEXT}",mentor,1,5,3,4,9,9\n'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import MKDOCS_YML

    root = tmp_path_factory.mktemp("hostile")
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text("# Home\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    (root / "schemes").mkdir()
    (root / "schemes" / "hostile.yml").write_text(hostile_scheme(), encoding="utf-8")
    (root / "schemes" / "data").mkdir()
    (root / "schemes" / "data" / "hostile.csv").write_text(hostile_csv(), encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    return build_at(root / "mkdocs.yml", root / "site", datetime(2030, 1, 20, tzinfo=UTC))


class Markup(HTMLParser):
    """The elements and attributes a page really has, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag == "script"
        if tag in ("iframe", "svg") and any("example.org" in (v or "") or k == "onload" for k, v in attrs):
            self.found.append(f"<{tag}>")
        self.found += [f"{tag} {name}=" for name, _ in attrs if name.startswith("on")]
        scripted = [name for name, v in attrs if (v or "").strip().lower().startswith("javascript:")]
        self.found += [f"{tag} {name}=javascript" for name in scripted]

    def handle_data(self, data: str) -> None:
        if self.in_script and "alert(" in data:
            self.found.append("script with alert(")


def test_no_payload_survives_as_markup(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        parser = Markup()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], f"{page}: {parser.found}"
    overview = (site / "schemes/hostile/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in overview and "<strong>Bold</strong>" in overview


def test_no_payload_runs_in_a_browser(browser: Browser, site: Path) -> None:
    events: list[str] = []
    with served(site) as base:
        page = browser.new_page()
        page.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("console", lambda m: events.append(f"console: {m.text}") if "alert" in m.text else None)
        page.on("request", lambda r: None if r.url.startswith(base) else events.append(f"request: {r.url}"))
        for path in (
            "",
            "schemes/hostile/",
            "schemes/hostile/faq/",
            "schemes/hostile/mentor/",
            "schemes/hostile/sign-up/",
            "schemes/hostile/evaluation/",
            "schemes/hostile/support/",
            "schemes/hostile/timeline/",
        ):
            page.goto(base + path)
            if path == "schemes/hostile/":
                assert HOSTILE in page.inner_text("article"), "the text is shown as written"
            if path == "schemes/hostile/evaluation/":
                assert CSV_TEXT in page.inner_text("article"), "the CSV text is shown as written"
            for element in page.query_selector_all("article img, article p, article text"):
                for event in ("click", "mouseover", "error"):
                    element.dispatch_event(event)
    assert events == []
