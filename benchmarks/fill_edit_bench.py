"""Edits in the seconds after a big map opens, while its last items wait to be made.

Run: ``python benchmarks/fill_edit_bench.py [--sizes 20000,100000] [--runs 3]``.

The real window (``MainWindow`` 1600x1000, ``QT_QPA_PLATFORM=offscreen`` unless set) opens a
generated map (``canvas_bench.workshop_map``, saved as YAML) and paints it once; then, with
the rest of its items still waiting (the idle fill is held back, as when a facilitator
types at once), each key below is pressed and the view repainted, timed from the key to the
end of that paint: Tab on the central idea (a new main topic, its text being typed),
Escape (the empty idea goes again), Enter on a main topic (a sibling), Escape, Ctrl+Z.
Printed: the median over ``--runs`` fresh opens, and how many items still wait after the
keys (none: they were all made first). ``--filled`` presses the same keys once every item
is made, the yardstick (an Enter on the second main topic recolours the branches after the
new one, made or waiting: the colours follow the order). For a before/after, run a copy of
this file from another checkout's ``benchmarks/``: it takes that checkout's code.
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
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from canvas_bench import all_made, close_window, shown_window, workshop_map  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.io.yaml_format import save_map  # noqa: E402

K, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier
KEYS = (("Tab on the central idea", K.Key_Tab, None), ("Escape", K.Key_Escape, None),
        ("Enter on a main topic", K.Key_Return, "main"), ("Escape", K.Key_Escape, None),
        ("Ctrl+Z", K.Key_Z, CTRL))


def one_open(app: QApplication, path: Path, filled: bool = False
             ) -> tuple[list[float], int, int]:
    """Times of the keys after one open (``filled``: once every item is made); items
    waiting before and after them."""
    window = shown_window(app)
    window.resize(1600, 1000)
    editor = window.open_path(path)
    scene = editor.scene
    if filled:
        all_made(app, editor)
    scene.filler.timer.stop()
    scene.filler.start = lambda *_args: None        # the fill waits while keys come
    editor.view.viewport().repaint()
    waiting = len(scene.pending)
    times = []
    for _label, key, extra in KEYS:
        if extra == "main":
            editor.select(editor.mind_map.children(editor.mind_map.root)[1])
        start = time.perf_counter()
        QTest.keyClick(editor.view, key, extra if extra == CTRL else
                       Qt.KeyboardModifier.NoModifier)
        editor.view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    left = len(scene.pending)
    close_window(app, window)
    return times, waiting, left


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--filled", action="store_true",
                        help="the same keys once every item is made (the yardstick)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    print(f"code: {ROOT}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"map{size}.yaml"
            save_map(workshop_map(size, branch=min(1000, size // 10)), path)
            runs = [one_open(app, path, args.filled) for _ in range(args.runs)]
            print(f"{size:,} ideas: {runs[0][1]:,} items waiting after the first paint, "
                  f"{runs[0][2]:,} after the keys")
            for index, (label, _key, _extra) in enumerate(KEYS):
                median = statistics.median(run[0][index] for run in runs)
                print(f"  {label:<26}{median:8.0f} ms")
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
