"""The institution's colours as a stylesheet, and the contrast warnings they raise."""

from __future__ import annotations

from schemebook.model.settings import Brand
from schemebook.render import Output
from schemebook.render.contrast import SLATE, WHITE, contrast_problem, passing_shade

BRAND_URI = "assets/schemebook/brand.css"


def dark_link(brand: Brand) -> str | None:
    """The link colour on the dark palette: `link_dark`, or a shade of `link` that passes there."""
    return brand.link_dark or (brand.link and passing_shade(brand.link.lower(), SLATE))


def brand_css(brand: Brand) -> Output | None:
    """CSS variables for Material that set the brand colours, or None when none are set."""
    lines = []
    if brand.primary:
        lines += [f"  --md-primary-fg-color: {brand.primary};", f"  --md-primary-fg-color--dark: {brand.primary};"]
        lines += [f"  --md-accent-fg-color: {brand.primary};"]
    if brand.link:
        lines += [f"  --md-typeset-a-color: {brand.link};"]
    if not lines and not brand.link_dark:
        return None
    # body[...] outranks Material's named palettes ([data-md-color-primary=indigo]), so the colours show whichever
    # palette the site names; with `primary: custom` Material sets none of its own.
    css = ":root,\nbody[data-md-color-primary] {\n" + "\n".join(lines) + "\n}\n" if lines else ""
    # On the dark palette links, and hovered or focused links and buttons, take the light link colour; the
    # selector outranks Material's dark named palettes ([data-md-color-scheme=slate][data-md-color-primary=indigo]).
    dark = [f"  --md-typeset-a-color: {link};"] if (link := dark_link(brand)) else []
    dark += [
        "  --md-accent-fg-color: var(--md-typeset-a-color);",
        "  --md-accent-bg-color: var(--md-default-bg-color);",
    ]
    css += 'body[data-md-color-scheme="slate"][data-md-color-primary] {\n' + "\n".join(dark) + "\n}\n"
    return Output(BRAND_URI, css.encode(), in_nav=False)


def brand_warnings(brand: Brand) -> list[str]:
    """A warning with the ratio and a passing shade for each brand colour too faint on the page behind it."""
    checks = [
        ("brand.primary (behind white header text)", brand.primary, WHITE),
        ("brand.link (on the white page)", brand.link, WHITE),
        ("brand.link_dark (on the dark palette's page)", brand.link_dark, SLATE),
    ]
    return [
        problem
        for name, colour, against in checks
        if colour and (problem := contrast_problem(name, colour.lower(), against))
    ]
