"""Recovery files: autosaved copies of unsaved maps, and the markers that tell a crash from a
clean exit. Pure Python (no Qt); every function takes the data folder as an argument.

The data folder (``QStandardPaths.AppDataLocation``, or ``$MINDMAP_DATA_DIR``) holds::

    sessions/<session>.json     one per running window: {"pid", "host", "proc_start",
                                "started"}; removed on a clean exit, so a marker whose process
                                is gone means that window crashed (or was killed)
    recovery/<doc>.yaml         the last autosave of one unsaved map, in the map format (it
                                opens like any map file), after a one-line YAML comment:
                                # mindmap-recovery/1 {"doc": ..., "source": "/abs/map.yaml" or
                                null, "title": ..., "session": ..., "saved_at": <unix time>,
                                "nodes": <count>}
    backups/                    see :mod:`mindmap_app.io.backups`

A recovery file is written atomically, so it is always a complete map; it is removed when its
map is saved, discarded or closed cleanly.

Autosave keeps the window responsive by splitting the work:
:class:`~mindmap_app.model.snapshot.MapSnapshot` copies the map on the main thread in slices of
a few milliseconds, and a child process (``python -m mindmap_app.io.recovery_store``, see
:func:`serve`) turns the slices back into a map, writes the YAML and replies with one JSON
line per job.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import struct
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..model import MindMap
from ..model.snapshot import MapAssembler, map_from_pieces
from .atomic import atomic_write_bytes
from .backups import file_signature, make_backup

RECOVERY = "recovery"
SESSIONS = "sessions"
HEADER_PREFIX = "# mindmap-recovery/1 "


# ================================================================================ processes
def this_host() -> str:
    return socket.gethostname()


def process_start(pid: int) -> int | None:
    """When ``pid`` started (clock ticks since boot, Linux), to tell a reused pid; else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return int(fields[19])
    except (OSError, IndexError, ValueError):
        return None


def pid_alive(pid: int, started: int | None = None) -> bool:
    """True when process ``pid`` runs on this machine (and, when ``started`` is given and
    known, is the same process that started then, not a later one given the same pid)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    except OSError:
        return False
    if started is not None:
        now = process_start(pid)
        if now is not None and now != started:
            return False
    return True


# ================================================================================= sessions
def new_session_id() -> str:
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def start_session(data_dir: str | Path, session: str) -> Path:
    """Write the marker of a running session."""
    marker = Path(data_dir) / SESSIONS / f"{session}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    info = {"pid": os.getpid(), "host": this_host(), "proc_start": process_start(os.getpid()),
            "started": time.time()}
    atomic_write_bytes(marker, json.dumps(info).encode())
    return marker


def end_session(data_dir: str | Path, session: str) -> None:
    """A clean exit: remove the marker."""
    _unlink(Path(data_dir) / SESSIONS / f"{session}.json")


def read_sessions(data_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Every session marker: session id -> its contents (unreadable markers: empty dict)."""
    out: dict[str, dict[str, Any]] = {}
    folder = Path(data_dir) / SESSIONS
    for marker in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        out[marker.stem] = info if isinstance(info, dict) else {}
    return out


def session_alive(info: dict[str, Any]) -> bool:
    """True while the session's process runs. A session of another machine (a shared home
    folder) is taken as running: there is no way to tell."""
    if info.get("host") != this_host():
        return bool(info.get("host"))
    started = info.get("proc_start")
    return pid_alive(info.get("pid"), started if isinstance(started, int) else None)


def split_sessions(data_dir: str | Path) -> tuple[set[str], set[str]]:
    """(running sessions, crashed sessions): a crashed one left its marker behind."""
    live, dead = set(), set()
    for session, info in read_sessions(data_dir).items():
        (live if session_alive(info) else dead).add(session)
    return live, dead


# ============================================================================ recovery files
@dataclass(frozen=True)
class RecoveryEntry:
    path: Path                 # the recovery file
    doc: str                   # the document's autosave id
    source: str | None         # the map's own file, None for an untitled map
    title: str
    session: str               # the session that wrote it
    saved_at: float            # when the map was copied (unix time)
    nodes: int

    def header(self) -> dict[str, Any]:
        return {"doc": self.doc, "source": self.source, "title": self.title,
                "session": self.session, "saved_at": self.saved_at, "nodes": self.nodes}


def recovery_folder(data_dir: str | Path) -> Path:
    return Path(data_dir) / RECOVERY


def entry_path(data_dir: str | Path, doc: str) -> Path:
    if not doc or not all(c.isalnum() or c in "-_" for c in doc):
        raise ValueError(f"bad document id {doc!r}")
    return recovery_folder(data_dir) / f"{doc}.yaml"


def encode_entry(header: dict[str, Any], map_text: str) -> bytes:
    """The bytes of a recovery file: the header as a one-line YAML comment, then the map."""
    line = json.dumps(header, ensure_ascii=True, separators=(", ", ": "))
    return f"{HEADER_PREFIX}{line}\n{map_text}".encode()


def write_entry(data_dir: str | Path, header: dict[str, Any], mind_map: MindMap) -> Path:
    """Write (atomically) the recovery file of ``header["doc"]`` holding ``mind_map``."""
    from .yaml_format import dumps_map

    header = {**header, "nodes": len(mind_map)}
    header.setdefault("saved_at", time.time())
    path = entry_path(data_dir, header["doc"])
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, encode_entry(header, dumps_map(mind_map)))
    return path


def read_entry(path: str | Path) -> RecoveryEntry | None:
    """The header of a recovery file; None when it is not one (or cannot be read)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            first = handle.readline(1 << 16).decode("utf-8")
        if not first.startswith(HEADER_PREFIX):
            return None
        info = json.loads(first[len(HEADER_PREFIX):])
        source = info.get("source")
        return RecoveryEntry(path, str(info["doc"]), str(source) if source else None,
                             str(info.get("title") or ""), str(info.get("session") or ""),
                             float(info["saved_at"]), int(info.get("nodes") or 0))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_entries(data_dir: str | Path) -> list[RecoveryEntry]:
    """Every readable recovery file, oldest first."""
    folder = recovery_folder(data_dir)
    entries = [read_entry(p) for p in folder.glob("*.yaml")] if folder.is_dir() else []
    return sorted((e for e in entries if e is not None), key=lambda e: e.saved_at)


def load_entry_map(entry: RecoveryEntry) -> MindMap:
    """The map held by a recovery file (MapFormatError when it is damaged)."""
    from .yaml_format import load_map

    return load_map(entry.path)


def adopt_entry(entry: RecoveryEntry, session: str) -> RecoveryEntry:
    """Rewrite the header so the entry belongs to ``session`` (a window that recovered it):
    other windows starting meanwhile then leave it alone."""
    data = entry.path.read_bytes()
    body = data.split(b"\n", 1)[1] if b"\n" in data else b""
    adopted = RecoveryEntry(entry.path, entry.doc, entry.source, entry.title, session,
                            entry.saved_at, entry.nodes)
    line = encode_entry(adopted.header(), "")
    atomic_write_bytes(entry.path, line + body)
    return adopted


def remove_entry(data_dir: str | Path, doc: str) -> None:
    _unlink(entry_path(data_dir, doc))


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


# ============================================================================= the jobs
def run_job(job: dict[str, Any], pieces: Iterable[bytes] | MapAssembler) -> dict[str, Any]:
    """Write one autosave. ``job["kind"]`` is "recovery" (the recovery file of
    ``job["entry"]["doc"]`` in ``job["data_dir"]``) or "file" (the map's own file
    ``job["target"]``, only when the user opted in: refused when the file's (mtime_ns, size)
    is no longer ``job["expect"]``, backed up first when ``job["backup"]``). Returns the
    reply: {"job", "ok": True, "nodes", "signature"} or {"job", "ok": False, "error",
    "errno"}."""
    from .yaml_format import dumps_map

    reply: dict[str, Any] = {"job": job.get("job")}
    if job.get("kind") == "abort":  # the map closed while it was being copied
        return {**reply, "ok": False, "error": "aborted", "errno": None}
    try:
        if isinstance(pieces, MapAssembler):
            mind_map = pieces.finish()
        else:
            mind_map = map_from_pieces(pieces)
        if job["kind"] == "recovery":
            write_entry(job["data_dir"], job["entry"], mind_map)
            reply["signature"] = None
        else:
            target = Path(job["target"])
            expect = job.get("expect")
            now = file_signature(target, digest=False)
            if expect is not None and (now is None or [now.mtime_ns, now.size] != expect):
                raise FileExistsError("the file was changed on disk by someone else")
            if job.get("backup"):
                make_backup(job["data_dir"], target)
            atomic_write_bytes(target, dumps_map(mind_map).encode("utf-8"))
            sig = file_signature(target)
            reply["signature"] = list(sig) if sig else None
        reply.update(ok=True, nodes=len(mind_map))
    except Exception as exc:  # reported to the window, which tells the user
        reply.update(ok=False, error=f"{type(exc).__name__}: {exc}",
                     errno=getattr(exc, "errno", None))
    return reply


# The worker's input, per job: a JSON line {"job": id}; frames (8-byte big-endian length, then
# a piece) as the snapshot makes them; a frame of length 0; a JSON line with the details
# (kind, data_dir, entry or target/expect/backup). The output: one JSON line per job.
FRAME = struct.Struct("!Q")


def encode_start(job_id: int) -> bytes:
    return json.dumps({"job": job_id}).encode() + b"\n"


def encode_piece(piece: bytes) -> bytes:
    return FRAME.pack(len(piece)) + piece


def encode_end(details: dict[str, Any]) -> bytes:
    return FRAME.pack(0) + json.dumps(details).encode() + b"\n"


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The worker loop: read jobs until end of input, answer each with one JSON line. Pieces
    are unpickled as they arrive, while the window is still copying the rest."""
    while True:
        line = stdin.readline()
        if not line:
            return
        job = json.loads(line)
        assembler = MapAssembler()
        error = None
        while True:
            head = stdin.read(FRAME.size)
            if len(head) != FRAME.size:
                return
            (size,) = FRAME.unpack(head)
            if size == 0:
                break
            piece = stdin.read(size)
            if len(piece) != size:
                return
            try:
                assembler.add(piece)
            except Exception as exc:  # noqa: BLE001 - reported with the reply
                error = exc
        job.update(json.loads(stdin.readline()))
        if error is not None:
            reply = {"job": job.get("job"), "ok": False, "errno": None,
                     "error": f"{type(error).__name__}: {error}"}
        else:
            reply = run_job(job, assembler)
        stdout.write(json.dumps(reply).encode() + b"\n")
        stdout.flush()


def main() -> int:
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
