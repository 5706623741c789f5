"""The find bar (Ctrl+F): every match is highlighted while typing, the current one is selected
and scrolled to, and "2 of 5" stands beside the box.

Highlights are view state: they fill the matching boxes with the theme's highlight colour (a
tint of its selection colour, the text kept readable) and never touch the map. Enter or F3
goes to the next match, Shift+Enter or Shift+F3 to the previous one (unfolding a branch that
hides it, one undo step, as before); Esc closes the bar and clears the highlights.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from shiboken6 import isValid

from ..i18n import translate as tr

if TYPE_CHECKING:
    from .map_editor import MapEditor


#: more boxes than this changing their highlight at once: one repaint of the scene
MANY_CHANGED = 200


def highlight(editor: MapEditor, nodes: set[str]) -> None:
    """Fill the boxes of ``nodes`` with the theme's highlight; clear every other box."""
    theme = editor.scene.theme
    fill = theme.highlight_fill()
    # runs at every key typed in the find bar, over every box of the map: the readable text
    # colour is worked out once per text colour (a map has a few), only the boxes whose
    # highlight changes are told, and when they are many the scene is repainted once
    # instead of each box asking for its own repaint
    colours: dict[str, tuple[str, str]] = {}
    changed = []
    for node, item in editor.scene.items_by_id.items():
        if node in nodes:
            text = item.look.text_color
            wanted = colours.get(text)
            if wanted is None:
                wanted = colours[text] = (fill, theme.text_on(fill, text))
        else:
            wanted = None
        if item.highlight != wanted:
            changed.append((item, wanted))
    many = len(changed) > MANY_CHANGED
    for item, wanted in changed:
        item.set_highlight(wanted, repaint=not many)
    if many:
        editor.scene.update()


def position(editor: MapEditor, results: list[str]) -> tuple[int, int]:
    """(number of the selected match, from 1, or 0; number of matches)."""
    current = editor.current()
    return (results.index(current) + 1 if current in results else 0), len(results)


class FindBar(QWidget):
    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window_ = window
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find (Enter: next, Shift+Enter: previous, Esc: close)")
        self.field.setAccessibleName("Find")
        self.field.installEventFilter(self)      # Enter, Shift+Enter and Esc in the field
        self.field.textChanged.connect(self.on_typed)
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("888 of 888") + 8)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        previous = QPushButton("Previous", self)
        previous.clicked.connect(lambda: self.step(-1))
        nxt = QPushButton("Next", self)
        nxt.clicked.connect(lambda: self.step(1))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(nxt)
        self._highlighted: MapEditor | None = None
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def query(self) -> str:
        return self.field.text()

    def on_typed(self, _text: str = "") -> None:
        """Highlight every match, select the first one shown and scroll to it."""
        editor = self.window_.editor()
        query = self.query()
        if editor is None:
            return
        results = editor.mind_map.find(query) if query else []
        shown = [n for n in results if editor.scene.shows(n)]
        if shown and editor.current() not in results:
            editor.select(shown[0])
        self.refresh(results)

    def step(self, step: int) -> None:
        editor = self.window_.editor()
        if editor is not None and self.query():
            editor.find(self.query(), step)
        self.refresh()

    def refresh(self, results: list[str] | None = None) -> None:
        """Highlights and count for the current tab (the tab may have changed); ``results``:
        the matches of the query, when known already."""
        editor = self.window_.editor()
        if self._highlighted is not None and self._highlighted is not editor:
            self._clear()
        if editor is None or not self.isVisible():
            self.count.setText("")
            return
        query = self.query()
        if results is None:
            results = editor.mind_map.find(query) if query else []
        highlight(editor, set(results))
        self._highlighted = editor
        number, total = position(editor, results)
        if not query:
            self.count.setText("")
        elif not total:
            self.count.setText(tr("No match"))
        else:
            self.count.setText(tr("{number} of {total}").format(number=number, total=total)
                               if number else tr("{total} found").format(total=total))

    def _clear(self) -> None:
        editor, self._highlighted = self._highlighted, None
        if editor is not None and isValid(editor) and isValid(editor.scene):
            highlight(editor, set())

    def close_bar(self) -> None:
        self._clear()
        self.hide()
        editor = self.window_.editor()
        if editor is not None:
            editor.view.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event) -> bool:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step(-1 if back else 1)
            return True
        return False
