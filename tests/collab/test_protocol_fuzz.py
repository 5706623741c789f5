"""The room's decoder: malformed and hostile messages are dropped, never a crash (issue 15)."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mindmap_app.collab import protocol as p
from mindmap_app.collab.replica import BadUpdateError, Replica

from .test_replica_properties import start_map

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=5),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_decoder(frame: bytes) -> None:
    msg = p.decode(frame)
    assert msg is None or msg.kind in p.KIND_NAMES


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(sorted(p.JSON_KINDS)), data=JSONISH)
def test_wrong_json_shapes_are_dropped_or_cleaned(kind: int, data) -> None:  # noqa: ANN001
    frame = bytes((kind,)) + json.dumps(data).encode()
    msg = p.decode(frame)
    if msg is not None:                      # whatever passes is exactly the expected shape
        assert isinstance(msg.data, dict)
        if kind == p.HELLO:
            assert set(msg.data) == {"token", "name", "colour", "client"}
            assert len(msg.data["name"]) <= p.MAX_NAME


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_random_update_bytes_leave_the_map_untouched(data: bytes) -> None:
    replica = Replica.host(start_map())
    before = replica.mind_map.snapshot()
    try:
        replica.receive(b"loro" + data)
    except BadUpdateError:
        pass
    assert replica.mind_map.snapshot() == before


def test_a_dropped_message_says_why_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert p.decode(b"\x01{not json", "10.0.0.9") is None
        assert p.decode(bytes((p.PRESENCE,)) + json.dumps(
            {"selection": ["x"] * (p.MAX_SELECTION + 1)}).encode()) is None
        assert p.decode("text frame") is None
        assert p.decode(b"\x63" + b"x") is None
        assert p.decode(bytes((p.UPDATE,)) + b"x" * p.MAX_FRAME) is None
    lines = [r.getMessage() for r in caplog.records]
    assert any("10.0.0.9" in line and "not JSON" in line for line in lines)
    assert any("selection" in line for line in lines)
    assert any("over" in line for line in lines)
    assert len(lines) == 5


def test_good_messages_round_trip() -> None:
    frame = p.hello("tok12345", "Ann", "#AABBCC", "abc123")
    assert p.decode(frame).data == {"token": "tok12345", "name": "Ann", "colour": "#aabbcc",
                                    "client": "abc123"}
    assert p.decode(p.encode(p.UPDATE, b"loro...")).data == b"loro..."


def test_rate_limit_refills_over_time() -> None:
    now = [0.0]
    limit = p.RateLimit(rate=10, burst=5, clock=lambda: now[0])
    assert [limit.allow(10) for _ in range(6)] == [True] * 5 + [False]
    now[0] += 0.5
    assert sum(limit.allow(10) for _ in range(10)) == 5


def test_batches_round_trip_and_broken_batches_are_dropped() -> None:
    assert p.decode(p.batch([b"one", b"two!"])).data == [b"one", b"two!"]
    assert p.decode(p.batch([b"one"])[:-1]) is None            # cut inside an entry
    assert p.decode(bytes((p.UPDATES,)) + b"\x00\x00\x00\x00") is None   # empty entry
    assert p.decode(bytes((p.UPDATES,)) + b"\x00\x00") is None  # cut inside a length
    too_many = p.batch([b"x"] * (p.MAX_BATCH + 1))
    assert p.decode(too_many) is None
