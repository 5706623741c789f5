"""The legend (View > Legend): the map's tags with their colours and how many ideas carry
each, in a corner of the map. F2 or a double-click on a tag renames it everywhere (one undo
step). A view over the model: rebuilt from it on every change notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..canvas.legend_paint import legend_entries, legend_size, paint_legend
from ..canvas.node_look import tag_colour

if TYPE_CHECKING:
    from .idea_features import IdeaFeatures
    from .map_editor import MapEditor

MARGIN = 12


class Legend(QFrame):
    def __init__(self, editor: MapEditor, features: IdeaFeatures) -> None:
        # on the view, in the corner of its viewport: a child of the viewport was moved by
        # every scroll with the map (Qt scrolls the viewport's children with its pixels)
        super().__init__(editor.view)
        self.editor = editor
        self.features = features
        self.setObjectName("legend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 6)
        self.title = QLabel("Legend", self)
        box.addWidget(self.title)
        self.list = QListWidget(self)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setToolTip("Tags of the map; F2 or double-click renames one everywhere, "
                             "Ctrl+Shift+C gives it a colour")
        self.list.setAccessibleName("Legend")
        self.list.itemDoubleClicked.connect(self._rename)
        self.list.installEventFilter(self)
        box.addWidget(self.list)
        editor.mind_map.subscribe(self._on_change)
        editor.view.viewport().installEventFilter(self)
        self.hide()     # filled when shown (showEvent): it does not follow the map hidden

    def detach(self) -> None:
        self.editor.mind_map.unsubscribe(self._on_change)

    def _on_change(self, change) -> None:  # noqa: ANN001
        # only a change of tags (or of their colours, or of which ideas exist) changes it
        if self.isHidden() or not (change.added or change.removed or "tag_colors" in
                                   change.map_keys or "theme" in change.map_keys or
                                   any("tags" in keys for keys in change.attrs.values())):
            return
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()          # it did not follow the map while it was hidden

    def entries(self) -> list[tuple[str, str, int]]:
        """(tag, colour, ideas carrying it), in first-use order."""
        m, theme = self.editor.mind_map, self.editor.scene.theme
        counts: dict[str, int] = {}
        for node in m.nodes():
            for tag in m.get(node, "tags"):
                counts[tag] = counts.get(tag, 0) + 1
        own = m.tag_colors
        return [(tag, tag_colour(theme, tag, own), counts[tag])
                for tag in self.editor.ideas.all_tags()]

    def refresh(self) -> None:
        theme = self.editor.scene.theme
        self.setStyleSheet(f"#legend {{ background: {theme.background}; border: 1px solid "
                           f"{theme.link_color}; border-radius: 6px; }} QLabel, QListWidget "
                           f"{{ background: {theme.background}; color: {theme.text}; }}")
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.list.currentItem() else None
        self.list.clear()
        entries = self.entries()
        for tag, colour, count in entries:
            chip = QPixmap(14, 14)
            chip.fill(QColor(colour))
            item = QListWidgetItem(chip, f"{tag}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            self.list.addItem(item)
            if tag == current:
                self.list.setCurrentItem(item)
        if not entries:
            self.list.addItem("(no tags yet: F3 adds one)")
        rows = max(1, len(entries))
        self.list.setFixedHeight(min(rows, 12) * (self.list.sizeHintForRow(0) + 1) + 4)
        self.list.setFixedWidth(max(140, self.list.sizeHintForColumn(0) + 16))
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        area = self.editor.view.viewport().geometry()
        self.move(area.x() + area.width() - self.width() - MARGIN, area.y() + MARGIN)

    def at_in_viewport(self, point: QPoint) -> QPoint:
        """``point`` (in the legend) where the map's viewport has it (pickers and entries
        open on the viewport)."""
        return self.editor.view.viewport().mapFrom(self.editor.view, self.mapTo(
            self.editor.view, point))

    @staticmethod
    def _is_colour_key(event) -> bool:  # noqa: ANN001
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        return event.key() == Qt.Key.Key_C and event.modifiers() == wanted

    @classmethod
    def _own_key(cls, event) -> bool:  # noqa: ANN001
        if cls._is_colour_key(event):       # the tag's colour, not the idea's
            return True
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier |
                                Qt.KeyboardModifier.AltModifier):
            return False
        key = event.key()
        return key == Qt.Key.Key_F2 or not (Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35)

    def _rename(self, item: QListWidgetItem) -> None:
        tag = item.data(Qt.ItemDataRole.UserRole)
        if tag:
            rect = self.list.visualItemRect(item)
            at = self.at_in_viewport(self.list.viewport().mapTo(self, rect.bottomLeft()))
            at.setX(at.x() + rect.width() // 2)
            self.features.ask_rename_tag(self.editor, tag, at)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.ShortcutOverride and \
                self._own_key(event):
            event.accept()     # arrows, F2, Esc move in the legend, not the map's selection
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F2 and self.list.currentItem():
                self._rename(self.list.currentItem())
                return True
            if self._is_colour_key(event) and self.list.currentItem():
                tag = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
                if tag:
                    self.features.choose_tag_color(self.editor, tag)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.editor.view.setFocus()
                return True
        if event.type() == QEvent.Type.Resize and watched is self.editor.view.viewport():
            self._place()
        return super().eventFilter(watched, event)


class PresentationLegend(QWidget):
    """The legend in a corner of the presentation, in its theme and at its size; drawn by
    the same code as in exports. Not focusable, never in the way of the clicker keys."""

    def __init__(self, view: QWidget, editor: MapEditor) -> None:
        super().__init__(view)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.installEventFilter(self)
        editor.mind_map.subscribe(self._on_change)
        self.destroyed.connect(lambda *_, m=editor.mind_map, f=self._on_change:
                               m.unsubscribe(f))
        self._on_change(None)
        self.show()

    def entries(self) -> list:
        return legend_entries(self.editor.mind_map, self.editor.scene.theme)

    def _on_change(self, _change) -> None:  # noqa: ANN001
        theme = self.editor.scene.theme
        w, h = legend_size(self.entries(), theme, theme.font_size * 1.2)
        self.resize(int(w) + 2, int(h) + 2)
        self._place()
        self.update()

    def _place(self) -> None:
        area = self.parentWidget().rect()
        self.move(area.right() - self.width() - 2 * MARGIN, area.top() + 2 * MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._on_change(None)
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:  # noqa: ANN001
        theme = self.editor.scene.theme
        painter = QPainter(self)
        paint_legend(painter, QPointF(1, 1), self.entries(), theme, theme.font_size * 1.2)
        painter.end()


def presentation_legend(view: QWidget, editor: MapEditor) -> PresentationLegend | None:
    """The legend for a presentation of ``editor``, when it is shown in the window."""
    legend = getattr(editor, "legend", None)
    if legend is None or legend.isHidden() or not legend.entries():
        return None
    return PresentationLegend(view, editor)
