"""Open map files: notice when someone else changes one on disk (the lock files that warn when
another instance of the app has the same file open are in :mod:`mindmap_app.safety.locks`).

Disk changes are seen by a QFileSystemWatcher (debounced: sync tools write in several steps),
when the app becomes active again, and right before every save, by comparing the file's
signature (time and size, then the SHA-256 of the content when those differ) with the one the
app saw when it last loaded or saved the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from .backups import FileSignature, file_signature, same_content


# ============================================================================== disk changes
class FileGuard(QObject):
    """Watches the files of open documents. ``changed_on_disk(document)`` is emitted once per
    new version someone else wrote (or when the file was deleted or moved away)."""

    changed_on_disk = Signal(object)
    #: how long to wait for a writer to finish before looking at a changed file
    SETTLE_MS = 250

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        self.known: dict[object, FileSignature | None] = {}
        self._reported: dict[object, FileSignature | None] = {}
        self._accepted: dict[object, FileSignature | None] = {}
        #: documents whose file the app is writing itself right now (autosave to the file)
        self.busy: set[object] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SETTLE_MS)
        self._timer.timeout.connect(self.check_all)

    def watch(self, document) -> None:  # noqa: ANN001
        """Start watching ``document``'s file as it is now (just loaded or saved)."""
        self.unwatch(document)
        if document.path is None:
            return
        self.known[document] = file_signature(document.path)
        self._add_path(document.path)

    def unwatch(self, document) -> None:  # noqa: ANN001
        self.known.pop(document, None)
        self._reported.pop(document, None)
        self._accepted.pop(document, None)
        self.busy.discard(document)
        watched = {str(d.path) for d in self.known if d.path is not None}
        for path in self.watcher.files():
            if path not in watched:
                self.watcher.removePath(path)

    def refresh(self, document, signature: FileSignature | None = None) -> None:  # noqa: ANN001
        """The app wrote (or reloaded) the file itself: take its state as the known one."""
        if document.path is None:
            return
        self.known[document] = signature or file_signature(document.path)
        self._reported.pop(document, None)
        self._accepted.pop(document, None)
        self._add_path(document.path)

    def accept(self, document) -> None:  # noqa: ANN001
        """The user chose "Keep mine" for the file's current version: Save may replace that
        version without asking again (a newer one is reported again)."""
        self._accepted[document] = file_signature(document.path) if document.path else None

    def accepted(self, document) -> bool:  # noqa: ANN001
        """True when the file on disk is the version the user chose to replace."""
        if document not in self._accepted or document.path is None:
            return False
        return same_content(self._accepted[document], file_signature(document.path))

    def _add_path(self, path: Path) -> None:
        if str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))

    def disk_changed(self, document) -> bool:  # noqa: ANN001
        """True when ``document``'s file is no longer the version the app loaded or saved."""
        if document.path is None or document not in self.known:
            return False
        known = self.known[document]
        quick = file_signature(document.path, digest=False)
        if quick is None or known is None:
            return quick is not None or known is not None
        if (quick.mtime_ns, quick.size) == (known.mtime_ns, known.size):
            return False
        now = file_signature(document.path)
        if same_content(known, now):
            self.known[document] = now  # touched or copied back: same content
            return False
        return True

    def _on_file_changed(self, path: str) -> None:
        # an atomic replace (ours, an editor's, a sync tool's) drops the watch: watch again
        if path not in self.watcher.files() and Path(path).exists():
            self.watcher.addPath(path)
        self._timer.start()

    def check_all(self) -> None:
        """Report each document whose file changed since the app last looked (once per
        version)."""
        for document in list(self.known):
            if document in self.busy or not self.disk_changed(document):
                continue
            now = file_signature(document.path)
            if document in self._reported and same_content(self._reported[document], now):
                continue
            if self.accepted(document):
                continue
            self._reported[document] = now
            self.changed_on_disk.emit(document)
