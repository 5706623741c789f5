"""Choose an idea's colour: the theme's branch palette as swatches (keys 1-6, arrows and
Enter), a custom colour, or "as the branch" (clears it); for the idea or its whole branch.
The same picker chooses an idea's fill (the palette's tints, or none: the theme's) and a
tag's colour.

Shown in place over the map, beside the idea (Esc closes it and returns to the map)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..themes import Theme


class ColorPicker(QFrame):
    """``chosen(colour or None, whole_branch)`` is called once a choice is made; ``closed()``
    when the picker goes, chosen or not."""

    def __init__(self, parent: QWidget, theme: Theme, current: str | None,
                 chosen: Callable[[str | None, bool], None],
                 closed: Callable[[], None] = lambda: None, for_tag: str | None = None,
                 fill: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("color_picker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chosen = chosen
        self.closed = closed
        box = QVBoxLayout(self)
        # (each text whole in its call: the catalogue finds it there)
        if for_tag:
            what = QLabel(f"Colour of the tag '{for_tag}' (1-6, arrows and Enter), "
                          "C: custom, A: the theme's", self)
        elif fill:
            what = QLabel("Pick a fill (1-6, arrows and Enter), C: custom, A: none, "
                          "B: whole branch", self)
        else:
            what = QLabel("Pick a colour (1-6, arrows and Enter), C: custom, "
                          "A: as the branch, B: whole branch", self)
        box.addWidget(what)
        row = QHBoxLayout()
        self.swatches: list[QToolButton] = []
        #: the colours the swatches give: the theme's branch palette, for a fill its tints
        self.colours = [theme.idea_fill(c) if fill else c for c in theme.branch_colors[:9]]
        for i, colour in enumerate(self.colours):
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
            button.installEventFilter(self)     # arrows move along the row, Enter picks
            row.addWidget(button)
            self.swatches.append(button)
        box.addLayout(row)
        self.branch = QCheckBox("Whole &branch (B)", self)
        box.addWidget(self.branch)
        self.branch.setVisible(for_tag is None)
        buttons = QHBoxLayout()
        clear = QPushButton("&The theme's (A)" if for_tag else "&None (A)" if fill
                            else "&As the branch (A)", self)
        clear.setAutoDefault(False)
        clear.clicked.connect(lambda: self._pick(None))
        custom = QPushButton("&Custom... (C)", self)
        custom.setAutoDefault(False)
        custom.clicked.connect(self.custom)
        buttons.addWidget(clear)
        buttons.addWidget(custom)
        box.addLayout(buttons)
        self._current = current
        #: the swatch Enter takes (arrows move it; it has the focus)
        self.index = next((i for i, c in enumerate(self.colours) if c == current), 0)

    def show_beside(self, box: QRect) -> None:
        """Show it beside ``box`` (what it colours, in the parent's pixels), never over it
        while there is room: right of it, else left, below, above; at last as near as fits.
        Sized once shown: its texts are translated as it shows, and a German line is
        longer than the English one it was measured with."""
        self.show()
        self.adjustSize()
        area = self.parentWidget().rect()
        w, h, gap = self.width(), self.height(), 8
        left = max(0, min(box.left(), area.width() - w))       # below or above: as it fits
        places = [QPoint(box.right() + gap, box.top()), QPoint(box.left() - gap - w, box.top()),
                  QPoint(left, box.bottom() + gap), QPoint(left, box.top() - gap - h)]
        at = next((p for p in places if area.contains(QRect(p, self.size()))), places[0])
        self.move(max(0, min(at.x(), area.width() - w)), max(0, min(at.y(), area.height() - h)))
        self.raise_()
        self.swatches[self.index].setFocus(Qt.FocusReason.PopupFocusReason)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        super().closeEvent(event)
        self.closed()

    def event(self, event) -> bool:  # noqa: ANN001
        # its keys (digits, letters, arrows, Enter, Esc) are not the map's shortcuts
        if event.type() == event.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def _pick(self, colour: str | None) -> None:
        branch = self.branch.isChecked()
        self.close()
        self.chosen(colour, branch)

    def custom(self) -> None:
        colour = self.ask_custom(QColor(self._current or "#3366cc"))
        if colour is not None and colour.isValid():
            self._pick(colour.name())

    def ask_custom(self, start: QColor) -> QColor | None:
        """The system colour dialog (tests replace this)."""
        colour = QColorDialog.getColor(start, self, "Custom colour")
        return colour if colour.isValid() else None

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if event.type() == event.Type.KeyPress and watched in self.swatches:
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

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
        if text == "b" and self.branch.isVisible():
            self.branch.toggle()
            return
        focused = self.focusWidget()
        if focused in self.swatches:
            self.index = self.swatches.index(focused)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self.index = (self.index + step) % len(self.swatches)
            self.swatches[self.index].setFocus()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                focused is None or focused in self.swatches):
            self.swatches[self.index].click()
            return
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
