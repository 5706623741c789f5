"""A big map file named at launch is read by a second process while the window starts.

Launching the app on a map file spends about 0.3 s starting Qt and building the window
before the file is opened, and reading a 20,000-idea file (libyaml's events, the schema's
checks, the model) takes about as long again, on one core of two. :func:`start` forks a
child process before Qt is loaded (nothing but Python and the Qt-free layers is in the
process then: no threads, no windows) that reads the file as the window would (a YAML map
file as :func:`.yaml_format.loads_map` does, a FreeMind map or an outline as its format's
reader does: :data:`READ_AHEAD_FORMATS`) and sends the checked map back down a pipe in the
form the map cache keeps (:meth:`MindMap.plain_form`, ``marshal``: about a fifth of the
reading's time to take in).
When the window opens that file, :func:`take` gives the map it sent, or None, and the file
is read as ever:

* the map is taken only when the bytes the window read are the child's bytes (their BLAKE2
  hash is sent with the map), so a file changed in between is read anew;
* a file the child cannot read (a YAML error, a broken rule) sends nothing: the window reads
  it itself and reports the error with its line, as always; nor does a file whose map the
  map cache keeps (:mod:`.map_cache`: the window takes it from there);
* only files of :data:`MIN_BYTES` to :data:`MAX_BYTES` are read ahead: smaller ones read in a
  few milliseconds, and for bigger ones taking the map in costs more than the start-up the
  reading overlaps (100,000 ideas: 1.9 s to read, 0.4 s to take in, 0.3 s overlapped);
* only on Linux, where a fork before Qt is sound, and only from a process with one thread;
* a child not taken by the time the window is up is stopped (:func:`discard`), and a child
  that takes longer than :data:`.ahead_maps.WAIT_SECONDS` is not waited for.

The taking side (:mod:`.ahead_maps`) is a module of its own: the readers call it, and this
one imports the readers.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
from pathlib import Path

from . import map_cache
from .ahead_maps import CHILDREN, DIGEST, Child, discard, key_of, take
from .formats import UnknownFormatError, format_for_path, get_format
from .yaml_format import loads_map

__all__ = ["MAX_BYTES", "MIN_BYTES", "READ_AHEAD_FORMATS", "discard", "start", "take"]

#: files at least this big are read ahead (a smaller one reads in a few milliseconds)
MIN_BYTES = 256 * 1024
#: and at most this big (about 28,000 ideas): beyond, taking the map in costs more than the
#: start-up that the reading overlaps
MAX_BYTES = 4 * 2**20
#: formats read ahead: the app's own and the text outlines, whose reading costs about as
#: much per byte (an XMind file is a zip: its size says little of its reading)
READ_AHEAD_FORMATS = frozenset({"yaml", "mm", "opml", "md", "txt"})


def start(path: str | Path) -> bool:
    """Read the map file at ``path`` in a child process, if it is one worth reading ahead
    (see the module); True when a child was started."""
    key = key_of(path)
    if key is None or key in CHILDREN or not sys.platform.startswith("linux") \
            or threading.active_count() > 1:
        return False
    try:
        size = key.stat().st_size
    except OSError:
        return False
    if not MIN_BYTES <= size <= MAX_BYTES:
        return False
    try:
        name = format_for_path(key).name
    except UnknownFormatError:
        name = "yaml"           # the window reads a file of no known type as YAML
    if name not in READ_AHEAD_FORMATS:
        return False
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return False
    if pid == 0:        # the child: never returns
        os.close(read_fd)
        _read_and_send(key, name, write_fd)
    os.close(write_fd)
    CHILDREN[key] = Child(pid, read_fd)
    return True


def _read_and_send(path: Path, name: str, fd: int) -> None:
    """In the child: read the map as the window reads a file of format ``name``, send its
    bytes' hash and its plain form, and end (no clean-up of the parent's objects:
    ``os._exit``)."""
    code = 0
    try:
        data = path.read_bytes()
        entry = map_cache.entry_for(data) if name == "yaml" else None
        if entry is not None and entry.exists():
            return          # the window takes the map kept for these bytes: nothing to do
        mind_map = loads_map(data, path) if name == "yaml" else get_format(name).loads(
            data, path)
        payload = hashlib.blake2b(data, digest_size=DIGEST).digest() + marshal.dumps(
            mind_map.plain_form())
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:       # noqa: BLE001 - the window reads the file itself
        code = 1
    finally:
        os._exit(code)


