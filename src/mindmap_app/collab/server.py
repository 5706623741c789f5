"""The room a host runs: a websockets server holding the room's Loro document (no Qt).

* It binds to one address (127.0.0.1 unless the host picks a network's address).
* A participant must send HELLO with the room's token within a few seconds, else it is shut out.
* UPDATE messages are checked (Loro's header and checksum: bad bytes are dropped with a log
  line), relayed to everyone else at once, and imported into the room's document in batches
  a few milliseconds later (importing is the costly part: concurrent moves make Loro replay
  the tree's history); VERSION messages are answered with what the sender lacks, so a laptop
  that was offline catches up and sends its own edits.
* Presence (name, colour, selection) is relayed; the roster goes out on every join and leave.
* Every connection is size- and rate-limited; :meth:`RoomServer.remove` removes a participant
  (and refuses that laptop's reconnection for the life of the room).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from loro import ExportMode, LoroDoc, VersionVector
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from ..phones.gateway import PhoneGateway
from . import protocol as p
from .join_code import DEFAULT_HOST, JoinCode, check_bind_address, new_token
from .replica import BadUpdateError, check_update, import_bytes

log = logging.getLogger(__name__)

HELLO_TIMEOUT = 5.0
#: relayed updates are imported into the room's document this long after they came, together
IMPORT_DELAY = 0.05
#: a message from a participant whose bucket is empty is dropped; after this many drops before
#: the bucket is half full again the connection is closed (its laptop reconnects and resyncs)
MAX_DROPS = 50
#: frames waiting for one participant's slow network; past this its connection is closed (its
#: laptop reconnects and catches up with one version exchange) so it never holds up the room
MAX_BACKLOG = 2000


@dataclass
class Participant:
    client: str
    name: str
    colour: str
    ws: ServerConnection
    selection: list[str] = field(default_factory=list)
    limit: p.RateLimit = field(default_factory=p.RateLimit)
    drops: int = 0
    closing: bool = False
    outbox: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(MAX_BACKLOG))

    def post(self, frame: bytes) -> None:
        """Queue ``frame`` for this participant without waiting for its network."""
        try:
            self.outbox.put_nowait(frame)
        except asyncio.QueueFull:
            log.warning("%s cannot keep up; disconnecting (their laptop resyncs)", self.name)
            asyncio.ensure_future(self.ws.close(4008, "too slow"))

    async def pump(self) -> None:
        """Send what is queued; UPDATEs that piled up go out as one UPDATES frame."""
        update = p.UPDATE
        with contextlib.suppress(ConnectionClosed):
            while True:
                frame = await self.outbox.get()
                if frame[0] != update or self.outbox.empty():
                    await self.ws.send(frame)
                    continue
                payloads, size, after = [frame[1:]], len(frame), None
                while not self.outbox.empty() and len(payloads) < p.MAX_BATCH:
                    nxt = self.outbox.get_nowait()
                    if nxt[0] != update or size + len(nxt) + 4 > p.MAX_FRAME // 2:
                        after = nxt
                        break
                    payloads.append(nxt[1:])
                    size += len(nxt) + 4
                await self.ws.send(p.batch(payloads) if len(payloads) > 1 else frame)
                if after is not None:
                    await self.ws.send(after)

    def public(self, host_client: str | None) -> dict[str, Any]:
        return {"client": self.client, "name": self.name, "colour": self.colour,
                "host": self.client == host_client}


class RoomServer:
    """One room. ``snapshot`` is the Loro document to start from (the host's map)."""

    def __init__(self, snapshot: bytes | None = None, *, doc: LoroDoc | None = None,
                 host: str = DEFAULT_HOST, port: int = 0, token: str | None = None,
                 host_client: str | None = None,
                 on_update: Callable[[], None] | None = None,
                 on_roster: Callable[[list[dict[str, Any]]], None] | None = None,
                 phones: PhoneGateway | None = None) -> None:
        self.doc = doc or LoroDoc()
        if snapshot is not None:
            import_bytes(self.doc, snapshot)
        self.bind = check_bind_address(host)
        self.port = port
        self.token = token or new_token()
        self.host_client = host_client
        self.on_update = on_update
        self.on_roster = on_roster
        #: the door for participants' phones (the page and its websocket), if the host wants it
        self.phones = phones
        self.participants: dict[str, Participant] = {}
        self.removed: set[str] = set()
        self.dropped = 0
        self._server = None
        self._pending: list[tuple[bytes, str]] = []
        self._import_handle: asyncio.TimerHandle | None = None

    @property
    def code(self) -> JoinCode:
        return JoinCode(self.bind, self.port, self.token)

    async def start(self) -> None:
        self._server = await serve(self._handle, self.bind, self.port, max_size=p.MAX_FRAME,
                                   max_queue=64, ping_interval=10, ping_timeout=20,
                                   compression=None,
                                   process_request=self.phones.process_request
                                   if self.phones is not None else None)
        sockets = list(self._server.sockets)
        if sockets:
            self.port = sockets[0].getsockname()[1]
        if self.phones is not None:
            self.phones.bound(self.bind, self.port)
        log.info("room open on %s", self.code.uri)

    def import_pending(self) -> None:
        """Import the updates relayed since the last call into the room's document."""
        if self._import_handle is not None:
            self._import_handle.cancel()
            self._import_handle = None
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        try:
            self.doc.import_batch([data for data, _ in batch])
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - one bad update: import them one by one
            for data, name in batch:
                try:
                    import_bytes(self.doc, data)
                except BadUpdateError as exc:
                    self.dropped += 1
                    log.warning("dropped an update from %s: %s", name, exc)
        if self.on_update is not None:
            self.on_update()

    async def stop(self) -> None:
        self.import_pending()
        if self.phones is not None:
            await self.phones.close()
        for person in list(self.participants.values()):
            with contextlib.suppress(Exception):
                await person.ws.send(p.encode(p.BYE, {"reason": "the host closed the room"}))
                await person.ws.close(4002, "room closed")
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    # -------------------------------------------------------------------- people
    def roster(self) -> list[dict[str, Any]]:
        return [person.public(self.host_client) for person in self.participants.values()]

    async def remove(self, client: str, reason: str = "removed by the host") -> bool:
        """Remove a participant from the room; their laptop may not come back."""
        self.removed.add(client)
        person = self.participants.get(client)
        if person is None:
            return False
        with contextlib.suppress(Exception):
            await person.ws.send(p.encode(p.BYE, {"reason": reason}))
        await person.ws.close(4003, "removed")
        return True

    async def _broadcast(self, frame: bytes, skip: str | None = None) -> None:
        for person in list(self.participants.values()):
            if person.client != skip:
                person.post(frame)

    async def _send_roster(self) -> None:
        roster = self.roster()
        if self.on_roster is not None:
            self.on_roster(roster)
        await self._broadcast(p.encode(p.ROSTER, {"people": roster}))

    # ---------------------------------------------------------------- connection
    async def _handle(self, ws: ServerConnection) -> None:
        if self.phones is not None and self.phones.is_phone_socket(ws.request.path):
            await self.phones.handle(ws)
            return
        address = ws.remote_address
        peer = f"{address[0]}:{address[1]}" if address else "?"
        try:
            first = await asyncio.wait_for(ws.recv(), HELLO_TIMEOUT)
        except (TimeoutError, ConnectionClosed):
            return
        msg = p.decode(first, peer)
        if msg is None or msg.kind != p.HELLO or \
                not hmac.compare_digest(msg.data["token"].encode(), self.token.encode()):
            log.warning("refused %s: no hello with the room's token", peer)
            await ws.close(4001, "wrong token")
            return
        client = msg.data["client"]
        if client in self.removed:
            await ws.send(p.encode(p.BYE, {"reason": "removed by the host"}))
            await ws.close(4003, "removed")
            return
        old = self.participants.get(client)
        if old is not None:                      # the same laptop reconnecting
            await old.ws.close(4000, "replaced")
        person = Participant(client, msg.data["name"], msg.data["colour"], ws)
        self.participants[client] = person
        pump = asyncio.ensure_future(person.pump())
        try:
            person.post(p.encode(p.WELCOME, {"client": client}))
            person.post(p.encode(p.VERSION, self.doc.oplog_vv.encode()))
            await self._send_roster()
            for other in list(self.participants.values()):
                if other.client != client and other.selection:
                    person.post(p.encode(p.PRESENCE, self._presence(other)))
            async for frame in ws:
                await self._on_frame(person, frame, peer)
        except ConnectionClosed:
            pass
        finally:
            pump.cancel()
            if self.participants.get(client) is person:
                del self.participants[client]
                await self._send_roster()

    def _presence(self, person: Participant) -> dict[str, Any]:
        return {"client": person.client, "name": person.name, "colour": person.colour,
                "selection": person.selection}

    async def _on_frame(self, person: Participant, frame: Any, peer: str) -> None:
        if person.closing:          # cut off: read and forget until the close completes
            return
        size = len(frame) if isinstance(frame, bytes | str) else 0
        if not person.limit.allow(size):
            self.dropped += 1
            person.drops += 1
            log.warning("dropped a message from %s (%s): over the rate limit", person.name, peer)
            if person.drops > MAX_DROPS:
                log.warning("cut off %s (%s): too many messages", person.name, peer)
                person.closing = True
                # not awaited here: this loop must go on reading for the close handshake
                asyncio.ensure_future(person.ws.close(4008, "too many messages"))
            return
        if person.limit.tokens >= person.limit.burst / 2:     # calmed down again
            person.drops = 0
        msg = p.decode(frame, f"{person.name} ({peer})")
        if msg is None:
            self.dropped += 1
            return
        if msg.kind == p.UPDATE:
            try:
                check_update(msg.data)
            except BadUpdateError as exc:
                self.dropped += 1
                log.warning("dropped an update from %s (%s): %s", person.name, peer, exc)
                return
            await self._broadcast(frame, skip=person.client)
            self._pending.append((msg.data, f"{person.name} ({peer})"))
            if self._import_handle is None:
                self._import_handle = asyncio.get_running_loop().call_later(
                    IMPORT_DELAY, self.import_pending)
        elif msg.kind == p.VERSION:
            self.import_pending()
            try:
                theirs = VersionVector.decode(msg.data)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException:  # noqa: BLE001 - Loro raises BaseException on bad bytes
                log.warning("dropped a version from %s (%s): not a version vector",
                            person.name, peer)
                return
            mine = self.doc.oplog_vv
            if not theirs.includes_vv(mine):
                person.post(p.encode(p.UPDATE, self.doc.export(ExportMode.Updates(theirs))))
            if not mine.includes_vv(theirs):
                person.post(p.encode(p.VERSION, mine.encode()))
        elif msg.kind == p.PRESENCE:
            person.selection = msg.data["selection"]
            await self._broadcast(p.encode(p.PRESENCE, self._presence(person)),
                                  skip=person.client)
        else:           # WELCOME, ROSTER, BYE, UPDATES come from the host only
            log.warning("dropped a %s message from %s (%s): not for the host", msg.name,
                        person.name, peer)
