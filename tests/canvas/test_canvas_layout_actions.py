"""Layout from the facilitator's side: manual places survive, Tidy Up clears them (undoably),
switching the layout style keeps them, every style lays out every sample map without overlap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from mindmap_app.app.document import Document
from mindmap_app.app.map_editor import MapEditor
from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import LAYOUTS
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, drag, node_view_point, open_window, press

M = Qt.KeyboardModifier


@pytest.fixture
def national(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    editor.view.resetTransform()
    editor.view.centerOn(editor.scene.items_by_id["national"])
    return window, editor


def place_by_hand(editor, node: str, dy: int = -120) -> None:
    start = node_view_point(editor, node)
    drag(editor, start, start + QPoint(0, dy), M.AltModifier)   # Alt: never re-parent
    assert editor.mind_map.get(node, "pos") is not None


def test_tidy_up_whole_map_clears_manual_places_and_undo_restores(national):
    window, editor = national
    m = editor.mind_map
    tidy_place = editor.scene.layout_result.centers["opportunities"]
    place_by_hand(editor, "opportunities")
    placed = editor.scene.items_by_id["opportunities"].pos()
    window.actions_by_name["tidy_all"].trigger()
    assert m.get("opportunities", "pos") is None
    pos = editor.scene.items_by_id["opportunities"].pos()
    assert (pos.x(), pos.y()) == pytest.approx(tidy_place)
    press(editor, Qt.Key.Key_Z, M.ControlModifier)
    assert editor.scene.items_by_id["opportunities"].pos() == placed


def test_tidy_up_branch_leaves_other_branches_placed(national):
    window, editor = national
    m = editor.mind_map
    place_by_hand(editor, "opportunities")
    editor.view.centerOn(editor.scene.items_by_id["t3"])
    place_by_hand(editor, "t3", dy=-40)
    editor.select("threats")
    window.actions_by_name["tidy_branch"].trigger()
    assert m.get("t3", "pos") is None
    assert m.get("opportunities", "pos") is not None


def test_switching_layout_keeps_manual_places(national):
    window, editor = national
    m = editor.mind_map
    place_by_hand(editor, "opportunities")
    pos = m.get("opportunities", "pos")
    for style in ("right", "down", "radial", "balanced"):
        window.actions_by_name[f"layout_{style}"].trigger()
        assert m.layout == style
        assert m.get("opportunities", "pos") == pos
        centers = editor.scene.layout_result.centers
        dx = centers["opportunities"][0] - centers["national"][0]
        dy = centers["opportunities"][1] - centers["national"][1]
        assert (dx, dy) == pytest.approx(pos)


def boxes_overlap(a, b) -> bool:
    return a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5


@pytest.mark.parametrize("style", LAYOUTS)
@pytest.mark.parametrize("name", sorted(p.stem for p in SAMPLE_MAPS.glob("*.yaml")))
def test_every_style_lays_out_every_sample_map_without_overlapping_boxes(qapp, name, style):
    mind_map = load_map(SAMPLE_MAPS / f"{name}.yaml")
    mind_map.graph.graph["layout"] = style
    editor = MapEditor(Document(mind_map))
    try:
        boxes = sorted((item.box_rect() for item in editor.scene.items_by_id.values()),
                       key=lambda r: r.left())
        assert len(boxes) == len(mind_map.visible_nodes())
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b.left() >= a.right():
                    break
                assert not boxes_overlap(a, b), f"{name} {style}: boxes overlap"
    finally:
        editor.close_editor()
        editor.deleteLater()
