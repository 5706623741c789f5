"""The room's wire protocol: binary websocket frames, their limits, the decoder (no Qt).

A frame is one kind byte followed by its payload:

======= ======== ==================================================================
kind    payload  meaning
======= ======== ==================================================================
HELLO   JSON     client -> host: ``{"token", "name", "colour", "client"}``
WELCOME JSON     host -> client: ``{"client"}`` (the id the host knows you by)
VERSION bytes    a Loro version vector: "this is what I have" (the other side answers
                 with the updates it lacks)
UPDATE  bytes    Loro updates (imported by Loro, which checks them)
PRESENCE JSON    client -> host: ``{"selection": [ids]}``; host -> clients: the same with
                 ``client``, ``name`` and ``colour``
ROSTER  JSON     host -> clients: ``{"people": [{"client", "name", "colour", "host"}]}``
BYE     JSON     host -> client: ``{"reason"}`` (removed by the host, or the room closed)
UPDATES bytes    host -> client: several UPDATE payloads in one frame, each as a 4-byte
                 big-endian length and the bytes (the host batches what queued up for a
                 laptop on a slow network)
======= ======== ==================================================================

Everything from the network is untrusted: :func:`decode` checks kind, size, JSON shape and
every field, and returns None (with one log line) for anything else. Nothing in a message is
ever executed or used as a file name.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

HELLO, WELCOME, VERSION, UPDATE, PRESENCE, ROSTER, BYE, UPDATES = range(1, 9)
KIND_NAMES = {HELLO: "hello", WELCOME: "welcome", VERSION: "version", UPDATE: "update",
              PRESENCE: "presence", ROSTER: "roster", BYE: "bye", UPDATES: "updates"}
JSON_KINDS = {HELLO, WELCOME, PRESENCE, ROSTER, BYE}

#: the largest frame (a whole 1,000-idea map is about 225 KB; 10,000 ideas about 2.3 MB)
MAX_FRAME = 8 * 1024 * 1024
#: the largest JSON payload
MAX_JSON = 64 * 1024
MAX_NAME = 40
MAX_ID = 200
MAX_SELECTION = 500
MAX_PEOPLE = 200
MAX_TOKEN = 100
MAX_BATCH = 1000

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_CLIENT = re.compile(r"[0-9a-zA-Z_-]{1,64}")


class ProtocolError(ValueError):
    pass


@dataclass(frozen=True)
class Message:
    kind: int
    data: Any           # dict for JSON kinds, bytes for VERSION and UPDATE, list for UPDATES

    @property
    def name(self) -> str:
        return KIND_NAMES[self.kind]


# ---------------------------------------------------------------------------- encoding
def encode(kind: int, data: Any) -> bytes:
    if kind in JSON_KINDS:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    else:
        payload = bytes(data)
    frame = bytes((kind,)) + payload
    if len(frame) > MAX_FRAME:
        raise ProtocolError(f"a {KIND_NAMES[kind]} message of {len(frame):,} bytes is too big")
    return frame


def batch(payloads: list[bytes]) -> bytes:
    """One UPDATES frame holding several UPDATE payloads."""
    parts = [bytes((UPDATES,))]
    for payload in payloads:
        parts.append(len(payload).to_bytes(4, "big"))
        parts.append(payload)
    return b"".join(parts)


def _split_batch(payload: bytes) -> list[bytes]:
    out: list[bytes] = []
    at = 0
    while at < len(payload):
        if len(out) >= MAX_BATCH:
            raise ProtocolError(f"more than {MAX_BATCH} updates in one batch")
        if at + 4 > len(payload):
            raise ProtocolError("batch ends inside a length")
        size = int.from_bytes(payload[at:at + 4], "big")
        at += 4
        if size == 0 or at + size > len(payload):
            raise ProtocolError("batch entry of a wrong length")
        out.append(payload[at:at + size])
        at += size
    return out


def hello(token: str, name: str, colour: str, client: str) -> bytes:
    return encode(HELLO, {"token": token, "name": name[:MAX_NAME], "colour": colour,
                          "client": client})


# ---------------------------------------------------------------------------- decoding
def _text(value: Any, limit: int, what: str) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ProtocolError(f"{what} is not a string of at most {limit} characters")
    if any(ord(c) < 32 for c in value):
        raise ProtocolError(f"{what} holds control characters")
    return value


def _colour(value: Any) -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise ProtocolError("colour is not #rrggbb")
    return value.lower()


def _client(value: Any) -> str:
    if not isinstance(value, str) or not _CLIENT.fullmatch(value):
        raise ProtocolError("client id is not 1-64 letters, digits, - or _")
    return value


def _selection(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_SELECTION:
        raise ProtocolError(f"selection is not a list of at most {MAX_SELECTION} ids")
    return [_text(v, MAX_ID, "a selected id") for v in value]


def _person(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProtocolError("a person is not an object")
    return {"client": _client(value.get("client")),
            "name": _text(value.get("name"), MAX_NAME, "name"),
            "colour": _colour(value.get("colour")),
            "host": value.get("host") is True}


def _check_json(kind: int, data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ProtocolError("payload is not an object")
    if kind == HELLO:
        return {"token": _text(data.get("token"), MAX_TOKEN, "token"),
                "name": _text(data.get("name"), MAX_NAME, "name").strip() or "Guest",
                "colour": _colour(data.get("colour")),
                "client": _client(data.get("client"))}
    if kind == WELCOME:
        return {"client": _client(data.get("client"))}
    if kind == PRESENCE:
        out: dict[str, Any] = {"selection": _selection(data.get("selection", []))}
        if "client" in data:
            out.update(client=_client(data["client"]),
                       name=_text(data.get("name"), MAX_NAME, "name"),
                       colour=_colour(data.get("colour")))
        return out
    if kind == ROSTER:
        people = data.get("people")
        if not isinstance(people, list) or len(people) > MAX_PEOPLE:
            raise ProtocolError("people is not a list")
        return {"people": [_person(p) for p in people]}
    if kind == BYE:
        return {"reason": _text(data.get("reason", ""), 200, "reason")}
    raise ProtocolError("unknown kind")  # pragma: no cover - kinds are checked before


def parse(frame: Any) -> Message:
    """The message in ``frame``; ProtocolError saying why not."""
    if isinstance(frame, str):
        raise ProtocolError("text frame (the room speaks binary frames)")
    if not isinstance(frame, bytes | bytearray | memoryview):
        raise ProtocolError("not a frame")
    frame = bytes(frame)
    if not frame:
        raise ProtocolError("empty frame")
    if len(frame) > MAX_FRAME:
        raise ProtocolError(f"frame of {len(frame):,} bytes is over {MAX_FRAME:,}")
    kind, payload = frame[0], frame[1:]
    if kind not in KIND_NAMES:
        raise ProtocolError(f"unknown message kind {kind}")
    if kind in JSON_KINDS:
        if len(payload) > MAX_JSON:
            raise ProtocolError(f"{KIND_NAMES[kind]} payload over {MAX_JSON:,} bytes")
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ProtocolError(f"{KIND_NAMES[kind]} payload is not JSON") from None
        return Message(kind, _check_json(kind, data))
    if not payload:
        raise ProtocolError(f"empty {KIND_NAMES[kind]}")
    if kind == UPDATES:
        return Message(kind, _split_batch(payload))
    return Message(kind, payload)


def decode(frame: Any, source: str = "peer") -> Message | None:
    """The message in ``frame``, or None (and one log line) when it is malformed."""
    try:
        return parse(frame)
    except ProtocolError as exc:
        log.warning("dropped a message from %s: %s", source, exc)
        return None


# ---------------------------------------------------------------------------- limits
class RateLimit:
    """A token bucket: ``rate`` messages and ``byte_rate`` bytes per second, with bursts."""

    def __init__(self, rate: float = 40.0, burst: float = 200.0,
                 byte_rate: float = 2 * 1024 * 1024, byte_burst: float = 2 * MAX_FRAME,
                 clock=time.monotonic) -> None:  # noqa: ANN001
        self.rate, self.burst = rate, burst
        self.byte_rate, self.byte_burst = byte_rate, byte_burst
        self.clock = clock
        self.tokens, self.bytes = burst, byte_burst
        self.last = clock()

    def allow(self, size: int) -> bool:
        now = self.clock()
        elapsed, self.last = max(0.0, now - self.last), now
        self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
        self.bytes = min(self.byte_burst, self.bytes + elapsed * self.byte_rate)
        if self.tokens < 1 or self.bytes < size:
            return False
        self.tokens -= 1
        self.bytes -= size
        return True
