"""A shared map under load. Run: ``python benchmarks/room_bench.py [--clients 20] [--rate 5]
[--seconds 60] [--ideas 1000]``.

The host is a real ``mindmap-app serve`` process on 127.0.0.1 holding a generated map of
``--ideas`` ideas (``io_bench.bushy_map``). ``--clients`` simulated laptops (this process, one
asyncio loop; each holds the room's Loro document, without a window) each make ``--rate``
edits a second for ``--seconds``: a character typed into an idea's text, a vote, a new idea, a
move. Printed:

* latency for an edit to reach every other laptop (sent -> last arrival), p50 and p95, and
  per delivery;
* the host process's CPU (share of one core) and memory (peak resident set);
* nothing lost: every laptop ends with the same document as the host, holding every new idea
  and every vote, and the host's map file (saved by ``serve``) holds them too.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from io_bench import bushy_map  # noqa: E402
from loro import ExportMode, LoroDoc, VersionVector  # noqa: E402

from mindmap_app.collab import protocol as p  # noqa: E402
from mindmap_app.collab.client import RoomClient  # noqa: E402
from mindmap_app.collab.join_code import JoinCode  # noqa: E402
from mindmap_app.collab.map_doc import read_state  # noqa: E402
from mindmap_app.io.yaml_format import load_map, save_map  # noqa: E402


class Clock:
    """Send and arrival times of every relayed update (the host relays the bytes as sent)."""

    def __init__(self) -> None:
        self.sent: dict[bytes, float] = {}
        self.arrivals: dict[bytes, list[float]] = {}

    @staticmethod
    def key(frame: bytes) -> bytes:
        return hashlib.blake2b(frame, digest_size=16).digest()


class SimClient:
    """A laptop without a window: the room's document and a connection."""

    def __init__(self, index: int, code: JoinCode, clock: Clock, rng: random.Random) -> None:
        self.index = index
        self.doc = LoroDoc()
        self.doc.peer_id = 1000 + index
        self.clock = clock
        self.rng = rng
        self.client = RoomClient(code, f"Sim {index}", "#336699", self)
        self.ready = asyncio.Event()
        self.added: list[str] = []
        self.votes = 0
        self.edits = 0
        self.refused = 0
        self._local: list[bytes] = []
        self._sub = self.doc.subscribe_local_update(self._on_local)

    def _on_local(self, data: bytes) -> bool:
        self._local.append(bytes(data))
        return True

    # RoomClient handler
    def on_status(self, connected: bool, reason: str, final: bool) -> None:
        if final and reason != "the connection to the host was lost":
            print(f"client {self.index} left: {reason}", file=sys.stderr)

    def on_message(self, msg: p.Message) -> None:
        if msg.kind == p.VERSION:
            theirs = VersionVector.decode(msg.data)
            mine = self.doc.oplog_vv
            if not theirs.includes_vv(mine):
                self.client.send(p.encode(p.UPDATE, self.doc.export(ExportMode.Updates(theirs))))
            if not mine.includes_vv(theirs):
                self.client.send(p.encode(p.VERSION, mine.encode()))
        elif msg.kind == p.UPDATE:
            now = time.perf_counter()
            frame = bytes((p.UPDATE,)) + msg.data
            key = self.clock.key(frame)
            if key in self.clock.sent:
                self.clock.arrivals.setdefault(key, []).append(now)
            self.doc.import_(msg.data)
            if self.doc.get_map("map").get("root") is not None:
                self.ready.set()

    def edit(self) -> None:
        tree = self.doc.get_tree("tree")
        nodes = [n for n in tree.nodes() if not tree.is_node_deleted(n)]
        node = self.rng.choice(nodes)
        meta = tree.get_meta(node)
        kind = self.rng.random()
        if kind < 0.55:
            text = meta.ensure_mergeable_text("text")
            text.insert(self.rng.randint(0, text.len_unicode), self.rng.choice("abcdefgh "))
        elif kind < 0.75:
            meta.ensure_mergeable_counter("votes").increment(1)
            self.votes += 1
        elif kind < 0.9:
            child = tree.create(node)
            name = f"sim{self.index}-{len(self.added)}"
            child_meta = tree.get_meta(child)
            child_meta.insert("id", name)
            child_meta.ensure_mergeable_text("text").insert(0, f"Idea {name}")
            self.added.append(name)
        else:
            roots = {(r.peer, r.counter) for r in tree.roots}
            node = self.rng.choice([n for n in nodes if (n.peer, n.counter) not in roots])
            parent = self.rng.choice(nodes)
            try:
                tree.mov(node, parent)
            except BaseException:  # noqa: BLE001 - Loro refuses a move into the own branch
                self.refused += 1
        self.doc.commit()
        if not self._local:
            return
        frame = p.encode(p.UPDATE, self._local.pop())
        self._local.clear()
        self.clock.sent[self.clock.key(frame)] = time.perf_counter()
        self.client.send(frame)
        self.edits += 1

    async def run_edits(self, rate: float, seconds: float) -> None:
        await asyncio.sleep(self.rng.random() / rate)
        start = time.perf_counter()
        k = 0
        while time.perf_counter() - start < seconds:
            self.edit()
            k += 1
            delay = start + k / rate - time.perf_counter()
            await asyncio.sleep(max(0.0, delay))


def proc_stats(pid: int) -> tuple[float, int]:
    """(CPU seconds used, peak resident KiB) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    peak = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
    return cpu, peak


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


async def bench(args: argparse.Namespace) -> int:
    folder = Path(tempfile.mkdtemp(prefix="room-bench-"))
    map_file = folder / "room.yaml"
    save_map(bushy_map(args.ideas), map_file)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    host = subprocess.Popen([sys.executable, "-m", "mindmap_app", "serve", str(map_file),
                             "--port", "0", "--no-qr"], stdout=subprocess.PIPE, text=True,
                            env=env)
    line = host.stdout.readline()
    code = JoinCode.parse(line.rsplit(" ", 1)[1])
    clock = Clock()
    rng = random.Random(15)
    clients = [SimClient(i, code, clock, random.Random(rng.random()))
               for i in range(args.clients)]
    tasks = [asyncio.ensure_future(c.client.run()) for c in clients]
    await asyncio.wait_for(asyncio.gather(*(c.ready.wait() for c in clients)), 30)
    print(f"{args.clients} clients joined a room of {args.ideas} ideas; editing for "
          f"{args.seconds:.0f} s at {args.rate}/s each...")
    cpu0, _ = proc_stats(host.pid)
    t0 = time.perf_counter()
    await asyncio.gather(*(c.run_edits(args.rate, args.seconds) for c in clients))
    elapsed = time.perf_counter() - t0
    cpu1, peak = proc_stats(host.pid)
    # quiet: wait until every client holds the same document
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        vvs = {c.doc.oplog_vv.encode() for c in clients}
        if len(vvs) == 1:
            break
        await asyncio.sleep(0.1)
    settle = time.perf_counter() - t0 - elapsed
    for c in clients:
        c.client.stop()
    await asyncio.gather(*tasks, return_exceptions=True)
    host.send_signal(signal.SIGINT)
    host.wait(30)

    expected = args.clients - 1
    reach = [max(times) - clock.sent[k] for k, times in clock.arrivals.items()
             if len(times) == expected]
    deliveries = [t - clock.sent[k] for k, times in clock.arrivals.items() for t in times]
    incomplete = sum(1 for k in clock.sent if len(clock.arrivals.get(k, ())) != expected)
    edits = sum(c.edits for c in clients)
    states = {repr(read_state(c.doc).to_map().snapshot()) for c in clients}
    final = read_state(clients[0].doc)
    added = [name for c in clients for name in c.added]
    saved = load_map(map_file)
    start_votes = sum(bushy_map(args.ideas).get(n, "votes") for n in bushy_map(args.ideas).nodes())
    votes = sum(c.votes for c in clients)
    doc_votes = sum(a.get("votes", 0) for a in final.nodes.values())
    saved_votes = sum(saved.get(n, "votes") for n in saved.nodes())
    lost_ideas = [n for n in added if n not in final.nodes]
    lost_in_file = [n for n in added if n not in saved]

    print(f"edits made: {edits} in {elapsed:.1f} s ({edits / elapsed:.0f}/s); "
          f"{len(reach)} reached all {expected} other clients, {incomplete} did not")
    print(f"latency to reach every client: p50 {pct(reach, .5) * 1000:.1f} ms, "
          f"p95 {pct(reach, .95) * 1000:.1f} ms (median {statistics.median(reach) * 1000:.1f} ms)")
    print(f"latency per delivery:          p50 {pct(deliveries, .5) * 1000:.1f} ms, "
          f"p95 {pct(deliveries, .95) * 1000:.1f} ms")
    print(f"host process: CPU {(cpu1 - cpu0) / elapsed * 100:.0f}% of one core, "
          f"peak memory {peak / 1024:.0f} MB")
    print(f"converged {settle:.1f} s after the last edit: {len(states)} distinct map(s) "
          f"among {len(clients)} clients")
    print(f"nothing lost: {len(added) - len(lost_ideas)}/{len(added)} new ideas in every "
          f"client, {len(added) - len(lost_in_file)}/{len(added)} in the host's file; votes "
          f"{doc_votes - start_votes}/{votes} counted ({saved_votes - start_votes} in the file)")
    ok = (len(states) == 1 and not lost_ideas and not lost_in_file and incomplete == 0 and
          doc_votes - start_votes == votes == saved_votes - start_votes)
    print("OK" if ok else "SOMETHING WAS LOST")
    return 0 if ok else 1


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rate", type=float, default=5.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--ideas", type=int, default=1000)
    return asyncio.run(bench(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
