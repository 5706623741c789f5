"""Inline text editing on the canvas: Enter commits, Esc cancels, Shift+Enter adds a line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem

from .node_item import NodeItem


class _EditorText(QGraphicsTextItem):
    def __init__(self, owner: InlineEditor) -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.owner.commit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.owner.cancel()
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.owner.commit()
            event.accept()
            return
        super().keyPressEvent(event)
        self.owner.fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.owner.commit()


class InlineEditor(QObject):
    """Edits one node's text in place. Emits ``committed(node, text)`` or ``cancelled(node)``."""

    committed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, scene) -> None:  # noqa: ANN001
        super().__init__(scene if isinstance(scene, QObject) else None)  # deleted with it
        self.scene = scene
        self.node: str | None = None
        self.text_item: _EditorText | None = None
        self.frame: QGraphicsRectItem | None = None

    @property
    def active(self) -> bool:
        return self.node is not None

    def start(self, item: NodeItem, initial: str | None = None,
              select_all: bool = False) -> None:
        """Edit ``item``'s text; ``initial`` replaces it (typing starts editing). F2 and
        double-click (``initial`` None) put the caret at the end with nothing selected, so
        typing appends, as in Freeplane; ``select_all`` selects a placeholder text instead
        (the central idea of a new map)."""
        if self.active:
            self.commit()
        self.node = item.node_id
        text = item.look.text if initial is None else initial
        editor = _EditorText(self)
        editor.document().setDocumentMargin(0)    # the text starts where the node's does
        editor.setFont(item.geometry.font)
        editor.setDefaultTextColor(QColor(item.look.text_color))
        editor.setPlainText(text)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        editor.setZValue(10)
        frame = QGraphicsRectItem()
        frame.setBrush(QColor(item.look.fill))
        frame.setPen(QColor(self.scene.theme.selection))
        frame.setZValue(9)
        frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.scene.addItem(frame)
        self.scene.addItem(editor)
        self.text_item, self.frame = editor, frame
        self.fit()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)

    def fit(self) -> None:
        """Put the editor exactly on the node: its text where the node's text is, growing
        away from the parent as the node itself will (rightwards on the right side,
        leftwards on the left side, both ways below a parent in an org chart)."""
        item = None if self.text_item is None else self.scene.item(self.node)
        if item is None:        # its box went (the caller ends the editing: see drop)
            return
        editor = self.text_item
        editor.setTextWidth(-1)                      # natural width first, then wrap
        natural = editor.document().idealWidth() + 1
        text_rect = item.geometry.text_rect.translated(item.scenePos())
        width = max(text_rect.width(), natural, 40.0)
        editor.setTextWidth(min(item.look.max_text_width, width))
        rect = editor.boundingRect()
        if item.side == -1:
            x = text_rect.right() - rect.width()
        elif item.side in (0, 2):
            x = text_rect.center().x() - rect.width() / 2
        else:
            x = text_rect.left()
        y = text_rect.top()
        editor.setPos(x, y)
        box = item.box_rect()
        self.frame.setRect(rect.translated(x, y).adjusted(-3, -3, 3, 3).united(box))

    def text(self) -> str:
        return self.text_item.toPlainText() if self.text_item else ""

    def _close(self) -> str | None:
        node = self.node
        self.node = None
        for part in (self.text_item, self.frame):
            if part is not None and part.scene() is not None:
                part.scene().removeItem(part)
        self.text_item = self.frame = None
        return node

    def drop(self) -> str | None:
        """End the editing without a word (its idea went, or its box): the node edited."""
        return self._close() if self.active else None

    def commit(self) -> None:
        if not self.active:
            return
        text = self.text()
        node = self._close()
        self.committed.emit(node, text)

    def cancel(self) -> None:
        if not self.active:
            return
        node = self._close()
        self.cancelled.emit(node)
