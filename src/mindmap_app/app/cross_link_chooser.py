"""Choosing the other end of a new cross-link: click an idea, or move with the arrows and
press Enter; Esc cancels. A small interaction object on the view, gone once it is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

if TYPE_CHECKING:
    from .map_editor import MapEditor

_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


class CrossLinkChooser(QObject):
    def __init__(self, editor: MapEditor, source: str,
                 done: Callable[[MapEditor, str, str | None], None]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.source = source
        self.done = done
        self.ended = False
        editor.view.installEventFilter(self)
        editor.view.viewport().installEventFilter(self)
        editor.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        editor.message.emit("Cross-link: click the other idea, or choose it with the arrows "
                            "and press Enter; Esc cancels")

    def _end(self, target: str | None) -> None:
        if self.ended:
            return
        self.ended = True
        view = self.editor.view
        view.removeEventFilter(self)
        view.viewport().removeEventFilter(self)
        view.viewport().unsetCursor()
        self.done(self.editor, self.source, target)
        self.deleteLater()

    def cancel(self) -> None:
        self._end(None)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and event.key() in _KEYS:
            event.accept()          # Enter and Esc are ours now, not "add sibling"
            return True
        if kind == QEvent.Type.KeyPress and event.key() in _KEYS:
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
            else:
                target = self.editor.current()
                if target is None or target == self.source:
                    self.editor.message.emit("Choose another idea to link to (Esc cancels)")
                else:
                    self._end(target)
            return True
        if kind == QEvent.Type.MouseButtonPress and watched is self.editor.view.viewport():
            if event.button() != Qt.MouseButton.LeftButton:
                self.cancel()
                return True
            item = self.editor.scene.item_at(
                self.editor.view.mapToScene(event.position().toPoint()))
            if item is not None and item.node_id != self.source:
                self._end(item.node_id)
            return True
        return False
