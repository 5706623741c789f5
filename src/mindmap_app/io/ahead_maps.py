"""The maps read ahead by child processes (:mod:`.read_ahead` starts them): the children
still reading, and the map each sent, taken by the reader that opens the same file with the
same bytes (:func:`take`, called by :func:`.yaml_format.load_map_keeping_later` and
:func:`.formats.read_map`). Kept apart from the children's own side so that the readers
need not import it (it imports them)."""

from __future__ import annotations

import hashlib
import marshal
import os
import select
import signal
import time
from pathlib import Path

from ..collector import collector_paused
from ..model import InvariantError, MindMap

#: the longest the window waits for the child's map (then it reads the file itself)
WAIT_SECONDS = 20.0
#: the bytes of the hash a child sends before the map
DIGEST = 20


class Child:
    """A child reading one file: its process id and the read end of its pipe."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd

    def receive(self) -> bytes | None:
        """All the child sent (None: it took too long), and the child reaped."""
        chunks: list[bytes] = []
        deadline = time.monotonic() + WAIT_SECONDS
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                    return None
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
        except OSError:
            return None
        finally:
            self.stop()

    def stop(self) -> None:
        """Close the pipe and end the child (already done: nothing to do)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.pid > 0:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass        # it had ended
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.pid = 0


#: resolved path -> the child reading it
CHILDREN: dict[Path, Child] = {}
#: maps taken from a child so far (what the launch's test looks at)
taken = 0


def key_of(path: str | Path) -> Path | None:
    """The name a child is known by: the file's resolved path (None: it has none)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def take(path: str | Path, data: bytes) -> MindMap | None:
    """The map a child read from ``path``, when its bytes were ``data``; else None (no child
    read it, the file changed, the child found it unreadable or took too long)."""
    global taken
    if not CHILDREN:        # most reads: no child at all (not even a path to resolve)
        return None
    key = key_of(path)
    child = CHILDREN.pop(key, None) if key is not None else None
    if child is None:
        return None
    sent = child.receive()
    if not sent or len(sent) <= DIGEST or \
            sent[:DIGEST] != hashlib.blake2b(data, digest_size=DIGEST).digest():
        return None
    try:
        with collector_paused():      # many small objects, no cycles
            mind_map = MindMap.from_plain_form(marshal.loads(memoryview(sent)[DIGEST:]))
    except (ValueError, TypeError, EOFError, InvariantError):
        return None
    taken += 1
    return mind_map


def discard() -> None:
    """Stop every child not taken (the window is up: what it did not open, it will not)."""
    while CHILDREN:
        CHILDREN.popitem()[1].stop()
