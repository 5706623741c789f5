"""How a map opens (issue 20): fitted when it fits at a readable size, otherwise at 100 %
centred on the root; no stray scroll bar; Ctrl+0 still fits the whole map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mindmap_app.canvas.map_view import OPEN_READABLE_PX
from mindmap_app.io.yaml_format import save_map
from mindmap_app.model import MindMap
from mindmap_app.model import operations as ops
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, press

K = Qt.Key
M = Qt.KeyboardModifier


def open_at(qtbot, path, width: int = 1280, height: int = 800):  # noqa: ANN001, ANN202
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    editor = window.open_path(path)
    qtbot.wait(30)                     # the second fit, once the window has its size
    return window, editor


def visible(editor) -> object:  # noqa: ANN001
    view = editor.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def smallest_on_screen(editor) -> float:  # noqa: ANN001
    return editor.view.smallest_text_px() * editor.view.zoom()


def test_workshop_overview_opens_fitted_centred_without_scroll_bars(qtbot):
    _, editor = open_at(qtbot, SAMPLE_MAPS / "workshop.yaml")
    view = editor.view
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    shown, whole = visible(editor), editor.scene.map_rect()
    assert shown.contains(whole)
    assert abs(shown.center().x() - whole.center().x()) <= 2
    assert abs(shown.center().y() - whole.center().y()) <= 2
    assert smallest_on_screen(editor) >= OPEN_READABLE_PX


def test_national_map_opens_at_100_percent_on_the_root_and_ctrl_0_fits(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    _, editor = open_at(qtbot, folder / "national.yaml")
    view = editor.view
    assert view.zoom() == pytest.approx(1.0)
    root = editor.scene.items_by_id[editor.mind_map.root].box_rect().center()
    shown, whole = visible(editor), view.sceneRect()     # the map and a small border
    # centred on the root along an axis the map does not fit; else the map is centred
    for axis in ("x", "y"):
        fits = (whole.width() if axis == "x" else whole.height()) <= \
            (shown.width() if axis == "x" else shown.height())
        target = getattr(whole.center() if fits else root, axis)()
        # (Qt aligns a narrow map before the vertical scroll bar takes its ~14 px: half that)
        assert abs(getattr(shown.center(), axis)() - target) <= 8, axis
    assert whole.height() > shown.height()      # the national map is taller than the window
    assert smallest_on_screen(editor) >= OPEN_READABLE_PX
    assert editor.current() == editor.mind_map.root
    press(editor, K.Key_0, M.ControlModifier)
    assert view.zoom() < 0.6
    assert visible(editor).contains(editor.scene.map_rect())


def test_every_sample_map_opens_readable(qtbot, tmp_path):
    folder = copy_samples(tmp_path)
    for path in sorted(folder.glob("*.yaml")):
        window, editor = open_at(qtbot, path)
        assert smallest_on_screen(editor) >= OPEN_READABLE_PX, path.name
        root = editor.scene.items_by_id[editor.mind_map.root].box_rect()
        assert visible(editor).contains(root), path.name
        window.close()


def test_a_thousand_idea_map_opens_at_100_percent_not_as_dashes(qtbot, tmp_path):
    m = MindMap("Big", "Big map", root_id="root", layout="balanced")
    branches = []
    for b in range(10):
        edit = ops.add_child(m, m.root, f"Branch {b}")
        m.apply(edit)
        branches.append(edit.fragment.root)
    for i in range(990):
        m.apply(ops.add_child(m, branches[i % 10], f"Idea number {i}"))
    path = tmp_path / "big.yaml"
    save_map(m, path)
    _, editor = open_at(qtbot, path)
    assert len(editor.mind_map) == 1001
    assert editor.view.zoom() == pytest.approx(1.0)
    assert editor.view.horizontalScrollBar().isVisible() or \
        editor.view.verticalScrollBar().isVisible()
    root = editor.scene.items_by_id["root"].box_rect().center()
    assert visible(editor).contains(root)
    assert abs(visible(editor).center().y() - root.y()) <= 2
    press(editor, K.Key_0, M.ControlModifier)    # as far out as the view zooms, centred
    assert editor.view.zoom() == pytest.approx(editor.view.fit_zoom())
    assert editor.view.zoom() < 0.2
    shown, whole = visible(editor), editor.scene.map_rect()
    assert shown.left() <= whole.left() and shown.right() >= whole.right()
    assert abs(shown.center().y() - whole.center().y()) <= 20


def test_a_small_map_is_fitted_but_never_blown_up(qtbot, tmp_path):
    m = MindMap("Small", "Small", root_id="root")
    m.apply(ops.add_child(m, m.root, "One idea"))
    path = tmp_path / "small.yaml"
    save_map(m, path)
    _, editor = open_at(qtbot, path)
    assert editor.view.zoom() == pytest.approx(1.0)
    shown, whole = visible(editor), editor.scene.map_rect()
    assert shown.contains(whole)
    assert abs(shown.center().x() - whole.center().x()) <= 2
