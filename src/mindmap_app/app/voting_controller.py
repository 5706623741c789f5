"""Dot voting in one tab: the running round, dots by key and by click, hidden tallies, sorting
by votes and the top-N highlight.

The round's rules and budget are :class:`~mindmap_app.facilitation.voting.VotingRound` (no
Qt); every dot is an undoable edit of the idea's ``votes`` pushed through the editor. While a
round runs, a click on an idea adds a dot and Shift+click takes one back (the view's own
click handling is skipped: no drag, no selection change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent

from ..commands import SortByVotesCommand, VoteCommand, VotingRoundCommand
from ..facilitation.voting import Budget, VoteRefusedError, VotingRound, top_ideas
from ..model import Composite, EditError
from ..model import facilitation_ops as fops


class VotingController(QObject):
    #: the round started or ended, a dot was placed, the tallies were shown or hidden
    changed = Signal()

    def __init__(self, editor) -> None:  # noqa: ANN001 - a MapEditor
        super().__init__(editor)
        self.editor = editor
        self.round: VotingRound | None = None
        #: the top-N highlight: (count, branch or None), kept up to date as votes change
        self.top: tuple[int, str | None] | None = None
        mind_map = editor.mind_map
        mind_map.subscribe(self._on_change)
        editor.destroyed.connect(lambda *_: mind_map.unsubscribe(self._on_change))
        editor.view.viewport().installEventFilter(self)

    @property
    def mind_map(self):  # noqa: ANN201
        return self.editor.mind_map

    @property
    def running(self) -> bool:
        return self.round is not None

    # ------------------------------------------------------------------------ the round
    def start(self, budget: Budget, hidden: bool = False) -> None:
        self.round = VotingRound.start(self.mind_map, budget, hidden=hidden)
        self.editor.scene.set_view_marks(votes_hidden=hidden)
        self.changed.emit()     # the status bar's counter says it (a message beside it went stale)

    def end(self) -> bool:
        """Keep the votes, record the round in the map (one undo step), show the tallies."""
        if self.round is None:
            return False
        record = self.round.record(self.mind_map)
        self.round = None
        self.editor.scene.set_view_marks(votes_hidden=False)
        self.editor._run(fops.record_voting_round(self.mind_map, record), "End Voting",
                         VotingRoundCommand)
        self.editor.message.emit(f"Voting ended: {record['placed']} dots placed")
        self.changed.emit()
        return True

    def counter_text(self) -> str:
        return self.round.counter_text(self.mind_map) if self.round else ""

    def toggle_tallies(self) -> None:
        hidden = not self.editor.scene.votes_hidden
        self.editor.scene.set_view_marks(votes_hidden=hidden)
        self.editor.message.emit("Tallies hidden" if hidden else "Tallies shown")
        self.changed.emit()

    # ------------------------------------------------------------------------ dots
    def vote(self, delta: int, nodes: list[str] | None = None) -> bool:
        """One dot more (or less) on each of ``nodes`` (default: the selection): one step."""
        nodes = nodes if nodes is not None else self.editor.selected()
        if not nodes:
            self.editor.message.emit("Select an idea first")
            return False
        m = self.mind_map
        try:
            if self.round is not None and delta > 0:
                self.round.check_add(m)
                left = self.round.left(m)
                if left is not None and left < len(nodes):
                    raise VoteRefusedError(f"only {left} dots are left for {len(nodes)} ideas")
            elif self.round is not None:
                for node in nodes:
                    self.round.check_remove(m, node)
            edit = Composite(tuple(fops.add_vote(m, n, delta) for n in nodes), "Vote")
        except (EditError, VoteRefusedError) as exc:
            self.editor.message.emit(str(exc)[:1].upper() + str(exc)[1:])
            return False
        name = ("Add Vote" if delta > 0 else "Remove Vote") + (
            f" ({len(nodes)} ideas)" if len(nodes) > 1 else "")
        return self.editor._run(edit, name, VoteCommand)   # the counter shows the budget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.round is None or event.type() not in (QEvent.Type.MouseButtonPress,
                                                      QEvent.Type.MouseButtonDblClick):
            return False
        assert isinstance(event, QMouseEvent)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        view = self.editor.view
        item = self.editor.scene.item_at(view.mapToScene(event.position().toPoint()))
        if item is None:
            return False        # the background still pans
        remove = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.vote(-1 if remove else 1, [item.node_id])
        event.accept()
        return True

    # ------------------------------------------------------------------ sorting, top N
    def sort_children(self) -> bool:
        node = self.editor.current()
        if node is None:
            self.editor.message.emit("Select the idea whose ideas to sort")
            return False
        try:
            edit = fops.sort_children_by_votes(self.mind_map, node)
        except EditError as exc:
            self.editor.message.emit(str(exc).capitalize())
            return False
        return self.editor._run(edit, "Sort by Votes", SortByVotesCommand)

    def highlight_top(self, count: int, within: str | None = None) -> list[str]:
        self.top = (count, within)
        return self._show_top()

    def clear_highlight(self) -> None:
        self.top = None
        self.editor.scene.set_view_marks(highlighted=frozenset())

    def _show_top(self) -> list[str]:
        if self.top is None:
            return []
        count, within = self.top
        if within is not None and within not in self.mind_map:
            within = None
        nodes = top_ideas(self.mind_map, count, within)
        self.editor.scene.set_view_marks(highlighted=frozenset(nodes))
        return nodes

    def _on_change(self, change) -> None:  # noqa: ANN001
        if self.top is not None:
            self._show_top()
        if self.round is not None:
            self.changed.emit()
