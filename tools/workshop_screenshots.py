"""Take the README's "Running a workshop" screenshots in the real window.

Run under a virtual screen, e.g.::

    Xvfb :114 -screen 0 1400x900x24 &
    DISPLAY=:114 python tools/workshop_screenshots.py docs/

It builds the national map after a session (votes, actions, two parked ideas, a voting round),
then shows a voting round (dots placed and left, the top 3 highlighted, the timer), the filter
(votes at least 2, the rest hidden) and the parking lot, and saves each screen with
ImageMagick's ``import -window root`` as workshop-voting.png, workshop-filter.png and
workshop-parking.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def workshop_map(path: Path) -> None:
    from mindmap_app.io.yaml_format import load_map, save_map
    from mindmap_app.model import facilitation_ops as f

    m = load_map(ROOT / "sample_maps" / "national.yaml")
    t, o = m.children("threats"), m.children("opportunities")
    for node, votes in ((t[0], 5), (t[2], 3), (t[9], 4), (o[0], 6), (o[2], 2), (o[5], 7),
                        (o[11], 1)):
        m.apply(f.add_vote(m, node, votes))
    m.apply(f.set_action(m, o[5], "Ana", "2026-12-15"))
    m.apply(f.set_action(m, o[0], "Ben", "2027-01-10"))
    m.apply(f.set_action(m, t[9], "Regional group", ""))
    m.apply(f.park(m, [t[17], t[18]]))
    m.apply(f.record_voting_round(m, {"date": "2026-12-03 10:30", "dots": 3, "people": 12,
                                      "placed": 28}))
    save_map(m, path)


def main(out: Path) -> int:
    if not os.environ.get("DISPLAY"):
        print("run under a display, e.g. DISPLAY=:114 (Xvfb)", file=sys.stderr)
        return 1
    os.environ.pop("QT_QPA_PLATFORM", None)
    os.environ["MINDMAP_ANIMATIONS"] = "0"
    work = Path(tempfile.mkdtemp(prefix="workshop-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["MINDMAP_DATA_DIR"] = str(work / "data")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from mindmap_app.app.facilitate_menu import workshop
    from mindmap_app.app.main_window import MainWindow
    from mindmap_app.facilitation.voting import Budget
    from mindmap_app.model import facilitation_ops as fops

    out.mkdir(parents=True, exist_ok=True)
    path = work / "national-workshop.yaml"
    workshop_map(path)
    window = MainWindow()
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    editor = window.open_path(path)

    def shot(name: str) -> None:
        QTest.qWait(600)
        subprocess.run(["import", "-window", "root", str(out / f"workshop-{name}.png")],
                       check=True)
        print("wrote", out / f"workshop-{name}.png")

    QTest.qWait(800)
    m = editor.mind_map
    shop = workshop(editor)
    window.facilitation._bind_voting(shop.voting)
    shop.voting.start(Budget(3, 12))
    o, t = m.children("opportunities"), m.children("threats")
    for node in (o[3], o[3], t[4], o[8]):
        shop.voting.vote(1, [node])
    shop.voting.highlight_top(3)
    editor.select(o[3])
    editor.fit()
    window.facilitation.timer.minutes.setValue(10)
    window.facilitation.timer.start_countdown()
    shot("voting")
    shop.voting.clear_highlight()
    shop.voting.end()
    window.facilitation.show_filter()
    bar = window.facilitation.filter_bar
    bar.votes.setValue(2)
    bar.mode.setCurrentIndex(bar.mode.findData("hide"))
    QTest.qWait(300)
    editor.fit()
    shot("filter")
    bar.close_bar()
    lot = fops.parking_lot(m)
    parked = m.children("threats")[-1]
    editor.document.run(fops.park(m, [parked]), "Park")
    editor.select(parked)
    rect = editor.scene.map_rect(m.subtree(lot) + m.children("threats")[-4:])
    editor.view.fit_rect(rect.adjusted(-300, -200, 300, 60), max_zoom=1.0)
    shot("parking")
    window.facilitation.timer.shutdown()
    for e in window.editors():
        e.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs").resolve()))
