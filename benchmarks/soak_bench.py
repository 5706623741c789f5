"""Does a long workshop day stay light? Run:
``python benchmarks/soak_bench.py [--scale F] [--only KIND ...]``.

Drives the real main window (``QT_QPA_PLATFORM=offscreen`` unless set otherwise) through the
things a facilitator repeats all day, each many times in a row, and after every round lets Qt
run its deferred deletes and Python its garbage collector, as the event loop would:

* ``national``: open the 37-idea national map in a tab, close the tab (Ctrl+W);
* ``big``: the same with a generated 5,000-idea map;
* ``present``: F5 on an open map, then Esc;
* ``export``: File > Export... (the dialog draws its preview), then Esc;
* ``edits``: 1,000 edits a round on an open map (Ctrl+Down moves a node, Ctrl+Z takes it
  back), 10,000 in all; autosave (every second here) writes the map meanwhile.

For each kind it prints the resident memory grown per round after the warm-up rounds
(``MB/cycle``; glibc's free memory is given back with ``malloc_trim`` before each reading, so
the figure is what stays allocated), and before and after the measured rounds: the live
editors, scenes, views, presentations and dialogs (Python wrappers still reachable), top-level
windows, threads, open file descriptors and child processes. Target: under 0.05 MB a round
after warm-up; threads, descriptors and children flat.

Recovery files, backups and settings go to temporary folders.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="mindmap-soak-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ["MINDMAP_DATA_DIR"] = str(_TMP / "data")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from io_bench import bushy_map  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.io.yaml_format import save_map  # noqa: E402
from mindmap_app.safety.autosave import INTERVAL_KEY  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ROOT / "sample_maps" / "national.yaml"
K = Qt.Key
M = Qt.KeyboardModifier

try:
    _LIBC = ctypes.CDLL("libc.so.6")
except OSError:  # not glibc: readings include memory freed but not given back
    _LIBC = None


def rss_mb() -> float:
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def children() -> int:
    me = str(os.getpid())
    count = 0
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        if stat.rsplit(")", 1)[-1].split()[1] == me:
            count += 1
    return count


def settle(app: QApplication) -> None:
    """What the event loop does between two user actions: posted events, deferred deletes,
    then a garbage collection."""
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


LIVE_KINDS = ("MapEditor", "MapScene", "MapView", "Presentation", "ExportDialog", "Document",
              "NodeItem")


def live_objects() -> dict[str, int]:
    counts = dict.fromkeys(LIVE_KINDS, 0)
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in counts:
            counts[name] += 1
    return counts


def snapshot(app: QApplication) -> dict[str, object]:
    live = live_objects()
    return {"rss": rss_mb(), "threads": threads(), "fds": open_fds(), "children": children(),
            "windows": sum(1 for w in app.topLevelWidgets() if not w.isHidden()),
            "toplevels": len(app.topLevelWidgets()), "widgets": len(app.allWidgets()), **live}


class Soak:
    def __init__(self, scale: float) -> None:
        from mindmap_app.app.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.scale = scale
        self.maps = _TMP / "maps"
        self.maps.mkdir(parents=True)
        shutil.copy(NATIONAL, self.maps / "national.yaml")
        save_map(bushy_map(5000), self.maps / "big.yaml")
        # autosave every second, so that autosaves (and their child process) run all along
        QSettings("mindmap-app", "mindmap-app").setValue(INTERVAL_KEY, 1.0)
        self.window = MainWindow()
        self.window.ask_save = lambda document: "discard"
        self.window.resize(1280, 800)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        # a map stays open all along (as the workshop overview would)
        self.home = self.window.open_path(self.maps / "national.yaml")
        settle(self.app)

    def rounds(self, n: int) -> int:
        return max(1, round(n * self.scale))

    # ------------------------------------------------------------------ cycles
    def open_close(self, name: str) -> None:
        self.window.open_path(self.maps / name)
        self.app.processEvents()
        QTest.keyClick(self.window.editor().view, K.Key_W, M.ControlModifier)

    def cycle_national(self) -> None:
        # a second copy of the file: the one open in the home tab would only be switched to
        path = self.maps / "national-2.yaml"
        if not path.exists():
            shutil.copy(NATIONAL, path)
        self.open_close(path.name)

    def cycle_big(self) -> None:
        self.open_close("big.yaml")

    def activate(self) -> None:
        self.window.tabs.setCurrentWidget(self.home)
        self.window.activateWindow()
        self.home.view.setFocus()
        self.app.processEvents()

    def cycle_present(self) -> None:
        from mindmap_app.app.presentation import Presentation

        self.activate()
        QTest.keyClick(self.home.view, K.Key_F5)
        self.app.processEvents()
        presentation = self.home.findChild(Presentation)
        if presentation is None or not presentation.active:
            raise SystemExit("soak_bench: F5 did not start a presentation")
        QTest.keyClick(presentation, K.Key_PageDown)
        QTest.keyClick(presentation, K.Key_Escape)
        if presentation.active:
            raise SystemExit("soak_bench: Esc did not end the presentation")

    def cycle_export(self) -> None:
        self.activate()
        seen = []

        def close_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(5, close_dialog)
                return
            seen.append(type(dialog).__name__)
            QTest.keyClick(dialog, K.Key_Escape)

        QTimer.singleShot(0, close_dialog)
        QTest.keyClick(self.home.view, K.Key_E, M.ControlModifier)
        if seen != ["ExportDialog"]:
            raise SystemExit(f"soak_bench: Ctrl+E showed {seen}, not the export dialog")

    def cycle_edits(self, edits: int = 1000) -> None:
        editor = self.home
        self.activate()
        editor.select("t1")
        stack = editor.document.undo_stack
        # the map stays modified during the round (one edit kept until the end), so that
        # autosave writes it every second, through its child process
        QTest.keyClick(editor.view, K.Key_Down, M.ControlModifier)
        editor.select("t2")
        for i in range(edits - 1):   # an edit and its undo
            QTest.keyClick(editor.view, K.Key_Down, M.ControlModifier)
            QTest.keyClick(editor.view, K.Key_Z, M.ControlModifier)
            if i % 50 == 0:
                self.app.processEvents()   # the event loop turns: autosave's timer and slices
        QTest.keyClick(editor.view, K.Key_Z, M.ControlModifier)
        if stack.index() != 0 or stack.count() != 2:
            raise SystemExit("soak_bench: the edits were not made and undone")

    # ------------------------------------------------------------------ measure
    def run(self, kind: str, warmup: int, rounds: int) -> dict[str, object]:
        cycle = getattr(self, f"cycle_{kind}")
        for _ in range(warmup):
            cycle()
            settle(self.app)
        before = snapshot(self.app)
        start = time.perf_counter()
        for _ in range(rounds):
            cycle()
            settle(self.app)
        seconds = time.perf_counter() - start
        after = snapshot(self.app)
        return {"kind": kind, "rounds": rounds, "seconds": seconds, "before": before,
                "after": after,
                "mb_per_cycle": (after["rss"] - before["rss"]) / rounds}


PLAN = {  # kind: (warm-up rounds, measured rounds)
    "national": (20, 200),
    "big": (4, 10),
    "present": (10, 100),
    "export": (5, 40),
    "edits": (2, 8),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the number of measured rounds (default 1)")
    parser.add_argument("--only", nargs="*", choices=list(PLAN), default=list(PLAN))
    args = parser.parse_args()
    soak = Soak(args.scale)
    start = snapshot(soak.app)
    print(f"soak_bench: Python {sys.version.split()[0]}, start RSS {start['rss']:.1f} MB, "
          f"threads {start['threads']}, fds {start['fds']}, children {start['children']}")
    print(f"{'kind':<9} {'rounds':>6} {'s/round':>8} {'MB/cycle':>9}  "
          f"{'RSS MB':>13}  {'editors':>7} {'scenes':>7} {'views':>7} {'present':>7} "
          f"{'dialogs':>7} {'windows':>7} {'threads':>7} {'fds':>7} {'child':>5}")
    for kind in args.only:
        warmup, rounds = PLAN[kind]
        result = soak.run(kind, warmup, soak.rounds(rounds))
        b, a = result["before"], result["after"]

        def pair(key: str, b=b, a=a) -> str:
            return f"{b[key]}>{a[key]}"

        print(f"{kind:<9} {result['rounds']:>6} {result['seconds'] / result['rounds']:>8.3f} "
              f"{result['mb_per_cycle']:>9.3f}  {b['rss']:>6.1f}>{a['rss']:<6.1f}  "
              f"{pair('MapEditor'):>7} {pair('MapScene'):>7} {pair('MapView'):>7} "
              f"{pair('Presentation'):>7} {pair('ExportDialog'):>7} {pair('toplevels'):>7} "
              f"{pair('threads'):>7} {pair('fds'):>7} {pair('children'):>5}", flush=True)
    end = snapshot(soak.app)
    print(f"end: RSS {end['rss']:.1f} MB, open tabs {soak.window.tabs.count()}, live "
          + ", ".join(f"{k} {end[k]}" for k in LIVE_KINDS)
          + f", top-level widgets {end['toplevels']}, widgets {end['widgets']}")
    soak.window.safety.shutdown()
    soak.window.close()
    shutil.rmtree(_TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
