"""Which windows are running: one marker file per running window (a session), removed on a
clean exit, so a marker whose process is gone means that window crashed (or was killed).
Pure Python (no Qt); every function takes the data folder as an argument.

    <data folder>/sessions/<session>.json   {"pid", "host", "proc_start", "started"}
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from pathlib import Path
from typing import Any

from ..io.atomic import atomic_write_bytes

SESSIONS = "sessions"


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
    """Write the marker of a running session. Whole or absent, but not forced to the disk
    (no fsync: 2-20 ms of every start): after a crash of the app the marker is there (the
    system has it); after a power cut it may not be, and then the session's recovery files
    are offered all the same (a file of no running session is), only without the word that
    the app had quit unexpectedly."""
    marker = Path(data_dir) / SESSIONS / f"{session}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    info = {"pid": os.getpid(), "host": this_host(), "proc_start": process_start(os.getpid()),
            "started": time.time()}
    atomic_write_bytes(marker, json.dumps(info).encode(), durable=False)
    return marker


def end_session(data_dir: str | Path, session: str) -> None:
    """A clean exit: remove the marker."""
    try:
        (Path(data_dir) / SESSIONS / f"{session}.json").unlink()
    except FileNotFoundError:
        pass


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
