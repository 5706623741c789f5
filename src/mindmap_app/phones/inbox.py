"""The facilitator's inbox: ideas sent from phones that wait to be placed, merged or
discarded (no Qt).

The inbox is not part of the map (an idea in it is on no canvas, in no export, on no phone's
map view): it is what the room has received. The commands that take an idea out put it back
at its place on undo (:mod:`mindmap_app.commands.inbox_commands`), so undo never loses an
idea that arrived in between.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

_ids = itertools.count(1)


@dataclass(frozen=True)
class InboxItem:
    text: str
    author: str = ""             # "" for an anonymous participant
    session: str = ""            # the sender's phone session (to remove them)
    received: float = field(default_factory=time.time)
    id: str = field(default_factory=lambda: f"in{next(_ids)}")

    @property
    def shown_author(self) -> str:
        return self.author or "Anonymous"


class Inbox:
    def __init__(self) -> None:
        self.items: list[InboxItem] = []
        self._listeners: list[Callable[[], None]] = []

    def __len__(self) -> int:
        return len(self.items)

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def get(self, item_id: str) -> InboxItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def put(self, item: InboxItem, index: int | None = None) -> None:
        """Add ``item`` (at the end, or back at ``index``)."""
        if any(x.id == item.id for x in self.items):
            return
        at = len(self.items) if index is None else max(0, min(index, len(self.items)))
        self.items.insert(at, item)
        self._changed()

    def take(self, item_id: str) -> int:
        """Take the item out; its index (to put it back), KeyError if it is not here."""
        for index, item in enumerate(self.items):
            if item.id == item_id:
                del self.items[index]
                self._changed()
                return index
        raise KeyError(item_id)
