"""The main window: tabs of maps, menus, find bar, settings (geometry, recent files)."""

from __future__ import annotations

import logging
import os
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..canvas import text_sizes
from ..canvas.map_scene import MapScene
from ..collector import collect_garbage, collector_paused, settle_survivors
from ..commands import MapSettingCommand
from ..i18n import translate
from ..i18n.messages import message as translated_message
from ..io.errors import MapFormatError
from ..io.formats import UnknownFormatError
from ..model import LAYOUTS, THEMES, EditError
from ..model import operations as ops
from ..safety.controller import SafetyController
from .actions import EDITOR_ACTIONS, invoke
from .document import Document
from .facilitate_menu import install_facilitation
from .file_filters import SAVE_FILTER, open_filter
from .find_bar import FindBar
from .help_menu import install_help_menu
from .idea_features import IdeaFeatures
from .lifetime import dispose, drain
from .map_editor import MapEditor
from .outline_panel import install_outline
from .popup_entry import PopupEntry
from .readability import Readability
from .share_room import Sharing
from .start_page import StartPage
from .status_bar import MessageBar
from .undo_texts import name_undo_steps

log = logging.getLogger(__name__)
MAX_RECENT = 10
#: a map of this many ideas or more keeps its labels' sizes for the next open, this long
#: after it is drawn or saved (see keep_for_next_open)
KEEP_SIZES_FROM = 500
KEEP_SIZES_AFTER_MS = 300
IDEA_PANEL_WIDTH = 290       # the idea panel's first width (px): the canvas keeps the most room
CONTEXT_NODE_ACTIONS = ("add_child", "add_sibling", "insert_parent", "edit_text", "-", "cut",
                        "copy", "paste", "-", "delete", "delete_node", "-", "fold", "move_up",
                        "move_down", "open_link", "tidy_branch", "-", "edit_note", "add_tag",
                        "remove_tag", "color", "fill", "add_vote", "remove_vote", "web_link",
                        "cross_link", "idea_panel")
CONTEXT_BACKGROUND_ACTIONS = ("add_floating", "paste", "-", "fit", "zoom_in", "zoom_out",
                              "tidy_all")


class MainWindow(QMainWindow):
    def __init__(self, *, start_page: bool = True) -> None:
        """``start_page=False``: the start page is left empty and hidden until a tab closes
        or :meth:`StartPage.sync` is called (a window that opens a map at once need not list
        the recent maps first: 2-3 ms of a launch, a look at every recent file)."""
        super().__init__()
        self.settings = QSettings("mindmap-app", "mindmap-app")
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Open maps")
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.tabBarDoubleClicked.connect(self.ask_map_title)     # (XMind's sheet name)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.find_bar = FindBar(self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tabs, 1)
        self.start_page = StartPage(self)      # instead of an empty window when no tab
        box.addWidget(self.start_page, 1)
        self.tabs.currentChanged.connect(self.start_page.sync)
        box.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self.outline = install_outline(self)
        self.readability = Readability(self)
        self.safety = SafetyController(self, Document)
        self.setStatusBar(MessageBar(self))       # shows messages in the user's language
        self.facilitation = install_facilitation(self)   # Facilitate menu, filter, timer
        self.ideas = IdeaFeatures(self)   # idea panel, legend, toolbar, status bar, keys
        install_help_menu(self)        # Help menu (the last one) and F1 (help_menu.py)
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if self.settings.value("window_state") is None:    # first run: the map comes first
            self.resizeDocks([self.ideas.panel], [IDEA_PANEL_WIDTH], Qt.Orientation.Horizontal)
        self._update_title()
        if start_page:
            self.start_page.sync()
        else:
            self.start_page.hide()

    # ---------------------------------------------------------------------- menus
    def _action(self, name: str, text: str, keys=(), slot=None, menu=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if slot is not None:
            action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action("new", "&New", ("Ctrl+N",), self.new_map, file_menu)
        self._action("open", "&Open...", ("Ctrl+O",), self.open_dialog, file_menu)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action("save", "&Save", ("Ctrl+S",), self.save, file_menu)
        self._action("save_as", "Save &As...", ("Ctrl+Shift+S",), self.save_as, file_menu)
        self._action("export", "&Export...", ("Ctrl+E",), self._open_export_dialog,
                     file_menu)
        self._action("map_title", "Map &Title...", (), self.ask_map_title, file_menu)
        self._action("close_tab", "&Close Tab", ("Ctrl+W",),
                     lambda: self.close_tab(self.tabs.currentIndex()), file_menu)
        self.sharing = Sharing(self, file_menu)    # Share Map, Join Shared Map, Room panel
        file_menu.addSeparator()
        self._action("quit", "&Quit", ("Ctrl+Q",), self.close, file_menu)

        menus = {"Edit": bar.addMenu("&Edit")}
        undo = self.undo_group.createUndoAction(self, translate("Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_group.createRedoAction(self, translate("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menus["Edit"].addAction(undo)
        menus["Edit"].addAction(redo)
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        name_undo_steps(self.undo_group, undo, redo)   # "Rückgängig: ..." in German
        menus["Node"] = bar.addMenu("&Node")
        menus["View"] = bar.addMenu("&View")
        menus["Select"] = menus["Node"].addMenu("Se&lect")
        for spec in EDITOR_ACTIONS:
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            action = self._action(spec.name, spec.text, spec.keys,
                                  lambda _=False, call=spec.call: self._invoke(call), menu)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tabs.addAction(action)
        menus["Edit"].addSeparator()
        self._action("find", "&Find...", ("Ctrl+F",), self.show_find, menus["Edit"])
        self._action("find_next", "Find &Next", ("F3",), lambda: self.find_step(1),
                     menus["Edit"])
        self._action("find_previous", "Find Pre&vious", ("Shift+F3",),
                     lambda: self.find_step(-1), menus["Edit"])

        for name in ("find_next", "find_previous"):   # in the find bar; F3 on the map: a tag
            self.actions_by_name[name].setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.find_bar.addAction(self.actions_by_name[name])
        view = menus["View"]
        view.addSeparator()
        layout_menu = view.addMenu("&Layout")
        self.layout_group = QActionGroup(self)
        for style in LAYOUTS:
            action = self._action(f"layout_{style}", style.capitalize(), (),
                                  lambda _=False, s=style: self._invoke(f"set_layout:{s}"),
                                  layout_menu)
            action.setCheckable(True)
            self.layout_group.addAction(action)
        animate = self._action("animate", "&Animate Changes", (),
                               lambda on: self.set_animations(on), view)
        animate.setCheckable(True)
        animate.setChecked(self.animations_enabled())
        theme_menu = view.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        for name in THEMES:
            action = self._action(f"theme_{name}", name.capitalize(), (),
                                  lambda _=False, n=name: self.set_theme(n), theme_menu)
            action.setCheckable(True)
            self.theme_group.addAction(action)
        theme_menu.addSeparator()
        self._action("save_theme", "&Save Theme into Map", (), self.save_theme_into_map,
                     theme_menu)
        view.addSeparator()
        self._action("present", "&Present", ("F5",), self.present, view)

    def _open_export_dialog(self) -> None:
        from .export_dialog import open_export_dialog  # loaded when first used: not at launch

        open_export_dialog(self)

    def _invoke(self, call: str) -> None:
        editor = self.editor()
        if editor is None:
            return
        try:
            invoke(editor, call)
        except EditError as exc:
            self.statusBar().showMessage(str(exc), 5000)
        self._sync_checks()

    # ---------------------------------------------------------------------- tabs
    def editor(self, index: int | None = None) -> MapEditor | None:
        widget = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        return widget if isinstance(widget, MapEditor) else None

    def editors(self) -> list[MapEditor]:
        return [self.editor(i) for i in range(self.tabs.count())]

    def animations_enabled(self) -> bool:
        if os.environ.get("MINDMAP_ANIMATIONS") == "0":
            return False
        return str(self.settings.value("view/animate", "true")).lower() == "true"

    def set_animations(self, on: bool) -> None:
        self.settings.setValue("view/animate", "true" if on else "false")
        for editor in self.editors():
            editor.scene.animate = self.animations_enabled()

    def show_context_menu(self, global_pos, on_node: bool) -> None:  # noqa: ANN001
        menu = QMenu(self)
        names = (CONTEXT_NODE_ACTIONS if on_node else CONTEXT_BACKGROUND_ACTIONS)
        for name in names:
            if name == "-":
                menu.addSeparator()
            elif name == "remove_tag":
                self.ideas.add_remove_tag_menu(menu)
            else:
                menu.addAction(self.actions_by_name[name])
        editor = self.editor()
        link = self.actions_by_name["open_link"]
        link.setEnabled(bool(editor and editor.current() and
                             editor.mind_map.get(editor.current(), "link")))
        self.exec_menu(menu, global_pos)
        link.setEnabled(True)
        menu.deleteLater()   # a child of the window: one more for every right-click otherwise

    def exec_menu(self, menu: QMenu, global_pos) -> None:  # noqa: ANN001
        menu.exec(global_pos)

    def add_document(self, document: Document) -> MapEditor:
        editor = MapEditor(document, self.tabs)
        editor.scene.animate = self.animations_enabled()
        editor.view.context_menu_requested.connect(self.show_context_menu)
        editor.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        editor.open_link.connect(lambda link, e=editor: self.open_linked(e, link))
        document.state_changed.connect(self._update_title)
        self.safety.attach(document)
        self.ideas.attach(editor)
        self.undo_group.addStack(document.undo_stack)
        index = self.tabs.addTab(editor, "")
        self.tabs.setCurrentIndex(index)
        self._update_title()
        editor.view.setFocus()
        # a big map and its scene stay out of the collector's walks (see collector.py)
        settle_survivors(editor.scene.idea_count())
        # once the map is drawn; a tab closed first is not kept alive by the wait
        scene = weakref.ref(editor.scene)
        QTimer.singleShot(0, lambda: _warm_up(scene()))
        # a big map's items made after the first paint (see canvas.deferred_items)
        editor.scene.items_filled.connect(lambda: _filled(scene()))
        return editor

    def _on_tab_changed(self, _index: int) -> None:
        editor = self.editor()
        self.undo_group.setActiveStack(editor.document.undo_stack if editor else None)
        self._update_title()
        self._sync_checks()
        self.find_bar.refresh()

    def _sync_checks(self) -> None:
        editor = self.editor()
        if editor is None:
            return
        self.actions_by_name[f"layout_{editor.mind_map.layout}"].setChecked(True)
        self.actions_by_name[f"theme_{editor.scene.theme.name}"].setChecked(True)

    def _update_title(self) -> None:
        for i, editor in enumerate(self.editors()):
            doc = editor.document
            text = doc.title + (" *" if doc.modified else "")
            tip = str(doc.path) if doc.path else "not saved yet"
            if self.tabs.tabText(i) != text:     # Qt lays out and repaints the whole tab
                self.tabs.setTabText(i, text)   # widget (the map too) at every call
            if self.tabs.tabToolTip(i) != tip:
                self.tabs.setTabToolTip(i, tip)
        editor = self.editor()
        if editor is None:
            self.setWindowTitle("Mindmap")
            return
        doc = editor.document
        self.setWindowTitle(f"{doc.display_name()}[*] - Mindmap")   # the title first: Qt
        self.setWindowModified(doc.modified)     # warns when "[*]" is missing as this is set

    # ---------------------------------------------------------------------- files
    def open_path(self, path: str | Path) -> MapEditor | None:
        """Open ``path`` in a tab (or switch to it when it is open already)."""
        path = Path(path).resolve()
        for i, editor in enumerate(self.editors()):
            if editor.document.path and editor.document.path.resolve() == path:
                self.tabs.setCurrentIndex(i)
                return editor
        if not self.safety.confirm_open(path):
            return None
        # reading and drawing a big map make a million objects and no cycles: the collector
        # is held until the tab is there and they are kept out of its walks (add_document),
        # instead of walking them all once the reading is done (0.15 s on 20,000 ideas);
        # what is garbage before is collected first, so it is not set apart with them
        collect_garbage()
        text_sizes.load_for(path)     # the labels' sizes kept from the last open
        with collector_paused():
            try:
                document = Document.open(path)
            except (MapFormatError, UnknownFormatError) as exc:
                self.show_error("Cannot open map", str(exc))
                return None
            except OSError as exc:
                self.show_error("Cannot open map", f"{path}: {exc.strerror or exc}")
                return None
            self._remember(path)
            editor = self.add_document(document)
        keep_for_next_open(editor)
        return editor

    def open_linked(self, editor: MapEditor, link: str) -> None:
        self.ideas.open_link(editor, link)

    def new_map(self) -> None:
        editor = self.add_document(Document.new())
        editor.start_edit(editor.mind_map.root, select_all=True)   # typing replaces it

    def open_dialog(self) -> None:
        start = self.settings.value("last_folder", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(self, "Open map", start, open_filter())
        for p in paths:
            self.settings.setValue("last_folder", str(Path(p).parent))
            self.open_path(p)

    def save(self, editor: MapEditor | None = None) -> bool:
        editor = editor or self.editor()
        if editor is None:
            return False
        editor.commit_pending_edit()
        if editor.document.path is None or editor.document.is_shipped_sample:
            # the workshop maps shipped with the app are templates: keep them as they came
            return self.save_as(editor)
        return self._save_to(editor, editor.document.path)

    def save_as(self, editor: MapEditor | None = None) -> bool:
        editor = editor or self.editor()
        if editor is None:
            return False
        editor.commit_pending_edit()
        imported = editor.document.imported_from
        start = str(editor.document.path or (imported.with_suffix(".yaml") if imported else
                    Path(self.settings.value("last_folder", str(Path.home()))) /
                    f"{editor.document.title}.yaml"))
        path, _ = QFileDialog.getSaveFileName(self, "Save map as", start, SAVE_FILTER)
        if not path:
            return False
        if not path.endswith((".yaml", ".yml")):
            path += ".yaml"
        return self._save_to(editor, Path(path))

    def _save_to(self, editor: MapEditor, path: Path) -> bool:
        if not self.safety.before_save(editor, path):  # changed on disk? backup
            return False
        old_path = editor.document.path
        try:
            editor.document.save(path)
        except OSError as exc:  # says why, offers Save As; the map stays open and modified
            return self.safety.save_failed(editor, path, exc)
        self.safety.after_save(editor.document, old_path)
        keep_for_next_open(editor)
        self._remember(path)
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not self.recent_files():
            self.recent_menu.addAction("(none)").setEnabled(False)

    # --------------------------------------------------------------- closing
    def close_tab(self, index: int) -> bool:
        editor = self.editor(index)
        if editor is None:
            return True
        if not self._confirm_discard(editor):
            return False
        self.safety.detach(editor.document)
        self.remove_editor(editor)
        return True

    def remove_editor(self, editor: MapEditor) -> None:
        """Take ``editor``'s tab away and free it: editor, scene, items, undo stack, and the
        links to them (Qt deletes them at the next turn of the event loop)."""
        self.sharing.tab_closed(editor)
        editor.close_editor()
        self.undo_group.removeStack(editor.document.undo_stack)
        self.tabs.removeTab(self.tabs.indexOf(editor))
        dispose(editor)
        # free it at once, in a known order: Qt's deferred deletes, then Python's collector
        # (left to a random later moment, the collector can meet half-deleted Qt objects)
        QTimer.singleShot(0, self, drain)
        QTimer.singleShot(0, self, self._set_apart_open_maps)
        self._update_title()

    def _set_apart_open_maps(self) -> None:
        """Once a closed tab's garbage is gone (``drain``): the maps still open are kept out
        of the collector's walks again when one of them is big (closing a tab gave them
        back; a full walk of a 20,000-idea map would otherwise land in some later edit)."""
        settle_survivors(max((e.scene.idea_count() for e in self.editors()), default=0))

    def _confirm_discard(self, editor: MapEditor) -> bool:
        """True when the editor may close: saved, or the user chose Save or Discard."""
        editor.commit_pending_edit()
        if not editor.document.modified:
            return True
        self.tabs.setCurrentWidget(editor)
        answer = self.ask_save(editor.document)
        if answer == "save":
            return self.save(editor)
        return answer == "discard"

    def ask_save(self, document: Document) -> str:
        """Ask whether to save ``document``: "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"Save the changes to “{document.title}” before closing?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                          QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")

    def show_error(self, title: str, message: str) -> None:
        log.warning("%s: %s", title, message)
        self.statusBar().showMessage(message, 8000)       # in the user's language
        QMessageBox.warning(self, translate(title), translated_message(message))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors():
            if not self._confirm_discard(editor):
                event.ignore()
                return
        # a clean exit (no recovery offered next time), rooms left, tabs closed: each step
        # whatever the one before it did, and no error out of this handler (PySide 6.11 dies
        # of an exception that leaves a Qt event handler): it is logged instead
        for step in (self.safety.shutdown, self.sharing.shutdown,
                     *(editor.close_editor for editor in self.editors())):
            try:
                step()
            except Exception:   # noqa: BLE001 - logged, and the window still closes
                log.exception("closing the window: %s failed", getattr(step, "__qualname__",
                                                                        step))
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())   # panels, toolbar
        event.accept()

    # ----------------------------------------------------------------- find, theme
    def show_find(self) -> None:
        self.find_bar.open()

    def find_step(self, step: int) -> None:
        self.find_bar.step(step)

    def set_theme(self, name: str) -> None:
        editor = self.editor()
        if editor is not None:
            editor.scene.set_theme(name)
            self._sync_checks()

    def ask_map_title(self, index: int | None = None) -> None:
        """An entry over the top of the map for its title (File > Map Title..., or a
        double-click on the tab); Enter keeps it, one undo step."""
        if index is not None and index >= 0:
            self.tabs.setCurrentIndex(index)
        editor = self.editor()
        if editor is None:
            return
        # on the view, not its viewport: a scroll moves the viewport's children with the map
        view = editor.view
        self.title_entry = PopupEntry(view, "Map title (Enter)", editor.rename_map,
                                      editor.mind_map.title or "")
        self.title_entry.setMinimumWidth(min(420, view.width() - 40))
        self.title_entry.show_at(QPoint(view.width() // 2, 8))

    def save_theme_into_map(self) -> None:
        """Make the theme shown the map's own theme (saved in the file; one undo step)."""
        editor = self.editor()
        name = editor.scene.theme.name if editor is not None else None
        if name is not None and name != editor.mind_map.theme:
            editor._run(ops.set_map_attr("theme", name), f"Theme: {name}", MapSettingCommand)

    def present(self) -> None:
        editor = self.editor()
        if editor is not None:
            from .presentation import start_presentation  # loaded when first used

            start_presentation(editor)


def _filled(scene: MapScene | None) -> None:
    """The last items of a big map were made: they are set apart with the rest, and the
    scene warmed (see ``MapScene.warm_up``)."""
    if scene is not None and shiboken6.isValid(scene):
        settle_survivors(scene.idea_count())
        # after the repaint the last items asked for (Qt skips an item's changes it makes
        # in the same turn of the event loop: the warm-up would do nothing)
        held = weakref.ref(scene)
        QTimer.singleShot(0, lambda: _warm_up(held()))


def keep_for_next_open(editor: MapEditor) -> None:
    """Once the map is drawn (or saved), keep what its next open can take instead of doing
    again: the map as read from its file (``Document.keep_read_map``, unless edited by then)
    and its labels' sizes (``canvas.text_sizes``; a small map measures its labels faster than
    it reads them). Not before: the first paint does not wait for either."""
    sizes = editor.scene.idea_count() >= KEEP_SIZES_FROM
    if not sizes and not editor.document.read_map_to_keep:
        return
    held = weakref.ref(editor)

    def keep() -> None:
        editor = held()
        if editor is None or not shiboken6.isValid(editor):
            return
        editor.document.keep_read_map()
        if sizes and editor.document.path:
            text_sizes.save_for(editor.document.path, editor.scene.labels())
    QTimer.singleShot(KEEP_SIZES_AFTER_MS, keep)


def _warm_up(scene: MapScene | None) -> None:
    """Warm the scene of a map just opened (see ``MapScene.warm_up``), unless its tab went."""
    if scene is not None and shiboken6.isValid(scene):
        scene.warm_up()
