"""Screenshots for the README (issue 20), taken of the real window under X (Xvfb).

    Xvfb :120 -screen 0 1920x1080x24 &
    DISPLAY=:120 QT_QPA_PLATFORM=xcb .venv/bin/python tools/first_minutes_screenshots.py

Writes docs/overview-<map>.png (the presentation overview of each level map at 1920x1080),
docs/presentation-continued.png, docs/start-page.png and docs/find.png, each taken with
ImageMagick's ``import -window root``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-shots-")   # no real settings
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="mindmap-shots-data-")
DOCS = ROOT / "docs"
LEVEL_MAPS = ("national", "organisational", "local", "personal", "breakouts")


def main() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QSettings("mindmap-app", "mindmap-app").setValue("presentation/animate", False)
    from mindmap_app.app.main import sample_map
    from mindmap_app.app.main_window import MainWindow
    from mindmap_app.app.presentation import start_presentation

    def shot(name: str, widget=None) -> None:  # noqa: ANN001 - the window to crop to
        for _ in range(10):
            app.processEvents()
            QTest.qWait(60)
        out = DOCS / f"{name}.png"
        crop = []
        if widget is not None:
            g = widget.frameGeometry()
            crop = ["-crop", f"{g.width()}x{g.height()}+{g.x()}+{g.y()}", "+repage"]
        subprocess.run(["import", "-window", "root", *crop, str(out)], check=True)
        subprocess.run(["convert", str(out), "-colors", "256", "PNG8:" + str(out)], check=True)
        print(out, out.stat().st_size // 1024, "KB")

    window = MainWindow()
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    for name in LEVEL_MAPS:
        editor = window.open_path(sample_map(f"{name}.yaml"))
        QTest.qWait(200)
        presentation = start_presentation(editor, animate=False)
        QTest.qWait(400)
        shot(f"overview-{name}")
        if name == "national":      # a long branch's last screen: its heading stays
            last = max(i for i, f in enumerate(presentation.frames) if f.branch == "threats")
            presentation.go_to(last, animate=False)
            shot("presentation-continued")
        presentation.finish()
        window.close_tab(window.tabs.currentIndex())
    # find: typed into the bar of the national map
    editor = window.open_path(sample_map("national.yaml"))
    QTest.qWait(300)
    window.show_find()
    QTest.keyClicks(window.find_bar.field, "transition")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    shot("find", window)
    window.find_bar.close_bar()
    window.close_tab(0)
    shot("start-page", window)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
