"""A map's first layout builds each tree's slots at once (:mod:`.relative_fresh`, issue 12):
the state it leaves, every per-slot list of the layout and of its forest, is the one that
building slot by slot (``RelativeLayout._build``) leaves, on random forests with folded,
hand-placed and floating trees and main branches pinned to a side, in every style; and the
edits that follow it (which undo and redo those walks) give the full layout's result."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mindmap_app.layout import compute_layout, relative_fresh, relative_layout
from mindmap_app.layout.relative_layout import RelativeLayout
from mindmap_app.model import EditError

from .random_edits import EDITS, apply_edit
from .test_layout import STYLES, build_map
from .test_layout_properties import maps
from .test_relative_layout import SETTINGS, assert_near


def state(layout: RelativeLayout) -> dict:
    """Every list and table of the layout and of its forest, as plain values."""
    out = {}
    for name, value in vars(layout).items():
        if name not in ("forest", "_table"):
            out[name] = list(value) if isinstance(value, list | tuple) or \
                hasattr(value, "typecode") else value
    for name, value in vars(layout.forest).items():
        if name != "_appends":
            out["forest." + name] = list(value) if not isinstance(value, float) else value
    return out


@st.composite
def marked_maps(draw):  # noqa: ANN001, ANN201
    """A random forest; some ideas placed by hand, some main branches pinned to a side."""
    parents, sizes, folded = draw(maps(max_nodes=40))
    placed = draw(st.sets(st.integers(1, len(parents) - 1), max_size=3)) \
        if len(parents) > 1 else set()
    pos = {i: (draw(st.floats(-400, 400)), draw(st.floats(-300, 300))) for i in placed
           if parents[i] >= 0}
    pinned = {i: draw(st.sampled_from(["left", "right"])) for i in range(1, len(parents))
              if parents[i] == 0 and draw(st.booleans())}
    return parents, sizes, folded, pos, pinned


def laid_out(m, sizes, fresh: bool, monkeypatch) -> RelativeLayout:  # noqa: ANN001
    layout = RelativeLayout()
    with monkeypatch.context() as patch:
        if not fresh:
            patch.setattr(relative_layout, "can_build_fresh", lambda _layout: False)
        layout.layout(m, sizes.get)
    return layout


@SETTINGS
@given(marked_maps(), st.sampled_from([s for s in STYLES if s != "radial"]))
def test_the_first_layout_leaves_the_state_building_slot_by_slot_leaves(tree, style):
    parents, sizes, folded, pos, pinned = tree
    m = build_map(parents, style, folded=folded, pos=pos)
    for i, side in pinned.items():
        m.graph.nodes[f"k{i}"]["side"] = side
    with pytest.MonkeyPatch.context() as monkeypatch:
        by_slot = laid_out(m, sizes, False, monkeypatch)
        at_once = laid_out(m, sizes, True, monkeypatch)
    assert state(at_once) == state(by_slot)


@SETTINGS
@given(marked_maps(), st.sampled_from(STYLES), st.data())
def test_edits_after_a_first_layout_built_at_once_match_the_full_layout(tree, style, data):
    parents, sizes, folded, pos, _pinned = tree
    m = build_map(parents, style, folded=folded, pos=pos)
    layout = RelativeLayout()
    assert_near(layout.layout(m, sizes.get), compute_layout(m, sizes))
    for _ in range(data.draw(st.integers(1, 10))):
        try:
            change = apply_edit(m, sizes, lambda a, b: data.draw(st.integers(a, b)),
                                data.draw(st.sampled_from(EDITS)))
        except EditError:
            continue
        assert_near(layout.layout(m, sizes.get, change.touched()), compute_layout(m, sizes))


def test_fresh_slots_go_only_at_the_end_of_a_forest_with_none_freed():
    m = build_map([-1, 0, 0, 1])
    layout = RelativeLayout()
    layout.layout(m, {n: (40.0, 20.0) for n in m.nodes()}.get)
    assert not relative_fresh.can_build_fresh(layout) or not layout.forest._free
    layout.forest.free(3)
    assert not relative_fresh.can_build_fresh(layout)
    with pytest.raises(ValueError, match="at the end"):
        layout.forest.extend_fresh(len(layout.forest.kids), *([layout.forest.dsz[:1]] * 3))
