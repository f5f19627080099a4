"""Static files shipped in the package and published with every site."""

from __future__ import annotations

from importlib.resources import files

from schemebook.render import Output

SCRIPT_URI = "assets/schemebook/signup.js"


def script_output() -> Output:
    """The page script that re-checks sign-up states against the reader's clock."""
    return Output(SCRIPT_URI, files("schemebook").joinpath("assets/signup.js").read_bytes(), in_nav=False)
