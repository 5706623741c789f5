"""Open a big map in the window: from ``open_path`` to the end of the first paint.

Run: ``python benchmarks/open_bench.py [--sizes 20000] [--runs 3] [--with-100k]``.

Issue 12's targets: a 20,000-idea map drawn in under 1.2 s, a 100,000-idea map in under 5 s;
peak memory of the window on 20,000 ideas no more than 250 MB.

Each size runs in a fresh process of its own (so its peak memory is its own): the map is
``canvas_bench.workshop_map`` (8 main branches 5-7 levels deep, notes, tags, votes, a few
hand-placed ideas, floating trees, cross-links; nothing folded), saved as YAML. A real
``MainWindow`` (1280x800, ``QT_QPA_PLATFORM=offscreen`` unless set otherwise) is shown, then
``canvas_bench.open_once`` times ``MainWindow.open_path(path)`` until the map view's viewport
has finished its first paint, broken down into phases:

* ``load``: reading the file (``load_map``: YAML, checks, the model);
* ``scene``: ``MapScene.rebuild``: ``items`` (node boxes measured, their looks, edges),
  ``links``, ``relayout`` (of which ``layout``: the layout algorithm; the rest places the items
  and draws the edges);
* ``view``: the rest of ``open_path`` (tab, view, panels, fit, selection; on a big map
  opened at 100 %, the items in view and a screen around them are made here);
* ``paint``: from ``open_path`` returning to the end of the first paint;
* ``every item made``: a big map's other items are made in idle time after the first paint
  (``canvas.deferred_items``; the window answers between chunks): when the last one was.

A big map's ``scene`` is then the looks and measurements of every box and the layout
(``items`` and ``relayout`` stay empty: those are timed for a scene built in full).

The first open of a process (cold font and style caches) is the one whose peak memory is
reported: ``peak RSS`` is the process's resident high-water mark (``VmHWM``) right after it,
everything included (Python, Qt, the window, the map, its items; the map is generated in a
process of its own and kept in ``--folder``). The medians are over
``--runs`` further opens of the same file, each in a fresh window. ``cpu`` is the process CPU
time over the same span (compare that when the machine is busy). 100,000 ideas take minutes
(the map is generated first): only with ``--with-100k`` (or ``--sizes``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PHASES = ("total", "cpu", "load", "scene", "items", "links", "relayout", "compute_layout",
          "view", "paint")


def peak_rss_mb() -> float:
    """The process's resident high-water mark (VmHWM), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(size: int, runs: int, folder: Path, make: bool) -> None:
    """In a fresh process: make the map of ``size`` ideas (``make``, a process of its own, so
    that its memory is not counted), or open it 1 + ``runs`` times and print JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")
    os.environ.setdefault("MINDMAP_DATA_DIR", tempfile.mkdtemp(prefix="mindmap-bench-data-"))
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE))
    import canvas_bench as cb
    from PySide6.QtWidgets import QApplication

    from mindmap_app.io.yaml_format import save_map

    path = folder / f"open-{size}.yaml"
    if make:
        if not path.exists():
            started = time.perf_counter()
            save_map(cb.workshop_map(size, branch=min(cb.BRANCH, size // 10)), path)
            print(f"  (map of {size} ideas made in {time.perf_counter() - started:.1f} s)")
        return
    app = QApplication.instance() or QApplication([])
    before = peak_rss_mb()
    figures, window = cb.open_once(app, path)
    peak = peak_rss_mb()
    cb.close_window(app, window)
    warm = []
    for _ in range(runs):
        more, window = cb.open_once(app, path)
        warm.append(more)
        cb.close_window(app, window)
    print(json.dumps({"cold": figures, "warm": warm, "peak": peak, "before": before,
                      "load_avg": os.getloadavg()[0]}))


def report(size: int, result: dict) -> None:
    warm = result["warm"] or [result["cold"]]

    def m(key: str) -> float:
        return statistics.median(r[key] for r in warm)

    cold = result["cold"]
    print(f"{size:,} ideas: open to first paint {m('total'):.0f} ms (median of {len(warm)}; "
          f"cpu {m('cpu'):.0f}; load average {result['load_avg']:.1f})")
    print(f"  every item made (a big map's, in idle time after the first paint) at "
          f"{m('filled'):.0f} ms; {m('made_first'):.0f} of {size:,} made for the first paint")
    print(f"  load {m('load'):.0f} + scene {m('scene'):.0f} (items {m('items'):.0f}, links "
          f"{m('links'):.0f}, relayout {m('relayout'):.0f} of which layout "
          f"{m('compute_layout'):.0f}) + view {m('view'):.0f} + paint {m('paint'):.0f} ms")
    print(f"  first open in the process (cold): {cold['total']:.0f} ms (load {cold['load']:.0f},"
          f" scene {cold['scene']:.0f}, view {cold['view']:.0f}, paint {cold['paint']:.0f})")
    print(f"  peak RSS after the first open {result['peak']:.0f} MB (window shown, no map: "
          f"{result['before']:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="20000", help="map sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="warm opens per size (median)")
    parser.add_argument("--with-100k", action="store_true", help="add 100,000 ideas")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--make", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help="where the generated maps are kept (default: temp)")
    args = parser.parse_args()
    folder = Path(args.folder or Path(tempfile.gettempdir()) / "mindmap-open-bench")
    folder.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child, args.runs, folder, args.make)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_100k and 100_000 not in sizes:
        sizes.append(100_000)
    print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for size in sizes:
        command = [sys.executable, __file__, "--child", str(size), "--runs", str(args.runs),
                   "--folder", str(folder)]
        for step in (["--make"], []):
            out = subprocess.run(command + step, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                sys.exit(f"{size} ideas: the benchmark process failed:\n{out.stderr[-2000:]}")
            if step:
                print(out.stdout, end="")
        report(size, json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
