"""Render the app icon (src/mindmap_app/resources/mindmap-app.svg) to the PNG sizes of the
icon theme (mindmap-app-N.png) and a Windows .ico. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from mindmap_app.cli.desktop_entry import APP_ID, ICON_SIZES  # noqa: E402
from mindmap_app.package_data import resource  # noqa: E402


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = resource(f"{APP_ID}.svg")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"make_icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        out = svg.with_name(f"{APP_ID}-{size}.png")
        render(renderer, size).save(str(out), "PNG")
        print(f"wrote {out.relative_to(ROOT)}")
    ico = svg.with_name(f"{APP_ID}.ico")
    if render(renderer, 256).save(str(ico), "ICO"):
        print(f"wrote {ico.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
