"""The room's door for phones (no Qt): the page over HTTP and a JSON websocket per phone.

It lives in the room's server (:mod:`mindmap_app.collab.server`), on the same address and
port as the laptops' websocket, and is reached by the join code as a web address:
``http://HOST:PORT/TOKEN/`` (the QR code). Only a path that starts with the room's token gets
an answer (404 otherwise, compared in constant time), and only GET requests exist.

* ``/TOKEN/`` the page, ``/TOKEN/phone.js`` and ``/TOKEN/phone.css`` its script and style (all
  from the package: no external resource), ``/TOKEN/map.svg?theme=light|dark`` the map as the
  SVG export draws it, ``/TOKEN/ws`` the phone's websocket.
* Every answer carries a strict Content-Security-Policy (scripts and styles from the page's
  own address only, no inline script, no frames, no forms posting elsewhere), nosniff, no
  referrer (the address holds the token) and no caching.
* Phones are limited: connections per address and in all, HTTP requests per address, frames
  per second and bytes per frame, ideas and votes per participant (token buckets); a phone
  that keeps flooding is cut off. The facilitator can remove a participant (that session, and
  that address unless it is this computer, stay out for the life of the room).
* What a phone sends is checked by :func:`~.messages.parse` and handed, as a
  :class:`PhoneEvent`, to ``on_event`` (called in the room's asyncio thread): the app decides
  what to do with it and answers through :meth:`PhoneGateway.send` / :meth:`set_room`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from ..collab.protocol import RateLimit
from . import messages as m
from .page_texts import language_for, localized, localized_page

log = logging.getLogger(__name__)

MAX_PHONES = 300            # websockets open at once
MAX_PER_ADDRESS = 12        # websockets from one address (a phone reloading its page...)
MAX_SESSIONS = 1000         # participants remembered in one room
MAX_DROPS = 60              # frames over the limit before a phone is cut off
MAX_BACKLOG = 200           # frames waiting for one phone's network
PAGE_FILES = {"": ("index.html", "text/html; charset=utf-8"),
              "phone.js": ("phone.js", "text/javascript; charset=utf-8"),
              "phone.css": ("phone.css", "text/css; charset=utf-8")}


def load_page() -> dict[str, bytes]:
    folder = resources.files("mindmap_app.phones") / "page"
    return {name: (folder / file).read_bytes() for name, (file, _type) in PAGE_FILES.items()}


def _is_loopback(address: str) -> bool:
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(address).is_loopback
    return False


@dataclass(frozen=True)
class PhoneEvent:
    kind: str            # joined | left | idea | vote | theme (a phone wants the map in it)
    session: str
    data: dict[str, Any]


@dataclass
class Phone:
    """One open page (a websocket)."""

    ws: ServerConnection
    address: str
    limit: RateLimit = field(default_factory=lambda: RateLimit(rate=10, burst=40,
                                                               byte_rate=64 * 1024,
                                                               byte_burst=256 * 1024))
    session: str = ""
    drops: int = 0
    closing: bool = False
    language: str = "en"        # of the phone's browser: replies are in it
    outbox: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(MAX_BACKLOG))

    def post(self, text: str) -> None:
        try:
            self.outbox.put_nowait(text)
        except asyncio.QueueFull:
            log.warning("a phone at %s cannot keep up; disconnecting it", self.address)
            asyncio.ensure_future(self.ws.close(4008, "too slow"))

    def say(self, data: dict[str, Any]) -> None:
        """Post a reply meant for this phone alone, in its language."""
        self.post(m.dumps(localized(data, self.language)))

    async def pump(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            while True:
                await self.ws.send(await self.outbox.get())


@dataclass
class Participant:
    """A person (a session): survives reloading the page or a dropped network."""

    session: str
    name: str
    address: str
    ideas: RateLimit = field(default_factory=lambda: RateLimit(rate=0.5, burst=10))
    votes: RateLimit = field(default_factory=lambda: RateLimit(rate=5, burst=30))
    phones: list[Phone] = field(default_factory=list)


class PhoneGateway:
    def __init__(self, token: str, on_event: Callable[[PhoneEvent], None] | None = None,
                 title: str = "") -> None:
        self.token = token
        self.on_event = on_event
        self.page = load_page()
        self.pages: dict[str, bytes] = {}      # the page in each language asked for
        self.room: dict[str, Any] = {"title": title, "anonymous": False, "locked": True,
                                     "target": None, "voting": None, "map": 0}
        self.maps: dict[str, bytes] = {}
        #: the themes the app draws the map in (a phone asking for another adds it)
        self.themes_wanted = {"light"}
        self.phones: list[Phone] = []
        self.participants: dict[str, Participant] = {}
        self.removed: set[str] = set()
        self.banned: set[str] = set()
        self.http_limits: dict[str, RateLimit] = {}
        self.dropped = 0
        self.origin = ""           # http://host:port, set by the server when it is open

    # ------------------------------------------------------------------ addresses
    def bound(self, host: str, port: int) -> None:
        shown = f"[{host}]" if ":" in host else host
        self.origin = f"http://{shown}:{port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/{self.token}/"

    def _route(self, path: str) -> str | None:
        """The part of ``path`` after ``/TOKEN`` ("" for the page itself), or None when the
        path does not start with the room's token."""
        parts = path.split("/", 2)
        if len(parts) < 3 or not hmac.compare_digest(parts[1].encode(), self.token.encode()):
            return None
        return parts[2]

    def is_phone_socket(self, path: str) -> bool:
        return self._route(urlsplit(path).path) == "ws"

    # ------------------------------------------------------------------ HTTP
    def _headers(self, content_type: str, size: int) -> Headers:
        ws_origin = self.origin.replace("http://", "ws://", 1)
        return Headers([
            ("Content-Type", content_type),
            ("Content-Length", str(size)),
            ("Content-Security-Policy",
             "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
             f"connect-src 'self' {ws_origin}; base-uri 'none'; form-action 'none'; "
             "frame-ancestors 'none'"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-store"),
            ("X-Frame-Options", "DENY"),
            ("Connection", "close"),
        ])

    def _reply(self, connection: ServerConnection, status: int, body: bytes,
               content_type: str = "text/plain; charset=utf-8") -> Response:
        response = connection.respond(status, "")
        response.headers = self._headers(content_type, len(body))
        response.body = body
        return response

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """Answer a plain HTTP GET (the page, its files, the map); None lets a websocket
        handshake go on (a laptop at ``/``, a phone at ``/TOKEN/ws``)."""
        url = urlsplit(request.path)
        upgrade = "websocket" in request.headers.get("Upgrade", "").lower()
        if upgrade and url.path == "/":
            return None                                    # a laptop (HELLO checks the token)
        address = (connection.remote_address or ("?",))[0]
        limit = self.http_limits.setdefault(address, RateLimit(rate=20, burst=80))
        if len(self.http_limits) > 5000:
            self.http_limits.clear()
        if not limit.allow(0):
            return self._reply(connection, 429, b"Too many requests\n")
        route = self._route(url.path)
        if route is None:
            if url.path == f"/{self.token}":
                response = self._reply(connection, 302, b"")
                response.headers["Location"] = f"/{self.token}/"
                return response
            return self._reply(connection, 404, b"Not found\n")
        if address in self.banned:
            return self._reply(connection, 403, b"Removed from the room by the facilitator\n")
        if route == "ws":
            if not upgrade:
                return self._reply(connection, 400, b"Websocket only\n")
            origin = request.headers.get("Origin")
            if origin is not None and origin != self.origin:
                log.warning("refused a phone socket from origin %r", origin[:100])
                return self._reply(connection, 403, b"Wrong origin\n")
            return None
        if route in PAGE_FILES:
            body = self.page[route]
            if route == "":
                body = self._page_in(language_for(request.headers.get("Accept-Language")))
            return self._reply(connection, 200, body, PAGE_FILES[route][1])
        if route == "map.svg":
            theme = parse_qs(url.query).get("theme", ["light"])[0]
            theme = theme if theme in ("light", "dark") else "light"
            data = self.maps.get(theme)
            if data is None and self.maps and theme not in self.themes_wanted:
                # drawn only once a phone asks for it: the light one until then
                self.themes_wanted.add(theme)
                self._emit("theme", "", {"theme": theme})
            data = data or self.maps.get("light")
            if data is None:
                return self._reply(connection, 404, b"No map yet\n")
            return self._reply(connection, 200, data, "image/svg+xml")
        return self._reply(connection, 404, b"Not found\n")

    def _page_in(self, language: str) -> bytes:
        page = self.pages.get(language)
        if page is None:
            page = self.pages[language] = localized_page(self.page[""], language)
        return page

    # ------------------------------------------------------------------ state out
    def set_room(self, **values: Any) -> None:
        """Change what every phone sees (title, anonymous, locked, target, voting, map)."""
        self.room.update(values)
        self.broadcast({"t": "room", **self.room})

    def set_map(self, svgs: dict[str, bytes]) -> None:
        """New drawings of the map (by theme); phones fetch them when told."""
        self.maps = dict(svgs)
        self.set_room(map=int(self.room.get("map", 0)) + 1)

    def broadcast(self, data: dict[str, Any]) -> None:
        text = m.dumps(data)
        for phone in list(self.phones):
            phone.post(text)

    def send(self, session: str, data: dict[str, Any]) -> None:
        person = self.participants.get(session)
        if person is not None:
            for phone in list(person.phones):
                phone.say(data)

    def people(self) -> list[dict[str, Any]]:
        return [{"session": p.session, "name": p.name, "online": bool(p.phones)}
                for p in self.participants.values()]

    async def remove(self, session: str, reason: str = "removed by the facilitator") -> None:
        self.removed.add(session)
        person = self.participants.pop(session, None)
        if person is None:
            return
        if not _is_loopback(person.address):
            self.banned.add(person.address)
        for phone in list(person.phones):
            with contextlib.suppress(Exception):
                await phone.ws.send(m.dumps(localized({"t": "bye", "reason": reason},
                                                      phone.language)))
                await phone.ws.close(4003, "removed")
        self._emit("left", session, {"removed": True})

    async def close(self, reason: str = "the facilitator ended the room") -> None:
        for phone in list(self.phones):
            with contextlib.suppress(Exception):
                await phone.ws.send(m.dumps(localized({"t": "bye", "reason": reason},
                                                      phone.language)))
                await phone.ws.close(4002, "room closed")

    def _emit(self, kind: str, session: str, data: dict[str, Any]) -> None:
        if self.on_event is not None:
            try:
                self.on_event(PhoneEvent(kind, session, data))
            except Exception:  # noqa: BLE001 - the app's side must never take the room down
                log.exception("the app failed on a phone's %s", kind)

    # ------------------------------------------------------------------ sockets
    async def handle(self, ws: ServerConnection) -> None:
        address = (ws.remote_address or ("?",))[0]
        if len(self.phones) >= MAX_PHONES or \
                sum(p.address == address for p in self.phones) >= MAX_PER_ADDRESS:
            await ws.close(4009, "too many phones")
            return
        phone = Phone(ws, address)
        if ws.request is not None:
            phone.language = language_for(ws.request.headers.get("Accept-Language"))
        self.phones.append(phone)
        pump = asyncio.ensure_future(phone.pump())
        try:
            phone.post(m.dumps({"t": "room", **self.room}))
            async for frame in ws:
                if not await self._on_frame(phone, frame):
                    break
        except ConnectionClosed:
            pass
        finally:
            pump.cancel()
            self.phones.remove(phone)
            person = self.participants.get(phone.session)
            if person is not None and phone in person.phones:
                person.phones.remove(phone)
                if not person.phones:
                    self._emit("left", person.session, {"removed": False})

    async def _on_frame(self, phone: Phone, frame: Any) -> bool:
        if phone.closing:      # cut off: read and forget until the close handshake is done
            return True
        size = len(frame) if isinstance(frame, str | bytes) else 0
        if not phone.limit.allow(size):
            self.dropped += 1
            phone.drops += 1
            if phone.drops > MAX_DROPS:
                log.warning("cut off a phone at %s: too many messages", phone.address)
                phone.closing = True
                # not awaited: this loop goes on reading so the close handshake completes
                asyncio.ensure_future(phone.ws.close(4008, "too many messages"))
            return True
        if phone.limit.tokens >= phone.limit.burst / 2:
            phone.drops = 0
        try:
            msg = m.parse(frame)
        except m.PhoneMessageError as exc:
            self.dropped += 1
            log.warning("dropped a message from a phone at %s: %s", phone.address, exc)
            phone.say({"t": "error", "text": f"Not sent: {exc}"})
            return True
        if msg.kind == "join":
            return await self._join(phone, msg.data)
        person = self.participants.get(phone.session)
        if person is None:
            phone.say({"t": "error", "text": "Pick a name first"})
            return True
        if msg.kind == "idea":
            if not person.ideas.allow(0):
                self.dropped += 1
                phone.say({"t": "ack", "n": msg.data["n"], "ok": False,
                                    "text": "Slow down a little: too many ideas at once"})
                return True
        elif msg.kind == "vote" and not person.votes.allow(0):
            self.dropped += 1
            phone.say({"t": "error", "text": "Slow down a little"})
            return True
        self._emit(msg.kind, person.session, msg.data)
        return True

    async def _join(self, phone: Phone, data: dict[str, Any]) -> bool:
        name, session = data["name"], data["session"]
        if session in self.removed or phone.address in self.banned:
            bye = {"t": "bye", "reason": "removed by the facilitator"}
            await phone.ws.send(m.dumps(localized(bye, phone.language)))
            await phone.ws.close(4003, "removed")
            return False
        if not name and not self.room.get("anonymous"):
            phone.say({"t": "error", "text": "Please give a name"})
            return True
        person = self.participants.get(session) if session else None
        if person is None:
            if len(self.participants) >= MAX_SESSIONS:
                phone.say({"t": "error", "text": "The room is full"})
                return True
            session = secrets.token_urlsafe(12)
            person = self.participants[session] = Participant(session, name, phone.address)
        person.name = name
        if phone.session and phone.session != session:
            old = self.participants.get(phone.session)
            if old is not None and phone in old.phones:
                old.phones.remove(phone)
        phone.session = session
        if phone not in person.phones:
            person.phones.append(phone)
        phone.post(m.dumps({"t": "welcome", "session": session, "name": name}))
        self._emit("joined", session, {"name": name})
        return True
