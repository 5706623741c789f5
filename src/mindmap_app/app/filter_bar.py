"""The filter bar (Ctrl+Shift+F, View > Filter): tag buttons, a text field, "votes at least"
and dim/hide. A view setting: nothing is undone or saved.

:class:`ViewFilter` keeps one tab's filter and shows it on that tab's scene (the matching
itself is :mod:`mindmap_app.facilitation.idea_filter`, no Qt). The scene is shared with the
presentation, so a hidden branch is no presentation step either. Ideas added while a filter is
on stay shown (a new idea must not vanish while it is typed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..commands import ViewCommand
from ..facilitation.idea_filter import IdeaFilter, all_tags, apply_filter, filtered_map
from ..i18n import translate as tr
from ..model import EditError
from ..model import facilitation_ops as fops
from .lifetime import lifetime_of

if TYPE_CHECKING:
    from .facilitation_forms import ViewNameForm


class ViewFilter(QObject):
    """The filter of one tab (a MapEditor)."""

    changed = Signal()
    #: the views saved in the map changed (saved, removed, undone)
    views_changed = Signal()

    def __init__(self, editor) -> None:  # noqa: ANN001
        super().__init__(editor)
        self.editor = editor
        self.spec = IdeaFilter()
        self.pinned: set[str] = set()
        self.matched: frozenset[str] = frozenset()
        mind_map = editor.mind_map
        mind_map.subscribe(self._on_change)
        editor.destroyed.connect(lambda *_: mind_map.unsubscribe(self._on_change))

    def set_spec(self, spec: IdeaFilter) -> None:
        if spec != self.spec:
            self.spec = spec
            self.pinned.clear()
            self.apply()

    def clear(self) -> None:
        self.set_spec(IdeaFilter(mode=self.spec.mode))

    def apply(self) -> None:
        m = self.editor.mind_map
        result = apply_filter(m, self.spec)
        shown = result.shown | {n for n in self.pinned if n in m}
        hidden = frozenset(n for n in m.nodes() if n not in shown) if self.spec.active else \
            frozenset()
        self.matched = result.matched if self.spec.active else frozenset()
        self.editor.scene.set_view_marks(hidden=hidden, dimmed=result.dimmed - self.pinned)
        self.changed.emit()

    def export_map(self):  # noqa: ANN201
        """What exports draw when asked to follow the filter: the matches and their
        ancestors (a dimmed picture reads poorly on paper)."""
        return filtered_map(self.editor.mind_map, self.spec if self.spec.active else None)

    def save_view(self, name: str) -> str | None:
        """Keep the filter in the map as ``name`` (one undo step); an error text or None."""
        m = self.editor.mind_map
        try:
            edit = fops.save_view(m, self.spec.record(name))
        except EditError as exc:
            return str(exc)
        return None if self.editor._run(edit, f"Save View “{name.strip()}”", ViewCommand) \
            else "The view could not be saved"

    def _on_change(self, change) -> None:  # noqa: ANN001
        if "views" in change.map_keys:
            self.views_changed.emit()
        self.pinned.update(change.added)
        if self.spec.active:
            self.apply()


class FilterBar(QWidget):
    """The bar under the tabs. It edits the current tab's :class:`ViewFilter`."""

    #: asked to export what the filter shows
    export_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view_filter: ViewFilter | None = None
        # two rows, so that the bar fits a laptop's window beside the idea panel in any
        # language: what is typed or chosen, then the tags (as many as the map has, scrolled
        # sideways past the room) and what is done with the filter
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 2, 6, 2)
        rows.setSpacing(2)
        layout, actions = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(layout)
        rows.addLayout(actions)
        self.views = QComboBox(self)
        self.views.setToolTip("Views saved in the map")
        self.views.activated.connect(self._view_chosen)
        layout.addWidget(self.views)
        layout.addWidget(QLabel("Filter:", self))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("text (Esc: close the filter)")
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(160)
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel("votes ≥", self))
        self.votes = QSpinBox(self)
        self.votes.setAccessibleName("Votes at least")
        self.votes.lineEdit().setAccessibleName("Votes at least")
        self.votes.setRange(0, 999)
        self.votes.setSpecialValueText("any")
        layout.addWidget(self.votes)
        self.mode = QComboBox(self)
        self.mode.addItem("Dim the rest", "dim")
        self.mode.addItem("Hide the rest", "hide")
        layout.addWidget(self.mode)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.tags_area = QScrollArea(self)
        self.tags_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tags_area.setWidgetResizable(True)
        self.tags_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tags_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        holder = QWidget(self.tags_area)
        self.tags_box = QHBoxLayout(holder)
        self.tags_box.setContentsMargins(0, 0, 0, 0)
        self.tags_box.addStretch(1)
        self.tags_area.setWidget(holder)
        actions.addWidget(self.tags_area, 1)
        self.tag_buttons: dict[str, QToolButton] = {}
        save = QPushButton("Save View...", self)
        save.setToolTip("Keep this filter in the map by name")
        save.clicked.connect(self.ask_view_name)
        actions.addWidget(save)
        export = QPushButton("Export Filtered...", self)
        export.clicked.connect(self.export_requested)
        actions.addWidget(export)
        close = QPushButton("Close", self)
        close.clicked.connect(self.close_bar)
        actions.addWidget(close)
        self.text.textChanged.connect(self._changed)
        self.votes.valueChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)
        self._loading = False
        self.hide()

    # --------------------------------------------------------------------- binding
    def bind(self, view_filter: ViewFilter | None) -> None:
        """Show ``view_filter`` (the current tab's), or nothing."""
        if self.view_filter is not None:
            try:
                self.view_filter.changed.disconnect(self._show_count)
                self.view_filter.views_changed.disconnect(self._fill_views)
            except (RuntimeError, TypeError):
                pass
        self.view_filter = view_filter
        if view_filter is None:
            return
        view_filter.changed.connect(self._show_count)
        view_filter.views_changed.connect(self._fill_views)
        if self.isVisible():    # a hidden bar is filled when it opens (open_bar): a big
            self._load(view_filter.spec)    # map's tags are not walked at every open

    def _fill_views(self) -> None:
        self.views.clear()
        self.views.addItem(tr("Views"), None)
        if self.view_filter is not None:
            for record in self.view_filter.editor.mind_map.views:
                self.views.addItem(record["name"], record)

    def _view_chosen(self, index: int) -> None:
        record = self.views.itemData(index)
        if record is not None and self.view_filter is not None:
            self.view_filter.set_spec(IdeaFilter.from_record(record))
            self._load(self.view_filter.spec)
            self.views.setCurrentIndex(index)

    def ask_view_name(self) -> ViewNameForm | None:
        if self.view_filter is None:
            return None
        name = self.views.currentText() if self.views.currentData() is not None else ""
        from .facilitation_forms import ViewNameForm  # the forms load when first asked for

        form = ViewNameForm(self.window(), name, self.view_filter.save_view)
        lifetime_of(self.view_filter.editor).on_close(form.reject)  # it goes with its tab
        form.open()
        return form

    def _load(self, spec: IdeaFilter) -> None:
        self._loading = True
        try:
            self._fill_views()
            self._rebuild_tags(spec.tags)
            self.text.setText(spec.text)
            self.votes.setValue(spec.min_votes)
            self.mode.setCurrentIndex(self.mode.findData(spec.mode))
        finally:
            self._loading = False
        self._show_count()

    def _rebuild_tags(self, chosen: frozenset[str]) -> None:
        for button in self.tag_buttons.values():
            self.tags_box.removeWidget(button)
            button.deleteLater()
        self.tag_buttons.clear()
        if self.view_filter is None:
            return
        for tag in all_tags(self.view_filter.editor.mind_map):
            button = QToolButton(self.tags_area.widget())
            button.setText(tag)
            button.setCheckable(True)
            button.setChecked(tag in chosen)
            button.setProperty("noTranslate", True)   # a tag is the map's content
            button.setToolTip(tr("only ideas tagged “{tag}” (several tags: any of them)")
                              .format(tag=tag))
            button.toggled.connect(self._changed)
            self.tags_box.insertWidget(self.tags_box.count() - 1, button)   # before the stretch
            self.tag_buttons[tag] = button
        # as tall as a tag button, and a scroll bar below it when the tags are more than
        # the room
        bar = self.tags_area.horizontalScrollBar().sizeHint().height()
        self.tags_area.setFixedHeight(self.tags_area.widget().sizeHint().height() + bar)

    # ----------------------------------------------------------------------- editing
    def spec(self) -> IdeaFilter:
        tags = frozenset(t for t, b in self.tag_buttons.items() if b.isChecked())
        return IdeaFilter(tags, self.text.text(), self.votes.value(), self.mode.currentData())

    def _changed(self, *_args) -> None:
        if not self._loading and self.view_filter is not None:
            self.view_filter.set_spec(self.spec())

    def _show_count(self) -> None:
        vf = self.view_filter
        if vf is None or not vf.spec.active:
            self.count.setText("")
        else:
            n = len(vf.matched)
            self.count.setText(tr("1 idea matches") if n == 1 else
                               tr("{n} ideas match").format(n=n))

    def open_bar(self) -> None:
        if self.view_filter is not None:
            self._load(self.view_filter.spec)   # the map's tags may have changed
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def close_bar(self) -> None:
        """Closing the bar clears the filter: a filter nobody sees would confuse."""
        if self.view_filter is not None:
            self.view_filter.clear()
            self._load(self.view_filter.spec)
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
