"""Moving ideas to another level by keyboard (Freeplane's Ctrl+Left / Ctrl+Right).

On the right side of a map (and in the right, down and radial styles) Ctrl+Left moves the
selected ideas *up a level*, towards the root: they become siblings of their parent, right
after it. Ctrl+Right moves them *into the sibling above*, as its last children (into the
sibling below when they are the first). On the left side of a map the keys are mirrored, so
the arrow always points the way the idea travels on screen. Each move is one undo step.

A main branch has no level above it: in the balanced style the same key takes it to the
other side of the central idea (Ctrl+Left on the right side, Ctrl+Right on the left), as
Freeplane does; it stays there (its ``side``) whatever the branches around it do.
"""

from __future__ import annotations

from ..commands import ReparentCommand
from ..model import Composite, EditError, SetNodeAttr
from ..model import operations as ops


def _plural(n: int) -> str:
    return "1 node" if n == 1 else f"{n} nodes"


def _moving(editor) -> tuple[str, list[str]] | None:  # noqa: ANN001
    """The current idea's parent and the selected ideas under it, in their order."""
    m = editor.mind_map
    node = editor.current()
    if node is None:
        editor.message.emit("Select a node first")
        return None
    parent = m.parent(node)
    if parent is None:
        editor.message.emit("A root has no level to leave")
        return None
    chosen = set(editor.selected())
    return parent, [c for c in m.children(parent) if c in chosen or c == node]


def _on_left_side(editor, node: str) -> bool:  # noqa: ANN001
    result = editor.scene.layout_result
    return result is not None and result.sides.get(node) == -1 and \
        editor.mind_map.layout != "down"


def change_level(editor, key: str) -> None:  # noqa: ANN001
    """Ctrl+``key`` (left/right): up a level or into the sibling above, mirrored on the left."""
    node = editor.current()
    towards_root = (key == "left") != (node is not None and _on_left_side(editor, node))
    if towards_root:
        move_up_level(editor)
    else:
        move_into_sibling(editor)


def _apply(editor, moves: list, nodes: list[str], text: str,  # noqa: ANN001
           first: tuple = ()) -> None:
    m = editor.mind_map
    edits = list(first)
    for move in moves:
        edits.append(move)
        if m.get(move.node, "pos") is not None:     # a hand placement was relative to the
            edits.append(ops.set_pos(move.node, None))   # old parent: drop it
    if editor._run(Composite(tuple(edits)), text, ReparentCommand):
        editor.select(nodes[0])
        if len(nodes) > 1:
            editor.scene.select_only(nodes)


def move_up_level(editor) -> None:  # noqa: ANN001
    """The selected ideas become siblings of their parent, right after it."""
    found = _moving(editor)
    if found is None:
        return
    parent, nodes = found
    m = editor.mind_map
    grand = m.parent(parent)
    if grand is None:
        if parent == m.root and m.layout == "balanced":
            to_other_side(editor, nodes)
        else:
            editor.message.emit("A main branch cannot move up a level")
        return
    index = m.index_of(parent) + 1
    try:
        moves = [ops.move(m, n, grand, index + i) for i, n in enumerate(nodes)]
    except EditError as exc:
        editor.message.emit(str(exc).capitalize())
        return
    _apply(editor, moves, nodes, f"Move {_plural(len(nodes))} Up a Level")


def to_other_side(editor, nodes: list[str]) -> None:  # noqa: ANN001
    """Main branches to the other side of the central idea (the side of the first), kept
    there; a hand placement, which would say the side instead, is dropped."""
    m = editor.mind_map
    left = not _on_left_side(editor, nodes[0])
    edits = [ops.set_attr(n, "side", "left" if left else "right") for n in nodes]
    edits += [ops.set_pos(n, None) for n in nodes if m.get(n, "pos") is not None]
    edit = Composite(tuple(edits))
    # each undo text whole in the call: the catalogue (make translations) finds them there
    if left:
        done = editor._run(edit, f"Move {_plural(len(nodes))} to the Left Side", ReparentCommand)
    else:
        done = editor._run(edit, f"Move {_plural(len(nodes))} to the Right Side",
                           ReparentCommand)
    if done:
        editor.select(nodes[0])
        if len(nodes) > 1:
            editor.scene.select_only(nodes)


def move_into_sibling(editor) -> None:  # noqa: ANN001
    """The selected ideas become the last children of the sibling above (below, for the
    first idea)."""
    found = _moving(editor)
    if found is None:
        return
    parent, nodes = found
    m = editor.mind_map
    siblings = m.children(parent)
    first = siblings.index(nodes[0])
    side = None
    result = editor.scene.layout_result
    if result is not None:
        side = result.sides.get(nodes[0])
    candidates = [s for s in reversed(siblings[:first]) if s not in nodes] + \
        [s for s in siblings[first:] if s not in nodes]
    if side is not None and result is not None:    # stay on the idea's side of the map
        candidates = [s for s in candidates if result.sides.get(s, side) == side]
    if not candidates:
        editor.message.emit("No sibling to move into")
        return
    target = candidates[0]
    unfold = (SetNodeAttr(target, "folded", False),) if m.get(target, "folded") else ()
    index = len(m.children(target))
    try:
        moves = [ops.move(m, n, target, index + i) for i, n in enumerate(nodes)]
    except EditError as exc:
        editor.message.emit(str(exc).capitalize())
        return
    _apply(editor, moves, nodes, f"Move {_plural(len(nodes))} into “{m.text(target)[:30]}”",
           unfold)
