"""Test-only entry point: the real app (``python -m mindmap_app``), with a Python file run in it
once the event loop runs (``window`` and ``app`` in its namespace). The end-to-end tests drive
the app with it; the shipped app runs no code from outside itself.

    python -m tests.app_with_script SCRIPT [mindmap-app arguments...]

A script that raises ends the app with exit code 3 (the traceback on stderr).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path


def run_script(window, path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    namespace = {"window": window, "app": QApplication.instance(), "__file__": str(path)}
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    except Exception:
        traceback.print_exc()
        QApplication.instance().exit(3)


def main(argv: list[str]) -> int:
    script, *args = argv
    from mindmap_app.app.main import before_qt

    # as the app does before PySide6 (the hook below imports it): the collector held, the
    # Qt-free layers, a big map file named read in a second process
    before_qt([arg for arg in args if not arg.startswith("-")])
    from PySide6.QtCore import QTimer

    from mindmap_app.pyside_imports import quicken

    quicken()       # as run_gui does first: the imports below load as fast as in the app
    from mindmap_app.cli import main as app_main
    from mindmap_app.safety import controller

    offer_recovery = controller.after_start

    def after_start(window) -> None:  # noqa: ANN001
        offer_recovery(window)
        QTimer.singleShot(0, lambda: run_script(window, Path(script)))

    controller.after_start = after_start  # what the app calls once its window is shown
    return app_main(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
