"""A presentation's step on a branch too long for one screen puts the screen's top and bottom
edges between boxes where it can (the visual audit: the first step of the national map's
Threats showed a sliver of a box's border along the top of the projector)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor

from mindmap_app.app import presentation_plan
from mindmap_app.app.presentation_plan import Frame, plan_frames, screen_rect
from tests.app.test_presentation import present
from tests.app.test_presentation_overview import SAMPLES, _open, _still  # noqa: F401

SIZES = [(1920, 1080), (1280, 720), (1024, 768)]


def cuts(editor, frame: Frame, size: QSizeF) -> tuple[int, int]:  # noqa: ANN001
    """How many drawn boxes the screen's top edge runs across, and its bottom edge."""
    shown = screen_rect(frame, size)
    boxes = [item.box_rect() for item in editor.scene.items_by_id.values() if item.isVisible()]
    across = [b for b in boxes if b.right() > shown.left() and b.left() < shown.right()]
    return (sum(1 for b in across if b.top() < shown.top() < b.bottom()),
            sum(1 for b in across if b.top() < shown.bottom() < b.bottom()))


def plans(editor, size: QSizeF, monkeypatch) -> tuple[list[Frame], list[Frame]]:  # noqa: ANN001
    """The presentation's steps, and the same steps planned without moving them."""
    snapped = plan_frames(editor.scene, size)
    with monkeypatch.context() as patch:
        patch.setattr(presentation_plan, "snapped", lambda frame, *_args: frame)
        plain = plan_frames(editor.scene, size)
    return snapped, plain


def firsts(frames: list[Frame]) -> dict[str | None, Frame]:
    """The first step of each branch."""
    found: dict[str | None, Frame] = {}
    for frame in frames:
        found.setdefault(frame.branch, frame)
    return found


def test_the_first_step_of_a_long_branch_cuts_no_box_along_the_top(qtbot, tmp_path,
                                                                    monkeypatch):
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    present(qtbot, editor)
    size = QSizeF(1280, 720)
    snapped, plain = (firsts(frames)["threats"] for frames in plans(editor, size, monkeypatch))
    assert cuts(editor, plain, size)[0] >= 1, "the case the audit saw"
    assert cuts(editor, snapped, size)[0] == 0
    assert snapped.scale == plain.scale
    root = editor.scene.items_by_id["threats"].box_rect()
    assert screen_rect(snapped, size).contains(root)


@pytest.mark.parametrize("name", SAMPLES)
def test_steps_move_a_little_cut_no_more_boxes_and_still_show_every_idea(qtbot, tmp_path,
                                                                          name, monkeypatch):
    _, editor = _open(qtbot, tmp_path, name)
    present(qtbot, editor)
    m, items = editor.mind_map, editor.scene.items_by_id
    for width, height in SIZES:
        size = QSizeF(width, height)
        snapped, plain = plans(editor, size, monkeypatch)
        for branch, still in firsts(plain).items():
            moved = firsts(snapped)[branch]
            assert (moved.scale, moved.center[0], moved.revealed) == \
                (still.scale, still.center[0], still.revealed)
            assert abs(moved.center[1] - still.center[1]) <= height / still.scale / 4 + 1e-6
            assert sum(cuts(editor, moved, size)) <= sum(cuts(editor, still, size))
        for branch in {f.branch for f in snapped} - {None}:
            screens = [screen_rect(f, size) for f in snapped if f.branch == branch]
            for node in [branch, *m.children(branch)]:
                box = items[node].box_rect()
                assert any(screen.contains(box) for screen in screens), (size, node)


def test_the_screen_edges_fade_into_the_background(qtbot, tmp_path):
    """A box cut at the screen's edge fades out there: the outermost rows and columns are
    the background, the map shows as before further in."""
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    presentation = present(qtbot, editor)
    presentation.resize(1280, 720)
    qtbot.waitUntil(lambda: presentation.viewport().width() == 1280, timeout=2000)
    presentation.replan()
    first = next(i for i, f in enumerate(presentation.frames) if f.branch == "threats")
    presentation.go_to(first, animate=False)
    picture = presentation.viewport().grab().toImage()
    background = QColor(editor.scene.theme.background)
    size = QSizeF(picture.width(), picture.height())
    shown = screen_rect(presentation.frame, size)
    crossing = [item for item in editor.scene.items_by_id.values()
                if item.isVisible() and item.box_rect().intersects(shown)
                and not shown.contains(item.box_rect())]
    assert crossing, "the step cuts boxes at its edges (the case to fade)"

    def far_from_background(x: int, y: int) -> bool:
        c = picture.pixelColor(x, y)
        return max(abs(c.red() - background.red()), abs(c.green() - background.green()),
                   abs(c.blue() - background.blue())) > 24

    for y in (0, 1, picture.height() - 2, picture.height() - 1):
        assert not any(far_from_background(x, y) for x in range(picture.width())), y
    for x in (0, picture.width() - 1):
        assert not any(far_from_background(x, y) for y in range(picture.height())), x
    middle = picture.height() // 2
    assert sum(far_from_background(x, middle) for x in range(picture.width())) > 50
    # a move repaints the whole screen: Qt does not scroll the faded edges inward
    assert presentation.viewportUpdateMode() == \
        presentation.ViewportUpdateMode.FullViewportUpdate
