"""One QUndoCommand per user action: thin wrappers over model edits.

A command is created *after* its edit was applied (the document applies first, so an edit the
model refuses never reaches the stack); the first ``redo`` that QUndoStack.push makes is then a
no-op. Undo applies the inverse edit; redo applies the edit again.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

from ..model import Composite, Edit, MindMap


class MapCommand(QUndoCommand):
    """Base: ``edit`` was applied to ``mind_map`` and gave ``inverse``."""

    def __init__(self, mind_map: MindMap, edit: Edit, inverse: Edit, text: str) -> None:
        super().__init__(text)
        self.mind_map = mind_map
        self.edit = edit
        self.inverse = inverse
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.inverse = self.mind_map.apply(self.edit)

    def undo(self) -> None:
        self.edit = self.mind_map.apply(self.inverse)


class AddNodeCommand(MapCommand):
    """Adding a node. The text typed into the new node right away merges into this step, so
    "Tab, type, Enter" is one undo step."""

    MERGE_ID = 1002

    def __init__(self, mind_map: MindMap, edit: Edit, inverse: Edit, text: str,
                 node: str | None = None) -> None:
        super().__init__(mind_map, edit, inverse, text)
        self.node = node

    def id(self) -> int:
        return self.MERGE_ID if self.node else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditTextCommand) and other.after_add and
                other.node == self.node):
            return False
        self.edit = Composite((self.edit, other.edit), self.text())
        self.inverse = Composite((other.inverse, self.inverse), self.text())
        self.node = None
        return True


class DeleteCommand(MapCommand):
    pass


class EditTextCommand(MapCommand):
    def __init__(self, mind_map: MindMap, edit: Edit, inverse: Edit, text: str,
                 node: str | None = None, after_add: bool = False) -> None:
        super().__init__(mind_map, edit, inverse, text)
        self.node = node
        self.after_add = after_add

    def id(self) -> int:
        return AddNodeCommand.MERGE_ID if self.after_add else -1


class ReparentCommand(MapCommand):
    pass


class ReorderCommand(MapCommand):
    pass


class FoldCommand(MapCommand):
    pass


class StyleCommand(MapCommand):
    """A colour set or cleared, on ideas or whole branches."""


class LinkCommand(MapCommand):
    """A cross-link added, removed or relabelled."""


class TagCommand(MapCommand):
    """A tag added to or removed from ideas, or renamed across the map."""


class VoteCommand(MapCommand):
    """Votes given or taken back."""


class WebLinkCommand(MapCommand):
    """The web or map link (``link:``) of an idea set or cleared."""


#: typing in a note merges into one undo step until a pause this long (seconds)
NOTE_PAUSE = 1.0


class NoteCommand(MapCommand):
    """A note edit. Typing merges into one step until the focus leaves the note (``seal``)
    or the typing pauses for :data:`NOTE_PAUSE` seconds."""

    MERGE_ID = 1003

    def __init__(self, mind_map: MindMap, edit: Edit, inverse: Edit, text: str,
                 node: str = "") -> None:
        super().__init__(mind_map, edit, inverse, text)
        self.node = node
        self.sealed = False
        self.at = time.monotonic()

    def id(self) -> int:
        return self.MERGE_ID

    def seal(self) -> None:
        """The next note edit starts a new undo step."""
        self.sealed = True

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.sealed or not isinstance(other, NoteCommand) or other.node != self.node or \
                other.at - self.at > NOTE_PAUSE:
            return False
        self.edit = other.edit      # redo: the latest text; undo keeps the text before typing
        self.at = other.at
        return True


class PasteCommand(MapCommand):
    pass


class MapSettingCommand(MapCommand):
    """Layout, theme or title of the whole map."""


class TidyCommand(MapCommand):
    pass


class MoveCommand(MapCommand):
    """A free move (manual positions). Consecutive moves of the same nodes merge."""

    MERGE_ID = 1001

    def __init__(self, mind_map: MindMap, edit: Edit, inverse: Edit, text: str,
                 nodes: frozenset[str]) -> None:
        super().__init__(mind_map, edit, inverse, text)
        self.nodes = nodes

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCommand) or other.nodes != self.nodes:
            return False
        self.edit = other.edit          # redo goes straight to the latest place
        return True                     # undo keeps our inverse: back to before the first
