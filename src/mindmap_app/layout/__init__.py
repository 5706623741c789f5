"""Automatic layout: a map and its nodes' measured sizes in, box centres out. Pure Python.

``compute_layout(mind_map, sizes, style)`` returns a :class:`LayoutResult`;
``moved_nodes(old, new)`` says which nodes the canvas has to move. The core is the non-layered
tidy tree of :mod:`.tidy`; :mod:`.radial` does the radial style.
"""

from .map_layout import LayoutResult, compute_layout, layout_flat, moved_nodes

__all__ = ["LayoutResult", "compute_layout", "layout_flat", "moved_nodes"]
