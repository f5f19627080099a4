"""Static files shipped in the package and published with every site."""

from __future__ import annotations

from importlib.resources import files

from schemebook.render import Output

STYLES = ("schemebook.css",)
"""The site's own stylesheet: focus, contrast, sign-up blocks, print."""
SCRIPTS = ("signup.js", "tables.js", "keyboard.js")
"""The site's own page scripts: sign-up states against the reader's clock; wide tables reachable by keyboard;
the menu and search buttons and the closed drawer out of the tab order."""
STYLE_URIS = tuple(f"assets/schemebook/{name}" for name in STYLES)
SCRIPT_URIS = tuple(f"assets/schemebook/{name}" for name in SCRIPTS)


def static_outputs() -> list[Output]:
    """The stylesheet and page scripts, published with every site."""
    folder = files("schemebook").joinpath("assets")
    names = (*STYLES, *SCRIPTS)
    return [
        Output(uri, folder.joinpath(name).read_bytes(), in_nav=False)
        for name, uri in zip(names, (*STYLE_URIS, *SCRIPT_URIS), strict=True)
    ]
