"""The end of a command-line process that has done its work (issue 12: exports in 0.3 s).

When a command such as ``export`` returns, its files are written and closed (every write is
atomic: a temporary file renamed over the target), its output is printed, and all that is left
is Python's tear-down: every object of the process freed, the collector's last passes, PySide's
wrappers let go. That took 50-60 ms after an export of 100 ideas (a sixth of the command) and
grows with the map. :func:`end_process` skips it: the exit handlers still run (logging's,
finalizers' such as a temporary folder's removal, PySide's own), the output streams are
flushed, then ``os._exit``. If a thread of the command's is still running, Python's usual exit
waits for it, as ever.

Only the program's entry points call it (``mindmap-app``, ``python -m mindmap_app``, the
bundle's launcher), never :func:`mindmap_app.cli.main`, which a program may call and go on.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

__all__ = ["end_process"]


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):   # a closed pipe (``| head``), a closed stream
            pass


def end_process(code: int | None) -> NoReturn:
    """Exit with ``code`` (``None``: 0) now, without freeing the process's objects one by
    one; Python's usual exit instead if another thread is alive."""
    if threading.active_count() > 1:
        sys.exit(code)
    _flush()
    atexit._run_exitfuncs()     # noqa: SLF001 - the handlers Python's exit would run
    _flush()
    os._exit(code if isinstance(code, int) else 0)
