"""The outline dock (View > Outline, Ctrl+Shift+O): the map as an editable tree.

A view over the current tab's map (:class:`OutlineModel`): one row per idea with columns for
tags, votes, note and link. The selection is shared both ways with the canvas; edits go
through the same commands and the same undo stack as the canvas; folding rows in the outline
is the outline's own (it never folds the map). While the dock is hidden it holds no model and
listens to nothing, so a hidden outline costs an edit nothing.

Keys in the tree: F2 or typing edits the text (Tab to the Tags or Votes column and F2 edits
those), Enter adds a sibling (Shift+Enter before), Tab or Insert a child, Delete deletes the
branch (Shift+Delete the idea only), Ctrl+Up/Down moves the idea among its siblings,
Left/Right/Space fold and unfold rows, Ctrl+C copies (indented text and Markdown), Esc goes
back to the map. Ctrl+Shift+O again goes to the filter box; Down or Enter there, to the tree.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..commands import (
    AddNodeCommand,
    DeleteCommand,
    EditTextCommand,
    MapCommand,
    ReorderCommand,
    ReparentCommand,
)
from ..io.outline_common import walk
from ..model import Composite, EditError
from ..model import operations as ops
from .clipboard import fragments_to_mime
from .outline_filter import OutlineFilter
from .outline_model import (
    COL_LINK,
    COL_NOTE,
    COL_TAGS,
    COL_TEXT,
    COL_VOTES,
    COLUMNS,
    MARKS,
    OutlineModel,
)

K = Qt.Key
SHOW_KEY = "Ctrl+Shift+O"
DOCK_WIDTH = 360          # the width it opens at (px), at most a third of the window
TAGS_SHARE = 4            # the tags column: as wide as its tags, at most a quarter of the tree
                          # (or its title's width, up to a third)


def outline_markdown(mind_map, tops: list[str]) -> str:  # noqa: ANN001
    """The branches as a nested Markdown list (2 spaces a level)."""
    from ..io.markdown_format import escape_text  # on copy: the window opens faster

    lines = []
    for top in tops:
        for node, level in walk(mind_map, top):
            lines.append("  " * level + "- " + escape_text(" ".join(mind_map.text(node).split())))
    return "\n".join(lines) + "\n" if lines else ""


class OutlineTree(QTreeView):
    """The tree: the outline's keys; every edit is handed to the panel."""

    def __init__(self, panel: OutlinePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("outlineTree")
        self.setAccessibleName("Outline")
        self.setAccessibleDescription("The map as a tree: one row per idea")
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed |
                             QAbstractItemView.EditTrigger.AnyKeyPressed |
                             QAbstractItemView.EditTrigger.DoubleClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)   # our mime type only
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setExpandsOnDoubleClick(False)
        self.setStyleSheet("QTreeView#outlineTree { border: 2px solid transparent; }"
                           "QTreeView#outlineTree:focus { border: 2px solid palette(highlight); }")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt signature
        return False       # Tab adds a child here, as on the canvas

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.panel.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.panel.fit_columns()      # the text size (Ctrl+Alt+=) changed the marks' width

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        none, shift = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        panel = self.panel
        if event.matches(QKeySequence.StandardKey.Copy):
            panel.copy()
        elif key in (K.Key_Return, K.Key_Enter) and mods in (none, shift):
            panel.add_sibling(before=mods == shift)
        elif key in (K.Key_Tab, K.Key_Insert) and mods == none:
            panel.add_child()
        elif key == K.Key_Delete and mods in (none, shift):
            panel.delete(keep_children=mods == shift)
        elif key in (K.Key_Up, K.Key_Down) and mods == ctrl:
            panel.reorder(-1 if key == K.Key_Up else 1)
        elif key == K.Key_Space and mods == none:
            index = self.currentIndex().siblingAtColumn(0)
            self.setExpanded(index, not self.isExpanded(index))
        elif key == K.Key_Escape and mods == none:
            panel.focus_map()
        elif key in (K.Key_Left, K.Key_Right) and self._column_step(key, mods):
            pass
        else:
            super().keyPressEvent(event)
            return
        event.accept()


    def _column_step(self, key: int, mods) -> bool:  # noqa: ANN001
        """Left/Right between the columns (to edit tags or votes): Ctrl+Left/Right always;
        plain Right from a row with nothing to unfold, plain Left from any column but the
        first. Otherwise Left/Right fold, unfold and walk the tree as usual."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        step = 1 if key == K.Key_Right else -1
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if not ctrl:
            if mods != Qt.KeyboardModifier.NoModifier:
                return False
            first = current.siblingAtColumn(0)
            if step > 0 and current.column() == 0 and self.model().hasChildren(first):
                return False
            if step < 0 and current.column() == 0:
                return False
        column = current.column() + step
        if not 0 <= column < self.model().columnCount(current.parent()):
            return ctrl
        self.setCurrentIndex(current.siblingAtColumn(column))
        return True


class OutlinePanel(QDockWidget):
    def __init__(self, window) -> None:  # noqa: ANN001 - a MainWindow
        super().__init__("Outline", window)
        self.window_ = window
        self.setObjectName("outlineDock")
        self.setAccessibleName("Outline panel")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea |
                             Qt.DockWidgetArea.RightDockWidgetArea)
        self.editor = None
        self.model: OutlineModel | None = None
        self.proxy: OutlineFilter | None = None
        self._new_node: str | None = None
        self._fitting = False              # fit_columns at work
        self._tags_dragged = False         # the user gave the tags column its width
        body = QWidget(self)
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 4, 4, 4)
        self.filter_box = QLineEdit(body)
        self.filter_box.setObjectName("outlineFilter")
        self.filter_box.setPlaceholderText("Filter: words or #tags")
        self.filter_box.setToolTip("Keeps the ideas whose text or tags contain every word "
                                   "typed, with their ancestors; #word matches tags only. "
                                   "Down or Enter: to the tree")
        self.filter_box.setAccessibleName("Filter the outline")
        self.filter_box.setClearButtonEnabled(True)
        clear = self.filter_box.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setText("Clear the filter")
        self.filter_box.textChanged.connect(self.set_filter)
        self.filter_box.installEventFilter(self)
        self.tree = OutlineTree(self)
        self.delegate = QStyledItemDelegate(self.tree)
        self.delegate.closeEditor.connect(self._on_close_editor)
        self.tree.setItemDelegate(self.delegate)
        self.tree.header().sectionResized.connect(self._on_section_resized)
        box.addWidget(self.filter_box)
        box.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setFocusProxy(self.tree)
        self._was_hidden = True
        self.visibilityChanged.connect(self._on_visibility)
        window.tabs.currentChanged.connect(lambda _i: self._rebind())

    # ------------------------------------------------------------------ binding
    def _rebind(self) -> None:
        editor = self.window_.editor() if self.isVisible() else None
        if editor is self.editor:
            return
        self.unbind()
        if editor is not None:
            self.bind(editor)

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._was_hidden:
            self._open_width()
        self._was_hidden = self.isHidden()
        self._rebind()

    def _open_width(self) -> None:
        """Opened (View > Outline, Ctrl+Shift+O): at least :data:`DOCK_WIDTH` wide, at most a
        third of the window, so that the ideas' texts can be read."""
        if self.isFloating():
            return
        width = min(DOCK_WIDTH, self.window_.width() // 3)
        if self.width() < width:
            self.window_.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    def fit_columns(self) -> None:
        """The idea's text gets the room: votes, note and link are narrow columns of marks,
        the tags column is as wide as the tags shown but at most a quarter of the tree
        (until the user drags it), the idea column takes the rest."""
        tree = getattr(self, "tree", None)          # (None while the tree is being made)
        header = tree.header() if tree is not None else None
        if header is None or tree.model() is None or header.count() != len(COLUMNS):
            return
        from PySide6.QtWidgets import QStyle  # its many enums built when first needed (4 ms)

        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        metrics = tree.fontMetrics()
        self._fitting = True
        try:
            narrow = 0
            for col, sample in ((COL_VOTES, "99"), (COL_NOTE, MARKS[COL_NOTE]),
                                (COL_LINK, MARKS[COL_LINK])):
                width = max(header.sectionSizeHint(col),
                            metrics.horizontalAdvance(sample) + margin)
                header.resizeSection(col, width)
                narrow += width
            if not self._tags_dragged:
                title = header.sectionSizeHint(COL_TAGS)          # "Tags", "Schlagwörter"
                wanted = max(tree.sizeHintForColumn(COL_TAGS), title)
                room = tree.viewport().width() - narrow
                most = max(room // TAGS_SHARE, min(title, room // 3))
                header.resizeSection(COL_TAGS, max(header.minimumSectionSize(),
                                                   min(wanted, most)))
        finally:
            self._fitting = False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == COL_TAGS and not self._fitting and \
                QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._tags_dragged = True          # the user's width, kept from now on

    def bind(self, editor) -> None:  # noqa: ANN001 - a MapEditor
        self.editor = editor
        self.model = OutlineModel(editor.mind_map, self)
        self.model.edit_handler = self._edit
        self.model.move_handler = self._move
        self.proxy = None
        editor.scene.selectionChanged.connect(self.follow_canvas)
        self._show_model()

    def unbind(self) -> None:
        if self.editor is not None:
            try:
                self.editor.scene.selectionChanged.disconnect(self.follow_canvas)
            except (RuntimeError, TypeError):
                pass
        if self.model is not None:
            self.model.detach()
            self.end_row_editing(keep=False)        # the tab goes: what was typed with it
            self.tree.setModel(None)
            if self.proxy is not None:
                # a filter typed: the proxy (the model's child) is let go of its model first;
                # deleted with it, its Python side crashed the next garbage collection
                self.proxy.setSourceModel(None)
                self.proxy.deleteLater()
            self.model.deleteLater()
        self.editor = self.model = self.proxy = None

    def end_row_editing(self, keep: bool) -> None:
        """Close a row's open text editor (kept or dropped) before the tree's rows or its
        model change under it: left open, it stood for a row of a model taken away, and
        the next change of the current row (a click on the map) crashed the app."""
        if self.tree.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.tree.viewport().findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if editor.isVisible():
                if keep:
                    self.tree.commitData(editor)
                self.tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _show_model(self) -> None:
        """Show the plain model, or the filter over it while a filter is typed."""
        query = self.filter_box.text().strip()
        if query:
            if self.proxy is None:
                self.proxy = OutlineFilter(self.model)
            self.proxy.set_query(query)
            shown = self.proxy
        else:
            shown = self.model
        if self.tree.model() is not shown:
            self.end_row_editing(keep=True)
            self.tree.setModel(shown)
            self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
            header = self.tree.header()
            header.setStretchLastSection(False)
            header.setResizeContentsPrecision(0)       # the tags' width: the rows in view
            header.setMinimumSectionSize(16)
            header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(COL_TAGS, QHeaderView.ResizeMode.Interactive)
            for col in (COL_VOTES, COL_NOTE, COL_LINK):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            if shown is self.model:
                self.tree.expandToDepth(1)
            self.fit_columns()
        if query:
            self.tree.expandAll()
        self.follow_canvas()

    # ------------------------------------------------------------------ selection
    def _view_index(self, node: str, column: int = 0) -> QModelIndex:
        index = self.model.index_of(node, column)
        if self.tree.model() is self.proxy and self.proxy is not None:
            index = self.proxy.mapFromSource(index)
        return index

    def _node(self, index: QModelIndex) -> str | None:
        if self.proxy is not None and index.model() is self.proxy:
            index = self.proxy.mapToSource(index)
        return self.model.node_at(index) if self.model is not None else None

    def current_node(self) -> str | None:
        node = self._node(self.tree.currentIndex())
        return node if node is not None and node in self.editor.mind_map else None

    def selected_nodes(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        nodes = [n for n in (self._node(i) for i in rows) if n in self.editor.mind_map]
        current = self.current_node()
        return nodes or ([current] if current else [])

    def select_node(self, node: str) -> None:
        index = self._view_index(node)
        if index.isValid() and self.tree.state() == QAbstractItemView.State.EditingState:
            self.end_row_editing(keep=True)     # the row's text goes to its idea first,
            index = self._view_index(node)      # which may move the rows
        if not index.isValid():
            return
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
            QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def _shown_on_canvas(self, node: str) -> str:
        """``node``, or its nearest ancestor on the canvas when it is inside a folded branch."""
        shows = self.editor.scene.shows      # asks, makes no item (a big map's are made later)
        for candidate in self.editor.mind_map.path_to_root(node):
            if shows(candidate):
                return candidate
        return self.editor.mind_map.root

    def follow_canvas(self) -> None:
        """The canvas selection changed: select (and scroll to) the same idea here."""
        if self.editor is None or self.model is None:
            return
        try:
            node = self.editor.current()
        except RuntimeError:          # the tab's scene is being deleted (the app quits)
            return
        outline_node = self.current_node()
        if node is None or (outline_node is not None and
                            self._shown_on_canvas(outline_node) == node):
            return
        self.select_node(node)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self._node(current)
        if node is None or self.editor is None or node not in self.editor.mind_map:
            return
        target = self._shown_on_canvas(node)
        if self.editor.current() != target or len(self.editor.selected()) > 1:
            self.editor.select(target)

    # ------------------------------------------------------------------ editing
    def _run(self, edit, text: str, command_cls=MapCommand, **extra) -> bool:  # noqa: ANN001
        return self.editor._run(edit, text, command_cls, **extra)

    def _edit(self, node: str, key: str, value) -> bool:  # noqa: ANN001
        if key == "text":
            after_add = node == self._new_node
            self._new_node = None
            return self._run(ops.set_text(node, value), "Edit Text", EditTextCommand,
                             node=node, after_add=after_add)
        name = {"tags": "Set Tags", "votes": "Set Votes"}[key]
        return self._run(ops.set_attr(node, key, value), name)

    def _move(self, nodes: list[str], parent: str | None, index: int) -> bool:
        m = self.editor.mind_map
        edits = []
        try:
            for i, node in enumerate(nodes):
                edits.append(ops.move(m, node, parent, index + i))
                if m.get(node, "pos") is not None and parent is not None:
                    edits.append(ops.set_pos(node, None))   # placed relative to the old parent
        except EditError as exc:
            self.editor.message.emit(str(exc).capitalize())
            return False
        count = len(nodes)
        if not self._run(Composite(tuple(edits)),
                         "Move 1 node" if count == 1 else f"Move {count} nodes",
                         ReparentCommand):
            return False
        QTimer.singleShot(0, self, lambda: self.select_node(nodes[0]))
        return True

    def _start_editing(self, node: str) -> None:
        if self.filter_box.text():
            self.filter_box.clear()          # a new idea would not match the filter
        index = self._view_index(node)
        self.select_node(node)
        self.tree.edit(index)

    def _add(self, edit, text: str) -> None:  # noqa: ANN001
        node = edit.fragment.root
        if self._run(edit, text, AddNodeCommand, node=node):
            self._new_node = node
            self._start_editing(node)

    def add_child(self) -> None:
        node = self.current_node()
        if node is not None:
            self._add(ops.add_child(self.editor.mind_map, node), "Add Child")

    def add_sibling(self, before: bool = False) -> None:
        node = self.current_node()
        if node is None:
            return
        if node == self.editor.mind_map.root:
            self.add_child()
            return
        self._add(ops.add_sibling(self.editor.mind_map, node, before=before),
                  "Add Sibling Before" if before else "Add Sibling")

    def _on_close_editor(self, _editor, hint) -> None:  # noqa: ANN001
        node, self._new_node = self._new_node, None
        if node is None or hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            return
        # Esc on an idea just created takes the creation back, as on the canvas
        m = self.editor.mind_map
        parent = m.parent(node) if node in m else None
        self.editor.document.undo_stack.undo()
        if parent is not None:
            self.select_node(parent)

    def delete(self, keep_children: bool = False) -> None:
        nodes = self.selected_nodes()
        if not nodes:
            return
        m = self.editor.mind_map
        try:
            if keep_children:
                node = nodes[-1]
                kids = m.children(node)
                target = kids[0] if kids else self.editor._after_delete([node])
                edit, name = ops.delete_keep_children(m, node), "Delete Node"
            else:
                target = self.editor._after_delete(nodes)
                edit = ops.delete_nodes(m, nodes)
                count = sum(len(m.subtree(e.node)) for e in edit.edits)
                name = "Delete 1 node" if count == 1 else f"Delete {count} nodes"
        except EditError as exc:
            self.editor.message.emit(str(exc).capitalize())
            return
        if self._run(edit, name, DeleteCommand):
            self.select_node(target)

    def reorder(self, delta: int) -> None:
        node = self.current_node()
        if node is None or node == self.editor.mind_map.root:
            return
        if self._run(ops.reorder(self.editor.mind_map, node, delta),
                     "Move Up" if delta < 0 else "Move Down", ReorderCommand):
            self.select_node(node)

    # ------------------------------------------------------------------ copy, filter, focus
    def copy(self) -> None:
        nodes = self.selected_nodes()
        m = self.editor.mind_map
        chosen = set(nodes)
        tops = [n for n in nodes if not any(a in chosen for a in m.path_to_root(n)[1:])]
        if not tops:
            return
        mime = fragments_to_mime(m, tops)          # our fragment and the indented text
        mime.setData("text/markdown", outline_markdown(m, tops).encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)

    def set_filter(self, _text: str = "") -> None:
        if self.model is not None:
            self._show_model()

    def focus_map(self) -> None:
        editor = self.window_.editor()
        if editor is not None:
            editor.view.setFocus()

    def show_and_focus(self) -> None:
        """Ctrl+Shift+O: show the outline and go to its tree; from the tree, to the filter."""
        if self.tree.hasFocus():
            self.filter_box.setFocus()
            self.filter_box.selectAll()
            return
        if not self.isVisible():
            self.show()                   # at its opening width (_on_visibility)
        self.raise_()
        self._rebind()
        self.follow_canvas()
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid() and self.tree.model() is not None:
            self.tree.setCurrentIndex(self.tree.model().index(0, 0))

    def changeEvent(self, event) -> None:  # noqa: ANN001
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange and self.model is not None:
            # the headers are the model's (translated when Qt asks): asked again
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.filter_box and event.type() == event.Type.KeyPress and \
                event.key() in (K.Key_Down, K.Key_Return, K.Key_Enter):
            self.tree.setFocus()
            if not self.tree.currentIndex().isValid() and self.tree.model() is not None:
                self.tree.setCurrentIndex(self.tree.model().index(0, 0))
            return True
        return super().eventFilter(watched, event)


def install_outline(window) -> OutlinePanel:  # noqa: ANN001 - a MainWindow
    """Add the outline dock (hidden) and its View menu entries to ``window``."""
    panel = OutlinePanel(window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    panel.hide()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    toggle = panel.toggleViewAction()
    toggle.setText("&Outline")
    view_menu.addSeparator()
    view_menu.addAction(toggle)
    window.actions_by_name["outline"] = toggle
    focus = QAction("Show and Focus Outline", window)
    focus.setShortcut(QKeySequence(SHOW_KEY))
    focus.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    focus.triggered.connect(panel.show_and_focus)
    view_menu.addAction(focus)
    window.actions_by_name["focus_outline"] = focus
    return panel
