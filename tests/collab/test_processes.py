"""Real processes over 127.0.0.1: ``mindmap-app serve`` and two participants, edits on each,
one participant offline for a while with edits of its own; everyone converges and the host's
file holds every edit (issue 15)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mindmap_app.io.yaml_format import load_map

from ..conftest import SAMPLE_MAPS, SRC

PEER = Path(__file__).with_name("peer_process.py")


def spawn(args: list[str]) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), str(PEER.parents[2])]))
    return subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def read_until(proc: subprocess.Popen, prefix: str) -> str:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"process ended: {proc.stderr.read()[-2000:]}")
        if line.startswith(prefix):
            return line.strip()
    raise AssertionError(f"no {prefix!r} line")


def command(proc: subprocess.Popen, line: str) -> str:
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    out = read_until(proc, "MAP" if line == "dump" else "OK")
    if line == "dump":
        read_until(proc, "OK")
    return out


def converged(*peers: subprocess.Popen, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while True:
        dumps = {command(p, "dump") for p in peers}
        if len(dumps) == 1:
            return dumps.pop()
        if time.monotonic() > deadline:
            raise AssertionError(f"not converged: {dumps}")
        time.sleep(0.1)


def test_host_and_two_laptops_converge_with_offline_edits(tmp_path: Path) -> None:
    map_file = tmp_path / "local.yaml"
    map_file.write_bytes((SAMPLE_MAPS / "local.yaml").read_bytes())
    root = load_map(map_file).root
    host = spawn(["-m", "mindmap_app", "serve", str(map_file), "--port", "0", "--no-qr"])
    peers = []
    try:
        code = read_until(host, "Room open").rsplit(" ", 1)[1]
        assert code.startswith("127.0.0.1:")
        for name in ("Ann", "Bob"):
            peers.append(spawn([str(PEER), code, name]))
            read_until(peers[-1], "READY")
        ann, bob = peers
        command(ann, f"add {root} Ann's idea")
        command(bob, f"add {root} Bob's idea")
        first = converged(ann, bob)
        assert "Ann's idea" in first and "Bob's idea" in first
        command(bob, "offline 1.5")
        command(bob, f"add {root} Bob offline")
        command(ann, f"add {root} Ann while Bob is away")
        command(ann, f"text {root} Renamed by Ann")
        time.sleep(0.3)
        assert "Ann while Bob is away" not in command(bob, "dump")    # Bob really is away
        final = converged(ann, bob)
        for text in ("Bob offline", "Ann while Bob is away", "Renamed by Ann"):
            assert text in final
        time.sleep(1.5)                                # the host saves a second after changes
        saved = load_map(map_file)
        assert {"Bob offline", "Ann while Bob is away", "Ann's idea"} <= \
            {saved.text(n) for n in saved.nodes()}
        assert json.loads(final.split(" ", 2)[2]) == sorted(saved.text(n) for n in saved.nodes())
    finally:
        for proc in peers:
            proc.stdin.close()
        host.send_signal(signal.SIGINT)
        assert host.wait(10) == 0, host.stderr.read()
        for proc in peers:
            proc.wait(10)
    assert "Room closed" in host.stdout.read()
