"""Zoom and scroll on a big map: how long one frame takes at every zoom.

Run: ``python benchmarks/zoom_bench.py [--sizes 20000,100000] [--frames 15]``.

The real window (``MainWindow`` 1600x1000, ``QT_QPA_PLATFORM=offscreen`` unless set) opens a
generated map (``canvas_bench.workshop_map``, saved as YAML). At each zoom from the fitted
map up to 100 % the view is zoomed there (one ``set_zoom``, as a Ctrl+wheel step does) and
then scrolled by a fifth of the viewport ``--frames`` times; a *frame* is the scroll plus
``viewport().repaint()`` (the whole paint, done now). Printed: median and p95 ms per frame
at each zoom, whether the overview (stand-ins and labels, see ``canvas/overview.py``) drew
it, and the zoom step itself (switching the overview on or off included). 60 frames a
second is 16.7 ms.

``--no-overview`` keeps the items drawing themselves at every zoom (the app before the
overview; the view still floors the zoom at 5 % then, as before), for a before/after.
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

from canvas_bench import window_on, workshop_map  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.canvas import overview as overview_module  # noqa: E402
from mindmap_app.io.yaml_format import save_map  # noqa: E402

ZOOMS = (None, 0.01, 0.03, 0.05, 0.1, 0.19, 0.25, 0.5, 1.0)     # None: fitted


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench(app: QApplication, size: int, frames: int, folder: Path,
          zooms: tuple = ZOOMS) -> None:
    path = folder / f"map{size}.yaml"
    if not path.exists():
        save_map(workshop_map(size, branch=min(1000, size // 10)), path)
    window, editor = window_on(app, path)
    view = editor.view
    print(f"{size} ideas, viewport {view.viewport().width()}x{view.viewport().height()}")
    for zoom in zooms:
        start = time.perf_counter()
        if zoom is None:
            view.fit_map()
        else:
            view.set_zoom(zoom)
        view.viewport().repaint()
        step = (time.perf_counter() - start) * 1000
        if zoom is not None and abs(view.zoom() - zoom) > 1e-9:
            print(f"  zoom {zoom:<6}: not reachable (floor {view.zoom():.4f})")
            continue
        bar = view.verticalScrollBar()
        times = []
        for i in range(frames):
            start = time.perf_counter()
            bar.setValue(bar.value() + (1 if i % 8 < 4 else -1) * view.viewport().height() // 5)
            view.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        label = f"fit ({view.zoom():.4f})" if zoom is None else f"{zoom:<6}"
        drawn = "overview" if view.overview.active else "items"
        print(f"  zoom {label:<15} frame p50 {statistics.median(times):6.1f} ms, "
              f"p95 {p95(times):6.1f} ms ({drawn}); zoom step {step:6.1f} ms")
    window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000", help="comma-separated idea counts")
    parser.add_argument("--frames", type=int, default=15, help="scroll frames per zoom")
    parser.add_argument("--zooms", default="",
                        help="comma-separated zooms to measure (fit: 0; default: all)")
    parser.add_argument("--no-overview", action="store_true",
                        help="items draw themselves at every zoom (before the overview)")
    args = parser.parse_args(argv)
    if args.no_overview:
        overview_module.OVERVIEW_ZOOM = 0.0
        import mindmap_app.canvas.map_view as map_view
        map_view.MapView.min_zoom = lambda self: map_view.MIN_ZOOM
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            zooms = tuple(float(z) or None for z in args.zooms.split(",")) if args.zooms \
                else ZOOMS
            bench(app, size, args.frames, Path(folder), zooms)
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
