"""Start the desktop app: open the given maps, or the workshop overview when none is given."""

from __future__ import annotations

import sys

from ..package_data import resource, sample_map

__all__ = ["before_qt", "build_window", "load_qt_free_layers", "resource", "run_gui",
           "sample_map"]


def build_window(paths: list[str] | None = None, *, open_default: bool = True):  # noqa: ANN201
    """The main window with ``paths`` open (each in a tab), or the workshop overview."""
    from .main_window import MainWindow

    window = MainWindow(start_page=False)      # shown below if no map opens
    for path in paths or ([str(sample_map())] if open_default else []):
        window.open_path(path)
    if not window.editors() and open_default:
        window.new_map()
    if not window.editors():
        window.start_page.sync()
    return window


def load_qt_free_layers() -> None:
    """Import the model, the layouts and the map file format before PySide6: PySide6 looks
    at every module imported after it (see :mod:`..pyside_imports`), and networkx alone is
    some 350 modules (15-30 ms of the launch)."""
    from .. import layout  # noqa: F401
    from ..io import yaml_format  # noqa: F401


def before_qt(paths: list[str] | None) -> None:
    """What the app does before it loads Qt: hold the collector (no collections while the
    app starts; given back once it runs), import the Qt-free layers, and start reading the
    first map file named, if it is big, in a second process (:mod:`..io.read_ahead`)."""
    from ..collector import hold_for_startup

    hold_for_startup()      # first: the imports below make many objects
    load_qt_free_layers()
    from ..io import read_ahead

    if paths:
        read_ahead.start(paths[0])


def run_gui(paths: list[str] | None = None, after_start=None) -> int:  # noqa: ANN001
    """Run the app; ``after_start(window)``, when given, runs once the window shows (join)."""
    before_qt(paths)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ..collector import started
    from ..io import read_ahead
    from ..pyside_imports import quicken

    quicken()       # the window's modules, imported next, load faster
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mindmap")
    app.setOrganizationName("mindmap-app")
    app.setDesktopFileName("mindmap-app")
    from ..i18n.translators import setup_translation
    from .app_log import setup_logging

    setup_logging()               # warnings and errors to the rotating log file
    setup_translation(app)        # the system's or the chosen language
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("mindmap-app.svg"))))
    window = build_window(paths, open_default=after_start is None)
    read_ahead.discard()        # what the window did not open, it will not
    window.show()
    QTimer.singleShot(0, started)   # once the event loop runs: the window is up
    from ..safety.controller import after_start as offer_recovery

    offer_recovery(window)  # offers recovery after a crash
    if after_start is not None:
        after_start(window)
    return app.exec()
