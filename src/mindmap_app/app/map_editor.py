"""One tab: a document shown in a view, and every editing action on it.

The editor turns user actions and canvas intents into model edits and hands them to its
document (the only place commands are pushed). It never changes the model directly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..canvas.accessibility import CanvasAccessibility
from ..canvas.inline_editor import InlineEditor
from ..canvas.map_scene import MapScene
from ..canvas.map_view import MapView
from ..canvas.navigation import column_keys, neighbour
from ..collector import release_survivors
from ..commands import (
    AddNodeCommand,
    DeleteCommand,
    EditTextCommand,
    FoldCommand,
    MapSettingCommand,
    MoveCommand,
    PasteCommand,
    ReorderCommand,
    ReparentCommand,
    TidyCommand,
)
from ..model import Composite, EditError, SetNodeAttr
from ..model import operations as ops
from .clipboard import fragments_from_mime, fragments_to_mime
from .document import Document
from .idea_edits import IdeaEdits
from .level_moves import change_level
from .lifetime import close_lifetimes, lifetime_of


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


class MapEditor(QWidget):
    #: a message for the status bar (refused edits and the like)
    message = Signal(str)
    #: the user asked to open a linked map (path as written in the node)
    open_link = Signal(str)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        # deleted with the tab; a big map's items are made as they come into view
        self.scene = MapScene(document.mind_map, parent=self, defer_items=True)
        self.view = MapView(self.scene, self)
        self.editor = InlineEditor(self.scene)
        self.ideas = IdeaEdits(self)      # tags, note, colour, votes, links
        self.accessibility = CanvasAccessibility(self.scene, self.view)
        self._new_node: str | None = None
        self._find_results: list[str] = []
        self._find_index = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.scene.move_requested.connect(self._on_move_requested)
        self.scene.reparent_requested.connect(self._on_reparent_requested)
        self.scene.link_activated.connect(self._on_link_activated)
        self.scene.edit_requested.connect(self.start_edit)
        self.scene.floating_requested.connect(lambda x, y: self.add_floating((x, y)))
        self.scene.cross_link_requested.connect(self.ideas.add_cross_link)
        self.view.typed.connect(self._on_typed)
        self.editor.committed.connect(self._on_edit_committed)
        self.editor.cancelled.connect(self._on_edit_cancelled)
        # after the scene's: the boxes an edit took away are gone by then
        lifetime_of(self).subscribe(document.mind_map, self._end_edit_if_gone)
        self.select(document.mind_map.root)

    @property
    def mind_map(self):  # noqa: ANN201
        return self.document.mind_map

    def close_editor(self) -> None:
        """The tab closes: stop editing, stop listening to the model, drop what panels
        registered (see :mod:`.lifetime`)."""
        self.editor.cancel()
        self.accessibility.detach()
        self.scene.detach()
        close_lifetimes(self)
        release_survivors()     # what only this tab held may be cyclic garbage now

    # ------------------------------------------------------------------ selection
    def selected(self) -> list[str]:
        return [n for n in self.scene.selected_ids() if n in self.mind_map]

    def current(self) -> str | None:
        sel = self.selected()
        if not sel:
            return None
        focus = self.scene.focusItem()
        node = getattr(focus, "node_id", None)
        return node if node in sel else sel[-1]

    def select(self, node: str | None) -> None:
        item = self.scene.item(node) if node is not None else None
        if item is None:
            return
        self.scene.select_only([node])
        item.setFocus()
        self.view.ensure_node_visible(node)

    def select_root(self) -> None:
        """Home: the central idea, selected and in the middle of the view (back from
        anywhere on a big map)."""
        root = self.mind_map.root
        self.select(root)
        item = self.scene.item(root)
        if item is not None:
            self.view.centerOn(item.scenePos())

    def _require_current(self) -> str | None:
        node = self.current()
        if node is None:
            self.message.emit("Select a node first")
        return node

    def _run(self, edit, text: str, command_cls, **extra) -> bool:  # noqa: ANN001
        try:
            self.document.run(edit, text, command_cls, **extra)
        except EditError as exc:
            self.message.emit(str(exc).capitalize())
            return False
        return True

    # -------------------------------------------------------------- adding nodes
    def _add(self, edit, text: str) -> None:  # noqa: ANN001
        node = edit.fragment.root if hasattr(edit, "fragment") else edit.edits[0].fragment.root
        if self._run(edit, text, AddNodeCommand, node=node):
            self.select(node)
            self._new_node = node
            self.start_edit(node, initial="")

    def add_child(self) -> None:
        node = self._require_current()
        if node is None:
            return
        if self.mind_map.get(node, "folded"):
            self.toggle_fold()
        self._add(ops.add_child(self.mind_map, node), "Add Child")

    def add_sibling(self, before: bool = False) -> None:
        node = self._require_current()
        if node is None:
            return
        if node == self.mind_map.root:
            self.add_child()
            return
        self._add(ops.add_sibling(self.mind_map, node, before=before),
                  "Add Sibling Before" if before else "Add Sibling")

    def add_floating(self, at: tuple[float, float] | None = None) -> None:
        """A new idea beside the main tree, its text typed at once (Esc takes it back): at
        ``at`` (scene coordinates: where the background was double-clicked), else where the
        background was right-clicked for the menu, else below the map."""
        if at is None:
            at = self.view.menu_point
        self._add(ops.add_floating(self.mind_map, pos=at), "Add Floating Idea")

    def insert_parent(self) -> None:
        node = self._require_current()
        if node is None:
            return
        try:
            edit = ops.insert_parent(self.mind_map, node)
        except EditError as exc:
            self.message.emit(str(exc).capitalize())
            return
        self._add(edit, "Insert Parent")

    # ------------------------------------------------------------------- editing
    def start_edit(self, node: str | None = None, initial: str | None = None,
                   select_all: bool = False) -> None:
        node = node or self._require_current()
        item = None if node is None else self.scene.item(node)  # made now if still pending
        if item is None:
            return
        self.view.editing = True
        if self.view.overview.active:     # far out no text can be read: come close first
            self.view.set_zoom(1.0)
            self.view.centerOn(item.box_rect().center())
        self.view.ensure_node_visible(node)
        self.editor.start(item, initial, select_all)

    def _on_typed(self, text: str) -> None:
        node = self.current()
        if node is not None:
            self._new_node = None
            self.start_edit(node, initial=text)

    def _on_edit_committed(self, node: str, text: str) -> None:
        self.view.editing = False
        after_add = node == self._new_node
        self._new_node = None
        if node in self.mind_map and text != self.mind_map.text(node):
            self._run(ops.set_text(node, text), "Edit Text", EditTextCommand, node=node,
                      after_add=after_add)
        self.select(node)
        self.view.setFocus()

    def _on_edit_cancelled(self, node: str) -> None:
        self.view.editing = False
        if node == self._new_node and node in self.mind_map:
            # Esc on a node just created takes the creation back, as in Freeplane
            self._new_node = None
            parent = self.mind_map.parent(node)
            self.document.undo_stack.undo()
            self.select(parent or self.mind_map.root)
        else:
            self.select(node)
        self.view.setFocus()

    def _end_edit_if_gone(self, _change: object) -> None:
        """An edit made while a text is typed (from a menu, the toolbar, a shared room)
        took away the idea being typed, or hid its box (a fold, a filter): the entry goes.
        Typed into an idea still in the map, the text is kept once the edit is over; an idea
        removed (deleted, or the undo of its creation) takes it along."""
        node = self.editor.node
        if node is None or self.scene.item(node) is not None:
            return
        text = self.editor.text()
        self.editor.drop()
        self.view.editing = False
        if node == self._new_node:
            self._new_node = None
        if node in self.mind_map:
            QTimer.singleShot(0, self, lambda: self._keep_typed(node, text))

    def _keep_typed(self, node: str, text: str) -> None:
        if node in self.mind_map and text != self.mind_map.text(node):
            self._run(ops.set_text(node, text), "Edit Text", EditTextCommand, node=node)

    def commit_pending_edit(self) -> None:
        if self.editor.active:
            self.editor.commit()

    # ------------------------------------------------------------------- deleting
    def delete_subtree(self) -> None:
        if self.scene.selected_links() and not self.selected():
            # a cross-link clicked: Delete removes it (with ideas selected, the ideas go)
            self.ideas.remove_cross_links(self.scene.selected_links())
            return
        nodes = self.selected()
        if not nodes:
            return
        m = self.mind_map
        target = self._after_delete(nodes)
        try:
            edit = ops.delete_nodes(m, nodes)
        except EditError as exc:
            self.message.emit(str(exc).capitalize())
            return
        count = sum(len(m.subtree(e.node)) for e in edit.edits)
        if self._run(edit, f"Delete {_plural(count, 'node')}", DeleteCommand):
            self.select(target)

    def delete_node_only(self) -> None:
        node = self._require_current()
        if node is None:
            return
        m = self.mind_map
        kids = m.children(node)
        target = kids[0] if kids else self._after_delete([node])
        try:
            edit = ops.delete_keep_children(m, node)
        except EditError as exc:
            self.message.emit(str(exc).capitalize())
            return
        if self._run(edit, "Delete Node", DeleteCommand):
            self.select(target)

    def _after_delete(self, nodes: list[str]) -> str:
        """Where the selection goes after deleting ``nodes``: next sibling, previous, parent."""
        m = self.mind_map
        node = nodes[-1]
        if node == m.root:
            return m.root
        parent = m.parent(node)
        siblings = m.children(parent) if parent else m.floating
        rest = [s for s in siblings if s not in nodes]
        index = siblings.index(node)
        after = [s for s in siblings[index + 1:] if s in rest]
        before = [s for s in siblings[:index] if s in rest]
        if after:
            return after[0]
        if before:
            return before[-1]
        return parent or m.root

    # ------------------------------------------------------------------ moving
    def navigate(self, key: str) -> None:
        node = self.current()
        if node is None:
            self.select(self.mind_map.root)
            return
        result = self.scene.layout_result
        if result is None:
            return
        target = neighbour(self.mind_map, result, node, key)
        if target is None and self.mind_map.get(node, "folded") and \
                key not in column_keys(self.mind_map, result):
            # towards hidden children: unfold them first, as Freeplane does
            self.toggle_fold()
            target = neighbour(self.mind_map, self.scene.layout_result, node, key)
            if target is None or self.mind_map.parent(target) != node:
                self.document.undo_stack.undo()     # that key did not lead into the branch
                self.select(node)
                return
        self.select(target)

    def change_level(self, key: str) -> None:
        """Ctrl+Left / Ctrl+Right: up a level, or into the sibling above (see level_moves)."""
        change_level(self, key)

    def reorder(self, delta: int) -> None:
        node = self._require_current()
        if node is None or node == self.mind_map.root:
            return
        if self._run(ops.reorder(self.mind_map, node, delta),
                     "Move Up" if delta < 0 else "Move Down", ReorderCommand):
            self.select(node)

    def toggle_fold(self) -> None:
        nodes = [n for n in self.selected() if self.mind_map.children(n)]
        if not nodes:
            self.message.emit("Nothing to fold: the node has no children")
            return
        fold = not self.mind_map.get(nodes[0], "folded")
        edit = Composite(tuple(SetNodeAttr(n, "folded", fold) for n in nodes))
        if self._run(edit, "Fold" if fold else "Unfold", FoldCommand):
            self.scene.select_only(nodes)

    def _on_move_requested(self, nodes: list[str], values: list) -> None:
        edit = Composite(tuple(ops.set_pos(n, tuple(v)) for n, v in zip(nodes, values,
                                                                          strict=True)))
        if not self._run(edit, f"Move {_plural(len(nodes), 'node')}", MoveCommand,
                         nodes=frozenset(nodes)):
            self.scene.relayout(force_edges=True)

    def _on_reparent_requested(self, nodes: list[str], parent: str, index: int) -> None:
        m = self.mind_map
        edits = []
        try:   # the model refuses a move into the node's own branch
            for i, node in enumerate(nodes):
                edits.append(ops.move(m, node, parent, index + i))
                if m.get(node, "pos") is not None:   # a hand placement was relative to the
                    edits.append(ops.set_pos(node, None))   # old parent: drop it
        except EditError as exc:
            self.message.emit(str(exc).capitalize())
            self.scene.relayout(force_edges=True)
            return
        if not self._run(Composite(tuple(edits)), f"Move {_plural(len(nodes), 'node')}",
                         ReparentCommand):
            self.scene.relayout(force_edges=True)
            return
        self.scene.select_only(nodes)

    def _on_link_activated(self, node: str) -> None:
        link = self.mind_map.get(node, "link")
        if link:
            self.open_link.emit(link)

    def activate_link(self) -> bool:
        node = self.current()
        if node and self.mind_map.get(node, "link"):
            self.open_link.emit(self.mind_map.get(node, "link"))
            return True
        return False

    # ------------------------------------------------------------------ clipboard
    def copy(self) -> None:
        nodes = self._tops(self.selected())
        if nodes:
            QGuiApplication.clipboard().setMimeData(fragments_to_mime(self.mind_map, nodes))

    def cut(self) -> None:
        self.copy()
        self.delete_subtree()

    def paste(self) -> None:
        node = self._require_current()
        if node is None:
            return
        fragments = fragments_from_mime(QGuiApplication.clipboard().mimeData())
        if not fragments:
            self.message.emit("The clipboard holds nothing to paste")
            return
        edit = ops.paste(self.mind_map, node, fragments)
        if self._run(edit, f"Paste {_plural(len(fragments), 'branch', 'branches')}",
                     PasteCommand):
            self.select(edit.edits[-1].fragment.root)

    def _tops(self, nodes: list[str]) -> list[str]:
        chosen = set(nodes)
        return [n for n in nodes
                if not any(a in chosen for a in self.mind_map.path_to_root(n)[1:])]

    # --------------------------------------------------------------------- find
    def find(self, query: str, step: int = 1) -> str | None:
        results = self.mind_map.find(query)
        if results != self._find_results:
            self._find_results = results
            current = self.current()     # typing in the find bar selected a match already
            self._find_index = results.index(current) if current in results else \
                (-1 if step > 0 else 0)
        if not results:
            return None         # (the find bar says how many match, "No match" or "2 of 9")
        self._find_index = (self._find_index + step) % len(results)
        node = results[self._find_index]
        self._reveal(node)
        self.select(node)
        return node

    def _reveal(self, node: str) -> None:
        """Unfold the ancestors of ``node`` so it can be seen (one undo step)."""
        m = self.mind_map
        folded = [a for a in m.path_to_root(node)[1:] if m.get(a, "folded")]
        if folded:
            self._run(Composite(tuple(SetNodeAttr(a, "folded", False) for a in folded)),
                      "Unfold", FoldCommand)

    # ------------------------------------------------------------------ map level
    def rename_map(self, title: str) -> bool:
        """The map's own title (the file's ``title:``, shown on the tab, the window, the
        participants' page and the report); empty: the central idea's text stands for it."""
        title = " ".join(title.split())
        if title == (self.mind_map.title or ""):
            return False
        text = f"Map Title '{title}'" if title else "Clear Map Title"
        return self._run(ops.set_map_attr("title", title), text, MapSettingCommand)

    def set_layout(self, style: str) -> None:
        if style == self.mind_map.layout:
            return
        if self._run(ops.set_map_attr("layout", style), f"Layout: {style}", MapSettingCommand):
            self.view.fit_map()

    def tidy_up(self, branch_only: bool = False) -> None:
        m = self.mind_map
        nodes = m.subtree(self.current()) if branch_only and self.current() else list(m.nodes())
        placed = [n for n in nodes if m.get(n, "pos") is not None and n not in m.floating]
        if not placed:
            self.message.emit("Nothing to tidy: no node was placed by hand")
            return
        self._run(Composite(tuple(ops.set_pos(n, None) for n in placed)),
                  f"Tidy Up {_plural(len(placed), 'node')}", TidyCommand)

    def fit(self) -> None:
        self.view.fit_map()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            self._fit_on_open()
            # the window may still be taking its final size: fit again once it has (a timer
            # of its own: a pending QTimer.singleShot would keep the closed tab alive)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(self._fit_on_open)
            timer.timeout.connect(timer.deleteLater)
            timer.start(0)

    def _fit_on_open(self) -> None:
        self.view.show_on_open()     # fitted when readable, else 100 % on the root
        self.view.show_visible_items()   # a big map: the items in view now, the rest later
        node = self.current() or self.mind_map.root
        self.scene.select_only([node])
        self.scene.item(node).setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape and self.editor.active:
            self.editor.cancel()
            return
        super().keyPressEvent(event)
