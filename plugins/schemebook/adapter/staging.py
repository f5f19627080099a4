"""A build written beside the published site and swapped in whole, one build of a site at a time."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from schemebook.adapter.publish import BuildLock, PublishError, Target, discard, swap_in, target_for

log = get_plugin_logger(__name__)


class Staging:
    """Where a build writes, and the lock that keeps a second build of the same site waiting."""

    def __init__(self) -> None:
        self.target: Target | None = None
        self.lock = BuildLock(Path("site"))

    def begin(self, config: MkDocsConfig) -> None:
        """Point the build at a folder beside the published site, once no other build of it is running."""
        site_dir = Path(config.site_dir)
        self.lock = BuildLock(site_dir)
        try:
            self.lock.acquire(on_wait=lambda: log.info("another build of %s is running; waiting for it", site_dir))
            self.target = target_for(site_dir)
        except PublishError as exc:
            self.lock.release()
            raise PluginError(f"schemebook: {exc}") from None
        config.site_dir = str(self.target.staging)

    def end(self, config: MkDocsConfig, *, publish: bool) -> None:
        """Swap the finished build in, or throw it away; either way let the next build start."""
        if self.target is None:
            return
        target, self.target = self.target, None
        config.site_dir = str(target.site)
        try:
            if publish:
                swap_in(target)
                log.info("The site is in %s", target.site)
            else:
                discard(target.staging)
        except PublishError as exc:
            raise PluginError(f"schemebook: {exc}") from None
        finally:
            self.lock.release()

    def abandon(self) -> None:
        """After a failed build: throw its folder away and leave the published site as it was."""
        if self.target is not None:
            discard(self.target.staging)
            self.target = None
        self.lock.release()
