"""The floor under issue 12's opening and export targets: the least a program on this app's
stack (Python, networkx, PyYAML with libyaml, PySide6) does to show a map file's ideas.

Run: ``python benchmarks/stack_floor.py MAP.yaml [--svg OUT.svg | --png OUT.png]
[--without-networkx]``; its
wall time, whole process, is the figure (``open_export_bench.py --floor`` times it in turn
with the app and prints the ratio). The window prints ``first-frame-at`` and the clock on
stderr once its first paint is done, as the app's launch script does (the first frame).

It imports what the app is built on (networkx, PyYAML, QtWidgets), reads the file's YAML
events with libyaml (no values built, nothing checked: every scalar after a ``text`` key is a
label), puts one networkx node per label, measures every label in the app's default box font
(DejaVu Sans 11 pt, wrapped at the theme's 220 px: one Qt call per label, where the app saves
some with a cheaper one), then shows a window whose view holds the first 200 labels as plain
text items and paints it once, or draws them into an SVG or a PNG. No layout, no model
checks, no looks, no menus: what is left above it is the app's own work.

``--without-networkx``: the same with the labels kept in a dict and networkx never imported,
to time what the model's graph library adds to every launch (DESIGN.md: "one networkx
directed graph per map"; the model uses its ``MultiDiGraph`` only, and importing networkx
loads its whole package, some 280 modules).
"""

from __future__ import annotations

import importlib
import sys
import time

import yaml

#: the option that leaves networkx out (see above)
WITHOUT_NETWORKX = "--without-networkx"
#: imported before PySide6, as the app does (PySide6 looks at every module imported after it)
nx = None if WITHOUT_NETWORKX in sys.argv else importlib.import_module("networkx")

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QMainWindow,
)

#: the app's default box font and wrap width (themes.py, node_look.py)
FONT, POINT_SIZE, WRAP_PX = "DejaVu Sans", 11.0, 220.0
SHOWN = 200


def labels(path: str) -> list[str]:
    """Every scalar that follows a ``text`` key, from libyaml's events."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    loader = yaml.CSafeLoader(text)
    found, after_text = [], False
    try:
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if after_text:
                    found.append(event.value)
                after_text = event.value == "text" and not after_text
            elif kind is yaml.StreamEndEvent:
                return found
            else:
                after_text = False
    finally:
        loader.dispose()


def main(argv: list[str]) -> int:
    path, *rest = [arg for arg in argv if arg != WITHOUT_NETWORKX]
    app = QApplication(sys.argv[:1])
    texts = labels(path)
    ideas = {index: {"text": label} for index, label in enumerate(texts)}
    if nx is not None:      # one networkx node per idea, as the model keeps them
        nx.MultiDiGraph().add_nodes_from(ideas.items())
    font = QFont(FONT)
    font.setPointSizeF(POINT_SIZE)
    metrics = QFontMetricsF(font)
    wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    box = QRectF(0, 0, WRAP_PX, 1e6)
    sizes = [metrics.boundingRect(box, wrap, label).size() for label in texts]
    scene = QGraphicsScene()
    y = 0.0
    for label, size in zip(texts[:SHOWN], sizes, strict=False):
        item = scene.addText(label, font)
        item.setTextWidth(WRAP_PX)
        item.setPos((len(scene.items()) % 8) * 240.0, y)
        y += size.height() / 8
    if rest and rest[0] in ("--svg", "--png"):
        return draw_file(scene, rest[0], rest[1])
    window = QMainWindow()
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    window.resize(1600, 1000)
    window.show()

    def drawn() -> None:
        print("first-frame-at", f"{time.time():.4f}", file=sys.stderr, flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, drawn)     # runs once this paint (the window's) is done
            return False

    watch = FirstPaint(view.viewport())
    view.viewport().installEventFilter(watch)
    return app.exec()


def draw_file(scene: QGraphicsScene, kind: str, out: str) -> int:
    rect = scene.itemsBoundingRect()
    if kind == "--svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(out)
        generator.setSize(rect.size().toSize())
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        painter = QPainter(generator)
    else:
        image = QImage(QSize(int(rect.width()) + 1, int(rect.height()) + 1),
                       QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    if kind == "--png" and not image.save(out, "PNG"):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
