"""Links inside scheme text: https: and mailto: only, refused where they stand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "http://example.org",
        "vbscript:x",
        "file:///etc/passwd",
    ],
)
def test_unsafe_links_are_refused(write_scheme: Callable[..., Path], target: str) -> None:
    text = MINIMAL + f"purpose: |\n  Read [the details]({target}) first.\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is None
    assert str(problems[0]).startswith("schemes/x.yml:20:10: error: the link `")


def test_reference_links_are_checked_too(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "purpose: |\n  Read [the details][d].\n\n  [d]: javascript:alert(1)\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is None and "the link `javascript:alert(1)` is not allowed" in str(problems[0])


def test_https_mailto_and_sections_are_fine(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "purpose: See [the guide](https://example.org/g), [email us](mailto:a@b.org) or [below](#faq).\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is not None, problems
