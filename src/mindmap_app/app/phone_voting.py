"""Dot voting from participants' phones, during the tab's voting round (the Facilitate menu's).

Each participant gets the round's dots per person and places or takes back their own dots
(:class:`~..facilitation.voting.Ledger`); the round's own rules still hold (the room's total
when the number of people is counted). Every dot is the idea's ``votes`` value changed by the
same edit the facilitator's keys make, applied for the participant (shared with the room, not
on the facilitator's undo stack). Phones see the tallies only when the facilitator shows
them (Facilitate > Show Tallies, or a round that does not hide them); the map they see then
has no tallies either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from ..facilitation.voting import Ledger, VoteRefusedError
from ..model import EditError
from ..model import facilitation_ops as fops

if TYPE_CHECKING:
    from .phone_room import PhoneRoom

MAX_IDEAS = 500
PUBLISH_MS = 150


class PhoneVoting(QObject):
    def __init__(self, room: PhoneRoom) -> None:
        super().__init__(room)
        from .facilitate_menu import workshop

        self.room = room
        self.controller = workshop(room.editor).voting
        self.ledger: Ledger | None = None
        self._round = None
        self._hidden = self.hidden
        self._publish_timer = QTimer(self, singleShot=True, interval=PUBLISH_MS)
        self._publish_timer.timeout.connect(self.publish)
        self.controller.changed.connect(self._on_round_changed)

    def close(self) -> None:
        try:
            self.controller.changed.disconnect(self._on_round_changed)
        except (RuntimeError, TypeError):
            pass

    @property
    def running(self) -> bool:
        return self.controller.round is not None

    @property
    def hidden(self) -> bool:
        """Tallies hidden from the room right now (the facilitator's canvas decides)."""
        return self.running and self.room.editor.scene.votes_hidden

    # ------------------------------------------------------------------ state out
    def _on_round_changed(self) -> None:
        current = self.controller.round
        if current is not self._round:
            self._round = current
            self.ledger = Ledger(current.budget) if current is not None else None
            for session in self.room.people:
                self.send_you(session)
        if self.hidden != self._hidden:
            self._hidden = self.hidden
            self.room.map_changed()          # the map drawn with or without tallies
        if not self._publish_timer.isActive():
            self._publish_timer.start()

    def state(self) -> dict[str, Any] | None:
        """What every phone sees of the round (None: no round)."""
        round_ = self.controller.round
        if round_ is None:
            return None
        m = self.room.mind_map
        hidden = self.hidden
        ideas = []
        for node in m.subtree(m.root)[1:MAX_IDEAS + 1]:
            ideas.append({"id": node, "text": m.text(node), "depth": m.depth(node) - 1,
                          "votes": None if hidden else m.get(node, "votes")})
        return {"dots": round_.budget.dots_per_person, "hidden": hidden, "ideas": ideas}

    def publish(self) -> None:
        self._publish_timer.stop()
        self.room.publish_voting(self.state())

    def mine(self, session: str) -> dict[str, Any]:
        if self.ledger is None:
            return {"t": "you", "left": None, "mine": {}}
        return {"t": "you", "left": self.ledger.left_for(session),
                "mine": dict(self.ledger.dots.get(session, {}))}

    def send_you(self, session: str) -> None:
        self.room.send(session, self.mine(session))

    # ------------------------------------------------------------------ dots in
    def vote(self, session: str, node: str, delta: int) -> str:
        """Place (1) or take back (-1) one of ``session``'s dots on ``node``; "" when done,
        else why not (one line for the phone)."""
        round_, ledger, m = self.controller.round, self.ledger, self.room.mind_map
        if round_ is None or ledger is None:
            return "There is no voting round right now"
        if node not in m or node == m.root:
            return "That idea is not on the map any more"
        budget = round_.budget
        if delta > 0 and ledger.left_for(session) <= 0:
            self.send_you(session)
            return f"You have placed all {budget.dots_per_person} dots: take one back first"
        if delta > 0 and session not in ledger.dots and budget.people is not None and \
                len(ledger.dots) >= budget.people:
            return f"This round is for {budget.people} people, and they have all voted"
        if delta < 0 and not ledger.dots.get(session, {}).get(node):
            self.send_you(session)
            return "You have no dot on this idea"
        try:
            if delta > 0:
                round_.check_add(m)
                ledger.cast(session, node)
            else:
                ledger.retract(session, node)
            try:
                self.room.apply_from_phone(fops.add_vote(m, node, delta))
            except EditError:
                (ledger.retract if delta > 0 else ledger.cast)(session, node)
                raise
        except (VoteRefusedError, EditError) as exc:
            text = str(exc)
            return text[:1].upper() + text[1:]
        finally:
            self.send_you(session)
        if not self._publish_timer.isActive():
            self._publish_timer.start()
        return ""
