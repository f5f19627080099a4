"""Brand colours are checked for contrast at build time, with the ratio and a shade that passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemebook.render.contrast import SLATE, contrast_problem, passing_shade, ratio


def test_ratios_follow_wcag() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_a_light_colour_gets_a_passing_darker_shade() -> None:
    better = passing_shade("#ffcc00")
    assert ratio(better, "#ffffff") >= 4.5 and better != "#ffcc00"
    message = contrast_problem("brand.primary", "#ffcc00")
    assert message is not None and "1.51:1" in message and f"{better} passes" in message
    assert contrast_problem("brand.primary", "#283593") is None


def test_a_dark_colour_gets_a_passing_lighter_shade_on_the_dark_page() -> None:
    better = passing_shade("#283593", SLATE)
    assert ratio(better, SLATE) >= 4.5 and ratio("#283593", SLATE) < 4.5
    assert sum(int(better[i : i + 2], 16) for i in (1, 3, 5)) > sum((0x28, 0x35, 0x93))


def build(config: Path, brand: str) -> subprocess.CompletedProcess[str]:
    text = config.read_text(encoding="utf-8").replace("  - schemebook\n", f"  - schemebook:\n      brand: {brand}\n")
    config.write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_build_warns_about_a_light_brand_colour(small_site: Path) -> None:
    result = build(small_site, "{primary: '#ffcc00'}")
    assert result.returncode == 0
    assert "brand.primary (behind white header text) #ffcc00 against #ffffff has a contrast of 1.51:1" in result.stderr


def test_brand_colours_reach_the_pages(small_site: Path) -> None:
    result = build(small_site, "{primary: '#1d3f6e', link: '#1d3f6e'}")
    assert result.returncode == 0 and "contrast" not in result.stderr
    site = small_site.parent / "site"
    assert "--md-primary-fg-color: #1d3f6e;" in (site / "assets/schemebook/brand.css").read_text(encoding="utf-8")
    assert "assets/schemebook/brand.css" in (site / "index.html").read_text(encoding="utf-8")
