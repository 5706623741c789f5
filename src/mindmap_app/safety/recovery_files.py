"""Recovery files: autosaved copies of unsaved maps. Pure Python (no Qt); every function takes
the data folder as an argument.

The data folder (``QStandardPaths.AppDataLocation``, or ``$MINDMAP_DATA_DIR``) holds::

    sessions/<session>.json     one per running window, see :mod:`mindmap_app.safety.sessions`
    recovery/<doc>.yaml         the last autosave of one unsaved map, in the map format (it
                                opens like any map file), after a one-line YAML comment:
                                # mindmap-recovery/1 {"doc": ..., "source": "/abs/map.yaml" or
                                null, "title": ..., "session": ..., "saved_at": <unix time>,
                                "nodes": <count>}
    backups/                    see :mod:`mindmap_app.safety.backups`

A recovery file is written atomically, so it is always a complete map; it is removed when its
map is saved, discarded or closed cleanly. It is written by the autosave worker process
(:mod:`mindmap_app.safety.worker`) from a slice-by-slice copy of the map
(:mod:`mindmap_app.model.snapshot`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..io.atomic import atomic_write_bytes
from ..model import MindMap

RECOVERY = "recovery"
HEADER_PREFIX = "# mindmap-recovery/1 "


# ============================================================================ recovery files
@dataclass(frozen=True)
class RecoveryEntry:
    path: Path                 # the recovery file
    doc: str                   # the document's autosave id
    source: str | None         # the map's own file, None for an untitled map
    title: str
    session: str               # the session that wrote it
    saved_at: float            # when the map was copied (unix time)
    nodes: int

    def header(self) -> dict[str, Any]:
        return {"doc": self.doc, "source": self.source, "title": self.title,
                "session": self.session, "saved_at": self.saved_at, "nodes": self.nodes}


def recovery_folder(data_dir: str | Path) -> Path:
    return Path(data_dir) / RECOVERY


def entry_path(data_dir: str | Path, doc: str) -> Path:
    if not doc or not all(c.isalnum() or c in "-_" for c in doc):
        raise ValueError(f"bad document id {doc!r}")
    return recovery_folder(data_dir) / f"{doc}.yaml"


def encode_entry(header: dict[str, Any], map_text: str) -> bytes:
    """The bytes of a recovery file: the header as a one-line YAML comment, then the map."""
    line = json.dumps(header, ensure_ascii=True, separators=(", ", ": "))
    return f"{HEADER_PREFIX}{line}\n{map_text}".encode()


def write_entry(data_dir: str | Path, header: dict[str, Any], mind_map: MindMap) -> Path:
    """Write (atomically) the recovery file of ``header["doc"]`` holding ``mind_map``."""
    from ..io.yaml_format import dumps_map

    header = {**header, "nodes": len(mind_map)}
    header.setdefault("saved_at", time.time())
    path = entry_path(data_dir, header["doc"])
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, encode_entry(header, dumps_map(mind_map)))
    return path


def read_entry(path: str | Path) -> RecoveryEntry | None:
    """The header of a recovery file; None when it is not one (or cannot be read)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            first = handle.readline(1 << 16).decode("utf-8")
        if not first.startswith(HEADER_PREFIX):
            return None
        info = json.loads(first[len(HEADER_PREFIX):])
        source = info.get("source")
        return RecoveryEntry(path, str(info["doc"]), str(source) if source else None,
                             str(info.get("title") or ""), str(info.get("session") or ""),
                             float(info["saved_at"]), int(info.get("nodes") or 0))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_entries(data_dir: str | Path) -> list[RecoveryEntry]:
    """Every readable recovery file, oldest first."""
    folder = recovery_folder(data_dir)
    entries = [read_entry(p) for p in folder.glob("*.yaml")] if folder.is_dir() else []
    return sorted((e for e in entries if e is not None), key=lambda e: e.saved_at)


def load_entry_map(entry: RecoveryEntry) -> MindMap:
    """The map held by a recovery file (MapFormatError when it is damaged)."""
    from ..io.yaml_format import load_map

    return load_map(entry.path)


def adopt_entry(entry: RecoveryEntry, session: str) -> RecoveryEntry:
    """Rewrite the header so the entry belongs to ``session`` (a window that recovered it):
    other windows starting meanwhile then leave it alone."""
    data = entry.path.read_bytes()
    body = data.split(b"\n", 1)[1] if b"\n" in data else b""
    adopted = RecoveryEntry(entry.path, entry.doc, entry.source, entry.title, session,
                            entry.saved_at, entry.nodes)
    line = encode_entry(adopted.header(), "")
    atomic_write_bytes(entry.path, line + body)
    return adopted


def remove_entry(data_dir: str | Path, doc: str) -> None:
    _unlink(entry_path(data_dir, doc))


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


