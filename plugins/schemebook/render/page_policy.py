"""A finished page's last defences: a Content-Security-Policy that names the theme's own inline scripts, so no other
script runs, and a scan that fails the build if script or an outside resource reached the HTML."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser, locatestarttagend_tolerant

from schemebook.escaping import normalised, stays_inside

_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_DATA_BLOCK = re.compile(r"""\btype\s*=\s*["']?application/json""", re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
"""Scripts only from the site and the theme's own inline scripts; images from the site (and the theme's CSS icons,
written as data: addresses); no plugins; nothing else from anywhere else."""

# Where a tag loads something when the page opens; links (a href) only go somewhere when followed.
_LOADS = {"src", "srcset", "poster", "data", "background", "formaction", "action"}
_LOADING_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"}
_NEVER = {"iframe", "object", "embed", "frame", "frameset", "applet", "base"}
_SCRIPT_SCHEMES = {"javascript", "data", "vbscript"}
_ADDRESSES = _LOADS | {"href", "xlink:href"}
_TAG_OPENS = re.compile(r"<[a-zA-Z]")
_REMEMBERED = 200_000


def _digest(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def with_policy(html: str) -> str:
    """The page with a Content-Security-Policy meta tag first in its head, hashing each inline script it holds."""
    hashes = sorted(
        {
            _digest(m["body"])
            for m in _SCRIPT.finditer(html)
            if "src" not in m["attrs"] and not _DATA_BLOCK.search(m["attrs"])
        }
    )
    tag = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(hashes=" ".join(hashes)).strip()}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html
    return html[: anchor.end()] + tag + html[anchor.end() :]


class _Scan(HTMLParser):
    """Every handler attribute, script address and outside resource in a page, as words a maintainer can act on."""

    def __init__(self, outside_allowed: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.outside_allowed, self.found = outside_allowed, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in _NEVER:
            self.found.append(f"a <{tag}> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(f"the event handler attribute `{name}` on <{tag}>")
            elif name in _ADDRESSES and normalised(value).scheme.lower() in _SCRIPT_SCHEMES:
                self.found.append(f"a {normalised(value).scheme.lower()}: address in `{name}` on <{tag}>")
            elif not self.outside_allowed and self._loads_from_outside(tag, name, value, values):
                self.found.append(f"`{name}` on <{tag}> loads `{value[:80]}` from another website")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    @staticmethod
    def _loads_from_outside(tag: str, name: str, value: str, values: dict[str, str | None]) -> bool:
        if name == "srcset":
            return not all(stays_inside(part.split()[0]) for part in value.split(",") if part.strip())
        if tag == "link" and name == "href":
            return bool(_LOADING_LINKS & set((values.get("rel") or "").lower().split())) and not stays_inside(value)
        return name in _LOADS and bool(value) and not stays_inside(value)


def unsafe_parts(html: str, *, outside_allowed: bool = False) -> list[str]:
    """What in a finished page could run script or, unless the site's settings allow it, load from elsewhere."""
    scan = _Scan(outside_allowed)
    scan.feed(html)
    scan.close()
    return scan.found


class PageScanner:
    """`unsafe_parts` for the many pages of one build, at a tenth of the cost.

    Pages share most of their tags (the theme's header, navigation and icons), so each distinct tag is read once.
    The quick pass reads every `<` followed by a letter as a start tag, with the same pattern and parser the full
    scan uses, inside scripts and comments too: it finds everything the full scan finds, and more. Only a page
    where it finds something is scanned in full, so what is reported is what the full scan says.
    """

    def __init__(self, *, outside_allowed: bool) -> None:
        self.outside_allowed = outside_allowed
        self._scan = _Scan(outside_allowed)
        self._seen: dict[str, bool] = {}

    def _suspect(self, tag: str) -> bool:
        if (suspect := self._seen.get(tag)) is None:
            if len(self._seen) >= _REMEMBERED:  # a long preview session: start again rather than grow
                self._seen.clear()
            self._scan.reset()
            self._scan.found = []
            self._scan.feed(tag)
            self._scan.close()
            suspect = self._seen[tag] = bool(self._scan.found)
        return suspect

    def unsafe_parts(self, html: str) -> list[str]:
        """What `unsafe_parts` finds in the page."""
        for opened in _TAG_OPENS.finditer(html):
            start = opened.start()
            end = locatestarttagend_tolerant.match(html, start).end()  # type: ignore[union-attr]
            if self._suspect(html[start : end + 2]):  # the tag with its closing `>` or `/>`
                return unsafe_parts(html, outside_allowed=self.outside_allowed)
        return []
