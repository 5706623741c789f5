"""Image export: PNG, SVG and PDF, drawn by the canvas's own scene (never a second renderer).

Each export builds a fresh :class:`~mindmap_app.canvas.map_scene.MapScene` for the map in the
chosen theme (the open map and its canvas are not touched), hides what is outside the chosen
branch, and lets ``QGraphicsScene.render`` paint the rest onto a ``QImage`` (PNG), a
``QSvgGenerator`` (SVG) or a ``QPdfWriter`` (PDF). Folded branches stay folded because the
scene only has items for visible nodes. A PNG is drawn a band of rows at a time and streamed
into the file (:func:`write_png`, :mod:`.png_stream`), so its size is bounded by the PNG format,
not by memory; :func:`render_image` (one ``QImage``) keeps the in-memory limit.

Text is measured by the scene at the application's font resolution (96 dpi offscreen), and a
font's pixel size depends on the resolution of the device it is painted on, so every device
here is given that same resolution (:func:`layout_dpi`): otherwise text in a PDF or SVG would
come out larger or smaller than the boxes measured for it.

API::

    options = ExportOptions(theme="dark", branch="threats", scale=2, transparent=True)
    data = render_bytes(mind_map, "png", options)      # bytes of a complete file
    export_file(mind_map, "out.pdf", options=options)   # any format, written atomically

Every request is checked once, by :func:`.engine.prepare` (the engine's entry point, which
also writes outline and map formats); the drawing below takes the checked
:class:`~.engine.ExportJob` and checks nothing again.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ..canvas.branch_items import hide_outside
from ..canvas.legend_paint import LegendItem, legend_entries
from ..canvas.map_scene import MapScene
from ..io.formats import FileFormat
from ..model import MindMap, SetNodeAttr
from .engine import ExportJob, export, prepare
from .options import (
    MAX_PNG_PIXELS,
    PAGE_MARGIN_MM,
    PDF_MAX_POINTS,
    ExportError,
    ExportOptions,
    Progress,
)
from .png_stream import MAX_SIDE, PngStream
from .svg_output import tidy_svg

DEFAULTS = ExportOptions()
#: the engine's one entry point, under the name the callers know
export_file = export
#: pixels of a PNG drawn at a time (32 MB while drawing, 24 MB of rows): larger images are
#: drawn and written in bands of rows (see :func:`write_png`). The last band's rows are
#: compressed after all is drawn: at 16 megapixels that wait was a quarter of a 1,000-idea
#: export; at 8 it is halved (at 4 the bands' own cost grows more than the wait shrinks)
BAND_PIXELS = 8 * 2**20
#: rows drawn beyond each edge of a band (clipped away) so that it matches the whole picture
BAND_BLEED = 4

__all__ = [
    "ExportError", "ExportOptions", "PreparedScene", "export_file", "layout_dpi", "png_size",
    "prepared_scene", "render_bytes", "render_image", "render_job", "render_pdf", "render_png",
    "render_preview", "render_svg", "write_png",
]


def layout_dpi() -> int:
    """The resolution the scene measures text at (Qt's default font DPI)."""
    if QGuiApplication.instance() is None:
        _need_app()
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def _need_app() -> None:
    from .headless import ensure_app
    ensure_app()


# ============================================================================ the scene
@dataclass
class PreparedScene:
    scene: MapScene
    source: QRectF      # the area to draw, margins included (scene coordinates)
    title: str
    node_count: int     # nodes drawn


def _visible_copy(mind_map: MindMap, node: str) -> MindMap:
    """A copy of the map with the folded ancestors of ``node`` unfolded, so that a branch
    hidden inside a folded one can be drawn (its own folds are kept)."""
    copy = mind_map.copy()
    for ancestor in copy.path_to_root(node)[1:]:
        if copy.get(ancestor, "folded"):
            copy.apply(SetNodeAttr(ancestor, "folded", False))
    return copy


def prepared_scene(mind_map: MindMap, options: ExportOptions,
                   progress: Progress | None = None):  # noqa: ANN201 - a context manager
    """A scene drawing ``mind_map`` as ``options`` ask, ready for ``scene.render``."""
    return _scene(prepare(mind_map, "png", options), progress)


@contextmanager
def _scene(job: ExportJob, progress: Progress | None = None,
           whole_pixels: bool = False) -> Iterator[PreparedScene]:
    _need_app()
    mind_map, options = job.mind_map, job.options
    branch = options.branch
    if progress:
        progress(f"laying out {len(mind_map):,} nodes")
    source_map = mind_map
    if branch is not None and branch not in set(mind_map.visible_nodes()):
        source_map = _visible_copy(mind_map, branch)
    scene = MapScene(source_map, options.theme or mind_map.theme)
    scene.simplify_small_text = False      # every text is drawn, however small the scale
    try:
        if branch is None:
            keep = set(scene.items_by_id)
        else:
            keep = {n for n in source_map.subtree(branch) if n in scene.items_by_id}
            scene.decorate(hidden=set(scene.items_by_id) - keep, cut={branch})
        if options.transparent:
            scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
        rect = scene.map_rect(list(keep))
        for link in scene.link_items.values():
            if link.isVisible():
                rect = rect.united(link.sceneBoundingRect())
        if options.legend:
            rect = _add_legend(scene, source_map, keep, rect)
        m = options.margin
        source = rect.adjusted(-m, -m, m, m)
        if whole_pixels:
            # the top left on whole scene pixels: each band of a PNG (write_png) then has its
            # shapes at the same fractions of a pixel as the whole picture, so draws the same
            left, top = math.floor(source.left()), math.floor(source.top())
            source = QRectF(left, top, source.right() - left, source.bottom() - top)
        yield PreparedScene(scene, source, job.title, len(keep))
    finally:
        scene.detach()
        scene.clear()


def _add_legend(scene: MapScene, mind_map: MindMap, keep: set[str], rect: QRectF) -> QRectF:
    """The legend of the exported nodes' tags, top right beside the map; the new area."""
    entries = [(tag, colour, n) for tag, colour, n in legend_entries(mind_map, scene.theme)
               if any(tag in mind_map.get(node, "tags") for node in keep)]
    if not entries:
        return rect
    item = LegendItem(entries, scene.theme, scene.theme.font_size)
    item.setPos(rect.right() + 24.0, rect.top())
    scene.addItem(item)
    return rect.united(item.sceneBoundingRect())


def _draw(prepared: PreparedScene, painter: QPainter, target: QRectF,
          mode: Qt.AspectRatioMode = Qt.AspectRatioMode.IgnoreAspectRatio,
          source: QRectF | None = None) -> None:
    """Draw ``source`` (default: the whole exported area) onto ``target``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    if source is None:
        prepared.scene.render(painter, target, prepared.source, mode)
        return
    hidden = hide_outside(prepared.scene, source)   # a band: only what it shows is drawn
    try:
        prepared.scene.render(painter, target, source, mode)
    finally:
        for item, opacity in hidden:
            item.setOpacity(opacity)


# ================================================================================ PNG
def _blank_image(width: int, height: int, alpha: bool, no_memory: str) -> QImage:
    """An image to draw a PNG (or a band of it) in, or ExportError(``no_memory``)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied if alpha
                   else QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportError(no_memory)
    # draw at the scene's text resolution (see the module notes); the file says the real one
    dots = round(layout_dpi() / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def png_size(source: QRectF, options: ExportOptions) -> QSize:
    scale = options.png_scale
    return QSize(max(1, math.ceil(source.width() * scale - 1e-6)),
                 max(1, math.ceil(source.height() * scale - 1e-6)))


def _image(prepared: PreparedScene, options: ExportOptions) -> QImage:
    size = png_size(prepared.source, options)
    pixels = size.width() * size.height()
    if pixels > MAX_PNG_PIXELS:
        raise ExportError(
            f"the image would be {size.width():,} x {size.height():,} pixels, more than PNG "
            f"export allows ({MAX_PNG_PIXELS // 2**20} megapixels); choose a smaller scale, "
            "or export SVG or PDF")
    image = _blank_image(size.width(), size.height(), options.transparent,
                         f"not enough memory for a {size.width():,} x {size.height():,} "
                         "pixel image; choose a smaller scale, or export SVG or PDF")
    image.fill(QColor(0, 0, 0, 0) if options.transparent
               else QColor(prepared.scene.theme.background))
    painter = QPainter(image)
    try:
        scale = options.png_scale
        _draw(prepared, painter, QRectF(0, 0, prepared.source.width() * scale,
                                        prepared.source.height() * scale))
    finally:
        painter.end()
    dots = round(96.0 * options.png_scale / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def render_image(mind_map: MindMap, options: ExportOptions = DEFAULTS,
                 progress: Progress | None = None) -> QImage:
    """The map as a ``QImage`` (what the PNG holds)."""
    return _job_image(prepare(mind_map, "png", options), progress)


def _job_image(job: ExportJob, progress: Progress | None = None) -> QImage:
    with _scene(job, progress, whole_pixels=True) as prepared:
        if progress:
            progress(f"drawing {prepared.node_count:,} nodes")
        return _image(prepared, job.options)


def render_preview(mind_map: MindMap, options: ExportOptions, width: int, height: int
                   ) -> tuple[QImage, QRectF]:
    """A picture of the export no larger than ``width`` x ``height`` (scaled down only), and
    the exported area in scene pixels (its size at 1x)."""
    job = prepare(mind_map, "png", options)
    with _scene(job) as prepared:
        source = QRectF(prepared.source)
        scale = min(1.0, width / source.width(), height / source.height())
        size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0) if options.transparent
                   else QColor(prepared.scene.theme.background))
        painter = QPainter(image)
        try:
            _draw(prepared, painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return image, source


def render_png(mind_map: MindMap, options: ExportOptions = DEFAULTS,
               progress: Progress | None = None) -> bytes:
    return _png(prepare(mind_map, "png", options), progress)


def _png(job: ExportJob, progress: Progress | None = None) -> bytes:
    out = io.BytesIO()
    write_png(job, out, progress)
    return out.getvalue()


def write_png(job: ExportJob, out: BinaryIO, progress: Progress | None = None) -> None:
    """Draw the job's PNG a band of rows at a time and stream it to ``out``: memory stays at
    a few bands however large the image (up to what PNG allows, 2^31 - 1 pixels a side).

    Each band is drawn like the whole image would be, the scene's rows of that band onto a
    band-sized ``QImage``, and then copied straight into the bytes the PNG rows are made of
    (a ``QImage`` over that buffer, one filter byte before every row), which are compressed
    on other threads while the next band is drawn."""
    options = job.options
    with _scene(job, progress, whole_pixels=True) as prepared:
        source, scale = prepared.source, options.png_scale
        size = png_size(source, options)
        width, height = size.width(), size.height()
        if max(width, height) > MAX_SIDE:
            raise ExportError(
                f"the image would be {width:,} x {height:,} pixels, more than a PNG can hold "
                f"({MAX_SIDE:,} a side); choose a smaller scale, or export SVG or PDF")
        alpha = options.transparent
        band_rows = max(1, min(height, BAND_PIXELS // width))
        band = _blank_image(width, band_rows + 2 * BAND_BLEED, alpha,
                            f"not enough memory for a band of {width:,} x {band_rows:,} "
                            "pixels; choose a smaller scale, or export SVG or PDF")
        bands = math.ceil(height / band_rows)
        if progress:
            progress(f"drawing {prepared.node_count:,} nodes" if bands == 1 else
                     f"drawing {prepared.node_count:,} nodes in {bands} bands of "
                     f"{band_rows:,} rows")
        stream = PngStream(out, width, height, alpha=alpha,
                           dots_per_metre=round(96.0 * scale / 0.0254))
        try:
            for top in range(0, height, band_rows):
                count = min(band_rows, height - top)
                rows = stream.band_buffer(count)
                _band(prepared, band, top, count, scale, rows, stream.row_bytes)
                stream.write_rows(memoryview(rows)[:count * stream.row_bytes])
            if progress:
                progress("finishing the PNG")
            stream.close()
        finally:
            stream.discard()


def _band(prepared: PreparedScene, band: QImage, top: int, count: int, scale: float,
          rows: bytearray, row_bytes: int) -> None:
    """Fill ``rows`` with the PNG rows ``top`` to ``top + count`` of the picture: each a
    filter byte (0, none, left as it is) and the pixels."""
    source, alpha = prepared.source, band.hasAlphaChannel()
    if alpha:      # back from the band before (see below), in place
        band.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
    band.fill(QColor(0, 0, 0, 0) if alpha else QColor(prepared.scene.theme.background))
    painter = QPainter(band)
    try:
        # with a few rows more above and below, so that the band's edge rows are drawn as
        # inside the whole picture (the soft edges of lines that cross them)
        _draw(prepared, painter, QRectF(0, 0, source.width() * scale, count + 2 * BAND_BLEED),
              source=QRectF(source.left(), source.top() + (top - BAND_BLEED) / scale,
                            source.width(), (count + 2 * BAND_BLEED) / scale))
    finally:
        painter.end()
    pixels = QImage(memoryview(rows)[1:], band.width(), count, row_bytes,
                    QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888)
    if pixels.isNull():
        raise ExportError(f"not enough memory for a band of {band.width():,} x {count:,} pixels")
    painter = QPainter(pixels)
    try:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        if alpha:  # un-premultiplied as Qt's own PNG writer does it, in place (no new image)
            band.convertTo(pixels.format())
        painter.drawImage(0, -BAND_BLEED, band)
    finally:
        painter.end()
    del pixels       # the QImage over the buffer goes before the buffer is handed on


# ================================================================================ SVG
class _TextWidths:
    """Qt's width of a line of text, for ``tidy_svg`` (fonts measured once per style)."""

    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self.metrics: dict[tuple[str, float, int, bool], QFontMetricsF] = {}

    def __call__(self, family: str, pixels: float, weight: int, italic: bool,
                 text: str) -> float:
        key = (family, pixels, weight, italic)
        metrics = self.metrics.get(key)
        if metrics is None:
            font = QFont(family)
            font.setPointSizeF(pixels * 72.0 / self.dpi)
            font.setWeight(QFont.Weight(weight))
            font.setItalic(italic)
            metrics = self.metrics[key] = QFontMetricsF(font)
        return metrics.horizontalAdvance(text)


def render_svg(mind_map: MindMap, options: ExportOptions = DEFAULTS,
               progress: Progress | None = None) -> bytes:
    """A vector SVG: node text as ``<text>`` (one per wrapped line), edges as paths, the
    view box fitted to the map; the same map and options always give the same bytes."""
    return _svg(prepare(mind_map, "svg", options), progress)


def _svg(job: ExportJob, progress: Progress | None = None) -> bytes:
    with _scene(job, progress) as prepared:
        if progress:
            progress(f"drawing {prepared.node_count:,} nodes")
        source = prepared.source
        from PySide6.QtSvg import QSvgGenerator  # SVG only: PNG exports start faster

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(layout_dpi())
        generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(prepared.title)
        generator.setDescription("Mind map exported by mindmap-app")
        painter = QPainter(generator)
        try:
            _draw(prepared, painter, QRectF(0, 0, source.width(), source.height()))
        finally:
            painter.end()
        data = bytes(buffer.data())
    if progress:
        progress("tidying SVG")
    return tidy_svg(data, source.width(), source.height(), _TextWidths(layout_dpi()))


# ================================================================================ PDF
def _page_layout(source: QRectF, options: ExportOptions, dpi: int) -> tuple[QPageLayout, QRectF]:
    """The page and where on it (device pixels at ``dpi``) the map goes."""
    if options.page_size == "fit":
        points = QSizeF(source.width() * 72.0 / dpi, source.height() * 72.0 / dpi)
        shrink = min(1.0, PDF_MAX_POINTS / max(points.width(), points.height()))
        points = QSizeF(max(1.0, points.width() * shrink), max(1.0, points.height() * shrink))
        page = QPageSize(points, QPageSize.Unit.Point, "Mind map",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        orientation = QPageLayout.Orientation.Portrait
        inset = 0.0
    else:
        page = QPageSize(QPageSize.PageSizeId.A4 if options.page_size == "A4"
                         else QPageSize.PageSizeId.A3)
        landscape = (options.orientation == "landscape" or
                     (options.orientation == "auto" and source.width() > source.height()))
        orientation = (QPageLayout.Orientation.Landscape if landscape
                       else QPageLayout.Orientation.Portrait)
        inset = PAGE_MARGIN_MM / 25.4 * dpi
    layout = QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0))
    full = QRectF(layout.fullRectPixels(dpi))
    return layout, full.adjusted(inset, inset, -inset, -inset)


def render_pdf(mind_map: MindMap, options: ExportOptions = DEFAULTS,
               progress: Progress | None = None) -> bytes:
    """A one-page vector PDF with the whole map (or branch) fitted on the page."""
    return _pdf(prepare(mind_map, "pdf", options), progress)


def _pdf(job: ExportJob, progress: Progress | None = None) -> bytes:
    with _scene(job, progress) as prepared:
        if progress:
            progress(f"drawing {prepared.node_count:,} nodes")
        checked = job.options
        dpi = layout_dpi()
        layout, target = _page_layout(prepared.source, checked, dpi)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(dpi)
        writer.setPageLayout(layout)
        writer.setTitle(prepared.title)
        writer.setCreator("mindmap-app")
        painter = QPainter(writer)
        try:
            if not checked.transparent:
                painter.fillRect(QRectF(layout.fullRectPixels(dpi)),
                                 QColor(prepared.scene.theme.background))
            _draw(prepared, painter, target, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            painter.end()
        return bytes(buffer.data())


# ============================================================================= files
_RENDERERS = {"png": _png, "svg": _svg, "pdf": _pdf}


def render_job(job: ExportJob, progress: Progress | None = None) -> bytes:
    """The complete image file of a checked job (see :func:`.engine.prepare`)."""
    if job.fmt.name not in _RENDERERS:
        raise ExportError(f"{job.fmt.label} is not an image format")
    return _RENDERERS[job.fmt.name](job, progress)


def render_bytes(mind_map: MindMap, fmt: str | FileFormat,
                 options: ExportOptions = DEFAULTS,
                 progress: Progress | None = None) -> bytes:
    """The complete file, in memory, for an image format (png, svg, pdf)."""
    return render_job(prepare(mind_map, fmt, options), progress)
