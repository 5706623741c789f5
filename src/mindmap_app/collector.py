"""Holding Python's cyclic garbage collector through a burst of small objects.

Reading a map, laying it out or updating the scene after an edit makes hundreds of thousands
of small tuples and lists and no reference cycles; each burst would otherwise set off a
collection that walks every object of the process (the open maps and their items too), tens
of milliseconds each time on a big map. Used by io, layout and canvas alike (no Qt).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the collector for the ``with`` block; give it back as it was (it may have been
    held already by an outer block)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
