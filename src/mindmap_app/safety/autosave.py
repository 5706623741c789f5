"""Autosave: every open map with unsaved changes is copied to its recovery file about
``interval`` seconds after a change (a setting, 30 s by default) and whenever the app loses
focus, without stalling the window.

How the window stays responsive: :class:`~mindmap_app.model.snapshot.MapSnapshot` copies
the map on the main thread a few milliseconds at a time (one slice per event-loop turn, so
typing and drawing go on in between), then :class:`AutosaveWorker` hands the pieces to a child
process (``python -m mindmap_app.safety.worker``, started once with QProcess, fed through
its stdin without blocking) which builds the YAML and writes the file atomically. Serialising
in a thread instead would hold the GIL for the whole dump (a 10,000-node map stalled the
window for 100 ms and more); the benchmark ``benchmarks/autosave_bench.py`` measures both.
If the child process cannot be started (three failures in a row), a Python thread does the
work instead: slower for the window, but nothing is lost.

The map's own file is written only when the user opts in ("Autosave to the File Itself",
setting ``autosave/to_file``); then a titled map goes to its file (refused if the file changed
on disk meanwhile, backed up on the first write of the session) and an untitled one still to
its recovery file.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from ..model.snapshot import MapSnapshot
from ..package_data import python_path_with_app
from . import worker as worker_module
from .backups import FileSignature
from .recovery_files import remove_entry
from .worker import FRAME, encode_end, encode_start, run_job

INTERVAL_KEY = "autosave/interval_seconds"
TO_FILE_KEY = "autosave/to_file"
DEFAULT_INTERVAL = 30.0
#: main-thread time per snapshot slice
SLICE_SECONDS = 0.003

Reply = dict[str, Any]


class AutosaveWorker(QObject):
    """The child process that writes autosaves. A job is streamed: :meth:`begin`, a
    :meth:`send` per piece as the snapshot makes it, :meth:`finish` with the details and the
    callback that gets the reply (or :meth:`abort`)."""

    _thread_done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.use_thread = False
        self.failures = 0
        self._output = b""
        self._callbacks: dict[int, Callable[[Reply], None]] = {}
        #: job id -> the process it is streamed to, or the list of its pieces (thread mode)
        self._streams: dict[int, QProcess | list[bytes]] = {}
        self._next_id = 1
        self._thread_done.connect(self._deliver)

    def pending(self) -> int:
        return len(self._callbacks)

    def begin(self) -> int:
        job_id = self._next_id
        self._next_id += 1
        if self.use_thread:
            self._streams[job_id] = []
        else:
            process = self._ensure_process()
            process.write(encode_start(job_id))
            self._streams[job_id] = process
        return job_id

    def send(self, job_id: int, piece: bytes) -> None:
        stream = self._streams.get(job_id)
        if isinstance(stream, list):
            stream.append(piece)
        elif stream is not None and stream is self.process:
            stream.write(FRAME.pack(len(piece)))
            stream.write(piece)

    def finish(self, job_id: int, details: dict[str, Any],
               callback: Callable[[Reply], None]) -> None:
        stream = self._streams.pop(job_id, None)
        if isinstance(stream, list):
            self._callbacks[job_id] = callback
            job = {**details, "job": job_id}
            threading.Thread(target=lambda: self._thread_done.emit(run_job(job, stream)),
                             name="autosave", daemon=True).start()
        elif stream is not None and stream is self.process:
            self._callbacks[job_id] = callback
            stream.write(encode_end(details))
        else:  # the process it was streamed to stopped meanwhile
            callback({"job": job_id, "ok": False, "error": "the autosave process stopped"})

    def abort(self, job_id: int) -> None:
        stream = self._streams.pop(job_id, None)
        if stream is not None and stream is self.process:
            self._callbacks[job_id] = lambda reply: None
            stream.write(encode_end({"kind": "abort"}))

    def _ensure_process(self) -> QProcess:
        if self.process is not None:
            return self.process
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", worker_module.__name__])
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONPATH", python_path_with_app(env.value("PYTHONPATH")))
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(lambda *_: self._on_stopped(process))
        process.errorOccurred.connect(lambda error: self._on_error(process, error))
        process.start()
        self.process = process
        return process

    def _on_output(self) -> None:
        if self.process is None or not shiboken6.isValid(self.process):
            return
        self._output += bytes(self.process.readAllStandardOutput())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            try:
                reply = json.loads(line)
            except ValueError:
                continue
            self.failures = 0
            self._deliver(reply)

    def _deliver(self, reply: Reply) -> None:
        callback = self._callbacks.pop(reply.get("job"), None)
        if callback is not None:
            callback(reply)

    def _on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._on_stopped(process)

    def _on_stopped(self, process: QProcess) -> None:
        if process is not self.process:
            return
        if shiboken6.isValid(process):     # not when Qt deletes it with its owner (quitting
            self._on_output()               # without closing the window first)
            process.deleteLater()
        self.process = None
        self._output = b""
        self.failures += 1
        if self.failures >= 3:
            self.use_thread = True
        lost = list(self._callbacks.items())
        self._callbacks.clear()
        for job_id, callback in lost:
            callback({"job": job_id, "ok": False, "error": "the autosave process stopped"})

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Wait until every job sent so far has replied (True) or ``timeout_ms`` passed."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._callbacks and time.monotonic() < deadline:
            process = self.process
            if process is not None:
                process.waitForBytesWritten(50)
                process.waitForReadyRead(50)
                self._on_output()
            else:
                time.sleep(0.01)
                QCoreApplication.sendPostedEvents(self)
        return not self._callbacks

    def stop(self, timeout_ms: int = 10000) -> None:
        """Let the jobs sent so far finish (their replies are delivered), then stop."""
        process = self.process
        if process is not None:
            process.closeWriteChannel()
            if not process.waitForFinished(timeout_ms):
                process.kill()
                process.waitForFinished(1000)
            self._on_output()
            if self.process is process:
                self.failures -= 1  # a requested stop is no failure
                self._on_stopped(process)


@dataclass(eq=False)
class DocState:
    """What autosave knows about one open document."""

    document: Any
    doc_id: str
    revision: int = 0           # bumped by every change of the map
    autosaved: int = -1         # the revision last written
    entry: bool = False         # a recovery file exists (or is being written)
    in_flight: bool = False     # a job for it runs in the child process
    generation: int = 0         # bumped by save/clean/discard: replies of older jobs are stale
    file_refused: bool = False  # autosave to the file itself failed: use the recovery file
    listener: Callable[[Any], None] | None = field(default=None, repr=False)
    clean_link: Any = field(default=None, repr=False)  # its undo stack's cleanChanged


class Autosaver(QObject):
    """Schedules autosaves, snapshots maps in slices and sends them to the worker."""

    #: document: its autosave was written
    autosaved = Signal(object)
    #: document, message: an autosave could not be written
    failed = Signal(object, str)

    def __init__(self, data_dir: Path, session: str, settings, guard=None,  # noqa: ANN001
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.session = session
        self.settings = settings
        self.guard = guard
        self.worker = AutosaveWorker(self)
        self.states: dict[Any, DocState] = {}
        self.backed_up: set[Path] = set()
        self._queue: list[DocState] = []
        self._current: tuple[DocState, MapSnapshot, int] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.autosave_now)
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._step)

    # ------------------------------------------------------------------ settings
    def interval_ms(self) -> int:
        try:
            seconds = float(self.settings.value(INTERVAL_KEY, DEFAULT_INTERVAL))
        except (TypeError, ValueError):
            seconds = DEFAULT_INTERVAL
        return max(50, int(seconds * 1000))

    def to_file(self) -> bool:
        value = self.settings.value(TO_FILE_KEY, False)
        return value is True or str(value).lower() == "true"

    # ----------------------------------------------------------------- documents
    def add(self, document, doc_id: str | None = None) -> DocState:  # noqa: ANN001
        state = DocState(document, doc_id or uuid.uuid4().hex[:16])
        state.entry = doc_id is not None

        def on_change(change, state=state) -> None:  # noqa: ANN001
            state.revision += 1
            if self._current is not None and self._current[0] is state:
                self._current[1].note(change)
            self._schedule()

        state.listener = on_change
        document.mind_map.subscribe(on_change)
        # the lambda reaches the document: disconnected in remove(), or the stack (its
        # child) would keep the document and its map alive after the tab closed
        state.clean_link = document.undo_stack.cleanChanged.connect(
            lambda clean, state=state: clean and self.forget(state))
        self.states[document] = state
        if document.modified:
            self._schedule()
        return state

    def remove(self, document, keep_entry: bool = False) -> None:  # noqa: ANN001
        """The document closes; its recovery file goes too unless ``keep_entry``."""
        state = self.states.pop(document, None)
        if state is None:
            return
        document.mind_map.unsubscribe(state.listener)
        if state.clean_link is not None:
            QObject.disconnect(state.clean_link)
            state.clean_link = None
        if state in self._queue:
            self._queue.remove(state)
        if self._current is not None and self._current[0] is state:
            self.worker.abort(self._current[2])
            self._current = None
            self._next()
        if not keep_entry:
            self.forget(state)

    def forget(self, state: DocState) -> None:
        """The map is saved (or discarded): its recovery file is obsolete."""
        state.generation += 1
        state.autosaved = state.revision
        state.file_refused = False
        if state.entry:
            self._remove_entry(state)
            if state.in_flight:  # removed again when the job on its way has written it
                state.entry = True

    def _remove_entry(self, state: DocState) -> None:
        try:
            remove_entry(self.data_dir, state.doc_id)
        except OSError:
            return
        state.entry = False

    def needs_save(self, state: DocState) -> bool:
        return state.document.modified and state.revision != state.autosaved

    # ----------------------------------------------------------------- scheduling
    def _schedule(self) -> None:
        if not self.timer.isActive():
            self.timer.start(self.interval_ms())

    def autosave_now(self) -> None:
        """Autosave every document with changes not yet autosaved."""
        self.timer.stop()
        for state in self.states.values():
            if self.needs_save(state) and state not in self._queue and not state.in_flight \
                    and (self._current is None or self._current[0] is not state):
                self._queue.append(state)
        self._next()

    def busy(self) -> bool:
        return bool(self._queue or self._current or self.worker.pending())

    def _next(self) -> None:
        while self._current is None and self._queue:
            state = self._queue.pop(0)
            if self.needs_save(state) and not state.in_flight:
                job_id = self.worker.begin()
                snapshot = MapSnapshot(state.document.mind_map,
                                       lambda piece, job_id=job_id: self.worker.send(job_id, piece))
                self._current = (state, snapshot, job_id)
                self._slice.start()

    def _step(self) -> None:
        if self._current is None:
            return
        state, snapshot, job_id = self._current
        if not snapshot.step(SLICE_SECONDS):
            self._slice.start()
            return
        self._current = None
        if self.needs_save(state):
            self._submit(state, job_id)
        else:  # saved (or undone to the saved state) while it was being copied
            self.worker.abort(job_id)
        self._next()

    def _submit(self, state: DocState, job_id: int) -> None:
        document = state.document
        revision, generation = state.revision, state.generation
        index = document.undo_stack.index()
        job: dict[str, Any] = {"data_dir": str(self.data_dir)}
        to_file = self.to_file() and document.path is not None and not state.file_refused
        if to_file:
            known = self.guard.known.get(document) if self.guard is not None else None
            path = Path(document.path)
            job.update(kind="file", target=str(path),
                       expect=[known.mtime_ns, known.size] if known else None,
                       backup=path not in self.backed_up)
            if known is None and path.exists():
                to_file = False  # a file the app never saw: do not write over it
        if not to_file:
            job.update(kind="recovery", entry={
                "doc": state.doc_id, "source": str(document.path) if document.path else None,
                "title": document.title, "session": self.session,
                "saved_at": time.time()})
            state.entry = True
        elif self.guard is not None:
            self.guard.busy.add(document)
        state.in_flight = True
        self.worker.finish(job_id, job, lambda reply: self._done(
            state, job, revision, generation, index, reply))

    def _done(self, state: DocState, job: dict[str, Any], revision: int, generation: int,
              index: int, reply: Reply) -> None:
        state.in_flight = False
        document = state.document
        if self.guard is not None:
            self.guard.busy.discard(document)
        closed = self.states.get(document) is not state
        if not reply.get("ok"):
            if job["kind"] == "file" and not closed:
                state.file_refused = True  # the recovery file next time; a save resets it
                state.autosaved = -1
            if not closed:
                self.failed.emit(document, str(reply.get("error", "unknown error")))
                self._schedule()
            return
        if job["kind"] == "file":
            self.backed_up.add(Path(job["target"]))
            signature = reply.get("signature")
            if self.guard is not None and signature and not closed:
                self.guard.refresh(document, FileSignature(*signature))
            if not closed and document.undo_stack.index() == index:
                document.undo_stack.setClean()
        if closed or state.generation != generation:
            if job["kind"] == "recovery":
                self._remove_entry(state)
            if not closed and self.needs_save(state):
                state.autosaved = -1
                self._schedule()
            return
        state.autosaved = revision
        self.autosaved.emit(document)
        if self.needs_save(state):
            self._schedule()

    # ------------------------------------------------------------------- shutdown
    def wait_idle(self, timeout_ms: int = 10000) -> None:
        """Finish the snapshot being taken and wait for the jobs sent (before a save writes
        the same file, and at exit)."""
        while self._current is not None:
            self._step()
        self.worker.wait(timeout_ms)

    def shutdown(self) -> None:
        self.timer.stop()
        self._queue.clear()
        if self._current is not None:
            self.worker.abort(self._current[2])
            self._current = None
        self.worker.stop()

