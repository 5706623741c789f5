"""The facilitator's side of participants' phones, for a map this laptop shares.

A :class:`PhoneRoom` belongs to one hosted shared tab. Its :class:`~..phones.gateway.
PhoneGateway` runs in the room's network thread; what phones send comes here through a queued
Qt signal, and what phones see goes back with ``RoomThread.call``.

* Ideas go on the map at once, under the branch the facilitator opened for input, or wait in
  the :class:`~..phones.inbox.Inbox` (the Phone Inbox panel) to be placed, merged or discarded
  by undoable commands. Ideas placed by phones are shared with the room like any edit, but
  the facilitator's Ctrl+Z does not undo them (they are not the facilitator's edits).
* The map goes to phones as the SVG export draws it, light (and dark once a phone asks for
  it), redrawn a moment after it changes.
* The facilitator can pause input, allow anonymous participants and remove one.
"""

from __future__ import annotations

import functools
import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..collab.join_code import new_token
from ..commands.inbox_commands import InboxTakeCommand
from ..model import Composite, EditError, SetNodeAttr
from ..model.operations import add_child, set_attr
from ..phones.gateway import PhoneEvent, PhoneGateway
from ..phones.inbox import Inbox, InboxItem

log = logging.getLogger(__name__)

MAP_DELAY_MS = 300
IDEA_BATCH_MS = 20
MAX_IDEA_BATCH_MS = 200
MAX_MAP_DELAY_MS = 3000


def without_votes(mind_map):  # noqa: ANN001, ANN201
    """A copy of ``mind_map`` with no votes on any idea (for a round whose tallies are
    hidden)."""
    copy = mind_map.copy()
    edits = tuple(SetNodeAttr(n, "votes", 0) for n in copy.nodes() if copy.get(n, "votes"))
    if edits:
        copy.apply(Composite(edits, "Hide tallies"))
    return copy


class PhoneRoom(QObject):
    #: the settings (where ideas go, anonymous, paused) changed
    settings_changed = Signal()
    #: participants joined, left or were removed
    people_changed = Signal()
    #: an idea from a phone was placed on the map (its node id) or put in the inbox ("")
    idea_received = Signal(str)

    def __init__(self, session, editor, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.document = editor.document
        self.inbox = Inbox()
        self.to_map = False
        self.target: str | None = None
        self.anonymous = False
        self.locked = False
        #: session -> {"name", "online"}
        self.people: dict[str, dict[str, Any]] = {}
        self.map_renders: list[float] = []       # seconds per drawing of the map
        #: the themes the map is drawn in for phones (dark once a phone asks for it)
        self.themes = {"light"}
        self.gateway = PhoneGateway(new_token(), session.bridge.phone_event.emit,
                                    self.document.title)
        self.gateway.room.update(self._room_state())
        session.bridge.phone_event.connect(self._on_event)
        self._ideas: list[tuple[str, str, int]] = []
        self._idea_timer = QTimer(self, singleShot=True, interval=IDEA_BATCH_MS)
        self._idea_timer.timeout.connect(self._flush_ideas)
        self._map_timer = QTimer(self, singleShot=True, interval=MAP_DELAY_MS)
        self._map_timer.timeout.connect(self._publish_map)
        self._mind_map = self.document.mind_map
        self._mind_map.subscribe(self._on_change)
        from .phone_voting import PhoneVoting

        self.voting = PhoneVoting(self)
        self.gateway.room["voting"] = self.voting.state()

    def close(self) -> None:
        self._flush_ideas()
        self.voting.close()
        self._idea_timer.stop()
        self._map_timer.stop()
        self._mind_map.unsubscribe(self._on_change)
        try:
            self.session.bridge.phone_event.disconnect(self._on_event)
        except (RuntimeError, TypeError):
            pass

    @property
    def mind_map(self):  # noqa: ANN201
        return self.document.mind_map

    @property
    def url(self) -> str:
        return self.gateway.url if self.gateway.origin else ""

    def _call(self, function, *args, **kwargs) -> None:  # noqa: ANN001
        self.session.thread.call(functools.partial(function, *args, **kwargs))

    def send(self, session: str, data: dict[str, Any]) -> None:
        """Send ``data`` to one participant's phones."""
        self._call(self.gateway.send, session, data)

    def publish_voting(self, state: dict[str, Any] | None) -> None:
        self._call(self.gateway.set_room, voting=state)

    # ------------------------------------------------------------------ settings
    def _target_text(self) -> str | None:
        if self.target is None or self.target not in self.mind_map:
            return None
        return self.mind_map.text(self.target) or "(an idea without text)"

    def _room_state(self) -> dict[str, Any]:
        target = self._target_text()
        return {"title": self.document.title, "anonymous": self.anonymous,
                "locked": self.locked, "where": "map" if self.to_map and target else "inbox",
                "target": target}

    def _publish_room(self) -> None:
        self._call(self.gateway.set_room, **self._room_state())
        self.settings_changed.emit()

    def set_to_map(self, on: bool) -> None:
        """Ideas go on the map at once (under the open branch) or wait in the inbox."""
        self.to_map = bool(on)
        self._publish_room()

    def open_branch(self, node: str | None) -> None:
        """Ideas sent to the map go under ``node`` (None: nowhere; they wait in the inbox)."""
        self.target = node if node is None or node in self.mind_map else None
        self._publish_room()

    def set_anonymous(self, on: bool) -> None:
        self.anonymous = bool(on)
        self._publish_room()

    def set_locked(self, on: bool) -> None:
        self.locked = bool(on)
        self._publish_room()

    def remove(self, session: str) -> None:
        """Remove a participant (their phone is refused for the life of the room)."""
        self.people.pop(session, None)
        self.session.thread.submit(self.gateway.remove(session))
        self.people_changed.emit()

    def online_count(self) -> int:
        return sum(1 for p in self.people.values() if p["online"])

    # ------------------------------------------------------------------ from phones
    def _on_event(self, event: PhoneEvent) -> None:
        if event.kind == "joined":
            self.people[event.session] = {"name": event.data["name"], "online": True}
            self.people_changed.emit()
            self.voting.send_you(event.session)
            if not self.gateway.maps and not self._map_timer.isActive():
                self._map_timer.start()
        elif event.kind == "left":
            if event.data.get("removed"):
                self.people.pop(event.session, None)
            elif event.session in self.people:
                self.people[event.session]["online"] = False
            self.people_changed.emit()
        elif event.kind == "idea":
            self._on_idea(event.session, event.data["text"], event.data["n"])
        elif event.kind == "theme":
            self.themes.add(event.data["theme"])
            self.map_changed()
        elif event.kind == "vote" and event.session in self.people:
            why = self.voting.vote(event.session, event.data["node"], event.data["d"])
            if why:
                self.send(event.session, {"t": "error", "text": why})

    def _ack(self, session: str, number: int, ok: bool, text: str) -> None:
        self._call(self.gateway.send, session,
                   {"t": "ack", "n": number, "ok": ok, "text": text})

    def _on_idea(self, session: str, text: str, number: int) -> None:
        if self.locked:
            self._ack(session, number, False, "Not sent: the facilitator has paused input")
            return
        if session not in self.people:
            return
        # ideas that arrive together go onto the map as one edit: the canvas lays the map
        # out once for them, not once per idea (40 phones sending at once stay quick)
        self._ideas.append((session, text, number))
        if not self._idea_timer.isActive():
            self._idea_timer.start()

    def _flush_ideas(self) -> None:
        batch, self._ideas = self._ideas, []
        if not batch:
            return
        if self.locked:
            for session, _text, number in batch:
                self._ack(session, number, False, "Not sent: the facilitator has paused input")
            return
        started = time.perf_counter()
        if self.to_map and self._target_text() is not None:
            base = len(self.mind_map.children(self.target))
            edits = tuple(add_child(self.mind_map, self.target, text, index=base + k)
                          for k, (_session, text, _number) in enumerate(batch))
            self.apply_from_phone(edits[0] if len(edits) == 1 else
                                  Composite(edits, "Ideas from phones"))
            for edit, (session, _text, number) in zip(edits, batch, strict=True):
                self._ack(session, number, True, "On the map")
                self.idea_received.emit(edit.fragment.root)
        else:
            for session, text, number in batch:
                author = self.people.get(session, {}).get("name", "")
                self.inbox.put(InboxItem(text, author, session))
                self._ack(session, number, True, "In the facilitator's inbox")
                self.idea_received.emit("")
        spent_ms = (time.perf_counter() - started) * 1000
        # a busy window waits as long as the last batch took before the next one
        self._idea_timer.setInterval(int(min(MAX_IDEA_BATCH_MS, max(IDEA_BATCH_MS, spent_ms))))

    def apply_from_phone(self, edit) -> None:  # noqa: ANN001
        """Apply a participant's edit: shared with the room, marked as a change to save,
        not on the facilitator's undo stack."""
        replica = self.session.sync.replica
        with replica.participant_edits():
            self.mind_map.apply(edit)
        self.document.mark_changed()

    # ------------------------------------------------------------------ the map
    def _on_change(self, change) -> None:  # noqa: ANN001
        if self.target is not None and self.target not in self.mind_map:
            self.target = None
            self._publish_room()
        elif self.target is not None and self.target in change.attrs:
            self._publish_room()
        self.map_changed()

    def map_changed(self) -> None:
        """Draw the map for the phones again, a moment from now."""
        if self.people and not self._map_timer.isActive():
            self._map_timer.start()

    def map_svgs(self) -> dict[str, bytes]:
        """The map as the SVG export draws it, in the themes phones have asked for."""
        from ..render.export import render_svg
        from ..render.options import ExportOptions

        mind_map = self.mind_map
        if self.voting.hidden:               # the room sees no tally until they are shown
            mind_map = without_votes(mind_map)
        return {theme: render_svg(mind_map, ExportOptions(theme=theme))
                for theme in sorted(self.themes)}

    def _publish_map(self) -> None:
        started = time.perf_counter()
        svgs = self.map_svgs()
        spent = time.perf_counter() - started
        self.map_renders.append(spent)
        # a big map in a busy room: draw it less often, so the window keeps most of its time
        self._map_timer.setInterval(int(min(MAX_MAP_DELAY_MS,
                                            max(MAP_DELAY_MS, 4000 * spent))))
        self._call(self.gateway.set_map, svgs)

    # ------------------------------------------------------------------ the inbox
    def _place_for(self, parent: str | None) -> str:
        for node in (parent, self.editor.current(), self.target):
            if node is not None and node in self.mind_map:
                return node
        return self.mind_map.root

    def accept(self, item_id: str, parent: str | None = None) -> str | None:
        """Place the inbox idea on the map under ``parent`` (default: the selected idea,
        else the open branch, else the central idea): one undo step. Its node id."""
        item = self.inbox.get(item_id)
        if item is None:
            return None
        edit = add_child(self.mind_map, self._place_for(parent), item.text)
        self.document.run_with(InboxTakeCommand(self.inbox, item, "Place Idea"), edit,
                               "Place Idea from Inbox")
        return edit.fragment.root

    def merge(self, item_id: str, node: str | None = None) -> bool:
        """Merge the inbox idea into ``node`` (default: the selected idea): its text is
        added to the idea's note. One undo step."""
        item = self.inbox.get(item_id)
        node = node if node is not None else self.editor.current()
        if item is None or node is None or node not in self.mind_map:
            return False
        note = self.mind_map.get(node, "note") or ""
        try:
            edit = set_attr(node, "note", f"{note}\n{item.text}" if note else item.text)
        except EditError:
            return False
        self.document.run_with(InboxTakeCommand(self.inbox, item, "Merge Idea"), edit,
                               "Merge Idea from Inbox")
        return True

    def discard(self, item_id: str) -> bool:
        item = self.inbox.get(item_id)
        if item is None:
            return False
        self.document.run_with(InboxTakeCommand(self.inbox, item, "Discard Idea"), None,
                               "Discard Idea from Inbox")
        return True
