"""Screenshots of the idea panel and the legend for the README, taken in a real window:

    Xvfb :111 -screen 0 1400x860x24 &
    DISPLAY=:111 python tools/screenshot_idea_panel.py light docs/idea-panel.png
    DISPLAY=:111 python tools/screenshot_idea_panel.py dark docs/legend-dark.png

"dark" also gives the window a dark desktop palette (the toolbar icons follow it). Needs
imagemagick's ``import``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DARK_PALETTE = {"Window": "#2b2b2b", "WindowText": "#e8e8e8", "Base": "#1e1e1e",
                "Text": "#e8e8e8", "Button": "#3a3a3a", "ButtonText": "#e8e8e8",
                "Highlight": "#3d7bd9", "HighlightedText": "#ffffff"}


def main(theme: str, out: str) -> None:
    os.environ["MINDMAP_ANIMATIONS"] = "0"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QPointF, QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if theme == "dark":
        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in DARK_PALETTE.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        app.setPalette(palette)
    from mindmap_app.app.main_window import MainWindow

    folder = tempfile.mkdtemp()
    shutil.copy(ROOT / "sample_maps" / "national.yaml", folder)
    window = MainWindow()
    window.ask_save = lambda document: "discard"
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    editor = window.open_path(Path(folder) / "national.yaml")

    def dress() -> None:
        ideas = editor.ideas
        ideas.add_tag("urgent", ["t3", "t10"])
        ideas.add_tag("funding", ["o2"])
        ideas.set_votes(2, ["t3"])
        ideas.add_cross_link("t3", "o1", "turns into")
        ideas.set_link("https://transitionnetwork.org", ["t3"])
        editor.select("t3")
        ideas.set_note("t3", "Two groups said this.\n- cuts come first\n- *no time* to organise")
        window.actions_by_name["legend"].trigger()
        if theme != "light":
            window.actions_by_name[f"theme_{theme}"].trigger()
        editor.view.set_zoom(0.8 if theme == "light" else 0.75)
        editor.view.centerOn(editor.scene.items_by_id["t3"].pos() + QPointF(-250, 120))

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", out], check=False)
        app.quit()

    QTimer.singleShot(800, dress)
    QTimer.singleShot(2500, shoot)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
