"""The last line of defence, read on its own: the content policy hashes the page's inline scripts, and the scan
finds handlers, script addresses and outside resources in finished HTML."""

from __future__ import annotations

import base64
import hashlib

import pytest

from schemebook.render.page_policy import PageScanner, unsafe_parts, with_policy

PAGE = '<html><head><meta charset="utf-8"><script>var a=1</script><script src="x.js"></script>'
PAGE += '<script id="__config" type="application/json">{"a": 1}</script></head><body>{}</body></html>'


def test_the_policy_comes_first_and_hashes_only_inline_scripts() -> None:
    html = with_policy(PAGE)
    digest = base64.b64encode(hashlib.sha256(b"var a=1").digest()).decode()
    assert html.startswith('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="')
    policy = html.split('content="', 1)[1].split('"', 1)[0]
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert policy.count("sha256-") == 1
    assert "object-src 'none'" in policy and "img-src 'self' data:;" in policy


UNSAFE = {
    "a handler": ('<p onmouseover="x()">a</p>', "the event handler attribute `onmouseover` on <p>"),
    "a handler after a closed attribute": (
        '<span aria-label="t <a href="y/autofocus/onfocus=alert(1)//">',
        "`onfocus`",
    ),
    "a script link": ('<a href="java&#115;cript:alert(1)">x</a>', "a javascript: address in `href` on <a>"),
    "a script link with a tab": ('<a href="java\tscript:alert(1)">x</a>', "a javascript: address"),
    "a data link": ('<a href="data:text/html,x">x</a>', "a data: address in `href`"),
    "an outside image": ('<img src="https://elsewhere.org/p.gif">', "loads `https://elsewhere.org/p.gif`"),
    "an image through a backslash": ('<img src="/\\elsewhere.org/p.gif">', "from another website"),
    "an image without a scheme": ('<img src="//elsewhere.org/p.gif">', "from another website"),
    "an outside srcset": ('<img src="a.png" srcset="a.png 1x, https://e.org/b.png 2x">', "`srcset` on <img>"),
    "an outside stylesheet": ('<link rel="stylesheet" href="https://e.org/s.css">', "`href` on <link>"),
    "an outside script": ('<script src="https://e.org/s.js"></script>', "`src` on <script>"),
    "a frame": ('<iframe src="a.html"></iframe>', "a <iframe> element"),
    "a base": ('<base href="https://e.org/">', "a <base> element"),
}


def _scanned(html: str) -> list[str]:
    """What the build's scanner finds, checked against the full scan of the same page."""
    found = PageScanner(outside_allowed=False).unsafe_parts(html)
    assert found == unsafe_parts(html)
    return found


@pytest.mark.parametrize(("html", "words"), UNSAFE.values(), ids=UNSAFE.keys())
def test_the_scan_finds(html: str, words: str) -> None:
    found = _scanned(PAGE.replace("{}", html))
    assert any(words in f for f in found), found


def test_the_scan_passes_links_out_and_own_resources() -> None:
    html = '<a href="https://elsewhere.org/">x</a><img src="../a.png"><link rel="canonical" href="https://e.org/">'
    assert _scanned(PAGE.replace("{}", html)) == []


@pytest.mark.parametrize("hidden", ["<!-- {} -->", "<script>var t = '{}';</script>", "<textarea>{}</textarea>"])
def test_the_quick_pass_reads_tags_wherever_they_are_and_reports_what_the_full_scan_says(hidden: str) -> None:
    html = PAGE.replace("{}", hidden.format('<img src="x" onerror="y()">'))
    scanner = PageScanner(outside_allowed=False)
    assert scanner.unsafe_parts(html) == unsafe_parts(html)
    assert scanner.unsafe_parts(html.replace("onerror", "title")) == []


def test_a_tag_seen_on_one_page_is_judged_the_same_on_the_next() -> None:
    scanner = PageScanner(outside_allowed=False)
    page = PAGE.replace("{}", '<p class="a">x</p>')
    assert scanner.unsafe_parts(page) == []
    unsafe = PAGE.replace("{}", '<p class="a">x</p><p onclick="y()">z</p>')
    assert scanner.unsafe_parts(unsafe) == ["the event handler attribute `onclick` on <p>"]


def test_outside_resources_the_site_declares_are_left_to_its_privacy_notice() -> None:
    assert unsafe_parts('<img src="https://e.org/p.gif">', outside_allowed=True) == []
    assert unsafe_parts('<img src="x" onerror="y">', outside_allowed=True) != []
