"""A document: one map, its undo stack, its file path and modified flag.

The document is the only place commands are pushed. ``run`` applies an edit first, so an edit
the model refuses (a cycle, too deep a map) never reaches the undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..commands import MapCommand
from ..i18n.messages import message
from ..io.formats import UnknownFormatError, format_for_path, read_map
from ..io.yaml_format import load_map_keeping_later, save_map
from ..model import Edit, MindMap
from ..package_data import sample_map
from .cache_warmer import warm_after_save


class Document(QObject):
    #: title, path or modified flag changed
    state_changed = Signal()

    def __init__(self, mind_map: MindMap, path: str | Path | None = None) -> None:
        super().__init__()
        self.mind_map = mind_map
        self.path: Path | None = Path(path) if path else None
        #: the file an imported map came from (.mm, .opml, ...); Save asks where, as YAML
        self.imported_from: Path | None = None
        self.undo_stack = QUndoStack(self)
        #: the room this map is shared in (app/shared_session.py), None on one laptop
        self.shared = None
        #: changes that are not on the undo stack (a colleague's, in a shared map)
        self._outside_changes = False
        self.undo_stack.cleanChanged.connect(self._emit_state)
        self.undo_stack.indexChanged.connect(self._emit_state)
        #: keeps the map as read from its file for the next open (see keep_read_map)
        self._keep_read_map = None

    def _emit_state(self, *_args) -> None:
        self.state_changed.emit()

    # -------------------------------------------------------------------- files
    @classmethod
    def open(cls, path: str | Path) -> Document:
        """Load ``path``; raises MapFormatError (one line, with file and line) on bad input.

        A map in another format the app reads (FreeMind, OPML, Markdown, indented text...)
        comes in untitled: its Save asks where to keep it, as YAML."""
        try:
            fmt = format_for_path(path)
        except UnknownFormatError:        # no or an unknown extension: read it as YAML
            fmt = None
        if fmt is None or fmt.name == "yaml":
            mind_map, keep = load_map_keeping_later(path)
            document = cls(mind_map, path)
            if keep is not None:    # kept once drawn (the window asks), unless edited first
                document._keep_read_map = keep
                mind_map.subscribe_before(document._edited_after_reading)
            return document
        document = cls(read_map(path, fmt))
        document.imported_from = Path(path)
        return document

    @property
    def read_map_to_keep(self) -> bool:
        """True until :meth:`keep_read_map` keeps the map as read, or an edit comes first."""
        return self._keep_read_map is not None

    def keep_read_map(self) -> None:
        """Keep the map, as read from its file, in the cache for the next open of the same
        file (``io.map_cache``): the window calls it once the map is drawn. Nothing when
        the map did not come from a YAML file just read, was kept already, or was edited
        since it was read (an entry holds what the file's bytes say)."""
        keep, self._keep_read_map = self._keep_read_map, None
        if keep is not None:
            self.mind_map.unsubscribe_before(self._edited_after_reading)
            keep()

    def _edited_after_reading(self, _edit: Edit) -> None:
        self._keep_read_map = None
        self.mind_map.unsubscribe_before(self._edited_after_reading)

    @classmethod
    def new(cls) -> Document:
        return cls(MindMap("Untitled map", "Central idea"))

    def save(self, path: str | Path | None = None) -> None:
        """Save atomically to ``path`` (or the current path); OSError propagates."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name to save to")
        save_map(self.mind_map, target)
        warm_after_save(target)     # the next open reads the map's cache entry
        self.path = target
        self._outside_changes = False
        self.undo_stack.setClean()
        self.state_changed.emit()

    # ------------------------------------------------------------------- state
    @property
    def is_shipped_sample(self) -> bool:
        """True for a map shipped inside the app (the workshop): Save asks for a new place."""
        return self.path is not None and \
            self.path.resolve().parent == sample_map().resolve().parent

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self._outside_changes

    def mark_changed(self) -> None:
        """The map changed outside the undo stack (a colleague's edit in a shared map)."""
        if not self._outside_changes:
            self._outside_changes = True
            self.state_changed.emit()

    @property
    def title(self) -> str:
        return self.mind_map.title or self.mind_map.text(self.mind_map.root) or "Untitled"

    def display_name(self) -> str:
        name = self.path.name if self.path else "unsaved"
        return f"{self.title} ({name})"

    # ------------------------------------------------------------------- edits
    def run(self, edit: Edit, text: str, command_cls: type[MapCommand] = MapCommand,
            **extra) -> MapCommand:
        """Apply ``edit`` and push it as one undo step named ``text``.

        Raises :class:`~mindmap_app.model.EditError` (nothing pushed, map unchanged) when the
        model refuses the edit. ``text`` is English; the Edit menu shows it in the user's
        language (:func:`~mindmap_app.i18n.messages.message`).
        """
        text = message(text)
        if self.shared is not None:     # a shared map: Ctrl+Z asks the engine's undo manager
            command = self.shared.apply(edit, text)
            if command is not None:
                self.undo_stack.push(command)
            return command
        inverse = self.mind_map.apply(edit)
        command = command_cls(self.mind_map, edit, inverse, text, **extra)
        self.undo_stack.push(command)
        return command

    def run_with(self, command: QUndoCommand, edit: Edit | None, text: str) -> None:
        """Push ``command`` (a change beside the map, such as the phones' inbox) and apply
        ``edit`` as one undo step named ``text``. Check that the model accepts ``edit``
        first: an EditError is raised before anything is pushed only by the model itself."""
        text = message(text)
        self.undo_stack.beginMacro(text)
        try:
            self.undo_stack.push(command)
            if edit is not None:
                self.run(edit, text)
        finally:
            self.undo_stack.endMacro()
