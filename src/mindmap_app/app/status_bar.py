"""The status bar: ideas in the map, how many are selected, the zoom, the save state
("Saved", "Unsaved changes, recovery copy 12:03")."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..i18n import translate as tr
from ..i18n.messages import message

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .map_editor import MapEditor


class MessageBar(QStatusBar):
    """The window's status bar: a message (a status text, an error from the model or a
    file) is shown in the user's language, whoever wrote it in English
    (:func:`mindmap_app.i18n.messages.message`)."""

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        super().showMessage(message(text), timeout)


class MapStatus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor: MapEditor | None = None
        bar = window.statusBar()
        self.ideas = QLabel(bar)
        self.selected = QLabel(bar)
        self.zoom = QLabel(bar)
        self.saved = QLabel(bar)
        for label in (self.ideas, self.selected, self.zoom, self.saved):
            bar.addPermanentWidget(label)
        #: document -> time of its last recovery copy (view state, not saved anywhere)
        self.copied_at: dict[object, float] = {}
        window.safety.autosaver.autosaved.connect(self._on_autosaved)
        self.refresh()

    def set_editor(self, editor: MapEditor | None) -> None:
        if self.editor is not None and self.editor is not editor:
            self.editor.mind_map.unsubscribe(self._on_change)
            self.editor.scene.selectionChanged.disconnect(self.refresh)
            self.editor.view.zoom_changed.disconnect(self.refresh)
            self.editor.document.state_changed.disconnect(self.refresh)
        if editor is not None and editor is not self.editor:
            editor.mind_map.subscribe(self._on_change)
            editor.scene.selectionChanged.connect(self.refresh)
            editor.view.zoom_changed.connect(self.refresh)
            editor.document.state_changed.connect(self.refresh)
        self.editor = editor
        self.refresh()

    def _on_change(self, _change) -> None:  # noqa: ANN001
        self.refresh()

    def _on_autosaved(self, document) -> None:  # noqa: ANN001
        self.copied_at[document] = time.time()
        self.refresh()

    def refresh(self) -> None:
        if self.editor is not None and not shiboken6.isValid(self.editor.scene):
            self.editor = None          # the window is closing: its tabs are going
        editor = self.editor
        if editor is None:
            for label in (self.ideas, self.selected, self.zoom, self.saved):
                label.setText("")
            return
        count = len(editor.mind_map)
        self.ideas.setText(tr("1 idea") if count == 1 else tr("{n} ideas").format(n=f"{count:,}"))
        self.selected.setText(tr("{n} selected").format(n=len(editor.selected())))
        self.zoom.setText(f"{round(editor.view.zoom() * 100)} %")
        self.saved.setText(self.save_state(editor))

    def save_state(self, editor: MapEditor) -> str:
        document = editor.document
        if not document.modified:
            self.copied_at.pop(document, None)
            return tr("Saved") if document.path else tr("Not saved yet")
        copied = self.copied_at.get(document)
        if copied is None:
            return tr("Unsaved changes")
        return tr("Unsaved changes, recovery copy {time}").format(
            time=time.strftime("%H:%M", time.localtime(copied)))
