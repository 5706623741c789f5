"""The undo step of a shared map: undo and redo ask the CRDT engine's undo manager.

In a shared map a colleague may have changed the same ideas since, so undo cannot apply a
stored inverse; Loro's undo manager undoes this laptop's own change against the merged map
(never a colleague's change). The command is pushed after the edit was applied and recorded,
so its first ``redo`` (from QUndoStack.push) does nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..collab.replica import Replica


class SharedEditCommand(QUndoCommand):
    def __init__(self, replica: Replica, text: str) -> None:
        super().__init__(text)
        self.replica = replica
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.replica.redo()

    def undo(self) -> None:
        self.replica.undo()
