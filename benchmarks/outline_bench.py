"""What does an open outline cost an edit? Run: ``python benchmarks/outline_bench.py [--runs N]``.

Issue 13's target: an edit in a 10,000-idea map with the outline open takes less than 16 ms
of extra time on the main thread. The map is canvas_bench's ``workshop_map`` (10,000 ideas,
5-7 levels), opened in the real window (1280x800, offscreen unless QT_QPA_PLATFORM says
otherwise). Each edit goes through the document (model edit, undo command, every listener:
canvas, outline, accessibility) and is undone; both are timed.

For each edit, with the outline
* **closed** (the dock hidden: it holds no model and listens to nothing),
* **open** (the dock shown at its default: the top two levels unfolded, the edited row's
  parents fetched because the selection follows the canvas), and
* **open, all rows** (every row of the 10,000 fetched and unfolded: the worst case),
the figures are medians over the runs, in CPU time of the main thread (``time.thread_time``:
the machine's other work does not count), of: ``call`` (the edit, synchronously: everything the
change notices do), ``outline`` (the part of it spent in the outline model's change handler)
and ``painted`` (the call plus processing events until idle: the canvas's and the outline's
repaints). ``extra`` is the open median minus the closed median of ``painted``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")
os.environ["MINDMAP_ANIMATIONS"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import argparse  # noqa: E402
import statistics  # noqa: E402

from canvas_bench import all_made, close_window, settle, shown_window, workshop_map  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.outline_model import OutlineModel  # noqa: E402
from mindmap_app.commands import MapCommand  # noqa: E402
from mindmap_app.io.yaml_format import save_map  # noqa: E402
from mindmap_app.model import operations as ops  # noqa: E402


class OutlineTimer:
    """Adds up the main thread's time in the outline model's change handler while installed
    (the handler the map calls is swapped for a timed one, and back)."""

    def __init__(self, mind_map) -> None:  # noqa: ANN001
        self.total = 0.0
        self.listeners = mind_map._listeners
        self.saved = list(self.listeners)
        for i, listener in enumerate(self.listeners):
            if isinstance(getattr(listener, "__self__", None), OutlineModel):
                self.listeners[i] = self._timed(listener)

    def _timed(self, listener):  # noqa: ANN001, ANN202
        def timed(change):  # noqa: ANN001, ANN202
            start = time.thread_time()
            try:
                return listener(change)
            finally:
                self.total += time.thread_time() - start
        return timed

    def remove(self) -> None:
        self.listeners[:] = self.saved


def edits(m) -> list[tuple[str, object]]:  # noqa: ANN001
    top = m.children("root")[3]
    deep = [n for n in m.subtree(top) if m.depth(n) == 3 and m.children(n)]
    add_at = deep[len(deep) // 2]
    text_at = deep[0]
    delete_at = max(deep, key=lambda n: len(m.subtree(n)))
    reorder_at = m.children(add_at)[-1]
    return [
        ("add child", lambda: ops.add_child(m, add_at, "a new idea")),
        ("edit text", lambda: ops.set_text(text_at, m.text(text_at) + " and more")),
        ("move up (Ctrl+Up)", lambda: ops.reorder(m, reorder_at, -1)),
        (f"delete branch ({len(m.subtree(delete_at))} ideas)",
         lambda: ops.delete_subtree(m, delete_at)),
        ("move a branch to another parent",
         lambda: ops.move(m, text_at, m.children("root")[4])),
    ]


def measure(app: QApplication, editor, runs: int) -> dict[str, dict[str, list[float]]]:  # noqa: ANN001
    m = editor.mind_map
    stack = editor.document.undo_stack
    out: dict[str, dict[str, list[float]]] = {}
    for _ in range(runs):
        for name, build in edits(m):
            for label, act in ((name, lambda b=build, n=name: editor._run(b(), n, MapCommand)),
                               (f"undo {name}", stack.undo)):
                settle(app)
                timer = OutlineTimer(m)
                try:
                    t0 = time.thread_time()
                    act()
                    t1 = time.thread_time()
                    settle(app, 3)
                    t2 = time.thread_time()
                finally:
                    timer.remove()
                row = out.setdefault(label, {"call": [], "outline": [], "painted": []})
                row["call"].append((t1 - t0) * 1000)
                row["outline"].append(timer.total * 1000)
                row["painted"].append((t2 - t0) * 1000)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="mindmap-outline-bench-"))
    path = folder / "big.yaml"
    save_map(workshop_map(), path)
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    window = shown_window(app)
    editor = window.open_path(path)
    settle(app)
    all_made(app, editor)
    before = editor.mind_map.snapshot()
    editor.view.resetTransform()
    results = {}
    results["closed"] = measure(app, editor, args.runs)
    window.outline.show_and_focus()
    settle(app)
    results["open"] = measure(app, editor, args.runs)
    window.outline.tree.expandAll()
    settle(app)
    fetched = len(window.outline.model._row)
    results["open, all rows"] = measure(app, editor, args.runs)
    assert editor.mind_map.snapshot() == before, "the edits were not all undone"
    print(f"{len(editor.mind_map):,} ideas; medians of {args.runs} runs, in ms; rows fetched "
          f"by the outline when all are unfolded: {fetched:,}")
    closed = results["closed"]
    worst = 0.0
    for state in ("open", "open, all rows"):
        print(f"outline {state} (vs closed):")
        for name, row in results[state].items():
            base = closed[name]
            med = {k: statistics.median(v) for k, v in row.items()}
            extra = med["painted"] - statistics.median(base["painted"])
            worst = max(worst, extra)
            print(f"  {name}: call {med['call']:.1f} (closed "
                  f"{statistics.median(base['call']):.1f}), of it outline "
                  f"{med['outline']:.2f}; painted {med['painted']:.1f} (closed "
                  f"{statistics.median(base['painted']):.1f}): extra {extra:+.1f}")
    print(f"largest extra main-thread time with the outline open: {worst:.1f} ms "
          f"(target < 16 ms)")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    close_window(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
