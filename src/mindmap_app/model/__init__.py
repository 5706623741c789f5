"""The map model: a networkx graph and invertible edits. Pure Python; never imports Qt."""

from .attributes import NODE_ATTRS, NodeAttribute
from .edits import (
    AddLink,
    Change,
    Composite,
    Edit,
    InsertSubtree,
    MoveNode,
    RemoveLink,
    RemoveSubtree,
    SetMapAttr,
    SetNodeAttr,
    SetTagColor,
)
from .fragment import Fragment
from .invariants import InvariantError, check_invariants
from .mind_map import LAYOUTS, MAX_DEPTH, MAX_NODES, NODE_DEFAULTS, THEMES, EditError, MindMap

__all__ = [
    "LAYOUTS", "MAX_DEPTH", "MAX_NODES", "NODE_DEFAULTS", "THEMES", "AddLink", "Change",
    "Composite", "Edit", "EditError", "Fragment", "InsertSubtree", "InvariantError", "MindMap",
    "MoveNode", "NODE_ATTRS", "NodeAttribute",
    "RemoveLink", "RemoveSubtree", "SetMapAttr", "SetNodeAttr", "SetTagColor", "check_invariants",
]
