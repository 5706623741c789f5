"""The German interface beyond menus and dialogs: the undo step names the Edit menu shows
after real actions (keys, mouse, menu actions), the status bar's messages, the error dialog
for a broken file and the idea panel's "(mixed)". Each fails when a text a German user reads
is left in English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from mindmap_app.i18n.messages import message
from mindmap_app.model.operations import set_map_attr
from tests.app.idea_helpers import K, M, key, type_where_focus
from tests.app.test_translations import is_german
from tests.gui_helpers import copy_samples, drag, node_view_point, open_window, press

#: words that give an English text away (a German text built from English pieces too)
ENGLISH = re.compile(
    r"\b(the|of|to|and|node|nodes|idea|ideas|branch|branches|add|delete|move|remove|set|"
    r"colour|fold|unfold|paste|park|unpark|group|ungroup|merge|tidy|vote|votes|tag|select|"
    r"nothing|cannot|first|edit|text|sibling|child|parent|up|down|found|line|must|not|"
    r"file|valid)\b", re.IGNORECASE)
#: the list of keys a file may hold, in an error about an unknown key
KNOWN_KEYS = re.compile(r"\(bekannte Schlüssel: [^)]*\)")
#: user content inside quotes („threat“, 'a') is not the interface
QUOTED = re.compile(r"„[^“]*“|'[^']*'|“[^”]*”|‘[^’]*’")


def english_words(text: str) -> list[str]:
    return ENGLISH.findall(QUOTED.sub("", text))


def assert_german(texts: list[tuple[str, str]]) -> None:
    """(what was done, the text shown): every text German and free of English words."""
    problems = [f"{done}: {shown!r}" for done, shown in texts
                if not shown or not (is_german(shown) or is_german(shown[0].lower() + shown[1:]))
                or english_words(shown)]
    assert problems == [], "left in English:\n" + "\n".join(problems)


@pytest.fixture
def national(qtbot, tmp_path, german):
    window, editor = open_window(qtbot, copy_samples(tmp_path) / "national.yaml")
    window.ideas.panel.show()
    return window, editor


def undo_step(window, editor) -> str:  # noqa: ANN001
    """The name of the last undo step, as the Edit menu shows it (its "Undo" translated)."""
    shown = window.actions_by_name["undo"].text()
    step = editor.document.undo_stack.undoText()
    assert shown == f"Rückgängig: {step}", shown
    return step


def test_the_undo_steps_of_real_actions_are_german(national, qtbot):
    window, editor = national
    m = editor.mind_map
    steps: list[tuple[str, str]] = []

    def did(what: str) -> None:
        steps.append((what, undo_step(window, editor)))

    editor.select("threats")
    press(editor, K.Key_Tab)                       # add a child, typed and committed
    type_where_focus("Neue Idee")
    key(editor, K.Key_Return)
    did("Tab: add child")
    press(editor, K.Key_Return)                    # add a sibling
    type_where_focus("Noch eine")
    key(editor, K.Key_Return)
    did("Enter: add sibling")
    press(editor, K.Key_Up, M.ControlModifier)
    did("Ctrl+Up: move up")
    press(editor, K.Key_Down, M.ControlModifier)
    did("Ctrl+Down: move down")
    editor.select("t1")
    press(editor, K.Key_F3)                        # add a tag
    type_where_focus("threat")
    key(editor, K.Key_Return)
    did("F3: add tag")
    assert "threat" in m.get("t1", "tags")
    press(editor, K.Key_Equal, M.AltModifier)      # a vote
    did("Alt+=: add vote")
    editor.select("threats")
    press(editor, K.Key_Space)                     # fold, unfold
    did("Space: fold")
    press(editor, K.Key_Space)
    did("Space: unfold")
    editor.select("t2")
    press(editor, K.Key_C, M.ControlModifier)      # copy, paste
    editor.select("t3")
    press(editor, K.Key_V, M.ControlModifier)
    did("Ctrl+V: paste")
    editor.view.centerOn(editor.scene.items_by_id["t4"])   # drag a node by the mouse
    start = node_view_point(editor, "t4")
    drag(editor, start, start + QPoint(0, -120), M.AltModifier)
    assert m.get("t4", "pos") is not None
    did("drag: move")
    editor.select("threats")
    window.actions_by_name["tidy_branch"].trigger()
    did("Tidy Up Branch")
    press(editor, K.Key_Left if editor.scene.layout_result.sides["threats"] == 1 else K.Key_Right,
          M.ControlModifier)
    did("Ctrl+Left on a main branch: to the other side")
    editor.scene.select_only(["t5", "t6"])         # several ideas: a colour for both
    editor.ideas.set_color("#1a7f37")
    did("colour of 2 ideas")
    editor.ideas.set_fill("#ffe08a", branch=True)
    did("fill of 2 branches")
    press(editor, K.Key_N, M.ControlModifier | M.ShiftModifier)     # a floating idea
    type_where_focus("Danach")     # (QTest types ASCII only)
    key(editor, K.Key_Return)
    did("Ctrl+Shift+N: floating idea")
    editor.rename_map("Workshop")
    did("File > Map Title")
    editor.ideas.rename_tag("threat", "Gefahr")
    did("rename tag")
    editor.select("t7")
    window.actions_by_name["park"].trigger()
    did("Facilitate > Park")
    editor.select("threats")
    press(editor, K.Key_Delete)                    # delete a branch
    did("Delete: delete branch")
    assert len(steps) >= 14, "\n".join(map(str, steps))
    assert_german(steps)
    # ... and after undoing, the redo step is German too
    press(editor, K.Key_Z, M.ControlModifier)
    redo = window.actions_by_name["redo"].text()
    assert redo == "Wiederholen: 24 Knoten löschen", redo


def test_refused_actions_explain_themselves_in_german(national, qtbot):
    window, editor = national
    shown: list[tuple[str, str]] = []

    def status(what: str) -> None:
        shown.append((what, window.statusBar().currentMessage()))
        window.statusBar().clearMessage()

    editor.select(editor.mind_map.root)
    press(editor, K.Key_Delete)
    status("Delete on the central node")
    press(editor, K.Key_Return)     # the central node: Enter adds a child, not a refusal
    key(editor, K.Key_Escape)
    editor.select("t1")
    press(editor, K.Key_Space)
    status("Space on a leaf")
    editor.document.run(set_map_attr("layout", "right"), "Layout")   # no left side
    editor.select("threats")
    press(editor, K.Key_Left, M.ControlModifier)
    status("Ctrl+Left on a main branch")
    editor.select("t1")
    press(editor, K.Key_Minus, M.AltModifier)
    status("Alt+- without a vote")
    editor.scene.clearSelection()
    window.actions_by_name["park"].trigger()
    status("Park with nothing selected")
    editor.select("t1")
    window.actions_by_name["tidy_branch"].trigger()
    status("Tidy Up Branch with nothing placed by hand")
    window.readability.bigger()
    status("Ctrl+Alt+=: bigger text")
    window.readability.reset()
    assert_german(shown)
    assert shown[0][1] == "Der zentrale Knoten kann nicht gelöscht werden"


def test_a_broken_file_is_reported_in_german(national, qtbot, tmp_path):
    window, _editor = national
    del window.show_error            # the real error dialog, not the helper's list
    seen: list[tuple[str, str, str]] = []

    def read_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), window.statusBar().currentMessage()))
            box.close()
        else:
            QTimer.singleShot(20, read_dialog)

    cases = {
        "bad_yaml.yaml": "format: mindmap/1\nroot:\n  text: [unclosed\n",
        "no_format.yaml": "root:\n  text: x\n",
        "bad_tags.yaml": "format: mindmap/1\nroot:\n  text: x\n  tags: [1, 2]\n",
        "unknown_key.yaml": "format: mindmap/1\nroot:\n  text: x\n  colour: red\n",
        "empty.yaml": "",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        QTimer.singleShot(0, read_dialog)
        assert window.open_path(path) is None
    QTimer.singleShot(0, read_dialog)
    assert window.open_path(tmp_path / "missing.yaml") is None
    assert len(seen) == len(cases) + 1
    texts = []
    for (title, text, status), name in zip(seen, [*cases, "missing.yaml"], strict=True):
        assert title == "Mindmap kann nicht geöffnet werden", title
        assert text == status, (text, status)
        where = re.match(rf"^\S*{re.escape(name)}(:\d+)*: ", text)
        assert where, f"the error names the file (and line): {text!r}"
        texts.append((name, text[where.end():]))
    # German; the file format's own words (its keys, listed) are not English to translate
    problems = [(name, said) for name, said in texts if not is_german(said) or
                english_words(KNOWN_KEYS.sub("", said))]
    assert problems == [], problems
    assert any("kein gültiges YAML" in text for _, text in texts)
    assert any("Datei oder Ordner nicht gefunden" in text for _, text in texts)


def test_the_idea_panel_says_mixed_in_german(national, qtbot):
    window, editor = national
    editor.scene.select_only(["threats", "t1"])      # a colour and none: mixed
    qtbot.wait(10)
    panel = window.ideas.panel.widget()
    texts = [w.text() for w in panel.findChildren(QLabel) + panel.findChildren(QPushButton)
             if w.isVisible()]
    assert "(gemischt)" in texts
    assert "(mixed)" not in " ".join(texts)
    assert window.ideas.panel.votes.specialValueText() in ("", "(gemischt)")


def test_the_colour_and_fill_pickers_speak_german(national, qtbot):
    """Ctrl+Shift+C and Ctrl+Shift+B: the picker's help line and buttons, and the panel's
    fill row, in German."""
    from PySide6.QtWidgets import QAbstractButton

    window, editor = national
    editor.select("t1")
    shown: list[tuple[str, str]] = []
    for keys in (K.Key_C, K.Key_B):
        press(editor, keys, M.ControlModifier | M.ShiftModifier)
        picker = window.ideas.color_picker
        assert picker is not None and picker.isVisible()
        shown += [(f"picker {keys}", w.text()) for w in
                  picker.findChildren(QLabel) + picker.findChildren(QAbstractButton)
                  if w.isVisible() and not w.text().isdigit()]
        for label in picker.findChildren(QLabel):      # whole: sized once in German
            assert label.width() >= label.sizeHint().width(), label.text()
        key(editor, K.Key_Escape)
    panel = window.ideas.panel
    shown += [("panel fill", panel.fill.text()), ("panel fill tip", panel.fill.toolTip()),
              ("menu", window.actions_by_name["fill"].text())]
    assert "Hintergrundfarbe wählen (1-6, Pfeile und Eingabe), C: eigene, A: keine, " \
        "B: ganzer Zweig" in [text for _, text in shown]
    assert_german(shown)


def test_a_message_is_put_together_from_german_pieces():
    """The lookup behind all of the above, without Qt: templates and their pieces."""
    assert message("Delete 3 nodes", "de") == "3 Knoten löschen"
    assert message("Add Vote (4 ideas)", "de") == "Stimme hinzufügen (4 Ideen)"
    assert message("Add Tag 'bad ideas' (2 ideas)", "de") == \
        "Schlagwort „bad ideas“ hinzufügen (2 Ideen)"        # the tag stays as written
    assert message("The central node cannot be deleted", "de") == \
        "Der zentrale Knoten kann nicht gelöscht werden"
    assert message("a.yaml:3:1: the file is empty", "de") == "a.yaml:3:1: die Datei ist leer"
    assert message("Layout: radial", "de") == "Anordnung: radial"
    assert message("A text nobody wrote", "de") == "A text nobody wrote"
    assert message("Delete 3 nodes", "en") == "Delete 3 nodes"


def test_numbers_are_written_the_german_way():
    """1,175 reads as one point one seven five in German: counts come out as 1.175."""
    assert message("Delete 1,175 nodes", "de") == "1.175 Knoten löschen"
    assert message("Delete 1,175 nodes", "en") == "Delete 1,175 nodes"
    assert message("Add Tag '1,5' (2 ideas)", "de") == \
        "Schlagwort „1,5“ hinzufügen (2 Ideen)"        # what the user wrote stays as written


def test_what_the_user_wrote_stays_as_written():
    """A tag or node text that happens to be an interface word is not translated."""
    assert message("Add Tag 'Enter' (3 ideas)", "de") == \
        "Schlagwort „Enter“ hinzufügen (3 Ideen)"
    assert message("Rename Tag 'Tab' to 'Space'", "de") == \
        "Schlagwort „Tab“ in „Space“ umbenennen"
    assert message("a.yaml:3: not valid YAML: did not find expected key (while parsing a "
                   "block mapping)", "de") == \
        "a.yaml:3: kein gültiges YAML: der erwartete Schlüssel fehlt (beim Lesen einer " \
        "Block-Zuordnung)"


def test_every_message_the_code_writes_has_german():
    """Every text the code gives to an undo step, the status bar, an error, a dialog or the
    command line (literals and f-string templates, found as ``make translations`` finds
    them) is translated; a translation keeps its template's placeholders."""
    from tools.i18n_catalogue import CLI_WORDS, COMPOSED, code_strings

    from mindmap_app.i18n import catalogue_path, ts_file

    catalogue = ts_file.read_ts(catalogue_path("de", ".ts"))
    found, _dynamic = code_strings()
    assert len(found) > 500
    sources = set(found) | set(COMPOSED) | set(CLI_WORDS)
    missing = sorted(f"{found.get(s, 'COMPOSED')}: {s!r}" for s in sources
                     if s not in catalogue or not catalogue[s].finished)
    assert missing == [], "run make translations and translate:\n" + "\n".join(missing)
    placeholder = re.compile(r"\{(\w+)\}")
    wrong = [s for s in sources if set(placeholder.findall(s)) !=
             set(placeholder.findall(catalogue[s].translation))]
    assert wrong == []


def test_the_presentation_speaks_german(national, qtbot):
    from PySide6.QtCore import QSettings

    from tests.app.test_presentation import key, present

    settings = QSettings("mindmap-app", "mindmap-app")
    settings.setValue("presentation/animate", False)
    settings.setValue("presentation/reveal", False)
    _window, editor = national
    presentation = present(qtbot, editor)
    labels = presentation.step_labels
    total = len(presentation.frames)
    assert labels.indicator.text() == f"Übersicht · Schritt 1 von {total}"
    texts = [" ".join(t.lines) for card in presentation.board.plan.cards for t in card.texts
             if t.role in ("count", "more", "sub-more")]
    assert texts and all("Idee" in t or "weitere" in t or t == "+" for t in texts), texts
    shown = []
    for _ in range(total - 1):
        key(presentation, Qt.Key.Key_PageDown)
        shown += [labels.indicator.text(), labels.heading.text()]
    assert any("(Fortsetzung)" in t for t in shown)
    assert not [t for t in shown if english_words(t.split(" ·")[-1]) or "step" in t]
    key(presentation, Qt.Key.Key_Escape)


def test_a_voting_round_counts_in_german(national, qtbot):
    from PySide6.QtTest import QTest

    from tests.app.test_facilitation_gui import active_form, back_to_map

    window, editor = national
    editor.select("t1")
    press(editor, K.Key_V, M.ControlModifier | M.AltModifier)      # Start Voting...
    form = active_form(qtbot)
    QTest.keyClick(form.dots, K.Key_A, M.ControlModifier)
    QTest.keyClicks(form.dots, "2")
    form.people.setFocus()
    QTest.keyClick(form.people, K.Key_A, M.ControlModifier)
    QTest.keyClicks(form.people, "2")
    QTest.keyClick(form.people, K.Key_Return)
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible())
    back_to_map(qtbot, editor)
    assert window.facilitation.counter.text() == "Abstimmung: 0 Punkte vergeben, 4 übrig"
    editor.select("t1")
    press(editor, K.Key_Equal, M.AltModifier)
    assert window.facilitation.counter.text() == "Abstimmung: 1 Punkt vergeben, 3 übrig"
    assert undo_step(window, editor) == "Stimme hinzufügen"


def test_a_screen_reader_hears_german(national, qtbot):
    window, editor = national
    editor.select("threats")
    qtbot.waitUntil(lambda: editor.view.accessibleName() == "Threats")
    said = editor.view.accessibleDescription()
    assert said.startswith("Ebene 2; 1 von 2"), said
    assert "Unterknoten" in said and "Schlagwörter threat" in said, said
    assert not english_words(said.replace("threat", "")), said
    editor.scene.clearSelection()
    qtbot.waitUntil(lambda: editor.view.accessibleName() == "Mindmap: keine Idee ausgewählt")
