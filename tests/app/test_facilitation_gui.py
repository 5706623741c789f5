"""The workshop actions in the window, driven by real keys and clicks, checked against the
model, undo/redo and save/reload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from mindmap_app.io.yaml_format import load_map
from mindmap_app.model import facilitation_ops as fops
from tests.gui_helpers import copy_samples, node_view_point, open_window, press, type_text

K = Qt.Key
M = Qt.KeyboardModifier
CTRL, SHIFT, ALT = M.ControlModifier, M.ShiftModifier, M.AltModifier


@pytest.fixture
def window_editor(qtbot, tmp_path):  # noqa: ANN001, ANN201
    folder = copy_samples(tmp_path)
    path = folder / "national.yaml"
    window, editor = open_window(qtbot, path)
    editor.document.path = tmp_path / "national.yaml"   # a saveable copy, not the template
    return window, editor


def select(editor, *nodes: str) -> None:  # noqa: ANN001
    """Click the first node, Ctrl+click the others (real mouse clicks)."""
    viewport = editor.view.viewport()
    editor.scene.clearSelection()
    for i, node in enumerate(nodes):
        editor.view.ensure_node_visible(node)
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL if i else M.NoModifier,
                         node_view_point(editor, node))
    assert editor.selected() and set(editor.selected()) == set(nodes)
    editor.view.setFocus()


def undo(editor) -> None:  # noqa: ANN001
    press(editor, K.Key_Z, CTRL)


def redo(editor) -> None:  # noqa: ANN001
    press(editor, K.Key_Z, CTRL | SHIFT)


def save_and_reload(window, editor) -> object:  # noqa: ANN001, ANN201
    press(editor, K.Key_S, CTRL)
    assert not editor.document.modified, window.errors
    return load_map(editor.document.path)


def back_to_map(qtbot, editor) -> None:  # noqa: ANN001
    """After a form closes the map has the keyboard again."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view, timeout=5000)


def active_form(qtbot):  # noqa: ANN001, ANN201
    """The form just opened, once it has the keyboard (as it has for a user)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    form = QApplication.activeModalWidget()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    QApplication.focusWidget().window() is form, timeout=5000)
    return form


# ------------------------------------------------------------------------------- votes
def test_alt_equal_and_alt_minus_add_and_remove_a_vote_one_step_each(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    first = m.children("threats")[0]
    select(editor, first)
    press(editor, K.Key_Equal, ALT)
    press(editor, K.Key_Equal, ALT)
    assert m.get(first, "votes") == 2
    assert editor.scene.items_by_id[first].look.votes == 2     # the dots are drawn
    press(editor, K.Key_Minus, ALT)
    assert m.get(first, "votes") == 1
    undo(editor)
    assert m.get(first, "votes") == 2
    undo(editor)
    assert m.get(first, "votes") == 1
    redo(editor)
    assert m.get(first, "votes") == 2
    assert save_and_reload(window, editor).get(first, "votes") == 2


def test_a_voting_round_with_a_budget_clicks_keys_hidden_tallies_and_its_record(
        window_editor, qtbot):
    window, editor = window_editor
    m = editor.mind_map
    a, b = m.children("threats")[:2]
    select(editor, a)
    press(editor, K.Key_V, CTRL | ALT)                      # Start Voting...
    form = active_form(qtbot)
    assert form.focusWidget() is form.dots
    QTest.keyClick(form.dots, K.Key_A, CTRL)
    QTest.keyClicks(form.dots, "2")                          # 2 dots each
    form.people.setFocus()
    QTest.keyClick(form.people, K.Key_A, CTRL)
    QTest.keyClicks(form.people, "2")                        # 2 people: 4 dots
    QTest.mouseClick(form.hidden, Qt.MouseButton.LeftButton)
    QTest.keyClick(form.people, K.Key_Return)
    qtbot.waitUntil(lambda: window.facilitation.counter.isVisible())
    back_to_map(qtbot, editor)
    voting = window.facilitation._bound_voting
    assert voting.running and voting.round.budget.total == 4
    assert editor.scene.votes_hidden
    viewport = editor.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, b))            # a click is a dot
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, M.NoModifier,
                     node_view_point(editor, b))
    assert m.get(b, "votes") == 2
    assert editor.scene.items_by_id[b].look.votes == 0      # tally hidden from the room
    assert window.facilitation.counter.text() == "Voting: 2 dots placed, 2 left"
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT,
                     node_view_point(editor, b))            # Shift+click takes one back
    assert m.get(b, "votes") == 1
    assert editor.selected() == [a]                          # clicks placed dots only
    for _ in range(4):                                       # only 3 dots are left
        press(editor, K.Key_Equal, ALT)
    assert m.get(a, "votes") == 3
    assert window.facilitation.counter.text() == "Voting: 4 dots placed, 0 left"
    assert "All 4 dots are placed" in window.statusBar().currentMessage()
    undo(editor)                                             # undo gives a dot back
    assert window.facilitation.counter.text() == "Voting: 3 dots placed, 1 left"
    redo(editor)
    press(editor, K.Key_R, CTRL | ALT)                       # reveal
    assert editor.scene.items_by_id[b].look.votes == 1
    press(editor, K.Key_V, CTRL | ALT)                       # End Voting
    assert not voting.running and not window.facilitation.counter.isVisible()
    assert len(m.voting_rounds) == 1
    record = m.voting_rounds[0]
    assert (record["dots"], record["people"], record["placed"]) == (2, 2, 4)
    undo(editor)
    assert m.voting_rounds == ()
    redo(editor)
    again = save_and_reload(window, editor)
    assert again.voting_rounds == m.voting_rounds
    assert (again.get(a, "votes"), again.get(b, "votes")) == (3, 1)
    assert editor.document.path.read_text(encoding="utf-8").startswith("format: mindmap/2")


def test_sort_by_votes_and_highlight_top(window_editor, qtbot):
    window, editor = window_editor
    m = editor.mind_map
    kids = m.children("threats")
    for node, votes in ((kids[3], 3), (kids[5], 5), (kids[7], 1)):
        select(editor, node)
        for _ in range(votes):
            press(editor, K.Key_Equal, ALT)
    select(editor, "threats")
    press(editor, K.Key_S, CTRL | ALT)
    assert m.children("threats")[:3] == [kids[5], kids[3], kids[7]]
    undo(editor)
    assert m.children("threats") == kids
    redo(editor)
    assert save_and_reload(window, editor).children("threats")[:3] == [kids[5], kids[3],
                                                                        kids[7]]
    press(editor, K.Key_H, CTRL | ALT)                       # Highlight Top Ideas...
    form = active_form(qtbot)
    QTest.keyClick(form.count, K.Key_A, CTRL)
    QTest.keyClicks(form.count, "2")
    QTest.keyClick(form.count, K.Key_Return)
    back_to_map(qtbot, editor)
    highlighted = {n for n, i in editor.scene.items_by_id.items() if i.highlighted}
    assert highlighted == {kids[5], kids[3]}
    assert not editor.document.undo_stack.canRedo() and m.get(kids[5], "votes") == 5
    press(editor, K.Key_H, CTRL | ALT)                       # again: cleared
    assert not any(i.highlighted for i in editor.scene.items_by_id.values())


# ----------------------------------------------------------------- park, group, merge
def test_park_and_unpark_by_key_one_step_each_and_the_lot_survives_save(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    kids = m.children("threats")
    select(editor, kids[1], kids[4])
    press(editor, K.Key_P, CTRL | SHIFT)
    lot = fops.parking_lot(m)
    assert lot is not None and m.children(lot) == [kids[1], kids[4]]
    assert editor.scene.items_by_id[lot].look.dashed          # drawn distinctly
    parked, main = editor.scene.items_by_id[kids[1]].look, editor.scene.items_by_id[
        "threats"].look
    assert main.bold and not parked.bold, "a parked idea is drawn as an idea, not a branch"
    assert parked.font_size == editor.scene.theme.font_size < main.font_size
    assert kids[1] not in m.children("threats")
    undo(editor)
    assert m.children("threats") == kids and fops.parking_lot(m) is None
    redo(editor)
    reloaded = save_and_reload(window, editor)
    assert reloaded.children(fops.parking_lot(reloaded)) == [kids[1], kids[4]]
    select(editor, kids[4], kids[1])
    press(editor, K.Key_U, CTRL | SHIFT)                      # both back where they were
    assert m.children("threats") == kids and m.children(lot) == []
    undo(editor)
    assert m.children(lot) == [kids[1], kids[4]]
    redo(editor)
    assert m.children("threats") == kids
    undo(editor)
    select(editor, kids[1], "opportunities")                  # or under the selected idea
    press(editor, K.Key_U, CTRL | SHIFT)
    assert m.parent(kids[1]) == "opportunities"
    assert save_and_reload(window, editor).parent(kids[1]) == "opportunities"


def test_group_opens_the_new_idea_in_edit_and_ungroup_puts_the_ideas_back(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    kids = m.children("threats")
    select(editor, kids[2], kids[0], kids[5])                 # the first clicked leads
    press(editor, K.Key_G, CTRL)
    group = m.parent(kids[2])
    assert group != "threats" and m.parent(group) == "threats"
    assert m.children(group) == [kids[2], kids[0], kids[5]]
    assert editor.editor.active                               # typing names the group
    type_text(editor, "Pace of change")
    press(editor, K.Key_Return)
    assert m.text(group) == "Pace of change"
    undo(editor)
    assert m.text(group) == "Group"
    undo(editor)
    assert m.children("threats") == kids and group not in m
    redo(editor)
    redo(editor)
    assert m.text(group) == "Pace of change"
    assert save_and_reload(window, editor).children(group) == [kids[2], kids[0], kids[5]]
    select(editor, group)
    press(editor, K.Key_G, CTRL | SHIFT)
    assert group not in m and set(m.children("threats")) == set(kids)
    undo(editor)
    assert m.children(group) == [kids[2], kids[0], kids[5]]


def test_merge_by_key_sums_and_undo_gives_back_the_exact_map(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    kids = m.children("threats")
    for node, votes in ((kids[0], 2), (kids[1], 3)):
        select(editor, node)
        for _ in range(votes):
            press(editor, K.Key_Equal, ALT)
    before = m.snapshot()
    select(editor, kids[0], kids[1], kids[2])
    texts = [m.text(k) for k in kids[:3]]
    press(editor, K.Key_M, CTRL)
    assert kids[1] not in m and kids[2] not in m
    assert m.get(kids[0], "votes") == 5 and m.text(kids[0]) == texts[0]
    assert texts[1] in m.get(kids[0], "note") and texts[2] in m.get(kids[0], "note")
    assert editor.document.undo_stack.undoText() == "Merge 3 ideas"
    after = m.snapshot()
    undo(editor)
    assert m.snapshot() == before
    redo(editor)
    assert m.snapshot() == after
    assert save_and_reload(window, editor).same_as(m)


def test_mark_as_action_with_owner_and_due_date_by_keys(window_editor, qtbot):
    window, editor = window_editor
    m = editor.mind_map
    node = m.children("opportunities")[0]
    select(editor, node)
    press(editor, K.Key_A, CTRL | SHIFT)
    form = active_form(qtbot)
    QTest.keyClicks(form.owner, "Ana")
    form.due.setFocus()
    QTest.keyClicks(form.due, "next week")
    QTest.keyClick(form.due, K.Key_Return)
    assert form.isVisible() and "YYYY-MM-DD" in form.error.text()   # refused, stays open
    QTest.keyClick(form.due, K.Key_A, CTRL)
    QTest.keyClicks(form.due, "2026-12-31")
    QTest.keyClick(form.due, K.Key_Return)
    back_to_map(qtbot, editor)
    assert m.get(node, "action") == {"owner": "Ana", "due": "2026-12-31"}
    look = editor.scene.items_by_id[node].look
    assert ("▶ Action: Ana, 2026-12-31", "#5b3f99") in look.tags   # drawn on the idea
    undo(editor)
    assert m.get(node, "action") is None
    redo(editor)
    reloaded = save_and_reload(window, editor)
    assert reloaded.get(node, "action") == {"owner": "Ana", "due": "2026-12-31"}
    press(editor, K.Key_A, CTRL | SHIFT)                      # Not an Action
    form = active_form(qtbot)
    clear = next(b for b in form.buttons.buttons() if b.text() == "&Not an Action")
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    back_to_map(qtbot, editor)
    assert m.get(node, "action") is None
    undo(editor)
    assert m.get(node, "action") == {"owner": "Ana", "due": "2026-12-31"}


# ----------------------------------------------------------------------------- filter
def test_filter_bar_dims_or_hides_keeping_ancestors_and_is_no_edit(window_editor, qtbot,
                                                                   tmp_path):
    window, editor = window_editor
    m = editor.mind_map
    bar = window.facilitation.filter_bar
    kids = m.children("threats")
    target = kids[3]
    select(editor, target)
    for _ in range(2):
        press(editor, K.Key_Equal, ALT)
    steps = editor.document.undo_stack.count()
    press(editor, K.Key_F, CTRL | SHIFT)
    assert bar.isVisible() and QApplication.focusWidget() is bar.text
    QTest.keyClicks(bar.text, "transition")
    scene = editor.scene
    matched = {n for n in m.nodes() if "transition" in (m.text(n) + m.get(n, "note")).lower()}
    assert matched and {n for n, i in scene.items_by_id.items() if not i.dimmed} == matched
    bar.votes.setFocus()
    QTest.keyClick(bar.votes, K.Key_Up)                       # votes >= 1: and-combined
    QTest.keyClick(bar.votes, K.Key_Up)                       # >= 2
    assert {n for n, i in scene.items_by_id.items() if not i.dimmed} == \
        {n for n in matched if m.get(n, "votes") >= 2}
    bar.text.setFocus()
    QTest.keyClick(bar.text, K.Key_A, CTRL)
    QTest.keyClick(bar.text, K.Key_Delete)
    assert {n for n, i in scene.items_by_id.items() if not i.dimmed} == {target}
    bar.mode.setFocus()
    QTest.keyClick(bar.mode, K.Key_Down)                       # "Hide the rest"
    assert bar.mode.currentData() == "hide"
    assert set(scene.items_by_id) == {target, "threats", m.root}   # ancestors kept
    assert set(scene.layout_result.centers) == set(scene.items_by_id)
    QTest.mouseClick(bar.tag_buttons["opportunity"], Qt.MouseButton.LeftButton)
    assert set(scene.items_by_id) == {m.root}                  # nothing both: only centre
    QTest.mouseClick(bar.tag_buttons["opportunity"], Qt.MouseButton.LeftButton)
    assert editor.document.undo_stack.count() == steps       # a view setting: no step
    from mindmap_app.app.presentation_plan import presented_branches
    assert presented_branches(scene) == ["threats"]           # the presentation's steps too
    exported = window.facilitation._workshop().filter.export_map()
    assert set(exported.nodes()) == {target, "threats", m.root}
    bar.setFocus()
    export = next(b for b in bar.findChildren(QPushButton) if b.text() == "Export Filtered...")
    QTest.mouseClick(export, Qt.MouseButton.LeftButton)         # the export dialog on it
    dialog = active_form(qtbot)
    assert set(dialog.mind_map.nodes()) == {target, "threats", m.root}
    dialog.format_box.setFocus()
    QTest.keyClick(dialog.format_box, K.Key_Home)               # choose SVG by keyboard
    while dialog.chosen_format().name != "svg":
        QTest.keyClick(dialog.format_box, K.Key_Down)
    svg = tmp_path / "filtered.svg"
    assert dialog.export_to(svg) and svg.read_text(encoding="utf-8").count("<text") >= 3
    assert m.text(kids[0]) not in svg.read_text(encoding="utf-8")
    back_to_map(qtbot, editor)
    bar.text.setFocus()
    QTest.keyClick(bar.text, K.Key_Escape)                     # closing clears the filter
    back_to_map(qtbot, editor)
    assert not bar.isVisible() and len(scene.items_by_id) == len(m)
    assert not any(i.dimmed for i in scene.items_by_id.values())
    press(editor, K.Key_S, CTRL)
    assert "filter" not in editor.document.path.read_text(encoding="utf-8")


def test_the_filter_bar_offers_the_tags_of_the_map_in_front_when_it_opens(window_editor,
                                                                          qtbot, tmp_path):
    window, national = window_editor
    bar = window.facilitation.filter_bar
    press(national, K.Key_F, CTRL | SHIFT)
    assert set(bar.tag_buttons) == {"threat", "opportunity"}
    QTest.keyClick(bar.text, K.Key_Escape)                    # closed
    assert not bar.isVisible()
    (tmp_path / "other").mkdir()
    window.open_path(copy_samples(tmp_path / "other") / "workshop.yaml")   # no tags
    workshop_map = window.editor()
    workshop_map.view.setFocus()
    press(workshop_map, K.Key_F, CTRL | SHIFT)
    assert bar.isVisible() and not bar.tag_buttons
    QTest.keyClick(bar.text, K.Key_Escape)
    window.tabs.setCurrentIndex(0)                             # back to the national map
    national.view.setFocus()
    press(national, K.Key_F, CTRL | SHIFT)
    assert set(bar.tag_buttons) == {"threat", "opportunity"}


def test_a_new_idea_stays_shown_while_a_hide_filter_is_on(window_editor):
    window, editor = window_editor
    m = editor.mind_map
    bar = window.facilitation.filter_bar
    press(editor, K.Key_F, CTRL | SHIFT)
    bar.mode.setFocus()
    QTest.keyClick(bar.mode, K.Key_Down)                       # "Hide the rest"
    QTest.keyClicks(bar.text, "centralisation")
    (match,) = [n for n in m.nodes() if "centralisation" in m.text(n).lower()]
    select(editor, match)
    press(editor, K.Key_Tab)                                   # a child: typed in, kept
    type_text(editor, "New idea")
    press(editor, K.Key_Return)
    new = m.children(match)[-1]
    assert m.text(new) == "New idea" and new in editor.scene.items_by_id


# ------------------------------------------------------------------------------ timer
def test_timer_in_the_status_bar_counts_down_and_flashes_without_a_dialog(window_editor,
                                                                          qtbot):
    window, editor = window_editor
    timer = window.facilitation.timer
    now = [1000.0]
    timer.timer.clock = lambda: now[0]
    timer._flash.setInterval(20)                              # the blinks, sped up
    press(editor, K.Key_T, CTRL | ALT)
    assert QApplication.focusWidget() is timer.minutes.lineEdit() or \
        QApplication.focusWidget() is timer.minutes
    QTest.keyClick(timer.minutes, K.Key_A, CTRL)
    QTest.keyClicks(timer.minutes, "2")
    QTest.keyClick(timer.minutes, K.Key_Return)
    assert timer.timer.running and timer.display.text() == "2:00"
    now[0] += 61
    timer.timer._on_tick()
    assert timer.display.text() == "0:59"
    QTest.keyClick(timer.minutes, K.Key_Escape)
    assert QApplication.focusWidget() is editor.view
    press(editor, K.Key_P, CTRL | ALT)                        # pause
    assert not timer.timer.running and timer.display.text() == "0:59 (paused)"
    press(editor, K.Key_P, CTRL | ALT)                        # resume
    now[0] += 60
    timer.timer._on_tick()
    assert timer.timer.expired and timer.display.text() == "0:00"
    assert timer._flash.isActive() and QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: not timer._flash.isActive(), timeout=8000)
    assert "c0392b" in timer.display.styleSheet()              # stays red, quietly
    m = editor.mind_map
    select(editor, m.children("threats")[0])
    press(editor, K.Key_Equal, ALT)                            # editing goes on meanwhile
    assert m.get(m.children("threats")[0], "votes") == 1


# ----------------------------------------------------------------------------- report
def test_file_export_meeting_report_writes_the_html(window_editor, tmp_path, monkeypatch):
    window, editor = window_editor
    target = tmp_path / "report.html"
    monkeypatch.setattr(window.facilitation, "ask_report_path", lambda start: str(target))
    window.actions_by_name["meeting_report"].trigger()
    text = target.read_text(encoding="utf-8")
    assert "<svg" in text and "Ideas ranked by votes" in text
    assert "Exported the meeting report" in window.statusBar().currentMessage()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_by_name["meeting_report"] in file_menu.actions()


def test_the_facilitate_menu_holds_every_action_with_its_keys(window_editor):
    window, _editor = window_editor
    titles = [a.text() for a in window.menuBar().actions()]
    assert "Fa&cilitate" in titles
    menu = window.facilitation.menu
    names = {a.text() for a in menu.actions()}
    for text in ("&Start Voting...", "&Reveal Tallies", "S&ort Ideas by Votes",
                 "&Highlight Top Ideas...", "&Filter...", "&Park", "&Unpark", "&Group",
                 "U&ngroup", "&Merge into First", "Mark as A&ction...", "&Timer"):
        assert text in names or text.replace("&Reveal", "&Hide") in names, text
    keys = {name: [k.toString() for k in window.actions_by_name[name].shortcuts()]
            for name in ("add_vote", "remove_vote", "park", "unpark", "group", "ungroup",
                         "merge", "mark_action", "filter")}
    assert keys == {"add_vote": ["Alt+=", "Alt++"], "remove_vote": ["Alt+-"],
                    "park": ["Ctrl+Shift+P"], "unpark": ["Ctrl+Shift+U"],
                    "group": ["Ctrl+G"], "ungroup": ["Ctrl+Shift+G"], "merge": ["Ctrl+M"],
                    "mark_action": ["Ctrl+Shift+A"], "filter": ["Ctrl+Shift+F"]}
    # F3 finds the next match in the find bar and adds a tag on the map: one key, two places
    in_find_bar = {window.actions_by_name[n] for n in ("find_next", "find_previous")}
    every = [k.toString() for a in window.findChildren(type(menu.actions()[0]))
             if a not in in_find_bar for k in a.shortcuts()]
    assert len(every) == len(set(every)), "two actions share a key"


def test_votes_are_added_live_in_the_presentation_with_the_same_keys(window_editor, qtbot):
    from mindmap_app.app.presentation import Presentation

    window, editor = window_editor
    m = editor.mind_map
    press(editor, K.Key_F5)
    show = editor.findChild(Presentation)
    qtbot.waitUntil(show.isActiveWindow, timeout=2000)
    QTest.keyClick(show, K.Key_Equal, ALT)                    # nothing clicked yet: a hint
    assert show.hint.isVisible() and "Click an idea" in show.hint.text()
    node = m.children("threats")[0]
    QTest.keyClick(show, K.Key_PageDown)                       # the Threats step
    item = show.map_scene.items_by_id[node]
    QTest.mouseClick(show.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     show.mapFromScene(item.scenePos()))
    assert show.focus_node == node
    QTest.keyClick(show, K.Key_Equal, ALT)
    QTest.keyClick(show, K.Key_Equal, ALT)
    QTest.keyClick(show, K.Key_Minus, ALT)
    assert m.get(node, "votes") == 1 and item.look.votes == 1
    from PySide6.QtGui import QFontMetricsF

    from mindmap_app.app.presentation_plan import READABLE_PX, readable_scale
    dot_font = QFontMetricsF(item.geometry.small_font).height()   # the dots are sized by it
    assert readable_scale(show.map_scene) * dot_font >= READABLE_PX   # read from the back
    QTest.keyClick(show, K.Key_Z, CTRL)
    assert m.get(node, "votes") == 2
    QTest.keyClick(show, K.Key_R, CTRL | ALT)                  # tallies hidden...
    assert item.look.votes == 0 and m.get(node, "votes") == 2
    QTest.keyClick(show, K.Key_R, CTRL | ALT)                  # ...and revealed
    assert item.look.votes == 2
    QTest.keyClick(show, K.Key_Escape)
    QTest.keyClick(show, K.Key_Escape)
    qtbot.waitUntil(lambda: not show.isVisible(), timeout=5000)
    window.activateWindow()
    editor.view.setFocus()
    back_to_map(qtbot, editor)
    assert save_and_reload(window, editor).get(node, "votes") == 2


def test_a_filter_saved_as_a_named_view_is_one_undo_step_and_kept_in_the_file(window_editor,
                                                                             qtbot):
    window, editor = window_editor
    m = editor.mind_map
    bar = window.facilitation.filter_bar
    press(editor, K.Key_F, CTRL | SHIFT)
    QTest.mouseClick(bar.tag_buttons["threat"], Qt.MouseButton.LeftButton)
    bar.mode.setFocus()
    QTest.keyClick(bar.mode, K.Key_Down)                       # "Hide the rest"
    save = next(b for b in bar.findChildren(QPushButton) if b.text() == "Save View...")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    form = active_form(qtbot)
    QTest.keyClicks(form.name, "Threats only")
    QTest.keyClick(form.name, K.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert m.views == ({"name": "Threats only", "tags": ("threat",), "text": "",
                        "min_votes": 0, "mode": "hide"},)
    assert [bar.views.itemText(i) for i in range(bar.views.count())] == ["Views",
                                                                         "Threats only"]
    QTest.keyClick(bar.text, K.Key_Escape)                     # filter off
    assert len(editor.scene.items_by_id) == len(m)
    press(editor, K.Key_F, CTRL | SHIFT)
    bar.views.setFocus()
    QTest.keyClick(bar.views, K.Key_Down)                      # chosen from the list
    assert set(editor.scene.items_by_id) == {m.root, "threats"}
    editor.view.setFocus()
    back_to_map(qtbot, editor)
    undo(editor)
    assert m.views == () and bar.views.count() == 1
    redo(editor)
    assert save_and_reload(window, editor).views == m.views


def test_a_dimming_filter_survives_a_presentation(window_editor, qtbot):
    from mindmap_app.app.presentation import Presentation

    window, editor = window_editor
    bar = window.facilitation.filter_bar
    press(editor, K.Key_F, CTRL | SHIFT)
    QTest.mouseClick(bar.tag_buttons["threat"], Qt.MouseButton.LeftButton)
    dimmed = {n for n, i in editor.scene.items_by_id.items() if i.dimmed}
    assert dimmed and "threats" not in dimmed
    editor.view.setFocus()
    back_to_map(qtbot, editor)
    press(editor, K.Key_F5)
    show = editor.findChild(Presentation)
    qtbot.waitUntil(show.isActiveWindow, timeout=5000)
    assert {n for n, i in editor.scene.items_by_id.items() if i.dimmed} >= dimmed
    QTest.keyClick(show, K.Key_Escape)
    qtbot.waitUntil(lambda: not show.isVisible(), timeout=5000)
    assert {n for n, i in editor.scene.items_by_id.items() if i.dimmed} == dimmed


def test_closing_a_tab_lets_go_of_its_map(window_editor, qtbot, tmp_path):
    window, _editor = window_editor
    (tmp_path / "more").mkdir()
    other = window.open_path(copy_samples(tmp_path / "more") / "local.yaml")
    mind_map = other.mind_map
    assert len(mind_map._listeners) >= 3          # the scene, the voting round, the filter
    window.close_tab(window.tabs.indexOf(other))
    qtbot.waitUntil(lambda: not mind_map._listeners, timeout=5000)


def test_a_new_group_is_named_with_its_ideas_in_view(window_editor):
    """Ctrl+G on ideas at the view's top edge: the view moves so that the new group and the
    ideas it holds can be seen while it is named (it was typed at the edge, its ideas cut
    off above it)."""
    window, editor = window_editor
    m = editor.mind_map
    view = editor.view
    kids = m.children("threats")[:3]
    view.set_zoom(1.0)
    first = editor.scene.items_by_id[kids[0]].box_rect()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.mapFromScene(first.topLeft()).y() - 2)
    select(editor, *kids)
    press(editor, K.Key_G, CTRL)
    group = m.parent(kids[0])
    assert group != "threats" and editor.editor.node == group
    shown = view.viewport().rect()
    for node in (group, *kids):
        assert shown.contains(view.mapFromScene(editor.scene.items_by_id[node].box_rect())
                              .boundingRect()), node
