"""The institution's colours as a stylesheet, and the contrast warnings they raise."""

from __future__ import annotations

from schemebook.contrast import contrast_problem
from schemebook.render import Output
from schemebook.settings import Brand

BRAND_URI = "assets/schemebook/brand.css"


def brand_css(brand: Brand) -> Output | None:
    """CSS variables for Material that set the brand colours, or None when none are set."""
    lines = []
    if brand.primary:
        lines += [f"  --md-primary-fg-color: {brand.primary};", f"  --md-primary-fg-color--dark: {brand.primary};"]
        lines += [f"  --md-accent-fg-color: {brand.primary};"]
    if brand.link:
        lines += [f"  --md-typeset-a-color: {brand.link};"]
    # body[...] outranks Material's named palettes ([data-md-color-primary=indigo]), so the colours show whichever
    # palette the site names; with `primary: custom` Material sets none of its own.
    css = ":root,\nbody[data-md-color-primary] {\n" + "\n".join(lines) + "\n}\n"
    return Output(BRAND_URI, css.encode(), in_nav=False) if lines else None


def brand_warnings(brand: Brand) -> list[str]:
    """A warning with the ratio and a passing shade for each brand colour that is too light for text."""
    checks = [
        ("brand.primary (behind white header text)", brand.primary),
        ("brand.link (on the white page)", brand.link),
    ]
    return [problem for name, colour in checks if colour and (problem := contrast_problem(name, colour.lower()))]
