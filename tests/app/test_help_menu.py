"""The Help menu: F1 opens the keyboard reference generated from the window's real actions
(searchable, printable to PDF), the user guide, the workshop example, Report a Problem (copyable
facts and the log folder), About; and the rotating log file."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from mindmap_app import __version__
from mindmap_app.app import app_log
from mindmap_app.app.help_menu import ProblemReport, UserGuide, about_text
from mindmap_app.app.presentation_keys import PRESENTATION_KEYS
from mindmap_app.app.shortcuts_dialog import ShortcutsDialog
from tests.gui_helpers import copy_samples, open_window

NATIVE = QKeySequence.SequenceFormat.NativeText


def help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def press_f1(qtbot, window):
    qtbot.keyClick(window.editor().view, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_opens_the_keyboard_reference_with_every_key_of_the_menus(qtbot, tmp_path):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    dialog = press_f1(qtbot, window)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    shown = {(dialog.table.item(i, 0).text(), dialog.table.item(i, 1).text())
             for i in range(dialog.table.rowCount())}
    keyed = [a for a in window.actions_by_name.values() if a.shortcuts()]
    assert len(keyed) > 30
    for action in keyed:
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
        assert (keys, action.text().replace("&", "").replace("...", "")) in shown, action.text()
    # the presentation's keys too, one row per table row
    assert sum(1 for i in range(dialog.table.rowCount())
               if dialog.table.item(i, 2).text() == "Presentation") == len(PRESENTATION_KEYS)
    assert ("F1", "Keyboard Shortcuts") in shown


def key_rows(dialog, menu: str) -> dict[str, str]:  # noqa: ANN001
    """The reference's rows of ``menu`` as a user reads them: keys -> action."""
    table = dialog.table
    return {table.item(i, 0).text(): table.item(i, 1).text()
            for i in range(table.rowCount()) if table.item(i, 2).text() == menu}


def edit_then_undo(qtbot, window, editor) -> None:  # noqa: ANN001
    """Two real edits (F2, typing, Enter), the second undone: Undo and Redo name steps."""
    for text in ("First", "Second"):
        qtbot.keyClick(editor.view, Qt.Key.Key_F2)
        qtbot.keyClicks(QGuiApplication.focusObject(), text)
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Return)
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.actions_by_name["undo"].text() != "Undo"        # "Undo Edit Text"
    assert window.actions_by_name["redo"].text() != "Redo"


def test_the_reference_names_undo_and_redo_not_the_last_step(qtbot, tmp_path):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    edit_then_undo(qtbot, window, editor)
    rows = key_rows(press_f1(qtbot, window), "Edit")
    assert rows["Ctrl+Z"] == "Undo"
    assert rows["Ctrl+Shift+Z, Ctrl+Y"] == "Redo"


def test_the_german_reference_names_undo_and_redo(qtbot, tmp_path, german):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    edit_then_undo(qtbot, window, editor)
    assert window.actions_by_name["undo"].text().startswith("Rückgängig: ")
    rows = key_rows(press_f1(qtbot, window), "Bearbeiten")
    assert rows["Strg+Z"] == "Rückgängig"
    assert rows["Strg+Umschalt+Z, Strg+Y"] == "Wiederholen"


def test_the_reference_follows_a_new_menu_item_without_editing_it(qtbot, tmp_path):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    new = QAction("&Sparkle", window)
    new.setShortcut(QKeySequence("Ctrl+Alt+K"))
    view_menu.addAction(new)
    dialog = press_f1(qtbot, window)
    rows = [dialog.rows[i] for i in range(len(dialog.rows))]
    assert any(r.action == "Sparkle" and r.where == "View" and r.keys == "Ctrl+Alt+K"
               for r in rows)


def test_typing_in_the_search_field_filters_the_rows(qtbot, tmp_path):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    dialog = press_f1(qtbot, window)
    qtbot.waitUntil(dialog.search.hasFocus)
    qtbot.keyClicks(dialog.search, "zoom")
    visible = dialog.visible_rows()
    assert {r.action for r in visible} == {"Zoom In", "Zoom Out"}
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+s")
    assert {r.action for r in dialog.visible_rows()} >= {"Save", "Save As"}
    dialog.search.clear()
    assert len(dialog.visible_rows()) == len(dialog.rows)


def test_the_reference_prints_to_pdf(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    dialog = press_f1(qtbot, window)
    qtbot.keyClicks(dialog.search, "fold")
    target = tmp_path / "keys.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_help_menu_opens_the_workshop_example_guide_report_and_about(qtbot, tmp_path):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    menu = help_menu(window)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Keyboard Shortcuts", "&User Guide", "Open the &Workshop Example",
                     "&Language", "&Report a Problem...", "&About Mindmap"]
    window.actions_by_name["help_example"].trigger()
    assert window.tabs.count() == 2
    assert window.editor().document.title == "Big Society workshop materials"
    window.actions_by_name["help_guide"].trigger()
    guide = window.help_dialog
    qtbot.addWidget(guide)
    assert isinstance(guide, UserGuide)
    assert "Tab** adds an idea" in guide.browser.toMarkdown() or \
        "adds an idea under" in guide.browser.toPlainText()
    assert "Mindmap " + __version__ in about_text()


def test_report_a_problem_shows_versions_and_the_log_folder_and_copies_them(qtbot, tmp_path):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    window.actions_by_name["help_report"].trigger()
    report = window.help_dialog
    qtbot.addWidget(report)
    assert isinstance(report, ProblemReport)
    text = report.details.toPlainText()
    assert f"Mindmap {__version__}" in text and "Qt 6." in text and "Python 3." in text
    assert str(app_log.log_file()) in text
    assert report.details.isReadOnly()
    qtbot.mouseClick(report.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text


def test_errors_shown_to_the_user_go_to_the_rotating_log_file(qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))

    log = logging.getLogger(app_log.LOGGER)
    hook, handlers = sys.excepthook, list(log.handlers)
    try:
        path = app_log.setup_logging(tmp_path / "logs")
        assert path == tmp_path / "logs" / "mindmap-app.log"
        window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
        from mindmap_app.app.main_window import MainWindow

        MainWindow.show_error(window, "Cannot open map", "missing.yaml: no such file")
        assert shown == [("Cannot open map", "missing.yaml: no such file")]
        for handler in log.handlers:
            handler.flush()
        logged = path.read_text(encoding="utf-8")
        assert "WARNING" in logged and "Cannot open map: missing.yaml: no such file" in logged
        handler = next(h for h in log.handlers if h not in handlers)
        assert handler.maxBytes == app_log.MAX_BYTES and handler.backupCount == app_log.BACKUPS
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        for handler in [h for h in log.handlers if h not in handlers]:
            log.removeHandler(handler)
            handler.close()
        sys.excepthook = hook
        qInstallMessageHandler(None)
