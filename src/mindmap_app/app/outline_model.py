"""The outline: a QAbstractItemModel over the map, one row per idea, kept current by the map's
change notices.

No second copy of the map: the model reads texts, tags, votes, notes and links from the
MindMap each time Qt asks. What it keeps is the *shape Qt has seen*: the child lists of the
rows a view has fetched (filled lazily, on the first ``rowCount``), with each node's row and
parent, so that ``parent()`` and ``index()`` answer in O(1) and so that a change notice can be
turned into the smallest ``beginInsertRows``/``beginRemoveRows``/``beginMoveRows`` calls:
adding one idea to a 10,000-idea map inserts one row, it never resets the tree.

Edits made in the outline (text, tags, votes, a drop) are handed to ``edit_handler`` and
``move_handler``, which the panel connects to the document's undo stack; the model itself
never changes the map.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QObject, Qt

from ..canvas.accessibility import describe
from ..i18n import translate as tr
from ..model import Change, MindMap

#: the columns' names (in the user's language when shown: :meth:`OutlineModel.headerData`)
COLUMNS = ("Idea", "Tags", "Votes", "Note", "Link")
COL_TEXT, COL_TAGS, COL_VOTES, COL_NOTE, COL_LINK = range(len(COLUMNS))
#: narrow columns show a mark, in the header and in the rows (the name is the header's
#: tooltip and what a screen reader says): the idea's text keeps the room
MARKS = {COL_VOTES: "●", COL_NOTE: "✎", COL_LINK: "↗"}
#: the node id of a row (any column)
NODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MIME_NODES = "application/x-mindmap-outline-nodes"
_EDIT_KEYS = {COL_TEXT: "text", COL_TAGS: "tags", COL_VOTES: "votes"}
_ROOT = None      # the invisible top level: the main root and the floating roots
_TOP = QModelIndex()     # an invalid index: the parent of the top-level rows


def parse_tags(text: str) -> tuple[str, ...]:
    """"threat, #urgent  idea" -> ("threat", "urgent", "idea"): commas or spaces, # optional."""
    words = text.replace(",", " ").split()
    return tuple(dict.fromkeys(w.lstrip("#") for w in words if w.lstrip("#")))


class OutlineModel(QAbstractItemModel):
    def __init__(self, mind_map: MindMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mind_map = mind_map
        #: fetched child lists: parent id (None: the top level) -> children, as Qt saw them
        self._kids: dict[str | None, list[str]] = {}
        self._row: dict[str, int] = {}
        self._parent_of: dict[str, str | None] = {}
        self._key_of: dict[str, int] = {}
        self._node_of: dict[int, str] = {}
        self._keys = itertools.count(1)
        self._updating = False
        #: (node, attribute, value) -> bool: set by the panel, runs an undoable command
        self.edit_handler: Callable[[str, str, object], bool] | None = None
        #: (nodes, new parent or None, index) -> bool: a drop, run as one undoable command
        self.move_handler: Callable[[list[str], str | None, int], bool] | None = None
        mind_map.subscribe(self.on_model_change)

    def detach(self) -> None:
        """Stop listening to the map (the panel is hidden or shows another map)."""
        self.mind_map.unsubscribe(self.on_model_change)

    # ------------------------------------------------------------------ structure
    def _children(self, parent: str | None) -> list[str]:
        kids = self._kids.get(parent)
        if kids is None:
            if self._updating:
                # Mid-update the map is ahead of the rows Qt has seen: a list fetched now
                # could hold a node that is still shown elsewhere. A row never fetched has
                # nothing shown under it, so it shows nothing until the update is done.
                return []
            m = self.mind_map
            if parent is None:
                kids = m.roots()
            elif parent in m:
                kids = m.children(parent)
            else:
                return []
            self._kids[parent] = kids
            for i, node in enumerate(kids):
                self._row[node] = i
                self._parent_of[node] = parent
        return kids

    def _key(self, node: str) -> int:
        key = self._key_of.get(node)
        if key is None:
            key = self._key_of[node] = next(self._keys)
            self._node_of[key] = node
        return key

    def node_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._node_of.get(index.internalId())

    def _index(self, node: str | None, column: int = 0) -> QModelIndex:
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row[node], column, self._key(node))

    def index_of(self, node: str, column: int = 0) -> QModelIndex:
        """The index of ``node`` (its ancestors' rows are fetched when they were not)."""
        if node not in self.mind_map:
            return QModelIndex()
        for ancestor in reversed(self.mind_map.path_to_root(node)[1:]):
            self._children(ancestor)
        self._children(None)
        if node not in self._row:
            return QModelIndex()
        return self._index(node, column)

    def index(self, row: int, column: int, parent: QModelIndex = _TOP) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS):
            return QModelIndex()
        kids = self._children(self.node_at(parent))
        if 0 <= row < len(kids):
            return self.createIndex(row, column, self._key(kids[row]))
        return QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # noqa: ANN201 - also QObject.parent()
        if index is None:
            return super().parent()
        # inlined: Qt calls this for every persistent index (each unfolded row) on a removal
        parent = self._parent_of.get(self._node_of.get(index.internalId()))
        if parent is None:
            return _TOP
        return self.createIndex(self._row[parent], 0,
                                self._key_of.get(parent) or self._key(parent))

    def rowCount(self, parent: QModelIndex = _TOP) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children(self.node_at(parent)))

    def columnCount(self, parent: QModelIndex = _TOP) -> int:  # noqa: ARG002
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex = _TOP) -> bool:
        if parent.column() > 0:
            return False
        node = self.node_at(parent)
        if node in self._kids or node is None:
            return bool(self._children(node))
        return node in self.mind_map and bool(self.mind_map.children(node))

    # ------------------------------------------------------------------ data
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return MARKS.get(section) or tr(COLUMNS[section])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        node = self.node_at(index)
        m = self.mind_map
        if node is None or node not in m:
            return None
        if role == NODE_ROLE:
            return node
        col = index.column()
        data = m.node_table()[node]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_TEXT:
                return data["text"] if role == Qt.ItemDataRole.EditRole else \
                    " ".join(data["text"].split())
            if col == COL_TAGS:
                return ", ".join(data.get("tags", ()))
            if col == COL_VOTES:
                votes = data.get("votes", 0)
                return (str(votes) if votes else "") if role == Qt.ItemDataRole.DisplayRole \
                    else str(votes)
            if col == COL_NOTE:
                return MARKS[COL_NOTE] if data.get("note") else ""
            if col == COL_LINK:
                return MARKS[COL_LINK] if data.get("link") else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NOTE and data.get("note"):
                return data["note"]
            if col == COL_LINK and data.get("link"):
                return tr("Links to {link}").format(link=data["link"])
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == COL_TEXT:
                return data["text"] or "empty idea"
            if col == COL_NOTE:
                return "has a note" if data.get("note") else "no note"
            if col == COL_LINK:
                return data.get("link") or "none"
            return self.data(index, Qt.ItemDataRole.DisplayRole) or "none"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == COL_TEXT:
            return describe(m, node)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDropEnabled
        node = self.node_at(index)
        if node != self.mind_map.root:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in _EDIT_KEYS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        node = self.node_at(index)
        key = _EDIT_KEYS.get(index.column())
        if node is None or key is None or role != Qt.ItemDataRole.EditRole or \
                self.edit_handler is None or node not in self.mind_map:
            return False
        if key == "tags":
            value = parse_tags(str(value))
        elif key == "votes":
            try:
                value = max(0, int(str(value).strip() or 0))
            except ValueError:
                return False
        else:
            value = str(value)
        if value == self.mind_map.get(node, key) or (key == "tags" and
                                                      tuple(value) == tuple(
                                                          self.mind_map.get(node, key))):
            return False
        return self.edit_handler(node, key, value)

    # ------------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_NODES]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        nodes = list(dict.fromkeys(n for n in (self.node_at(i) for i in indexes) if n))
        mime = QMimeData()
        mime.setData(MIME_NODES, QByteArray(json.dumps(nodes).encode("utf-8")))
        return mime

    def _dropped(self, data: QMimeData) -> list[str]:
        if not data.hasFormat(MIME_NODES):
            return []
        try:
            nodes = json.loads(bytes(data.data(MIME_NODES)).decode("utf-8"))
        except ValueError:
            return []
        return [n for n in nodes if isinstance(n, str) and n in self.mind_map]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: ARG002
                        column: int, parent: QModelIndex) -> bool:
        nodes = self._dropped(data)
        target = self.node_at(parent)
        if not nodes or self.mind_map.root in nodes:
            return False
        if target is None:
            return True      # between the roots: the ideas become floating
        return not any(self.mind_map.is_ancestor(n, target) for n in nodes)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent) or \
                self.move_handler is None:
            return False
        nodes = self._dropped(data)
        target = self.node_at(parent)
        m = self.mind_map
        siblings = m.children(target) if target is not None else m.floating
        if target is None:
            row = max(0, row - 1) if row >= 0 else len(siblings)   # row 0 is the main root
        elif row < 0:
            row = len(siblings)
        # MoveNode takes the final place, counted without the moved nodes
        index = row - sum(1 for n in nodes if n in siblings and siblings.index(n) < row)
        return self.move_handler(nodes, target, index)

    # ------------------------------------------------------------------ change notices
    def on_model_change(self, change: Change) -> None:
        self._updating = True
        try:
            redraw = self._update(change)
        finally:
            self._updating = False
        # rows to redraw, told once the rows are settled: a filter answering a row's change
        # asks for its children, which mid-update were none (and it kept none: a new idea
        # under a leaf the filter shows never showed, then "invalid inserted rows")
        last = len(COLUMNS) - 1
        m = self.mind_map
        for node, whole in redraw:
            if node in self._parent_of and node in m:
                self.dataChanged.emit(self._index(node), self._index(node, last if whole else 0))

    def _update(self, change: Change) -> list[tuple[str, bool]]:
        """Insert, remove and move rows; returns the rows to redraw afterwards (whole or
        their first column: the expander of a row whose children were never fetched)."""
        m = self.mind_map
        if change.structural:
            parents = [p for p in change.moved if p in self._kids]
            if _ROOT in self._kids:
                parents.append(_ROOT)
            for parent in parents:
                self._remove_gone(parent)
            for parent in parents:
                # a parent that moved was forgotten with its old place: fetched again lazily
                if parent in self._kids and (parent is None or parent in self._parent_of):
                    self._insert_and_reorder(parent)
        redraw: list[tuple[str, bool]] = []
        if change.structural:
            # a row whose children were never fetched only needs its expander redrawn
            redraw += [(node, False) for node in change.moved
                       if node not in self._kids and node in self._parent_of and node in m]
        redraw += [(node, True) for node in change.attrs]
        return redraw

    def _target(self, parent: str | None) -> list[str]:
        m = self.mind_map
        if parent is None:
            return m.roots()
        return m.children(parent) if parent in m else []

    def _reindex(self, kids: list[str], start: int = 0) -> None:
        row = self._row
        for i in range(start, len(kids)):
            row[kids[i]] = i

    def _forget(self, node: str) -> None:
        """Drop what was cached for ``node`` and its fetched descendants."""
        stack = [node]
        while stack:
            current = stack.pop()
            self._row.pop(current, None)
            self._parent_of.pop(current, None)
            stack.extend(self._kids.pop(current, ()))
            key = self._key_of.pop(current, None)
            if key is not None:
                self._node_of.pop(key, None)

    def _remove_gone(self, parent: str | None) -> None:
        if parent is not None and parent not in self._parent_of:
            return         # removed with an ancestor already
        kids = self._kids[parent]
        keep = set(self._target(parent))
        i = len(kids) - 1
        while i >= 0:
            if kids[i] in keep:
                i -= 1
                continue
            last = i
            while i > 0 and kids[i - 1] not in keep:
                i -= 1
            self.beginRemoveRows(self._index(parent), i, last)
            gone = kids[i:last + 1]
            del kids[i:last + 1]
            for node in gone:
                self._forget(node)
            self._reindex(kids, i)
            self.endRemoveRows()
            i -= 1

    def _insert_and_reorder(self, parent: str | None) -> None:
        kids = self._kids[parent]
        target = self._target(parent)
        present = set(kids)
        kept = [n for n in target if n in present]
        pindex = self._index(parent)
        for i, node in enumerate(kept):        # reorders (Ctrl+Up/Down, a drop nearby)
            if kids[i] != node:
                j = kids.index(node, i)
                self.beginMoveRows(pindex, j, j, pindex, i)
                kids.insert(i, kids.pop(j))
                self._reindex(kids, i)
                self.endMoveRows()
        i = 0
        while i < len(target):                 # new rows, in runs
            if target[i] in present:
                i += 1
                continue
            end = i
            while end + 1 < len(target) and target[end + 1] not in present:
                end += 1
            self.beginInsertRows(pindex, i, end)
            kids[i:i] = target[i:end + 1]
            for node in target[i:end + 1]:
                self._parent_of[node] = parent
            self._reindex(kids, i)
            self.endInsertRows()
            i = end + 1
