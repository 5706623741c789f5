"""The network side of a shared map in the app: an asyncio loop in a worker thread.

The GUI thread never waits on the network. It hands frames to the loop with
``call_soon_threadsafe``; what arrives comes back through :class:`RoomBridge`'s Qt signals,
which Qt queues to the GUI thread (the bridge lives there). (QtWebSockets is not part of
PySide6-Essentials, so the websockets package does the talking.)
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..collab.client import RoomClient
from ..collab.join_code import JoinCode
from ..collab.protocol import Message
from ..collab.server import RoomServer
from ..phones.gateway import PhoneGateway


class RoomBridge(QObject):
    """Signals from the network thread, delivered in the GUI thread."""

    #: a decoded message from the host (VERSION, UPDATE, PRESENCE, ROSTER)
    message = Signal(object)
    #: connected?, why not (empty when connected), final (removed / refused / room closed)
    status = Signal(bool, str, bool)
    #: the room this laptop hosts is open (its join code) or could not open (why)
    opened = Signal(str)
    failed = Signal(str)
    #: the people in the room this laptop hosts (the host's own view of the roster)
    roster = Signal(list)
    #: something a participant's phone sent (a phones.gateway.PhoneEvent)
    phone_event = Signal(object)

    # the RoomClient handler interface, called in the network thread
    def on_message(self, msg: Message) -> None:
        self.message.emit(msg)

    def on_status(self, connected: bool, reason: str, final: bool) -> None:
        self.status.emit(connected, reason, final)


class RoomThread:
    """One asyncio loop in a daemon thread, running a room client (and, for the host, the
    room's server)."""

    def __init__(self, bridge: RoomBridge) -> None:
        self.bridge = bridge
        self.loop = asyncio.new_event_loop()
        self.server: RoomServer | None = None
        self.client: RoomClient | None = None
        self._thread = threading.Thread(target=self._run, name="mindmap-room", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        with contextlib.suppress(Exception):
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def _submit(self, coro) -> Future:  # noqa: ANN001
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    # -------------------------------------------------------------------- hosting
    def host(self, snapshot: bytes, bind: str, port: int, host_client: str,
             phones: PhoneGateway | None = None) -> None:
        """Open the room; ``bridge.opened(code)`` or ``bridge.failed(reason)`` follows.
        ``phones``: also serve the participants' page (its token is the room's)."""
        async def start() -> None:
            try:
                server = RoomServer(snapshot, host=bind, port=port, host_client=host_client,
                                    on_roster=self.bridge.roster.emit, phones=phones,
                                    token=phones.token if phones is not None else None)
                await server.start()
            except (OSError, ValueError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                self.bridge.failed.emit(f"cannot open the room on {bind}:{port}: {reason}")
                return
            self.server = server
            self.bridge.opened.emit(str(server.code))
        self._submit(start())

    def call(self, function, *args) -> None:  # noqa: ANN001
        """Call ``function(*args)`` in the network thread (for the phones' gateway)."""
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(function, *args)

    def submit(self, coro) -> None:  # noqa: ANN001
        if not self.loop.is_closed():
            self._submit(coro)

    def remove(self, client: str) -> None:
        if self.server is not None:
            self._submit(self.server.remove(client))

    # -------------------------------------------------------------------- joining
    def connect(self, code: JoinCode, name: str, colour: str, client: str) -> RoomClient:
        self.client = RoomClient(code, name, colour, self.bridge, client=client)

        async def run(client: RoomClient = self.client) -> None:
            await client.run()
        self._submit(run())
        return self.client

    def send(self, frame: bytes) -> None:
        if self.client is not None:
            self.client.send_threadsafe(frame)

    # -------------------------------------------------------------------- closing
    def close(self, timeout: float = 3.0) -> None:
        """Leave (and, for the host, close) the room; the loop and the thread end."""
        async def shut() -> None:
            if self.client is not None:
                self.client.stop()
            if self.server is not None:
                await self.server.stop()
            await asyncio.sleep(0.05)
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        if self.loop.is_closed():
            return
        with contextlib.suppress(Exception):
            self._submit(shut()).result(timeout)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)

    def status(self) -> dict[str, Any]:
        return {"hosting": self.server is not None,
                "connected": bool(self.client and self.client.connected)}
