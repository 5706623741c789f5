"""Two windows on one shared map, side by side, for the README's screenshot.

Run under a display (``Xvfb :115 &; DISPLAY=:115 python tools/shot_shared_map.py``), then
``import -window root docs/shared-map.png``: Ann hosts the local-level map on 127.0.0.1 and
Bob joins it; each has added an idea and selected one of the other's, so both windows show the
other's selection outlined, and the Room panel lists both. The script keeps the windows open
for ``SECONDS`` (default 8) and quits.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("MINDMAP_ANIMATIONS", "0")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shot-config-")
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="shot-data-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mindmap_app.app.main_window import MainWindow  # noqa: E402
from mindmap_app.model import operations as ops  # noqa: E402


def wait_for(app: QApplication, check, timeout_ms: int = 5000) -> None:  # noqa: ANN001
    loop = QEventLoop()
    for _ in range(timeout_ms // 20):
        if check():
            return
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    raise SystemExit("timed out")


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="shot-maps-"))
    shutil.copy(ROOT / "sample_maps" / "local.yaml", folder / "local.yaml")
    ann = MainWindow()
    ann.setGeometry(0, 0, 956, 1040)
    ann.show()
    ann.open_path(folder / "local.yaml")
    session = ann.sharing.share(ann.editor(), "127.0.0.1", 0, "Ann")
    wait_for(app, lambda: session.connected)
    bob = MainWindow()
    bob.setGeometry(964, 0, 956, 1040)
    bob.show()
    bob_session = bob.sharing.join(session.code, "Bob")
    wait_for(app, lambda: bob.editor() is not None and len(session.people) == 2)
    ann_editor, bob_editor = ann.editor(), bob.editor()
    mm = ann_editor.mind_map
    branch = mm.children(mm.root)[0]
    threats, opportunities = mm.children(branch)[:2]
    ann_editor.document.run(ops.add_child(mm, opportunities, "Ann: a repair café every month"),
                            "Add Child")
    bmm = bob_editor.mind_map
    bob_editor.document.run(ops.add_child(bmm, threats, "Bob: ask the parish council"),
                            "Add Child")
    wait_for(app, lambda: len(mm) == len(bmm) and mm.same_as(bmm))
    ann_editor.select(mm.children(threats)[-1])
    bob_editor.select(mm.children(opportunities)[-1])
    for window in (ann, bob):
        editor = window.editor()
        editor.view.fit_rect(editor.scene.map_rect(editor.mind_map.subtree(branch)),
                             max_zoom=1.2)
    wait_for(app, lambda: bool(session.presence.outlines) and
             bool(bob_session.presence.outlines))
    seconds = float(os.environ.get("SECONDS_OPEN", "8"))
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    ann.sharing.shutdown()
    bob.sharing.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
