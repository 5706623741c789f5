"""Nodes glide to their new places after an edit (about 150 ms), instead of jumping."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPointF, QVariantAnimation

GLIDE_MS = 150


class Glide:
    """Moves items from where they are to their targets over ``GLIDE_MS``.

    ``on_step(nodes)`` is called after each frame with the nodes that moved, so the scene can
    redraw their edges. A new glide finishes the running one first.
    """

    def __init__(self, on_step: Callable[[list[str]], None]) -> None:
        self.on_step = on_step
        self._animation: QVariantAnimation | None = None
        self._moves: dict[str, tuple[object, QPointF, QPointF]] = {}

    @property
    def running(self) -> bool:
        return self._animation is not None

    def start(self, moves: dict[str, tuple[object, QPointF, QPointF]]) -> None:
        """``moves``: node -> (item, from, to)."""
        self.finish()
        if not moves:
            return
        self._moves = moves
        animation = QVariantAnimation()
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(GLIDE_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.valueChanged.connect(self._step)
        animation.finished.connect(self.finish)
        self._animation = animation
        animation.start()

    def _step(self, t: float) -> None:
        for item, start, end in self._moves.values():
            item.setPos(start + (end - start) * float(t))
        self.on_step(list(self._moves))

    def moves(self) -> dict[str, tuple[QPointF, QPointF]]:
        """node -> (from, to) of the items gliding now (in their frames' coordinates)."""
        return {node: (start, end) for node, (_item, start, end) in self._moves.items()}

    def hand_over(self, node: str, item: object) -> None:
        """``node``'s move goes on with ``item``: its box was just put into a new frame of its
        own, standing where the box stood (else the box, now inside the frame, was set to
        its end place counted from the frame, and stayed off its place for good)."""
        move = self._moves.get(node)
        if move is not None:
            self._moves[node] = (item, move[1], move[2])

    def forget(self, nodes: set[str]) -> None:
        """Stop moving the items of ``nodes``: they are going away (an undo can take away
        boxes the last one set gliding; Qt deletes a box with the frame it hangs in)."""
        if self._moves and not nodes.isdisjoint(self._moves):
            self._moves = {n: move for n, move in self._moves.items() if n not in nodes}

    def finish(self) -> None:
        """Jump every gliding item to its target now."""
        animation, self._animation = self._animation, None
        if animation is not None:
            animation.valueChanged.disconnect(self._step)
            animation.stop()
        moves, self._moves = self._moves, {}
        if moves:
            for item, _start, end in moves.values():
                item.setPos(end)
            self.on_step(list(moves))
