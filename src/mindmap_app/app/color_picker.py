"""Choose an idea's colour: the theme's branch palette as swatches (keys 1-9, arrows and
Enter), a custom colour, or "as the branch" (clears it); for the idea or its whole branch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..themes import Theme


class ColorPicker(QDialog):
    """``chosen(colour or None, whole_branch)`` is called once a choice is made."""

    def __init__(self, parent: QWidget, theme: Theme, current: str | None,
                 chosen: Callable[[str | None, bool], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Colour")
        self.chosen = chosen
        box = QVBoxLayout(self)
        box.addWidget(QLabel("Pick a colour (1-9, arrows and Enter), C: custom, "
                             "A: as the branch, B: whole branch", self))
        row = QHBoxLayout()
        self.swatches: list[QToolButton] = []
        for i, colour in enumerate(theme.branch_colors[:9]):
            button = QToolButton(self)
            button.setText(str(i + 1))
            button.setToolTip(f"{colour} (key {i + 1})")
            button.setAccessibleName(f"Colour {i + 1}: {colour}")
            text = "#ffffff" if QColor(colour).lightnessF() < 0.55 else "#000000"
            outline = "3px solid palette(highlight)" if colour == current else "1px solid #888"
            button.setStyleSheet(f"QToolButton {{ background: {colour}; color: {text}; "
                                 f"min-width: 32px; min-height: 32px; border: {outline}; }}"
                                 "QToolButton:focus { border: 3px solid palette(highlight); }")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, c=colour: self._pick(c))
            row.addWidget(button)
            self.swatches.append(button)
        box.addLayout(row)
        self.branch = QCheckBox("Whole &branch (B)", self)
        box.addWidget(self.branch)
        buttons = QHBoxLayout()
        clear = QPushButton("&As the branch (A)", self)
        clear.clicked.connect(lambda: self._pick(None))
        custom = QPushButton("&Custom... (C)", self)
        custom.clicked.connect(self.custom)
        buttons.addWidget(clear)
        buttons.addWidget(custom)
        box.addLayout(buttons)
        self._current = current
        index = next((i for i, b in enumerate(self.swatches)
                      if theme.branch_colors[i] == current), 0)
        self.swatches[index].setFocus()

    def _pick(self, colour: str | None) -> None:
        branch = self.branch.isChecked()
        self.accept()
        self.chosen(colour, branch)

    def custom(self) -> None:
        colour = self.ask_custom(QColor(self._current or "#3366cc"))
        if colour is not None and colour.isValid():
            self._pick(colour.name())

    def ask_custom(self, start: QColor) -> QColor | None:
        """The system colour dialog (tests replace this)."""
        colour = QColorDialog.getColor(start, self, "Custom colour")
        return colour if colour.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text().lower()
        if text.isdigit() and 1 <= int(text) <= len(self.swatches):
            self.swatches[int(text) - 1].click()
            return
        if text == "a":
            self._pick(None)
            return
        if text == "c":
            self.custom()
            return
        if text == "b":
            self.branch.toggle()
            return
        focused = self.focusWidget()
        if focused in self.swatches and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            i = (self.swatches.index(focused) + step) % len(self.swatches)
            self.swatches[i].setFocus()
            return
        if focused in self.swatches and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused.click()
            return
        super().keyPressEvent(event)
