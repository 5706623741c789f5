"""What the German interface costs. Run: ``python benchmarks/i18n_bench.py``.

Medians of repeated runs, offscreen:
- the cost of the widget translator's event filter per Qt event (an event sent to a widget
  with and without the filter installed: every event of the app passes through it);
- translating the whole main window with its menus (``translate_tree``, what happens when
  it is shown or the language changes), in German and back to English;
- building and showing the window on the workshop map, English and German.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MINDMAP_DATA_DIR", tempfile.mkdtemp(prefix="mindmap-bench-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="mindmap-bench-config-"))
os.environ["MINDMAP_ANIMATIONS"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mindmap_app.app.main import build_window  # noqa: E402
from mindmap_app.i18n import widget_translator  # noqa: E402
from mindmap_app.i18n.translators import install_translators  # noqa: E402

EVENTS = 20_000
RUNS = 5


def per_event_us(widget: QWidget) -> float:
    start = time.perf_counter()
    for _ in range(EVENTS):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.User))
    return (time.perf_counter() - start) / EVENTS * 1e6


def median_ms(call, runs: int = RUNS) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def open_window(app: QApplication) -> None:
    window = build_window()
    window.show()
    app.processEvents()
    window.ask_save = lambda document: "discard"
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication(sys.argv[:1])
    widget = QWidget()
    bare = statistics.median(per_event_us(widget) for _ in range(RUNS))
    open_en = median_ms(lambda: open_window(app))
    filter_ = widget_translator.install(app)
    filtered = statistics.median(per_event_us(widget) for _ in range(RUNS))
    print(f"one Qt event: {bare:.2f} us without the widget translator, {filtered:.2f} us "
          f"with it (+{filtered - bare:.2f} us)")
    window = build_window()
    window.show()
    app.processEvents()

    def switch(language: str) -> None:
        install_translators(app, language)
        widget_translator.translate_tree(window)

    to_german = median_ms(lambda: (switch("de"), switch("en")))
    objects = sum(1 for _ in widget_translator.objects_in(window))
    print(f"translate the main window ({objects} widgets and actions) to German and back: "
          f"{to_german:.1f} ms")
    window.ask_save = lambda document: "discard"
    window.close()
    install_translators(app, "de")
    open_de = median_ms(lambda: open_window(app))
    install_translators(app, "en")
    print(f"build and show the window on the workshop map: {open_en:.0f} ms in English "
          f"(no translator), {open_de:.0f} ms in German")
    app.removeEventFilter(filter_)


if __name__ == "__main__":
    main()
