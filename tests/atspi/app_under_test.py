"""The app, as the AT-SPI test starts it: a real window on an X display, accessibility on.

Run by tests/test_atspi.py inside ``dbus-run-session``; prints ``READY`` once the map is
open with its central idea selected and the map view focused, then runs until killed (or for
at most 90 s).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("mindmap-atspi-test")
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    window.resize(1000, 700)
    window.show()
    editor = window.open_path(sys.argv[1])
    window.activateWindow()

    def ready() -> None:
        editor.view.setFocus()
        editor.select(editor.mind_map.root)
        print("READY", flush=True)

    QTimer.singleShot(800, ready)
    QTimer.singleShot(90_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
