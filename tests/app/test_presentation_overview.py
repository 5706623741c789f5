"""Presentation, issue 20: an overview that shows every map's structure readably, headings and a
step indicator on long branches, and the live-add editor exactly on the new idea."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, QSettings, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest

from mindmap_app.app.presentation_plan import READABLE_PX, nodes_rect, screen_rect
from tests.app.test_presentation import key, present
from tests.conftest import SAMPLE_MAPS
from tests.gui_helpers import copy_samples, open_window

K = Qt.Key
SAMPLES = sorted(p.name for p in SAMPLE_MAPS.glob("*.yaml"))


@pytest.fixture(autouse=True)
def _still() -> None:
    settings = QSettings("mindmap-app", "mindmap-app")
    settings.setValue("presentation/animate", False)
    settings.setValue("presentation/reveal", False)


def _open(qtbot, tmp_path, name: str):  # noqa: ANN001, ANN202
    return open_window(qtbot, copy_samples(tmp_path) / name)


@pytest.mark.parametrize("name", SAMPLES)
def test_overview_shows_every_branch_readably_inside_the_screen(qtbot, tmp_path, name):
    _, editor = _open(qtbot, tmp_path, name)
    presentation = present(qtbot, editor)
    key(presentation, K.Key_Home)
    board = presentation.board
    assert board.isVisible() and board.size().width() == 1920 and board.size().height() == 1080
    plan = board.plan
    m = editor.mind_map
    screen = QRectF(0, 0, 1920, 1080)
    texts = plan.texts()
    assert texts
    for text in texts:
        metrics = QFontMetricsF(text.font)
        assert text.font.pixelSize() >= READABLE_PX and metrics.height() >= READABLE_PX, text.lines
        assert screen.contains(text.rect), (text.lines, text.rect)
        indent = metrics.horizontalAdvance(text.bullet + " ") if text.bullet else 0.0
        for line in text.lines:        # never cut: every line fits its box
            assert metrics.horizontalAdvance(line) + indent <= text.rect.width() + 0.5, line
    cards = plan.cards
    branches = [c for c in m.children(m.root)] + list(m.floating)
    assert [c.branch for c in cards] == branches
    for card in cards:
        assert screen.contains(card.rect)
        heading = " ".join(card.texts[0].lines)
        first_word = m.text(card.branch).split()[0]
        assert heading.startswith(first_word)
        total = len(m.subtree(card.branch)) - 1
        assert card.texts[1].lines == [f"{total} idea" + ("" if total == 1 else "s")]
        kids = m.children(card.branch)
        if kids:
            assert card.ideas_shown >= 1, f"{m.text(card.branch)} shows none of its ideas"
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            assert not a.rect.intersects(b.rect)
    indicator = presentation.step_labels.indicator
    assert indicator.isVisible() and indicator.text().startswith("Overview")
    corner = QRectF(indicator.geometry())
    assert not any(corner.intersects(c.rect) for c in cards)
    # and it is drawn: the board's picture has the cards' colours, not just the background
    image = board.grab().toImage()
    centre = cards[0].rect.center().toPoint()
    assert image.pixelColor(centre) != image.pixelColor(QPoint(5, 5))


def test_click_on_a_card_goes_to_its_branch_and_home_comes_back(qtbot, tmp_path):
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    presentation = present(qtbot, editor)
    board = presentation.board
    card = board.plan.cards[1]
    QTest.mouseClick(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     card.rect.center().toPoint())
    assert presentation.frame.branch == card.branch == "opportunities"
    assert not board.isVisible()
    key(presentation, K.Key_Home)
    assert board.isVisible()
    key(presentation, K.Key_PageDown)
    assert not board.isVisible() and presentation.frame.branch == "threats"


def test_long_branch_steps_keep_their_heading_and_show_where_they_are(qtbot, tmp_path):
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    presentation = present(qtbot, editor)
    labels = presentation.step_labels
    key(presentation, K.Key_Home)
    total = len(presentation.frames)
    threats = [i for i, f in enumerate(presentation.frames) if f.branch == "threats"]
    assert len(threats) >= 3, "Threats (20 ideas) takes several screens"
    continued = 0
    for part, index in enumerate(threats, start=1):
        key(presentation, K.Key_PageDown)
        assert presentation.index == index
        assert labels.indicator.isVisible()
        assert labels.indicator.text() == \
            f"Threats {part}/{len(threats)} \u00b7 step {index + 1} of {total}"
        shown = screen_rect(presentation.frame, presentation.viewport().size().toSizeF())
        heading_on_screen = shown.contains(nodes_rect(editor.scene, ["threats"]))
        if heading_on_screen:
            assert not labels.heading.isVisible()
        else:
            continued += 1
            assert labels.heading.isVisible()
            assert labels.heading.text() == "Threats (continued)"
            assert labels.heading.geometry().top() < 100 and labels.heading.geometry().left() < 100
            font_px = labels.heading.font().pixelSize()
            assert font_px >= READABLE_PX
    assert continued >= 1
    key(presentation, K.Key_End)
    assert labels.indicator.text() == f"Overview \u00b7 step {total} of {total}"
    key(presentation, K.Key_Escape)
    assert not labels.indicator.isVisible() or not presentation.isVisible()


def _editor_matches_node(editor, presentation) -> None:  # noqa: ANN001
    inline = editor.editor
    item = editor.scene.items_by_id[inline.node]
    text_rect = item.geometry.text_rect.translated(item.scenePos())
    editor_rect = inline.text_item.sceneBoundingRect()
    assert abs(editor_rect.top() - text_rect.top()) <= 1.0
    if item.side == -1:
        assert abs(editor_rect.right() - text_rect.right()) <= 1.0
    else:
        assert abs(editor_rect.left() - text_rect.left()) <= 1.0
    assert inline.text_item.font() == item.geometry.font
    on_screen = QFontMetricsF(inline.text_item.font()).height() * presentation.transform().m11()
    assert on_screen >= READABLE_PX
    view_rect = presentation.visible_scene_rect()
    assert view_rect.contains(inline.frame.sceneBoundingRect())


@pytest.mark.parametrize("branch", ["threats", "opportunities"])
def test_live_add_editor_sits_exactly_on_the_new_idea(qtbot, tmp_path, branch):
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    presentation = present(qtbot, editor)
    presentation.go_to_branch(1 if branch == "threats" else 2)
    key(presentation, K.Key_Tab)
    inline = editor.editor
    assert inline.active and editor.mind_map.parent(inline.node) == branch
    _editor_matches_node(editor, presentation)
    QTest.keyClicks(presentation, "Community energy company in every town")
    _editor_matches_node(editor, presentation)     # grows away from the parent
    key(presentation, K.Key_Return)
    assert not inline.active
    assert editor.mind_map.text(editor.mind_map.children(branch)[-1]).startswith("Community")


def test_adding_in_the_overview_shows_the_editor_then_the_new_card(qtbot, tmp_path):
    _, editor = _open(qtbot, tmp_path, "national.yaml")
    presentation = present(qtbot, editor)
    key(presentation, K.Key_Home)
    assert presentation.board.isVisible()
    key(presentation, K.Key_Tab)
    assert editor.editor.active and not presentation.board.isVisible()
    _editor_matches_node(editor, presentation)
    QTest.keyClicks(presentation, "Local food")
    key(presentation, K.Key_Return)
    assert presentation.board.isVisible()
    assert [" ".join(c.texts[0].lines) for c in presentation.board.plan.cards][-1] == \
        "Local food"


def test_the_parking_lot_card_hangs_on_no_line_to_the_central_idea(qtbot, tmp_path):
    """Ideas parked (Ctrl+Shift+P) stand beside the map, not in it: the overview board shows
    the parking lot's card without the line that joins each main branch's card to the
    central idea."""
    from PySide6.QtGui import QColor

    _, editor = _open(qtbot, tmp_path, "national.yaml")
    editor.select(editor.mind_map.children("threats")[0])
    QTest.keyClick(editor.view, K.Key_P, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    m = editor.mind_map
    lot = next(iter(m.floating))
    presentation = present(qtbot, editor)
    key(presentation, K.Key_Home)
    board = presentation.board
    plan = board.plan
    image = board.grab().toImage()
    background = QColor(presentation.map_scene.theme.background)
    top = plan.root.rect.bottom()

    def line_ink(card) -> int:  # noqa: ANN001
        """Pixels off the background on the way from the root card to ``card``."""
        x0, y0 = plan.root.rect.center().x(), top
        x1, y1 = card.rect.center().x(), card.rect.top()
        ink = 0
        for i in range(7, 18):          # (clear of the root, where the lines meet, and the card)
            x, y = x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * i / 20
            around = [QColor(image.pixel(int(x) + dx, int(y) + dy))
                      for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            ink += any(abs(c.lightness() - background.lightness()) > 40 for c in around)
        return ink

    cards = {card.branch: card for card in plan.cards}
    assert lot in cards and "threats" in cards
    assert line_ink(cards["threats"]) >= 10
    assert line_ink(cards[lot]) == 0
