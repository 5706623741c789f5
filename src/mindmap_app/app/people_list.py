"""The list of who is in the room (laptops in the Room panel, phones in the Phone Inbox):
Delete asks to remove the selected one. Kept apart so that the inbox, built with the window,
loads nothing of the room (no QR code library) until a map is shared."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget


class PeopleList(QListWidget):
    """Who is in the room; Delete asks to remove the selected person (host only)."""

    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)
