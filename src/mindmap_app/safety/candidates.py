"""Crash recovery: which autosaved maps to offer on start. Pure Python (no Qt).

On start the app looks at the recovery files (see :mod:`mindmap_app.safety.recovery_files`)
that no running window owns: those of a window that crashed or was killed (its session marker
was left behind), and those the user put off with "Later". Each is offered unless it holds
exactly what its file holds (then it is obsolete and removed). Untitled maps are offered too.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..io.errors import MapFormatError
from ..io.yaml_format import load_map
from ..model import MindMap
from .recovery_files import RecoveryEntry, list_entries, load_entry_map, remove_entry
from .sessions import split_sessions


@dataclass
class Candidate:
    """One map that can be recovered."""

    entry: RecoveryEntry
    mind_map: MindMap
    file_time: float | None = None     # the map file's modification time, when it exists
    file_nodes: int | None = None      # its node count, when it could be read
    file_state: str = "untitled"       # "untitled" | "ok" | "missing" | "unreadable"

    @property
    def name(self) -> str:
        if self.entry.source:
            return Path(self.entry.source).name
        return "not saved yet"

    @property
    def title(self) -> str:
        return self.entry.title or self.mind_map.title or self.mind_map.text(self.mind_map.root)

    @property
    def file_is_newer(self) -> bool:
        return self.file_time is not None and self.file_time > self.entry.saved_at


def find_candidates(data_dir: Path) -> tuple[list[Candidate], set[str]]:
    """The recovery files no running window owns, as candidates (obsolete ones, identical to
    their file, are removed), and the sessions that crashed (markers left behind)."""
    live, dead = split_sessions(data_dir)
    out = []
    for entry in list_entries(data_dir):
        if entry.session in live:
            continue
        try:
            recovered = load_entry_map(entry)
        except MapFormatError:
            continue  # damaged (cannot happen with atomic writes): leave it for a person
        candidate = Candidate(entry, recovered)
        if entry.source:
            source = Path(entry.source)
            try:
                candidate.file_time = os.stat(source).st_mtime
            except OSError:
                candidate.file_state = "missing"
            else:
                try:
                    on_disk = load_map(source)
                except MapFormatError:
                    candidate.file_state = "unreadable"
                else:
                    if on_disk.snapshot() == recovered.snapshot():
                        remove_entry(data_dir, entry.doc)
                        continue
                    candidate.file_state = "ok"
                    candidate.file_nodes = len(on_disk)
        out.append(candidate)
    return out, dead


def when(stamp: float) -> str:
    """A time as people read it: "14:03:27" today, "2025-03-01 14:03" before."""
    then = time.localtime(stamp)
    if time.strftime("%Y-%m-%d", then) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M:%S", then)
    return time.strftime("%Y-%m-%d %H:%M", then)
