"""Screenshots of the participants' page at phone size (390x844, Chromium via Playwright) and
of the Phone Inbox panel, for the README.

``python tools/shot_phone_page.py [OUT_DIR]`` (default docs/): the facilitator shares the
national map on 127.0.0.1 (offscreen Qt), opens "Opportunities" for input and starts a voting
round; two phones join, send ideas and place dots. Writes phone-ideas.png, phone-vote.png,
phone-map-dark.png and inbox-panel.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MINDMAP_ANIMATIONS", "0")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shot-config-")
os.environ["MINDMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="shot-data-")

from playwright.sync_api import sync_playwright  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402

from mindmap_app.app.facilitate_menu import workshop  # noqa: E402
from mindmap_app.app.main_window import MainWindow  # noqa: E402
from mindmap_app.facilitation.voting import Budget  # noqa: E402

PHONE = {"width": 390, "height": 844}


def spin(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(page, script: str, timeout: float = 8.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if page.evaluate(script):
            return
        spin(30)
    raise SystemExit(f"timed out waiting for {script}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="shot-maps-"))
    shutil.copy(ROOT / "sample_maps" / "national.yaml", folder / "national.yaml")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_path(folder / "national.yaml")
    editor = window.editor()
    session = window.sharing.share(editor, "127.0.0.1", 0, "Facilitator")
    phones = window.sharing.phones.room_for(editor)
    while not (session.connected and phones.url):
        spin()
    phones.set_anonymous(True)
    with sync_playwright() as play:
        browser = play.chromium.launch(executable_path="/usr/bin/chromium", headless=True)

        def phone(name: str, dark: bool = False):  # noqa: ANN202
            context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                          device_scale_factor=1,
                                          color_scheme="dark" if dark else "light")
            page = context.new_page()
            page.goto(phones.url)
            until(page, "!!(window.mindmapPhone && window.mindmapPhone.room)")
            page.fill("#name", name)
            page.click("#join")
            until(page, "window.mindmapPhone.joined")
            return page

        alice = phone("Alice")
        bob = phone("Bob", dark=True)
        for text in ("A time bank for the estate", "Ask the library to host repair cafes",
                     "<img src=x onerror=alert(1)>"):
            bob.fill("#idea", text)
            bob.click("#send")
        while len(phones.inbox) < 3:
            spin()
        phones.open_branch("opportunities")
        phones.set_to_map(True)
        for text in ("Neighbourhood tool library", "Open the school hall at weekends"):
            alice.fill("#idea", text)
            alice.click("#send")
        until(alice, "document.querySelectorAll('#sent li .state').length === 2 && "
                     "[...document.querySelectorAll('#sent li .state')]"
                     ".every(e => e.textContent === 'On the map')")
        alice.fill("#idea", "Community energy co-op")
        alice.screenshot(path=str(out / "phone-ideas.png"))
        workshop(editor).voting.start(Budget(dots_per_person=3), hidden=True)
        alice.click("nav button[data-tab=vote]")
        until(alice, "document.querySelectorAll('#vote-list li').length > 5")
        for node in ("opportunities", "threats"):
            alice.click(f"#vote-list li[data-node='{node}'] .plus")
            until(alice, f"document.querySelector(\"#vote-list li[data-node='{node}'] .mine\")"
                         ".textContent !== '0'")
        alice.screenshot(path=str(out / "phone-vote.png"))
        bob.click("nav button[data-tab=map]")
        spin(800)
        until(bob, "document.getElementById('map').naturalWidth > 0")
        bob.click("#zoom-in")
        bob.click("#zoom-in")
        bob.screenshot(path=str(out / "phone-map-dark.png"))
        window.sharing.phones.show_inbox()
        for dock in window.findChildren(QDockWidget):     # the Room and Idea panels make room
            if dock is not window.sharing.phones.panel:
                dock.hide()
        editor.select("opportunities")
        spin(200)
        editor.fit()
        spin(300)
        window.grab().save(str(out / "inbox-panel.png"))
        browser.close()
    window.sharing.shutdown()
    window.close()
    del app
    print(f"wrote {out}/phone-ideas.png, phone-vote.png, phone-map-dark.png, inbox-panel.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
