"""Every written page gets the content policy and the safety scan; a page that fails the scan fails the build."""

from __future__ import annotations

import hashlib

from mkdocs.exceptions import PluginError

from schemebook.render.ahead import Ahead, AheadError
from schemebook.render.page_policy import PageScanner, with_policy


class PageGuard:
    """Adds the policy to each page and keeps what the scan found, for the end of the build."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.policy = True
        self.scanner = PageScanner(outside_allowed=False)
        self._scanned: dict[bytes, list[str]] = {}
        self._before: dict[bytes, list[str]] = {}
        self._serving = False
        self._ahead: Ahead | None = None

    def start(self, *, outside_allowed: bool, serving: bool) -> None:
        """A new build: the policy is left out where the site loads from elsewhere or a preview injects script."""
        self.found, self._before, self._scanned = [], self._scanned, {}  # what the build before drew, only
        if self.scanner.outside_allowed != outside_allowed:
            self.scanner, self._before = PageScanner(outside_allowed=outside_allowed), {}
        self.policy = not (outside_allowed or serving)
        self._serving, self._ahead = serving, None

    def scan_in(self, ahead: Ahead) -> None:
        """Have the second process of this build scan the pages, once it has made them (`render/ahead.py`)."""
        self._ahead = ahead

    def page(self, html: str, name: str) -> str:
        """The finished page, scanned (or sent to be) and with its policy."""
        if self._ahead is not None:
            self._ahead.scan(name, html)
        else:
            self.found += [f"{name}: {part}" for part in self._scan(html)]
        return with_policy(html) if self.policy else html

    def _scan(self, html: str) -> list[str]:
        if not self._serving:
            return self.scanner.unsafe_parts(html)
        # A preview draws most pages as they were: each is scanned once, however many times it is drawn.
        key = hashlib.sha256(html.encode("utf-8", "surrogatepass")).digest()
        found = self._before.get(key)
        if found is None:
            found = self.scanner.unsafe_parts(html)
        self._scanned[key] = found
        return found

    def report(self) -> str | None:
        """What the scan found in the whole build, as one message, or None."""
        if self._ahead is not None:
            try:
                self.found += self._ahead.found()
            except AheadError as exc:
                raise PluginError(str(exc)) from None
            self._ahead = None
        if not self.found:
            return None
        shown = "\n".join(f"    {line}" for line in self.found[:50])
        more = f"\n    and {len(self.found) - 50} more" if len(self.found) > 50 else ""
        hint = "a scheme field or a template override let markup through: the site was not published"
        return f"schemebook: unsafe HTML in the built pages ({hint}):\n{shown}{more}"
