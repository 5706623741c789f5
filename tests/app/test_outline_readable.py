"""The outline opened from the View menu can be read: the dock opens wide enough (at most a
third of the window), the ideas' texts get the room (votes, note and link are narrow columns
of marks, the tags column is capped), the filter box's hint is whole. Measured as drawn: the
rows' rectangles and the font's widths, in English and in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from mindmap_app.app.outline_model import COL_LINK, COL_NOTE, COL_TAGS, COL_TEXT, COL_VOTES
from tests.gui_helpers import copy_samples, open_window

ELLIPSIS = "…"


def click_outline_entry(window) -> None:  # noqa: ANN001
    """View > Outline, clicked with the mouse."""
    action = window.actions_by_name["outline"]
    menu = next(o for o in action.associatedObjects() if isinstance(o, QMenu))
    menu.popup(window.mapToGlobal(window.rect().center()))
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def shown_characters(tree, index: QModelIndex) -> int:  # noqa: ANN001
    """How many characters of a row's text the tree draws: the text elided on the right to
    the row's rectangle (without its indentation) less the item's margins."""
    text = index.data()
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           tree) + 1)
    width = tree.visualRect(index).width() - margin
    elided = tree.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
    return len(text) if elided == text else len(elided.removesuffix(ELLIPSIS))


@pytest.fixture(params=["en", "de"])
def outline_opened(request, qtbot, tmp_path):  # noqa: ANN001, ANN201
    if request.param == "de":
        request.getfixturevalue("german")
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    window.resize(1280, 720)
    panel = window.outline
    if not panel.isHidden():         # as an earlier test's window left it
        window.actions_by_name["outline"].trigger()
    qtbot.waitUntil(panel.isHidden)
    click_outline_entry(window)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.tree.model() is not None)
    QTest.qWait(20)                  # the dock's width and the columns settle
    return window, editor, panel


def test_the_outline_opens_with_the_ideas_readable(outline_opened) -> None:  # noqa: ANN001
    window, editor, panel = outline_opened
    tree, m = panel.tree, editor.mind_map
    assert window.width() // 4 <= panel.width() <= window.width() // 3
    model = tree.model()
    root = model.index(0, COL_TEXT)
    assert model.data(root) == m.text(m.root)
    assert shown_characters(tree, root) == len(m.text(m.root))
    main = [model.index(row, COL_TEXT, root) for row in range(model.rowCount(root))]
    assert [model.data(i) for i in main] == [m.text(n) for n in m.children(m.root)]
    for index in main:                           # the main branches: whole
        assert shown_characters(tree, index) == len(index.data()), index.data()
    leaves = [model.index(row, COL_TEXT, main[0]) for row in range(model.rowCount(main[0]))]
    assert len(leaves) > 10 and tree.isExpanded(main[0])
    for index in leaves:                         # the ideas under them: 15 characters or more
        assert shown_characters(tree, index) >= min(15, len(index.data())), index.data()
    # the idea column has most of the room; the marks' columns are narrow
    header = tree.header()
    widths = {col: header.sectionSize(col) for col in (COL_TEXT, COL_TAGS, COL_VOTES,
                                                        COL_NOTE, COL_LINK)}
    assert widths[COL_TEXT] > sum(widths.values()) // 2, widths
    assert widths[COL_TAGS] <= tree.viewport().width() // 3
    for col in (COL_VOTES, COL_NOTE, COL_LINK):
        name = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert name and name != model.headerData(col, Qt.Orientation.Horizontal)
        assert widths[col] < tree.fontMetrics().horizontalAdvance(name) + 8


def test_the_filter_hint_is_whole(outline_opened) -> None:  # noqa: ANN001
    _window, _editor, panel = outline_opened
    box = panel.filter_box
    hint = box.placeholderText()
    assert hint.startswith("Filter")
    clear = [b for b in box.findChildren(QToolButton) if b.geometry().left() > 0]
    right = min([b.geometry().left() for b in clear] + [box.width()])
    margins = box.textMargins()
    room = right - box.contentsRect().left() - margins.left() - margins.right() - 8
    assert box.fontMetrics().horizontalAdvance(hint) <= room, (hint, room)


def test_the_outline_takes_at_most_a_third_of_a_narrow_window(qtbot, tmp_path) -> None:  # noqa: ANN001
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    panel = window.outline
    if not panel.isHidden():
        window.actions_by_name["outline"].trigger()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.width() < 1200)
    click_outline_entry(window)
    qtbot.waitUntil(panel.isVisible)
    QTest.qWait(20)
    assert panel.width() <= window.width() // 3 + 2


def test_a_tags_column_the_user_widened_keeps_its_width(outline_opened, qtbot) -> None:  # noqa: ANN001
    window, _editor, panel = outline_opened
    header = panel.tree.header()
    before = header.sectionSize(COL_TAGS)
    edge = header.sectionViewportPosition(COL_TAGS) + before - 1
    y = header.height() // 2
    viewport = header.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    for step in range(1, 5):                      # the handle between Tags and Votes
        QTest.mouseMove(viewport, QPoint(edge + 10 * step, y))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, y))
    dragged = header.sectionSize(COL_TAGS)
    assert dragged >= before + 30
    window.resizeDocks([panel], [panel.width() + 60], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.tree.viewport().width() > 0)
    QTest.qWait(20)
    assert header.sectionSize(COL_TAGS) == dragged
