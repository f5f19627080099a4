"""What the host site's settings make a reader's browser fetch from other websites, for a true privacy notice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from schemebook.read.errors import Level, SchemeError

PRIVACY_PLUGINS = {"privacy", "material/privacy"}
"""Material's privacy plugin downloads fonts and outside assets at build time, so the pages load them locally."""
QUIET_PLUGINS = {
    "search",
    "material/search",
    "schemebook",
    "tags",
    "material/tags",
    "blog",
    "material/blog",
    "offline",
    "material/offline",
    "meta",
    "material/meta",
    "redirects",
    "i18n",
    *PRIVACY_PLUGINS,
}
"""Plugins known to add nothing a reader's browser fetches from another website."""
ANALYTICS = {"google": "Google Analytics (www.googletagmanager.com and www.google-analytics.com)"}


@dataclass(frozen=True)
class OutsideRequest:
    """One kind of thing the pages load from another website, and the setting that causes it."""

    what: str
    """What is fetched and from whom, as the privacy notice says it."""
    setting: str
    """The setting that causes it, e.g. `theme.font`."""
    removable: bool = False
    """Whether schemebook can switch it off without changing anything else (only the fonts)."""
    tracks: bool = False
    """Whether the service records what the reader does (analytics)."""


def _fonts(theme: Mapping[str, Any], plugins: set[str]) -> list[OutsideRequest]:
    font = theme.get("font", {})
    if theme.get("name") != "material" or font is False or plugins & PRIVACY_PLUGINS:
        return []
    font = font if isinstance(font, Mapping) else {}
    names = f"{font.get('text') or 'Roboto'} and {font.get('code') or 'Roboto Mono'}"
    what = f"the fonts {names} from Google Fonts (fonts.googleapis.com and fonts.gstatic.com)"
    return [OutsideRequest(what, "theme.font", removable=True)]


def _analytics(extra: Mapping[str, Any]) -> list[OutsideRequest]:
    analytics = extra.get("analytics")
    if not isinstance(analytics, Mapping) or not analytics.get("provider"):
        return []
    provider = str(analytics["provider"])
    who = ANALYTICS.get(provider, f"the analytics service `{provider}`")
    return [OutsideRequest(f"a script from {who}, which records which pages you visit", "extra.analytics", tracks=True)]


def _repository(theme: Mapping[str, Any], repo_url: str) -> list[OutsideRequest]:
    host = urlsplit(repo_url).hostname or ""
    if theme.get("name") != "material" or not host:
        return []
    if host == "github.com":
        return [OutsideRequest("the repository's number of stars and forks from GitHub (api.github.com)", "repo_url")]
    if "gitlab" in host:
        return [OutsideRequest(f"the repository's number of stars and forks from {host}", "repo_url")]
    return []


def _assets(kind: str, setting: str, paths: Iterable[Any], plugins: set[str]) -> list[OutsideRequest]:
    if plugins & PRIVACY_PLUGINS:
        return []
    found = []
    for path in paths:
        parts = urlsplit(str(getattr(path, "path", path)))
        if parts.hostname:
            found.append(OutsideRequest(f"{kind} from {parts.hostname}", setting))
    return found


def outside_requests(settings: Mapping[str, Any]) -> list[OutsideRequest]:
    """What the settings (theme, extra, repo_url, extra_css, extra_javascript, plugin names) make pages fetch."""
    theme, plugins = settings.get("theme") or {}, set(settings.get("plugins") or ())
    return [
        *_fonts(theme, plugins),
        *_analytics(settings.get("extra") or {}),
        *_repository(theme, str(settings.get("repo_url") or "")),
        *_assets("a stylesheet", "extra_css", settings.get("extra_css") or (), plugins),
        *_assets("a script", "extra_javascript", settings.get("extra_javascript") or (), plugins),
    ]


def unchecked_plugins(plugins: Iterable[str]) -> list[str]:
    """The site's plugins whose outside requests, if any, schemebook cannot know."""
    return sorted(set(plugins) - QUIET_PLUGINS)


def policy_problems(requests: list[OutsideRequest], policy: str | None, where: str) -> list[SchemeError]:
    """Under `remove`, an error for each request schemebook cannot switch off; unless `list`, a warning for each."""
    problems = []
    for request in requests:
        if policy == "remove" and not request.removable:
            message = f"`{request.setting}` makes the pages load {request.what}, and `outside_requests` is `remove`"
            hint = f"remove `{request.setting}`, or set `privacy: outside_requests: list` to publish it in the notice"
            problems.append(SchemeError(where, 1, 1, message, hint))
        elif policy is None:
            message = f"`{request.setting}` makes the pages load {request.what}; the privacy notice says so"
            stop = "set `theme.font: false` or `privacy: outside_requests: remove`" if request.removable else ""
            keep = "or set `privacy: outside_requests: list` to keep it"
            hint = f"{stop or f'remove `{request.setting}`'} to stop it, {keep}"
            problems.append(SchemeError(where, 1, 1, message, hint, Level.WARNING))
    return problems
