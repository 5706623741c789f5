"""After the app saves a big map, a process of its own reads the new file in the background,
so that the next open of the map finds its cache entry (:mod:`mindmap_app.io.map_cache`)
instead of reading the YAML: a facilitator prepares the map, saves, and opens it again in
front of the room. The process runs on its own (the window never waits for it, and it
finishes after the app quits if need be) and prints nothing. One runs per file at a time: a
save while it reads tries again once it is done (Ctrl+S pressed again and again starts no
crowd of them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from ..io import cache_warm, map_cache
from ..package_data import python_path_with_app

#: files smaller than this open fast enough from the YAML: no process for them
#: (256 KiB: about 1,800 ideas of a workshop map)
WARM_MIN_BYTES = 256 * 1024
#: how often a save waiting for the reader before it looks again
RETRY_MS = 1000

_running: dict[str, subprocess.Popen] = {}
_waiting: set[str] = set()


def warm_after_save(path: str | Path) -> bool:
    """Start reading ``path`` in the background when it is big enough and the cache is on;
    True when a process was started (or will be, once the one reading it now is done)."""
    if map_cache.cache_root() is None:
        return False
    try:
        if Path(path).stat().st_size < WARM_MIN_BYTES:
            return False
    except OSError:
        return False
    key = str(Path(path).resolve())
    running = _running.get(key)
    if running is not None and running.poll() is None:
        if key not in _waiting:
            _waiting.add(key)
            QTimer.singleShot(RETRY_MS, lambda: _again(key))
        return True
    env = dict(os.environ, PYTHONPATH=python_path_with_app(os.environ.get("PYTHONPATH")))
    try:
        _running[key] = subprocess.Popen(
            [sys.executable, "-m", cache_warm.__name__, key], env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
    except OSError:
        return False
    return True


def _again(key: str) -> None:
    _waiting.discard(key)
    warm_after_save(key)
