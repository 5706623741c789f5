"""The German interface: every text of the running window's menus, actions and dialogs is
translated (this fails when a feature adds a string and the catalogue lacks it: run
``make translations`` and translate it), German labels and buttons are not clipped, the
compiled catalogue matches its source, and the language follows the command line, the
setting or the system locale."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from tools.i18n_catalogue import is_path, is_text, open_dialogs, open_menus, user_content

from mindmap_app.app.facilitation_forms import StartVotingForm
from mindmap_app.i18n import ENV, SETTING, catalogue_path, ts_file
from mindmap_app.i18n import translate as tr
from mindmap_app.i18n.translators import choose_language, current_language, install_translators
from mindmap_app.i18n.widget_translator import (
    _WITH_KEYS,
    WidgetTranslator,
    texts_of,
    translate_text,
    translate_tree,
)
from mindmap_app.i18n.widget_translator import install as install_widget_translator
from tests.app.german_fixtures import remove
from tests.conftest import SRC
from tests.gui_helpers import copy_samples, open_window

CATALOGUE = ts_file.read_ts(catalogue_path("de", ".ts"))
#: texts the code translated itself with translate() before setting them
GERMAN = {entry.translation for entry in CATALOGUE.values() if entry.finished}
#: ... and those filled in from a template ("{width} × {height} Pixel")
TEMPLATES = [re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(text)) + "$")
             for text in GERMAN if re.search(r"\{\w+\}", text)]


def is_german(text: str) -> bool:
    """A translation already (the code called translate() itself), or one filled in."""
    match = _WITH_KEYS.match(text)
    return text in GERMAN or any(t.match(text) for t in TEMPLATES) or bool(
        match and match["text"] in GERMAN)


def hover(root) -> None:  # noqa: ANN001
    """What a user sees of tooltips: Qt sends a ToolTip event before showing one."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.toolTip():
            QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1),
                                                      widget.mapToGlobal(QPoint(1, 1))))
    QToolTip.hideText()


def untranslated(roots) -> list[str]:  # noqa: ANN001
    """The texts of the visible widgets and of all actions that a German user would read in
    English."""
    content = user_content()
    problems = []
    for root in roots:
        hover(root)
        for obj, name, source, shown in texts_of(root):
            if isinstance(obj, QWidget) and not obj.isVisible():
                continue                # translated when shown (the widget translator)
            if isinstance(obj, QWidget) and isinstance(obj.parentWidget(), QTabBar):
                continue                # a tab bar's scroll buttons: Qt's own German
            if not is_text(source) or source in content or is_path(source) or is_german(source):
                continue
            expected = translate_text(source)
            where = f"{type(obj).__name__} {obj.objectName() or ''}.{name}"
            if expected == source:
                problems.append(f"{where}: {source!r} has no German translation")
            elif shown != expected:
                problems.append(f"{where}: shows {shown!r}, not {expected!r}")
    return problems


def test_no_menu_or_dialog_text_is_left_in_english(qtbot, tmp_path, german):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    open_menus(window)
    dialogs = open_dialogs(window)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
    texts = list(texts_of(window))
    assert len(texts) > 100             # the walk sees the menus (it cannot pass on nothing)
    problems = untranslated([window, *dialogs])
    assert problems == [], "\n".join(problems)
    # the start page, shown when the last map closes
    window.close_tab(0)
    assert window.start_page.isVisible()
    problems = untranslated([window])
    assert problems == [], "\n".join(problems)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&Datei" and titles[-1] == "&Hilfe"
    assert {"&Bearbeiten", "&Knoten", "&Ansicht"} <= set(titles)


def test_the_window_before_any_map_is_german(qtbot, german):
    """The first run: the start page and the empty idea panel beside it."""
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.start_page.isVisible() and window.ideas.panel.note.isVisible()
    assert window.ideas.panel.note.placeholderText() == "Notiz: was gesagt wurde (F4)"
    problems = untranslated([window])
    assert problems == [], "\n".join(problems)


def test_spin_boxes_and_the_outline_headers_are_german(qtbot, tmp_path, german):
    """Texts that are not labels: a spin box's text at its minimum, the outline's column
    headers (the model's header data)."""
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    window.actions_by_name["filter"].trigger()
    votes = window.facilitation.filter_bar.votes
    assert votes.isVisible() and votes.value() == 0
    assert votes.text() == "beliebig"
    form = StartVotingForm(window, lambda budget, hidden: None)
    qtbot.addWidget(form)
    form.show()
    assert form.people.value() == 0 and form.people.text() == "nicht gezählt"
    window.actions_by_name["outline"].trigger()
    header = window.outline.tree.header()
    shown = [header.model().headerData(i, Qt.Orientation.Horizontal)
             for i in range(header.count())]
    assert shown[:2] == ["Idee", "Schlagwörter"]


def test_the_check_sees_an_english_text_that_a_feature_adds(qtbot, tmp_path, german):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    menu = window.menuBar().addMenu("&Sparkles")
    menu.addAction("Add &Glitter")
    translate_tree(window)
    problems = untranslated([window])
    assert any("'&Sparkles'" in p for p in problems)
    assert any("'Add &Glitter'" in p for p in problems)


def test_the_check_sees_spin_box_texts_placeholders_and_headers(qtbot, german):
    """A feature's dialog with a spin box's special text, a text box's placeholder and a
    table's headers: the ones in the catalogue are shown in German, the others are found."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QVBoxLayout(dialog)
    known, unknown = QSpinBox(dialog), QSpinBox(dialog)
    known.setSpecialValueText("any")
    unknown.setSpecialValueText("no glitter")
    unknown.setSuffix(" sparkles")
    note = QPlainTextEdit(dialog)
    note.setPlaceholderText("Glitter notes")
    table = QTableWidget(1, 2, dialog)
    table.setHorizontalHeaderLabels(["Votes", "Shine"])
    for widget in (known, unknown, note, table):
        box.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert known.text() == "beliebig"
    assert table.horizontalHeaderItem(0).text() == "Stimmen"
    problems = "\n".join(untranslated([dialog]))
    for english in ("'no glitter'", "' sparkles'", "'Glitter notes'", "'Shine'"):
        assert f"{english} has no German translation" in problems
    assert "'any'" not in problems and "'Votes'" not in problems
    # a model of the feature's own that leaves its headers in English
    view = QTreeView(dialog)
    box.addWidget(view)
    view.setModel(EnglishHeaders(dialog))
    view.show()
    assert "QHeaderView .header0: shows 'Votes', not 'Stimmen'" in untranslated([dialog])


class EnglishHeaders(QAbstractTableModel):
    """A model whose header data stays English (it neither translates nor takes texts)."""

    def rowCount(self, _parent=None) -> int:  # noqa: ANN001
        return 1

    def columnCount(self, _parent=None) -> int:  # noqa: ANN001
        return 1

    def data(self, _index, _role=None) -> str:  # noqa: ANN001
        return "1"

    def headerData(self, _section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Votes"
        return None


def test_german_labels_and_buttons_of_the_dialogs_are_not_clipped(qtbot, tmp_path, german):
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    dialogs = open_dialogs(window)
    checked = 0
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
    qtbot.wait(50)                     # the layouts take the German texts' sizes
    for dialog in dialogs:
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            checked += 1
            needed = widget.minimumSizeHint().width()
            assert widget.width() >= needed, (
                f"{type(dialog).__name__}: {widget.text()!r} is {widget.width()} px wide, "
                f"needs {needed}")
    assert checked >= 10
    # the panels beside the map: German labels and buttons must not make them scroll sideways
    # (not a strip made to scroll sideways: the filter bar's tags)
    panels = [a for a in window.findChildren(QScrollArea) if a.isVisible() and a.widget()
              and a.widgetResizable() and
              a.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff]
    assert panels
    for area in panels:                 # ... at any width of the dock a user drags
        needed = area.widget().minimumSizeHint().width()
        narrowest = max(area.minimumWidth(), area.minimumSizeHint().width())
        assert needed <= area.viewport().width(), (
            f"{area.accessibleName() or area.objectName()}: needs {needed} px, has "
            f"{area.viewport().width()}")
        assert narrowest - area.verticalScrollBar().sizeHint().width() >= needed, (
            f"{area.accessibleName() or area.objectName()} can be made {narrowest} px "
            f"narrow; its content needs {needed} px")
    screen = QApplication.primaryScreen().availableGeometry().width()
    for menu in window.findChildren(QMenu):
        assert menu.sizeHint().width() < screen


def test_the_compiled_catalogue_matches_its_source(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(catalogue_path("de")))
    finished = [e for e in CATALOGUE.values() if e.finished]
    assert len(finished) > 150
    stale = [e.source for e in finished
             if translator.translate("mindmap", e.source) != e.translation]
    assert stale == [], "run make translations (pyside6-lrelease) after editing the .ts"


def test_qt_itself_speaks_german_too(qapp, german):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+Shift+S").toString(QKeySequence.SequenceFormat.NativeText) == \
        "Strg+Umschalt+S"
    assert tr("&File") == "&Datei"
    assert current_language() == "de"


def test_language_switches_live_from_the_help_menu(qtbot, tmp_path):
    app = QApplication.instance()
    filter_ = install_widget_translator(app)
    window, _editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    try:
        window.actions_by_name["language_de"].trigger()
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Datei")
        assert window.actions_by_name["save"].text() == "&Speichern"
        assert QSettings("mindmap-app", "mindmap-app").value(SETTING) == "de"
        window.actions_by_name["language_en"].trigger()
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
        assert window.actions_by_name["save"].text() == "&Save"
    finally:
        QSettings("mindmap-app", "mindmap-app").remove(SETTING)
        install_translators(app, "en")
        remove(app, filter_)
    assert isinstance(filter_, WidgetTranslator)


def test_language_comes_from_the_option_then_the_setting_then_the_system(qapp):
    settings = QSettings("mindmap-app", "mindmap-app")
    try:
        settings.setValue(SETTING, "")
        assert choose_language(settings, {ENV: "de"}) == "de"
        assert choose_language(settings, {ENV: "de_CH.UTF-8"}) == "de"
        assert choose_language(settings, {ENV: "xx"}) == "en"   # no catalogue: English
        settings.setValue(SETTING, "de")
        assert choose_language(settings, {}) == "de"
        assert choose_language(settings, {ENV: "en"}) == "en"
    finally:
        settings.remove(SETTING)


@pytest.mark.parametrize(("lang", "expected"), [("de_DE.UTF-8", "de"), ("en_GB.UTF-8", "en"),
                                                ("fr_FR.UTF-8", "en")])
def test_the_system_locale_chooses_the_language(lang, expected, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != ENV}
    env.update(LANG=lang, LANGUAGE="", PYTHONPATH=str(SRC), XDG_CONFIG_HOME=str(tmp_path))
    script = ("from mindmap_app.i18n.translators import choose_language; "
              "print(choose_language())")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_the_command_line_option_chooses_the_language(monkeypatch):
    from mindmap_app.cli import main

    opened = []
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr("mindmap_app.cli.open_window", lambda paths: opened.append(
        (paths, os.environ.get(ENV))) or 0)
    assert main(["--language", "de", "a.yaml"]) == 0
    assert opened == [(["a.yaml"], "de")]


def test_a_regenerated_catalogue_keeps_translations_and_adds_new_strings(tmp_path):
    path = tmp_path / "mindmap_de.ts"
    ts_file.write_ts(path, "de", {
        "&File": ts_file.Entry("&File", "&Datei", "finished"),
        "Resume": ts_file.Entry("Resume", "Fortsetzen", "finished"),
        "Gone": ts_file.Entry("Gone"),
    })
    merged = ts_file.merge(ts_file.read_ts(path), {"&File", "&Sparkle"})
    assert merged["&File"].finished and merged["&File"].translation == "&Datei"
    assert not merged["&Sparkle"].finished            # new: to translate
    assert merged["Resume"].finished                   # shown only in some states: kept
    assert "Gone" not in merged                        # untranslated and unused: dropped
    ts_file.write_ts(path, "de", merged)
    assert ts_file.read_ts(path) == merged
