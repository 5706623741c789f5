"""How fast do idea edits feel on a big map, with the idea panel, the legend and the status
bar all following? Run: ``python benchmarks/idea_panel_bench.py [--runs N]``.

On the 10,000-node generated map of ``canvas_bench`` (notes, tags, votes, links), in the real
window (offscreen unless ``QT_QPA_PLATFORM`` says otherwise), with the legend shown, each
figure is the median wall time from the user's action until the window has processed its
events (the panel, legend and status bar refreshed; the scene updated):

* **note key**: one key typed into the panel's note (one model edit merged into the undo
  step, every view refreshed);
* **add tag**: a tag added to one idea from the panel's tag field (Enter), then undone;
* **select**: a click-free selection change (``editor.select``), panel and status following;
* **colour**: a colour set on a main branch of about 1,000 ideas (its whole branch), undone.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mindmap-bench-config-")
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="mindmap-bench-data-")
os.environ["MINDMAP_ANIMATIONS"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import argparse  # noqa: E402

from canvas_bench import all_made, workshop_map  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.io.yaml_format import save_map  # noqa: E402


def timed(action) -> float:  # noqa: ANN001
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from mindmap_app.app.main_window import MainWindow

    mind_map = workshop_map()
    path = Path(tempfile.mkdtemp()) / "big.yaml"
    save_map(mind_map, path)
    window = MainWindow()
    window.ask_save = lambda document: "discard"
    window.resize(1280, 800)
    window.show()
    editor = window.open_path(path)
    all_made(app, editor)
    window.actions_by_name["legend"].trigger()
    app.processEvents()
    m = editor.mind_map
    leaves = [n for n in m.nodes() if not m.children(n)][:runs]
    panel = window.ideas.panel
    print(f"load average {os.getloadavg()[0]:.1f}; {len(m):,} ideas, legend shown, "
          f"{runs} runs each")

    editor.select(leaves[0])
    panel.note.setFocus()
    note = [timed(lambda: QTest.keyClick(panel.note, Qt.Key.Key_A)) for _ in range(runs)]
    editor.view.setFocus()

    tag = []
    for node in leaves:
        editor.select(node)
        panel.tag_entry.setFocus()
        panel.tag_entry.setText("benchmarked")
        tag.append(timed(lambda: QTest.keyClick(panel.tag_entry, Qt.Key.Key_Return)))
        editor.document.undo_stack.undo()
    editor.view.setFocus()

    select = [timed(lambda n=n: editor.select(n)) for n in leaves]

    branch = m.children(m.root)[0]
    colour = []
    for _ in range(max(3, runs // 8)):
        colour.append(timed(lambda: editor.ideas.set_color("#123456", True, [branch])))
        editor.document.undo_stack.undo()
        app.processEvents()

    for name, values in (("note key", note), ("add tag", tag), ("select", select),
                         (f"colour branch ({len(m.subtree(branch)):,} ideas)", colour)):
        print(f"{name:32s} median {statistics.median(values):7.1f} ms   "
              f"max {max(values):7.1f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")
    window.close()


if __name__ == "__main__":
    main()
