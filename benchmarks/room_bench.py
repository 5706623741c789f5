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
        self.inbox: list[bytes] = []
        self._nodes: list = []
        self._nodes_at = 0.0
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
        elif msg.kind in (p.UPDATE, p.UPDATES):
            now = time.monotonic()
            for data in (msg.data if msg.kind == p.UPDATES else [msg.data]):
                frame = bytes((p.UPDATE,)) + data
                self.clock.arrivals.setdefault(self.clock.key(frame), []).append(now)
                if not self.ready.is_set():
                    self.doc.import_(data)
                    if self.doc.get_map("map").get("root") is not None:
                        self.ready.set()
                else:                     # imported in batches: cheaper, as the app does too
                    self.inbox.append(data)

    def flush(self) -> None:
        if self.inbox:
            batch, self.inbox = self.inbox, []
            self.doc.import_batch(batch)

    def edit(self) -> None:
        tree = self.doc.get_tree("tree")
        if time.monotonic() - self._nodes_at > 2.0:     # import what came, every 2 s
            self.flush()
            self._nodes = [n for n in tree.nodes() if not tree.is_node_deleted(n)]
            self._nodes_at = time.monotonic()
        nodes = self._nodes
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
        self.clock.sent[self.clock.key(frame)] = time.monotonic()
        self.client.send(frame)
        self.edits += 1

    async def run_edits(self, rate: float, seconds: float) -> None:
        await asyncio.sleep(self.rng.random() / rate)
        start = time.monotonic()
        k = 0
        while time.monotonic() - start < seconds:
            self.edit()
            k += 1
            delay = start + k / rate - time.monotonic()
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


QUIET = 5.0     # seconds after the last edit for the last updates to land


async def run_worker(code: str, indices: list[int], rate: float, seconds: float,
                     conn) -> None:  # noqa: ANN001
    """Some of the simulated laptops, in one process: join, edit, go quiet, report."""
    clock = Clock()
    clients = [SimClient(i, JoinCode.parse(code), clock, random.Random(i * 7919))
               for i in indices]
    tasks = [asyncio.ensure_future(c.client.run()) for c in clients]
    await asyncio.wait_for(asyncio.gather(*(c.ready.wait() for c in clients)), 60)
    conn.send("joined")
    start_at = conn.recv()                      # a shared monotonic time to start editing
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    await asyncio.gather(*(c.run_edits(rate, seconds) for c in clients))
    end = time.monotonic() + QUIET
    while time.monotonic() < end:
        for c in clients:
            c.flush()
        await asyncio.sleep(0.1)
    for c in clients:
        c.flush()
    report = {
        "sent": clock.sent, "arrivals": clock.arrivals,
        "edits": sum(c.edits for c in clients), "votes": sum(c.votes for c in clients),
        "added": [n for c in clients for n in c.added],
        "states": [hashlib.sha256(repr(read_state(c.doc).to_map().snapshot()).encode())
                   .hexdigest() for c in clients],
        "final": read_state(clients[0].doc).nodes,
        "cpu": time.process_time(),
    }
    for c in clients:
        c.client.stop()
    await asyncio.gather(*tasks, return_exceptions=True)
    conn.send(report)


def worker(code: str, indices: list[int], rate: float, seconds: float,
           conn) -> None:  # noqa: ANN001
    asyncio.run(run_worker(code, indices, rate, seconds, conn))


def window_refresh_ms(mind_map, runs: int = 21) -> tuple[float, float]:  # noqa: ANN001
    """Median time for a replica (what each window holds) to take in one remote edit: a
    text edit (only that idea is read back) and a new idea (the whole map is read back)."""
    from mindmap_app.collab.replica import Replica
    from mindmap_app.model import operations as ops

    source = Replica.host(mind_map)
    window = Replica.join(source.snapshot())
    source.take_outbox()
    node = sorted(source.mind_map.nodes())[len(mind_map) // 2]
    out = []
    for make in (lambda i: ops.set_text(node, f"edit {i}"),
                 lambda i: ops.add_child(source.mind_map, node, f"new {i}")):
        times = []
        for i in range(runs):
            source.mind_map.apply(make(i))
            batch = source.take_outbox()
            started = time.perf_counter()
            window.receive_many(batch)
            times.append(time.perf_counter() - started)
        out.append(statistics.median(times) * 1000)
    return out[0], out[1]


def bench(args: argparse.Namespace) -> int:
    import multiprocessing as mp

    folder = Path(tempfile.mkdtemp(prefix="room-bench-"))
    map_file = folder / "room.yaml"
    start_map = bushy_map(args.ideas)
    save_map(start_map, map_file)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    profile = ["-m", "cProfile", "-o", os.environ["ROOM_BENCH_PROFILE"]] \
        if os.environ.get("ROOM_BENCH_PROFILE") else []
    host = subprocess.Popen([sys.executable, *profile, "-m", "mindmap_app", "serve", str(map_file),
                             "--port", "0", "--no-qr"], stdout=subprocess.PIPE, text=True,
                            env=env)
    code = host.stdout.readline().rsplit(" ", 1)[1].strip()
    ctx = mp.get_context("spawn")
    groups = [list(range(args.clients))[w::args.workers] for w in range(args.workers)]
    pipes, procs = [], []
    for indices in groups:
        mine, theirs = ctx.Pipe()
        proc = ctx.Process(target=worker, args=(code, indices, args.rate, args.seconds, theirs))
        proc.start()
        pipes.append(mine)
        procs.append(proc)
    for pipe in pipes:
        assert pipe.recv() == "joined"
    print(f"{args.clients} clients ({args.workers} processes) joined a room of {args.ideas} "
          f"ideas on 127.0.0.1; editing for {args.seconds:.0f} s at {args.rate:g}/s each...")
    start_at = time.monotonic() + 0.5
    for pipe in pipes:
        pipe.send(start_at)
    cpu0, _ = proc_stats(host.pid)
    time.sleep(max(0.0, start_at - time.monotonic()) + args.seconds)
    cpu1, peak = proc_stats(host.pid)
    reports = [pipe.recv() for pipe in pipes]
    for proc in procs:
        proc.join(30)
    host.send_signal(signal.SIGINT)
    host.wait(30)

    sent: dict[bytes, float] = {}
    arrivals: dict[bytes, list[float]] = {}
    for report in reports:
        sent.update(report["sent"])
        for key, times in report["arrivals"].items():
            arrivals.setdefault(key, []).extend(times)
    expected = args.clients - 1
    reach = [max(arrivals[k]) - t for k, t in sent.items()
             if len(arrivals.get(k, ())) == expected]
    deliveries = [t - sent[k] for k, times in arrivals.items() for t in times if k in sent]
    incomplete = sum(1 for k in sent if len(arrivals.get(k, ())) != expected)
    if os.environ.get("ROOM_BENCH_DEBUG"):
        from collections import Counter

        print("arrival counts:", Counter(len(arrivals.get(k, ())) for k in sent))
        for b in range(int(args.seconds) + 1):
            lat = [t - sent[k] for k, times in arrivals.items() for t in times
                   if k in sent and int(sent[k] - start_at) == b]
            print(f"  second {b}: {len(lat)} deliveries, p50 {pct(lat, .5) * 1000:.0f} ms")
    edits = sum(r["edits"] for r in reports)
    votes = sum(r["votes"] for r in reports)
    added = [n for r in reports for n in r["added"]]
    states = {s for r in reports for s in r["states"]}
    final = reports[0]["final"]
    saved = load_map(map_file)
    start_votes = sum(start_map.get(n, "votes") for n in start_map.nodes())
    doc_votes = sum(a.get("votes", 0) for a in final.values())
    saved_votes = sum(saved.get(n, "votes") for n in saved.nodes())
    lost_ideas = [n for n in added if n not in final]
    lost_in_file = [n for n in added if n not in saved]

    print(f"edits made: {edits} ({edits / args.seconds:.0f}/s); {len(reach)} reached all "
          f"{expected} other clients, {incomplete} did not")
    print(f"latency to reach every client: p50 {pct(reach, .5) * 1000:.0f} ms, "
          f"p95 {pct(reach, .95) * 1000:.0f} ms")
    print(f"latency per delivery:          p50 {pct(deliveries, .5) * 1000:.0f} ms, "
          f"p95 {pct(deliveries, .95) * 1000:.0f} ms")
    print(f"host process: CPU {(cpu1 - cpu0) / args.seconds * 100:.0f}% of one core, "
          f"peak memory {peak / 1024:.0f} MB")
    cpu = sum(r["cpu"] for r in reports) / (args.seconds + QUIET)
    print(f"simulated clients: CPU {cpu * 100:.0f}% "
          f"of one core over {args.workers} processes (machine load {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)")
    print(f"{QUIET:.0f} s after the last edit: {len(states)} distinct map(s) among "
          f"{args.clients} clients")
    print(f"nothing lost: {len(added) - len(lost_ideas)}/{len(added)} new ideas in every "
          f"client, {len(added) - len(lost_in_file)}/{len(added)} in the host's file; votes "
          f"{doc_votes - start_votes}/{votes} counted ({saved_votes - start_votes} in the file)")
    text_ms, add_ms = window_refresh_ms(saved)
    print(f"a window takes in a remote edit of the {len(saved)}-idea map in {text_ms:.1f} ms "
          f"(text) / {add_ms:.0f} ms (a new idea: the whole map is read back), medians")
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
    parser.add_argument("--workers", type=int, default=4,
                        help="processes the simulated clients are spread over")
    return bench(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
