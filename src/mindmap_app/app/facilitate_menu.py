"""The Facilitate menu, its keys, the filter bar, the voting counter and the timer in the
status bar, and File > Export Meeting Report. ``install_facilitation(window)`` hooks all of it
into the main window; each tab gets its own voting round, filter and highlight
(:func:`workshop`), created when first used and deleted with the tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu

from ..i18n import translate as tr
from ..i18n.messages import message
from .filter_bar import FilterBar, ViewFilter
from .idea_operations import IdeaOperations
from .lifetime import lifetime_of
from .status_timer import StatusTimer
from .voting_controller import VotingController

if TYPE_CHECKING:
    from .facilitation_forms import StartVotingForm, TopForm


@dataclass(frozen=True)
class FacilitateSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    call: str
    on_map: bool = True           # bound to the map area (not fired from the filter's fields)
    separator_before: bool = False


FACILITATE_ACTIONS: tuple[FacilitateSpec, ...] = (
    FacilitateSpec("voting", "&Start Voting...", ("Ctrl+Alt+V",), "toggle_voting", False),
    FacilitateSpec("add_vote", "&Add Vote", ("Alt+=", "Alt++"), "add_vote"),
    FacilitateSpec("remove_vote", "Re&move Vote", ("Alt+-",), "remove_vote"),
    FacilitateSpec("tallies", "&Reveal Tallies", ("Ctrl+Alt+R",), "toggle_tallies", False),
    FacilitateSpec("sort_votes", "S&ort Ideas by Votes", ("Ctrl+Alt+S",), "sort_by_votes"),
    FacilitateSpec("highlight_top", "&Highlight Top Ideas...", ("Ctrl+Alt+H",),
                   "highlight_top", False),
    FacilitateSpec("filter", "&Filter...", ("Ctrl+Shift+F",), "show_filter", False, True),
    FacilitateSpec("export_filtered", "&Export Filtered...", (), "export_filtered", False),
    FacilitateSpec("park", "&Park", ("Ctrl+Shift+P",), "park", True, True),
    FacilitateSpec("unpark", "&Unpark", ("Ctrl+Shift+U",), "unpark"),
    FacilitateSpec("group", "&Group", ("Ctrl+G",), "group", True, True),
    FacilitateSpec("ungroup", "U&ngroup", ("Ctrl+Shift+G",), "ungroup"),
    FacilitateSpec("merge", "&Merge into First", ("Ctrl+M",), "merge"),
    FacilitateSpec("mark_action", "Mark as A&ction...", ("Ctrl+Shift+A",), "mark_action",
                   True, True),
)
TIMER_ACTIONS: tuple[FacilitateSpec, ...] = (
    FacilitateSpec("timer_countdown", "&Countdown (minutes)...", ("Ctrl+Alt+T",),
                   "timer_countdown", False),
    FacilitateSpec("timer_pause", "&Pause / Resume", ("Ctrl+Alt+P",), "timer_pause", False),
    FacilitateSpec("timer_reset", "&Reset", (), "timer_reset", False),
)


class Workshop(QObject):
    """One tab's voting round, filter and operations (deleted with the tab)."""

    def __init__(self, editor) -> None:  # noqa: ANN001
        super().__init__(editor)
        self.voting = VotingController(editor)
        self.filter = ViewFilter(editor)
        self.ideas = IdeaOperations(editor)


def workshop(editor) -> Workshop:  # noqa: ANN001
    found = editor.findChild(Workshop, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else Workshop(editor)


class Facilitation(QObject):
    """What :func:`install_facilitation` adds to a main window."""

    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.filter_bar = FilterBar(window)
        window.centralWidget().layout().addWidget(self.filter_bar)
        self.filter_bar.export_requested.connect(self.export_filtered)
        self.filter_bar.closed.connect(self._focus_map)
        self.counter = QLabel("", window)
        self.counter.setStyleSheet("QLabel { padding: 0 8px; font-weight: bold; }")
        self.counter.hide()
        self.timer = StatusTimer(window)
        self.timer.minutes.escaped.connect(self._focus_map)
        window.statusBar().addPermanentWidget(self.counter)
        window.statusBar().addPermanentWidget(self.timer)
        self._build_menu()
        window.tabs.currentChanged.connect(self._on_tab_changed)
        self._bound_voting: VotingController | None = None

    # ------------------------------------------------------------------------ menus
    def _build_menu(self) -> None:
        w = self.window
        bar = w.menuBar()
        menu = QMenu("Fa&cilitate", w)
        view_menu = next((a.menu() for a in bar.actions() if a.text() == "&View"), None)
        before = next((a for a in bar.actions() if a.menu() is view_menu), None)
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu
        for spec in FACILITATE_ACTIONS:
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self._make(spec))
        timer_menu = menu.addMenu("&Timer")
        menu.insertSeparator(timer_menu.menuAction())
        for spec in TIMER_ACTIONS:
            timer_menu.addAction(self._make(spec))
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.actions["filter"])
        report = QAction("Export Meeting &Report...", w)
        report.triggered.connect(lambda: self.export_report())
        w.actions_by_name["meeting_report"] = self.actions["meeting_report"] = report
        export = w.actions_by_name.get("export")
        for top in bar.actions():
            file_menu = top.menu()
            if file_menu is not None and export in file_menu.actions():
                after = file_menu.actions()[file_menu.actions().index(export) + 1]
                file_menu.insertAction(after, report)
                break

    def _make(self, spec: FacilitateSpec) -> QAction:
        w = self.window
        action = QAction(spec.text, w)
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.triggered.connect(lambda _=False, call=spec.call: self._call(call))
        if spec.on_map:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            w.tabs.addAction(action)
        else:
            w.addAction(action)
        self.actions[spec.name] = action
        w.actions_by_name[spec.name] = action
        return action

    def _call(self, name: str):  # noqa: ANN202
        return getattr(self, name)()

    def _workshop(self) -> Workshop | None:
        editor = self.window.editor()
        if editor is None:
            return None
        editor.commit_pending_edit()
        return workshop(editor)

    def _focus_map(self, *_args) -> None:
        editor = self.window.editor()
        if editor is not None:
            self.window.activateWindow()
            editor.view.setFocus()

    # -------------------------------------------------------------------- tabs
    def _on_tab_changed(self, _index: int) -> None:
        editor = self.window.editor()
        shop = workshop(editor) if editor is not None else None
        self.filter_bar.bind(shop.filter if shop else None)
        if shop is None or not shop.filter.spec.active:
            self.filter_bar.hide()
        self._bind_voting(shop.voting if shop else None)

    def _bind_voting(self, voting: VotingController | None) -> None:
        if self._bound_voting is voting:
            self._refresh_voting()
            return
        if self._bound_voting is not None:
            try:
                self._bound_voting.changed.disconnect(self._refresh_voting)
            except (RuntimeError, TypeError):
                pass
        self._bound_voting = voting
        if voting is not None:
            voting.changed.connect(self._refresh_voting)
            voting.destroyed.connect(lambda *_: self._forget_voting(voting))
        self._refresh_voting()

    def _forget_voting(self, voting: VotingController) -> None:
        if self._bound_voting is voting:
            self._bound_voting = None

    def _refresh_voting(self) -> None:
        voting = self._bound_voting
        running = voting is not None and voting.running
        self.counter.setVisible(running)
        self.counter.setText(message(voting.counter_text()) if running else "")
        self.actions["voting"].setText(tr("&End Voting") if running else tr("&Start Voting..."))
        hidden = voting is not None and voting.editor.scene.votes_hidden
        self.actions["tallies"].setText(tr("&Reveal Tallies") if hidden else tr("&Hide Tallies"))

    # ------------------------------------------------------------------- voting
    def toggle_voting(self) -> StartVotingForm | None:
        shop = self._workshop()
        if shop is None:
            return None
        self._bind_voting(shop.voting)
        if shop.voting.running:
            shop.voting.end()
            return None
        from .facilitation_forms import StartVotingForm  # the forms load when first asked for

        form = StartVotingForm(self.window, shop.voting.start)
        form.finished.connect(self._focus_map)
        lifetime_of(shop.voting.editor).on_close(form.reject)   # it goes with its map's tab
        form.open()
        return form

    def add_vote(self) -> None:
        shop = self._workshop()
        if shop is not None:
            self._bind_voting(shop.voting)
            shop.voting.vote(1)

    def remove_vote(self) -> None:
        shop = self._workshop()
        if shop is not None:
            self._bind_voting(shop.voting)
            shop.voting.vote(-1)

    def toggle_tallies(self) -> None:
        shop = self._workshop()
        if shop is not None:
            self._bind_voting(shop.voting)
            shop.voting.toggle_tallies()

    def sort_by_votes(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.voting.sort_children()

    def highlight_top(self) -> TopForm | None:
        shop = self._workshop()
        if shop is None:
            return None
        if shop.voting.top is not None:
            shop.voting.clear_highlight()
            self.window.statusBar().showMessage("Highlight cleared", 4000)
            return None
        editor = shop.voting.editor
        current = editor.current()

        def show(count: int, branch: bool) -> None:
            nodes = shop.voting.highlight_top(count, current if branch else None)
            shown = (f"Top {count}: 1 idea highlighted (Ctrl+Alt+H again clears)"
                     if len(nodes) == 1 else f"Top {count}: {len(nodes)} ideas highlighted "
                     "(Ctrl+Alt+H again clears)")
            self.window.statusBar().showMessage(shown, 6000)

        from .facilitation_forms import TopForm

        form = TopForm(self.window, show, current is not None and
                       current != editor.mind_map.root)
        form.finished.connect(self._focus_map)
        lifetime_of(editor).on_close(form.reject)
        form.open()
        return form

    # ------------------------------------------------------------------- filter
    def show_filter(self) -> None:
        shop = self._workshop()
        if shop is None:
            return
        self.filter_bar.bind(shop.filter)
        self.filter_bar.open_bar()

    def export_filtered(self):  # noqa: ANN201
        """The export dialog on what the filter shows (File > Export... exports all)."""
        shop = self._workshop()
        if shop is None:
            return None
        from .export_dialog import ExportDialog

        editor = shop.voting.editor
        document = editor.document
        dialog = ExportDialog(
            shop.filter.export_map(), screen_theme=editor.scene.theme.name,
            name=(document.path.stem if document.path else document.title) + "-filtered",
            folder=document.path.parent if document.path else None, parent=self.window)
        dialog.setWindowTitle("Export Filtered: " + shop.filter.spec.describe())
        dialog.finished.connect(self._focus_map)
        dialog.open()
        return dialog

    # ------------------------------------------------------------- ideas, actions
    def park(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.ideas.park()

    def unpark(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.ideas.unpark()

    def group(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.ideas.group()

    def ungroup(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.ideas.ungroup()

    def merge(self) -> None:
        shop = self._workshop()
        if shop is not None:
            shop.ideas.merge()

    def mark_action(self):  # noqa: ANN201
        shop = self._workshop()
        form = shop.ideas.mark_action() if shop is not None else None
        if form is not None:
            form.finished.connect(self._focus_map)
        return form

    # --------------------------------------------------------------------- timer
    def timer_countdown(self) -> None:
        self.timer.focus_minutes()

    def timer_pause(self) -> None:
        self.timer.start_or_pause()

    def timer_reset(self) -> None:
        self.timer.reset()

    # -------------------------------------------------------------------- report
    def ask_report_path(self, start: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export meeting report", start,
            "Web page (*.html);;Markdown (*.md);;PDF (*.pdf)")
        return path

    def export_report(self, path: str | Path | None = None) -> Path | None:
        editor = self.window.editor()
        if editor is None:
            return None
        editor.commit_pending_edit()
        document = editor.document
        if path is None:
            folder = document.path.parent if document.path else Path.home()
            stem = document.path.stem if document.path else "map"
            path = self.ask_report_path(str(folder / f"{stem}-report.html"))
            if not path:
                return None
        from ..render.report import ReportError, write_report

        target = Path(path)
        if target.suffix.lower() not in (".html", ".htm", ".md", ".pdf"):
            target = target.with_suffix(".html")
        try:
            write_report(editor.mind_map, target)
        except (ReportError, OSError) as exc:
            self.window.show_error("Cannot export the report", f"{target}: {exc}")
            return None
        self.window.statusBar().showMessage(f"Exported the meeting report {target}", 6000)
        return target


def install_facilitation(window) -> Facilitation:  # noqa: ANN001 - a MainWindow
    return Facilitation(window)
