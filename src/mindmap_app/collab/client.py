"""A participant's side of a room (no Qt).

* :class:`RoomClient` is the connection: it says HELLO with the token, reconnects with a
  growing pause when the network drops (until the host removes it or refuses the token),
  decodes every frame (malformed ones are dropped with a log line) and hands the messages to
  a handler. It runs on an asyncio loop; :meth:`RoomClient.send_threadsafe` may be called from
  any thread (the app's GUI thread).
* :class:`Sync` is what a participant does with those messages: it answers the host's
  version with what the host lacks, imports updates into the :class:`Replica` (a late joiner
  builds its replica from the first update), and sends local edits. It runs where the replica
  lives (the GUI thread in the app; the loop itself in :class:`Peer`).
* :class:`Peer` puts both on one asyncio loop: a participant without a window (tests, the
  load benchmark).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from typing import Any, Protocol

from loro import ExportMode, LoroDoc, VersionVector
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from . import protocol as p
from .join_code import JoinCode
from .replica import BadUpdateError, Replica, import_bytes

log = logging.getLogger(__name__)

#: close codes after which the client stops trying: wrong token, room closed, removed
FINAL_CODES = {4001: "the room refused the join code's token",
               4002: "the host closed the room", 4003: "removed by the host"}
COLOURS = ("#d1495b", "#00798c", "#edae49", "#66a182", "#8d5a97", "#2e4057", "#e07a5f",
           "#3d405b")


def new_client_id() -> str:
    return secrets.token_hex(8)


class Handler(Protocol):
    def on_message(self, msg: p.Message) -> None: ...
    def on_status(self, connected: bool, reason: str, final: bool) -> None: ...


class RoomClient:
    """The connection to a room, reconnecting until stopped, removed or refused."""

    def __init__(self, code: JoinCode, name: str, colour: str, handler: Handler,
                 client: str | None = None) -> None:
        self.code = code
        self.name = name
        self.colour = colour
        self.client = client or new_client_id()
        self.handler = handler
        self.loop: asyncio.AbstractEventLoop | None = None
        self.connected = False
        self.final_reason = ""
        self._ws = None
        self._stopped = False
        self._presence: bytes | None = None
        self._paused = False
        self.retry_delay = 0.2

    # ------------------------------------------------------------------ sending
    def send(self, frame: bytes) -> bool:
        """Send now (loop thread); False when not connected (a reconnect resyncs)."""
        if self._ws is None or self._paused:
            return False
        if frame[:1] == bytes((p.PRESENCE,)):
            self._presence = frame
        asyncio.ensure_future(self._send(self._ws, frame))
        return True

    async def _send(self, ws, frame: bytes) -> None:  # noqa: ANN001
        with contextlib.suppress(ConnectionClosed):
            await ws.send(frame)

    def send_threadsafe(self, frame: bytes) -> None:
        if frame[:1] == bytes((p.PRESENCE,)):
            self._presence = frame
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.send, frame)

    # --------------------------------------------------------------- connection
    def stop(self) -> None:
        self._stopped = True
        if self._ws is not None and self.loop is not None:
            asyncio.ensure_future(self._ws.close())

    def stop_threadsafe(self) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.stop)

    async def drop_connection(self, pause: float) -> None:
        """Simulate a laptop leaving the network for ``pause`` seconds (tests, benchmark)."""
        self._paused = True
        if self._ws is not None:
            await self._ws.close()
        await asyncio.sleep(pause)
        self._paused = False

    async def run(self) -> None:
        self.loop = asyncio.get_running_loop()
        delay = self.retry_delay
        while not self._stopped:
            while self._paused and not self._stopped:
                await asyncio.sleep(0.05)
            reason = "the host cannot be reached"
            ws = None
            try:
                async with connect(self.code.uri, max_size=p.MAX_FRAME, open_timeout=5,
                                   ping_interval=10, ping_timeout=20, close_timeout=2,
                                   compression=None) as ws:
                    await ws.send(p.hello(self.code.token, self.name, self.colour, self.client))
                    self._ws = ws
                    reason = "the connection to the host was lost"
                    async for frame in ws:
                        if self._paused:
                            break
                        msg = p.decode(frame, "the host")
                        if msg is None:
                            continue
                        if msg.kind == p.WELCOME:
                            delay = self.retry_delay
                            self.connected = True
                            self.handler.on_status(True, "", False)
                            if self._presence is not None:
                                await ws.send(self._presence)
                        elif msg.kind == p.BYE:
                            reason = msg.data["reason"] or "the host closed the room"
                        else:
                            self.handler.on_message(msg)
            except (OSError, ConnectionClosed, InvalidHandshake, InvalidURI,
                    TimeoutError) as exc:
                log.info("room %s: %s", self.code.uri, exc)
            finally:
                self._ws = None
                was = self.connected
                self.connected = False
            code = ws.close_code if ws is not None else None
            if code in FINAL_CODES:
                self.final_reason = FINAL_CODES[code]
                self._stopped = True
                reason = self.final_reason
            if was or self._stopped:
                self.handler.on_status(False, reason, self._stopped)
            if self._stopped:
                break
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


class Sync:
    """A participant's handling of room messages around its replica."""

    def __init__(self, send: Callable[[bytes], Any], replica: Replica | None = None) -> None:
        self.send = send
        self.replica: Replica | None = None
        self.on_joined: Callable[[Replica], None] | None = None
        self.on_presence: Callable[[dict[str, Any]], None] | None = None
        self.on_roster: Callable[[list[dict[str, Any]]], None] | None = None
        self.dropped = 0
        self._joining: LoroDoc | None = None
        if replica is not None:
            self._adopt(replica)

    def _adopt(self, replica: Replica) -> None:
        self.replica = replica
        replica.on_local = self._local
        replica.outbox.clear()

    def _local(self, data: bytes) -> None:
        self.send(p.encode(p.UPDATE, data))

    def handle(self, msg: p.Message) -> None:
        if msg.kind == p.VERSION:
            self._on_version(msg.data)
        elif msg.kind == p.UPDATE:
            self.receive([msg.data])
        elif msg.kind == p.UPDATES:
            self.receive(msg.data)
        elif msg.kind == p.PRESENCE and self.on_presence is not None:
            self.on_presence(msg.data)
        elif msg.kind == p.ROSTER and self.on_roster is not None:
            self.on_roster(msg.data["people"])

    def _on_version(self, data: bytes) -> None:
        if self.replica is None:            # a late joiner: ask for everything
            self.send(p.encode(p.VERSION, LoroDoc().oplog_vv.encode()))
            return
        try:
            theirs = VersionVector.decode(data)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - Loro raises BaseException on bad bytes
            self.dropped += 1
            log.warning("dropped a version from the host: not a version vector")
            return
        mine = self.replica.doc.oplog_vv
        if not theirs.includes_vv(mine):
            self.send(p.encode(p.UPDATE, self.replica.updates_since(data)))
        if not mine.includes_vv(theirs):
            self.send(p.encode(p.VERSION, mine.encode()))

    def receive(self, batch: list[bytes]) -> None:
        if self.replica is None:
            self._receive_first(batch)
            return
        self.replica.receive_many(batch)

    def _receive_first(self, batch: list[bytes]) -> None:
        """A late joiner gathers updates until the map's root has arrived (an edit relayed
        from someone else may come before the whole map)."""
        if self._joining is None:
            self._joining = LoroDoc()
        for data in batch:
            try:
                import_bytes(self._joining, data)
            except BadUpdateError as exc:
                self.dropped += 1
                log.warning("dropped an update from the host: %s", exc)
        if self._joining.get_map("map").get("root") is None:
            return
        replica = Replica.join(self._joining.export(ExportMode.Snapshot()))
        self._joining = None
        self._adopt(replica)
        if self.on_joined is not None:
            self.on_joined(replica)


class Peer:
    """A participant without a window: a RoomClient and a Sync on one asyncio loop."""

    def __init__(self, code: JoinCode, name: str = "Peer", colour: str = COLOURS[0],
                 replica: Replica | None = None) -> None:
        self.client = RoomClient(code, name, colour, self)
        self.sync = Sync(self.client.send, replica)
        self.status: list[tuple[bool, str, bool]] = []
        self.joined = asyncio.Event()
        if replica is not None:
            self.joined.set()
        self.sync.on_joined = lambda _replica: self.joined.set()
        self.presence: dict[str, dict[str, Any]] = {}
        self.roster: list[dict[str, Any]] = []
        self.sync.on_presence = lambda data: self.presence.__setitem__(data["client"], data)
        self.sync.on_roster = lambda people: setattr(self, "roster", people)
        self._task: asyncio.Task | None = None

    @property
    def replica(self) -> Replica | None:
        return self.sync.replica

    def on_message(self, msg: p.Message) -> None:
        self.sync.handle(msg)

    def on_status(self, connected: bool, reason: str, final: bool) -> None:
        self.status.append((connected, reason, final))

    async def start(self, timeout: float = 10.0) -> Peer:
        self._task = asyncio.ensure_future(self.client.run())
        await asyncio.wait_for(self.joined.wait(), timeout)
        return self

    def select(self, nodes: list[str]) -> None:
        self.client.send(p.encode(p.PRESENCE, {"selection": list(nodes)}))

    async def stop(self) -> None:
        self.client.stop()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 5)
