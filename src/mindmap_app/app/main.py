"""Start the desktop app: open the given maps, or the workshop overview when none is given."""

from __future__ import annotations

import sys

from ..package_data import resource, sample_map

__all__ = ["build_window", "resource", "run_gui", "sample_map"]


def build_window(paths: list[str] | None = None):  # noqa: ANN201
    """The main window with ``paths`` open (each in a tab), or the workshop overview."""
    from .main_window import MainWindow

    window = MainWindow()
    for path in paths or [str(sample_map())]:
        window.open_path(path)
    if not window.editors():
        window.new_map()
    return window


def run_gui(paths: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mindmap")
    app.setOrganizationName("mindmap-app")
    app.setDesktopFileName("mindmap-app")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("mindmap-app.svg"))))
    window = build_window(paths)
    window.show()
    from ..safety.controller import after_start

    after_start(window)  # offers recovery after a crash
    return app.exec()
