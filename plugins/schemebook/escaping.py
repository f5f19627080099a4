"""Escaping by context, in one place: one function for text in a page, one for web addresses.

Every template writes Markdown that Python-Markdown reads, raw HTML included (link syntax inside an attribute is
still a link), so text is made inert for both at once: each ASCII punctuation character becomes a numeric character
reference, which no Markdown rule or extension reads and which HTML shows as the character, in text and in a quoted
attribute alike. Addresses are parsed with urllib, normalised as a browser would, then held to an allow-list.
"""

from __future__ import annotations

import ipaddress
import re
import string
import unicodedata
from urllib.parse import SplitResult, quote, urlsplit

_INERT = str.maketrans({c: f"&#{ord(c)};" for c in string.punctuation})
# Tabs and line breaks, which browsers drop from anywhere in an address before reading it (WHATWG URL standard).
_BROWSER_DROPS = re.compile(r"[\t\n\r]")
_EDGE = "".join(chr(c) for c in range(0x21)) + "\x7f"
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_RFC3986 = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def inert(value: str) -> str:
    """Text exactly as given, HTML-escaped and inert to Markdown: safe as page text and as a quoted attribute."""
    return value.translate(_INERT)


def text(value: object) -> str:
    """Plain text as one line for a page, made inert (see `inert`)."""
    return inert(" ".join(str(value).split()))


def invisible(value: str) -> str | None:
    """The first character of `value` a reader cannot see (a control, format or separator character), named."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
            return f"U+{ord(char):04X}"
    return None


def normalised(value: str) -> SplitResult:
    """An address split as a browser reads it: tabs and line breaks dropped, ends trimmed, `\\` read as `/`."""
    return urlsplit(_BROWSER_DROPS.sub("", value).strip(_EDGE).replace("\\", "/"))


def stays_inside(value: str) -> bool:
    """True when the address is relative to the site, so following or loading it sends no request elsewhere."""
    parts = normalised(value)
    return not invisible(value.strip(_EDGE)) and not parts.scheme and not parts.netloc and parts.path[:2] != "//"


def link_allowed(value: str) -> bool:
    """An https: or mailto: address, a #section, or an address inside the site."""
    parts = normalised(value)
    if invisible(value.strip(_EDGE)):
        return False  # a space or hidden character inside an address is never meant, and hides its real form
    if parts.scheme.lower() == "https":
        return bool(parts.hostname)
    return parts.scheme.lower() == "mailto" or stays_inside(value)


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def as_uri(value: str) -> str:
    """An address with letters beyond ASCII, as a browser's address bar shows it ("…/reverse-mentoring-öffnet",
    "https://bücher.de/"), written as a web address holds them: the host in its IDNA form, the rest percent-encoded
    as UTF-8. Any other address, or one with a hidden character, is returned as given, for the checks to judge."""
    value = value.strip()
    if value.isascii() or invisible(value):
        return value
    parts = urlsplit(value)
    host = parts.hostname or ""
    try:
        # `hostname` is lower-cased, so it is found in the lower-cased `netloc` (host names ignore case)
        netloc = (
            parts.netloc.lower().replace(host, host.encode("idna").decode("ascii"), 1) if not host.isascii() else None
        )
    except UnicodeError:
        return value
    encoded = parts._replace(netloc=netloc) if netloc else parts
    return _BEYOND_ASCII.sub(lambda m: quote(m[0]), encoded.geturl())


def web_address_problem(value: str, *, plain_http: bool = False) -> str | None:
    """Why `value` cannot be a published https:// address (or, with `plain_http`, an http:// one), or None."""
    lowered = value.strip().lower()
    if lowered.startswith(("javascript:", "data:", "vbscript:", "file:")):
        return "links of this kind are not allowed; use an https:// address"
    if lowered.startswith("http://") and plain_http:
        value = "https://" + value.strip()[len("http://") :]  # then held to every other rule of an address
    elif lowered.startswith("http://"):
        return "plain http:// links are refused; use the https:// address"
    if " " in value:
        return "a web address has no spaces; expected a web address like https://forms.office.com/r/AbC123"
    hidden = invisible(value)
    if hidden:
        return f"the address holds an invisible character ({hidden}); type the address again without it"
    if not _RFC3986.match(value) or _PERCENT.search(value):
        return "the address holds characters a web address cannot; copy it again from the browser's address bar"
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or parts.username is not None:
        return "expected a web address like https://forms.office.com/r/AbC123"
    if (numbered := _ip(parts.hostname)) is not None:
        return None if numbered.is_global else "the address is on a private or local network; use a public address"
    labels = parts.hostname.removesuffix(".").split(".")  # "issuu.com." names the same host, as browsers read it
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels) or not labels[-1].isalpha():
        return "expected a web address like https://forms.office.com/r/AbC123, with a full host name"
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or parts.netloc.endswith(":"):
        return "the port after `:` must be a number from 1 to 65535; most addresses need none"
    return None


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The host as an IP address ("140.112.8.116", "[2001:db8::1]" without brackets), or None for a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def link_target(value: str) -> str:
    """An allowed address as a Markdown link target: brackets, quotes and spaces percent-encoded."""
    return quote(value, safe=":/?#@!$&*+,;=%~")
