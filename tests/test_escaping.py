"""Escaping by context: text stays text for Markdown and HTML at once, addresses are read as a browser reads them."""

from __future__ import annotations

import html

import markdown
import pytest

from schemebook.escaping import as_uri, link_allowed, stays_inside, text, web_address_problem

HOSTILE = [
    "Mentor training [x](y/autofocus/onfocus=alert(1)//)",
    "<img src=x onerror=alert(1)> {: onclick=alert(1) } *a* _b_ `c` ~~d~~ ==e== :smile:",
    "https://elsewhere.org/x <https://elsewhere.org/y> ![t](/\\elsewhere.net/p.gif)",
    "&#106;avascript:alert(1) &amp; \\[a\\]",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_text_is_inert_in_markdown_and_in_an_attribute(value: str) -> None:
    extensions = ["attr_list", "md_in_html", "tables", "pymdownx.magiclink", "pymdownx.mark", "pymdownx.tilde"]
    written = text(value)
    page = markdown.markdown(f'- {written} <a aria-label="{written}">x</a>', extensions=extensions)
    assert page.count("<a ") == 1 and "<img" not in page and "<em>" not in page and "<code>" not in page
    assert html.unescape(written) == value


ADDRESSES = {
    "https://forms.office.com/r/AbC123": None,
    "https://x.org/a_(b)?c=1&d=%20#e": None,
    "https://x.org:8443/": None,
    "https://x.org:0/": "port",
    "https://x.org:99999/": "port",
    "https://x.org:/": "port",
    "https://x.org/\u200b": "U+200B",
    "https://x.org/\u2028": "U+2028",
    "https://x.org/a b": "no spaces",
    "https://x.org/a{b}": "characters a web address cannot",
    "https://x.org\\@elsewhere.org/": "characters a web address cannot",
    "https://user@x.org/": "expected a web address",
    "https://localhost/": "full host name",
    "https://issuu.com./a": None,
    "https://issuu.com../a": "full host name",
    "https://localhost./": "full host name",
    "https://140.112.8.116/news/1": None,
    "https://[2606:4700::1111]/": None,
    "https://192.168.1.1/": "private or local network",
    "https://127.0.0.1/": "private or local network",
    "https://1.2.3/": "full host name",
    "https://x.org/%zz": "characters a web address cannot",
    "javascript:alert(1)": "not allowed",
    "http://x.org/": "plain http://",
}


@pytest.mark.parametrize(("value", "words"), ADDRESSES.items(), ids=ADDRESSES.keys())
def test_web_addresses(value: str, words: str | None) -> None:
    problem = web_address_problem(value)
    assert problem is None if words is None else words in (problem or ""), problem


@pytest.mark.parametrize(
    "value", ["//x.org/p.gif", "/\\x.org/p.gif", "\\\\x.org/p.gif", "/\t/x.org/p.gif", " //x.org", "https://x.org"]
)
def test_addresses_that_leave_the_site(value: str) -> None:
    assert not stays_inside(value)


@pytest.mark.parametrize("value", ["a.png", "../img/a.png", "/img/a.png", "#top", "/%5Cx.org/p.gif"])
def test_addresses_inside_the_site(value: str) -> None:
    assert stays_inside(value) and link_allowed(value)


@pytest.mark.parametrize("value", ["java\tscript:alert(1)", "JAVASCRIPT:x", " data:text/html,x", "vbscript:x"])
def test_script_links_are_refused(value: str) -> None:
    assert not link_allowed(value)


IRIS = {
    "https://x.at/reverse-mentoring-öffnet-türen/": "https://x.at/reverse-mentoring-%C3%B6ffnet-t%C3%BCren/",
    "https://bücher.de/a?q=ä#ö": "https://xn--bcher-kva.de/a?q=%C3%A4#%C3%B6",
    "https://Bücher.de/a": "https://xn--bcher-kva.de/a",  # a capital in the host, which host names ignore
    "https://x.org/plain": "https://x.org/plain",
    "https://x.org/ö\u200b": "https://x.org/ö\u200b",  # a hidden character is left for the check to refuse
}


@pytest.mark.parametrize(("value", "uri"), IRIS.items(), ids=IRIS.keys())
def test_letters_beyond_ascii_are_written_as_a_web_address_holds_them(value: str, uri: str) -> None:
    assert as_uri(value) == uri
    assert (web_address_problem(as_uri(value)) is None) == ("\u200b" not in value)
