"""A role's printable handbook, printed to PDF by Chromium, keeps the confidentiality guidance of a scheme that
gives it, and no navigation."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from tests.sites import served

pytestmark = pytest.mark.browser


def test_printed_handbook_holds_the_confidentiality_guidance(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page = browser.new_page()
        page.goto(base + "schemes/leeds-law-international/mentor/print/")
        pdf = page.pdf(format="A4", print_background=False)
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Confidentiality and respect" in text
    assert "Gibbs" in text and "Belonging and community" in text
    assert "Skip to content" not in text and "Table of contents" not in text


def test_each_role_page_links_to_its_printable_version(site: Path) -> None:
    html = (site / "schemes/leeds-law-international/mentor/index.html").read_text(encoding="utf-8")
    assert 'href="print/"' in html and "Print or save this handbook as a PDF" in html
