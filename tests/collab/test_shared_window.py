"""Two windows on one shared map, driven by real key presses and clicks (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mindmap_app.model import check_invariants
from tests.gui_helpers import copy_samples, open_window, press, type_text

from .test_processes import PEER, command, read_until, spawn

K = Qt.Key
M = Qt.KeyboardModifier


def texts_on_canvas(editor) -> set[str]:  # noqa: ANN001
    return {item.look.text for item in editor.scene.items_by_id.values()}


def use(qtbot, editor) -> None:  # noqa: ANN001
    """Bring ``editor``'s window to the front (its key shortcuts work only there)."""
    window = editor.window()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    editor.view.setFocus()


@pytest.fixture
def room(qtbot, tmp_path):  # noqa: ANN001, ANN201
    """Ann hosts national.yaml on 127.0.0.1; Bob's window has joined it."""
    folder = copy_samples(tmp_path)
    host_window, host_editor = open_window(qtbot, folder / "national.yaml")
    session = host_window.sharing.share(host_editor, "127.0.0.1", 0, "Ann")
    qtbot.waitUntil(lambda: session.code is not None and session.connected, timeout=5000)
    assert session.code.host == "127.0.0.1"
    assert host_window.sharing.panel.code_field.text() == str(session.code)
    assert not host_window.sharing.panel.qr.pixmap().isNull()
    guest_window, _ = open_window(qtbot, folder / "local.yaml")
    guest_session = guest_window.sharing.join(session.code, "Bob")
    qtbot.waitUntil(lambda: guest_window.sharing.session_for(guest_window.editor())
                    is guest_session, timeout=5000)
    guest_editor = guest_window.editor()
    guest_editor.view.setFocus()
    qtbot.waitUntil(lambda: len(host_window.sharing.panel.names()) == 2, timeout=5000)
    yield host_window, host_editor, session, guest_window, guest_editor, guest_session
    host_window.sharing.shutdown()
    guest_window.sharing.shutdown()


def test_an_edit_typed_in_one_window_reaches_the_other_canvas(room, qtbot) -> None:  # noqa: ANN001
    host_window, host_editor, _, guest_window, guest_editor, _ = room
    assert guest_editor.mind_map.same_as(host_editor.mind_map)
    assert sorted(host_window.sharing.panel.names()) == ["Ann (host, you)", "Bob"]
    use(qtbot, guest_editor)
    guest_editor.select("threats")
    press(guest_editor, K.Key_Tab)
    type_text(guest_editor, "Typed by Bob")
    press(guest_editor, K.Key_Return)
    qtbot.waitUntil(lambda: "Typed by Bob" in texts_on_canvas(host_editor), timeout=5000)
    check_invariants(host_editor.mind_map)
    assert host_editor.document.modified          # the host's file is the record: Save
    # presence: Bob's selection is outlined in Bob's colour on Ann's canvas
    session = host_window.sharing.session_for(host_editor)
    bob_node = guest_editor.current()
    qtbot.waitUntil(lambda: session.presence.outlined() == {bob_node: ["Bob"]}, timeout=5000)
    outline = session.presence.outlines[0]
    assert outline.pen().color().name() == guest_window.sharing.session_for(guest_editor).colour
    assert outline.parentItem() is host_editor.scene.items_by_id[bob_node]
    use(qtbot, guest_editor)
    guest_editor.select("opportunities")             # Bob moves on: the outline follows
    qtbot.waitUntil(lambda: session.presence.outlined() == {"opportunities": ["Bob"]},
                    timeout=5000)


def test_ctrl_z_undoes_only_my_own_change(room, qtbot) -> None:  # noqa: ANN001
    _, host_editor, _, _, guest_editor, _ = room
    use(qtbot, host_editor)
    host_editor.select("threats")
    type_text(host_editor, "Dangers")                # typing on an idea replaces its text
    press(host_editor, K.Key_Return)
    assert host_editor.mind_map.text("threats") == "Dangers"
    qtbot.waitUntil(lambda: guest_editor.mind_map.text("threats") == "Dangers", timeout=5000)
    use(qtbot, guest_editor)
    guest_editor.select("opportunities")
    press(guest_editor, K.Key_Tab)
    type_text(guest_editor, "Bob's idea")
    press(guest_editor, K.Key_Return)
    qtbot.waitUntil(lambda: "Bob's idea" in texts_on_canvas(host_editor), timeout=5000)
    use(qtbot, host_editor)
    press(host_editor, K.Key_Z, M.ControlModifier)
    assert host_editor.mind_map.text("threats") == "Threats"
    assert "Bob's idea" in texts_on_canvas(host_editor)
    qtbot.waitUntil(lambda: guest_editor.mind_map.text("threats") == "Threats", timeout=5000)
    assert "Threats" in texts_on_canvas(guest_editor)
    press(host_editor, K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert host_editor.mind_map.text("threats") == "Dangers"
    qtbot.waitUntil(lambda: guest_editor.mind_map.same_as(host_editor.mind_map), timeout=5000)


def test_host_removes_bob_with_the_room_panel(room, qtbot, monkeypatch) -> None:  # noqa: ANN001
    host_window, host_editor, session, guest_window, guest_editor, guest_session = room
    panel = host_window.sharing.panel
    monkeypatch.setattr(host_window.sharing, "confirm", lambda question: "Bob" in question)
    use(qtbot, host_editor)
    row = [i for i, name in enumerate(panel.names()) if name == "Bob"][0]
    panel.people.setCurrentRow(row)
    panel.people.setFocus()
    QTest.keyClick(panel.people, K.Key_Delete)
    qtbot.waitUntil(lambda: guest_session.final_reason == "removed by the host", timeout=5000)
    qtbot.waitUntil(lambda: panel.names() == ["Ann (host, you)"], timeout=5000)
    # Bob keeps his copy and can keep editing it (and Save As); nothing reaches Ann any more
    use(qtbot, guest_editor)
    guest_editor.select("threats")
    press(guest_editor, K.Key_F2)
    type_text(guest_editor, "Bob alone")
    press(guest_editor, K.Key_Return)
    qtbot.wait(300)
    assert host_editor.mind_map.text("threats") == "Threats"


def test_host_leaving_loses_nobodys_work(room, qtbot, tmp_path) -> None:  # noqa: ANN001
    host_window, host_editor, session, guest_window, guest_editor, guest_session = room
    QTest.mouseClick(host_window.sharing.panel.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guest_session.final_reason != "", timeout=5000)
    assert "closed" in guest_session.final_reason
    assert host_window.sharing.session_for(host_editor) is None
    use(qtbot, guest_editor)
    guest_editor.select("threats")
    press(guest_editor, K.Key_Tab)
    type_text(guest_editor, "after the host left")
    press(guest_editor, K.Key_Return)
    target = tmp_path / "mine.yaml"
    assert guest_window._save_to(guest_editor, target)
    assert "after the host left" in target.read_text(encoding="utf-8")


def test_one_laptop_opens_no_port_and_loads_no_engine(tmp_path) -> None:
    code = """
import json, sys, threading
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mindmap_app.app.main import build_window
window = build_window([sys.argv[1]])
window.show(); app.processEvents()
print(json.dumps({"modules": sorted(m for m in ("loro", "websockets", "qrcode")
                                    if m in sys.modules),
                  "threads": [t.name for t in threading.enumerate()]}))
"""
    env_path = copy_samples(tmp_path) / "national.yaml"
    result = subprocess.run([sys.executable, "-c", code, str(env_path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["modules"] == []             # no engine, no websockets: no server, no port
    assert "mindmap-room" not in report["threads"]


def test_an_edit_in_another_process_reaches_my_canvas(qtbot, tmp_path) -> None:  # noqa: ANN001
    folder = copy_samples(tmp_path)
    host = spawn(["-m", "mindmap_app", "serve", str(folder / "local.yaml"), "--port", "0",
                  "--no-qr"])
    peer = None
    window, _ = open_window(qtbot, folder / "national.yaml")
    try:
        code = read_until(host, "Room open").rsplit(" ", 1)[1]
        from mindmap_app.collab.join_code import JoinCode

        session = window.sharing.join(JoinCode.parse(code), "Cleo")
        qtbot.waitUntil(lambda: window.sharing.session_for(window.editor()) is session,
                        timeout=5000)
        editor = window.editor()
        peer = spawn([str(PEER), code, "Dan"])
        read_until(peer, "READY")
        command(peer, f"add {editor.mind_map.root} From another process")
        qtbot.waitUntil(lambda: "From another process" in texts_on_canvas(editor),
                        timeout=5000)
    finally:
        window.sharing.shutdown()
        if peer is not None:
            peer.stdin.close()
            peer.wait(10)
        host.terminate()
        host.wait(10)
    qtbot.waitUntil(lambda: "mindmap-room" not in {t.name for t in threading.enumerate()},
                    timeout=5000)                  # leaving ends the network thread


def test_an_idea_deleted_while_bob_has_it_selected_then_the_room_closed(room, qtbot) -> None:  # noqa: ANN001
    """Bob selects an idea, Ann deletes it (its box, and Bob's outline on it, go): Ann's
    canvas goes on showing Bob's selection as he moves, and Close Room closes the room (it
    raised on the dead outline before the room's thread was stopped: Bob was never told,
    Ann's edits kept reaching him, and closing her window crashed the app)."""
    host_window, host_editor, session, guest_window, guest_editor, guest_session = room
    use(qtbot, guest_editor)
    guest_editor.select("t5")
    qtbot.waitUntil(lambda: session.presence.outlined() == {"t5": ["Bob"]}, timeout=5000)
    use(qtbot, host_editor)
    host_editor.select("t5")
    press(host_editor, K.Key_Delete)
    assert "t5" not in host_editor.mind_map
    qtbot.waitUntil(lambda: "t5" not in guest_editor.mind_map, timeout=5000)
    use(qtbot, guest_editor)
    guest_editor.select("opportunities")
    qtbot.waitUntil(lambda: session.presence.outlined() == {"opportunities": ["Bob"]},
                    timeout=5000)
    QTest.mouseClick(host_window.sharing.panel.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guest_session.final_reason != "", timeout=5000)
    assert "closed" in guest_session.final_reason
    assert host_window.sharing.session_for(host_editor) is None
    assert host_editor.document.shared is None


def test_tag_colours_voting_rounds_and_saved_views_reach_the_other_laptop(room, qtbot) -> None:  # noqa: ANN001
    """What the map keeps beside its ideas is shared too: a tag's own colour given in the
    legend, a voting round held (its record), a filter saved by name. Bob's map had none of
    them (his Save As after the host left lost them), and a colour Bob gave never reached
    the host's file."""
    from mindmap_app.app.facilitate_menu import workshop
    from mindmap_app.facilitation.idea_filter import IdeaFilter
    from mindmap_app.facilitation.voting import Budget

    _, host_editor, _, _, guest_editor, _ = room
    host_editor.ideas.set_tag_color("threat", "#1144ee")          # the legend's picker
    shop = workshop(host_editor)
    shop.filter.set_spec(IdeaFilter(frozenset({"threat"}), "", 0, "dim"))
    assert shop.filter.save_view("Threats only") is None           # Save View...
    shop.voting.start(Budget(2, 3))                                  # Start Voting
    shop.voting.end()                                               # End Voting: a record
    m_host, m_guest = host_editor.mind_map, guest_editor.mind_map
    qtbot.waitUntil(lambda: m_guest.tag_colors == {"threat": "#1144ee"} and
                    len(m_guest.voting_rounds) == 1 and
                    [v["name"] for v in m_guest.views] == ["Threats only"], timeout=5000)
    assert m_guest.voting_rounds == m_host.voting_rounds
    guest_editor.ideas.set_tag_color("opportunity", "#22aa44")     # and back from Bob
    qtbot.waitUntil(lambda: m_host.tag_colors.get("opportunity") == "#22aa44", timeout=5000)
    assert m_guest.tag_colors == m_host.tag_colors
