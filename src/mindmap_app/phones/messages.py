"""What a phone may send, checked (no Qt).

Phones speak JSON text frames over a websocket (``/TOKEN/ws``):

=========  =============================================================================
phone ->   meaning
=========  =============================================================================
join       ``{"t": "join", "name": str, "session": str}``: the display name ("" to stay
           anonymous, when allowed) and the session id this phone was given before ("" at
           first)
idea       ``{"t": "idea", "text": str, "n": int}``: an idea; ``n`` comes back in the ack
vote       ``{"t": "vote", "node": id, "d": 1 | -1}``: place or take back one of my dots
=========  =============================================================================

The host answers with ``room`` (what every phone sees: title, whether input is open and
where ideas go, the voting round, the map's version), ``welcome`` (my session and name),
``you`` (my dots), ``ack`` (an idea arrived, or why not), ``error`` and ``bye``.

Everything a phone sends is untrusted: :func:`parse` checks size, shape and every field and
raises :class:`PhoneMessageError` (one line) for anything else. Texts are cleaned (control
characters out, whitespace folded, length capped) and never interpreted: the page shows them
with ``textContent``, the map keeps them as plain text, exports escape them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

#: the largest frame a phone may send
MAX_FRAME = 4096
MAX_IDEA = 280
MAX_NAME = 40
MAX_ID = 200
MAX_SESSION = 64

_SESSION = re.compile(r"[A-Za-z0-9_-]{0,64}")
_SPACE = re.compile(r"\s+")


class PhoneMessageError(ValueError):
    pass


@dataclass(frozen=True)
class PhoneMessage:
    kind: str
    data: dict[str, Any]


def clean_text(value: Any, limit: int, what: str) -> str:
    """``value`` as one line of plain text: control and format characters dropped, runs of
    whitespace folded to one space, at most ``limit`` characters."""
    if not isinstance(value, str):
        raise PhoneMessageError(f"{what} is not text")
    if len(value) > limit * 4:
        raise PhoneMessageError(f"{what} is longer than {limit} characters")
    kept = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in value)
    text = _SPACE.sub(" ", kept).strip()
    if len(text) > limit:
        raise PhoneMessageError(f"{what} is longer than {limit} characters")
    return text


def parse(frame: Any) -> PhoneMessage:
    """The message in ``frame``; :class:`PhoneMessageError` saying why not."""
    if isinstance(frame, bytes | bytearray | memoryview):
        raise PhoneMessageError("binary frame (phones send JSON text)")
    if not isinstance(frame, str):
        raise PhoneMessageError("not a frame")
    if len(frame.encode("utf-8", "surrogatepass")) > MAX_FRAME:
        raise PhoneMessageError(f"frame over {MAX_FRAME} bytes")
    try:
        data = json.loads(frame)
    except (ValueError, RecursionError):
        raise PhoneMessageError("not JSON") from None
    if not isinstance(data, dict):
        raise PhoneMessageError("not a JSON object")
    kind = data.get("t")
    if kind == "join":
        session = data.get("session", "")
        if not isinstance(session, str) or not _SESSION.fullmatch(session):
            raise PhoneMessageError("session is not 0-64 letters, digits, - or _")
        return PhoneMessage("join", {"name": clean_text(data.get("name", ""), MAX_NAME, "name"),
                                     "session": session})
    if kind == "idea":
        text = clean_text(data.get("text"), MAX_IDEA, "the idea")
        if not text:
            raise PhoneMessageError("the idea is empty")
        number = data.get("n", 0)
        if not isinstance(number, int) or isinstance(number, bool) or \
                not 0 <= number < 2**31:
            raise PhoneMessageError("n is not a small whole number")
        return PhoneMessage("idea", {"text": text, "n": number})
    if kind == "vote":
        node = data.get("node")
        if not isinstance(node, str) or not 0 < len(node) <= MAX_ID:
            raise PhoneMessageError("node is not an idea's id")
        delta = data.get("d")
        if delta not in (1, -1) or isinstance(delta, bool):
            raise PhoneMessageError("d is not 1 or -1")
        return PhoneMessage("vote", {"node": node, "d": delta})
    raise PhoneMessageError("unknown message type")


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
