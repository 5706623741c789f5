"""After the app saves a big map, a process of its own reads the new file in the background,
so that the next open of the map finds its cache entry (:mod:`mindmap_app.io.map_cache`)
instead of reading the YAML: a facilitator prepares the map, saves, and opens it again in
front of the room. The process runs on its own (the window never waits for it, and it
finishes after the app quits if need be); it prints nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment

from ..io import cache_warm, map_cache

#: files smaller than this open fast enough from the YAML: no process for them
#: (256 KiB: about 1,800 ideas of a workshop map)
WARM_MIN_BYTES = 256 * 1024


def warm_after_save(path: str | Path) -> bool:
    """Start reading ``path`` in the background when it is big enough and the cache is on;
    True when a process was started."""
    if map_cache.cache_root() is None:
        return False
    try:
        if Path(path).stat().st_size < WARM_MIN_BYTES:
            return False
    except OSError:
        return False
    process = QProcess()
    process.setProgram(sys.executable)
    process.setArguments(["-m", cache_warm.__name__, str(path)])
    env = QProcessEnvironment.systemEnvironment()
    package_root = str(Path(cache_warm.__file__).resolve().parents[2])
    env.insert("PYTHONPATH", os.pathsep.join([package_root, *filter(None, [
        env.value("PYTHONPATH")])]))
    process.setProcessEnvironment(env)
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())
    started = process.startDetached()     # a bool, or (bool, pid) in some PySide6 versions
    return bool(started[0] if isinstance(started, tuple) else started)
