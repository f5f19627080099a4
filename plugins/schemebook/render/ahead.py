"""Scheme pages made in a second process while the build reads those already made, where the system can fork.

A site's own work is mostly the text of its schemes' pages. Their addresses are known first, so the build can
list every page at once and go on converting the first pages while a forked copy of the process makes the rest,
in the order they are read. The copy has the same loaded schemes, templates and clock, so each page is the same
as if it were made here (`tests/adapter/test_later_files.py` builds a site both ways and compares them byte for
byte). Once it has made them, the copy scans each finished page the build sends it (`page_policy.PageScanner`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections import Counter
from multiprocessing.connection import Connection

from jinja2 import TemplateError

from schemebook.project.site import Site
from schemebook.read.errors import format_report
from schemebook.render import Output, limits
from schemebook.render.page_policy import PageScanner
from schemebook.render.templates import template_problem

_DONE = -1
_FOUND = -2


class AheadError(Exception):
    """Why a page could not be made in the second process, as a located message."""


def can_fork() -> bool:
    """True where a process can be forked safely: the system supports it and no other thread is running."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _make_all(site: Site, outputs: list[Output], send: Connection) -> bool:
    """Make each output in turn and send it; False after sending the first problem instead."""
    made: Counter[str] = Counter()
    output = None
    try:
        for index, output in enumerate(outputs):
            content = output.content
            if slug := limits.scheme_of(output.uri):
                made[slug] += limits.size(content)
                if problem := limits.too_big(site, slug, made[slug]):
                    send.send((_DONE, "schemebook: a scheme makes too much:\n" + format_report([problem])))
                    return False
            send.send((index, content))
        send.send((_DONE, None))
        return True
    except TemplateError as exc:
        send.send((_DONE, template_problem(exc)))
    except Exception as exc:  # the build must hear of any failure, or it would wait for ever
        where = output.uri if output else "the scheme pages"
        send.send((_DONE, f"schemebook: could not make {where}: {type(exc).__name__}: {exc}"))
    return False


def _second_process(
    site: Site, outputs: list[Output], send: Connection, pages: Connection, outside_allowed: bool
) -> None:
    """In the second process: make the outputs, then scan the finished pages until the build says it is done."""
    try:
        if _make_all(site, outputs, send):
            scanner, found = PageScanner(outside_allowed=outside_allowed), []
            while (page := pages.recv()) is not None:
                name, html = page
                found += [f"{name}: {part}" for part in scanner.unsafe_parts(html)]
            send.send((_FOUND, found))
    finally:
        send.close()
        pages.close()


class Ahead:
    """Outputs whose content a second process is making, each handed over when the build asks for it."""

    def __init__(self, site: Site, outputs: list[Output], *, outside_allowed: bool) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        pages, self._pages = context.Pipe(duplex=False)
        arguments = (site, outputs, send, pages, outside_allowed)
        self._process = context.Process(target=_second_process, args=arguments, daemon=True)
        self._process.start()
        send.close()
        pages.close()
        self._made: dict[int, str | bytes] = {}
        self._problem: str | None = None
        self._finished = False
        self._found: list[str] | None = None
        self._closed = False
        self._ready = threading.Condition()
        # The pipe is drained as results come, so the second process never waits for the build to read them.
        self._reader = threading.Thread(target=self._read, args=(receive,), daemon=True)
        self._reader.start()

    def _read(self, receive: Connection) -> None:
        try:
            while True:
                index, value = receive.recv()
                with self._ready:
                    if index == _FOUND:
                        self._found = value
                    elif index == _DONE:
                        self._problem, self._finished = value, True
                    else:
                        self._made[index] = value
                    self._ready.notify_all()
                if index == _FOUND or (index == _DONE and value is not None):
                    return
        except (EOFError, OSError):
            with self._ready:
                if not self._finished:
                    self._problem = "schemebook: the process making the scheme pages stopped before it finished"
                self._finished = True
        finally:
            receive.close()
            with self._ready:
                self._closed = True
                self._ready.notify_all()

    def content(self, index: int) -> str | bytes:
        """The content of the `index`th output, once made; an AheadError if it cannot be."""
        with self._ready:
            self._ready.wait_for(lambda: index in self._made or self._finished)
            if index in self._made:
                return self._made.pop(index)
            raise AheadError(self._problem or f"schemebook: no page number {index} was made")

    def scan(self, name: str, html: str) -> None:
        """Have the second process scan a finished page (see `page_policy.unsafe_parts`)."""
        with contextlib.suppress(OSError):  # it stopped: `found` says so
            self._pages.send((name, html))

    def found(self) -> list[str]:
        """What the scan found in every page sent, once the second process has read them all."""
        with contextlib.suppress(OSError):
            self._pages.send(None)
        with self._ready:
            self._ready.wait_for(lambda: self._found is not None or self._closed)
            if self._found is None:
                raise AheadError(self._problem or "schemebook: the scan of the finished pages stopped before the end")
            return self._found

    def close(self) -> None:
        """Stop the second process if it is still running, and wait for it."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
        self._reader.join(timeout=10)
        self._pages.close()
