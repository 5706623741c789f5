"""The inbox's undo step: an idea taken out of the phones' inbox (placed, merged or
discarded) comes back at its place on undo. Placing and merging push it in one macro with the
map edit (:meth:`mindmap_app.app.document.Document.run_with`)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..phones.inbox import Inbox, InboxItem


class InboxTakeCommand(QUndoCommand):
    def __init__(self, inbox: Inbox, item: InboxItem, text: str) -> None:
        super().__init__(text)
        self.inbox = inbox
        self.item = item
        self.index = 0

    def redo(self) -> None:
        self.index = self.inbox.take(self.item.id)

    def undo(self) -> None:
        self.inbox.put(self.item, self.index)
