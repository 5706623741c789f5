"""A panel that scrolls up and down never scrolls sideways: :func:`keep_content_width` makes
a scroll area at least as wide as its content needs (again whenever the content's layout
changes: longer German labels, a bigger text size), so a dock cannot be dragged so narrow
that labels and buttons are cut off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea


class _ContentWidth(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.widget().installEventFilter(self)
        self.update()

    def update(self) -> None:
        area = self.area
        needed = area.widget().minimumSizeHint().width()
        extra = 2 * area.frameWidth() + area.verticalScrollBar().sizeHint().width()
        if area.minimumWidth() != needed + extra:
            area.setMinimumWidth(needed + extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False


def keep_content_width(area: QScrollArea) -> None:
    """Keep ``area`` (with its widget set) as wide as its widget's minimum width."""
    _ContentWidth(area)
