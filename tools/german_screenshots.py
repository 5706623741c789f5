"""Screenshots of the German interface for the README and for looking at long German texts:
the window with a menu open, the keyboard reference, the export dialog.

    Xvfb :117 -screen 0 1280x800x24 & DISPLAY=:117 .venv/bin/python tools/german_screenshots.py

Writes docs/german-menu.png, docs/german-shortcuts.png, docs/german-export.png,
docs/german-undo.png (the Edit menu's undo step after real edits, the idea panel's "mixed",
a refusal in the status bar) and docs/german-error.png (a broken file) (the whole screen, so
that popups and dialogs are in the picture as a user sees them). SHOTS_LANG=en and
SHOTS_DIR=/tmp/x take the same pictures in English elsewhere, to compare.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("MINDMAP_DATA_DIR", tempfile.mkdtemp(prefix="mindmap-shots-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="mindmap-shots-config-"))
os.environ["MINDMAP_LANG"] = os.environ.get("SHOTS_LANG", "de")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.export_dialog import ExportDialog  # noqa: E402
from mindmap_app.app.main import build_window  # noqa: E402
from mindmap_app.app.shortcuts_dialog import ShortcutsDialog  # noqa: E402
from mindmap_app.i18n.translators import setup_translation  # noqa: E402

DOCS = Path(os.environ.get("SHOTS_DIR", ROOT / "docs"))


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, name: str) -> None:
    settle(app)
    path = DOCS / name
    app.primaryScreen().grabWindow(0).save(str(path))
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def edit_menu_and_panel(app: QApplication, window) -> None:  # noqa: ANN001
    """Real edits (a tag on two ideas, a refused delete), then the Edit menu with its undo
    step, the idea panel with a mixed selection and the status bar's message."""
    editor = window.editor()
    window.ideas.panel.show()
    editor.scene.select_only(["t1", "t3"])
    editor.ideas.add_tag("Finanzen")
    editor.scene.select_only(["threats", "t1"])
    editor.select(editor.mind_map.root)
    editor.delete_subtree()                  # refused: the message in the status bar
    editor.scene.select_only(["threats", "t1"])
    settle(app)
    shoot_menu(app, window, 1, "german-undo.png")       # Edit / Bearbeiten


def shoot_menu(app: QApplication, window, index: int, name: str) -> None:  # noqa: ANN001
    """A picture of the menu bar's ``index``-th menu, open."""
    bar = window.menuBar()
    entry = bar.actions()[index]
    menu = entry.menu()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(entry).bottomLeft()))
    shoot(app, name)
    menu.hide()


def error_dialog(app: QApplication, window) -> None:  # noqa: ANN001
    """The error dialog of a broken map file."""
    from PySide6.QtCore import QTimer

    broken = Path(tempfile.mkdtemp(prefix="mindmap-shots-")) / "kaputt.yaml"
    broken.write_text("format: mindmap/1\nroot:\n  text: x\n  tags: [1, 2]\n",
                      encoding="utf-8")

    def shoot_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, shoot_and_close)
            return
        box.move(window.mapToGlobal(QPoint(220, 200)))
        shoot(app, "german-error.png")
        box.close()

    QTimer.singleShot(100, shoot_and_close)
    window.open_path(broken)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Mindmap")
    setup_translation(app)
    window = build_window([str(ROOT / "sample_maps" / "national.yaml")])
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    settle(app, 1.5)
    shoot_menu(app, window, 2, "german-menu.png")       # Node / Knoten
    dialog = ShortcutsDialog(window)
    dialog.resize(760, 600)
    dialog.move(window.mapToGlobal(QPoint(260, 90)))
    dialog.show()
    shoot(app, "german-shortcuts.png")
    dialog.close()
    export = ExportDialog(window.editor().mind_map, parent=window)
    export.show()
    export.move(window.mapToGlobal(QPoint(200, 60)))
    shoot(app, "german-export.png")
    export.close()
    edit_menu_and_panel(app, window)
    error_dialog(app, window)
    window.ask_save = lambda document: "discard"
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
