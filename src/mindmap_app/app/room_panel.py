"""The Room panel: the join code and its QR code, who is in the room, remove and leave."""

from __future__ import annotations

from typing import Any

import qrcode
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..collab.join_code import JoinCode
from ..i18n import translate as tr
from ..i18n.messages import message
from .people_list import PeopleList


def qr_pixmap(text: str, size: int = 160) -> QPixmap:
    """A QR code of ``text`` drawn with QPainter from qrcode's module matrix."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    cell = size / len(matrix)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5))
    painter.end()
    return pixmap


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RoomPanel(QDockWidget):
    #: the host asks to remove a participant (client id)
    remove_requested = Signal(str)
    leave_requested = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__("Room", parent)
        self.setObjectName("room_panel")
        body = QWidget(self)
        box = QVBoxLayout(body)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        row = QHBoxLayout()
        self.code_field = QLineEdit(body)
        self.code_field.setReadOnly(True)
        self.code_field.setToolTip("Others type this in File > Join Shared Map "
                                   "(or run mindmap-app join CODE)")
        self.code_field.setMinimumWidth(
            self.code_field.fontMetrics().horizontalAdvance("192.168.100.200:65535/" + "m" * 16))
        copy = QPushButton("Copy", body)
        copy.clicked.connect(self.copy_code)
        self.copy_button = copy
        row.addWidget(self.code_field, 1)
        row.addWidget(copy)
        box.addLayout(row)
        self.qr = QLabel(body)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.qr)
        box.addWidget(QLabel("In the room:", body))
        self.people = PeopleList(body)
        self.people.remove_requested.connect(self._remove_selected)
        self.people.currentRowChanged.connect(lambda _row: self._sync_buttons())
        box.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton("&Remove from Room", body)
        self.remove_button.clicked.connect(self._remove_selected)
        self.leave_button = QPushButton("&Leave Room", body)
        self.leave_button.clicked.connect(self.leave_requested)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.leave_button)
        box.addLayout(buttons)
        self.setWidget(body)
        self.hosting = False
        self.me = ""
        self.show_session(None)

    def show_session(self, session) -> None:  # noqa: ANN001
        """Show ``session`` (a SharedSession), or hide the panel for an unshared map."""
        if session is None:
            self.hide()
            return
        self.hosting = session.hosting
        self.me = session.client_id
        self.leave_button.setText(tr("&Close Room") if session.hosting else tr("&Leave Room"))
        self.set_code(str(session.code) if session.code else "")
        self.set_people(session.people)
        self.show()

    def set_code(self, code: str) -> None:
        self.code_field.setText(code)
        self.code_field.setVisible(bool(code))
        self.copy_button.setVisible(bool(code))
        if code:
            # the QR code is the room's web address: a phone's camera opens the participants'
            # page; File > Join Shared Map takes it as well as the code
            self.qr.setPixmap(qr_pixmap(JoinCode.parse(code).url))
            self.qr.setToolTip(JoinCode.parse(code).url)
        self.qr.setVisible(bool(code))

    def set_status(self, text: str) -> None:
        self.status.setText(message(text))

    def set_people(self, people: list[dict[str, Any]]) -> None:
        self.people.clear()
        for person in people:
            marks = [m for m, on in (("host", person.get("host")),
                                     ("you", person["client"] == self.me)) if on]
            text = person["name"] + (f" ({', '.join(marks)})" if marks else "")
            item = QListWidgetItem(colour_icon(person["colour"]), text)
            item.setData(Qt.ItemDataRole.UserRole, person["client"])
            self.people.addItem(item)
        self._sync_buttons()

    def names(self) -> list[str]:
        return [self.people.item(i).text() for i in range(self.people.count())]

    def _selected_client(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _sync_buttons(self) -> None:
        client = self._selected_client()
        self.remove_button.setVisible(self.hosting)
        self.remove_button.setEnabled(self.hosting and client is not None and client != self.me)

    def _remove_selected(self) -> None:
        client = self._selected_client()
        if self.hosting and client is not None and client != self.me:
            self.remove_requested.emit(client)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code_field.text())
