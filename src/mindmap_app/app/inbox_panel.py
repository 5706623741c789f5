"""The Phone Inbox panel (Ctrl+Alt+I): the participants' page link, where their ideas go,
and the ideas waiting to be placed, merged or discarded.

A view over the current tab's :class:`~.phone_room.PhoneRoom`: it lists the room's inbox and
changes it only through the room's commands (undoable on the document's stack).
In the list: Enter places the idea under the selected idea on the map, Shift+Enter merges it
into the selected idea's note, Delete discards it; the buttons do the same by mouse.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate as tr
from .people_list import PeopleList

if TYPE_CHECKING:        # the room (and websockets) load on the first Share, not before
    from .phone_room import PhoneRoom


class InboxList(QListWidget):
    place_requested = Signal()
    merge_requested = Signal()
    discard_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.merge_requested.emit()
            else:
                self.place_requested.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.discard_requested.emit()
            return
        super().keyPressEvent(event)


class InboxPanel(QDockWidget):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__("Phone Inbox", parent)
        self.setObjectName("inbox_panel")
        self.room: PhoneRoom | None = None
        body = QWidget(self)
        box = QVBoxLayout(body)
        link_row = QHBoxLayout()
        self.link = QLineEdit(body)
        self.link.setReadOnly(True)
        self.link.setToolTip("Participants open this address on their phones "
                             "(or scan the QR code in the Room panel)")
        copy = QPushButton("Copy", body)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.link.text()))
        link_row.addWidget(self.link, 1)
        link_row.addWidget(copy)
        box.addLayout(link_row)
        self.count = QLabel(body)
        box.addWidget(self.count)
        people_row = QHBoxLayout()
        self.people = PeopleList(body)      # Delete: remove the selected phone
        self.people.setMaximumHeight(self.people.fontMetrics().height() * 4 + 8)
        self.people.remove_requested.connect(self.remove_participant)
        self.people.setToolTip("The participants on phones (Delete removes the selected one)")
        self.remove_person_button = QPushButton("Remove...", body)
        self.remove_person_button.clicked.connect(self.remove_participant)
        people_row.addWidget(self.people, 1)
        people_row.addWidget(self.remove_person_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(people_row)
        self.to_map = QCheckBox("Ideas go straight onto the &map", body)
        self.to_map.toggled.connect(lambda on: self.room and self.room.set_to_map(on))
        box.addWidget(self.to_map)
        target_row = QHBoxLayout()
        self.target = QLabel(body)
        self.target.setWordWrap(True)
        self.open_button = QPushButton("&Open Selected Idea", body)
        self.open_button.setToolTip("Ideas sent to the map go under the selected idea")
        self.open_button.clicked.connect(self._open_selected)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.open_button)
        box.addLayout(target_row)
        self.anonymous = QCheckBox("Allow a&nonymous participants", body)
        self.anonymous.toggled.connect(lambda on: self.room and self.room.set_anonymous(on))
        self.locked = QCheckBox("&Pause input", body)
        self.locked.toggled.connect(lambda on: self.room and self.room.set_locked(on))
        box.addWidget(self.anonymous)
        box.addWidget(self.locked)
        self.heading = QLabel(body)
        box.addWidget(self.heading)
        self.items = InboxList(body)
        self.items.setWordWrap(True)
        self.items.place_requested.connect(self.place_current)
        self.items.merge_requested.connect(self.merge_current)
        self.items.discard_requested.connect(self.discard_current)
        self.items.currentRowChanged.connect(lambda _row: self._sync_buttons())
        box.addWidget(self.items, 1)
        grid = QGridLayout()
        self.place_button = QPushButton("Place on Map", body)
        self.place_button.setToolTip("Under the selected idea (Enter)")
        self.place_button.clicked.connect(self.place_current)
        self.merge_button = QPushButton("Merge into Selected", body)
        self.merge_button.setToolTip("Add it to the selected idea's note (Shift+Enter)")
        self.merge_button.clicked.connect(self.merge_current)
        self.discard_button = QPushButton("Discard", body)
        self.discard_button.setToolTip("Delete")
        self.discard_button.clicked.connect(self.discard_current)
        self.remove_button = QPushButton("Remove Sender...", body)
        self.remove_button.setToolTip("Remove the participant who sent this idea from the room")
        self.remove_button.clicked.connect(self.remove_sender)
        grid.addWidget(self.place_button, 0, 0)
        grid.addWidget(self.merge_button, 0, 1)
        grid.addWidget(self.discard_button, 1, 0)
        grid.addWidget(self.remove_button, 1, 1)
        box.addLayout(grid)
        self.setWidget(body)
        self.show_room(None)

    # ------------------------------------------------------------------ the room shown
    def show_room(self, room: PhoneRoom | None) -> None:
        if self.room is not None:
            try:
                self.room.inbox.unsubscribe(self.refresh)
                self.room.settings_changed.disconnect(self.refresh)
                self.room.people_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self.room = room
        if room is not None:
            room.inbox.subscribe(self.refresh)
            room.settings_changed.connect(self.refresh)
            room.people_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        room = self.room
        enabled = room is not None
        for widget in (self.to_map, self.anonymous, self.locked, self.open_button, self.items,
                       self.people):
            widget.setEnabled(enabled)
        if room is None:
            self.link.setText("")
            self.people.clear()
            self.remove_person_button.setEnabled(False)
            self.count.setText(tr("Share the map (File > Share Map) to let participants "
                                  "join from their phones."))
            self.target.setText("")
            self.heading.setText("")
            self.items.clear()
            self._sync_buttons()
            return
        self.link.setText(room.url)
        online = room.online_count()
        self.count.setText(tr("1 phone connected") if online == 1 else
                           tr("{online} phones connected").format(online=online))
        chosen = self.people.currentItem()
        chosen = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.people.clear()
        for session, person in room.people.items():
            name = person["name"] or "Anonymous"
            row = QListWidgetItem(name if person["online"] else f"{name} (offline)")
            row.setData(Qt.ItemDataRole.UserRole, session)
            self.people.addItem(row)
            if session == chosen:
                self.people.setCurrentItem(row)
        self.remove_person_button.setEnabled(bool(room.people))
        for box, value in ((self.to_map, room.to_map), (self.anonymous, room.anonymous),
                           (self.locked, room.locked)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        text = room._target_text()           # noqa: SLF001 - the panel shows it as is
        self.target.setText(tr("Open for input: {text}").format(text=text) if text else
                            tr("No idea open for input: ideas wait here"))
        current = self.current_id()
        self.items.clear()
        now = time.time()
        for item in room.inbox.items:
            ago = int((now - item.received) // 60)
            when = "just now" if ago < 1 else f"{ago} min ago"
            row = QListWidgetItem(f"{item.text}\n    {item.shown_author}, {when}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.text)
            self.items.addItem(row)
            if item.id == current:
                self.items.setCurrentItem(row)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        waiting = len(room.inbox)
        self.heading.setText(tr("Inbox: 1 idea") if waiting == 1 else
                             tr("Inbox: {n} ideas").format(n=waiting))
        self._sync_buttons()

    def texts(self) -> list[str]:
        return [self.items.item(i).text().split("\n")[0] for i in range(self.items.count())]

    def current_id(self) -> str | None:
        row = self.items.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def _sync_buttons(self) -> None:
        has = self.room is not None and self.current_id() is not None
        for button in (self.place_button, self.merge_button, self.discard_button,
                       self.remove_button):
            button.setEnabled(has)

    # ------------------------------------------------------------------ actions
    def _open_selected(self) -> None:
        if self.room is not None:
            self.room.open_branch(self.room.editor.current())

    def place_current(self) -> None:
        item = self.current_id()
        if self.room is not None and item is not None:
            self.room.accept(item)

    def merge_current(self) -> None:
        item = self.current_id()
        if self.room is not None and item is not None and not self.room.merge(item):
            self.window().statusBar().showMessage("Select the idea to merge into first", 5000)

    def discard_current(self) -> None:
        item = self.current_id()
        if self.room is not None and item is not None:
            self.room.discard(item)

    def remove_sender(self) -> None:
        room, item_id = self.room, self.current_id()
        item = room.inbox.get(item_id) if room is not None and item_id else None
        if item is None or not item.session:
            return
        if self.confirm(f"Remove {item.shown_author} from the room? Their phone cannot send "
                        "anything more."):
            room.remove(item.session)

    def remove_participant(self) -> None:
        row = self.people.currentItem()
        if self.room is None or row is None:
            return
        session = row.data(Qt.ItemDataRole.UserRole)
        name = self.room.people.get(session, {}).get("name") or "this anonymous participant"
        if self.confirm(f"Remove {name} from the room? Their phone cannot send anything "
                        "more."):
            self.room.remove(session)

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.question(self, "Phone Inbox", question) == \
            QMessageBox.StandardButton.Yes


class PhoneDesk(QObject):
    """The phones of the window's hosted rooms: one PhoneRoom per hosted tab, the Phone
    Inbox panel and its key (Ctrl+Alt+I)."""

    def __init__(self, window, menu: QMenu) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.rooms: dict[object, PhoneRoom] = {}       # SharedSession -> PhoneRoom
        self._panel: InboxPanel | None = None
        window._action("phone_inbox", "Phone &Inbox", ("Ctrl+Alt+I",), self.show_inbox, menu)

    @property
    def panel(self) -> InboxPanel:
        if self._panel is None:
            self._panel = InboxPanel(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._panel)
        return self._panel

    def open(self, session, editor) -> PhoneRoom:  # noqa: ANN001
        from .phone_room import PhoneRoom

        room = PhoneRoom(session, editor, self)
        self.rooms[session] = room
        return room

    def close(self, session) -> None:  # noqa: ANN001
        room = self.rooms.pop(session, None)
        if room is not None:
            if self._panel is not None and self._panel.room is room:
                self._panel.show_room(None)
            room.close()
            room.deleteLater()

    def room_for(self, editor) -> PhoneRoom | None:  # noqa: ANN001
        return next((r for r in self.rooms.values() if r.editor is editor), None)

    def show_current(self) -> None:
        if self._panel is not None:
            self._panel.show_room(self.room_for(self.window.editor()))

    def show_inbox(self) -> None:
        """Show the panel (Ctrl+Alt+I) and put the keyboard in its list."""
        panel = self.panel
        panel.show_room(self.room_for(self.window.editor()))
        panel.show()
        panel.raise_()
        panel.items.setFocus()
