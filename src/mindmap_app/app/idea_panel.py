"""The idea panel: a dock showing everything drawn on the selected idea, each field editable.

A view over the model: it reads the current tab's map whenever the selection or the map
changes (undo included) and edits only through ``editor.ideas`` (commands on the document's
undo stack). It keeps no copy of the map: what a field shows is read back from the model.
With several ideas selected, values that differ show as mixed; a tag, colour or vote change
applies to all of them in one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..commands import EditTextCommand, NoteCommand
from ..commands.map_commands import NOTE_PAUSE
from ..i18n import translate as tr
from ..model import operations as ops
from .panel_width import keep_content_width

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .map_editor import MapEditor

MIXED = "(mixed)"


class NoteEdit(QPlainTextEdit):
    """The note: plain text, typed as it is. Esc returns to the map; leaving seals the step."""

    def __init__(self, panel: IdeaPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)      # Ctrl+Z is the map's undo, one step per pause
        self.setPlaceholderText("Note: what was said (F4)")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.panel.seal_note()
            self.panel.window_.ideas.focus_map()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:  # noqa: ANN001
        # Ctrl+Z / Ctrl+Y go to the window's undo (the note's own undo is off)
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or
                event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.panel.seal_note()


class IdeaPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__("Idea", window)
        self.setObjectName("idea_panel")
        self.window_ = window
        #: what the lists and fields show now, by part (see :meth:`_changed`)
        self._shown_rows: dict[str, object] = {}
        self.editor: MapEditor | None = None
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(int(NOTE_PAUSE * 1000))
        self.pause.timeout.connect(self.seal_note)
        body = QWidget(self)
        form = QFormLayout(body)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        self.heading.setProperty("noTranslate", True)   # the idea's own text (translated here)
        form.addRow(self.heading)
        self.text = QLineEdit(body)
        self.text.editingFinished.connect(self._commit_text)
        #: the ideas a field's typing is for: a click on another idea before Enter must not
        #: move the typed text there
        self._typing_for: dict[QLineEdit, list[str]] = {}
        self.text.textEdited.connect(lambda _t: self._typing_for.setdefault(self.text,
                                                                             self.nodes()))
        form.addRow("&Text", self.text)
        self.note = NoteEdit(self)
        self.note.textChanged.connect(self._note_typed)
        form.addRow("&Note", self.note)
        self.tags = QListWidget(body)
        self.tags.setMaximumHeight(70)
        # a long line ("funding-and-finance (mixed) 1 of 2") is cut at its end, not scrolled
        self.tags.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tags.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tags.setToolTip("Tags of the idea; Delete removes the selected one")
        self.tags.installEventFilter(self)
        form.addRow("Ta&gs", self.tags)
        tag_row = QHBoxLayout()
        self.tag_entry = QLineEdit(body)
        self.tag_entry.setPlaceholderText("Add a tag (Enter)")
        self.tag_entry.returnPressed.connect(self._add_tag)
        self.tag_entry.installEventFilter(self)     # completion from the map's tags on focus
        self.remove_tag_button = QPushButton("Remove", body)
        self.remove_tag_button.clicked.connect(self._remove_selected_tag)
        tag_row.addWidget(self.tag_entry, 1)
        tag_row.addWidget(self.remove_tag_button)
        form.addRow("", tag_row)
        colour_row = QHBoxLayout()
        self.colour = QPushButton(body)
        self.colour.setToolTip("Choose the colour (Ctrl+Shift+C)")
        self.colour.clicked.connect(lambda: window.ideas.choose_color())
        self.clear_colour = QPushButton("Clear", body)
        self.clear_colour.setToolTip("Back to the branch's colour")
        self.clear_colour.clicked.connect(lambda: self._ideas() and self._ideas().set_color(None))
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(self.clear_colour)
        form.addRow(self._label("&Colour", self.colour), colour_row)
        fill_row = QHBoxLayout()
        self.fill = QPushButton(body)
        self.fill.setToolTip("Choose the fill (Ctrl+Shift+B)")
        self.fill.clicked.connect(lambda: window.ideas.choose_fill())
        self.clear_fill = QPushButton("Clear", body)
        self.clear_fill.setToolTip("Back to the theme's fill")
        self.clear_fill.clicked.connect(lambda: self._ideas() and self._ideas().set_fill(None))
        fill_row.addWidget(self.fill, 1)
        fill_row.addWidget(self.clear_fill)
        form.addRow(self._label("&Fill", self.fill), fill_row)
        self.votes = QSpinBox(body)
        self.votes.setAccessibleName("Votes")
        self.votes.lineEdit().setAccessibleName("Votes")
        self.votes.setRange(0, 999)
        self.votes.setSpecialValueText(tr(MIXED))
        self.votes.valueChanged.connect(self._votes_changed)
        form.addRow("&Votes", self.votes)
        link_row = QHBoxLayout()
        self.link = QLineEdit(body)
        self.link.setPlaceholderText("https://... or another map file (Ctrl+K)")
        self.link.editingFinished.connect(self._commit_link)
        self.link.textEdited.connect(lambda _t: self._typing_for.setdefault(self.link,
                                                                            self.nodes()))
        self.open_link = QPushButton("Open", body)
        self.open_link.setToolTip("Open the link (Alt+Enter, Ctrl+click)")
        self.open_link.clicked.connect(self._open_link)
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_link)
        form.addRow(self._label("&Link", self.link), link_row)
        self.cross = QTreeWidget(body)
        self.cross.setColumnCount(2)
        self.cross.setHeaderLabels([tr("Cross-link"), tr("Label")])
        self.cross.setRootIsDecorated(False)
        self.cross.setMaximumHeight(110)
        self.cross.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cross.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cross.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cross.header().setStretchLastSection(False)
        self.cross.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.cross.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                   QAbstractItemView.EditTrigger.EditKeyPressed)
        self.cross.itemChanged.connect(self._label_edited)
        self.cross.installEventFilter(self)
        form.addRow("C&ross-links", self.cross)
        add_link = QPushButton("Add Cross-link... (Ctrl+L)", body)
        add_link.clicked.connect(lambda: window.ideas.start_cross_link())
        form.addRow("", add_link)
        scroll = QScrollArea(self)       # a small window keeps its size: the panel scrolls
        scroll.setAccessibleName("Idea panel")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        keep_content_width(scroll)       # German labels never cut off (panel_width.py)
        self.setWidget(scroll)
        for widget, name in ((self.text, "Idea text"), (self.note, "Note"),
                             (self.tags, "Tags"), (self.tag_entry, "Add a tag"),
                             (self.colour, "Colour"), (self.votes, "Votes"),
                             (self.link, "Web or map link"), (self.cross, "Cross-links")):
            widget.setAccessibleName(name)      # screen readers and UI tests find them so
        self.refresh()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ---------------------------------------------------------------- following
    def _ideas(self):  # noqa: ANN202
        return self.editor.ideas if self.editor is not None else None

    def set_editor(self, editor: MapEditor | None) -> None:
        """Follow ``editor`` (the current tab): its selection and its map's change notices."""
        if editor is self.editor:
            self.refresh()
            return
        self.seal_note()
        if self.editor is not None:
            self.editor.mind_map.unsubscribe(self._on_change)
            self.editor.scene.selectionChanged.disconnect(self.refresh)
        self.editor = editor
        if editor is not None:
            editor.mind_map.subscribe(self._on_change)
            editor.scene.selectionChanged.connect(self.refresh)
        self.refresh()

    def _on_change(self, _change) -> None:  # noqa: ANN001
        self.refresh()

    def nodes(self) -> list[str]:
        return self.editor.selected() if self.editor is not None else []

    def refresh(self) -> None:
        if self.editor is not None and not shiboken6.isValid(self.editor.scene):
            self.editor = None          # the window is closing: its tabs are going
        """Show what the model holds for the selection (never a remembered value)."""
        nodes = self.nodes()
        m = self.editor.mind_map if self.editor else None
        enabled = bool(nodes)
        for widget in (self.text, self.note, self.tags, self.tag_entry, self.remove_tag_button,
                       self.colour, self.clear_colour, self.fill, self.clear_fill, self.votes,
                       self.link, self.open_link, self.cross):
            widget.setEnabled(enabled)
        if not nodes:
            self.heading.setText(tr("No idea selected"))
            self._set_line(self.text, "")
            self._set_note("")
            self.tags.clear()
            self.cross.clear()
            self._shown_rows = {}
            return
        single = len(nodes) == 1
        node = nodes[0]
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(m.text(node) if single
                             else tr("{n} ideas selected").format(n=len(nodes)))
        # text and note: one idea at a time
        self.text.setEnabled(single)
        self.note.setEnabled(single)
        self._set_line(self.text, m.text(node) if single else "")
        self.text.setPlaceholderText("" if single else tr("{n} ideas").format(n=len(nodes)))
        self._set_note(m.get(node, "note") if single else "")
        self.note.setPlaceholderText(tr("Note: what was said (F4)") if single
                                     else tr("Select one idea to edit its note"))
        # tags: those on every selected idea, then those on some (mixed)
        counts: dict[str, int] = {}
        for n in nodes:
            for tag in m.get(n, "tags"):
                counts[tag] = counts.get(tag, 0) + 1
        rows = [(tag if count == len(nodes) else tr("{tag}  (mixed) {count} of {total}")
                 .format(tag=tag, count=count, total=len(nodes)), tag,
                 self.editor.scene.theme.tag_color(tag)) for tag, count in counts.items()]
        if self._changed("tags", rows):
            current = self.tags.currentItem().data(Qt.ItemDataRole.UserRole) \
                if self.tags.currentItem() else None
            with QSignalBlocker(self.tags):
                self.tags.clear()
                for label, tag, colour in rows:
                    item = QListWidgetItem(label)
                    item.setToolTip(label)          # whole, where the line is cut
                    item.setData(Qt.ItemDataRole.UserRole, tag)
                    if colour:
                        item.setForeground(QColor(colour))
                    self.tags.addItem(item)
                    if tag == current:
                        self.tags.setCurrentItem(item)
        # colour and fill
        def style_of(n: str) -> dict:
            return m.get(n, "style") or {}

        self._show_colour(self.colour, "colour", {style_of(n).get("color") for n in nodes},
                          tr("as the branch"))
        self._show_colour(self.fill, "fill", {style_of(n).get("background") for n in nodes},
                          tr("the theme's"))
        # votes: the special value shows "mixed"
        votes = {m.get(n, "votes") for n in nodes}
        mixed = len(votes) > 1
        value = -1 if mixed else votes.pop()
        if self._changed("votes", (mixed, value)):
            with QSignalBlocker(self.votes):
                self.votes.setMinimum(-1 if mixed else 0)
                self.votes.setSpecialValueText(tr(MIXED) if mixed else "")
                self.votes.setValue(value)
        links = {m.get(n, "link") or "" for n in nodes}
        self.link.setPlaceholderText(tr(MIXED) if len(links) > 1
                                     else tr("https://... or another map file (Ctrl+K)"))
        self._set_line(self.link, links.pop() if len(links) == 1 else "")
        self.open_link.setEnabled(single and bool(m.get(node, "link")))
        # cross-links of the idea
        cross_rows = []
        if single:
            for a, b, label in self.editor.ideas.links_of(node):
                other, arrow = (b, "→") if a == node else (a, "←")
                cross_rows.append((f"{arrow} {m.text(other)}", label, (a, b)))
        if self._changed("cross", cross_rows):
            with QSignalBlocker(self.cross):
                self.cross.clear()
                for text, label, ends in cross_rows:
                    item = QTreeWidgetItem([text, label])
                    item.setData(0, Qt.ItemDataRole.UserRole, ends)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.cross.addTopLevelItem(item)

    def _show_colour(self, button: QPushButton, part: str, colours: set[str | None],
                     unset: str) -> None:
        """The colour button: the colour, on itself; ``unset`` when the ideas have none of
        their own; mixed when they differ."""
        if len(colours) > 1:
            shown = (tr(MIXED), "")
        else:
            colour = colours.pop()
            shown = (colour or unset,
                     f"background: {colour}; color: "
                     f"{'#ffffff' if QColor(colour).lightnessF() < 0.55 else '#000000'};"
                     if colour else "")
        if self._changed(part, shown):     # a style sheet set again restyles the button
            button.setText(shown[0])
            button.setStyleSheet(shown[1])

    def _changed(self, part: str, shown: object) -> bool:
        """True (and ``shown`` remembered) when ``part`` of the panel must show something
        else: an edit elsewhere in the map leaves the panel's lists and fields as they are
        (filled again, they were laid out and repainted at every edit)."""
        if self._shown_rows.get(part) == shown:
            return False
        self._shown_rows[part] = shown
        return True

    def _set_line(self, field: QLineEdit, value: str) -> None:
        if field.text() != value and not (field.hasFocus() and field.isModified()):
            with QSignalBlocker(field):
                field.setText(value)
                field.setModified(False)
                field.setCursorPosition(0)      # the start of a long link shows

    def _set_note(self, value: str) -> None:
        if self.note.toPlainText() != value:
            with QSignalBlocker(self.note):
                self.note.setPlainText(value)
                cursor = self.note.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.note.setTextCursor(cursor)     # typing goes on at the end...
                self.note.verticalScrollBar().setValue(0)   # ...the note is read from the top

    # ------------------------------------------------------------------- edits
    def _later_if_busy(self, commit) -> bool:  # noqa: ANN001
        """True (and ``commit`` called once the edit is over) while the map tells its
        listeners of an edit: a field left by a refresh in the middle of an undo (its idea
        gone from the selection, the field disabled) commits after it, not inside it (the
        scene was half way, and the change was left without an undo step)."""
        if self.editor is not None and self.editor.mind_map.notifying:
            QTimer.singleShot(0, self, commit)
            return True
        return False

    def _commit_text(self) -> None:
        if self._later_if_busy(self._commit_text):
            return
        nodes = [n for n in self._typing_for.pop(self.text, []) if n in self.editor.mind_map] \
            if self.editor is not None else []
        if len(nodes) != 1 or not self.text.isModified():
            return
        self.text.setModified(False)
        node, text = nodes[0], self.text.text()
        if text != self.editor.mind_map.text(node):
            self.editor._run(ops.set_text(node, text), "Edit Text", EditTextCommand, node=node)

    def _note_typed(self) -> None:
        nodes = self.nodes()
        if len(nodes) != 1:
            return
        self.editor.ideas.set_note(nodes[0], self.note.toPlainText())
        self.pause.start()          # a pause of about a second ends the undo step

    def seal_note(self) -> None:
        """The note step is complete: the next typing starts a new undo step."""
        self.pause.stop()
        if self.editor is not None:
            stack = self.editor.document.undo_stack
            top = stack.command(stack.index() - 1) if stack.index() > 0 else None
            if isinstance(top, NoteCommand):
                top.seal()

    def _add_tag(self) -> None:
        if self._ideas() and self._ideas().add_tag(self.tag_entry.text()):
            self.tag_entry.clear()

    def _remove_selected_tag(self) -> None:
        item = self.tags.currentItem()
        if item is not None and self._ideas():
            self._ideas().remove_tag(item.data(Qt.ItemDataRole.UserRole))

    def _votes_changed(self, value: int) -> None:
        if value >= 0 and self._ideas():
            self._ideas().set_votes(value)

    def _commit_link(self) -> None:
        if self._later_if_busy(self._commit_link):
            return
        nodes = [n for n in self._typing_for.pop(self.link, [])
                 if self.editor is not None and n in self.editor.mind_map]
        if not self.link.isModified() or not self._ideas() or not nodes:
            return
        self.link.setModified(False)
        self._ideas().set_link(self.link.text(), nodes)

    def _open_link(self) -> None:
        if self.editor is not None:
            self.editor.activate_link()

    def _label_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1 and self._ideas():
            (a, b), label = item.data(0, Qt.ItemDataRole.UserRole), item.text(1)
            # after Qt is done with the item: the change rebuilds this list
            QTimer.singleShot(0, lambda: self._ideas() and
                              self._ideas().set_cross_link_label(a, b, label))

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.tag_entry and event.type() == QEvent.Type.FocusIn and self._ideas():
            # the map's tags, read when wanted (not on every change of a large map)
            completer = QCompleter(self._ideas().all_tags(), self.tag_entry)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tag_entry.setCompleter(completer)
        if event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if watched is self.tags:
                self._remove_selected_tag()
                return True
            if watched is self.cross and self.cross.currentItem() and self._ideas():
                a, b = self.cross.currentItem().data(0, Qt.ItemDataRole.UserRole)
                self._ideas().remove_cross_links([(a, b)])
                return True
        return super().eventFilter(watched, event)

    def focus_note(self) -> None:
        self.show()
        self.raise_()
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
