"""The autosave worker: a child process (``python -m mindmap_app.safety.worker``) that turns
the pieces of a :class:`~mindmap_app.model.snapshot.MapSnapshot` back into a map and writes
it (a recovery file, or the map's own file when the user opted in), replying with one JSON line
per job. Pure Python (no Qt); the window's side is :mod:`mindmap_app.safety.autosave`.
"""

from __future__ import annotations

import json
import struct
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from ..io.atomic import atomic_write_bytes
from ..io.yaml_format import dumps_map
from ..model.snapshot import MapAssembler, map_from_pieces
from .backups import file_signature, make_backup
from .recovery_files import write_entry


def run_job(job: dict[str, Any], pieces: Iterable[bytes] | MapAssembler) -> dict[str, Any]:
    """Write one autosave. ``job["kind"]`` is "recovery" (the recovery file of
    ``job["entry"]["doc"]`` in ``job["data_dir"]``) or "file" (the map's own file
    ``job["target"]``, only when the user opted in: refused when the file's (mtime_ns, size)
    is no longer ``job["expect"]``, backed up first when ``job["backup"]``). Returns the
    reply: {"job", "ok": True, "nodes", "signature"} or {"job", "ok": False, "error",
    "errno"}."""
    reply: dict[str, Any] = {"job": job.get("job")}
    if job.get("kind") == "abort":  # the map closed while it was being copied
        return {**reply, "ok": False, "error": "aborted", "errno": None}
    try:
        if isinstance(pieces, MapAssembler):
            mind_map = pieces.finish()
        else:
            mind_map = map_from_pieces(pieces)
        if job["kind"] == "recovery":
            write_entry(job["data_dir"], job["entry"], mind_map)
            reply["signature"] = None
        else:
            target = Path(job["target"])
            expect = job.get("expect")
            now = file_signature(target, digest=False)
            if expect is not None and (now is None or [now.mtime_ns, now.size] != expect):
                raise FileExistsError("the file was changed on disk by someone else")
            if job.get("backup"):
                make_backup(job["data_dir"], target)
            atomic_write_bytes(target, dumps_map(mind_map).encode("utf-8"))
            sig = file_signature(target)
            reply["signature"] = list(sig) if sig else None
        reply.update(ok=True, nodes=len(mind_map))
    except Exception as exc:  # reported to the window, which tells the user
        reply.update(ok=False, error=f"{type(exc).__name__}: {exc}",
                     errno=getattr(exc, "errno", None))
    return reply


# The worker's input, per job: a JSON line {"job": id}; frames (8-byte big-endian length, then
# a piece) as the snapshot makes them; a frame of length 0; a JSON line with the details
# (kind, data_dir, entry or target/expect/backup). The output: one JSON line per job.
FRAME = struct.Struct("!Q")


def encode_start(job_id: int) -> bytes:
    return json.dumps({"job": job_id}).encode() + b"\n"


def encode_piece(piece: bytes) -> bytes:
    return FRAME.pack(len(piece)) + piece


def encode_end(details: dict[str, Any]) -> bytes:
    return FRAME.pack(0) + json.dumps(details).encode() + b"\n"


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The worker loop: read jobs until end of input, answer each with one JSON line. Pieces
    are unpickled as they arrive, while the window is still copying the rest."""
    while True:
        line = stdin.readline()
        if not line:
            return
        job = json.loads(line)
        assembler = MapAssembler()
        error = None
        while True:
            head = stdin.read(FRAME.size)
            if len(head) != FRAME.size:
                return
            (size,) = FRAME.unpack(head)
            if size == 0:
                break
            piece = stdin.read(size)
            if len(piece) != size:
                return
            try:
                assembler.add(piece)
            except Exception as exc:  # noqa: BLE001 - reported with the reply
                error = exc
        job.update(json.loads(stdin.readline()))
        if error is not None:
            reply = {"job": job.get("job"), "ok": False, "errno": None,
                     "error": f"{type(error).__name__}: {error}"}
        else:
            reply = run_job(job, assembler)
        stdout.write(json.dumps(reply).encode() + b"\n")
        stdout.flush()


def main() -> int:
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
