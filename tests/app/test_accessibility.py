"""What assistive technology sees: the focused object's accessible name is the selected idea,
edits are announced, every action and focusable widget has a name, the focus is visible in
every theme, the text size scales and is kept, high contrast is followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QWidget

from mindmap_app.app import readability
from mindmap_app.app.main_window import MainWindow
from mindmap_app.themes import THEMES
from tests.gui_helpers import copy_samples, open_window, press, type_text

K = Qt.Key
M = Qt.KeyboardModifier


def focused_name() -> str:
    iface = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    return iface.text(QAccessible.Text.Name)


def focused_description() -> str:
    iface = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    return iface.text(QAccessible.Text.Description)


@pytest.fixture
def national(qtbot, tmp_path):  # noqa: ANN001, ANN201
    QSettings("mindmap-app", "mindmap-app").remove("view/text_scale")
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    yield window, editor
    window.readability.reset()
    QSettings("mindmap-app", "mindmap-app").remove("view/text_scale")


def test_focused_name_is_the_selected_idea_after_every_arrow_key(national) -> None:  # noqa: ANN001
    window, editor = national
    m = editor.mind_map
    assert QApplication.focusWidget() is editor.view
    assert focused_name() == "National level"
    seen = set()
    for k in (K.Key_Right, K.Key_Down, K.Key_Down, K.Key_Right, K.Key_Left, K.Key_Left,
              K.Key_Left, K.Key_Up, K.Key_Down, K.Key_Down):
        press(editor, k)
        node = editor.current()
        seen.add(node)
        assert focused_name() == " ".join(m.text(node).split())
        parent = m.parent(node)
        siblings = m.children(parent) if parent else m.roots()
        description = focused_description()
        assert f"level {m.depth(node) + 1}" in description
        assert f"{siblings.index(node) + 1} of {len(siblings)}" in description
    assert len(seen) >= 4
    editor.select("threats")
    description = focused_description()
    assert "tags threat" in description
    assert f"{len(m.children('threats'))} children" in description


def test_folded_votes_and_edits_are_spoken(national) -> None:  # noqa: ANN001
    window, editor = national
    m = editor.mind_map
    spoken = editor.accessibility.announcements
    editor.select("threats")
    press(editor, K.Key_Space)
    assert "folded" in focused_description()
    assert spoken[-1] == "Folded"
    press(editor, K.Key_Space)
    press(editor, K.Key_Tab)
    type_text(editor, "Funding")
    press(editor, K.Key_Return)
    assert spoken[-2] == "Added empty idea under Threats"
    assert spoken[-1] == "Text: Funding"
    assert focused_name() == "Funding"
    press(editor, K.Key_Delete)
    assert spoken[-1] == "Deleted 1 idea"
    assert focused_name() == m.text(editor.current())


def test_every_action_and_focusable_widget_has_a_name(national) -> None:  # noqa: ANN001
    window, editor = national
    window.outline.show_and_focus()
    window.show_find()
    actions = window.findChildren(type(window.actions_by_name["new"]))
    assert len(actions) > 40
    for action in actions:
        if action.isSeparator() or action.menu() is not None or any(
                obj.objectName().startswith("qt_") for obj in action.associatedObjects()) or \
                action.objectName().startswith("_q_"):
            continue   # Qt's own (the menu-bar overflow ">>", a line edit's clear button)
        assert action.text().replace("&", "").strip(), f"an action without text: {action}"
    for action in window.menuBar().actions():
        assert action.text().replace("&", "").strip()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if not iface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, unnamed


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_focus_ring_is_visible_in_every_theme(national, theme) -> None:  # noqa: ANN001
    window, editor = national
    window.set_theme(theme)
    view = editor.view
    view.setFocus()
    QApplication.processEvents()
    ring = QColor(THEMES[theme].selection)
    image = view.grab().toImage()
    edge = image.pixelColor(1, image.height() // 2)
    assert edge == ring, (edge.name(), ring.name())
    window.outline.show_and_focus()
    QApplication.processEvents()
    image = view.grab().toImage()
    assert image.pixelColor(1, image.height() // 2) != ring, "no ring without the focus"


def test_text_size_keys_scale_interface_and_map_and_are_kept(national, qtbot) -> None:  # noqa: ANN001
    window, editor = national
    base_font = QApplication.font().pointSizeF()
    base_map = editor.scene.theme.font_size
    width = editor.scene.items_by_id["threats"].size()[0]
    press(editor, K.Key_Equal, M.ControlModifier | M.AltModifier)
    press(editor, K.Key_Equal, M.ControlModifier | M.AltModifier)
    assert window.readability.scale == 1.3
    assert QApplication.font().pointSizeF() == pytest.approx(base_font * 1.3)
    assert editor.scene.theme.font_size == pytest.approx(base_map * 1.3)
    assert editor.scene.items_by_id["threats"].size()[0] > width
    assert editor.mind_map.theme == "light", "the map file is not changed"
    # kept between runs
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.readability.scale == 1.3
    press(editor, K.Key_Minus, M.ControlModifier | M.AltModifier)
    assert window.readability.scale == 1.15
    press(editor, K.Key_0, M.ControlModifier | M.AltModifier)
    assert window.readability.scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base_font)
    assert editor.scene.theme.font_size == base_map
    # exports draw the map at its own size whatever the setting
    press(editor, K.Key_Equal, M.ControlModifier | M.AltModifier)
    from mindmap_app.render.export import prepared_scene
    from mindmap_app.render.options import ExportOptions

    with prepared_scene(editor.mind_map, ExportOptions()) as prepared:
        assert prepared.scene.theme.font_size == THEMES["light"].font_size


def test_high_contrast_system_setting_is_followed(national, monkeypatch) -> None:  # noqa: ANN001
    window, editor = national
    assert editor.scene.theme.name == "light"
    monkeypatch.setattr(readability, "system_high_contrast", lambda: True)
    window.readability.follow_system()
    assert editor.scene.theme.name == "projector"
    assert editor.mind_map.theme == "light" and not editor.document.modified
    monkeypatch.setattr(readability, "system_high_contrast", lambda: False)
    window.readability.follow_system()
    assert editor.scene.theme.name == "light"
