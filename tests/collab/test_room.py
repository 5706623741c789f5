"""A room on 127.0.0.1 with participants in this process: joining, tokens, removal, bad
messages, a laptop that drops off and comes back (issue 15)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from mindmap_app.collab import protocol as p
from mindmap_app.collab.client import Peer
from mindmap_app.collab.join_code import JoinCode, JoinCodeError
from mindmap_app.collab.replica import Replica
from mindmap_app.collab.server import RoomServer
from mindmap_app.model import check_invariants
from mindmap_app.model import operations as ops

from .test_replica_properties import start_map


async def settle(check, timeout: float = 5.0) -> None:  # noqa: ANN001
    for _ in range(int(timeout / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    assert check()


async def open_room() -> tuple[RoomServer, Replica, Peer]:
    host = Replica.host(start_map())
    server = RoomServer(host.snapshot())
    await server.start()
    return server, host, await Peer(server.code, "Host", replica=host).start()


def texts(replica: Replica, node: str) -> list[str]:
    return [replica.mind_map.text(n) for n in replica.mind_map.children(node)]


def test_room_binds_to_loopback_by_default_and_refuses_every_interface() -> None:
    async def main() -> None:
        server = RoomServer(Replica.host(start_map()).snapshot())
        await server.start()
        try:
            assert server.code.host == "127.0.0.1"
            assert {s.getsockname()[0] for s in server._server.sockets} == {"127.0.0.1"}
        finally:
            await server.stop()
    asyncio.run(main())
    with pytest.raises(JoinCodeError, match="every network"):
        RoomServer(host="0.0.0.0")


def test_late_joiner_gets_the_whole_map_and_edits_reach_everyone() -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        host.mind_map.apply(ops.add_child(host.mind_map, "a", "before B came"))
        ann = await Peer(server.code, "Ann").start()
        await settle(lambda: ann.replica.mind_map.same_as(host.mind_map))
        assert "before B came" in texts(ann.replica, "a")
        ann.replica.mind_map.apply(ops.set_text("b1", "Ann's words"))
        await settle(lambda: host.mind_map.text("b1") == "Ann's words")
        await settle(lambda: {p_["name"] for p_ in ann.roster} == {"Host", "Ann"})
        ann.select(["b1"])
        await settle(lambda: host_peer.presence.get(ann.client.client, {}).get("selection")
                     == ["b1"])
        for peer in (ann, host_peer):
            await peer.stop()
        await server.stop()
    asyncio.run(main())


def test_wrong_token_is_refused_and_the_client_stops_trying() -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        bad = JoinCode(server.code.host, server.code.port, "wrong-token-123")
        intruder = Peer(bad, "Mallory")
        with pytest.raises(TimeoutError):
            await intruder.start(timeout=1.0)
        await settle(lambda: intruder.client.final_reason != "")
        assert "token" in intruder.client.final_reason
        assert [x["name"] for x in server.roster()] == ["Host"]
        await intruder.stop()
        await host_peer.stop()
        await server.stop()
    asyncio.run(main())


def test_host_removes_a_participant_who_cannot_come_back() -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        bob = await Peer(server.code, "Bob").start()
        await server.remove(bob.client.client)
        await settle(lambda: bob.client.final_reason == "removed by the host")
        await asyncio.sleep(0.5)                      # no reconnection
        assert [x["name"] for x in server.roster()] == ["Host"]
        bob.replica.mind_map.apply(ops.set_text("a", "after removal"))
        await asyncio.sleep(0.2)
        assert host.mind_map.text("a") == "A"
        await bob.stop()
        await host_peer.stop()
        await server.stop()
    asyncio.run(main())


def test_garbage_from_a_participant_is_dropped_and_the_room_goes_on(
        caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        before = host.mind_map.snapshot()
        async with connect(server.code.uri) as ws:
            await ws.send(p.hello(server.code.token, "Fuzzer", "#123456", "fuzz"))
            for frame in (b"", b"\x04not loro", b"\x05{\"selection\": 5}", "text",
                          b"\x04loro" + bytes(100), b"\xff", b"\x03\x00\x01"):
                await ws.send(frame)
            await ws.send(p.encode(p.PRESENCE, {"selection": ["a"]}))
            await settle(lambda: host_peer.presence.get("fuzz", {}).get("selection") == ["a"])
        assert host.mind_map.snapshot() == before
        check_invariants(host.mind_map)
        assert server.dropped >= 5
        await host_peer.stop()
        await server.stop()
    with caplog.at_level(logging.WARNING):
        asyncio.run(main())
    assert any("dropped an update from Fuzzer" in r.getMessage() for r in caplog.records)


def test_offline_edits_merge_on_reconnect() -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        cat = await Peer(server.code, "Cat").start()
        offline = asyncio.ensure_future(cat.client.drop_connection(0.6))
        await asyncio.sleep(0.1)
        cat.replica.mind_map.apply(ops.add_child(cat.replica.mind_map, "a", "written offline"))
        host.mind_map.apply(ops.add_child(host.mind_map, "b", "host meanwhile"))
        await offline
        await settle(lambda: cat.replica.mind_map.same_as(host.mind_map))
        assert "written offline" in texts(host, "a")
        assert "host meanwhile" in texts(cat.replica, "b")
        assert [s[0] for s in cat.status] == [True, False, True]
        await cat.stop()
        await host_peer.stop()
        await server.stop()
    asyncio.run(main())


def test_join_codes() -> None:
    code = JoinCode.parse("192.168.1.20:8765/Ab3dEf9hJk2m")
    assert (code.host, code.port, code.token) == ("192.168.1.20", 8765, "Ab3dEf9hJk2m")
    assert str(JoinCode.parse(" [::1]:9000/Ab3dEf9hJk2m ")) == "[::1]:9000/Ab3dEf9hJk2m"
    assert JoinCode.parse("[::1]:9000/Ab3dEf9hJk2m").uri == "ws://[::1]:9000/"
    for bad in ("", "host", "1.2.3.4:99999/Ab3dEf9hJk2m", "1.2.3.4:80/short", "a b:1/xxxxxxxxx"):
        with pytest.raises(JoinCodeError):
            JoinCode.parse(bad)


def test_a_flood_is_cut_off_and_the_room_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        server, host, host_peer = await open_room()
        async with connect(server.code.uri) as ws:
            await ws.send(p.hello(server.code.token, "Flood", "#123456", "flood"))

            async def read_all() -> None:          # a client reads what the host sends
                with contextlib.suppress(ConnectionClosed):
                    async for _ in ws:
                        pass
            reader = asyncio.ensure_future(read_all())
            frame = p.encode(p.PRESENCE, {"selection": ["a"]})
            with contextlib.suppress(ConnectionClosed):
                for _ in range(400):
                    await ws.send(frame)
            await asyncio.wait_for(reader, 10)
            assert ws.close_code == 4008
        assert server.dropped > p.RateLimit().burst / 10
        assert [x["name"] for x in server.roster()] == ["Host"]
        host.mind_map.apply(ops.set_text("a", "still fine"))
        await host_peer.stop()
        await server.stop()
    with caplog.at_level(logging.WARNING):
        asyncio.run(main())
    assert any("over the rate limit" in r.getMessage() for r in caplog.records)
