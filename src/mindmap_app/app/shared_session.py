"""A map shared in a room, on this laptop: the document, its replica, the network thread.

* Local edits go through :meth:`SharedSession.apply` (called by ``Document.run``): the model
  applies the edit, the replica records it as one Loro transaction, its bytes go to the room,
  and the undo step pushed on the document's stack undoes through Loro's undo manager.
* Remote updates arrive as Qt signals (queued to this thread) and are applied together every
  30 ms (longer in a busy room: three times what the last batch took, at most 300 ms) as
  model edits that are not on the undo stack; the document is marked
  modified (the host's file is the record: save and autosave work as usual).
* Presence: my selection goes out (throttled); the others' selections are outlined on the
  canvas in their colour; ``people_changed`` tells the room panel who is in.
* A dropped network keeps everything working; the client reconnects and the version exchange
  merges both sides' edits.
"""

from __future__ import annotations

import getpass
import logging
import random
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..canvas.presence_items import PresenceLayer
from ..collab import protocol as p
from ..collab.client import COLOURS, Sync, new_client_id
from ..collab.join_code import JoinCode
from ..collab.replica import Replica
from ..commands.shared_commands import SharedEditCommand
from ..model import Edit
from .document import Document
from .room_thread import RoomBridge, RoomThread

log = logging.getLogger(__name__)

BATCH_MS = 30
MAX_BATCH_MS = 300
PRESENCE_MS = 120


def default_name() -> str:
    try:
        return getpass.getuser().capitalize()[:p.MAX_NAME] or "Guest"
    except (KeyError, OSError):
        return "Guest"


class SharedSession(QObject):
    #: the people in the room changed: list of {"client", "name", "colour", "host"}
    people_changed = Signal(list)
    #: a line for the status bar / room panel ("Connected", "Reconnecting...", ...)
    status_changed = Signal(str)
    #: the room this laptop hosts is open (join code) / could not open (reason)
    room_opened = Signal(str)
    room_failed = Signal(str)
    #: a joiner's map has arrived: the document to open in a tab
    joined = Signal(object)

    def __init__(self, name: str = "", colour: str = "", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.name = (name or default_name())[:p.MAX_NAME]
        self.colour = colour or random.choice(COLOURS)
        self.client_id = new_client_id()
        self.bridge = RoomBridge()
        self.thread = RoomThread(self.bridge)
        self.sync = Sync(self.thread.send)
        self.sync.on_presence = self._on_presence
        self.sync.on_roster = self._on_roster
        self.sync.on_joined = self._on_joined
        self.document: Document | None = None
        self.editor = None
        self.presence: PresenceLayer | None = None
        self.people: list[dict[str, Any]] = []
        self.hosting = False
        self.code: JoinCode | None = None
        self.connected = False
        self.final_reason = ""
        self._pending: list[bytes] = []
        self._batch = QTimer(self, singleShot=True, interval=BATCH_MS)
        self._batch.timeout.connect(self._flush)
        self._presence_timer = QTimer(self, singleShot=True, interval=PRESENCE_MS)
        self._presence_timer.timeout.connect(self._send_presence)
        self.bridge.message.connect(self._on_message)
        self.bridge.status.connect(self._on_status)
        self.bridge.opened.connect(self._on_opened)
        self.bridge.failed.connect(self.room_failed)
        self.bridge.roster.connect(self._on_roster)

    # ------------------------------------------------------------------ starting
    def host(self, document: Document, bind: str, port: int, phones=None) -> None:  # noqa: ANN001
        """Share ``document``'s map: open a room on ``bind:port`` and join it (``phones``: a
        PhoneGateway serving the participants' page too)."""
        replica = Replica.host(document.mind_map)
        self._attach(document, replica)
        self.hosting = True
        self.thread.host(replica.snapshot(), bind, port, self.client_id, phones)

    def _on_opened(self, code: str) -> None:
        self.code = JoinCode.parse(code)
        self.thread.connect(self.code, self.name, self.colour, self.client_id)
        self.room_opened.emit(code)

    def join(self, code: JoinCode) -> None:
        """Join the room at ``code``; ``joined(document)`` follows when the map arrives."""
        self.code = code
        self.status_changed.emit(f"Joining {code.host}:{code.port}...")
        self.thread.connect(code, self.name, self.colour, self.client_id)

    def _on_joined(self, replica: Replica) -> None:
        document = Document(replica.mind_map)
        self._attach(document, replica)
        self.joined.emit(document)

    def _attach(self, document: Document, replica: Replica) -> None:
        if document.modified:
            document.mark_changed()          # the stack goes; the unsaved state stays
        document.undo_stack.clear()          # earlier steps would undo around the engine
        document.shared = self
        self.document = document
        self.sync.replica = None
        self.sync._adopt(replica)             # noqa: SLF001 - the sync takes the replica
        replica.on_remote = document.mark_changed

    def attach_editor(self, editor) -> None:  # noqa: ANN001
        """The tab showing the shared map: presence outlines and my selection."""
        self.editor = editor
        self.presence = PresenceLayer(editor.scene)
        editor.scene.selectionChanged.connect(self._presence_timer.start)
        self._send_presence()

    # ------------------------------------------------------------------ local edits
    def apply(self, edit: Edit, text: str) -> SharedEditCommand | None:
        """Apply a local edit (Document.run): it is recorded and sent; the undo step to
        push, or None when the edit changed nothing the engine would undo."""
        replica = self.sync.replica
        before = replica.undo_manager.undo_count()
        self.document.mind_map.apply(edit)
        if replica.undo_manager.undo_count() == before:
            return None
        return SharedEditCommand(replica, text)

    # ------------------------------------------------------------------ network
    def _on_message(self, msg: p.Message) -> None:
        if msg.kind in (p.UPDATE, p.UPDATES) and self.sync.replica is not None:
            if msg.kind == p.UPDATE:
                self._pending.append(msg.data)
            else:
                self._pending.extend(msg.data)
            if not self._batch.isActive():
                self._batch.start()
            return
        self._flush()
        self.sync.handle(msg)

    def _flush(self) -> None:
        self._batch.stop()
        if self._pending:
            batch, self._pending = self._pending, []
            started = time.perf_counter()
            self.sync.receive(batch)
            # reading a 1,000-idea map back costs ~20 ms: in a busy room, wait longer between
            # batches so the window always has most of its time for the user
            spent_ms = (time.perf_counter() - started) * 1000
            self._batch.setInterval(int(min(MAX_BATCH_MS, max(BATCH_MS, 3 * spent_ms))))

    def _on_status(self, connected: bool, reason: str, final: bool) -> None:
        self.connected = connected
        if final:
            self.final_reason = reason
        if connected:
            text = "Connected to the room"
        elif final:
            text = f"Left the room: {reason}. Your copy stays open (Save As keeps it)."
        else:
            text = f"Offline ({reason}); your edits merge when the host is back"
        self.status_changed.emit(text)
        if not connected and self.presence is not None:
            self.presence.clear()

    def _on_presence(self, data: dict[str, Any]) -> None:
        if self.presence is not None and data.get("client") != self.client_id:
            self.presence.set_person(data["client"], data["name"], data["colour"],
                                     data["selection"])

    def _on_roster(self, people: list[dict[str, Any]]) -> None:
        self.people = list(people)
        if self.presence is not None:
            self.presence.keep_only({x["client"] for x in people})
        self.people_changed.emit(self.people)

    def _send_presence(self) -> None:
        if self.editor is None:
            return
        try:
            selection = self.editor.selected()[:p.MAX_SELECTION]
        except RuntimeError:          # the tab is being deleted
            return
        self.thread.send(p.encode(p.PRESENCE, {"selection": selection}))

    # ------------------------------------------------------------------ the host
    def remove(self, client: str) -> None:
        if self.hosting and client != self.client_id:
            self.thread.remove(client)

    # ------------------------------------------------------------------ closing
    def close(self) -> None:
        """Leave the room (the host closes it); the map stays as it is, no longer shared."""
        self._flush()
        if self.editor is not None:
            try:
                self.editor.scene.selectionChanged.disconnect(self._presence_timer.start)
            except (RuntimeError, TypeError):
                pass
        presence, self.presence = self.presence, None
        try:
            if presence is not None:
                presence.detach()
        finally:        # whatever went wrong above, the room is left and its thread stopped
            self._leave()

    def _leave(self) -> None:
        self.thread.close()
        if self.sync.replica is not None:
            self.sync.replica.close()
        if self.document is not None:
            self.document.shared = None
            self.document.undo_stack.clear()
        self.editor = None
