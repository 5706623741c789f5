"""Backups of map files, and the signature that tells whether a file changed on disk.
Pure Python (no Qt); every function takes the data folder as an argument.

Before the first save of a session overwrites a map file (and before "Keep mine" overwrites a
file someone else changed), the file as it was on disk is copied to::

    <data folder>/backups/<file name>-<8 hex digits of its full path>/
        source.txt                              the full path of the map file
        national.2025-03-01T10-31-02.123456.yaml  one copy per backup, newest last by name

Only the newest :data:`KEEP` copies are kept. A copy is the file byte for byte, so a bad save
is undone from outside the app by copying a backup back (or by opening it in the app). The
backups live in the app's data folder, not beside the map: a read-only or synced map folder
gets no clutter, and a failed backup never stops a save.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import NamedTuple

from ..io.atomic import atomic_write_bytes

BACKUPS = "backups"
KEEP = 5


class FileSignature(NamedTuple):
    """What a file on disk looks like: a changed file has another signature."""

    mtime_ns: int
    size: int
    digest: str | None   # SHA-256 of the content (None when not computed)


def file_signature(path: str | Path, digest: bool = True) -> FileSignature | None:
    """The signature of ``path``, None when there is no such file (or it cannot be read)."""
    try:
        stat = os.stat(path)
        sha = None
        if digest:
            with open(path, "rb") as handle:
                sha = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
    return FileSignature(stat.st_mtime_ns, stat.st_size, sha)


def same_content(known: FileSignature | None, now: FileSignature | None) -> bool:
    """True when ``now`` shows the same file as ``known``: same time and size, or, when only
    the time differs (touched, copied back), the same content."""
    if known is None or now is None:
        return known is now
    if (known.mtime_ns, known.size) == (now.mtime_ns, now.size):
        return True
    return known.size == now.size and known.digest is not None and known.digest == now.digest


def backup_folder(data_dir: str | Path, source: str | Path) -> Path:
    source = Path(source).absolute()
    tag = hashlib.sha256(str(source).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return Path(data_dir) / BACKUPS / f"{source.name}-{tag}"


def make_backup(data_dir: str | Path, source: str | Path, keep: int = KEEP,
                data: bytes | None = None) -> Path | None:
    """Copy ``source`` (or keep ``data`` as a version of it) into its backup folder,
    atomically, and drop all but the newest ``keep`` copies. Returns the copy, or None when
    ``source`` does not exist. OSError when the copy cannot be written."""
    source = Path(source).absolute()
    if data is None:
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            return None
    folder = backup_folder(data_dir, source)
    folder.mkdir(parents=True, exist_ok=True)
    note = folder / "source.txt"
    if not note.exists():
        atomic_write_bytes(note, (str(source) + "\n").encode("utf-8", "surrogateescape"))
    now = time.time()
    micro = int(now * 1e6) % 10**6
    stamp = time.strftime("%Y-%m-%dT%H-%M-%S", time.localtime(now)) + f".{micro:06d}"
    copy = folder / f"{source.stem}.{stamp}{source.suffix}"
    n = 1
    while copy.exists():
        n += 1
        copy = folder / f"{source.stem}.{stamp}-{n}{source.suffix}"
    atomic_write_bytes(copy, data)
    for old in list_backups(data_dir, source)[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
    return copy


def list_backups(data_dir: str | Path, source: str | Path) -> list[Path]:
    """The backups of ``source``, newest first."""
    folder = backup_folder(data_dir, source)
    if not folder.is_dir():
        return []
    copies = [p for p in folder.iterdir() if p.name != "source.txt" and p.is_file()
              and not p.name.startswith(".")]
    return sorted(copies, key=lambda p: p.name, reverse=True)
