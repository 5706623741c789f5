"""File > Share Map and File > Join Shared Map, up to their dialogs' answers: this computer
offered first, the usual port, and a wrong address or join code refused in one line with no
room opened (the rooms themselves: tests/collab)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from mindmap_app.app.share_room import JoinDialog, ShareDialog
from tests.gui_helpers import copy_samples, open_window


def test_the_share_dialog_offers_this_computer_and_refuses_every_network(qtbot, tmp_path,
                                                                         monkeypatch):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    seen: list[tuple[str, int]] = []

    def answer(dialog: ShareDialog) -> QDialog.DialogCode:
        seen.append((dialog.address.itemText(0), dialog.port.value()))
        dialog.address.setEditText("0.0.0.0")             # every network: refused
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ShareDialog, "exec", answer)
    window.sharing.share_dialog()
    assert seen == [("127.0.0.1", 8765)]
    assert "every network" in window.errors[-1]
    assert window.sharing.session_for(editor) is None


def test_the_join_dialog_refuses_a_code_that_is_not_one(qtbot, tmp_path, monkeypatch):
    window, _ = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")

    def answer(dialog: JoinDialog) -> QDialog.DialogCode:
        dialog.code.setText("not a join code")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(JoinDialog, "exec", answer)
    tabs = window.tabs.count()
    window.sharing.join_dialog()
    assert window.errors and window.errors[-1]
    assert window.tabs.count() == tabs and not window.sharing._waiting
