"""The Phone Inbox panel with real key presses and clicks: place, merge, discard, undo/redo,
save and reload (issue 16). Ideas arrive as the gateway hands them to the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import check_invariants
from mindmap_app.phones.gateway import PhoneEvent
from tests.gui_helpers import copy_samples, open_window

K = Qt.Key
M = Qt.KeyboardModifier


@pytest.fixture
def inbox(qtbot, tmp_path):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    window, editor = open_window(qtbot, folder / "national.yaml")
    session = window.sharing.share(editor, "127.0.0.1", 0, "Facilitator")
    phones = window.sharing.phones.room_for(editor)
    qtbot.waitUntil(lambda: bool(session.connected and phones.url), timeout=5000)
    phones._on_event(PhoneEvent("joined", "s1", {"name": "Dee"}))     # noqa: SLF001
    for text in ("Repair cafe", "Time bank", "Street parties"):
        phones._on_event(PhoneEvent("idea", "s1", {"text": text, "n": 1}))  # noqa: SLF001
    qtbot.waitUntil(lambda: len(phones.inbox) == 3)
    yield window, editor, phones, folder / "national.yaml"
    window.sharing.shutdown()


def children_texts(editor, node: str) -> list[str]:  # noqa: ANN001
    return [editor.mind_map.text(n) for n in editor.mind_map.children(node)]


def test_ctrl_alt_i_opens_the_inbox_and_enter_places_the_idea(inbox, qtbot) -> None:  # noqa: ANN001
    window, editor, phones, path = inbox
    editor.select("opportunities")
    editor.view.setFocus()
    QTest.keyClick(editor.view, K.Key_I, M.ControlModifier | M.AltModifier)
    panel = window.sharing.phones.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.items.hasFocus()
    assert panel.texts() == ["Repair cafe", "Time bank", "Street parties"]
    assert "Dee" in panel.items.item(0).text()
    before = children_texts(editor, "opportunities")
    QTest.keyClick(panel.items, K.Key_Return)
    assert children_texts(editor, "opportunities") == [*before, "Repair cafe"]
    assert panel.texts() == ["Time bank", "Street parties"]
    assert "Repair cafe" in {item.look.text for item in editor.scene.items_by_id.values()}
    check_invariants(editor.mind_map)
    # one undo step gives the idea back to the inbox, at its place; redo places it again
    editor.document.undo_stack.undo()
    assert children_texts(editor, "opportunities") == before
    assert panel.texts() == ["Repair cafe", "Time bank", "Street parties"]
    editor.document.undo_stack.redo()
    assert children_texts(editor, "opportunities") == [*before, "Repair cafe"]
    assert panel.texts() == ["Time bank", "Street parties"]
    window.save(editor)
    assert "Repair cafe" in [load_map(path).text(n) for n in load_map(path).children(
        "opportunities")]


def test_shift_enter_merges_into_the_selected_idea_and_delete_discards(inbox, qtbot) -> None:  # noqa: ANN001
    window, editor, phones, _path = inbox
    window.sharing.phones.show_inbox()
    panel = window.sharing.phones.panel
    editor.select("threats")
    panel.items.setFocus()
    panel.items.setCurrentRow(1)
    QTest.keyClick(panel.items, K.Key_Return, M.ShiftModifier)
    assert editor.mind_map.get("threats", "note").endswith("Time bank")
    assert panel.texts() == ["Repair cafe", "Street parties"]
    QTest.keyClick(panel.items, K.Key_Delete)
    assert len(panel.texts()) == 1
    # an idea that arrives meanwhile is not lost by undo
    phones._on_event(PhoneEvent("idea", "s1", {"text": "Late idea", "n": 2}))  # noqa: SLF001
    qtbot.waitUntil(lambda: len(phones.inbox) == 2)
    editor.document.undo_stack.undo()
    editor.document.undo_stack.undo()
    assert sorted(panel.texts()) == sorted(["Repair cafe", "Time bank", "Street parties",
                                            "Late idea"])
    assert not (editor.mind_map.get("threats", "note") or "").endswith("Time bank")


def test_buttons_place_and_discard_by_mouse(inbox, qtbot) -> None:  # noqa: ANN001
    window, editor, phones, _path = inbox
    window.sharing.phones.show_inbox()
    panel = window.sharing.phones.panel
    editor.select("opportunities")
    QTest.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert panel.texts() == ["Time bank", "Street parties"]
    QTest.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    assert "Time bank" in children_texts(editor, "opportunities")
    # ideas straight to the map: open the selected idea for input
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.to_map, Qt.MouseButton.LeftButton, M.NoModifier,
                     QPoint(8, panel.to_map.height() // 2))          # on the box
    assert phones.to_map and phones.target == "opportunities"
    assert "Opportunities" in panel.target.text()
    phones._on_event(PhoneEvent("idea", "s1", {"text": "Straight in", "n": 3}))  # noqa: SLF001
    qtbot.waitUntil(lambda: "Straight in" in children_texts(editor, "opportunities"))
    assert panel.texts() == ["Street parties"]


def test_delete_in_the_phone_list_removes_a_participant(inbox, qtbot, monkeypatch) -> None:  # noqa: ANN001
    window, _editor, phones, _path = inbox
    window.sharing.phones.show_inbox()
    panel = window.sharing.phones.panel
    phones._on_event(PhoneEvent("joined", "s2", {"name": ""}))     # noqa: SLF001
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == \
        ["Dee", "Anonymous"]
    asked = []
    monkeypatch.setattr(panel, "confirm", lambda q: asked.append(q) or True)
    panel.people.setFocus()
    panel.people.setCurrentRow(0)
    QTest.keyClick(panel.people, K.Key_Delete)
    assert asked and "Dee" in asked[0]
    assert list(phones.people) == ["s2"]
    qtbot.waitUntil(lambda: "s1" in phones.gateway.removed, timeout=2000)   # network thread
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == ["Anonymous"]


def test_closing_the_room_empties_the_panel_and_stops_the_phones(inbox, qtbot) -> None:  # noqa: ANN001
    window, editor, phones, _path = inbox
    window.sharing.phones.show_inbox()
    panel = window.sharing.phones.panel
    gateway = phones.gateway
    window.sharing.leave_current()               # Close Room
    assert panel.room is None and panel.texts() == [] and not panel.items.isEnabled()
    assert "Share the map" in panel.count.text()
    assert window.sharing.phones.rooms == {}
    assert gateway.phones == []
    QTest.keyClick(editor.view, K.Key_I, M.ControlModifier | M.AltModifier)
    assert panel.isVisible() and panel.room is None     # the key still opens the empty panel



def test_a_closed_room_frees_its_phone_room(qtbot, tmp_path) -> None:  # noqa: ANN001
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    listeners = len(editor.mind_map._listeners)          # noqa: SLF001
    session = window.sharing.share(editor, "127.0.0.1", 0, "Facilitator")
    ref = weakref.ref(window.sharing.phones.room_for(editor))
    qtbot.waitUntil(lambda: bool(session.connected and ref().url), timeout=5000)
    window.sharing.phones.show_inbox()
    window.sharing.leave_current()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert ref() is None
    assert len(editor.mind_map._listeners) == listeners  # noqa: SLF001 - all unsubscribed


def test_ideas_arriving_together_all_land_in_order(inbox, qtbot) -> None:  # noqa: ANN001
    _window, editor, phones, _path = inbox
    phones.open_branch("threats")
    phones.set_to_map(True)
    before = children_texts(editor, "threats")
    texts = [f"burst {i}" for i in range(25)]
    for i, text in enumerate(texts):
        phones._on_event(PhoneEvent("idea", "s1", {"text": text, "n": i}))  # noqa: SLF001
    qtbot.waitUntil(lambda: len(children_texts(editor, "threats")) == len(before) + 25)
    assert children_texts(editor, "threats") == [*before, *texts]
    check_invariants(editor.mind_map)
    assert not editor.document.undo_stack.canUndo()      # the phones' ideas, not mine
