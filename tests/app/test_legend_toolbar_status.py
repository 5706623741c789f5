"""Tag colours and the legend (rename a tag everywhere, one undo step), the toolbar (SVG
icons, tooltips naming the key) and the status bar (ideas, selection, zoom, save state)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mindmap_app.app.popup_entry import PopupEntry
from mindmap_app.app.toolbar import TOOLBAR, svg_icon
from mindmap_app.canvas.node_look import tag_colour
from mindmap_app.themes import get_theme
from tests.app.idea_helpers import K, M, key, national_window, type_where_focus, undo, undo_text
from tests.gui_helpers import node_view_point


@pytest.fixture
def national(qtbot, tmp_path):
    return national_window(qtbot, tmp_path)


def test_tag_colours_are_the_themes_or_stable_from_its_palette():
    theme = get_theme("light")
    assert tag_colour(theme, "threat") == theme.tag_colors["threat"]
    one = tag_colour(theme, "funding")
    assert one == tag_colour(get_theme("light"), "funding"), "stable across calls"
    palette = {theme.stroke_color(c) for c in theme.branch_colors}
    assert one in palette
    assert len({tag_colour(theme, t) for t in ("a", "b", "c", "d", "e", "f", "g")}) > 1


def test_legend_lists_tags_and_renames_one_everywhere_in_one_step(national, qtbot):
    window, editor = national
    m = editor.mind_map
    editor.ideas.add_tag("threat", ["t1", "t2"])
    window.actions_by_name["legend"].trigger()
    legend = editor.legend
    assert legend.isVisible()
    rows = [legend.list.item(i).text() for i in range(legend.list.count())]
    assert rows == ["threat  (3)", "opportunity  (1)"]
    # keyboard: F6 reaches the legend, F2 renames
    editor.view.setFocus()
    while QApplication.focusWidget() is not legend.list:
        key(editor, K.Key_F6)
    legend.list.setCurrentRow(0)
    key(editor, K.Key_F2)
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry) and entry.text() == "threat"
    entry.selectAll()
    type_where_focus("risk")
    key(editor, K.Key_Return)
    assert [n for n in m.nodes() if "risk" in m.get(n, "tags")] == ["threats", "t1", "t2"]
    assert not any("threat" in m.get(n, "tags") for n in m.nodes())
    assert editor.scene.items_by_id["t1"].look.tags[0][0] == "risk"
    assert legend.list.item(0).text() == "risk  (3)"
    assert undo_text(window) == "Undo Rename Tag 'threat' to 'risk'"
    undo(editor)
    assert [n for n in m.nodes() if "threat" in m.get(n, "tags")] == ["threats", "t1", "t2"]
    assert legend.list.item(0).text() == "threat  (3)"
    # a double-click renames too
    rect = legend.list.visualItemRect(legend.list.item(1))
    QTest.mouseClick(legend.list.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     rect.center())
    QTest.mouseDClick(legend.list.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                      rect.center())
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry) and entry.text() == "opportunity"
    key(editor, K.Key_Escape)
    window.actions_by_name["legend"].trigger()
    assert not legend.isVisible()


def test_the_legend_stays_in_its_corner_when_the_map_scrolls(national, qtbot):
    """The legend keeps the viewport's top right corner however the map scrolls (it rode
    along with the map's pixels and ended up over the ideas, or out of view); the rename
    entry and the tag's colour picker open beside it."""
    window, editor = national
    window.actions_by_name["legend"].trigger()
    legend, view = editor.legend, editor.view
    viewport = view.viewport()

    def corner() -> tuple[int, int]:
        at = viewport.mapFrom(view, legend.pos())
        return viewport.width() - (at.x() + legend.width()), at.y()

    placed = corner()
    assert placed == (12, 12)
    bars = view.verticalScrollBar(), view.horizontalScrollBar()
    editor.view.set_zoom(2.0)
    assert bars[0].maximum() > 200
    for bar in bars:
        for value in (bar.maximum(), bar.minimum(), (bar.maximum() + bar.minimum()) // 2):
            bar.setValue(value)
            qtbot.wait(5)
            assert corner() == placed
    rect = legend.list.visualItemRect(legend.list.item(0))
    QTest.mouseClick(legend.list.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     rect.center())
    QTest.mouseDClick(legend.list.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                      rect.center())
    entry = QApplication.focusWidget()
    assert isinstance(entry, PopupEntry)
    below = viewport.mapFrom(view, legend.pos()).y() + legend.list.y() + rect.bottom()
    assert abs(entry.geometry().top() - below) < 40
    key(editor, K.Key_Escape)


def test_toolbar_icons_are_svg_and_tooltips_name_the_key(national):
    window, _ = national
    bar = window.ideas.toolbar
    names = [entry.split(":")[0] for entry in TOOLBAR if entry != "|"]
    shown = bar.actions()
    for name in names:
        action = window.actions_by_name.get(name) or window.actions_by_name[f"toolbar_{name}"]
        assert action in shown
        assert not action.icon().isNull(), name
    assert window.actions_by_name["add_tag"].toolTip() == "Add Tag (F3)"
    assert window.actions_by_name["color"].toolTip() == "Colour (Ctrl+Shift+C)"
    assert window.actions_by_name["save"].toolTip() == "Save (Ctrl+S)"


@pytest.mark.parametrize("colour", ["#f0f0f0", "#202020"])
def test_icons_take_the_palette_text_colour(colour):
    """Drawn in the text colour of the palette: light strokes on a dark desktop."""
    image = svg_icon("tag", colour).pixmap(48, 48).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    inked = [QColor(image.pixel(x, y)) for x in range(48) for y in range(48)
             if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    assert len(inked) > 40
    wanted = QColor(colour)
    assert all(abs(c.lightness() - wanted.lightness()) < 30 for c in inked)


def test_icons_are_drawn_at_the_size_asked_and_greyed_when_disabled(qapp):
    """An icon is drawn when asked (any size, sharp: no scaled-up small picture) and, for
    a disabled button, in the palette's disabled text colour."""
    def inked(image: QImage) -> list[QColor]:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        return [QColor.fromRgba(image.pixel(x, y)) for x in range(image.width())
                for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() > 60]

    icon = svg_icon("tag", "#202020")
    for side in (16, 22, 40, 96):
        pixmap = icon.pixmap(side, side)
        assert (pixmap.width(), pixmap.height()) == (side, side)
        assert len(inked(pixmap.toImage())) > side        # strokes at every size
    normal = inked(icon.pixmap(48, 48).toImage())
    disabled = inked(icon.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage())
    assert disabled
    mean = sum(c.lightness() for c in normal) / len(normal)
    assert sum(c.lightness() for c in disabled) / len(disabled) > mean + 40
    wanted = QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                          QPalette.ColorRole.ButtonText)
    solid = [c for c in disabled if c.alpha() > 200]
    assert solid and all(abs(c.lightness() - wanted.lightness()) < 30 for c in solid)


def test_status_bar_counts_zoom_and_save_state(national, qtbot):
    window, editor = national
    status = window.ideas.status
    m = editor.mind_map
    assert status.ideas.text() == f"{len(m)} ideas"
    assert status.selected.text() == "1 selected"
    assert status.saved.text() == "Saved"
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, M.ControlModifier,
                     node_view_point(editor, "t1"))
    assert status.selected.text() == "2 selected"
    editor.select("t1")
    QTest.keyClick(editor.view, K.Key_Tab)
    QTest.keyClicks(editor.view, "x")
    QTest.keyClick(editor.view, K.Key_Return)
    assert status.ideas.text() == f"{len(m)} ideas"
    assert status.saved.text() == "Unsaved changes"
    window.safety.autosaver.autosaved.emit(editor.document)
    assert status.saved.text().startswith("Unsaved changes, recovery copy ")
    assert status.saved.text()[-5:-3].isdigit() and status.saved.text()[-3] == ":"
    QTest.keyClick(editor.view, K.Key_Equal, M.ControlModifier)
    assert status.zoom.text() == f"{round(editor.view.zoom() * 100)} %"
    window.actions_by_name["save"].trigger()
    assert status.saved.text() == "Saved"


def test_the_legend_goes_into_exports_when_asked(tmp_path):
    from mindmap_app.io.yaml_format import load_map
    from mindmap_app.render.export import render_image, render_svg
    from mindmap_app.render.options import ExportOptions
    from tests.conftest import SAMPLE_MAPS

    m = load_map(SAMPLE_MAPS / "national.yaml")
    plain = render_image(m, ExportOptions())
    with_legend = render_image(m, ExportOptions(legend=True))
    assert with_legend.width() > plain.width()
    # the legend's chip for "threat" is drawn in the tag's colour, right of the map
    colour = QColor(tag_colour(get_theme("light"), "threat"))
    right = [QColor(with_legend.pixel(x, y)) for x in range(plain.width(), with_legend.width())
             for y in range(0, min(200, with_legend.height()))]
    assert any(c == colour for c in right)
    svg = render_svg(m, ExportOptions(legend=True)).decode()
    assert ">Legend<" in svg and "threat" in svg and "opportunity" in svg
    assert ">Legend<" not in render_svg(m, ExportOptions()).decode()


def test_export_command_line_takes_legend(tmp_path):
    from mindmap_app.cli import main
    from tests.conftest import SAMPLE_MAPS

    out = tmp_path / "n.svg"
    assert main(["export", str(SAMPLE_MAPS / "national.yaml"), "-o", str(out), "--legend"]) == 0
    assert ">Legend<" in out.read_text(encoding="utf-8")


def test_export_dialog_starts_with_the_legend_as_shown(national):
    from mindmap_app.app.export_dialog import ExportDialog

    window, editor = national
    window.actions_by_name["legend"].trigger()
    dialog = ExportDialog(editor.mind_map, parent=window, legend=window.ideas.legend_shown)
    assert dialog.legend_box.isChecked() and dialog.options().legend
    dialog.legend_box.setChecked(False)
    assert not dialog.options().legend
    dialog.reject()


def test_the_legend_shows_in_the_presentation_when_shown(national, qtbot):
    from mindmap_app.app.legend import PresentationLegend
    from mindmap_app.app.presentation import start_presentation

    window, editor = national
    presentation = start_presentation(editor)
    assert presentation.legend is None, "not shown in the window: not in the presentation"
    presentation.finish()
    window.actions_by_name["legend"].trigger()
    presentation = start_presentation(editor)
    assert isinstance(presentation.legend, PresentationLegend)
    presentation.resize(1280, 720)
    qtbot.waitUntil(lambda: presentation.legend.x() > 900)
    image = presentation.legend.grab().toImage()
    colour = QColor(tag_colour(presentation.map_scene.theme, "threat"))
    assert any(QColor(image.pixel(x, y)) == colour
               for x in range(image.width()) for y in range(image.height()))
    presentation.finish()


def test_a_tag_gets_the_maps_own_colour_from_the_legend(national, tmp_path):
    from mindmap_app.io.yaml_format import load_map

    window, editor = national
    m = editor.mind_map
    theme = editor.scene.theme
    window.actions_by_name["legend"].trigger()
    legend = editor.legend
    legend.list.setFocus()
    legend.list.setCurrentRow(0)                      # threat
    key(editor, K.Key_C, M.ControlModifier | M.ShiftModifier)
    picker = window.ideas.color_picker
    assert picker is not None and not picker.branch.isVisible()
    key(editor, K.Key_3)
    colour = theme.branch_colors[2]
    assert m.tag_colors == {"threat": colour}
    drawn = tag_colour(theme, "threat", m.tag_colors)
    assert editor.scene.items_by_id["threats"].look.tags == (("threat", drawn),)
    assert undo_text(window) == "Undo Tag Colour 'threat'"
    path = tmp_path / "coloured.yaml"
    editor.document.save(path)
    assert "tags:\n  threat: '" + colour + "'" in path.read_text(encoding="utf-8")
    assert load_map(path).tag_colors == {"threat": colour}
    undo(editor)
    assert m.tag_colors == {}
    assert editor.scene.items_by_id["threats"].look.tags == (
        ("threat", tag_colour(theme, "threat")),)


def test_the_legend_takes_the_window_theme_again_after_a_presentation(national, qtbot):
    """An idea added live in the presentation (projector theme) refills the legend; back in
    the window its chips are the window theme's colours again, and so is its frame."""
    from mindmap_app.app.presentation import Presentation

    window, editor = national
    window.actions_by_name["legend"].trigger()
    legend = editor.legend

    def chips() -> dict[str, str]:
        out = {}
        for row in range(legend.list.count()):
            item = legend.list.item(row)
            tag = item.data(Qt.ItemDataRole.UserRole)
            image = item.icon().pixmap(14, 14).toImage()
            out[tag] = QColor(image.pixel(7, 7)).name()
        return out

    light = chips()
    theme = get_theme("light")
    assert light and all(colour == QColor(tag_colour(theme, tag, editor.mind_map.tag_colors))
                         .name() for tag, colour in light.items())
    key(editor, K.Key_F5)
    presentation = editor.findChild(Presentation)
    assert editor.scene.theme.name == "projector"
    QTest.keyClick(presentation, K.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Live idea")
    QTest.keyClick(QApplication.focusWidget(), K.Key_Return)
    assert chips() != light, "refilled in the projector's colours"
    QTest.keyClick(presentation, K.Key_Escape)
    assert editor.scene.theme.name == "light"
    assert chips() == light
    assert theme.background in legend.styleSheet()
