"""What one change notice means for the scene's items, found without walking the whole map.

A single edit on a 100,000-idea map touches a handful of nodes; these helpers look only at
the branches the :class:`~mindmap_app.model.Change` names (nodes added, removed, moved, folded
or unfolded), so the cost of an edit follows the size of what it changed, not of the map.
"""

from __future__ import annotations

from ..model import Change, MindMap


def visibility_tops(change: Change) -> set[str]:
    """Nodes whose branch may have appeared or disappeared: added, moved, (un)folded."""
    tops = set(change.added) | set(change.moved)
    tops.update(n for n, keys in change.attrs.items() if "folded" in keys)
    return tops


def shown(mind_map: MindMap, node: str) -> bool:
    """True when no ancestor of ``node`` is folded."""
    get = mind_map.get
    return not any(get(a, "folded") for a in mind_map.path_to_root(node)[1:])


def visibility_delta(mind_map: MindMap, change: Change, have: dict) -> tuple[list[str], set[str]]:
    """(nodes to give an item, in pre-order; nodes whose item must go) after ``change``.

    ``have`` holds the nodes that have an item now. Only the branches under the change's
    :func:`visibility_tops` are walked, and the removed nodes looked up. A top that had an
    item, still shows and was not folded or unfolded shows its branch as before (a parent
    whose children changed, a branch moved between two shown places): it is not walked (the
    central idea, when a main branch comes or goes, would be the whole map).
    """
    gone = {n for n in change.removed if n in have}
    fresh: list[str] = []
    seen: set[str] = set()
    children, get = mind_map.children, mind_map.get
    tops = [t for t in visibility_tops(change) if t in mind_map]
    # parents first, so a branch is walked once from its highest changed node
    tops.sort(key=mind_map.depth)
    folds = {n for n, keys in change.attrs.items() if "folded" in keys}
    for top in tops:
        if top in seen:
            continue
        is_shown = shown(mind_map, top)
        if is_shown and top in have and top not in folds and top not in change.added:
            seen.add(top)       # its branch shows as it did; tops below it come later
            continue
        if is_shown:
            stack = [top]
            while stack:
                node = stack.pop()
                seen.add(node)
                if node not in have:
                    fresh.append(node)
                kids = children(node)
                if get(node, "folded"):
                    _drop_below(kids, children, have, gone, seen)
                else:
                    stack.extend(reversed(kids))
        else:
            seen.add(top)
            if top in have:
                gone.add(top)
            _drop_below(children(top), children, have, gone, seen)
    return fresh, gone


def _drop_below(kids: list[str], children, have: dict, gone: set[str], seen: set[str]) -> None:  # noqa: ANN001
    """Mark every node of the branches ``kids`` that has an item as gone (walks only the
    part that has items: below a node without one there is none)."""
    stack = [k for k in kids if k in have]
    while stack:
        node = stack.pop()
        seen.add(node)
        gone.add(node)
        stack.extend(k for k in children(node) if k in have)
