"""Colour contrast by WCAG 2.2: brand colours checked at build time, with a passing alternative."""

from __future__ import annotations

AA_TEXT = 4.5
WHITE = "#ffffff"
SLATE = "#1e2129"  # the page of Material's dark palette, `slate`


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of a #rrggbb colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def passing_shade(colour: str, against: str = WHITE, target: float = AA_TEXT) -> str:
    """The nearest shade of `colour` reaching `target` against `against`: darker on light, lighter on dark."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    toward = 0 if luminance(against) > luminance(colour) else 255
    shade = colour
    for step in range(101):
        mix = step / 100
        shade = "#" + "".join(f"{round(c + (toward - c) * mix):02x}" for c in (r, g, b))
        if ratio(shade, against) >= target:
            break
    return shade


def contrast_problem(name: str, colour: str, against: str = WHITE) -> str | None:
    """A warning when `colour` and `against` (text and background) fall short of WCAG AA for text."""
    found = ratio(colour, against)
    if found >= AA_TEXT:
        return None
    better = passing_shade(colour, against)
    return (
        f"{name} {colour} against {against} has a contrast of {found:.2f}:1; WCAG 2.2 AA needs {AA_TEXT}:1 for "
        f"text. {better} passes ({ratio(better, against):.2f}:1)"
    )
