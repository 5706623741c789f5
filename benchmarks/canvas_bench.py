"""How fast is the canvas? Run: ``python benchmarks/canvas_bench.py [--runs N] [--profile]``.

Issue 3's targets: open a 10,000-node map to first paint in under 1 s, and drag a 1,000-node
branch at under 16 ms a frame. Everything runs in this one process, in the real window
(``MainWindow`` 1280x800, ``QT_QPA_PLATFORM=offscreen`` unless set otherwise), through the
calls a user's actions make. The map is generated (``workshop_map``: 10,000 nodes, 5-7 levels,
texts of 2-12 words, notes, tags, votes, a few hand-placed nodes, floating trees and links;
nothing folded), saved with ``save_map`` to a temporary file and opened from there.

Every time is wall-clock; the headline figures also give the process CPU time over the same
span, which is what to compare when the machine is busy with other work (the first and last
lines give the load average, and the run's total wall against CPU time).

What is measured
----------------
* **open**: from calling ``MainWindow.open_path(path)`` (window already shown) until the map
  view's viewport has finished its first paint (a map whose text would be unreadable fitted
  opens at 100 % centred on the root, as this 10,000-node one does). Each run uses a fresh
  window in this process; the first run (cold font and style caches) is printed on its own,
  the median is over the runs after it. Broken down into ``load`` (``load_map``), ``scene``
  (``MapScene.rebuild``: items, their looks, the links and the layout), ``view`` (the rest of
  ``open_path``: view, tab, fit, selection) and ``paint`` (``open_path`` returning until the
  first paint is done; the paint event alone, which includes Qt building the scene's BSP
  index, is shown too).
* **drag**: the 1,000-node main branch ``drag`` is pressed at its root's centre with
  ``QTest.mousePress`` on the viewport and moved with ``QTest.mouseMove``: one move past the
  drag threshold (which sets the drag up; printed on its own), then 60 moves. A *frame* is:
  sending the move (the scene moves the branch's items and edges and finds the drop target)
  **plus** ``QApplication.processEvents()`` until the viewport has received and finished one
  paint event (Qt's scene-change notice, BSP re-index and the paint of the changed area).
  Done at 1:1 zoom centred on the branch root (the branch fills the view and goes on beyond
  it; dropped on empty space: a manual position), and zoomed out to 5 % (``MIN_ZOOM``, where
  fit stopped before the view learnt to zoom further out to fit a whole map; dropped onto a
  node of another branch: a re-parent). ``drop`` is the release: model edit, undo command,
  scene update and relayout (synchronous), then until painted, then until the glide (if
  "Animate Changes" is on) is done; each drop is undone.
* **edits**: single edits through ``MapEditor`` on the 10,000-node map at 1:1 zoom: the editor
  call (model edit, undo command, scene update, relayout, selection), until the next paint is
  done, and with "Animate Changes" on until the glide has ended (its frames counted and
  timed). Each edit is undone, so every round starts from the same map.

Timing wrappers are put around a few scene functions (``load_map``, ``MapScene._sync_visible``,
``_refresh_looks``, ``_sync_links``, ``relayout``, ``_update_edges``, ``compute_layout``) to
break the totals down; they cost microseconds. ``--profile`` adds cProfile tables (top
functions by cumulative time) for one open, the 60 drag frames and the drops at each zoom, and
a round of single edits with animation off and on.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# MainWindow keeps geometry and recent files in QSettings: send them to a throw-away folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import argparse  # noqa: E402
import cProfile  # noqa: E402
import itertools  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

from io_bench import TAGS, WORDS  # noqa: E402  (one word list for every benchmark)
from PySide6.QtCore import QEvent, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import mindmap_app.app.document as document_module  # noqa: E402
from mindmap_app.app.main_window import MainWindow  # noqa: E402
from mindmap_app.canvas.map_scene import MapScene  # noqa: E402
from mindmap_app.canvas.map_view import MIN_ZOOM  # noqa: E402
from mindmap_app.io.yaml_format import load_map, save_map  # noqa: E402
from mindmap_app.layout.relative_layout import RelativeLayout  # noqa: E402
from mindmap_app.model import MindMap  # noqa: E402
from mindmap_app.model.mind_map import LINK, TREE  # noqa: E402

NODES = 10_000
BRANCH = 1_000
MOVES = 60
PAINT_TIMEOUT = 5.0
FILL_TIMEOUT = 300.0      # a big map's last items, made in idle time after the first paint
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier

# ------------------------------------------------------------------------------ the map
def sentence(rng: random.Random, low: int = 2, high: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def workshop_map(count: int = NODES, branch: int = BRANCH, seed: int = 3) -> MindMap:
    """A bushy map of exactly ``count`` nodes, nothing folded.

    The root has 8 main branches; the first (id ``drag``) has exactly ``branch`` nodes. Each
    main branch is 4-6 levels deep (so the map is 5-7 levels deep), with uneven fan-outs and
    some leaves early. 12 % of nodes have a note, 18 % tags, 10 % votes; 0.5 % (none in the
    ``drag`` branch) were placed by hand; 3 small floating trees and ``count // 250``
    cross-links.
    """
    rng = random.Random(seed)
    mind_map = MindMap("Big Society workshop", "Big Society", root_id="root")
    g = mind_map.graph
    ids = itertools.count(1)
    no_pos: set[str] = set()

    def add(parent: str | None, order: int, node: str | None = None) -> str:
        node = node or f"n{next(ids)}"
        attrs = {"text": sentence(rng)}
        if rng.random() < 0.12:
            attrs["note"] = "\n".join(sentence(rng, 6, 18) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.18:
            attrs["tags"] = tuple(rng.sample(TAGS, rng.randint(1, 2)))
        if rng.random() < 0.10:
            attrs["votes"] = rng.randint(1, 9)
        g.add_node(node, **attrs)
        if parent is not None:
            g.add_edge(parent, node, TREE, order=order)
        return node

    def grow(top: str, budget: int, levels: int) -> None:
        """Make ``budget`` descendants of ``top`` within ``levels`` levels below it."""
        if budget <= 0:
            return
        if levels <= 1:
            for i in range(budget):
                add(top, i)
            return
        fan = round(budget ** (1.0 / levels) * rng.uniform(0.8, 1.5))
        fan = min(budget, max(2, min(fan, 14)))
        kids = [add(top, i) for i in range(fan)]
        weights = [0.0 if rng.random() < 0.2 else rng.uniform(0.4, 1.6) for _ in kids]
        if not any(weights):
            weights[0] = 1.0
        rest = budget - fan
        total = sum(weights)
        shares = [int(rest * w / total) for w in weights]
        shares[weights.index(max(weights))] += rest - sum(shares)
        for kid, share in zip(kids, shares, strict=True):
            grow(kid, share, levels - 1)

    floating = [(f"park{i}", 4) for i in range(3)]
    mains = 8
    rest = count - 1 - branch - sum(size for _, size in floating)
    sizes = [branch] + [rest // (mains - 1)] * (mains - 1)
    sizes[-1] += rest - sum(sizes[1:])
    for i, size in enumerate(sizes):
        top = add("root", i, "drag" if i == 0 else None)
        grow(top, size - 1, 5 if i == 0 else rng.choice((4, 5, 6)))
        if i == 0:
            no_pos.update(mind_map.subtree(top))
    for name, size in floating:
        add(None, 0, name)
        g.graph["floating"].append(name)
        grow(name, size - 1, 1)
    nodes = [n for n in g.nodes if n != "root"]
    for node in rng.sample([n for n in nodes if n not in no_pos and n not in dict(floating)],
                           count // 200):
        g.nodes[node]["pos"] = (round(rng.uniform(-600, 600), 1), round(rng.uniform(-400, 400), 1))
    for _ in range(count // 250):
        a, b = rng.sample(nodes, 2)
        if not g.has_edge(a, b, LINK):
            g.add_edge(a, b, LINK, **({"label": sentence(rng, 1, 3)} if rng.random() < 0.5
                                      else {}))
    assert len(mind_map) == count, len(mind_map)
    assert len(mind_map.subtree("drag")) == branch
    return mind_map


# --------------------------------------------------------------------------- helpers
class PaintWatch(QObject):
    """Counts the viewport's paint events and times each (the filter paints it itself)."""

    def __init__(self, view) -> None:  # noqa: ANN001
        super().__init__()
        self.view = view
        self.count = 0
        self.last_ms = 0.0
        self.done_at = 0.0
        self.cpu_done_at = 0.0
        self.ends: list[float] = []          # end time of every paint, in order
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            start = time.perf_counter()
            self.view.viewportEvent(event)      # QGraphicsView.paintEvent, right now
            self.done_at = time.perf_counter()
            self.cpu_done_at = time.process_time()
            self.last_ms = (self.done_at - start) * 1000
            self.ends.append(self.done_at)
            self.count += 1
            return True
        return False

    def wait(self, seen: int) -> float:
        """Process events until a paint after the ``seen``-th is done; its end time."""
        app = QApplication.instance()
        limit = time.perf_counter() + PAINT_TIMEOUT
        while self.count <= seen:
            app.processEvents()
            if time.perf_counter() > limit:
                raise RuntimeError("the viewport was not repainted")
        return self.done_at

    def remove(self) -> None:
        self.view.viewport().removeEventFilter(self)


class Timers:
    """Wraps functions to add up the time spent in them (while installed)."""

    def __init__(self) -> None:
        self.total: dict[str, float] = {}
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.total[label] = self.total.get(label, 0.0) + time.perf_counter() - start

        setattr(owner, name, timed)
        self._undo.append(lambda: setattr(owner, name, original))

    def ms(self, label: str) -> float:
        return self.total.get(label, 0.0) * 1000

    def remove(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def all_made(app: QApplication, editor) -> None:  # noqa: ANN001
    """Wait until a big map's last items are made (in idle time after the first paint, see
    ``canvas.deferred_items``): what is timed next is timed on the map as it then stands."""
    limit = time.perf_counter() + FILL_TIMEOUT
    while editor.scene.pending and time.perf_counter() < limit:
        app.processEvents()


def gliding(editor) -> bool:  # noqa: ANN001
    """True while nodes glide to new places after an edit ("Animate Changes")."""
    glide = getattr(editor.scene, "glide", None)
    return bool(glide is not None and glide.running)


def wait_glide(app: QApplication, editor, watch: PaintWatch) -> tuple[float, list[float]]:  # noqa: ANN001
    """Process events until any glide has ended (and been painted, when it needs a paint).

    Returns when that was and the intervals (ms) between the paints from the first paint
    after the edit until then (the glide's frame times); without a glide (done_at, []).
    """
    first = watch.count - 1
    if not gliding(editor):
        return watch.done_at, []
    limit = time.perf_counter() + PAINT_TIMEOUT
    while gliding(editor):
        app.processEvents()
        if time.perf_counter() > limit:
            raise RuntimeError("the glide did not end")
    ended = time.perf_counter()
    seen = watch.count
    settle(app)                 # the last step's repaint, if anything in view moved
    end = watch.done_at if watch.count > seen else ended
    ends = watch.ends[first:]
    return end, [(b - a) * 1000 for a, b in zip(ends, ends[1:], strict=False)]


def idle(app: QApplication, editor, watch: PaintWatch | None = None) -> None:  # noqa: ANN001
    """Let a running glide end, then process what is pending."""
    limit = time.perf_counter() + PAINT_TIMEOUT
    while gliding(editor) and time.perf_counter() < limit:
        app.processEvents()
    settle(app)


def shown_window(app: QApplication) -> MainWindow:
    window = MainWindow()
    window.ask_save = lambda document: "discard"
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle(app)
    return window


def window_on(app: QApplication, path: Path, size: tuple[int, int] = (1600, 1000)):  # noqa: ANN201
    """A shown window of ``size`` with the map at ``path`` open and all its items made:
    (window, editor)."""
    window = shown_window(app)
    window.resize(*size)
    editor = window.open_path(path)
    for _ in range(5):
        app.processEvents()
    all_made(app, editor)
    return window, editor


def close_window(app: QApplication, window: MainWindow) -> None:
    """Close the window and free it as the app frees a closed tab (``lifetime.drain``: Qt's
    deferred deletes, then a full collection; the next open need not collect again)."""
    from mindmap_app.app.lifetime import drain

    window.close()
    window.deleteLater()
    settle(app)
    drain()


def med(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# ------------------------------------------------------------------------------ open
def open_once(app: QApplication, path: Path) -> tuple[dict[str, float], MainWindow]:
    window = shown_window(app)
    timers = Timers()
    timers.wrap(document_module, "load_map_keeping_later", "load")   # YAML
    timers.wrap(document_module, "read_map", "load")                 # the other formats
    timers.wrap(MapScene, "rebuild", "scene")
    timers.wrap(MapScene, "_sync_visible", "items")
    timers.wrap(MapScene, "_refresh_looks", "looks")
    timers.wrap(MapScene, "_sync_links", "links")
    timers.wrap(MapScene, "relayout", "relayout")
    timers.wrap(RelativeLayout, "layout", "compute_layout")
    try:
        start, cpu_start = time.perf_counter(), time.process_time()
        editor = window.open_path(path)
        returned = time.perf_counter()
    finally:
        timers.remove()
    watch = PaintWatch(editor.view)
    end = watch.wait(0)
    watch.remove()
    in_view = nodes_in_view(editor)
    made_first = len(editor.scene._items)
    all_made(app, editor)   # a big map's items out of view are made after the first paint
    filled = (time.perf_counter() - start) * 1000
    total = (end - start) * 1000
    load, scene = timers.ms("load"), timers.ms("scene")
    figures = {
        "in_view": in_view, "zoom": editor.view.zoom(), "total": total,
        "made_first": made_first, "filled": filled,
        "cpu": (watch.cpu_done_at - cpu_start) * 1000,
        "load": load, "scene": scene,
        "view": (returned - start) * 1000 - load - scene,
        "paint": (end - returned) * 1000, "paint_event": watch.last_ms,
        "items": timers.ms("items"), "looks": timers.ms("looks"), "links": timers.ms("links"),
        "relayout": timers.ms("relayout"), "compute_layout": timers.ms("compute_layout"),
    }
    return figures, window


def bench_open(app: QApplication, path: Path, runs: int) -> None:
    results = []
    for _ in range(runs + 1):
        figures, window = open_once(app, path)
        results.append(figures)
        close_window(app, window)
    cold, warm = results[0], results[1:]

    def m(key: str) -> float:
        return med([r[key] for r in warm])

    print(f"open {NODES} nodes to first paint: {m('total'):.1f} ms (median of {runs}; "
          f"load {m('load'):.1f}, scene {m('scene'):.1f}, view {m('view'):.1f}, "
          f"paint {m('paint'):.1f}; process CPU time {m('cpu'):.1f})")
    print(f"  scene = items {m('items'):.1f} + looks {m('looks'):.1f} + links {m('links'):.1f}"
          f" + relayout {m('relayout'):.1f} (of which compute_layout "
          f"{m('compute_layout'):.1f}); paint event alone {m('paint_event'):.1f} ms")
    print(f"  shown on open: zoom {m('zoom'):.2f}, {m('in_view'):.0f} nodes in view")
    print(f"  first open in this process (cold caches): {cold['total']:.1f} ms (load "
          f"{cold['load']:.1f}, scene {cold['scene']:.1f}, view {cold['view']:.1f}, "
          f"paint {cold['paint']:.1f})")


# ------------------------------------------------------------------------------ drag
def node_point(editor, node: str) -> QPoint:  # noqa: ANN001
    return editor.view.mapFromScene(editor.scene.items_by_id[node].pos())


def drag_once(app: QApplication, editor, step: QPoint, target: str | None = None,  # noqa: ANN001
              profile: cProfile.Profile | None = None,
              drop_profile: cProfile.Profile | None = None) -> dict:
    """Press on the ``drag`` branch root, 1 threshold move + MOVES moves, release, undo."""
    viewport = editor.view.viewport()
    watch = PaintWatch(editor.view)
    idle(app, editor)
    start = node_point(editor, "drag")
    QTest.mousePress(viewport, LEFT, NO_MODS, start)
    settle(app)                             # the press selects the branch root: repainted
    # the move past the drag threshold prepares the drag (members, origins, opacity)
    point = start + QPoint(12, 8)
    seen = watch.count
    t0 = time.perf_counter()
    QTest.mouseMove(viewport, point)
    threshold_ms = (watch.wait(seen) - t0) * 1000
    assert editor.scene.drag.dragging, "the drag did not start"
    end = node_point(editor, target) if target else point + step * MOVES
    frames, handle, paint, cpu = [], [], [], []
    if profile is not None:
        profile.enable()
    for i in range(1, MOVES + 1):
        p = point + (end - point) * (i / MOVES)
        seen = watch.count
        t0, c0 = time.perf_counter(), time.process_time()
        QTest.mouseMove(viewport, p)
        t1 = time.perf_counter()
        done = watch.wait(seen)
        frames.append((done - t0) * 1000)
        cpu.append((watch.cpu_done_at - c0) * 1000)
        handle.append((t1 - t0) * 1000)
        paint.append(watch.last_ms)
    if profile is not None:
        profile.disable()
    hint = editor.scene.drag.hint or "none (free move)"
    before = editor.document.undo_stack.index()
    seen = watch.count
    timers = scene_timers()
    if drop_profile is not None:
        drop_profile.enable()
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        QTest.mouseRelease(viewport, LEFT, NO_MODS, end)
        t1 = time.perf_counter()
    finally:
        timers.remove()
    done = watch.wait(seen)
    drop_cpu = (watch.cpu_done_at - c0) * 1000
    settled, _ = wait_glide(app, editor, watch)
    if drop_profile is not None:
        drop_profile.disable()
    edited = editor.document.undo_stack.index() > before
    t2 = time.perf_counter()
    if edited:
        editor.document.undo_stack.undo()
    undo_ms = (time.perf_counter() - t2) * 1000
    idle(app, editor)
    watch.remove()
    return {"frames": frames, "cpu": cpu, "drop_cpu": drop_cpu, "handle": handle,
            "paint": paint, "threshold": threshold_ms,
            "drop_sync": (t1 - t0) * 1000, "drop_paint": (done - t0) * 1000, "hint": hint,
            "drop_settled": (settled - t0) * 1000,
            "edited": edited, "undo": undo_ms,
            **{f"drop_{k}": timers.ms(k) for k in ("looks", "relayout", "layout", "edges")}}


def report_drag(label: str, runs: list[dict]) -> None:
    frames = [f for r in runs for f in r["frames"]]
    handle = [f for r in runs for f in r["handle"]]
    paint = [f for r in runs for f in r["paint"]]
    cpu = [f for r in runs for f in r["cpu"]]
    print(f"drag {BRANCH}-node branch, {label}: median {med(frames):.1f} ms/frame, "
          f"p95 {p95(frames):.1f} ms ({MOVES} moves x {len(runs)} drags; mouse-move handling "
          f"{med(handle):.1f} + until painted, paint event {med(paint):.1f}; process CPU "
          f"time median {med(cpu):.1f}, p95 {p95(cpu):.1f})")
    print(f"  first move past the threshold (drag set-up + frame): "
          f"{med([r['threshold'] for r in runs]):.1f} ms")
    hints = sorted({r["hint"] for r in runs})
    print(f"  drop ({', '.join(hints)}): release -> model updated -> relayout done "
          f"{med([r['drop_sync'] for r in runs]):.1f} ms, to painted "
          f"{med([r['drop_paint'] for r in runs]):.1f} ms (CPU "
          f"{med([r['drop_cpu'] for r in runs]):.1f}; looks "
          f"{med([r['drop_looks'] for r in runs]):.1f}, relayout "
          f"{med([r['drop_relayout'] for r in runs]):.1f} = layout "
          f"{med([r['drop_layout'] for r in runs]):.1f} + edges "
          f"{med([r['drop_edges'] for r in runs]):.1f} + rest); undo of the drop "
          f"{med([r['undo'] for r in runs]):.1f} ms; glide done "
          f"{med([r['drop_settled'] for r in runs]):.1f} ms")


def nodes_in_view(editor) -> int:  # noqa: ANN001
    view = editor.view
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    # the items made (a big map's are made after the first paint, except those in view)
    return sum(1 for item in editor.scene._items.values()
               if area.intersects(item.box_rect()))


def drop_target(editor) -> str:  # noqa: ANN001
    """The node in view nearest to the ``drag`` root, outside its branch, not the root."""
    view, items = editor.view, editor.scene.items_by_id
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    here = items["drag"].pos()
    branch = set(editor.mind_map.subtree("drag")) | {"root"}
    candidates = [n for n, item in items.items()
                  if n not in branch and area.contains(item.pos())]

    def distance(n: str) -> float:
        d = items[n].pos() - here
        return d.x() ** 2 + d.y() ** 2

    return min(candidates, key=distance)


def zoom_out_on_drag(app: QApplication, editor) -> None:  # noqa: ANN001
    """Zoom 0.05 (``MIN_ZOOM``) centred on the ``drag`` root. Fit no longer stops there: it
    shows the whole 10,000-node map (about 0.002), where a box is under a pixel and a press
    cannot hit the branch root."""
    editor.view.set_zoom(MIN_ZOOM)
    editor.view.centerOn(editor.scene.items_by_id["drag"].pos())
    settle(app)


def bench_drag(app: QApplication, editor, drags: int) -> None:  # noqa: ANN001
    view = editor.view
    # 1:1, centred on the branch root: its branch fills the view
    view.resetTransform()
    view.centerOn(editor.scene.items_by_id["drag"].pos())
    settle(app)
    # 3 px a move towards the central node (into the gap beside the branch), 2 px down
    side = editor.scene.layout_result.sides.get("drag", 1) or 1
    step = QPoint(-3 * side if side in (1, -1) else 0, 2)
    report_drag("1:1 zoom", [drag_once(app, editor, step) for _ in range(drags)])
    zoom_out_on_drag(app, editor)
    target = drop_target(editor)
    report_drag(f"zoomed out (zoom {view.zoom():.2f}, {nodes_in_view(editor)} nodes in "
                "view), dropped onto the nearest node of another branch",
                [drag_once(app, editor, step, target) for _ in range(drags)])
    print("  (a frame = QTest.mouseMove on the viewport + processEvents until the viewport's "
          "next paint event has finished)")


# ----------------------------------------------------------------------------- edits
def pick_nodes(mind_map: MindMap) -> dict[str, str]:
    """Nodes for the single edits, in the big main branches (not the drag branch)."""
    top = mind_map.children("root")[3]
    candidates = [n for n in mind_map.subtree(top) if n != top]

    def size(n: str) -> int:
        return len(mind_map.subtree(n))

    deep = [n for n in candidates if mind_map.depth(n) == 3 and mind_map.children(n)]
    mid = [n for n in candidates if mind_map.depth(n) == 2]
    return {
        "add": deep[len(deep) // 2],
        "delete": max((n for n in deep), key=size),
        "fold": max(mid, key=size),
        "text": deep[0],
    }


def scene_timers() -> Timers:
    """Timers on the scene's update steps (model-change path)."""
    timers = Timers()
    timers.wrap(MapScene, "_sync_visible", "items")
    timers.wrap(MapScene, "_refresh_looks", "looks")
    timers.wrap(MapScene, "relayout", "relayout")
    timers.wrap(RelativeLayout, "layout", "layout")
    timers.wrap(MapScene, "_update_edges", "edges")
    return timers


def timed_edit(app: QApplication, editor, watch: PaintWatch,  # noqa: ANN001
               action: Callable[[], None]) -> dict[str, float]:
    """``action``'s time, until painted, until any glide ended, and the scene's parts (ms)."""
    idle(app, editor)
    timers = scene_timers()
    seen = watch.count
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        action()
        t1 = time.perf_counter()
    finally:
        timers.remove()
    done = watch.wait(seen)
    paint, cpu = watch.last_ms, (watch.cpu_done_at - c0) * 1000
    settled, frames = wait_glide(app, editor, watch)
    out = {"call": (t1 - t0) * 1000, "painted": (done - t0) * 1000, "paint": paint, "cpu": cpu,
           "settled": (settled - t0) * 1000, "glide_frames": len(frames),
           "glide_frame": med(frames) if frames else 0.0,
           "glide_worst": max(frames) if frames else 0.0}
    out.update({k: timers.ms(k) for k in ("items", "looks", "relayout", "layout", "edges")})
    return out


def edit_round(app: QApplication, editor, nodes: dict[str, str]  # noqa: ANN001
               ) -> dict[str, dict[str, float]]:
    watch = PaintWatch(editor.view)
    stack = editor.document.undo_stack
    out = {}
    m = editor.mind_map

    editor.select(nodes["add"])
    settle(app)
    out["add child (Tab: edit, scene, relayout, inline editor)"] = timed_edit(
        app, editor, watch, editor.add_child)
    editor.commit_pending_edit()            # empty text: no second edit
    settle(app)
    out["undo add child"] = timed_edit(app, editor, watch, stack.undo)

    editor.select(nodes["text"])
    settle(app)

    def edit_text() -> None:
        editor.start_edit(nodes["text"])
        editor.editor.text_item.setPlainText(m.text(nodes["text"]) + " and more words")
        editor.editor.commit()

    out["edit text (start, commit)"] = timed_edit(app, editor, watch, edit_text)
    out["undo edit text"] = timed_edit(app, editor, watch, stack.undo)

    editor.select(nodes["delete"])
    settle(app)
    name = f"delete branch ({len(m.subtree(nodes['delete']))} nodes)"
    out[name] = timed_edit(app, editor, watch, editor.delete_subtree)
    out["undo delete"] = timed_edit(app, editor, watch, stack.undo)

    editor.select(nodes["fold"])
    settle(app)
    hidden = len(m.subtree(nodes["fold"])) - 1
    out[f"fold ({hidden} nodes hidden)"] = timed_edit(app, editor, watch, editor.toggle_fold)
    out["unfold"] = timed_edit(app, editor, watch, editor.toggle_fold)
    watch.remove()
    return out


def bench_edits(app: QApplication, editor, runs: int) -> None:  # noqa: ANN001
    nodes = pick_nodes(editor.mind_map)
    before = editor.mind_map.snapshot()
    editor.view.resetTransform()            # 1:1, where people edit; select() scrolls to it
    app_default = bool(getattr(editor.scene, "animate", False))
    modes = [False, True] if hasattr(editor.scene, "glide") else [False]
    print(f"single edits on the {NODES}-node map through MapEditor at 1:1 zoom (median of "
          f"{runs}). "
          "call = the editor method: model edit, undo command, scene update, relayout, "
          "selection; painted = until the next paint has finished; parts of the call: "
          "new/removed items, looks, relayout (= compute_layout + edge paths + the rest: "
          "setPos, set_side, links, scene rect)")
    for animate in modes:
        editor.scene.animate = animate
        rounds = [edit_round(app, editor, nodes) for _ in range(runs)]
        assert editor.mind_map.snapshot() == before, "the edits were not all undone"
        default = " (the app's default)" if animate == app_default else ""
        print(f" animate changes {'on' if animate else 'off'}{default}:")
        for name in rounds[0]:
            def m(key: str, name: str = name, rounds: list = rounds) -> float:
                return med([r[name][key] for r in rounds])

            line = (f"  {name}: {m('call'):.1f} ms, painted {m('painted'):.1f} ms (CPU "
                    f"{m('cpu'):.1f}; items "
                    f"{m('items'):.1f}, looks {m('looks'):.1f}, relayout {m('relayout'):.1f} "
                    f"= layout {m('layout'):.1f} + edges {m('edges'):.1f} + rest; paint "
                    f"{m('paint'):.1f})")
            if animate:
                line += (f"; glide done {m('settled'):.1f} ms ({m('glide_frames'):.0f} "
                         f"frames, median {m('glide_frame'):.1f} ms, worst "
                         f"{m('glide_worst'):.1f})")
            print(line)
    editor.scene.animate = app_default


# --------------------------------------------------------------------------- profile
def print_profile(title: str, profile: cProfile.Profile, top: int = 28) -> None:
    stats = pstats.Stats(profile)
    rows = []
    for (file, line, func), (_cc, calls, own, cum, _callers) in stats.stats.items():
        where = func if file == "~" else f"{Path(file).name}:{line}({func})"
        rows.append((cum, own, calls, where))
    rows.sort(reverse=True)
    print(f"\n--- profile: {title} (top {top} by cumulative ms) ---")
    print(f"{'cum ms':>9} {'own ms':>9} {'calls':>8}  function")
    for cum, own, calls, where in rows[:top]:
        print(f"{cum * 1000:9.1f} {own * 1000:9.1f} {calls:8d}  {where}")


def profile_all(app: QApplication, path: Path) -> None:
    window = shown_window(app)
    profile = cProfile.Profile()
    profile.enable()
    editor = window.open_path(path)
    watch = PaintWatch(editor.view)
    watch.wait(0)
    profile.disable()
    watch.remove()
    print_profile("open 10,000 nodes to first paint", profile)

    editor.view.resetTransform()
    editor.view.centerOn(editor.scene.items_by_id["drag"].pos())
    settle(app)
    side = editor.scene.layout_result.sides.get("drag", 1) or 1
    profile, drop = cProfile.Profile(), cProfile.Profile()
    drag_once(app, editor, QPoint(-3 * side, 2), profile=profile, drop_profile=drop)
    print_profile(f"{MOVES} drag frames at 1:1 (move + until painted)", profile)
    print_profile("drop at 1:1 (free move: release until painted and any glide done)", drop)

    zoom_out_on_drag(app, editor)
    profile, drop = cProfile.Profile(), cProfile.Profile()
    drag_once(app, editor, QPoint(-3 * side, 2), drop_target(editor),
              profile=profile, drop_profile=drop)
    print_profile(f"{MOVES} drag frames, zoomed out (0.05)", profile)
    print_profile("drop onto a node of another branch (re-parent: release until painted and "
                  "any glide done)", drop)

    nodes = pick_nodes(editor.mind_map)
    editor.view.resetTransform()
    app_default = bool(getattr(editor.scene, "animate", False))
    for animate in ([False, True] if hasattr(editor.scene, "glide") else [False]):
        editor.scene.animate = animate
        profile = cProfile.Profile()
        profile.enable()
        edit_round(app, editor, nodes)
        profile.disable()
        print_profile("one round of single edits at 1:1 (add child, undo, edit text, undo, "
                      "delete, undo, fold, unfold; each until painted"
                      + (" and the glide done)" if animate else "; animate changes off)"),
                      profile)
    editor.scene.animate = app_default
    close_window(app, window)


# ------------------------------------------------------------------------------ main
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="opens to median (default 5)")
    parser.add_argument("--drags", type=int, default=2,
                        help=f"drags of {MOVES} moves per zoom (default 2)")
    parser.add_argument("--edit-runs", type=int, default=3,
                        help="rounds of single edits per animation mode (default 3)")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["canvas_bench"])
    started, cpu_started = time.perf_counter(), time.process_time()
    mind_map = workshop_map()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "workshop-10000.yaml"
        save_map(mind_map, path)
        assert load_map(path).same_as(mind_map)
        depths = [mind_map.depth(n) for n in mind_map.nodes()]
        print(f"map: {len(mind_map)} nodes, depth {max(depths)}, "
              f"{sum(1 for n in mind_map.nodes() if mind_map.children(n))} with children, "
              f"{len(mind_map.links())} links, {path.stat().st_size // 1024} KiB; "
              f"drag branch {len(mind_map.subtree('drag'))} nodes; "
              f"platform {app.platformName()}, window 1280x800; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        bench_open(app, path, args.runs)
        _, window = open_once(app, path)
        editor = window.editor()
        bench_drag(app, editor, args.drags)
        bench_edits(app, editor, args.edit_runs)
        close_window(app, window)
        if args.profile:
            profile_all(app, path)
    print(f"\n(total {time.perf_counter() - started:.0f} s wall, "
          f"{time.process_time() - cpu_started:.0f} s process CPU; load average now "
          f"{os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
