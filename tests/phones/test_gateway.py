"""The phones' door of a room, without Qt: HTTP answers, the token, origins, limits, bad and
hostile messages, removal; laptops keep joining on the same port (issue 16)."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from mindmap_app.collab.client import Peer
from mindmap_app.collab.replica import Replica
from mindmap_app.collab.server import RoomServer
from mindmap_app.phones import messages as m
from mindmap_app.phones.gateway import PhoneGateway

from ..collab.test_replica_properties import start_map


async def open_room():  # noqa: ANN201
    events = []
    gateway = PhoneGateway("Tok3nTok3nTok3n", events.append, "A <b>room</b>")
    gateway.room.update(locked=False)
    server = RoomServer(Replica.host(start_map()).snapshot(), token=gateway.token,
                        phones=gateway)
    await server.start()
    return server, gateway, events


async def http_get(port: int, path: str, headers: str = "") -> tuple[int, dict, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in fields.items()}, body


async def phone(gateway: PhoneGateway, name: str | None = "Eve"):  # noqa: ANN201
    ws = await connect(gateway.url.replace("http", "ws", 1) + "ws", origin=gateway.origin)
    first = json.loads(await ws.recv())
    assert first["t"] == "room" and first["title"] == "A <b>room</b>"
    if name is not None:
        await ws.send(json.dumps({"t": "join", "name": name, "session": ""}))
        welcome = json.loads(await ws.recv())
        assert welcome["t"] == "welcome"
        ws.session = welcome["session"]
    return ws


async def next_of(ws, kind: str) -> dict:  # noqa: ANN001
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), 3))
        if msg["t"] == kind:
            return msg


def run(coro_fn) -> None:  # noqa: ANN001
    async def main() -> None:
        server, gateway, events = await open_room()
        try:
            await coro_fn(server, gateway, events)
        finally:
            await server.stop()
    asyncio.run(main())


def test_http_answers_only_under_the_token() -> None:
    async def check(server, gateway, events) -> None:  # noqa: ANN001
        port = server.port
        status, headers, body = await http_get(port, f"/{gateway.token}/")
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert b"<script src=\"phone.js\"" in body and b"http" not in body   # nothing external
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-store"
        for path in ("/", "/index.html", f"/{gateway.token[:-1]}/", f"/{gateway.token}x/",
                     f"/{gateway.token}/../etc/passwd", f"/{gateway.token}/phone.py"):
            assert (await http_get(port, path))[0] == 404, path
        status, headers, _ = await http_get(port, f"/{gateway.token}")
        assert status == 302 and headers["location"] == f"/{gateway.token}/"
        assert (await http_get(port, f"/{gateway.token}/map.svg"))[0] == 404   # none yet
        gateway.set_map({"light": b"<svg>light</svg>", "dark": b"<svg>dark</svg>"})
        status, headers, body = await http_get(port, f"/{gateway.token}/map.svg?theme=dark")
        assert status == 200 and body == b"<svg>dark</svg>"
        assert headers["content-type"] == "image/svg+xml"
        js = await http_get(port, f"/{gateway.token}/phone.js")
        assert js[0] == 200 and b"innerHTML" not in js[2]     # texts only via textContent
        # a phone socket from another web page's origin is refused
        with pytest.raises(InvalidStatus):
            await connect(gateway.url.replace("http", "ws", 1) + "ws", origin="http://evil.example")
    run(check)


def test_too_many_http_requests_are_refused() -> None:
    async def check(server, gateway, events) -> None:  # noqa: ANN001
        codes = [(await http_get(server.port, f"/{gateway.token}/phone.css"))[0]
                 for _ in range(100)]
        assert codes[:80] == [200] * 80 and 429 in codes
    run(check)


def test_join_idea_vote_reach_the_app_and_bad_messages_do_not() -> None:
    async def check(server, gateway, events) -> None:  # noqa: ANN001
        ws = await phone(gateway, name=None)
        await ws.send(json.dumps({"t": "idea", "text": "before joining", "n": 1}))
        assert "name" in (await next_of(ws, "error"))["text"]
        await ws.send(json.dumps({"t": "join", "name": "", "session": ""}))   # not anonymous
        assert "name" in (await next_of(ws, "error"))["text"]
        await ws.send(json.dumps({"t": "join", "name": " Eve\u202e\x00 ", "session": ""}))
        welcome = await next_of(ws, "welcome")
        assert welcome["name"] == "Eve"
        for bad in (b"\x01binary", "not json", "[]", json.dumps({"t": "idea", "text": ""}),
                    json.dumps({"t": "idea", "text": "x" * 281, "n": 1}),
                    json.dumps({"t": "vote", "node": "a", "d": 2}),
                    json.dumps({"t": "vote", "node": "a", "d": True}),
                    json.dumps({"t": "eval", "code": "import os"}), "x" * 5000):
            await ws.send(bad)
            assert (await next_of(ws, "error"))["text"].startswith("Not sent")
        await ws.send(json.dumps({"t": "idea", "text": "  Tea\n\tand <b>cake</b> ", "n": 7}))
        await ws.send(json.dumps({"t": "vote", "node": "a", "d": -1}))
        await asyncio.sleep(0.1)
        kinds = [(e.kind, e.data) for e in events]
        assert kinds == [("joined", {"name": "Eve"}),
                         ("idea", {"text": "Tea and <b>cake</b>", "n": 7}),
                         ("vote", {"node": "a", "d": -1})]
        assert gateway.dropped == 9
        # replies reach the phone; the same session comes back after a reload
        gateway.send(welcome["session"], {"t": "ack", "n": 7, "ok": True, "text": "ok"})
        assert (await next_of(ws, "ack"))["n"] == 7
        await ws.close()
        again = await phone(gateway, name=None)
        await again.send(json.dumps({"t": "join", "name": "Eve", "session": welcome["session"]}))
        assert (await next_of(again, "welcome"))["session"] == welcome["session"]
        assert len(gateway.participants) == 1
        await again.close()
    run(check)


def test_rate_limits_ideas_and_cuts_off_a_flood() -> None:
    async def check(server, gateway, events) -> None:  # noqa: ANN001
        ws = await phone(gateway)
        for n in range(14):
            await ws.send(json.dumps({"t": "idea", "text": f"idea {n}", "n": n}))
        refused = await next_of(ws, "ack")
        assert not refused["ok"] and "Slow down" in refused["text"]
        await asyncio.sleep(0.1)
        assert len([e for e in events if e.kind == "idea"]) == 10
        with pytest.raises(ConnectionClosed):
            for _ in range(2000):
                await ws.send("{}")
            for _ in range(200):
                await ws.recv()
        await asyncio.sleep(0.1)
        assert gateway.phones == []
    run(check)


def test_removed_participant_stays_out_and_laptops_still_join() -> None:
    async def check(server, gateway, events) -> None:  # noqa: ANN001
        laptop = await Peer(server.code, "Laptop").start()        # same port, path /
        ws = await phone(gateway)
        await gateway.remove(ws.session)
        assert "removed" in (await next_of(ws, "bye"))["reason"]
        back = await phone(gateway, name=None)
        await back.send(json.dumps({"t": "join", "name": "Eve", "session": ws.session}))
        assert (await next_of(back, "bye"))["reason"]
        assert [x["name"] for x in server.roster()] == ["Laptop"]
        await laptop.stop()
    run(check)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300),
                 st.dictionaries(st.sampled_from(["t", "text", "n", "node", "d", "name",
                                                  "session"]),
                                 st.one_of(st.sampled_from(["join", "idea", "vote"]),
                                           st.text(max_size=50), st.integers(), st.none(),
                                           st.booleans(), st.lists(st.integers())),
                                 max_size=6).map(json.dumps)))
def test_the_message_checker_never_lets_anything_odd_through(frame) -> None:  # noqa: ANN001
    try:
        msg = m.parse(frame)
    except m.PhoneMessageError:
        return
    assert msg.kind in ("join", "idea", "vote")
    for value in msg.data.values():
        if isinstance(value, str):
            assert not any(ord(c) < 32 for c in value) and len(value) <= m.MAX_IDEA


def test_the_page_address_is_the_join_code_as_a_web_address() -> None:
    from mindmap_app.collab.join_code import JoinCode

    code = JoinCode("192.168.1.20", 8765, "Ab3dEf9hJk2mQx7p")
    assert code.url == "http://192.168.1.20:8765/Ab3dEf9hJk2mQx7p/"
    assert JoinCode.parse(code.url) == code            # a laptop may join with it too
    assert JoinCode("fe80::1", 8765, "Ab3dEf9hJk2mQx7p").url.startswith("http://[fe80::1]:")


def test_closing_the_room_says_goodbye_to_phones() -> None:
    async def main() -> None:
        server, gateway, _events = await open_room()
        ws = await phone(gateway)
        await server.stop()
        assert "ended" in (await next_of(ws, "bye"))["reason"]
    asyncio.run(main())
