"""File > Share Map and File > Join Shared Map: the window's side of shared maps.

Nothing here runs until asked: one laptop on its own opens no port, starts no thread and
does not even load the engine (``loro``, ``websockets`` and ``qrcode`` are imported on the first
Share or Join). Each shared tab has a :class:`~.shared_session.SharedSession`; the Room panel
shows the one of the current tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
)

if TYPE_CHECKING:
    from ..collab.join_code import JoinCode
    from .room_panel import RoomPanel
    from .shared_session import SharedSession


def default_name() -> str:
    from .shared_session import default_name as name

    return name()


def local_addresses() -> list[str]:
    """127.0.0.1 first (this computer only), then this computer's IPv4 network addresses."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface  # (4 ms of a start)

    from ..collab import join_code

    out = [join_code.DEFAULT_HOST]
    for address in QNetworkInterface.allAddresses():
        if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and \
                not address.isLoopback() and address.toString() not in out:
            out.append(address.toString())
    return out


class ShareDialog(QDialog):
    """Where to open the room: the network address, the port, my name."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle("Share Map")
        form = QFormLayout(self)
        self.address = QComboBox(self)
        self.address.setEditable(True)
        self.address.addItems(local_addresses())
        self.address.setToolTip("127.0.0.1 lets only this computer in; choose the address of "
                                "the meeting room's network to let the other laptops join")
        self.port = QSpinBox(self)
        self.port.setRange(1024, 65535)
        from ..collab import join_code  # (loaded with the first Share or Join)

        self.port.setValue(join_code.DEFAULT_PORT)
        self.name = QLineEdit(default_name(), self)
        form.addRow("&Network address:", self.address)
        form.addRow("&Port:", self.port)
        form.addRow("Your &name:", self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Share")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class JoinDialog(QDialog):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle("Join Shared Map")
        form = QFormLayout(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("192.168.1.20:8765/Ab3dEf9hJk2m")
        self.name = QLineEdit(default_name(), self)
        form.addRow("Join &code:", self.code)
        form.addRow("Your &name:", self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Join")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class Sharing(QObject):
    """The window's shared tabs, the two File menu actions and the Room panel."""

    def __init__(self, window, file_menu: QMenu) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.sessions: list[tuple[object, SharedSession]] = []
        self._waiting: list[SharedSession] = []
        file_menu.addSeparator()
        window._action("share", "S&hare Map...", (), self.share_dialog, file_menu)
        window._action("join", "&Join Shared Map...", (), self.join_dialog, file_menu)
        from .inbox_panel import PhoneDesk

        self.phones = PhoneDesk(window, file_menu)   # participants' phones (issue 16)
        self._panel: RoomPanel | None = None
        window.tabs.currentChanged.connect(lambda _i: self._show_current())

    @property
    def panel(self) -> RoomPanel:
        """The Room panel (made on the first share or join)."""
        if self._panel is None:
            from .room_panel import RoomPanel

            self._panel = RoomPanel(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._panel)
            self.window.resizeDocks([self._panel], [300], Qt.Orientation.Horizontal)
            self._panel.remove_requested.connect(self._remove)
            self._panel.leave_requested.connect(self.leave_current)
        return self._panel

    # ------------------------------------------------------------------ lookups
    def session_for(self, editor) -> SharedSession | None:  # noqa: ANN001
        for known, session in self.sessions:
            if known is editor:
                return session
        return None

    def _show_current(self) -> None:
        if self._panel is None and not self.sessions:
            return
        session = self.session_for(self.window.editor())
        self.phones.show_current()
        self.panel.show_session(session)
        if session is not None:
            self.panel.set_status(self._status_text(session))

    @staticmethod
    def _status_text(session: SharedSession) -> str:
        if session.final_reason:
            return f"Not shared any more: {session.final_reason}"
        return "Connected" if session.connected else "Connecting..."

    # ------------------------------------------------------------------ sharing
    def share_dialog(self) -> None:
        editor = self.window.editor()
        if editor is None:
            return
        if self.session_for(editor) is not None:
            self._show_current()
            return
        dialog = ShareDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from ..collab import join_code

        try:
            bind = join_code.check_bind_address(dialog.address.currentText().strip())
        except join_code.JoinCodeError as exc:
            self.window.show_error("Cannot share the map", str(exc))
            return
        self.share(editor, bind, dialog.port.value(), dialog.name.text())

    def share(self, editor, bind: str, port: int, name: str = "") -> SharedSession:  # noqa: ANN001
        """Open a room for ``editor``'s map on ``bind:port`` (0: any free port)."""
        from .shared_session import SharedSession

        editor.commit_pending_edit()
        session = SharedSession(name, parent=self)
        self._wire(session)
        session.room_opened.connect(lambda code, s=session: self._opened(s, code))
        session.room_failed.connect(lambda why, s=session: self._failed(s, why))
        phones = self.phones.open(session, editor)
        session.host(editor.document, bind, port, phones.gateway)
        session.attach_editor(editor)
        self.sessions.append((editor, session))
        self._show_current()
        return session

    def _opened(self, session: SharedSession, code: str) -> None:
        self.window.statusBar().showMessage(f"Map shared: others join with {code}", 10000)
        if self.session_for(self.window.editor()) is session:
            self.panel.set_code(code)

    def _failed(self, session: SharedSession, reason: str) -> None:
        self._drop(session)
        self.window.show_error("Cannot share the map", reason)

    # ------------------------------------------------------------------ joining
    def join_dialog(self) -> None:
        dialog = JoinDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from ..collab import join_code

        try:
            code = join_code.JoinCode.parse(dialog.code.text())
        except join_code.JoinCodeError as exc:
            self.window.show_error("Cannot join", str(exc))
            return
        self.join(code, dialog.name.text())

    def join(self, code: JoinCode, name: str = "") -> SharedSession:
        """Join the room at ``code``; the map opens in a tab when it arrives."""
        from .shared_session import SharedSession

        session = SharedSession(name, parent=self)
        self._wire(session)
        session.joined.connect(lambda document, s=session: self._joined(s, document))
        self._waiting.append(session)
        session.join(code)
        return session

    def _joined(self, session: SharedSession, document) -> None:  # noqa: ANN001
        if session in self._waiting:
            self._waiting.remove(session)
        editor = self.window.add_document(document)
        session.attach_editor(editor)
        self.sessions.append((editor, session))
        self._show_current()

    # ------------------------------------------------------------------ common
    def _wire(self, session: SharedSession) -> None:
        session.status_changed.connect(lambda text: self.window.statusBar().showMessage(text,
                                                                                       8000))
        session.status_changed.connect(lambda _text, s=session: self._refresh_panel(s))
        session.people_changed.connect(lambda _people, s=session: self._refresh_panel(s))

    def _refresh_panel(self, session: SharedSession) -> None:
        if session in self._waiting and session.final_reason:
            self._waiting.remove(session)
            session.close()
            self.window.show_error("Cannot join", session.final_reason)
            return
        if self.session_for(self.window.editor()) is session:
            self.panel.set_people(session.people)
            self.panel.set_status(self._status_text(session))

    def _remove(self, client: str) -> None:
        session = self.session_for(self.window.editor())
        if session is None:
            return
        name = next((x["name"] for x in session.people if x["client"] == client), client)
        if self.confirm(f"Remove {name} from the room? Their laptop keeps its copy but gets "
                        "no more changes."):
            session.remove(client)

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self.window, "Room", question) == \
            QMessageBox.StandardButton.Yes

    def leave_current(self) -> None:
        editor = self.window.editor()
        session = self.session_for(editor)
        if session is not None:
            self._drop(session)
            self.window.statusBar().showMessage(
                "The map is no longer shared; it stays open here", 8000)

    def _drop(self, session: SharedSession) -> None:
        self.sessions = [(e, s) for e, s in self.sessions if s is not session]
        self.phones.close(session)
        session.close()
        session.deleteLater()
        self._show_current()

    def tab_closed(self, editor) -> None:  # noqa: ANN001
        session = self.session_for(editor)
        if session is not None:
            self._drop(session)

    def shutdown(self) -> None:
        for _editor, session in list(self.sessions):
            self._drop(session)
        for session in self._waiting:
            session.close()
        self._waiting = []


def join_after_start(code: JoinCode, name: str = ""):  # noqa: ANN201
    """For ``mindmap-app join CODE``: join once the window is up."""
    def start(window) -> None:  # noqa: ANN001
        window.sharing.join(code, name)
    return start
