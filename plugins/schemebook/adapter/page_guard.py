"""Every written page gets the content policy and the safety scan; a page that fails the scan fails the build."""

from __future__ import annotations

from schemebook.render.page_policy import PageScanner, with_policy


class PageGuard:
    """Adds the policy to each page and keeps what the scan found, for the end of the build."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.policy = True
        self.scanner = PageScanner(outside_allowed=False)

    def start(self, *, outside_allowed: bool, serving: bool) -> None:
        """A new build: the policy is left out where the site loads from elsewhere or a preview injects script."""
        self.found = []
        if self.scanner.outside_allowed != outside_allowed:
            self.scanner = PageScanner(outside_allowed=outside_allowed)
        self.policy = not (outside_allowed or serving)

    def page(self, html: str, name: str) -> str:
        """The finished page, scanned and with its policy."""
        self.found += [f"{name}: {part}" for part in self.scanner.unsafe_parts(html)]
        return with_policy(html) if self.policy else html

    def report(self) -> str | None:
        """What the scan found in the whole build, as one message, or None."""
        if not self.found:
            return None
        shown = "\n".join(f"    {line}" for line in self.found[:50])
        more = f"\n    and {len(self.found) - 50} more" if len(self.found) > 50 else ""
        hint = "a scheme field or a template override let markup through: the site was not published"
        return f"schemebook: unsafe HTML in the built pages ({hint}):\n{shown}{more}"
