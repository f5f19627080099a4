"""What every adapter test shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.adapter.previews import forget_plugins


@pytest.fixture(autouse=True)
def _no_preview_afterwards() -> Iterator[None]:
    # A preview's plugins stay in MkDocs' cache, in serve mode; later builds in this process must not get them.
    yield
    forget_plugins()
