"""Keeping the user's maps safe: one controller per main window ties together autosave,
crash recovery, backups, disk-change detection and lock files (``window.safety``).

Where things live: everything the app keeps for itself is in the data folder
(:func:`data_dir`: ``$MINDMAP_DATA_DIR`` when set, else ``QStandardPaths.AppDataLocation``,
e.g. ``~/.local/share/mindmap-app/Mindmap``): ``sessions/`` (running-window markers),
``recovery/`` (autosaves of unsaved maps), ``backups/`` (the previous version of each file
saved this session). Beside the user's own file there is only the lock file
``.~lock.<name>#`` while the map is open. The user's file is written only by Save, or by
autosave when they opt in (File > Autosave to the File Itself).

The questions the controller asks go through small methods (``ask_recovery``,
``ask_disk_change``, ``ask_save_failed``, ``ask_locked``) that tests replace.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from ..io.errors import MapFormatError
from ..io.yaml_format import dumps_map
from .autosave import TO_FILE_KEY, Autosaver
from .backups import make_backup
from .candidates import Candidate, find_candidates
from .file_guard import FileGuard
from .locks import LockInfo, foreign_lock, remove_lock, write_lock
from .recovery_files import adopt_entry, remove_entry
from .sessions import end_session, new_session_id, start_session

if TYPE_CHECKING:  # the window's documents; safety/ does not import app/
    from ..app.document import Document

_PACKAGE = Path(__file__).resolve().parents[1]
DATA_DIR_ENV = "MINDMAP_DATA_DIR"

_SAVE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", -1): "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied: the folder or the file is read-only",
    errno.EPERM: "permission denied: the folder or the file is read-only",
    errno.ENOENT: "the folder does not exist (any more)",
}


def data_dir() -> Path:
    """The app's own data folder (recovery files, session markers, backups)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".mindmap-app"


def describe_save_error(path: Path, exc: OSError) -> str:
    reason = _SAVE_ERRORS.get(exc.errno or 0) or exc.strerror or str(exc)
    return (f"Cannot save {path}: {reason}. The map is still open with all its changes; "
            "use Save As to save it somewhere else.")


class SafetyController(QObject):
    """Autosave, recovery, backups, disk-change checks and locks for one main window."""

    def __init__(self, window, document_class: type[Document]) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        #: what a recovered map opens as (the window's Document)
        self.document_class = document_class
        self.data_dir = data_dir()
        self.session = new_session_id()
        self.session_ok = self._try(lambda: start_session(self.data_dir, self.session))
        self.guard = FileGuard(self)
        self.guard.changed_on_disk.connect(self._on_disk_change)
        self.autosaver = Autosaver(self.data_dir, self.session, window.settings, self.guard, self)
        self.autosaver.failed.connect(self._on_autosave_failed)
        self._recovered_ids: dict[Document, str] = {}
        self._backup_error: str | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)
        self._add_menu_action()

    def _try(self, call) -> bool:  # noqa: ANN001
        try:
            call()
        except OSError:
            return False
        return True

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _add_menu_action(self) -> None:
        action = QAction("Autosave to the File &Itself", self.window)
        action.setCheckable(True)
        action.setChecked(self.autosaver.to_file())
        action.setToolTip("Off: unsaved changes are autosaved to a recovery file only; "
                          "on: to the map file itself")
        action.toggled.connect(lambda on: self.window.settings.setValue(TO_FILE_KEY, on))
        self.window.actions_by_name["autosave_to_file"] = action
        quit_action = self.window.actions_by_name.get("quit")
        menus = [m for m in (quit_action.associatedObjects() if quit_action else [])
                 if isinstance(m, QMenu)]
        if menus:
            menus[0].insertAction(quit_action, action)
            menus[0].insertSeparator(quit_action)

    # ------------------------------------------------------------------- documents
    def attach(self, document: Document) -> None:
        """A document got a tab (MainWindow.add_document)."""
        self.autosaver.add(document, self._recovered_ids.pop(document, None))
        if document.path is not None:
            self.guard.watch(document)
            self._lock(document.path)

    def _lock(self, path: Path) -> None:
        """Lock a user's file (not the sample maps inside the app's own installation)."""
        if not Path(path).resolve().is_relative_to(_PACKAGE):
            write_lock(path)

    def detach(self, document: Document) -> None:
        """A tab closes after the user saved or discarded its changes."""
        self.autosaver.remove(document)
        self.guard.unwatch(document)
        if document.path is not None:
            remove_lock(document.path)

    def confirm_open(self, path: Path) -> bool:
        """Before opening ``path``: warn when another instance has it open."""
        lock = foreign_lock(path)
        return lock is None or self.ask_locked(path, lock) == "open"

    def ask_locked(self, path: Path, lock: LockInfo) -> str:
        """"open" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Map open elsewhere",
                          f"{path.name} is open in Mindmap by {lock.describe()}. If you both "
                          "change it, one of you will overwrite the other's changes.\n\n"
                          "Open it anyway?", QMessageBox.StandardButton.NoButton, self.window)
        open_button = box.addButton("Open Anyway", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return "open" if box.clickedButton() is open_button else "cancel"

    # ---------------------------------------------------------------------- saving
    def before_save(self, editor, path: Path) -> bool:  # noqa: ANN001
        """Called before Save writes ``path``: never overwrite someone else's changes
        silently, and keep the previous version as a backup. False: do not save."""
        document = editor.document
        if self.autosaver.to_file():
            self.autosaver.wait_idle()  # an autosave to this very file may be on its way
        same_file = document.path is not None and Path(path) == Path(document.path)
        # a file deleted or moved away meanwhile is simply written again
        changed = same_file and Path(path).exists() and self.guard.disk_changed(document)
        if changed and not self.guard.accepted(document):
            answer = self.ask_disk_change(document, saving=True)
            if answer == "reload":
                self.reload(editor)
                return False
            if answer != "keep":
                return False
        if changed or Path(path) not in self.autosaver.backed_up:
            try:
                make_backup(self.data_dir, path)
            except OSError as exc:
                self._backup_error = exc.strerror or str(exc)
            else:
                self.autosaver.backed_up.add(Path(path))
        return True

    def after_save(self, document: Document, old_path: Path | None) -> None:
        """Save wrote the file: the recovery file is obsolete, the lock and watch move."""
        if self._backup_error:  # shown after the window's "Saved ..." message
            message = f"Saved {document.path}, but no backup of the previous version could " \
                      f"be kept: {self._backup_error}"
            QTimer.singleShot(0, lambda: self._status(message, 15000))
            self._backup_error = None
        state = self.autosaver.states.get(document)
        if state is not None:
            self.autosaver.forget(state)
        if old_path is not None and old_path != document.path:
            remove_lock(old_path)
        if document.path is not None:
            self._lock(document.path)
        self.guard.watch(document)

    def save_failed(self, editor, path: Path, exc: OSError) -> bool:  # noqa: ANN001
        """Save could not write: say why, keep everything open and modified, offer Save As.
        Returns what Save As returned (False when not chosen)."""
        message = describe_save_error(Path(path), exc)
        self._backup_error = None
        self._status(message, 15000)
        self.autosaver.autosave_now()  # the changes are at least in the recovery file
        if self.ask_save_failed(message) == "save_as":
            return self.window.save_as(editor)
        return False

    def ask_save_failed(self, message: str) -> str:
        """"save_as" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot save map", message,
                          QMessageBox.StandardButton.Cancel, self.window)
        save_as = box.addButton("Save As...", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        return "save_as" if box.clickedButton() is save_as else "cancel"

    def _on_autosave_failed(self, document: Document, message: str) -> None:
        self._status(f"Autosave of {document.title} failed: {message}", 10000)

    # -------------------------------------------------------------- disk changes
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.guard.check_all()
        else:
            self.autosaver.autosave_now()

    def _editor_of(self, document: Document):  # noqa: ANN202
        return next((e for e in self.window.editors() if e.document is document), None)

    def _on_disk_change(self, document: Document) -> None:
        editor = self._editor_of(document)
        if editor is None or document.path is None:
            return
        if not Path(document.path).exists():
            document.undo_stack.resetClean()  # what is open is now the only copy
            self._status(f"{document.path.name} was deleted or moved on disk; Save writes it "
                         "again.", 15000)
            return
        if not document.modified:
            self.reload(editor)
            self._status(f"{document.path.name} was changed on disk; reloaded.", 8000)
            return
        if self.ask_disk_change(document, saving=False) == "reload":
            self.reload(editor)
        else:
            self.guard.accept(document)

    def ask_disk_change(self, document: Document, saving: bool) -> str:
        """"reload" (take the file's version), "keep" (keep mine: Save overwrites the file;
        its version is backed up first) or, when ``saving``, "cancel"."""
        name = document.path.name if document.path else document.title
        box = QMessageBox(QMessageBox.Icon.Warning, "Map changed on disk",
                          f"{name} was changed on disk by someone else (another computer or "
                          "a sync folder) while you have unsaved changes.\n\nReload takes "
                          "the version on disk and drops your changes; Keep Mine keeps "
                          "yours, and Save then replaces the file (its version is kept as a "
                          "backup).", QMessageBox.StandardButton.NoButton, self.window)
        reload_button = box.addButton("Reload", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep Mine", QMessageBox.ButtonRole.AcceptRole)
        if saving:
            box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "reload" if clicked is reload_button else "keep" if clicked is keep else "cancel"

    def reload(self, editor) -> bool:  # noqa: ANN001
        """Replace the tab's map by the file on disk. The unsaved version, if any, is kept
        in the backups."""
        document = editor.document
        try:
            fresh = type(document).open(document.path)
        except (MapFormatError, OSError) as exc:
            self.window.show_error("Cannot reload map", str(exc))
            return False
        if document.modified:
            self._try(lambda: make_backup(self.data_dir, document.path,
                                          data=dumps_map(document.mind_map).encode("utf-8")))
        tabs = self.window.tabs
        index = tabs.indexOf(editor)
        self.detach(document)
        self.window.remove_editor(editor)
        new_editor = self.window.add_document(fresh)
        tabs.tabBar().moveTab(tabs.indexOf(new_editor), index)
        tabs.setCurrentWidget(new_editor)
        return True

    # ------------------------------------------------------------------- recovery
    def offer_recovery(self) -> list[Document]:
        """Offer the maps of crashed (or put-off) sessions; returns the recovered documents."""
        try:
            candidates, crashed = find_candidates(self.data_dir)
        except OSError as exc:
            self._status(f"Cannot look for unsaved maps: {exc.strerror or exc}")
            return []
        recovered = []
        if candidates:
            choice, chosen = self.ask_recovery(candidates, bool(crashed))
            for candidate in chosen:
                if choice == "recover":
                    recovered.append(self.recover(candidate))
                elif choice == "discard":
                    self._try(lambda c=candidate: remove_entry(self.data_dir, c.entry.doc))
        for session in crashed:
            self._try(lambda s=session: end_session(self.data_dir, s))
        return recovered

    def ask_recovery(self, candidates: list[Candidate],
                     crashed: bool) -> tuple[str, list[Candidate]]:
        """("recover" | "discard" | "later", the candidates it applies to)."""
        from .recovery_dialog import RecoveryDialog  # only when there is work to offer

        self.recovery_dialog = RecoveryDialog(candidates, crashed, self.window)
        try:
            self.recovery_dialog.exec()
            return self.recovery_dialog.choice, self.recovery_dialog.chosen()
        finally:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None

    def recover(self, candidate: Candidate) -> Document:
        """Open a recovered map, modified (the user saves it). It keeps its recovery file
        (now owned by this window) until it is saved or discarded."""
        entry = candidate.entry
        path = Path(entry.source) if entry.source else None
        for editor in self.window.editors():
            if path is not None and editor.document.path is not None \
                    and Path(editor.document.path).resolve() == path.resolve():
                if editor.document.modified:
                    path = None  # keep both: the recovered one as an untitled map
                else:
                    self.detach(editor.document)
                    self.window.remove_editor(editor)
        try:
            adopt_entry(entry, self.session)
        except OSError:
            pass
        document = self.document_class(candidate.mind_map, path)
        document.undo_stack.resetClean()
        self._recovered_ids[document] = entry.doc
        self.window.add_document(document)
        return document

    # ------------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """The window closes (every map saved or discarded by the user): a clean exit."""
        self.autosaver.shutdown()
        for editor in self.window.editors():
            self.detach(editor.document)
        if self.session_ok:
            self._try(lambda: end_session(self.data_dir, self.session))


def after_start(window) -> None:  # noqa: ANN001
    """Once the event loop runs: offer recovery."""
    QTimer.singleShot(0, window.safety.offer_recovery)
