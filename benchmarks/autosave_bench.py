"""Does autosave stall the window? Run: ``python benchmarks/autosave_bench.py [NODES] [RUNS]``.

On a generated map (10,000 nodes by default, the same generator as ``io_bench.py``) a 1 ms
QTimer heartbeat runs on the main thread while one autosave is written; the longest gap
between two heartbeats is how long the window could not react (target: no gap over 16 ms, one
frame at 60 Hz). Printed for each way of writing the recovery file, median of RUNS:

* the app's way: the map copied in slices of ~4 ms on the main thread, YAML written by the
  child process (``python -m mindmap_app.safety.worker``);
* the same slices, YAML written by a Python thread (the fallback: the GIL stalls the window);
* the naive way: ``save_map`` on the main thread.
"""

from __future__ import annotations

import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from io_bench import bushy_map  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.document import Document  # noqa: E402
from mindmap_app.io.yaml_format import save_map  # noqa: E402
from mindmap_app.model import operations as ops  # noqa: E402
from mindmap_app.safety.autosave import INTERVAL_KEY, TO_FILE_KEY, Autosaver  # noqa: E402
from mindmap_app.safety.recovery_files import list_entries  # noqa: E402


class Heartbeat:
    """Ticks every millisecond; ``longest_gap`` between two ticks (or the window's ends)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))


def run_loop(until, timeout: float = 120.0) -> None:  # noqa: ANN001
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: (until() or time.monotonic() > deadline) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    if not until():
        raise TimeoutError("autosave did not finish")


def settle(ms: int = 150) -> None:
    """Let the event loop run a little (idle heartbeats between measurements)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def autosave_once(autosaver: Autosaver, document: Document, n: int) -> tuple[float, float]:
    """One autosave of a freshly changed map: (longest gap, total time) in seconds."""
    document.run(ops.set_text(document.mind_map.root, f"Big Society {n}"), "Edit Text")
    done: list[bool] = []
    autosaver.autosaved.connect(lambda _doc: done.append(True))
    settle()
    with Heartbeat() as beat:
        start = time.perf_counter()
        QTimer.singleShot(0, autosaver.autosave_now)
        run_loop(lambda: bool(done))
        total = time.perf_counter() - start
    autosaver.autosaved.disconnect()
    return beat.longest_gap(), total


def naive_once(document: Document, path: Path) -> tuple[float, float]:
    settle()
    done: list[float] = []

    def save() -> None:
        start = time.perf_counter()
        save_map(document.mind_map, path)
        done.append(time.perf_counter() - start)

    with Heartbeat() as beat:
        QTimer.singleShot(0, save)
        run_loop(lambda: bool(done))
    return beat.longest_gap(), done[0]


def report(label: str, results: list[tuple[float, float]], nodes: int, runs: int) -> None:
    gap = statistics.median(r[0] for r in results) * 1000
    total = statistics.median(r[1] for r in results) * 1000
    worst = max(r[0] for r in results) * 1000
    print(f"{label} {nodes} nodes: longest main-thread gap {gap:.1f} ms (worst {worst:.1f}), "
          f"total {total:.0f} ms (median of {runs})", flush=True)


def main() -> int:
    nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    app = QApplication.instance() or QApplication([])
    data = Path(tempfile.mkdtemp(prefix="autosave-bench-"))
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(INTERVAL_KEY, 3600)
    settings.setValue(TO_FILE_KEY, False)
    document = Document(bushy_map(nodes))
    autosaver = Autosaver(data, "bench", settings)
    autosaver.add(document)

    first = autosave_once(autosaver, document, 0)
    print(f"first autosave (starts the child process): gap {first[0] * 1000:.1f} ms, "
          f"total {first[1] * 1000:.0f} ms", flush=True)
    child = [autosave_once(autosaver, document, i) for i in range(1, runs + 1)]
    report("autosave", child, nodes, runs)
    assert len(list_entries(data)) == 1

    autosaver.worker.use_thread = True
    threaded = [autosave_once(autosaver, document, i) for i in range(runs)]
    report("  same slices, YAML in a thread:", threaded, nodes, runs)

    naive = [naive_once(document, data / "naive.yaml") for _ in range(runs)]
    report("  naive save_map on the main thread:", naive, nodes, runs)
    one_shot = []
    for _ in range(runs):
        start = time.perf_counter()
        pickle.dumps(document.mind_map.graph, protocol=pickle.HIGHEST_PROTOCOL)
        one_shot.append(time.perf_counter() - start)
    print(f"  (a one-shot copy instead of slices, pickle.dumps(graph) on the main thread: "
          f"{statistics.median(one_shot) * 1000:.1f} ms)", flush=True)
    autosaver.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
