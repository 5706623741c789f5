"""Text on an idea with its own background colour is chosen by contrast (issue 20): at least
4.5:1 in every theme, on the canvas and in exported images, for every style background of the
sample and test maps (and Freeplane's tutorial root, white on #00ff66 there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from mindmap_app.canvas.map_scene import MapScene
from mindmap_app.io.formats import read_map
from mindmap_app.model import MindMap, SetNodeAttr
from mindmap_app.render.export import ExportOptions, prepared_scene, render_image
from mindmap_app.themes import THEMES, contrast_ratio
from tests.conftest import ROOT, SAMPLE_MAPS

TEST_MAPS = sorted([*SAMPLE_MAPS.glob("*.yaml"), *(ROOT / "tests" / "data").rglob("*.mm"),
                    *(ROOT / "tests" / "data").rglob("*.yaml")])
EXTREMES = ["#00ff66", "#ffffff", "#000000", "#777777", "#ff0000", "#0000ff", "#ffff00",
            "#1c1e22", "#808080", "#00ffff"]


def backgrounds() -> list[str]:
    """Every style background of the sample and test maps, and some extreme colours."""
    found = set()
    for path in TEST_MAPS:
        m = read_map(path)
        for node in m.nodes():
            colour = (m.get(node, "style") or {}).get("background")
            if colour:
                found.add(colour.lower())
    assert len(found) >= 8, "the Freeplane test maps carry several backgrounds"
    return sorted(found | set(EXTREMES))


BACKGROUNDS = backgrounds()


def coloured_map(colours: list[str]) -> MindMap:
    """A root and one idea per depth kind, each background in turn on a root, a main branch
    and an ordinary idea."""
    m = MindMap("Colours", "Root", root_id="root")
    from mindmap_app.model import operations as ops

    for i, colour in enumerate(colours):
        branch = ops.add_child(m, m.root, f"Branch {colour}", node_id=f"b{i}")
        m.apply(branch)
        m.apply(ops.add_child(m, f"b{i}", f"Idea {colour}", node_id=f"i{i}"))
        m.apply(SetNodeAttr(f"b{i}", "style", {"background": colour}))
        m.apply(SetNodeAttr(f"i{i}", "style", {"background": colour}))
    return m


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_background_gets_readable_text_on_the_canvas(qapp, theme):  # noqa: ARG001
    m = coloured_map(BACKGROUNDS)
    scene = MapScene(m, theme)
    try:
        for node, item in scene.items_by_id.items():
            look = item.look
            ratio = contrast_ratio(look.text_color, look.fill)
            assert ratio >= 4.5, (theme, node, look.fill, look.text_color, ratio)
            own = (m.get(node, "style") or {}).get("background")
            if own:
                assert look.fill == own.lower()       # the colour the map asked for
        for colour in BACKGROUNDS:                    # and on a root of that colour
            m.apply(SetNodeAttr("root", "style", {"background": colour}))
            look = scene.items_by_id["root"].look
            assert look.fill == colour
            assert contrast_ratio(look.text_color, look.fill) >= 4.5, (theme, colour)
    finally:
        scene.detach()


@pytest.mark.parametrize("path", TEST_MAPS, ids=lambda p: p.name)
def test_every_node_of_the_test_maps_reads_in_every_theme(qapp, path: Path):  # noqa: ARG001
    m = read_map(path)
    for theme in THEMES:
        scene = MapScene(m, theme)
        try:
            for node, item in scene.items_by_id.items():
                assert contrast_ratio(item.look.text_color, item.look.fill) >= 4.5, \
                    (path.name, theme, m.text(node)[:30], item.look.fill)
        finally:
            scene.detach()


def _box_pixels(image, prepared, node: str, scale: float) -> tuple[QColor, float]:  # noqa: ANN001
    """The fill colour inside ``node``'s box in the image and the best contrast any pixel of
    its text reaches against it."""
    item = prepared.scene.items_by_id[node]
    text = item.geometry.text_rect.translated(item.scenePos())
    box = item.box_rect()
    origin = prepared.source.topLeft()
    fill_point = ((box.left() + 3 - origin.x()) * scale, (box.center().y() - origin.y()) * scale)
    fill = QColor(image.pixel(int(fill_point[0]), int(fill_point[1])))
    best = 1.0
    for y in range(int((text.top() - origin.y()) * scale), int((text.bottom() - origin.y()) *
                                                              scale)):
        for x in range(int((text.left() - origin.x()) * scale), int((text.right() - origin.x())
                                                                   * scale)):
            best = max(best, contrast_ratio(QColor(image.pixel(x, y)).name(), fill.name()))
    return fill, best


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_exported_image_draws_readable_text_on_the_tutorial_green(qapp, theme):  # noqa: ARG001
    m = coloured_map(["#00ff66", "#ffff99", "#000000"])
    m.apply(SetNodeAttr("root", "style", {"background": "#00ff66"}))
    options = ExportOptions(theme=theme, scale=2.0)
    image = render_image(m, options)
    with prepared_scene(m, options) as prepared:
        for node, colour in (("root", "#00ff66"), ("b1", "#ffff99"), ("i2", "#000000")):
            fill, best = _box_pixels(image, prepared, node, 2.0)
            assert fill.name() == colour, (node, fill.name())
            assert best >= 4.5, (theme, node, best)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_dimmed_idea_still_reads_at_3_to_1(qtbot, tmp_path, theme):
    """A filter's "dim the rest" (and a presentation's other branches) fade a box, but its
    text still reads at 3:1 or better on the faded box: the central idea's white text on its
    dark box faded with it into a pale grey (1.3:1)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from tests.gui_helpers import copy_samples, open_window

    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    window.set_theme(theme)
    scene = editor.scene
    scene.set_view_marks(dimmed=frozenset({"national", "threats"}))
    assert scene.items_by_id["national"].dimmed
    scale = 2.0
    for node in ("national", "threats"):
        item = scene.items_by_id[node]
        box = item.box_rect()
        image = QImage(int(box.width() * scale), int(box.height() * scale),
                       QImage.Format.Format_RGB32)
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), box)
        painter.end()
        faded = QColor(image.pixel(int(4 * scale), int(box.height() * scale / 2)))
        text = item.geometry.text_rect.translated(item.scenePos())     # its text's pixels
        left, top = (text.left() - box.left()) * scale, (text.top() - box.top()) * scale
        best = max(contrast_ratio(QColor(image.pixel(x, y)).name(), faded.name())
                   for y in range(int(top), int(top + text.height() * scale))
                   for x in range(int(left), int(left + text.width() * scale)))
        assert best >= 3.0, (theme, node, faded.name(), best)
        full = QColor(item.look.fill)
        assert contrast_ratio(faded.name(), full.name()) > 1.05 or \
            contrast_ratio(full.name(), QColor(scene.theme.background).name()) < 1.2, \
            "the box itself is faded"
