"""Presentation mode in the real window: F5, clicker keys, live ideas, reveal, focus, timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest

from mindmap_app.app.presentation import Presentation, start_presentation
from tests.gui_helpers import copy_samples, open_window, press

K = Qt.Key
M = Qt.KeyboardModifier
BRANCHES = ["threats", "opportunities"]


@pytest.fixture
def national(qtbot, tmp_path):
    settings = QSettings("mindmap-app", "mindmap-app")
    settings.setValue("presentation/animate", False)       # no animation in tests
    settings.setValue("presentation/reveal", False)
    folder = copy_samples(tmp_path)
    return open_window(qtbot, folder / "national.yaml")


def present(qtbot, editor, **options) -> Presentation:  # noqa: ANN001
    """Start presenting (F5 unless options are given) and make the screen 1920x1080."""
    if options:
        presentation = start_presentation(editor, **options)
    else:
        press(editor, K.Key_F5)
        presentation = editor.findChild(Presentation)
    assert presentation is not None and presentation.isVisible()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=2000)
    presentation.showNormal()
    presentation.resize(1920, 1080)
    qtbot.waitUntil(lambda: presentation.viewport().size().width() == 1920, timeout=2000)
    return presentation


def key(presentation, k, modifier=M.NoModifier) -> None:  # noqa: ANN001
    QTest.keyClick(presentation, k, modifier)


def on_screen(presentation) -> set[str]:  # noqa: ANN001
    """Nodes shown whole (not hidden) inside the presentation's screen."""
    rect = presentation.visible_scene_rect()
    return {n for n, item in presentation.map_scene.items_by_id.items()
            if item.isVisible() and rect.contains(item.box_rect())}


def step_trail(presentation) -> list:  # noqa: ANN001
    """Press PageDown from the first step to the last; the branches met, in order, and the
    nodes seen in each."""
    key(presentation, K.Key_Home)
    trail = [(presentation.frame.branch, on_screen(presentation))]
    while presentation.index < len(presentation.frames) - 1:
        key(presentation, K.Key_PageDown)
        trail.append((presentation.frame.branch, on_screen(presentation)))
    return trail


def test_f5_presents_the_same_scene_full_screen_in_the_projector_theme(national, qtbot):
    window, editor = national
    assert window.actions_by_name["present"].shortcut().toString() == "F5"
    press(editor, K.Key_F5)
    presentation = editor.findChild(Presentation)
    assert presentation.isWindow() and presentation.isFullScreen()
    assert presentation.scene() is editor.scene
    assert presentation.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert presentation.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert editor.mind_map.theme == "light" and editor.scene.theme.name == "projector"
    press(editor, K.Key_F5)                # again: the running one, not a second one
    assert len([p for p in editor.findChildren(Presentation) if p.active]) == 1


def test_stepping_visits_overview_each_branch_and_overview(national, qtbot):
    _, editor = national
    presentation = present(qtbot, editor)
    m = editor.mind_map
    trail = step_trail(presentation)
    order = [branch for i, (branch, _) in enumerate(trail) if i == 0 or branch != trail[i - 1][0]]
    assert order == [None, "threats", "opportunities", None]
    assert {"national", "threats", "opportunities"} <= trail[0][1] <= trail[-1][1]
    for branch in BRANCHES:
        seen = [nodes for b, nodes in trail if b == branch]
        assert branch in seen[0], "a branch starts at its root"
        assert set(m.children(branch)) <= set().union(*seen), "every idea is shown whole"
    # the steps of a branch dim the rest of the map
    presentation.go_to_branch(1)
    items = editor.scene.items_by_id
    assert not items["threats"].dimmed and not items["t1"].dimmed
    assert items["opportunities"].dimmed and items["national"].dimmed
    key(presentation, K.Key_Home)
    assert not any(item.dimmed for item in items.values())


@pytest.mark.parametrize(("k", "delta"), [
    (K.Key_PageDown, 1), (K.Key_Right, 1), (K.Key_Down, 1), (K.Key_Space, 1),
    (K.Key_Return, 1), (K.Key_Enter, 1),
    (K.Key_PageUp, -1), (K.Key_Left, -1), (K.Key_Up, -1), (K.Key_Backspace, -1)])
def test_each_clicker_key_steps(national, qtbot, k, delta):
    _, editor = national
    before = editor.mind_map.snapshot()
    presentation = present(qtbot, editor)
    presentation.go_to(2)
    key(presentation, k)
    assert presentation.index == 2 + delta
    frame = presentation.frame
    centre = presentation.visible_scene_rect().center()
    assert abs(centre.x() - frame.center[0]) < 2 and abs(centre.y() - frame.center[1]) < 2
    assert presentation.transform().m11() == pytest.approx(frame.scale)
    assert editor.mind_map.snapshot() == before, "stepping never edits the map"


def test_home_end_and_number_enter_jump(national, qtbot):
    _, editor = national
    presentation = present(qtbot, editor)
    key(presentation, K.Key_End)
    assert presentation.index == len(presentation.frames) - 1
    assert presentation.frame.branch is None
    key(presentation, K.Key_Home)
    assert presentation.index == 0
    key(presentation, K.Key_2)
    assert presentation.hint.isVisible()
    key(presentation, K.Key_Return)
    assert presentation.frame.branch == "opportunities"
    assert "opportunities" in on_screen(presentation)
    assert not presentation.hint.isVisible()
    key(presentation, K.Key_1)
    key(presentation, K.Key_Enter)
    assert presentation.frame.branch == "threats" and "threats" in on_screen(presentation)
    key(presentation, K.Key_0)
    key(presentation, K.Key_Return)
    assert presentation.index == 0


def test_tab_adds_an_idea_live_as_one_undo_step(national, qtbot):
    _, editor = national
    m = editor.mind_map
    presentation = present(qtbot, editor)
    assert not editor.scene.selectedItems(), "no selection outline on the screen"
    before = m.snapshot()
    presentation.go_to_branch(1)
    steps = editor.document.undo_stack.count()
    kids = list(m.children("threats"))
    key(presentation, K.Key_Tab)
    assert editor.editor.active, "the new idea is edited in place"
    assert editor.editor.node in on_screen(presentation), "in view while it is typed"
    QTest.keyClicks(presentation, "Ask the council")
    key(presentation, K.Key_Return)
    assert not editor.editor.active and presentation.active
    new = [n for n in m.children("threats") if n not in kids]
    assert len(new) == 1 and m.text(new[0]) == "Ask the council"
    assert editor.document.undo_stack.count() == steps + 1
    assert new[0] in on_screen(presentation), "the presentation follows the new idea"
    key(presentation, K.Key_Z, M.ControlModifier)
    assert m.snapshot() == before
    assert presentation.active


def test_tab_adds_to_the_clicked_node(national, qtbot):
    _, editor = national
    m = editor.mind_map
    presentation = present(qtbot, editor)
    presentation.go_to_branch(2)
    QTest.mouseClick(presentation.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     presentation.mapFromScene(editor.scene.items_by_id["o2"].pos()))
    assert presentation.focus_node == "o2"
    key(presentation, K.Key_Tab)
    QTest.keyClicks(presentation, "Case study")
    key(presentation, K.Key_Return)
    assert [m.text(c) for c in m.children("o2")] == ["Case study"]


def test_escape_leaves_editing_then_presentation_restoring_the_main_view(national, qtbot):
    _, editor = national
    view = editor.view
    view.set_zoom(1.5)
    view.centerOn(editor.scene.items_by_id["o1"].pos())     # far from the threats
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
    zoom = view.zoom()
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    before = editor.mind_map.snapshot()
    presentation = present(qtbot, editor)
    key(presentation, K.Key_PageDown)
    key(presentation, K.Key_PageDown)
    key(presentation, K.Key_Tab)                        # the editor scrolls to the new idea
    QTest.keyClicks(presentation, "kept for a moment")
    key(presentation, K.Key_Return)
    key(presentation, K.Key_Z, M.ControlModifier)
    key(presentation, K.Key_Tab)
    QTest.keyClicks(presentation, "half a thought")
    key(presentation, K.Key_Escape)
    assert not editor.editor.active and presentation.active, "Esc leaves editing first"
    assert editor.mind_map.snapshot() == before, "Esc on a new idea takes it back"
    key(presentation, K.Key_R)                          # hides some nodes
    key(presentation, K.Key_Escape)
    assert not presentation.active and not presentation.isVisible()
    assert view.zoom() == zoom
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == scroll
    assert editor.scene.theme.name == "light"
    assert editor.current() == "national", "the selection is given back too"
    items = editor.scene.items_by_id.values()
    assert all(item.isVisible() and not item.dimmed for item in items)
    assert all(edge.isVisible() and edge.opacity() == 1.0 for edge in editor.scene.edges.values())


def fonts_drawn(item):  # noqa: ANN001, ANN201
    fonts = [item.geometry.font]
    if item.look.tags or item.look.votes > 5 or item.look.folded_count:
        fonts.append(item.geometry.small_font)     # chips, vote count, fold badge
    return fonts


@pytest.mark.parametrize("theme", ["projector", "light", "dark"])
def test_every_visible_text_is_at_least_24_px_at_1920x1080(national, qtbot, theme):
    _, editor = national
    presentation = present(qtbot, editor, theme=theme, animate=False, reveal=False)
    assert editor.scene.theme.name == theme
    for index in range(len(presentation.frames)):
        presentation.go_to(index, animate=False)
        rect = presentation.visible_scene_rect()
        scale = presentation.transform().m11()
        shown = [item for item in editor.scene.items_by_id.values()
                 if item.isVisible() and rect.intersects(item.box_rect())]
        assert shown
        smallest = min(QFontMetricsF(f).height() * scale for i in shown for f in fonts_drawn(i))
        assert smallest >= 24.0, (theme, index, smallest)


def test_reveal_mode_shows_one_child_at_a_time(national, qtbot):
    _, editor = national
    m = editor.mind_map
    presentation = present(qtbot, editor)
    key(presentation, K.Key_R)
    assert presentation.reveal
    presentation.go_to_branch(1)
    items, edges = editor.scene.items_by_id, editor.scene.edges
    kids = m.children("threats")
    assert items["threats"].isVisible() and not any(items[k].isVisible() for k in kids)
    assert not any(edges[k].isVisible() for k in kids)
    for count in range(1, len(kids) + 1):
        key(presentation, K.Key_PageDown)
        shown = [k for k in kids if items[k].isVisible()]
        assert shown == kids[:count]
        assert kids[count - 1] in on_screen(presentation)
    key(presentation, K.Key_PageDown)
    assert presentation.frame.branch == "opportunities"
    assert all(items[k].isVisible() for k in kids)
    key(presentation, K.Key_R)
    assert all(item.isVisible() for item in items.values())


def test_clicking_a_node_zooms_to_it_and_dims_the_rest(national, qtbot):
    _, editor = national
    presentation = present(qtbot, editor)
    presentation.go_to_branch(1)
    items = editor.scene.items_by_id
    frame_scale = presentation.transform().m11()
    QTest.mouseClick(presentation.viewport(), Qt.MouseButton.LeftButton, M.NoModifier,
                     presentation.mapFromScene(items["t3"].pos()))
    assert presentation.focus_node == "t3"
    assert not items["t3"].dimmed
    assert items["t1"].dimmed and items["threats"].dimmed and items["national"].dimmed
    assert "t3" in on_screen(presentation)
    assert presentation.transform().m11() > frame_scale, "a close-up"
    key(presentation, K.Key_Escape)
    assert presentation.active and presentation.focus_node is None
    assert not items["t1"].dimmed


def test_timer_counts_down(national, qtbot):
    _, editor = national
    presentation = present(qtbot, editor)
    now = [1000.0]
    presentation.timer.clock = lambda: now[0]
    label = presentation.timer_label
    assert not label.isVisible(), "hidden until used"
    key(presentation, K.Key_5)
    key(presentation, K.Key_T)
    assert label.isVisible() and label.text() == "5:00"
    now[0] += 61
    qtbot.waitUntil(lambda: label.text() == "3:59", timeout=2000)
    key(presentation, K.Key_T)                        # pause
    now[0] += 100
    QTest.qWait(300)
    assert label.text() == "3:59"
    key(presentation, K.Key_T)                        # go on
    now[0] += 300
    qtbot.waitUntil(lambda: label.text() == "0:00", timeout=2000)
    qtbot.waitUntil(lambda: not presentation.timer.running, timeout=2000)
    assert presentation.timer.expired
    key(presentation, K.Key_T, M.ShiftModifier)       # reset
    assert label.text() == "5:00" and not presentation.timer.running


def test_moves_between_steps_animate(national, qtbot):
    _, editor = national
    presentation = present(qtbot, editor, animate=True)
    start = presentation.visible_scene_rect().center()
    key(presentation, K.Key_PageDown)
    target = presentation.frame.center
    assert abs(start.x() - target[0]) > 100
    assert abs(presentation.visible_scene_rect().center().x() - start.x()) < 50, "not a jump"

    def arrived() -> bool:
        centre = presentation.visible_scene_rect().center()
        return abs(centre.x() - target[0]) < 2 and abs(centre.y() - target[1]) < 2

    qtbot.waitUntil(arrived, timeout=2000)


def test_save_theme_into_map_is_one_undo_step_and_presentation_uses_it(national, qtbot):
    window, editor = national
    steps = editor.document.undo_stack.count()
    window.actions_by_name["theme_dark"].trigger()
    assert editor.mind_map.theme == "light", "choosing a theme alone does not change the map"
    window.actions_by_name["save_theme"].trigger()
    assert editor.mind_map.theme == "dark" and editor.document.modified
    assert editor.document.undo_stack.count() == steps + 1
    presentation = present(qtbot, editor)
    assert editor.scene.theme.name == "dark", "the map asked for dark"
    key(presentation, K.Key_Escape)
    editor.document.undo_stack.undo()
    assert editor.mind_map.theme == "light" and editor.scene.theme.name == "light"


def test_reveal_setting_starts_revealing_and_live_ideas_show_at_once(national, qtbot):
    _, editor = national
    QSettings("mindmap-app", "mindmap-app").setValue("presentation/reveal", True)
    presentation = present(qtbot, editor)
    assert presentation.reveal
    presentation.go_to_branch(2)
    items = editor.scene.items_by_id
    assert not items["o1"].isVisible()
    key(presentation, K.Key_Tab)
    QTest.keyClicks(presentation, "From the floor")
    key(presentation, K.Key_Return)
    new = editor.mind_map.children("opportunities")[-1]
    assert editor.mind_map.text(new) == "From the floor"
    assert items[new].isVisible() and not items["o1"].isVisible()
    assert new in on_screen(presentation)


def test_a_map_without_branches_is_one_overview(qtbot, tmp_path):
    from mindmap_app.app.main_window import MainWindow

    window = MainWindow()
    window.ask_save = lambda document: "discard"
    qtbot.addWidget(window)
    window.show()
    window.new_map()
    editor = window.editor()
    editor.commit_pending_edit()
    presentation = present(qtbot, editor, animate=False, reveal=True)
    assert [f.branch for f in presentation.frames] == [None, None]
    key(presentation, K.Key_PageDown)
    key(presentation, K.Key_2)
    key(presentation, K.Key_Return)
    assert presentation.index == 0 and editor.mind_map.root in on_screen(presentation)
    key(presentation, K.Key_Tab)
    QTest.keyClicks(presentation, "First idea")
    key(presentation, K.Key_Return)
    assert [editor.mind_map.text(c) for c in editor.mind_map.children(editor.mind_map.root)] \
        == ["First idea"]


def test_every_shown_idea_of_a_deep_branch_is_whole_on_one_of_its_steps(qtbot, tmp_path):
    """The steps are planned from each branch's bounds, grandchildren and deeper included
    (worked out once per plan); a folded idea's children take no room in them."""
    settings = QSettings("mindmap-app", "mindmap-app")
    settings.setValue("presentation/animate", False)
    settings.setValue("presentation/reveal", False)
    _, editor = open_window(qtbot, copy_samples(tmp_path) / "breakouts.yaml")
    m = editor.mind_map
    editor.scene.select_only(["coop_3"])
    press(editor, K.Key_Space)                          # fold coop_3: coop_3_1 is not shown
    assert m.get("coop_3", "folded")
    presentation = present(qtbot, editor)
    trail = step_trail(presentation)
    for branch in m.children(m.root):
        seen = set().union(*(nodes for b, nodes in trail if b == branch))
        shown = {n for n in m.subtree(branch) if n in presentation.map_scene.items_by_id}
        assert "coop_1_1_1" in shown or branch != "cooperatives"
        assert shown <= seen, (branch, shown - seen)
    assert "coop_3_1" not in presentation.map_scene.items_by_id


def test_an_idea_added_live_at_the_end_of_a_long_branch_is_counted_on_its_step(national,
                                                                               qtbot):
    """On a small screen Threats takes several steps; an idea added live on its first step
    goes to the end of the branch and the view follows it there: the corner then counts the
    step that shows it ("Threats 3/3", not "Threats 1/3"), and the next key goes on from it.
    With the legend shown, the timer stands below it, not over it."""
    window, editor = national
    window.actions_by_name["legend"].trigger()
    presentation = present(qtbot, editor)
    presentation.resize(1280, 720)
    qtbot.waitUntil(lambda: presentation.viewport().size().width() == 1280, timeout=2000)
    presentation.go_to_branch(1)
    mine = [i for i, f in enumerate(presentation.frames) if f.branch == "threats"]
    assert len(mine) >= 2 and presentation.index == mine[0]
    key(presentation, K.Key_Tab)
    new = editor.editor.node
    assert new is not None and editor.mind_map.parent(new) == "threats"
    QTest.keyClicks(presentation, "From the back row")
    key(presentation, K.Key_Return)
    assert editor.mind_map.text(new) == "From the back row"
    assert new in on_screen(presentation)
    mine = [i for i, f in enumerate(presentation.frames) if f.branch == "threats"]
    assert presentation.index == mine[-1]
    indicator = presentation.step_labels.indicator.text()
    assert indicator.startswith(f"Threats {len(mine)}/{len(mine)}"), indicator
    key(presentation, K.Key_PageDown)
    assert presentation.frame.branch == "opportunities"
    key(presentation, K.Key_T)
    timer, legend = presentation.timer_label, presentation.legend
    assert timer.isVisible() and legend is not None and legend.isVisible()
    assert not timer.geometry().intersects(legend.geometry())
