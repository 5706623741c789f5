"""Lock files that warn when another instance of the app has the same map open. Pure Python.

They follow LibreOffice's habit: beside ``national.yaml`` the app writes
``.~lock.national.yaml#`` while the map is open (a few ``key=value`` lines: pid, host, user,
since) and removes it when the tab closes. A lock whose process is gone (same host, dead pid:
the app crashed) is stale and ignored; a lock from another host cannot be checked and is
reported with its host and time. A folder where no lock can be written (read-only) simply has
none.
"""

from __future__ import annotations

import getpass
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..io.atomic import atomic_write_bytes
from .sessions import pid_alive, process_start, this_host

LOCK_MAGIC = "mindmap-app lock"


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    since: str
    proc_start: int | None = None

    def mine(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()

    def stale(self) -> bool:
        """The process that wrote the lock is gone (only known for this host)."""
        return self.host == this_host() and not pid_alive(self.pid, self.proc_start)

    def describe(self) -> str:
        return f"{self.user or 'someone'} on {self.host or 'an unknown computer'} " \
               f"(since {self.since or 'an unknown time'})"


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock of map file ``path``, None when there is none (or it is not ours to read)."""
    try:
        lines = lock_path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0].strip() != LOCK_MAGIC:
        return None
    values = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    try:
        pid = int(values.get("pid", ""))
    except ValueError:
        return None
    start = values.get("proc_start", "")
    return LockInfo(pid, values.get("host", ""), values.get("user", ""),
                    values.get("since", ""), int(start) if start.isdigit() else None)


def foreign_lock(path: str | Path) -> LockInfo | None:
    """The lock of another running instance on ``path``; None when there is none, it is ours
    or it is stale."""
    info = read_lock(path)
    if info is None or info.mine() or info.stale():
        return None
    return info


def write_lock(path: str | Path) -> bool:
    """Lock ``path`` for this process; False when the folder takes no lock (read-only...)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    start = process_start(os.getpid())
    text = (f"{LOCK_MAGIC}\npid={os.getpid()}\nhost={this_host()}\nuser={user}\n"
            f"since={time.strftime('%Y-%m-%d %H:%M')}\n"
            f"proc_start={'' if start is None else start}\n")
    try:    # whole or absent; not forced to the disk (a lock lost in a power cut is no loss,
        # and other machines see it once it is closed): two fsyncs were 2 ms of every open
        # here, tens of ms on a network folder
        atomic_write_bytes(lock_path(path), text.encode("utf-8"), durable=False)
    except OSError:
        return False
    return True


def remove_lock(path: str | Path) -> None:
    """Remove the lock of ``path`` when it is this process's own."""
    info = read_lock(path)
    if info is not None and info.mine():
        try:
            lock_path(path).unlink()
        except OSError:
            pass
