"""Presentation mode: the map full screen for a room, stepped through with a clicker.

A :class:`Presentation` is a second, top-level view on the editor's own scene, so the main
window's view keeps its zoom and scroll, and an idea added during the meeting goes through
the editor (one undo step, as when editing). Leaving gives back the theme the scene had and
exactly the main view's zoom and scroll.

Keys (the table in :mod:`.presentation_keys`): Right, Down, PageDown, Space, Enter forward;
Left, Up, PageUp, Backspace back; Home and End first and last step; a number then Enter goes to
that branch (0: the overview); Tab or Insert adds an idea to the branch shown (or the node
clicked); R reveals children one at a time; T starts or pauses the timer, a number then T
counts down that many minutes, Shift+T resets it; Ctrl+Z and Ctrl+Shift+Z undo and redo; Esc
leaves editing, then the close-up, then the presentation. Clicking a node shows it close up and
dims the rest.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QLineF,
    QPointF,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel, QMenu

from ..i18n import translate as tr
from ..model import MindMap
from .legend import presentation_legend
from .lifetime import lifetime_of
from .map_editor import MapEditor
from .presentation_keys import MAX_DIGITS, find_key, invoke_key
from .presentation_overview import OverviewBoard, StepLabels
from .presentation_plan import (
    MARGIN_PX,
    Frame,
    focus_frame,
    nodes_rect,
    plan_frames,
    presented_branches,
    readable_scale,
    screen_rect,
)
from .presentation_timer import RoundTimer, TimerLabel

ANIMATE_KEY = "presentation/animate"
REVEAL_KEY = "presentation/reveal"
ANIMATION_MS = 300
WORLD = 1.0e5            # the view may scroll this far around the map, whatever its size

K = Qt.Key


def presentation_theme(mind_map: MindMap) -> str:
    """The projector theme, unless the map asks for another one (any theme but light)."""
    return mind_map.theme if mind_map.theme != "light" else "projector"


def _setting(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


#: how far in from the screen's edges the map fades into the background (device pixels; the
#: frames keep what they show MARGIN_PX in)
FADE_PX = 0.75 * MARGIN_PX


class Presentation(QGraphicsView):
    """Full-screen presentation of ``editor``'s map; see the module notes for the keys."""

    #: the presentation ended and gave the main view back
    finished = Signal()

    def __init__(self, editor: MapEditor, *, theme: str | None = None,
                 animate: bool | None = None, reveal: bool | None = None) -> None:
        super().__init__(editor.scene, editor)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(f"{editor.document.title} - Presentation")
        self.editor = editor
        self.map_scene = editor.scene
        editor.view.sync_overview()     # the items draw themselves again for this view
        self.settings = QSettings("mindmap-app", "mindmap-app")
        if animate is None:
            animate = _setting(self.settings, ANIMATE_KEY, True) and \
                os.environ.get("MINDMAP_ANIMATIONS") != "0"
        self.animate = animate
        self.reveal = _setting(self.settings, REVEAL_KEY, False) if reveal is None else reveal
        self.frames: list[Frame] = []
        self.index = 0
        self.focus_node: str | None = None     # node clicked for a close-up
        self.typed = ""                         # digits typed for "N Enter" / "N T"
        self.active = True
        self._live_added: list[str] = []        # ideas added here: shown even in reveal mode
        # what to give back on leaving
        main = editor.view
        self._saved_transform = QTransform(main.transform())
        self._saved_scroll = (main.horizontalScrollBar().value(),
                              main.verticalScrollBar().value())
        self._saved_scene_rect = main.sceneRect()
        self._saved_centre = main.mapToScene(main.viewport().rect()).boundingRect().center()
        self._saved_theme = self.map_scene.theme.name
        self._saved_selection = self.map_scene.selected_ids()
        self._setup_view()
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_animation_step)
        self._from = self._to = (QPointF(), 1.0)
        self.timer = RoundTimer(self)
        self.timer_label = TimerLabel(self.timer, self)
        self.board = OverviewBoard(self, self.go_to_branch)
        self.step_labels = StepLabels(self)
        self.legend = presentation_legend(self, editor)     # when View > Legend shows it
        self.hint = QLabel(self)
        self.hint.setStyleSheet("QLabel { color: #ffffff; background: #000000;"
                                " border-radius: 8px; padding: 4px 14px; font-size: 32px; }")
        self.hint.hide()
        wanted = theme or presentation_theme(editor.mind_map)
        if wanted != self._saved_theme:
            self.map_scene.set_theme(wanted)
        # the scene and the inline editor outlive the presentation: links undone on leaving
        self.lifetime = lifetime_of(self)
        self.lifetime.connect(self.map_scene.layout_changed, self._on_layout_changed)
        self.lifetime.connect(editor.editor.committed, self._on_edit_committed)
        self.lifetime.connect(editor.editor.cancelled, self._on_edit_cancelled)
        self.map_scene.clearSelection()         # no selection outline in front of the room

    def _setup_view(self) -> None:
        self.setRenderHints(QPainter.RenderHint.Antialiasing |
                            QPainter.RenderHint.TextAntialiasing |
                            QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the view's own scroll area, far larger than the map: any frame can be centred
        self.setSceneRect(QRectF(-WORLD, -WORLD, 2 * WORLD, 2 * WORLD))
        # the screen's edges fade into the background (drawForeground): a whole repaint at
        # each move, else Qt would scroll the faded edges into the middle
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt
        """The screen's edges fade into the background over :data:`FADE_PX`: a box a step
        cuts at the edge (a long branch goes on past it) shows as going on, not as a sliver
        of its border or half its lines."""
        super().drawForeground(painter, rect)
        solid = QColor(self.map_scene.theme.background)
        clear = QColor(solid)
        clear.setAlpha(0)
        area = QRectF(self.viewport().rect())
        band = min(FADE_PX, area.height() / 6, area.width() / 6)
        painter.save()
        painter.resetTransform()
        painter.setPen(Qt.PenStyle.NoPen)
        for edge, inner, strip in (
                (area.topLeft(), QPointF(area.left(), area.top() + band),
                 QRectF(area.left(), area.top(), area.width(), band)),
                (area.bottomLeft(), QPointF(area.left(), area.bottom() - band),
                 QRectF(area.left(), area.bottom() - band, area.width(), band)),
                (area.topLeft(), QPointF(area.left() + band, area.top()),
                 QRectF(area.left(), area.top(), band, area.height())),
                (area.topRight(), QPointF(area.right() - band, area.top()),
                 QRectF(area.right() - band, area.top(), band, area.height()))):
            gradient = QLinearGradient(edge, inner)
            gradient.setColorAt(0.0, solid)
            gradient.setColorAt(1.0, clear)
            painter.fillRect(strip, gradient)
        painter.restore()

    # ----------------------------------------------------------------- start, leave
    def begin(self) -> None:
        """Show full screen (on a second screen when there is one) at the first step."""
        screens = QGuiApplication.screens()
        here = self.editor.window().screen()
        target = next((s for s in screens if s != here), here)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.replan()
        self.go_to(0, animate=False)

    def finish(self) -> None:
        """Leave: editing first is committed, then the scene and main view are given back."""
        if not self.active:
            return
        self.active = False
        self._animation.stop()
        self.timer.stop()
        if self.editor.editor.active:
            self.editor.editor.commit()
        self.lifetime.close()
        self._undecorate()
        self.board.hide()
        self.step_labels.hide()
        m = self.editor.mind_map
        added = [n for n in self._live_added if n in m]
        self.map_scene.select_only(added[-1:] or [n for n in self._saved_selection if n in m])
        if self.map_scene.theme.name != self._saved_theme:
            self.map_scene.set_theme(self._saved_theme)
        main = self.editor.view
        main.setTransform(self._saved_transform)
        if main.sceneRect() == self._saved_scene_rect:
            main.horizontalScrollBar().setValue(self._saved_scroll[0])
            main.verticalScrollBar().setValue(self._saved_scroll[1])
        else:       # the map grew or shrank: show the same place of it
            main.centerOn(self._saved_centre)
        self.hide()
        self.setScene(None)             # the map view is the scene's one view again
        main.sync_overview()
        window = self.editor.window()
        window.activateWindow()
        main.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.finished.emit()
        self.deleteLater()

    def closeEvent(self, event) -> None:  # noqa: ANN001
        self.finish()
        super().closeEvent(event)

    # ------------------------------------------------------------------------ steps
    @property
    def frame(self) -> Frame:
        return self.frames[self.index]

    def branches(self) -> list[str]:
        return presented_branches(self.map_scene)

    def replan(self) -> None:
        """Work the steps out again (map or screen changed), staying on the same step."""
        place = None
        if self.frames:
            branch = self.frame.branch
            place = (branch, sum(1 for f in self.frames[:self.index] if f.branch == branch))
        size = QSizeF(self.viewport().size())
        self.frames = plan_frames(self.map_scene, size, self.reveal)
        if place is not None:
            same = [i for i, f in enumerate(self.frames) if f.branch == place[0]]
            self.index = same[min(place[1], len(same) - 1)] if same else \
                min(self.index, len(self.frames) - 1)

    def go_to(self, index: int, animate: bool = True) -> None:
        self.index = max(0, min(index, len(self.frames) - 1))
        self.focus_node = None
        self._decorate()
        frame = self.frame
        self._move_to(QPointF(*frame.center), frame.scale, animate)

    def forward(self) -> None:
        self.go_to(self.index + 1)

    def back(self) -> None:
        """One step back; from a close-up, back to the step it was opened on."""
        self.go_to(self.index - (0 if self.focus_node else 1))

    def go_to_branch(self, number: int) -> None:
        """Branch ``number`` (1 = the first main branch); 0 is the overview."""
        branches = self.branches()
        if number == 0 or not branches:
            self.go_to(0)
            return
        branch = branches[min(number, len(branches)) - 1]
        self.go_to(next(i for i, f in enumerate(self.frames) if f.branch == branch))

    def set_reveal(self, on: bool) -> None:
        """Reveal mode on or off; stays on the branch shown, at its first step."""
        self.reveal = on
        self.settings.setValue(REVEAL_KEY, on)
        branch = self.frame.branch
        ending = self.index == len(self.frames) - 1
        self.frames = plan_frames(self.map_scene, QSizeF(self.viewport().size()), on)
        if ending:
            self.go_to(len(self.frames) - 1)
        else:
            self.go_to(next((i for i, f in enumerate(self.frames) if f.branch == branch), 0))

    # ----------------------------------------------------------------------- focus
    def focus_on(self, node: str) -> None:
        """Close-up of ``node`` and its children; the rest of the map is dimmed."""
        self.focus_node = node
        self._decorate()
        frame = focus_frame(self.map_scene, node, self.frame.branch,
                            QSizeF(self.viewport().size()), readable_scale(self.map_scene))
        self._move_to(QPointF(*frame.center), frame.scale, True)

    def clear_focus(self) -> None:
        self.go_to(self.index)

    # ----------------------------------------------------------------- live editing
    def add_idea(self) -> str | None:
        """Add a child to the node in close-up or the branch shown (the root in the
        overview) and edit it in place, as Tab does in the editor: one undo step."""
        m = self.editor.mind_map
        target = self.focus_node or self.frame.branch or m.root
        if target not in m:
            target = m.root
        before = set(m.children(target))
        self.editor.select(target)
        self.editor.add_child()
        added = [n for n in m.children(target) if n not in before]
        if not added:
            return None
        node = added[0]
        self._live_added.append(node)
        self._decorate()
        self.follow(node)
        return node

    def follow(self, node: str) -> None:
        """Scroll (not zoom) just enough that ``node`` and its editor are in view."""
        if node not in self.map_scene.items_by_id:
            return
        rect = nodes_rect(self.map_scene, [node])
        frame = self.editor.editor.frame
        if frame is not None and self.editor.editor.node == node:
            rect = rect.united(frame.sceneBoundingRect())
        self._animation.stop()
        margin = int(MARGIN_PX)
        self.ensureVisible(rect, margin, margin)
        self._step_showing(rect)

    def _step_showing(self, rect: QRectF) -> None:
        """The step of the branch shown that holds ``rect`` (a live idea the view scrolled
        to) becomes the current one: the corner counts it ("Threats 4/4", not 1/4), and
        the next key goes on from there. Not in reveal mode: its steps differ in what they
        show, not where."""
        frame = self.frame
        if frame.branch is None or frame.revealed is not None or self.focus_node is not None:
            return
        size = QSizeF(self.viewport().size())
        centre = self.visible_scene_rect().center()
        holding = [i for i, f in enumerate(self.frames) if f.branch == frame.branch and
                   screen_rect(f, size).contains(rect)]
        if holding and self.index not in holding:
            self.index = min(holding, key=lambda i: QLineF(
                centre, QPointF(*self.frames[i].center)).length())
            self._sync_overlays()       # (the same branch: its dimming stands)

    def _on_edit_committed(self, node: str, _text: str) -> None:
        self.map_scene.clearSelection()
        if node in self._live_added:
            self.follow(node)
        self._sync_overlays()

    def _on_edit_cancelled(self, _node: str) -> None:
        self.map_scene.clearSelection()
        self._sync_overlays()

    def _on_layout_changed(self) -> None:
        if self.active and self.frames:
            self.replan()
            self._decorate()

    # ---------------------------------------------------------------- decorations
    def _decorate(self) -> None:
        """Hide the children not yet revealed; dim what the step is not about."""
        m = self.editor.mind_map
        scene = self.map_scene
        frame = self.frame
        hidden: set[str] = set()
        if frame.branch is not None and frame.revealed is not None and frame.branch in m:
            for kid in m.children(frame.branch)[frame.revealed:]:
                if kid not in self._live_added:
                    hidden.update(m.subtree(kid))
        lit: set[str] | None = None
        if self.focus_node is not None and self.focus_node in m:
            lit = {self.focus_node, *m.children(self.focus_node)}
        elif frame.branch is not None and frame.branch in m:
            lit = set(m.subtree(frame.branch))
        dim = set() if lit is None else {n for n in scene.items_by_id if n not in lit}
        self._apply_decorations(hidden, dim)
        self._sync_overlays()

    def _sync_overlays(self) -> None:
        """The overview board on the overview steps (not while an idea is typed there); the
        continued heading and the step indicator on the others."""
        if not self.active or not self.frames:
            return
        scene, frame = self.map_scene, self.frame
        colours = {n: item.look.color for n, item in scene.items_by_id.items()}
        overview = frame.branch is None and self.focus_node is None
        if overview and not self.editor.editor.active:
            self.board.setGeometry(self.rect())
            self.board.refresh(self.editor.mind_map, self.branches(), colours, scene.theme)
            self.board.show()
            self.board.raise_()
        else:
            self.board.hide()
        total = len(self.frames)
        if frame.branch is None:
            indicator = tr("Overview \u00b7 step {step} of {total}").format(
                step=self.index + 1, total=total)
            heading = None
        else:
            mine = [i for i, f in enumerate(self.frames) if f.branch == frame.branch]
            name = " ".join(self.editor.mind_map.text(frame.branch).split()) or tr("Branch")
            name = name if len(name) <= 30 else name[:29] + "\u2026"
            part = mine.index(self.index) + 1 if self.index in mine else 1
            indicator = tr("{name} {part}/{count} \u00b7 step {step} of {total}").format(
                name=name, part=part, count=len(mine), step=self.index + 1, total=total)
            shown = screen_rect(frame, QSizeF(self.viewport().size()))
            own = nodes_rect(scene, [frame.branch])
            heading = tr("{name} (continued)").format(name=name) if part > 1 and \
                self.focus_node is None and not shown.contains(own) else None
        self.step_labels.show(heading, indicator, scene.theme, colours.get(frame.branch or "",
                                                                            scene.theme.text))
        self.timer_label.raise_()
        self.hint.raise_()

    def _undecorate(self) -> None:
        self._apply_decorations(set(), set())

    def _apply_decorations(self, hidden: set[str], dim: set[str]) -> None:
        # a filter's dimming stays (a view mark)
        self.map_scene.decorate(hidden, set(dim) | self.map_scene.dimmed_nodes)

    # -------------------------------------------------------------------- motion
    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _move_to(self, centre: QPointF, scale: float, animate: bool) -> None:
        self._animation.stop()
        if not (animate and self.animate and self.isVisible()):
            self._apply_view(centre, scale)
            return
        self._from = (self.visible_scene_rect().center(), self.transform().m11())
        self._to = (centre, scale)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def _on_animation_step(self, value: float) -> None:
        (c0, s0), (c1, s1) = self._from, self._to
        t = float(value)
        scale = s0 * (s1 / s0) ** t if s0 > 0 else s1
        self._apply_view(c0 + (c1 - c0) * t, scale)

    def _apply_view(self, centre: QPointF, scale: float) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.board.setGeometry(self.rect())
        self.timer_label.place()
        self.hint.move(24, self.height() - self.hint.height() - 24)
        if self.active and self.frames:
            self.replan()
            if self.focus_node is not None:
                self.focus_on(self.focus_node)
            else:
                self.go_to(self.index, animate=False)

    # ---------------------------------------------------------------------- keys
    def event(self, event: QEvent) -> bool:
        # Every key is the presentation's: no shortcut of the main window fires here.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt signature
        return False            # Tab adds an idea

    def _show_typed(self) -> None:
        if not self.typed:
            self.hint.hide()
            return
        self.hint.setText(tr("{typed} \u2192 Enter: branch, T: minutes").format(typed=self.typed))
        self.hint.adjustSize()
        self.hint.move(24, self.height() - self.hint.height() - 24)
        self.hint.show()
        self.hint.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor.editor.active:
            super().keyPressEvent(event)        # to the text being edited
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        typed, self.typed = self.typed, ""
        event.accept()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if not ctrl and K.Key_0 <= key <= K.Key_9 and len(typed) < MAX_DIGITS:
            self.typed = typed + chr(key)
        else:
            row = find_key(key, ctrl, shift, bool(typed), alt)
            if row is not None:
                invoke_key(self, row, typed)
                if row.alt:
                    return                 # a vote leaves its hint up
            elif not ctrl:
                self.typed = typed      # an unknown key keeps the number being typed
        self._show_typed()

    def _vote(self, delta: int) -> None:
        """Alt+= / Alt+-: a dot on the idea clicked (close-up), as while editing."""
        from .facilitate_menu import workshop

        node = self.focus_node
        if node is None or node not in self.editor.mind_map:
            self.hint.setText(tr("Click an idea first, then Alt+= adds a dot"))
            self.hint.adjustSize()
            self.hint.move(24, self.height() - self.hint.height() - 24)
            self.hint.show()
            self.hint.raise_()
            return
        self.hint.hide()
        workshop(self.editor).voting.vote(delta, [node])

    def vote_up(self) -> None:
        self._vote(1)

    def vote_down(self) -> None:
        self._vote(-1)

    def reveal_tallies(self) -> None:
        """Ctrl+Alt+R: show or hide the tallies of the voting round, as while editing."""
        from .facilitate_menu import workshop

        workshop(self.editor).voting.toggle_tallies()

    # ----------------------------------------------------- what the keys call
    def undo(self) -> None:
        self.editor.document.undo_stack.undo()

    def redo(self) -> None:
        self.editor.document.undo_stack.redo()

    def go_to_typed_branch(self, typed: str) -> None:
        self.go_to_branch(int(typed))

    def erase_digit(self, typed: str) -> None:
        self.typed = typed[:-1]

    def go_to_last(self) -> None:
        self.go_to(len(self.frames) - 1)

    def toggle_reveal(self) -> None:
        self.set_reveal(not self.reveal)

    def count_down(self, typed: str) -> None:
        self.timer.set_countdown(int(typed) if int(typed) > 0 else None)
        self._show_timer()

    def reset_timer(self) -> None:
        self.timer.reset()
        self._show_timer()

    def toggle_timer(self) -> None:
        self.timer.toggle()
        self._show_timer()

    def _show_timer(self) -> None:
        self.timer_label.show()
        self.timer_label.refresh()

    def drop_number(self, _typed: str) -> None:
        """Esc while typing a number forgets the number only."""

    def leave(self) -> None:
        """Esc: the close-up first, then the presentation."""
        if self.focus_node is not None:
            self.clear_focus()
        else:
            self.finish()

    # ---------------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.editor.editor.active:
            self.editor.editor.commit()
        item = self.map_scene.item_at(self.mapToScene(event.position().toPoint()))
        if item is not None and item.isVisible() and item.node_id != self.focus_node:
            self.focus_on(item.node_id)
        elif self.focus_node is not None:
            self.clear_focus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()          # no dragging in front of the room

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()          # steps move the view, not the wheel

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Next (PageDown)", self.forward)
        menu.addAction("Previous (PageUp)", self.back)
        menu.addAction("Overview (Home)", lambda: self.go_to(0))
        reveal = menu.addAction("Reveal One at a Time (R)",
                                lambda: self.set_reveal(not self.reveal))
        reveal.setCheckable(True)
        reveal.setChecked(self.reveal)
        animate = menu.addAction("Animate Moves", self._toggle_animation)
        animate.setCheckable(True)
        animate.setChecked(self.animate)
        menu.addSeparator()
        timer = menu.addMenu("Timer")
        timer.addAction("Start / Pause (T)", lambda: self._timer_key("", False))
        timer.addAction("Reset (Shift+T)", lambda: self._timer_key("", True))
        for minutes in (3, 5, 10, 15):
            timer.addAction(f"Count Down {minutes} Minutes ({minutes} T)",
                            lambda m=minutes: self._timer_key(str(m), False))
        timer.addAction("Hide", self.timer_label.hide)
        menu.addSeparator()
        menu.addAction("End Presentation (Esc)", self.finish)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _toggle_animation(self) -> None:
        self.animate = not self.animate
        self.settings.setValue(ANIMATE_KEY, self.animate)


def start_presentation(editor: MapEditor, **options) -> Presentation:
    """Present ``editor``'s map (or bring its running presentation to the front)."""
    for running in editor.findChildren(Presentation):
        if running.active:
            running.raise_()
            running.activateWindow()
            return running
    editor.commit_pending_edit()
    presentation = Presentation(editor, **options)
    presentation.begin()
    return presentation
