"""Typing in the find bar on a big map: how long each key takes to reach the screen.

Run: ``python benchmarks/find_bench.py [--sizes 20000,100000] [--rounds 3]``.

The real window (``MainWindow`` offscreen) opens a generated map (``canvas_bench.workshop_map``,
every item made), Ctrl+F opens the find bar and a word is typed a key at a time, then erased
with Backspace; each key is timed from the key press to the end of the next paint of the map
(``viewport().repaint()``): the matches found, highlighted, the first one selected and
scrolled to. Printed per size: the median and the largest time of the keys, and the number of
matches after each key of the first round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")
os.environ.setdefault("MINDMAP_DATA_DIR", tempfile.mkdtemp(prefix="mindmap-bench-data-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from canvas_bench import all_made, shown_window, workshop_map  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.document import Document  # noqa: E402

WORD = "forum"


def timed_key(app: QApplication, editor, widget, key) -> float:  # noqa: ANN001
    start = time.perf_counter()
    QTest.keyClick(widget, key)
    app.processEvents()
    editor.view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    window = shown_window(app)
    for count in (int(s) for s in args.sizes.split(",")):
        editor = window.add_document(Document(workshop_map(count, branch=min(1000, count // 10))))
        all_made(app, editor)
        QTest.keyClick(editor.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        field = window.find_bar.field
        times: list[float] = []
        found: list[int] = []
        for round_ in range(args.rounds):
            for letter in WORD:
                times.append(timed_key(app, editor, field, letter))
                if round_ == 0:
                    found.append(len(editor.mind_map.find(field.text())))
            for _ in WORD:
                times.append(timed_key(app, editor, field, Qt.Key.Key_Backspace))
        print(f"{count:>7,} ideas: a key in the find bar p50 {statistics.median(times):6.1f} ms, "
              f"max {max(times):6.1f} ms ({len(times)} keys); matches as '{WORD}' is typed: "
              f"{', '.join(f'{n:,}' for n in found)}", flush=True)
        window.find_bar.close_bar()
        editor.document.undo_stack.setClean()
        window.tabs.removeTab(window.tabs.indexOf(editor))
        editor.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
