"""The join code a host shows: ``HOST:PORT/TOKEN`` (``[v6addr]:PORT/TOKEN`` for IPv6)."""

from __future__ import annotations

import ipaddress
import re
import secrets
from dataclasses import dataclass

_CODE = re.compile(r"(?:mindmap://|http://)?(?P<host>\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(?P<port>\d{1,5})"
                   r"/(?P<token>[A-Za-z0-9_-]{8,100})/?")
DEFAULT_PORT = 8765
DEFAULT_HOST = "127.0.0.1"


class JoinCodeError(ValueError):
    pass


def new_token() -> str:
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class JoinCode:
    host: str
    port: int
    token: str

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}/{self.token}"

    @property
    def uri(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}/"

    @property
    def url(self) -> str:
        """The web address of the room's page for participants' phones (the QR code); a
        laptop may also join with it."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    @classmethod
    def parse(cls, text: str) -> JoinCode:
        match = _CODE.fullmatch(text.strip())
        if not match:
            raise JoinCodeError(f"{text.strip()[:80]!r} is not a join code "
                                "(it looks like 192.168.1.20:8765/Ab3dEf9hJk2m)")
        port = int(match["port"])
        if not 0 < port < 65536:
            raise JoinCodeError(f"port {port} is not between 1 and 65535")
        return cls(match["host"].strip("[]"), port, match["token"])


def check_bind_address(host: str) -> str:
    """``host`` if it is one interface's address (0.0.0.0 and :: are refused: choose one)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host == "localhost":
            return host
        raise JoinCodeError(f"{host!r} is not an IP address of this computer") from None
    if address.is_unspecified:
        raise JoinCodeError(f"{host} would open the room on every network; "
                            "give the address of the network the room is on")
    return host
