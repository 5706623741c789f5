"""Image export (PNG, SVG, PDF) as a reader of the files would notice it: the texts are there as
text, folded and unchosen branches are not, sizes follow the scale, backgrounds are what was
asked for, the same export twice gives the same SVG, a PDF is one page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from mindmap_app.canvas.map_scene import MapScene
from mindmap_app.io.formats import read_map
from mindmap_app.model import MindMap, SetNodeAttr
from mindmap_app.model import operations as ops
from mindmap_app.render import export
from mindmap_app.render.export import (
    ExportError,
    ExportOptions,
    export_file,
    render_image,
    render_pdf,
    render_png,
    render_svg,
)
from mindmap_app.themes import get_theme
from tests.conftest import SAMPLE_MAPS

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def national(qapp) -> MindMap:  # noqa: ANN001 - qapp: the QApplication of pytest-qt
    return read_map(SAMPLE_MAPS / "national.yaml")


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines joined back compare equal to the node."""
    return "".join(text.split())


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return [el.text or "" for el in root.iter(f"{SVG}text")]


def all_text(data: bytes) -> str:
    return squash("".join(svg_texts(data)))


def png(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


# ------------------------------------------------------------------------------------ SVG
def test_svg_holds_every_visible_node_text_as_text(national: MindMap) -> None:
    data = render_svg(national)
    root = ET.fromstring(data)                       # well-formed XML
    assert root.tag == f"{SVG}svg"
    text = all_text(data)
    for node in national.visible_nodes():
        assert squash(national.text(node)) in text, national.text(node)
    # wrapped lines are separate <text> elements, not paths: more texts than nodes
    assert len(svg_texts(data)) > len(national)
    assert not list(root.iter(f"{SVG}image"))        # nothing is a picture of text


def test_svg_edges_are_paths_and_view_box_fits_the_map(national: MindMap) -> None:
    data = render_svg(national, ExportOptions(margin=10))
    root = ET.fromstring(data)
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    with export.prepared_scene(national, ExportOptions(margin=10)) as prepared:
        source = prepared.source
    assert (x, y) == (0, 0)
    assert w == pytest.approx(source.width(), abs=0.01)
    assert h == pytest.approx(source.height(), abs=0.01)
    assert root.get("width") == f"{w:g}px"
    # one curve per tree edge at least (node boxes are paths too)
    assert len(list(root.iter(f"{SVG}path"))) >= len(national) - 1


def test_svg_text_keeps_qt_widths_and_has_font_fallbacks(national: MindMap) -> None:
    data = render_svg(national)
    root = ET.fromstring(data)
    texts = list(root.iter(f"{SVG}text"))
    assert all(float(t.get("textLength")) > 0 for t in texts)
    assert all(t.get("lengthAdjust") == "spacing" for t in texts)
    assert {t.get("font-family") for t in texts} == {"DejaVu Sans"}
    # viewers without DejaVu Sans get look-alikes, then any sans-serif (not their serif)
    style = root.find(f"{SVG}defs/{SVG}style").text
    assert ("text[font-family=\"DejaVu Sans\"] { font-family: 'DejaVu Sans', "
            "'Bitstream Vera Sans', Verdana, sans-serif; }") in style


def test_svg_export_is_deterministic(national: MindMap) -> None:
    options = ExportOptions(theme="dark", scale=2)
    assert render_svg(national, options) == render_svg(national, options)


def test_svg_of_text_with_markup_characters_is_valid_xml(qapp) -> None:  # noqa: ANN001
    m = MindMap("t", "Tom & Jerry <3 \"quotes\" 'single'")
    m.apply(ops.add_child(m, m.root, "a < b > c & d"))
    texts = all_text(render_svg(m))
    assert squash("Tom & Jerry <3 \"quotes\" 'single'") in texts
    assert squash("a < b > c & d") in texts


def test_folded_descendants_are_not_exported(national: MindMap) -> None:
    national.apply(SetNodeAttr("threats", "folded", True))
    hidden = national.subtree("threats")[1:]
    data = render_svg(national)
    text = all_text(data)
    assert squash("Threats") in text
    assert squash("Opportunities") in text
    for node in hidden:
        assert squash(national.text(node)) not in text
    assert str(len(hidden)) in svg_texts(data)      # the folded badge counts them


# --------------------------------------------------------------------------- branches
def test_branch_export_holds_only_that_branch(national: MindMap) -> None:
    data = render_svg(national, ExportOptions(branch="threats"))
    text = all_text(data)
    for node in national.subtree("threats"):
        assert squash(national.text(node)) in text
    outside = [n for n in national.nodes() if n not in set(national.subtree("threats"))]
    for node in outside:
        assert squash(national.text(node)) not in text, national.text(node)
    whole = png(render_png(national))
    branch = png(render_png(national, ExportOptions(branch="threats")))
    assert branch.width() < whole.width()


def test_branch_inside_a_folded_branch_can_still_be_exported(national: MindMap) -> None:
    national.apply(SetNodeAttr("threats", "folded", True))
    text = all_text(render_svg(national, ExportOptions(branch="t2")))
    assert squash(national.text("t2")) in text
    assert squash("Threats") not in text
    assert national.get("threats", "folded")         # the map itself is unchanged


def test_unknown_branch_is_refused(national: MindMap) -> None:
    with pytest.raises(ExportError, match="no node with id 'nope'"):
        render_svg(national, ExportOptions(branch="nope"))


# ------------------------------------------------------------------------------ PNG
def test_png_size_follows_the_scale(national: MindMap) -> None:
    one = png(render_png(national, ExportOptions(scale=1)))
    two = png(render_png(national, ExportOptions(scale=2)))
    assert abs(two.width() - 2 * one.width()) <= 2
    assert abs(two.height() - 2 * one.height()) <= 2
    by_dpi = png(render_png(national, ExportOptions(dpi=192)))
    assert (by_dpi.width(), by_dpi.height()) == (two.width(), two.height())
    assert round(by_dpi.dotsPerMeterX() * 0.0254) == 192   # the file says 192 dpi


def test_png_transparent_background_has_alpha_zero(national: MindMap) -> None:
    image = png(render_png(national, ExportOptions(transparent=True)))
    assert image.hasAlphaChannel()
    for x, y in ((0, 0), (image.width() - 1, image.height() - 1)):
        assert QColor.fromRgba(image.pixel(x, y)).alpha() == 0


def test_png_theme_background_and_the_open_map_keeps_its_theme(national: MindMap) -> None:
    canvas = MapScene(national)                      # what the open tab shows
    try:
        image = png(render_png(national, ExportOptions(theme="dark")))
        corner = QColor.fromRgba(image.pixel(0, 0))
        assert corner.alpha() == 255
        assert corner.name() == get_theme("dark").background
        assert national.theme == "light"
        assert canvas.theme.name == "light"
        light = png(render_png(national))
        assert QColor.fromRgba(light.pixel(0, 0)).name() == get_theme("light").background
    finally:
        canvas.detach()


def test_png_draws_the_map_not_just_the_background(national: MindMap) -> None:
    image = render_image(national)
    background = QColor(get_theme("light").background).rgb()
    centre = image.copy(image.width() // 2 - 60, image.height() // 2 - 15, 120, 30)
    colours = {centre.pixel(x, y) for x in range(centre.width()) for y in range(centre.height())}
    assert len(colours) > 10 and background in colours  # the root box and its text


def test_too_large_image_is_refused_with_advice(national: MindMap,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "MAX_PNG_PIXELS", 1000)     # one QImage in memory
    with pytest.raises(ExportError, match="smaller scale, or export SVG or PDF"):
        render_image(national, ExportOptions(scale=4))
    render_png(national)          # a PNG file is drawn in bands: no limit but PNG's own
    monkeypatch.setattr(export, "MAX_SIDE", 1000)
    with pytest.raises(ExportError, match="more than a PNG can hold.*smaller scale"):
        render_png(national, ExportOptions(scale=4))


@pytest.mark.parametrize("options, message", [
    (ExportOptions(scale=9), "out of range"),
    (ExportOptions(theme="neon"), "unknown theme"),
    (ExportOptions(page_size="Letter"), "unknown page size"),
])
def test_bad_options_are_refused(national: MindMap, options: ExportOptions, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_png(national, options)


# ------------------------------------------------------------------------------ PDF
def pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def media_box(data: bytes) -> tuple[float, float]:
    found = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", data)
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return x1 - x0, y1 - y0


def test_pdf_is_one_vector_page_fitted_to_the_map(national: MindMap) -> None:
    data = render_pdf(national)
    assert data.startswith(b"%PDF")
    assert pages(data) == 1
    assert b"/FontFile2" in data                     # text is text, with its font embedded
    assert b"/Subtype /Image" not in data            # nothing drawn as a picture
    with export.prepared_scene(national, ExportOptions()) as prepared:
        width, height = prepared.source.width() * 0.75, prepared.source.height() * 0.75
    w, h = media_box(data)
    assert w == pytest.approx(width, abs=1) and h == pytest.approx(height, abs=1)


@pytest.mark.parametrize("page, orientation, size", [
    ("A4", "portrait", (595.3, 841.9)),
    ("A4", "landscape", (841.9, 595.3)),
    ("A3", "auto", (841.9, 1190.6)),                 # national is taller than wide
])
def test_pdf_page_sizes(national: MindMap, page: str, orientation: str,
                        size: tuple[float, float]) -> None:
    data = render_pdf(national, ExportOptions(page_size=page, orientation=orientation))
    assert pages(data) == 1
    assert media_box(data) == pytest.approx(size, abs=1)


# ---------------------------------------------------------------------------- files
def test_export_file_follows_the_extension_and_writes_atomically(national: MindMap,
                                                                 tmp_path) -> None:  # noqa: ANN001
    for name in ("m.png", "m.svg", "m.pdf", "m.md", "m.opml", "m.mm", "m.txt", "m.yaml"):
        export_file(national, tmp_path / name)
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "m.svg").read_bytes()
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert "# National level" in (tmp_path / "m.md").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["m.png", "m.svg", "m.pdf", "m.md", "m.opml", "m.mm", "m.txt", "m.yaml"])
    assert (tmp_path / "m.png").stat().st_mode & 0o044 == 0o044   # readable by others


def test_export_file_of_a_branch_as_outline(national: MindMap, tmp_path) -> None:  # noqa: ANN001
    export_file(national, tmp_path / "b.md", options=ExportOptions(branch="opportunities"))
    text = (tmp_path / "b.md").read_text()
    assert text.startswith("# Opportunities")
    assert "Threats" not in text and "National level" not in text


def test_failed_export_leaves_nothing_behind(national: MindMap, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "missing" / "m.png"
    with pytest.raises(OSError):
        export_file(national, target)
    assert not target.exists()
    (tmp_path / "old.png").write_bytes(b"old")
    with pytest.raises(ExportError):
        export_file(national, tmp_path / "old.png", options=ExportOptions(branch="nope"))
    assert (tmp_path / "old.png").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png"]


def _svg_of_scene_drawn_small(mind_map: MindMap, simplify: bool) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from mindmap_app.canvas.map_scene import MapScene

    scene = MapScene(mind_map)
    scene.simplify_small_text = simplify
    rect = scene.map_rect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    target = QRectF(0, 0, rect.width() * 0.05, rect.height() * 0.05)   # text under 1 px
    painter = QPainter(generator)
    scene.render(painter, target, rect)
    painter.end()
    scene.detach()
    return bytes(data).decode("utf-8")


def test_tiny_scale_keeps_text_in_exports_but_not_on_screen(national: MindMap) -> None:
    # A huge map fitted on one PDF page is drawn at a tiny scale; the reader zooms in, so
    # every text must be there. On screen, text that small is drawn as a bar instead.
    exported = _svg_of_scene_drawn_small(national, simplify=False)
    on_screen = _svg_of_scene_drawn_small(national, simplify=True)
    assert "Time scale devastatingly fast" in exported
    assert "Time scale devastatingly fast" not in on_screen
