"""Presenting a big map: F5, a step, an idea added live, Esc.

Run: ``python benchmarks/presentation_bench.py [--sizes 1000,20000] [--rounds 3]``.

The real window (``MainWindow`` 1600x1000, ``QT_QPA_PLATFORM=offscreen`` unless set) opens a
generated map (``canvas_bench.workshop_map``, saved as YAML). Each round: F5 (the map in the
projector theme, the steps planned, the first shown), Right (the first branch), then an idea
added live three times (Tab, typed, Enter: each key re-plans the steps, the map having
changed), and Esc (back to the window's theme). Printed: the median ms of each key over the
rounds, from the key to the end of the events it posted (the paint included).
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from canvas_bench import close_window, window_on, workshop_map  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.presentation import Presentation  # noqa: E402
from mindmap_app.io.yaml_format import save_map  # noqa: E402

K = Qt.Key


def timed(app: QApplication, action) -> float:  # noqa: ANN001
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def bench(app: QApplication, size: int, rounds: int, folder: Path) -> None:
    path = folder / f"map{size}.yaml"
    save_map(workshop_map(size, branch=min(1000, size // 10)), path)
    window, editor = window_on(app, path)
    times: dict[str, list[float]] = {}

    def key(label: str, widget, key_code) -> None:  # noqa: ANN001
        times.setdefault(label, []).append(
            timed(app, lambda: QTest.keyClick(widget, key_code)))

    for _ in range(rounds):
        times.setdefault("F5 (present)", []).append(timed(app, window.present))
        shown = next((p for p in editor.findChildren(Presentation) if p.active), None)
        if shown is None:
            raise SystemExit("presentation_bench: F5 did not start a presentation")
        key("Right (next step)", shown, K.Key_Right)
        for _ in range(3):
            key("Tab (new idea, live)", shown, K.Key_Tab)
            QTest.keyClicks(QApplication.focusWidget(), "idea")
            key("Enter (keep it)", QApplication.focusWidget(), K.Key_Return)
        key("Esc (leave)", shown, K.Key_Escape)
        for _ in range(3):
            editor.document.undo_stack.undo()
        app.processEvents()
    print(f"{size} ideas, {rounds} rounds (median ms)")
    for label, values in times.items():
        print(f"  {label:<24} {statistics.median(values):7.1f}")
    close_window(app, window)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000", help="comma-separated idea counts")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            bench(app, size, args.rounds, Path(folder))
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
