"""``mindmap-app serve MAP`` and ``mindmap-app join CODE``.

``serve`` hosts a room for a map file without a window: it prints the join code (and its QR
code in the terminal), keeps the file up to date as people edit (atomic saves a second after
the last change, at least every 10 s while people keep editing, and on exit), and stops on
Ctrl+C. ``join`` opens the window on a shared map.
Nothing heavy is imported until a command runs.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from typing import Any

from .common import error, say

SERVE_HELP = "host a room where several laptops edit MAP together (no window)"
SERVE_ARGUMENTS: tuple[tuple[tuple[Any, ...], dict[str, Any]], ...] = (
    (("file",), {"metavar": "MAP", "help": "the map file; it is the room's record"}),
    (("--host",), {"default": "127.0.0.1", "metavar": "IP",
                   "help": "the address to listen on: this laptop's address on the meeting "
                           "room's network (default 127.0.0.1: this computer only)"}),
    (("--port",), {"type": int, "default": 8765, "metavar": "N",
                   "help": "the port (default 8765; 0 picks a free one)"}),
    (("--no-qr",), {"action": "store_true", "help": "do not print the QR code"}),
)
JOIN_HELP = "open a shared map from a join code (HOST:PORT/TOKEN) in the window"
JOIN_ARGUMENTS: tuple[tuple[tuple[Any, ...], dict[str, Any]], ...] = (
    (("code",), {"metavar": "CODE", "help": "the join code the host shows"}),
    (("--name",), {"default": "", "help": "your name in the room (default: your login)"}),
)
#: the file is saved this long after the last change, and at least this often while people
#: keep editing (writing a 1,000-idea map costs ~0.1 s of the host's time)
SAVE_QUIET = 1.0
SAVE_AT_LEAST = 10.0


def run_serve(args: argparse.Namespace) -> int:
    from ..collab.join_code import JoinCodeError, check_bind_address
    from ..io.errors import MapFormatError
    from ..io.yaml_format import load_map

    try:
        check_bind_address(args.host)
    except JoinCodeError as exc:
        error(f"mindmap-app serve: {exc}")
        return 2
    if not 0 <= args.port < 65536:
        error(f"mindmap-app serve: port {args.port} is not between 0 and 65535")
        return 2
    try:
        mind_map = load_map(args.file)
    except MapFormatError as exc:
        error(str(exc))
        return 1
    import asyncio  # here, not at the top: every other command starts faster without it

    try:
        return asyncio.run(serve_map(args.file, mind_map, args.host, args.port,
                                     qr=not args.no_qr))
    except OSError as exc:
        error(f"mindmap-app serve: cannot listen on {args.host}:{args.port}: "
               f"{exc.strerror or exc}")
        return 1


async def serve_map(path: str, mind_map, host: str, port: int, *,  # noqa: ANN001
                    qr: bool = True) -> int:
    import asyncio

    from loro import ExportMode

    from ..collab.map_doc import MapDoc
    from ..collab.server import RoomServer

    map_doc = MapDoc.from_map(mind_map)
    changed = asyncio.Event()
    server = RoomServer(doc=map_doc.doc, host=host, port=port, on_update=changed.set)
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    say(f"Room open for {path}. Join code: {server.code}", flush=True)
    if qr:
        print_qr(str(server.code))
    say("Others join with: mindmap-app join CODE (or File > Join Shared Map in the app). "
        "Ctrl+C closes the room.", flush=True)

    async def save() -> None:
        # the relay never waits for the file: a snapshot is taken here (a few ms), the map is
        # read out of it and written by a worker thread
        snapshot = map_doc.doc.export(ExportMode.Snapshot())
        await loop.run_in_executor(None, write_snapshot, snapshot, path)

    async def saver() -> None:
        while True:
            await changed.wait()
            first = loop.time()
            while True:
                changed.clear()
                await asyncio.sleep(SAVE_QUIET)
                if not changed.is_set() or loop.time() - first >= SAVE_AT_LEAST:
                    break
            changed.clear()
            await save()

    task = asyncio.ensure_future(saver())
    try:
        await stop.wait()
    finally:
        task.cancel()
        await server.stop()
        await save()
        say(f"Room closed; {path} saved.", flush=True)
    return 0


def write_snapshot(snapshot: bytes, path: str) -> None:
    """Save the map held in a Loro snapshot to ``path`` (atomically)."""
    from loro import LoroDoc

    from ..collab.map_doc import read_state
    from ..io.yaml_format import save_map

    doc = LoroDoc()
    doc.import_(snapshot)
    try:
        save_map(read_state(doc).to_map(), path)
    except OSError as exc:
        error(f"{path}: cannot save the room's map: {exc.strerror or exc}")


def print_qr(text: str) -> None:
    import qrcode

    code = qrcode.QRCode(border=1)
    code.add_data(text)
    code.make(fit=True)
    with contextlib.suppress(UnicodeEncodeError):
        code.print_ascii(out=sys.stdout)


def run_join(args: argparse.Namespace) -> int:
    from ..collab.join_code import JoinCode, JoinCodeError

    try:
        code = JoinCode.parse(args.code)
    except JoinCodeError as exc:
        error(f"mindmap-app join: {exc}")
        return 2
    try:
        from ..app.main import run_gui
        from ..app.share_room import join_after_start
    except ImportError as exc:
        error(f"mindmap-app join: cannot open the window: {exc}")
        return 1
    return run_gui([], after_start=join_after_start(code, args.name))
