"""A one-line entry shown in place over the map (a tag, a cross-link label, a web link).

Enter keeps the text (the ``done`` callback gets it), Esc or a click elsewhere cancels; the
focus goes back to the map either way. Completion offers ``completions`` (the map's tags).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class PopupEntry(QLineEdit):
    def __init__(self, parent: QWidget, placeholder: str, done: Callable[[str], None],
                 text: str = "", completions: list[str] | None = None) -> None:
        super().__init__(parent)
        self.done = done
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setText(text)
        self.selectAll()
        self.setMinimumWidth(220)
        self.setClearButtonEnabled(True)
        if completions:
            completer = QCompleter(completions, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.setCompleter(completer)
        self._closed = False

    def show_at(self, point: QPoint) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        x = max(0, min(point.x() - self.width() // 2, parent.width() - self.width()))
        y = max(0, min(point.y(), parent.height() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _finish(self, keep: bool) -> None:
        if self._closed:
            return
        self._closed = True
        text = self.text()
        self.hide()
        view = self.parentWidget()
        while view is not None and not hasattr(view, "map_scene"):
            view = view.parentWidget()
        if view is not None:
            view.setFocus()
        if keep:
            self.done(text)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup() if self.completer() else None
        completing = popup is not None and popup.isVisible()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if completing:
                if popup.currentIndex().isValid():
                    self.setText(popup.currentIndex().data())
                popup.hide()
            self._finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            if completing:
                popup.hide()        # the first Esc closes the completion list only
            else:
                self._finish(False)
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:  # noqa: ANN001
        # Enter, Esc, Delete and the rest belong to this entry, not to the map's shortcuts
        if event.type() == event.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(False)
