"""Random edits of a map for the layout tests: one edit of a kind, nodes picked by a
hypothesis draw, the change notice returned (and the sizes of changed nodes updated as the
canvas would measure them)."""

from __future__ import annotations

from mindmap_app.model import operations as ops

EDITS = ("add", "delete", "move", "reorder", "fold", "resize", "place", "unplace", "floating",
         "root", "side")


def apply_edit(m, sizes, draw_int, kind):  # noqa: ANN001, ANN201
    """Apply one edit of ``kind`` (nodes picked with ``draw_int``); the change notice."""
    nodes = sorted(m.nodes())
    node = nodes[draw_int(0, len(nodes) - 1)]
    other = nodes[draw_int(0, len(nodes) - 1)]
    if kind == "add":
        edit = ops.add_child(m, node, index=draw_int(0, len(m.children(node))))
    elif kind == "delete":
        edit = ops.delete_subtree(m, node)
    elif kind == "move":
        edit = ops.move(m, node, other, draw_int(0, len(m.children(other))))
    elif kind == "reorder":
        edit = ops.reorder(m, node, draw_int(-2, 2) or 1)
    elif kind == "fold":
        edit = ops.set_attr(node, "folded", not m.get(node, "folded"))
    elif kind == "resize":
        edit = ops.set_text(node, m.text(node) + "x")
    elif kind == "place":
        edit = ops.set_pos(node, (float(draw_int(-300, 300)), float(draw_int(-200, 200))))
    elif kind == "unplace":
        edit = ops.set_pos(node, None)
    elif kind == "side":     # a branch held to the left or right of a balanced root
        edit = ops.set_attr(node, "side", ("left", "right", None)[draw_int(0, 2)])
    elif kind == "floating":
        edit = ops.add_floating(m, "loose")
    else:   # the main root grows or shrinks
        node = m.root
        edit = ops.set_text(node, m.text(node) + "y")
    seen = []
    m.subscribe(seen.append)
    try:
        m.apply(edit)
    finally:
        m.unsubscribe(seen.append)
    change = seen[-1]
    for n in change.added | set(change.attrs):
        if n in m:       # the canvas measures the text: here a size follows its length
            sizes[n] = (30.0 + 7.0 * len(m.text(n)), 16.0 + 5.0 * (len(m.text(n)) % 4))
    return change
