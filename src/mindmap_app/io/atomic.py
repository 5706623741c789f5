"""Atomic file writes: the target is either the complete new content or untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def atomic_write_bytes(path: str | Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Temp file, write, flush, fsync, ``os.replace``; on any failure the temporary file is
    removed and the previous content of ``path`` is left byte-identical. ``durable=False``
    skips the fsyncs (a cache entry: whole or absent, but a power cut may lose it).
    """
    with atomic_writer(path, durable=durable) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: str | Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into, piece by piece (a file too large
    to hold in memory); ``path`` gets it, as :func:`atomic_write_bytes` does, only when the
    ``with`` block ends without an exception."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        try:  # keep the file's permissions; a new file gets the usual ones, not mkstemp's 0600
            mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if not durable:
        return
    try:  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
