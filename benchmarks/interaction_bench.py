"""Single edits on a big map, from the key press to the end of the next paint.

Run: ``python benchmarks/interaction_bench.py [--sizes 1000,20000,100000] [--rounds N]``.

Issue 12's target: every single edit on a 20,000-idea map reaches the screen in under 50 ms
at p95 (under 150 ms on 100,000), main thread, from the key event to the end of the next paint.

How it is measured: a real ``MainWindow`` (1280x800, ``QT_QPA_PLATFORM=offscreen`` unless set
otherwise) opens a generated map (``canvas_bench.workshop_map``: 8 main branches 5-7 levels
deep, notes, tags, votes, a few hand-placed nodes, floating trees, cross-links; nothing folded)
as a document, at 1:1 zoom around the selected node. Each edit is a real key event sent with
``QTest.keyClick`` to the map view (so it goes through the window's shortcuts and actions, as
a user's key does), then events are processed until the viewport has finished a paint: that
span is one sample. "Animate Changes" keeps the user's default (on); the glide a big edit
starts is let to finish between samples (it is not counted: the first frame is).

The edits of one round, each followed by its undo (Ctrl+Z) and redo (Ctrl+Shift+Z):

* ``add child``: Tab on a leaf's parent (the new idea opens for typing; Enter keeps it empty);
* ``add main branch``: Tab on the central idea (a new main topic, after the others);
* ``insert main topic``: Enter on the first main topic (a new one after it: the colours
  follow the branches' order, so every branch after it is drawn in the next colour);
* ``add sibling``: Enter;
* ``edit text``: F2, a few letters, then Enter (timed from that Enter);
* ``delete``: Delete on a branch of 10-60 ideas;
* ``fold`` / ``unfold``: Space on a branch of 50-400 ideas;
* ``move down`` / ``move up``: Ctrl+Down / Ctrl+Up;
* ``re-parent``: a real mouse drag of an idea onto its neighbour sibling (press, moves,
  release; timed from the release).

Each round uses other nodes (from several main branches), and restores the map with the undo
stack, so every round starts from the same map. Figures: p50 and p95 over all samples of an
edit, in ms; the map's CPU figures are per process.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")
os.environ.setdefault("MINDMAP_DATA_DIR", tempfile.mkdtemp(prefix="mindmap-bench-data-"))

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

from canvas_bench import (  # noqa: E402
    PaintWatch,
    all_made,
    close_window,
    idle,
    med,
    p95,
    settle,
    shown_window,
    workshop_map,
)
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.document import Document  # noqa: E402
from mindmap_app.model import MindMap  # noqa: E402

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
EDITS = ("add child", "add main branch", "insert main topic", "add sibling", "edit text",
         "delete", "fold", "unfold", "move down", "move up", "re-parent")


class Round:
    """One round of edits on one window; ``samples[name]`` collects the times (ms)."""

    def __init__(self, app: QApplication, editor, samples: dict[str, list[float]]) -> None:  # noqa: ANN001
        self.app = app
        self.editor = editor
        self.samples = samples
        self.watch = PaintWatch(editor.view)

    def timed(self, name: str, act: Callable[[], None]) -> None:
        """Run ``act`` (which sends the event) and record the time until the next paint."""
        idle(self.app, self.editor)
        seen = self.watch.count
        t0 = time.perf_counter()
        act()
        try:
            done = self.watch.wait(seen)
        except RuntimeError:          # nothing to repaint: the edit is done when act returns
            done = time.perf_counter()
        self.samples.setdefault(name, []).append((done - t0) * 1000)
        if os.environ.get("IB_TRACE"):     # each sample as it comes
            print("  sample", name, round((done - t0) * 1000, 1), flush=True)
        idle(self.app, self.editor)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> Callable[[], None]:
        return lambda: QTest.keyClick(self.editor.view, key, mods)

    def select(self, node: str) -> None:
        self.editor.select(node)
        self.editor.view.setFocus()
        settle(self.app)

    def undo_redo(self, name: str) -> None:
        self.timed(f"undo {name}", self.key(K.Key_Z, CTRL))
        self.timed(f"redo {name}", self.key(K.Key_Z, CTRL | SHIFT))

    def run(self, nodes: dict[str, str]) -> None:
        stack = self.editor.document.undo_stack
        start = stack.index()
        # add child, then keep the empty idea (Enter), then undo / redo, then undo
        self.select(nodes["parent"])
        self.timed("add child", self.key(K.Key_Tab))
        QTest.keyClick(self.editor.view, K.Key_Return)
        self.undo_redo("add child")
        # a new main topic: Tab on the central idea (added last among the main branches)
        self.select(self.editor.mind_map.root)
        self.timed("add main branch", self.key(K.Key_Tab))
        QTest.keyClick(self.editor.view, K.Key_Return)
        self.undo_redo("add main branch")
        # a main topic inserted after the first: every branch after it takes the next colour
        self.select(self.editor.mind_map.children(self.editor.mind_map.root)[0])
        self.timed("insert main topic", self.key(K.Key_Return))
        QTest.keyClick(self.editor.view, K.Key_Return)
        self.undo_redo("insert main topic")
        self.timed("add sibling", self._sibling(nodes["leaf"]))
        QTest.keyClick(self.editor.view, K.Key_Return)
        self.undo_redo("add sibling")
        # edit text: F2, type, Enter (timed)
        self.select(nodes["leaf"])
        QTest.keyClick(self.editor.view, K.Key_F2)
        QTest.keyClicks(self.editor.view, " and more")
        self.timed("edit text", self.key(K.Key_Return))
        self.undo_redo("edit text")
        self.select(nodes["delete"])
        self.timed("delete", self.key(K.Key_Delete))
        self.undo_redo("delete")
        self.select(nodes["fold"])
        self.timed("fold", self.key(K.Key_Space))
        self.undo_redo("fold")
        self.select(nodes["fold"])
        self.timed("unfold", self.key(K.Key_Space))
        self.undo_redo("unfold")
        self.select(nodes["move"])
        self.timed("move down", self.key(K.Key_Down, CTRL))
        self.undo_redo("move down")
        self.select(nodes["move"])
        self.timed("move up", self.key(K.Key_Up, CTRL))
        self.undo_redo("move up")
        self.reparent(nodes["move"], nodes["target"])
        self.undo_redo("re-parent")
        # back to the map the round started from
        while stack.index() > start:
            stack.undo()
        idle(self.app, self.editor)
        self.watch.remove()

    def _sibling(self, leaf: str) -> Callable[[], None]:
        self.select(leaf)
        return self.key(K.Key_Return)

    def reparent(self, node: str, target: str) -> None:
        """Drag ``node`` onto the middle of ``target`` with the mouse; time the release."""
        self.select(node)
        view, scene = self.editor.view, self.editor.scene
        viewport = view.viewport()
        start = view.mapFromScene(scene.items_by_id[node].pos())
        QTest.mousePress(viewport, LEFT, NONE, start)
        settle(self.app)
        end = view.mapFromScene(scene.items_by_id[target].pos())
        for i in range(1, 9):
            QTest.mouseMove(viewport, start + (end - start) * (i / 8))
            settle(self.app, 2)
        QTest.mouseMove(viewport, end + QPoint(1, 0))
        settle(self.app, 2)
        self.timed("re-parent", lambda: QTest.mouseRelease(viewport, LEFT, NONE,
                                                           end + QPoint(1, 0)))


def pick_rounds(mind_map: MindMap, rounds: int, seed: int = 12) -> list[dict[str, str]]:
    """Nodes for each round, from the big main branches (the first, ``drag``, is skipped)."""
    rng = random.Random(seed)
    tops = mind_map.children(mind_map.root)[1:]
    sizes: dict[str, int] = {}

    def size(n: str) -> int:
        if n not in sizes:
            sizes[n] = len(mind_map.subtree(n))
        return sizes[n]

    out = []
    for r in range(rounds):
        top = tops[r % len(tops)]
        inner = [n for n in mind_map.subtree(top) if n != top and mind_map.get(n, "pos") is None]
        parents = [n for n in inner if 2 <= len(mind_map.children(n)) <= 14 and
                   all(not mind_map.children(c) for c in mind_map.children(n))]
        parent = rng.choice(parents)
        kids = mind_map.children(parent)
        deletes = [n for n in inner if 10 <= size(n) <= 60] or [parent]
        folds = [n for n in inner if 50 <= size(n) <= 400] or [parent]
        out.append({"parent": parent, "leaf": kids[0], "move": kids[1], "target": kids[0],
                    "delete": rng.choice(deletes), "fold": rng.choice(folds)})
    return out


def bench_size(app: QApplication, count: int, rounds: int) -> dict[str, list[float]]:
    t0 = time.perf_counter()
    mind_map = workshop_map(count, branch=min(1000, count // 10))
    made = time.perf_counter()
    window = shown_window(app)
    editor = window.add_document(Document(mind_map))
    settle(app)                     # the map is fitted once shown: edit at 1:1 after that
    editor.view.set_zoom(1.0)
    settle(app)
    all_made(app, editor)           # edits are timed on the map once all its items are made
    opened = time.perf_counter()
    print(f"\n{count} ideas: map made in {made - t0:.1f} s, opened in {opened - made:.1f} s; "
          f"zoom {editor.view.zoom():.2f}, animate {'on' if editor.scene.animate else 'off'}")
    samples: dict[str, list[float]] = {}
    for nodes in pick_rounds(mind_map, rounds):
        Round(app, editor, samples).run(nodes)
    print(f"{'edit':<18}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  (n)")
    worst = 0.0
    for base in EDITS:
        for name in (base, f"undo {base}", f"redo {base}"):
            values = samples.get(name, [])
            if values:
                worst = max(worst, p95(values))
                print(f"{name:<18}{med(values):9.1f}{p95(values):9.1f}{max(values):9.1f}"
                      f"  ({len(values)})")
    print(f"worst p95: {worst:.1f} ms")
    close_window(app, window)
    return samples


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000,100000",
                        help="map sizes, comma-separated (default 1000,20000,100000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of edits per size")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["interaction_bench"])
    print(f"platform {app.platformName()}, window 1280x800, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for count in (int(s) for s in args.sizes.split(",")):
        bench_size(app, count, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
