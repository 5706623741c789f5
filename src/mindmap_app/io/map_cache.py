"""A map file read once opens faster the next time: the checked content of every map file the
app has read, kept in the user's cache folder under the hash of the file's bytes (as Python
keeps compiled ``.pyc`` files beside the source).

Reading a 100,000-idea YAML file costs about 1.9 s (libyaml's events, the schema checks, the
model); the same map from its cache entry about 0.4 s (the graph's own dicts as ``marshal``
keeps them, :meth:`MindMap.plain_form`). The file stays the single source of truth:

* an entry is found only by the BLAKE2 hash of the file's exact bytes, so any change to the
  file (an edit in another program, a colleague's copy) misses and the file is read;
* an entry carries the hash of its own content and is used only when that matches too (a
  damaged entry is read as a miss and removed), only by the same cache version, app version
  and Python (``marshal``'s format is Python's own), and only when the map's values pass
  the model's checks (:meth:`MindMap.from_plain_form`);
* only a file read without an error gets an entry (a bad file is reported every time); after
  the app saves a big map, a process of its own reads the new file in the background
  (:mod:`mindmap_app.io.cache_warm`) so that the next open finds its entry;
* the window keeps the entry of a map it opens once the map is drawn, unless it was edited
  by then (``yaml_format.load_map_keeping_later``: the first paint of 100,000 ideas does not
  wait the 0.23 s of writing it); everything else that reads a file keeps it at once;
* anything that goes wrong with the folder (read-only, full, missing) only means no cache.

``$MINDMAP_CACHE_DIR`` chooses the folder (empty: no cache), else the platform's cache folder
(``$XDG_CACHE_HOME/mindmap-app`` or ``~/.cache/mindmap-app`` on Linux). Each kind of entry
(``maps``; the canvas keeps measured text sizes in ``text``) keeps its newest
:data:`MAX_ENTRIES` entries, at most :data:`MAX_BYTES` in all. :func:`write_sealed` and
:func:`read_sealed` are the entries' file form, for both.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from .. import __version__
from ..collector import collector_paused
from ..model import InvariantError, MindMap
from .atomic import atomic_write_bytes

#: the first bytes of an entry: changes when what an entry holds changes
MAGIC = b"mindmap-cache/1\n"
#: entries kept per kind (the newest by use), and their total size at most
MAX_ENTRIES = 48
MAX_BYTES = 512 * 2**20
#: map files smaller than this are read about as fast as an entry: no entry for them
MIN_FILE_BYTES = 16 * 1024
_TAG = (f"mindmap-app {__version__} py{sys.version_info[0]}{sys.version_info[1]} "
        f"m{marshal.version}\n").encode()
_DIGEST = 20
_HEAD = len(MAGIC) + len(_TAG) + _DIGEST


def cache_root() -> Path | None:
    """The app's cache folder, or None when caching is off."""
    chosen = os.environ.get("MINDMAP_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "mindmap-app" / "cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mindmap-app"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mindmap-app"


def entry_path(kind: str, key: bytes) -> Path | None:
    """Where the entry of ``kind`` for ``key`` (bytes hashed into its name) lives."""
    root = cache_root()
    if root is None:
        return None
    name = hashlib.blake2b(key, digest_size=_DIGEST, person=b"mindmap-entry").hexdigest()
    return root / kind / f"{name}.bin"


def write_sealed(path: Path, value: Any) -> bool:
    """Keep ``value`` (plain data: what ``marshal`` writes) at ``path``, sealed with its hash;
    the oldest entries beside it beyond the limits go. False when it could not be written."""
    try:
        payload = marshal.dumps(value)
    except ValueError:      # not plain data
        return False
    blob = b"".join((MAGIC, _TAG, hashlib.blake2b(payload, digest_size=_DIGEST).digest(),
                     payload))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, blob, durable=False)
        _prune(path.parent)
    except OSError:
        return False
    return True


def read_sealed(path: Path) -> Any:
    """The value kept at ``path``; None when there is none, or it was written by another
    version or Python, or is damaged (then it is removed)."""
    try:
        with open(path, "rb") as handle:
            blob = handle.read()
    except OSError:
        return None
    payload = memoryview(blob)[_HEAD:]
    try:
        if (blob[:len(MAGIC)] != MAGIC or blob[len(MAGIC):_HEAD - _DIGEST] != _TAG
                or hashlib.blake2b(payload, digest_size=_DIGEST).digest()
                != blob[_HEAD - _DIGEST:_HEAD]):
            raise ValueError("not an entry of this cache")
        with collector_paused():      # many small objects, no cycles
            value = marshal.loads(payload)
    except (ValueError, TypeError, EOFError):
        remove(path)
        return None
    try:
        os.utime(path)      # the newest by use are kept
    except OSError:
        pass
    return value


def entry_for(data: bytes) -> Path | None:
    """Where the entry of the file with these exact bytes lives; None when it gets none (a
    small file: it reads as fast; or caching is off)."""
    if len(data) < MIN_FILE_BYTES:
        return None
    return entry_path("maps", data)


def lookup(entry: Path | None) -> MindMap | None:
    """The map kept at ``entry`` (see :func:`entry_for`); None when there is none (or it
    cannot be used: then it is removed)."""
    value = read_sealed(entry) if entry is not None else None
    if value is None:
        return None
    try:
        return MindMap.from_plain_form(value)
    except InvariantError:
        remove(entry)
        return None


def store(entry: Path | None, mind_map: MindMap) -> None:
    """Keep ``mind_map`` at ``entry`` as what the file (see :func:`entry_for`) holds: call it
    with the map just read from the file, before any edit. Does nothing without an entry,
    when a value is not plain data, or the folder cannot be written."""
    if entry is not None:
        write_sealed(entry, mind_map.plain_form())


def _prune(folder: Path) -> None:
    """Remove the oldest entries beyond :data:`MAX_ENTRIES` or :data:`MAX_BYTES`."""
    entries = []
    for entry in os.scandir(folder):
        if entry.name.endswith(".bin"):
            try:
                info = entry.stat()
            except OSError:
                continue
            entries.append((info.st_mtime_ns, info.st_size, entry.path))
    entries.sort(reverse=True)
    total = 0
    for count, (_, size, path) in enumerate(entries):
        total += size
        if count >= MAX_ENTRIES or total > MAX_BYTES:
            remove(Path(path))


def remove(path: Path) -> None:
    """Remove an entry (gone already: nothing to do)."""
    try:
        path.unlink()
    except OSError:
        pass
