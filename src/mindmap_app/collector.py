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


#: a tab closed since objects were last set apart: its garbage may not be collected yet
_released = False
#: the collector was on when :func:`hold_for_startup` held it
_on_before_startup: bool | None = None


def hold_for_startup() -> None:
    """Hold the collector while the app starts: the imports, the window and the first map
    make a few hundred thousand objects that live as long as the app, and the collections
    they set off (about 130, one of them a full walk) took 55-60 ms of a 0.65 s launch."""
    global _on_before_startup
    if _on_before_startup is None:
        _on_before_startup = gc.isenabled()
    gc.disable()


def started() -> None:
    """The window is up: what lives now (modules, window, the first map) is set apart from
    the collector's walks (given back with the rest when a tab closes), and the collector
    goes on as it was before :func:`hold_for_startup`."""
    global _on_before_startup
    if _on_before_startup is None:
        return
    gc.freeze()
    if _on_before_startup:
        gc.enable()
    _on_before_startup = None


def _collect_what_a_closed_tab_left() -> bool:
    """A full collection if a tab closed since objects were last set apart; True if it ran."""
    global _released
    if not _released:
        return False
    _released = False
    gc.collect()
    return True


def collect_garbage() -> None:
    """Before a map is read: collect what is garbage now, so that it is not set apart with
    the new map (:func:`settle_survivors`). Everything when a tab closed since objects were
    last set apart (what only it held is given back, :func:`release_survivors`), walked
    before the new map exists; else only the two young generations (1.7 ms: a full walk at
    launch would cost the first paint 20-40 ms)."""
    if _on_before_startup is not None:
        return      # the app is starting: nothing is garbage yet, and all it made is young
    if not _collect_what_a_closed_tab_left():
        gc.collect(1)


#: a map of fewer ideas is not set apart: a full collection walks it in a few milliseconds
SET_APART_FROM = 2000


def settle_survivors(ideas: int) -> bool:
    """Keep every object alive now out of the collector's walks from here on, when the map
    just opened has ``ideas`` ideas or more (:data:`SET_APART_FROM`); True when it did.

    Called once a map is open in the window: a big map and its scene are a million objects
    that live as long as the tab. The first full collection after the open walked them all in
    the middle of whatever edit came next (70-130 ms on 20,000 ideas); kept apart
    (``gc.freeze``), a collection walks only what was made since. Objects freed by their
    reference counts go as before; :func:`release_survivors` gives the rest back. After a
    tab closed (or reloaded) a full collection comes first, so that what it left is not set
    apart with the living."""
    if ideas < SET_APART_FROM:
        return False
    _collect_what_a_closed_tab_left()
    gc.freeze()
    return True


def collect_all() -> None:
    """A full collection now (once a closed tab's Qt objects are deleted: ``lifetime.drain``).
    With nothing set apart, whatever a closed tab left is gone after it: the next map's open
    need not walk everything again (on 20,000 ideas that walk was 0.25 s of the open)."""
    global _released
    gc.collect()
    if not gc.get_freeze_count():
        _released = False


def release_survivors() -> None:
    """Let the collector walk everything again (a tab closed: what only it held may be
    cyclic garbage now, which a frozen object would never be collected as). Nothing to do
    while nothing is set apart."""
    global _released
    if gc.get_freeze_count():
        _released = True
        gc.unfreeze()
