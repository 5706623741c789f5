"""Hooks the idea editing into the main window: the idea panel, the actions and their keys,
the tag entry, colour picker, links, the legend, the toolbar, the status bar and F6.

Keys (Freeplane and XMind where they agree; letters alone keep starting a text edit):
F3 add a tag (XMind's label key), F4 edit the note (XMind), Ctrl+K web or map link
(Freeplane and XMind), Ctrl+Shift+K link to a map file (Freeplane: hyperlink to a file),
Ctrl+L cross-link (Freeplane's connector, XMind's relationship), Ctrl+Shift+L edit the
cross-link's label, Ctrl+Shift+C colour, Ctrl+Shift+B fill, Ctrl+I the idea panel, F6 /
Shift+F6 move the focus between the map, the panels and the find bar.

The idea panel has one entry in the View menu, "Idea Panel" (Ctrl+I), ticked while the panel
is shown. Chosen in a menu or on the toolbar it shows the panel (the focus in it) or hides
it; Ctrl+I shows the panel and puts the focus in it, and hides it only when the focus is
there already.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMenu, QWidget

from .color_picker import ColorPicker
from .cross_link_chooser import CrossLinkChooser
from .idea_panel import IdeaPanel
from .legend import Legend
from .lifetime import lifetime_of
from .links import classify_link, resolve_map_link
from .popup_entry import PopupEntry
from .status_bar import MapStatus
from .toolbar import build_toolbar

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .map_editor import MapEditor

#: (name, menu text, keys, method of IdeaFeatures, menu title)
IDEA_ACTIONS = (
    ("edit_note", "Edit &Note", ("F4",), "edit_note", "&Node"),
    ("add_tag", "Add &Tag...", ("F3",), "ask_tag", "&Node"),
    ("color", "&Colour...", ("Ctrl+Shift+C",), "choose_color", "&Node"),
    ("fill", "F&ill...", ("Ctrl+Shift+B",), "choose_fill", "&Node"),
    ("web_link", "Web or Map Lin&k...", ("Ctrl+K",), "ask_link", "&Node"),
    ("map_link", "Link to Map &File...", ("Ctrl+Shift+K",), "choose_map_link", "&Node"),
    ("cross_link", "Add Cross-lin&k...", ("Ctrl+L",), "start_cross_link", "&Node"),
    ("link_label", "Edit Cross-link &Label", ("Ctrl+Shift+L",), "ask_link_label", "&Node"),
    ("idea_panel", "&Idea Panel", ("Ctrl+I",), "toggle_panel", "&View"),
    ("legend", "Le&gend", (), "toggle_legend", "&View"),
    ("focus_next", "Focus Next Pane", ("F6",), "focus_next", "&View"),
    ("focus_previous", "Focus Previous Pane", ("Shift+F6",), "focus_previous", "&View"),
)


class KeyPressed(QObject):
    """Tells whether an action's last trigger came from its keys (a shortcut event), not
    from a menu, a toolbar button or the code."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.pressed = False
        action.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and not event.isAmbiguous():
            self.pressed = True
        return False

    def take(self) -> bool:
        """Whether the trigger being handled came from the keys (asked once)."""
        pressed, self.pressed = self.pressed, False
        return pressed


def menu_named(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == title and action.menu() is not None:
            return action.menu()
    return window.menuBar().addMenu(title)


class IdeaFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = IdeaPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.chooser: CrossLinkChooser | None = None
        self.color_picker: ColorPicker | None = None
        self.entry: PopupEntry | None = None
        self.legend_shown = False
        self._build_actions()
        self.status = MapStatus(window)
        self.toolbar = build_toolbar(window)
        window.tabs.currentChanged.connect(self._on_tab)
        state = window.settings.value("window_state")
        if state is not None:           # the panels and toolbar as the user left them
            window.restoreState(state)

    def _build_actions(self) -> None:
        w = self.window
        for name, text, keys, method, menu_title in IDEA_ACTIONS:
            menu = menu_named(w, menu_title)
            if name in ("edit_note", "idea_panel"):
                menu.addSeparator()
            w._action(name, text, keys, lambda _=False, m=method: getattr(self, m)(), menu)
            if name == "fill":      # (Add/Remove Vote: the Facilitate menu's, Alt+= / Alt+-)
                self.remove_tag_menu = menu.addMenu("&Remove Tag")
                self.remove_tag_menu.aboutToShow.connect(
                    lambda: self._fill_remove_tags(self.remove_tag_menu))
        w.actions_by_name["legend"].setCheckable(True)
        # F3 on the map adds a tag; in the find bar it finds the next match
        tag = w.actions_by_name["add_tag"]
        tag.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.tabs.addAction(tag)
        w.addActions([w.actions_by_name[n] for n, *_ in IDEA_ACTIONS if n != "add_tag"])
        # one entry for the panel, ticked while it is shown (the dock's own toggle action,
        # named after its title, would be a second one)
        panel_action = w.actions_by_name["idea_panel"]
        panel_action.setCheckable(True)
        panel_action.setChecked(self.panel.toggleViewAction().isChecked())
        self.panel.toggleViewAction().toggled.connect(panel_action.setChecked)
        self.panel_key = KeyPressed(panel_action)

    # ------------------------------------------------------------------- helpers
    def editor(self) -> MapEditor | None:
        return self.window.editor()

    def attach(self, editor: MapEditor) -> None:
        """A new tab: its cross-link labels open in place on a double-click."""
        editor.scene.link_label_requested.connect(
            lambda a, b, e=editor: self.ask_link_label(e, (a, b)))
        # the legend and the panel take the new colours (the View menu, a presentation)
        editor.scene.theme_changed.connect(lambda e=editor: self._on_theme(e))

    def _on_tab(self, _index: int) -> None:
        editor = self.editor()
        self.panel.set_editor(editor)
        self.status.set_editor(editor)
        if editor is not None:
            self._legend_for(editor).setVisible(self.legend_shown)

    def _on_theme(self, editor: MapEditor) -> None:
        legend = getattr(editor, "legend", None)
        if legend is not None and not legend.isHidden():   # (a hidden one, when shown)
            legend.refresh()
        if editor is self.editor():
            self.panel.refresh()

    def _selection(self) -> tuple[MapEditor | None, list[str]]:
        editor = self.editor()
        if editor is None:
            return None, []
        nodes = editor.selected()
        if not nodes:
            editor.message.emit("Select an idea first")
        return editor, nodes

    def _popup(self, editor: MapEditor, node: str | None, placeholder: str, done,  # noqa: ANN001
               text: str = "", completions: list[str] | None = None,
               at=None, width: int = 0) -> PopupEntry:  # noqa: ANN001
        """An entry below ``node`` (or at ``at``); ``width``: at least so wide, and as wide as
        the text it starts with (a web address), as far as the view allows."""
        if self.entry is not None:
            self.entry._finish(False)
        view = editor.view
        if at is None:
            box = editor.scene.item(node).box_rect()
            at = view.mapFromScene(box.center().x(), box.bottom())
        entry = PopupEntry(view.viewport(), placeholder, done, text, completions)
        if width:       # and the text already in it whole (its clear button beside it)
            width = max(width, entry.fontMetrics().horizontalAdvance(text) + 48)
            entry.setMinimumWidth(min(width, view.viewport().width() - 20))
        entry.destroyed.connect(lambda *_, e=entry: self._entry_gone(e))
        self.entry = entry
        entry.show_at(at)
        return entry

    def _entry_gone(self, entry: PopupEntry) -> None:
        if self.entry is entry:     # not a newer entry opened meanwhile
            self.entry = None

    # ---------------------------------------------------------------------- tags
    def ask_tag(self) -> None:
        editor, nodes = self._selection()
        if not nodes:
            return
        self._popup(editor, editor.current(), "Tag (Enter adds, Esc cancels)",
                    lambda text: editor.ideas.add_tag(text), "", editor.ideas.all_tags())

    def _fill_remove_tags(self, menu: QMenu) -> None:
        menu.clear()
        editor = self.editor()
        tags: list[str] = []
        if editor is not None:
            for node in editor.selected():
                tags.extend(t for t in editor.mind_map.get(node, "tags") if t not in tags)
        for tag in tags:
            menu.addAction(tag, lambda t=tag: editor.ideas.remove_tag(t))
        if not tags:
            menu.addAction("(no tags)").setEnabled(False)

    def add_remove_tag_menu(self, menu: QMenu) -> None:
        """The context menu's "Remove Tag" submenu, listing the selection's tags."""
        sub = menu.addMenu("Remove Tag")
        self._fill_remove_tags(sub)

    # ---------------------------------------------------------------------- note
    def edit_note(self) -> None:
        editor, nodes = self._selection()
        if nodes:
            editor.scene.select_only([editor.current()])
            self.panel.set_editor(editor)
            self.panel.focus_note()

    def focus_map(self) -> None:
        editor = self.editor()
        if editor is not None:
            editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_panel(self) -> None:
        """View > Idea Panel: shows the panel or hides it; Ctrl+I shows it and goes to it,
        and hides it only from inside it."""
        panel = self.panel
        by_key = self.panel_key.take()
        focus = QApplication.focusWidget()
        inside = focus is not None and panel.isAncestorOf(focus)
        if panel.isHidden() or (by_key and not inside):
            self.focus_panel()
        else:
            panel.hide()
            self.focus_map()
        self.window.actions_by_name["idea_panel"].setChecked(not panel.isHidden())

    def focus_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()
        self.panel.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -------------------------------------------------------------- colour, votes
    def choose_color(self) -> None:
        self._choose("color")

    def choose_fill(self) -> None:
        self._choose("background")

    def _choose(self, key: str) -> None:
        """The picker beside the current idea, for the selected ideas' colour or fill."""
        editor, nodes = self._selection()
        if not nodes:
            return
        current = (editor.mind_map.get(nodes[0], "style") or {}).get(key)
        self._close_picker()
        ideas = editor.ideas
        apply = ideas.set_fill if key == "background" else ideas.set_color
        picker = ColorPicker(editor.view.viewport(), editor.scene.theme, current,
                             lambda colour, branch: apply(colour, branch, nodes),
                             lambda: self._picker_closed(editor), fill=key == "background")
        self._keep_picker(editor, picker)
        box = editor.scene.item(editor.current()).box_rect()
        picker.show_beside(editor.view.mapFromScene(box).boundingRect())

    def choose_tag_color(self, editor: MapEditor, tag: str) -> None:
        """The legend's Ctrl+Shift+C: the map's own colour for ``tag``."""
        self._close_picker()
        current = editor.mind_map.tag_colors.get(tag)
        picker = ColorPicker(editor.view.viewport(), editor.scene.theme, current,
                             lambda colour, _branch: editor.ideas.set_tag_color(tag, colour),
                             lambda: self._picker_closed(editor), for_tag=tag)
        self._keep_picker(editor, picker)
        legend = editor.legend
        picker.show_beside(QRect(legend.at_in_viewport(QPoint(0, 0)), legend.size()))

    def _keep_picker(self, editor: MapEditor, picker: ColorPicker) -> None:
        """The open picker; it closes with its tab (else, gone with the tab's view without a
        close, it was still taken for the open one: Colour... failed ever after)."""
        self.color_picker = picker
        lifetime_of(editor).on_close(lambda: self._close_picker(picker))

    def _close_picker(self, picker: ColorPicker | None = None) -> None:
        picker = picker or self.color_picker
        if picker is not None and shiboken6.isValid(picker):
            picker.close()          # its closed() forgets it
        elif picker is self.color_picker:
            self.color_picker = None

    def _picker_closed(self, editor: MapEditor) -> None:
        self.color_picker = None
        editor.view.setFocus()

    # ---------------------------------------------------------------------- links
    def ask_link(self) -> None:
        editor, nodes = self._selection()
        if not nodes:
            return
        current = editor.mind_map.get(nodes[0], "link") or ""
        self._popup(editor, editor.current(),
                    "https://..., mailto:... or a map file (empty: no link)",
                    lambda text: editor.ideas.set_link(text, nodes), current, width=440)

    def choose_map_link(self) -> None:
        editor, nodes = self._selection()
        if not nodes:
            return
        # a map not saved yet has no folder to be relative to: the link is the whole path
        base = editor.document.path.parent if editor.document.path else None
        path = self.ask_map_file(str(base or Path.cwd()))
        if path:
            link = str(Path(path).absolute())
            if base is not None:
                try:
                    link = str(Path(path).relative_to(base))
                except ValueError:
                    pass
            editor.ideas.set_link(link, nodes)

    def ask_map_file(self, start: str) -> str:
        from .file_filters import open_filter

        path, _ = QFileDialog.getOpenFileName(self.window, "Link to map", start, open_filter())
        return path

    def open_link(self, editor: MapEditor, link: str) -> None:
        """Open an idea's link: web and mail in the browser, a map in a tab, else refuse."""
        kind, value = classify_link(link)
        if kind == "web":
            self.open_url(QUrl(value))
        elif kind == "map":
            base = editor.document.path.parent if editor.document.path else None
            self.window.open_path(resolve_map_link(value, base))
        else:
            self.window.show_error("Link not opened", value)

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    # ---------------------------------------------------------------- cross-links
    def start_cross_link(self) -> None:
        editor, nodes = self._selection()
        if not nodes:
            return
        self._cancel_chooser()
        chooser = CrossLinkChooser(editor, editor.current(), self._cross_link_chosen)
        self.chooser = chooser
        lifetime_of(editor).on_close(lambda: self._cancel_chooser(chooser))

    def _cancel_chooser(self, chooser: CrossLinkChooser | None = None) -> None:
        """Stop waiting for a cross-link's other end (a new one starts, or its tab closes)."""
        chooser = chooser or self.chooser
        if chooser is not None and shiboken6.isValid(chooser) and not chooser.ended:
            chooser.cancel()        # its done() forgets it
        elif chooser is self.chooser:
            self.chooser = None

    def _cross_link_chosen(self, editor: MapEditor, source: str, target: str | None) -> None:
        self.chooser = None
        if target is None:
            editor.message.emit("Cross-link cancelled")
            return
        if editor.ideas.add_cross_link(source, target):
            self.ask_link_label(editor, (source, target))

    def ask_link_label(self, editor: MapEditor | None = None,
                       pair: tuple[str, str] | None = None) -> None:
        editor = editor or self.editor()
        if editor is None:
            return
        if pair is None:
            links = editor.scene.selected_links()
            node = editor.current()
            if not links and node is not None:
                links = [(a, b) for a, b, _ in editor.ideas.links_of(node)]
            if not links:
                editor.message.emit("Select a cross-link, or an idea with one")
                return
            pair = links[0]
        item = editor.scene.link_items.get(pair)
        if item is None:
            return
        at = editor.view.mapFromScene(item.label_point())
        old = editor.mind_map.link_label(*pair)
        self._popup(editor, None, "Cross-link label (Enter keeps, Esc leaves it)",
                    lambda text: editor.ideas.set_cross_link_label(pair[0], pair[1], text),
                    old, at=at)

    # ---------------------------------------------------------------------- legend
    def _legend_for(self, editor: MapEditor) -> Legend:
        legend = getattr(editor, "legend", None)
        if legend is None:
            legend = editor.legend = Legend(editor, self)
            mind_map = editor.mind_map
            editor.destroyed.connect(lambda *_: mind_map.unsubscribe(legend._on_change))
        return legend

    def toggle_legend(self) -> None:
        self.legend_shown = self.window.actions_by_name["legend"].isChecked()
        for editor in self.window.editors():
            self._legend_for(editor).setVisible(self.legend_shown)

    def ask_rename_tag(self, editor: MapEditor, tag: str, at) -> None:  # noqa: ANN001
        self._popup(editor, None, f"Rename the tag '{tag}' everywhere",
                    lambda text: editor.ideas.rename_tag(tag, text), tag, at=at)

    # ------------------------------------------------------------------ focus (F6)
    def focus_stops(self) -> list[QWidget]:
        """The map, the legend when shown, every visible dock (idea panel, outline, room),
        the filter and find bars when shown:
        looked up at key time, so panels other parts of the app add join in."""
        stops: list[QWidget] = []
        editor = self.editor()
        if editor is not None:
            stops.append(editor.view)
            legend = getattr(editor, "legend", None)
            if legend is not None and legend.isVisible():
                stops.append(legend.list)
        stops.extend(d for d in self.window.findChildren(QDockWidget) if d.isVisible())
        shop = getattr(self.window, "facilitation", None)
        if shop is not None and shop.filter_bar.isVisible():
            stops.append(shop.filter_bar)
        if self.window.find_bar.isVisible():
            stops.append(self.window.find_bar)
        return stops

    def _cycle(self, step: int) -> None:
        stops = self.focus_stops()
        if not stops:
            return
        focus = self.window.focusWidget()
        index = next((i for i, w in enumerate(stops)
                      if focus is not None and (w is focus or w.isAncestorOf(focus))), -1)
        target = stops[(index + step) % len(stops)]
        focus_into(target)

    def focus_next(self) -> None:
        self._cycle(1)

    def focus_previous(self) -> None:
        self._cycle(-1)


def focus_into(widget: QWidget) -> None:
    """Give the focus to ``widget``, or to the first child of it that takes focus."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        return
    for child in widget.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and \
                child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus(Qt.FocusReason.TabFocusReason)
            return
    widget.setFocus(Qt.FocusReason.TabFocusReason)

