"""Scheme pages made in a second process while the build reads those already made, where the system can fork.

A site's own work is mostly the text of its schemes' pages. Their addresses are known first, so the build can
list every page at once and go on converting the first pages while a forked copy of the process makes the rest,
in the order they are read. The copy has the same loaded schemes, templates and clock, so each page is the same
as if it were made here; `tests/adapter/test_ahead.py` builds a site both ways and compares them byte for byte.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from multiprocessing.connection import Connection

from jinja2 import TemplateError

from schemebook.project.site import Site
from schemebook.read.errors import format_report
from schemebook.render import Output, limits
from schemebook.render.templates import template_problem

_DONE = -1


class AheadError(Exception):
    """Why a page could not be made in the second process, as a located message."""


def can_fork() -> bool:
    """True where a process can be forked safely: the system supports it and no other thread is running."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _make_all(site: Site, outputs: list[Output], send: Connection) -> None:
    """In the second process: make each output in turn and send it, stopping at the first problem."""
    made: Counter[str] = Counter()
    output = None
    try:
        for index, output in enumerate(outputs):
            content = output.content
            if slug := limits.scheme_of(output.uri):
                made[slug] += limits.size(content)
                if problem := limits.too_big(site, slug, made[slug]):
                    send.send((_DONE, "schemebook: a scheme makes too much:\n" + format_report([problem])))
                    return
            send.send((index, content))
        send.send((_DONE, None))
    except TemplateError as exc:
        send.send((_DONE, template_problem(exc)))
    except Exception as exc:  # the build must hear of any failure, or it would wait for ever
        where = output.uri if output else "the scheme pages"
        send.send((_DONE, f"schemebook: could not make {where}: {type(exc).__name__}: {exc}"))
    finally:
        send.close()


class Ahead:
    """Outputs whose content a second process is making, each handed over when the build asks for it."""

    def __init__(self, site: Site, outputs: list[Output]) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_make_all, args=(site, outputs, send), daemon=True)
        self._process.start()
        send.close()
        self._made: dict[int, str | bytes] = {}
        self._problem: str | None = None
        self._finished = False
        self._ready = threading.Condition()
        # The pipe is drained as results come, so the second process never waits for the build to read them.
        self._reader = threading.Thread(target=self._read, args=(receive,), daemon=True)
        self._reader.start()

    def _read(self, receive: Connection) -> None:
        try:
            while True:
                index, value = receive.recv()
                with self._ready:
                    if index == _DONE:
                        self._problem, self._finished = value, True
                    else:
                        self._made[index] = value
                    self._ready.notify_all()
                if index == _DONE:
                    return
        except (EOFError, OSError):
            with self._ready:
                if not self._finished:
                    self._problem = "schemebook: the process making the scheme pages stopped before it finished"
                self._finished = True
                self._ready.notify_all()
        finally:
            receive.close()

    def content(self, index: int) -> str | bytes:
        """The content of the `index`th output, once made; an AheadError if it cannot be."""
        with self._ready:
            self._ready.wait_for(lambda: index in self._made or self._finished)
            if index in self._made:
                return self._made.pop(index)
            raise AheadError(self._problem or f"schemebook: no page number {index} was made")

    def close(self) -> None:
        """Stop the second process if it is still running, and wait for it."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
        self._reader.join(timeout=10)
