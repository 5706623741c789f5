"""On a 1280x720 laptop the window stays 1280 wide, in English and in German, whatever is
shown: the start page, the idea panel, the filter bar with the map's tags, a voting round
and the timer in the status bar, a long save state. A widget that asked for more made Qt
widen the window past the screen (1,326 px on opening in German, 1,602 with the filter
bar), and a window never narrows again by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.app.german_fixtures import german  # noqa: F401 - a fixture
from tests.app.test_facilitation_gui import active_form, back_to_map
from tests.gui_helpers import copy_samples, press

K, M = Qt.Key, Qt.KeyboardModifier
LAPTOP = (1280, 720)


def laptop_window(qtbot):  # noqa: ANN001, ANN201
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def fits(window) -> None:  # noqa: ANN001
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= LAPTOP[0]
    assert window.width() == LAPTOP[0]


def the_whole_day(qtbot, tmp_path) -> None:  # noqa: ANN001
    window = laptop_window(qtbot)
    fits(window)                                  # the start page
    window.open_path(copy_samples(tmp_path) / "national.yaml")
    editor = window.editor()
    editor.view.setFocus()
    window.ideas.panel.show()
    fits(window)
    press(editor, K.Key_F, M.ControlModifier | M.ShiftModifier)      # the filter bar
    bar = window.facilitation.filter_bar
    assert bar.isVisible() and len(bar.tag_buttons) >= 2
    fits(window)
    text = bar.text
    assert text.width() >= 120, "the filter's text box keeps room to type"
    press(editor, K.Key_V, M.ControlModifier | M.AltModifier)        # Start Voting...
    form = active_form(qtbot)
    QTest.keyClick(form.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible(), timeout=5000)
    back_to_map(qtbot, editor)
    window.facilitation.timer.start_or_pause()
    window.ideas.status.copied_at[editor.document] = 0.0                   # a recovery copy made
    editor.select(editor.mind_map.children("threats")[0])
    editor.view.setFocus()
    press(editor, K.Key_Equal, M.AltModifier)                         # a dot: unsaved
    fits(window)
    while window.tabs.count():
        window.close_tab(0)
    fits(window)                                  # the start page again, recent maps listed


def test_a_laptop_window_stays_on_the_screen_in_english(qtbot, tmp_path):
    the_whole_day(qtbot, tmp_path)


@pytest.mark.usefixtures("german")
def test_a_laptop_window_stays_on_the_screen_in_german(qtbot, tmp_path):
    the_whole_day(qtbot, tmp_path)
