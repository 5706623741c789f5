"""Park, unpark, group, ungroup, merge and mark as action, on one tab's selection.

Each is one undo step pushed through the editor (the document's stack); the edits are built
by :mod:`mindmap_app.model.facilitation_ops`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..commands import (
    ActionCommand,
    GroupCommand,
    MergeCommand,
    ParkCommand,
    UngroupCommand,
    UnparkCommand,
)
from ..model import EditError
from ..model import facilitation_ops as fops
from .lifetime import lifetime_of

if TYPE_CHECKING:
    from .facilitation_forms import ActionForm


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class IdeaOperations:
    def __init__(self, editor) -> None:  # noqa: ANN001 - a MapEditor
        self.editor = editor
        #: the selected ideas in the order they were selected: "the first one" is the idea
        #: clicked first (Qt's own selection has no order)
        self.order: list[str] = []
        editor.scene.selectionChanged.connect(self._on_selection)

    def _on_selection(self) -> None:
        try:
            now = self.editor.scene.selected_ids()
        except RuntimeError:    # the tab is closing: its scene is gone
            return
        chosen = set(now)
        self.order = [n for n in self.order if n in chosen] + \
            [n for n in now if n not in self.order]

    @property
    def mind_map(self):  # noqa: ANN201
        return self.editor.mind_map

    def _build(self, builder, *args, **kwargs):  # noqa: ANN001, ANN202
        try:
            return builder(self.mind_map, *args, **kwargs)
        except EditError as exc:
            self.editor.message.emit(str(exc)[:1].upper() + str(exc)[1:])
            return None

    def _ordered_selection(self) -> list[str]:
        """The selection in the order it was made."""
        selected = self.editor.selected()
        chosen = set(selected)
        ordered = [n for n in self.order if n in chosen]
        return ordered + [n for n in selected if n not in ordered]

    # ------------------------------------------------------------------- parking lot
    def park(self) -> bool:
        nodes = self._ordered_selection()
        if not nodes:
            self.editor.message.emit("Select the ideas to park")
            return False
        m = self.mind_map
        edit = self._build(fops.park, nodes)
        if edit is None:
            return False
        moved = [n for n in fops.top_nodes(m, nodes) if n != m.root]
        after = self.editor._after_delete(moved)
        if not self.editor._run(edit, f"Park {_plural(len(moved), 'idea')}", ParkCommand):
            return False
        self.editor.select(after if after in m else m.root)
        return True

    def unpark(self) -> bool:
        m = self.mind_map
        lot = fops.parking_lot(m)
        selected = self._ordered_selection()
        parked = [n for n in selected if lot is not None and m.parent(n) == lot]
        if not parked:
            self.editor.message.emit("Select parked ideas (in the parking lot) to unpark")
            return False
        # one selected idea outside the lot: that is where the parked ones go
        targets = [n for n in selected if n not in parked and n != lot and
                   not m.is_ancestor(lot, n)] if lot is not None else []
        target = targets[0] if len(targets) == 1 else None
        edit = self._build(fops.unpark, parked, target=target)
        if edit is None:
            return False
        if not self.editor._run(edit, f"Unpark {_plural(len(parked), 'idea')}", UnparkCommand):
            return False
        self.editor.select(parked[-1])
        self.editor.scene.select_only(parked)
        return True

    # ---------------------------------------------------------------- group, ungroup
    def group(self) -> str | None:
        nodes = self._ordered_selection()
        if not nodes:
            self.editor.message.emit("Select the ideas to group")
            return None
        new = self.mind_map.new_id()
        edit = self._build(fops.group, nodes, "Group", node_id=new)
        if edit is None:
            return None
        count = len(fops.top_nodes(self.mind_map, nodes))
        if not self.editor._run(edit, f"Group {_plural(count, 'idea')}", GroupCommand):
            return None
        self.editor.select(new)
        self.editor.view.ensure_family_visible(new)
        self.editor.start_edit(new, select_all=True)   # "Group" selected: typing names it
        return new

    def ungroup(self) -> bool:
        node = self.editor.current()
        if node is None:
            self.editor.message.emit("Select the group to ungroup")
            return False
        kids = self.mind_map.children(node)
        edit = self._build(fops.ungroup, node)
        if edit is None:
            return False
        if not self.editor._run(edit, "Ungroup", UngroupCommand):
            return False
        self.editor.select(kids[0])
        self.editor.scene.select_only(kids)
        return True

    # ---------------------------------------------------------------------- merge
    def merge(self) -> bool:
        nodes = self._ordered_selection()
        edit = self._build(fops.merge, nodes)
        if edit is None:
            return False
        if not self.editor._run(edit, f"Merge {_plural(len(nodes), 'idea')}", MergeCommand):
            return False
        self.editor.select(nodes[0])
        return True

    # --------------------------------------------------------------------- actions
    def mark_action(self) -> ActionForm | None:
        node = self.editor.current()
        if node is None:
            self.editor.message.emit("Select the idea to mark as an action")
            return None
        action = self.mind_map.get(node, "action") or {}

        def on_set(owner: str, due: str) -> str | None:
            try:
                edit = fops.set_action(self.mind_map, node, owner, due)
            except EditError as exc:
                return str(exc)[:1].upper() + str(exc)[1:]
            if edit.value != self.mind_map.get(node, "action"):
                self.editor._run(edit, "Mark as Action", ActionCommand)
            self.editor.select(node)
            return None

        def on_clear() -> None:
            self.editor._run(fops.clear_action(self.mind_map, node), "Not an Action",
                             ActionCommand)
            self.editor.select(node)

        from .facilitation_forms import ActionForm  # the forms load when first asked for

        form = ActionForm(self.editor.window(), action.get("owner", ""),
                          action.get("due", ""), bool(action), on_set, on_clear)
        lifetime_of(self.editor).on_close(form.reject)      # it goes with its map's tab
        form.open()
        return form
