"""Static files shipped in the package and published with every site."""

from __future__ import annotations

from importlib.resources import files

from schemebook.render import Output

SCRIPTS = ("signup.js", "tables.js")
"""The site's own page scripts: sign-up states against the reader's clock; wide tables reachable by keyboard."""
SCRIPT_URIS = tuple(f"assets/schemebook/{name}" for name in SCRIPTS)


def script_outputs() -> list[Output]:
    """The page scripts, published with every site."""
    folder = files("schemebook").joinpath("assets")
    return [
        Output(uri, folder.joinpath(name).read_bytes(), in_nav=False)
        for name, uri in zip(SCRIPTS, SCRIPT_URIS, strict=True)
    ]
